package main

import (
	"os"
	"strings"
	"testing"
)

func TestProfImport(t *testing.T) {
	dir := os.Getenv("PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	args := append(strings.Fields(os.Getenv("PROF_ARGS")), dir)
	code, out, errOut := eventgraph(t, append([]string{"import"}, args...)...)
	lines := strings.Split(out, "\n")
	t.Logf("exit %d, %s, last: %s", code, errOut, strings.Join(lines[max(0, len(lines)-3):], "\n"))
}

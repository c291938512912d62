package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/importer"
)

func TestProgressLine(t *testing.T) {
	cases := []struct {
		p       importer.Progress
		elapsed time.Duration
		want    string
	}{
		{importer.Progress{Total: 10}, 0, "0/10 articles, 0 events"},
		{importer.Progress{Articles: 5, Events: 12, Total: 10}, 10 * time.Second, "5/10 articles, 12 events, 0.5 articles/s, 10s left"},
		{importer.Progress{Articles: 300, Events: 900, Total: 1200}, time.Minute, "300/1200 articles, 900 events, 5.0 articles/s, 3m0s left"},
	}
	for _, c := range cases {
		if got := progressLine(c.p, c.elapsed); got != c.want {
			t.Errorf("progressLine(%+v, %v) = %q, want %q", c.p, c.elapsed, got, c.want)
		}
	}
}

// TestProgressQuietOffTerminal: progress goes to a terminal only; a
// buffer (a pipe, a log) gets nothing.
func TestProgressQuietOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	m := newProgressMeter(&buf, time.Now)
	m.update(importer.Progress{Articles: 1, Total: 1})
	m.finish()
	if buf.Len() != 0 {
		t.Errorf("progress written off a terminal: %q", buf.String())
	}
}

// TestImportCPUProfile: --cpuprofile leaves a profile pprof can read;
// a file that cannot be made is a usage error before anything is written.
func TestImportCPUProfile(t *testing.T) {
	dir := t.TempDir()
	store := "sqlite:" + filepath.Join(dir, "cli.db")
	prof := filepath.Join(dir, "import.prof")
	if code, _, errOut := eventgraph(t, "import", "--cpuprofile", prof, "--store", store, "../../seeds"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	f, err := os.Open(prof)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A profile is a gzipped protocol buffer.
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("the profile is not gzipped: %v", err)
	}
	if body, err := io.ReadAll(zr); err != nil || len(body) == 0 {
		t.Errorf("the profile holds %d bytes: %v", len(body), err)
	}
	bad := "sqlite:" + filepath.Join(dir, "bad.db")
	code, _, errOut := eventgraph(t, "import", "--cpuprofile", filepath.Join(dir, "no", "such", "dir", "p.prof"), "--store", bad, "../../seeds")
	if code != 2 || !strings.Contains(errOut, "--cpuprofile") {
		t.Errorf("unwritable profile: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.db")); !os.IsNotExist(err) {
		t.Errorf("the store was made despite the usage error: %v", err)
	}
}

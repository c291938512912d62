package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchNeo4jImportRefusals: --neo4j-import runs on a Neo4j store only,
// and takes no other arguments; neither opens or writes anything.
func TestBenchNeo4jImportRefusals(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	var out, errOut bytes.Buffer
	err := runBench(context.Background(), []string{"--neo4j-import", dir, "--store", "sqlite:" + db}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "needs a Neo4j store") {
		t.Errorf("on sqlite: %v, want a refusal", err)
	}
	err = runBench(context.Background(), []string{"--neo4j-import", dir, "--store", "bolt://127.0.0.1:1", "extra"}, &out, &errOut)
	if !errors.Is(err, errUsage) {
		t.Errorf("with an extra argument: %v, want errUsage", err)
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, "*")); len(matches) != 0 {
		t.Errorf("it wrote %v", matches)
	}
}

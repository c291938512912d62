package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractPlainArticle: the seed's text alone, as copied from the page,
// drafts what the seed with its front matter drafts once its day is given;
// without the day it is refused, naming the flag.
func TestExtractPlainArticle(t *testing.T) {
	const seed = "../../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.txt"
	raw, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	_, text, ok := strings.Cut(string(raw), "\n---\n\n")
	if !ok {
		t.Fatal("the seed has no front matter")
	}
	plain := filepath.Join(t.TempDir(), "000_4ce8e7df8ad01201.txt")
	if err := os.WriteFile(plain, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}

	code, want, errOut := eventgraph(t, "extract", seed)
	if code != 0 {
		t.Fatalf("extract the seed: exit %d: %s", code, errOut)
	}
	code, got, errOut := eventgraph(t, "extract", "--published", "2020-09-14", plain)
	if code != 0 {
		t.Fatalf("extract the plain seed: exit %d: %s", code, errOut)
	}
	// The first line names the article by its id, which is the file's.
	_, want, _ = strings.Cut(want, "\n")
	_, got, _ = strings.Cut(got, "\n")
	if got != want || !strings.Contains(got, "type: Loan") {
		t.Errorf("the plain seed's draft differs from the seed's:\n%s", got)
	}

	code, _, errOut = eventgraph(t, "extract", plain)
	if code == 0 || !strings.Contains(errOut, plain+":1: published:") || !strings.Contains(errOut, "--published") {
		t.Errorf("extract without a day: exit %d, %q; want refused at line 1, field published, naming --published", code, errOut)
	}
	code, _, errOut = eventgraph(t, "extract", "--published", "14/09/2020", plain)
	if code != 2 || !strings.Contains(errOut, "--published") {
		t.Errorf("a bad --published: exit %d, %q; want a usage error naming it", code, errOut)
	}
}

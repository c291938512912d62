package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
)

// FuzzParseArticle: any bytes as an article file either parse into an
// article whose text is valid UTF-8 without control characters, or are
// refused with problems; never a panic.
func FuzzParseArticle(f *testing.F) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("extract/testdata/gold/*/*.txt")
	plain, _ := filepath.Glob("testdata/plain/*.txt")
	more = append(more, plain...)
	for _, p := range append(paths, more...) {
		if raw, err := os.ReadFile(p); err == nil && len(raw) < 4000 {
			f.Add(raw)
		}
	}
	f.Add([]byte(articleFile))
	f.Add([]byte("\uFEFF" + articleFile))
	f.Add([]byte("---\ntitle: [a, b]\n---\n\ntext"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		probs := &problems{}
		a, lines, ok := parseArticle("fuzz.txt", raw, Plain{}, probs)
		if !ok {
			if len(probs.list) == 0 {
				t.Fatal("refused without a problem")
			}
			return
		}
		if checkText("fuzz.txt", lines["text"], a.Text, DefaultMaxArticleBytes, probs) && !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 passed the text checks: %q", a.Text)
		}
	})
}

// FuzzAnnotation: any bytes as an annotation of a fixed article are
// refused with problems or give facts; never a panic, and the problems
// never name a Go type.
func FuzzAnnotation(f *testing.F) {
	f.Add([]byte(validAnnotation))
	paths, _ := filepath.Glob("../seeds/*.yaml")
	for _, p := range paths {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte("actors: &a [*a]\n"))
	f.Add([]byte("events:\n  - id: x\n    count: {value: !!binary AAAA}\n"))
	f.Add([]byte("a: 1\n---\nb: 2\n"))
	article := graph.Article{ID: "test-article", Title: "t", Outlet: "o", Published: "2020-09-14", Language: "en",
		Text: strings.SplitN(articleFile, "---\n\n", 2)[1]}
	f.Fuzz(func(t *testing.T, raw []byte) {
		probs := &problems{}
		facts, _, ok := checkAnnotation("fuzz.yaml", raw, article, probs)
		if ok != (len(probs.list) == 0) || (ok && facts == nil) {
			t.Fatalf("ok=%v with %d problems", ok, len(probs.list))
		}
		for _, p := range probs.list {
			for _, goType := range []string{"int64", "[]string", "extract.", "importer.", "map[string]"} {
				if strings.Contains(p.Message, goType) {
					t.Fatalf("a problem names a Go type: %s", p)
				}
			}
		}
	})
}

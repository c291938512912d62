package web

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

func TestDistIsAnFSEvenUnbuilt(t *testing.T) {
	d := Dist()
	if d == nil {
		t.Fatal("Dist() is nil")
	}
	// The placeholder keeps the folder in git and the embed pattern valid.
	if _, err := fs.Stat(d, ".gitkeep"); err != nil {
		t.Errorf("placeholder missing from Dist(): %v", err)
	}
	_, err := fs.Stat(d, "index.html")
	if Built() != (err == nil) {
		t.Errorf("Built() = %v, but index.html stat error is %v", Built(), err)
	}
}

// TestDistHoldsThePage checks what the build put in dist: the pages, their
// bundles and TimelineJS's own files. (api serves them: api/errors_test.go.)
func TestDistHoldsThePage(t *testing.T) {
	if !Built() {
		t.Skip("page not built (scripts/web-build): nothing to check in dist")
	}
	d := Dist()
	index, err := fs.ReadFile(d, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{`src="assets/app.js"`, `href="assets/app.css"`} {
		if !strings.Contains(string(index), ref) {
			t.Errorf("index.html lacks %s", ref)
		}
	}
	for _, name := range []string{"assets/app.js", "assets/app.css", "timelinejs.html", "assets/timelinejs.js",
		"timelinejs/js/timeline.js", "timelinejs/css/timeline.css"} {
		if _, err := fs.Stat(d, name); err != nil {
			t.Errorf("dist lacks %s: %v", name, err)
		}
	}
}

// rootRelative finds URLs written from the server's root in page source: a
// quote, then /api/ (or an HTML src/href starting with /). The page must
// resolve everything against its own URL, or it breaks when a reverse
// proxy serves it under a path prefix.
var rootRelative = regexp.MustCompile("[\"'`]/api/|(?:src|href)=\"/[^/]")

func TestPageURLsAreRelative(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("src", "*"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".js" && ext != ".html" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for i, line := range strings.Split(string(b), "\n") {
			if rootRelative.MatchString(line) {
				t.Errorf("%s:%d: a URL from the server's root breaks under a path prefix: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
	if checked == 0 {
		t.Fatal("no page sources found in src/")
	}
}

// vocabTable reads `export const NAME = [...]` out of vocab.js: a JSON array
// of [name, value] pairs, with the trailing commas JavaScript allows.
func vocabTable(t *testing.T, src, name string) [][2]string {
	t.Helper()
	m := regexp.MustCompile(`(?s)export const ` + name + ` = (\[.*?\n\]);`).FindStringSubmatch(src)
	if m == nil {
		t.Fatalf("vocab.js has no `export const %s = [ … ];` (an array closed by `];` on its own line)", name)
	}
	literal := regexp.MustCompile(`,(\s*\])`).ReplaceAllString(m[1], "$1")
	var pairs [][2]string
	if err := json.Unmarshal([]byte(literal), &pairs); err != nil {
		t.Fatalf("vocab.js %s is not a JSON array of [name, value] pairs: %v", name, err)
	}
	return pairs
}

func names[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// TestVocabularyMatchesGraph keeps the page's copies of the graph's
// vocabularies (web/src/vocab.js) equal to package graph's lists: a type
// missing from the copy would be missing from the type filter, an extra one
// would offer a filter the API refuses.
func TestVocabularyMatchesGraph(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("src", "vocab.js"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	colour := regexp.MustCompile(`^#[0-9a-f]{6}$`)
	tables := []struct {
		name    string
		want    []string
		colours bool // values are colours, one per name, told apart
	}{
		{"EVENT_TYPES", names(graph.EventTypes), true},
		{"ACTOR_KINDS", names(graph.ActorKinds), true},
		{"COUNT_QUALIFIERS", names(graph.CountQualifiers), false},
	}

	// Every exported table of vocab.js is one of these, so that a new copy
	// cannot escape the check.
	checked := map[string]bool{}
	for _, tb := range tables {
		checked[tb.name] = true
	}
	for _, m := range regexp.MustCompile(`export const (\w+) = \[`).FindAllStringSubmatch(src, -1) {
		if !checked[m[1]] {
			t.Errorf("vocab.js exports the table %s, which this test does not compare with package graph", m[1])
		}
	}

	for _, tb := range tables {
		pairs := vocabTable(t, src, tb.name)
		var got []string
		seen := map[string]string{}
		for _, p := range pairs {
			if slices.Contains(got, p[0]) {
				t.Errorf("vocab.js %s lists %q twice", tb.name, p[0])
			}
			got = append(got, p[0])
			if !tb.colours {
				continue
			}
			if !colour.MatchString(p[1]) {
				t.Errorf("vocab.js %s: %s has colour %q, want #rrggbb", tb.name, p[0], p[1])
			}
			if other, ok := seen[p[1]]; ok {
				t.Errorf("vocab.js %s: %s and %s share the colour %s", tb.name, other, p[0], p[1])
			}
			seen[p[1]] = p[0]
		}
		same := true
		for _, w := range tb.want {
			if !slices.Contains(got, w) {
				t.Errorf("vocab.js %s lacks %q, which package graph has", tb.name, w)
				same = false
			}
		}
		for _, g := range got {
			if !slices.Contains(tb.want, g) {
				t.Errorf("vocab.js %s has %q, which package graph does not", tb.name, g)
				same = false
			}
		}
		// The type filter lists the types in this order.
		if same && !slices.Equal(got, tb.want) {
			t.Errorf("vocab.js %s is in another order than package graph's list:\n got %v\nwant %v", tb.name, got, tb.want)
		}
	}
}

package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestMatchBeginnings(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`(?i)\b(?:met|meets|talks)\b`, []string{"meet", "met", "talk"}},
		{`(?i)\barrest(?:ed|ing)\b`, []string{"arre"}},
		{`(?i)\b(?:was|is)\s+arrested\b`, []string{"is", "was"}},
		{`(?i)\b(?:tele)?phoned\b`, []string{"phon", "tele"}},
		{`(?i)\bapologi[sz]ed\b`, []string{"apol"}},
		{`(?i)\bs[io]t-in\b`, []string{"sit", "sot"}},
		// What no letters begin, or not at a word, is not indexed.
		{`(?i)\b(?:\S+\s+)?arrested\b`, nil},
		{`(?i)\b\d+ arrested\b`, nil},
		{`(?i)arrested\b`, nil},
		{`(?i)\b(?:a|an)\s+arrest\b`, nil},
	} {
		t.Run(c.pattern, func(t *testing.T) {
			if got := matchBeginnings(c.pattern); !slices.Equal(got, c.want) {
				t.Errorf("matchBeginnings(%q) = %q, want %q", c.pattern, got, c.want)
			}
		})
	}
}

// TestStartIndexFindsWhatTheRegexpFinds runs every trigger both ways over
// every paragraph of the dev articles, and over wordings at the edges of
// words.
func TestStartIndexFindsWhatTheRegexpFinds(t *testing.T) {
	texts := []string{
		"Police arrested 40; 2arrested none; re-arrested, ARRESTED, Arrested_ and (arrested).",
		"He was, they said, briefly detained — was detained! is being held in custody",
		"apologised/apologized; sit-ins; re-run; run-off; Protesters clashed with police.",
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "gold", "dev", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no dev articles: %v", err)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	indexed, found := 0, 0
	for i, tr := range triggers {
		if triggerStarts.anchored[i] == nil {
			continue
		}
		indexed++
		for _, s := range texts {
			want := tr.re.FindAllStringIndex(s, -1)
			got := triggerStarts.findAll(i, s, triggerStarts.candidates(s)[i])
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("trigger %d (%.60s) in %q: index found %v, the regexp %v", i, tr.re, s, got, want)
			}
			found += len(want)
		}
	}
	// Most triggers are indexed, and the texts exercise them.
	if indexed < len(triggers)*9/10 || found < 1000 {
		t.Errorf("%d of %d triggers indexed, %d matches compared", indexed, len(triggers), found)
	}
}

func TestStartIndexOfPatterns(t *testing.T) {
	x := newStartIndex([]*regexp.Regexp{regexp.MustCompile(`(?i)\bmet\b`), regexp.MustCompile(`(?i)\b(?:\S+)\s+met\b`)})
	if x.anchored[0] == nil || x.anchored[1] != nil {
		t.Fatalf("anchored: %v", x.anchored)
	}
	s := "Metin met METEOR and met."
	if got, want := x.candidates(s)[0], []int{0, 6, 10, 21}; !slices.Equal(got, want) {
		t.Errorf("candidates = %v, want %v", got, want)
	}
	if got := x.findAll(0, s, x.candidates(s)[0]); !slices.EqualFunc(got, [][]int{{6, 9}, {21, 24}}, slices.Equal) {
		t.Errorf("findAll = %v", got)
	}
}

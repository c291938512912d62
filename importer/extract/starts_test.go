package extract

import (
	"fmt"
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
		{`(?i)\b(?:a|an)\s+arrest\b`, []string{"a", "an"}},
		// Digits are all one key.
		{`(?i)\b\d+ arrested\b`, []string{"#"}},
		{`\b(?:\d{4}-\d{1,2}|on\s+\d)\b`, []string{"####", "on"}},
		// What may begin with any character, or not at a word, is not
		// indexed.
		{`(?i)\b(?:\S+\s+)?arrested\b`, nil},
		{`(?i)arrested\b`, nil},
		{`\b(?:-\d+|\d+)`, nil},
	} {
		t.Run(c.pattern, func(t *testing.T) {
			if got := matchBeginnings(c.pattern); !slices.Equal(got, c.want) {
				t.Errorf("matchBeginnings(%q) = %q, want %q", c.pattern, got, c.want)
			}
		})
	}
}

// TestStartIndexFindsWhatTheRegexpFinds runs every trigger and every
// startRE both ways over every paragraph of the dev articles, and over
// wordings at the edges of words.
func TestStartIndexFindsWhatTheRegexpFinds(t *testing.T) {
	texts := []string{
		"Police arrested 40; 2arrested none; re-arrested, ARRESTED, Arrested_ and (arrested).",
		"He was, they said, briefly detained — was detained! is being held in custody",
		"apologised/apologized; sit-ins; re-run; run-off; Protesters clashed with police.",
		"On 12 May 2020, 3/4/2021, 2021-05-06, last week; x12 May; the 5th of June, 1999.",
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
	// Some patterns read what comes before a trigger: its last 160
	// bytes.
	var tails []string
	for _, s := range texts[:len(texts)/15] {
		for k := 1; k < len(s); k++ {
			if s[k-1] == ' ' {
				tails = append(tails, tail(s[:k], 160))
			}
		}
	}
	same := func(name string, re *regexp.Regexp, find func(string) [][]int, texts []string) int {
		found := 0
		for _, s := range texts {
			want := re.FindAllStringIndex(s, -1)
			if got := find(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s in %q: index found %v, the regexp %v", name, s, got, want)
			}
			found += len(want)
		}
		return found
	}
	indexed, found := 0, 0
	for i, tr := range triggers {
		if triggerStarts.anchored[i] == nil {
			continue
		}
		indexed++
		found += same(fmt.Sprintf("trigger %d (%.60s)", i, tr.re), tr.re, func(s string) [][]int {
			return triggerStarts.findAll(i, s, triggerStarts.candidates(s)[i], -1)
		}, texts)
	}
	// Most triggers are indexed, and the texts exercise them.
	if indexed < len(triggers)*9/10 || found < 1000 {
		t.Errorf("%d of %d triggers indexed, %d matches compared", indexed, len(triggers), found)
	}
	for name, re := range map[string]*startRE{
		"dateRE": dateRE, "untoldRE": untoldRE, "notHappened": notHappened, "refusedAndRE": refusedAndRE,
		"lowerBodyRE": lowerBodyRE, "orgHeadWordRE": orgHeadWordRE, "firstTimeRE": firstTimeRE,
	} {
		if re.starts.anchored[0] == nil {
			t.Errorf("%s is not indexed", name)
			continue
		}
		all := slices.Concat(texts, tails)
		n := same(name, re.Regexp, func(s string) [][]int { return re.FindAllStringIndex(s, -1) }, all)
		for _, s := range all {
			if got, want := re.FindAllStringSubmatchIndex(s, -1), re.Regexp.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s in %q: index found submatches %v, the regexp %v", name, s, got, want)
			}
		}
		if n == 0 {
			t.Errorf("%s: no match in the texts", name)
		}
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
	if got := x.findAll(0, s, x.candidates(s)[0], -1); !slices.EqualFunc(got, [][]int{{6, 9}, {21, 24}}, slices.Equal) {
		t.Errorf("findAll = %v", got)
	}
}

func TestStartRE(t *testing.T) {
	re := mustStartRE(`(?i)\b(?:\d{1,2}\s+(?:may|june)|last\s+week)\b`)
	if re.starts.anchored[0] == nil {
		t.Fatal("not indexed")
	}
	for _, s := range []string{
		"On 12 May and 3 June, then last week", "a12 May, 123 June", "LAST WEEK", "nothing here", "",
	} {
		if got, want := re.FindAllStringIndex(s, -1), re.Regexp.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := re.FindAllStringIndex(s, 1), re.Regexp.FindAllStringIndex(s, 1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringIndex(%q, 1) = %v, want %v", s, got, want)
		}
		if got, want := re.FindStringIndex(s), re.Regexp.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("FindStringIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := re.MatchString(s), re.Regexp.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

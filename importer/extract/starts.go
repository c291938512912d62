package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
)

// The triggers are some seventy case-free regular expressions, and running
// each over every sentence was a third of extraction's time: Go's engine
// tries every position of the sentence. Nearly every trigger begins at a
// word whose first letters its pattern fixes ("arrest…", "met", "was …"),
// so a startIndex reads the sentence's words once, finds where each
// pattern may begin, and tries the pattern only there, anchored. The
// matches are the same (TestStartIndexFindsWhatTheRegexpFinds).

// startIndex finds where each of a list of patterns may match in a text.
type startIndex struct {
	// anchored is each pattern as "^(?:pattern)", nil for a pattern whose
	// matches cannot be told by the first letters of a word.
	anchored []*regexp.Regexp
	// byKey lists, for each beginning (two to four lower-case letters),
	// the patterns a match of which may begin so.
	byKey map[string][]int
}

// newStartIndex indexes the patterns by the beginnings of their matches.
func newStartIndex(res []*regexp.Regexp) *startIndex {
	x := &startIndex{anchored: make([]*regexp.Regexp, len(res)), byKey: map[string][]int{}}
	for i, re := range res {
		keys := matchBeginnings(re.String())
		if keys == nil {
			continue
		}
		x.anchored[i] = regexp.MustCompile(`^(?:` + re.String() + `)`)
		for _, k := range keys {
			x.byKey[k] = append(x.byKey[k], i)
		}
	}
	return x
}

// candidates returns, for each pattern that has an anchored form, the
// word starts of s (ascending) where one of its matches may begin.
func (x *startIndex) candidates(s string) [][]int {
	out := make([][]int, len(x.anchored))
	var w [4]byte
	for p := 0; p < len(s); p++ {
		if !asciiLetter(s[p]) || p > 0 && wordByte(s[p-1]) {
			continue
		}
		n := 0
		for n < 4 && p+n < len(s) && asciiLetter(s[p+n]) {
			w[n] = s[p+n] | 0x20
			n++
		}
		for k := 2; k <= n; k++ {
			for _, i := range x.byKey[string(w[:k])] {
				if l := len(out[i]); l == 0 || out[i][l-1] != p {
					out[i] = append(out[i], p)
				}
			}
		}
		p += n - 1
	}
	return out
}

// findAll returns what FindAllStringIndex(s, -1) of pattern i returns,
// given the candidates of s for it; the caller runs the pattern itself
// when it has no anchored form.
func (x *startIndex) findAll(i int, s string, cands []int) [][]int {
	var out [][]int
	end := 0
	for _, p := range cands {
		if p < end {
			continue
		}
		if loc := x.anchored[i].FindStringIndex(s[p:]); loc != nil {
			out = append(out, []int{p, p + loc[1]})
			end = p + loc[1]
		}
	}
	return out
}

// asciiLetter and wordByte are the classes of Go's \b, which is ASCII.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func wordByte(c byte) bool { return asciiLetter(c) || c >= '0' && c <= '9' || c == '_' }

// matchBeginnings returns lower-case beginnings of two to four letters
// one of which every match of the pattern begins with, at a word start,
// or nil when the pattern does not open with \b or some match may begin
// otherwise. A beginning may be shorter than the match's letters ("is"
// for "is\s+"): the index then offers more places, never fewer.
func matchBeginnings(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) == 0 || re.Sub[0].Op != syntax.OpWordBoundary {
		return nil
	}
	begs, ok := beginnings(re)
	if !ok {
		return nil
	}
	var out []string
	for _, b := range begs {
		if len(b.s) < 2 {
			return nil
		}
		out = append(out, b.s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// beginning is how a match of part of a pattern may begin: with the
// letters s, after which, when open, the match of the part has ended
// (what follows it continues the letters); when not, the letters stop
// there (four of them, or a character that is no letter may follow).
type beginning struct {
	s    string
	open bool
}

// maxBeginnings bounds the set a pattern's parts may have; a pattern with
// more is not indexed.
const maxBeginnings = 512

// beginnings returns the ways a match of re may begin; ok is false when
// they are too many or re holds what this does not follow.
func beginnings(re *syntax.Regexp) ([]beginning, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return []beginning{{open: true}}, true
	case syntax.OpLiteral:
		b := beginning{open: true}
		for _, r := range re.Rune {
			if r > 0x7f || !asciiLetter(byte(r)) {
				b.open = false
				break
			}
			b.s += string(byte(r) | 0x20)
			if len(b.s) == 4 {
				b.open = false
				break
			}
		}
		return []beginning{b}, true
	case syntax.OpCharClass:
		var out []beginning
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 26 {
				return []beginning{{}}, true
			}
			for r := lo; r <= hi; r++ {
				b := beginning{}
				if r <= 0x7f && asciiLetter(byte(r)) {
					b = beginning{s: string(byte(r) | 0x20), open: true}
				}
				if !slices.Contains(out, b) {
					out = append(out, b)
				}
			}
		}
		return out, len(out) <= maxBeginnings
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return []beginning{{}}, true
	case syntax.OpCapture:
		return beginnings(re.Sub[0])
	case syntax.OpAlternate:
		var out []beginning
		for _, sub := range re.Sub {
			bs, ok := beginnings(sub)
			if !ok {
				return nil, false
			}
			out = union(out, bs)
		}
		return out, len(out) <= maxBeginnings
	case syntax.OpConcat:
		cur := []beginning{{open: true}}
		for _, sub := range re.Sub {
			if !slices.ContainsFunc(cur, func(b beginning) bool { return b.open }) {
				break
			}
			bs, ok := beginnings(sub)
			if !ok {
				return nil, false
			}
			var next []beginning
			for _, c := range cur {
				if !c.open {
					next = union(next, []beginning{c})
					continue
				}
				for _, b := range bs {
					n := beginning{s: c.s + b.s, open: b.open}
					if len(n.s) >= 4 {
						n = beginning{s: n.s[:4]}
					}
					next = union(next, []beginning{n})
				}
			}
			if len(next) > maxBeginnings {
				return nil, false
			}
			cur = next
		}
		return cur, true
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		bs, ok := beginnings(re.Sub[0])
		if !ok {
			return nil, false
		}
		// What a repetition may add after its first round is not
		// followed: the letters stop where that round ends.
		var out []beginning
		for _, b := range bs {
			out = union(out, []beginning{{s: b.s, open: b.open && re.Op == syntax.OpQuest}})
		}
		if re.Op == syntax.OpQuest || re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			out = union(out, []beginning{{open: true}})
		}
		return out, true
	}
	return nil, false
}

func union(a, b []beginning) []beginning {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

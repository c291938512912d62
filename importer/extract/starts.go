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
	// byKey lists, for each beginning (see matchBeginnings),
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
		if !wordByte(s[p]) || s[p] == '_' || p > 0 && wordByte(s[p-1]) {
			continue
		}
		n := 0
		for n < 4 && p+n < len(s) && (asciiLetter(s[p+n]) || digit(s[p+n])) {
			w[n] = keyByte(s[p+n])
			n++
		}
		for k := 1; k <= n; k++ {
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

// findAll returns what FindAllStringIndex(s, n) of pattern i returns,
// given the candidates of s for it; the caller runs the pattern itself
// when it has no anchored form.
func (x *startIndex) findAll(i int, s string, cands []int, n int) [][]int {
	return x.find(i, s, cands, n, (*regexp.Regexp).FindStringIndex)
}

// findAllSubmatch is findAll with the submatches, as
// FindAllStringSubmatchIndex returns them.
func (x *startIndex) findAllSubmatch(i int, s string, cands []int, n int) [][]int {
	return x.find(i, s, cands, n, (*regexp.Regexp).FindStringSubmatchIndex)
}

// find tries pattern i at each candidate after the last match, with
// match giving the offsets of a match at the start of its text.
func (x *startIndex) find(i int, s string, cands []int, n int, match func(*regexp.Regexp, string) []int) [][]int {
	var out [][]int
	end := 0
	for _, p := range cands {
		if n >= 0 && len(out) == n {
			break
		}
		if p < end {
			continue
		}
		loc := match(x.anchored[i], s[p:])
		if loc == nil {
			continue
		}
		for j := range loc {
			if loc[j] >= 0 {
				loc[j] += p
			}
		}
		out = append(out, loc)
		end = loc[1]
	}
	return out
}

// asciiLetter, digit and wordByte are the classes of Go's \b, which is
// ASCII.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func digit(c byte) bool { return c >= '0' && c <= '9' }

func wordByte(c byte) bool { return asciiLetter(c) || digit(c) || c == '_' }

// keyByte is how a letter or digit is spelled in a beginning: letters in
// lower case, every digit as '#'.
func keyByte(c byte) byte {
	if digit(c) {
		return '#'
	}
	return c | 0x20
}

// keyRune is keyByte of a rune of a pattern; ok is false for a rune that
// is neither.
func keyRune(r rune) (byte, bool) {
	if r > 0x7f || !asciiLetter(byte(r)) && !digit(byte(r)) {
		return 0, false
	}
	return keyByte(byte(r)), true
}

// matchBeginnings returns beginnings (one to four letters or digits, see
// keyByte) one of which every match of the pattern begins with, at a
// word start, or nil when the pattern does not open with \b or some
// match may begin otherwise. A beginning may be shorter than the match's
// letters ("is" for "is\s+"): the index then offers more places, never
// fewer.
func matchBeginnings(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if !opensWithBoundary(re) {
		return nil
	}
	begs, ok := beginnings(re)
	if !ok {
		return nil
	}
	var out []string
	for _, b := range begs {
		if b.s == "" {
			return nil
		}
		out = append(out, b.s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// opensWithBoundary reports whether every match of re begins with \b.
func opensWithBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(re.Sub) > 0 && opensWithBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !opensWithBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
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
			c, ok := keyRune(r)
			if !ok {
				b.open = false
				break
			}
			b.s += string(c)
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
				if c, ok := keyRune(r); ok {
					b = beginning{s: string(c), open: true}
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

// startRE is a regular expression that opens with \b, searched only at
// the words where a match may begin (see startIndex); the methods it does
// not redefine are the regexp's own.
type startRE struct {
	*regexp.Regexp
	starts *startIndex
}

// mustStartRE compiles a pattern as regexp.MustCompile does.
func mustStartRE(pattern string) *startRE {
	re := regexp.MustCompile(pattern)
	return &startRE{Regexp: re, starts: newStartIndex([]*regexp.Regexp{re})}
}

// FindAllStringIndex is regexp.Regexp's.
func (w *startRE) FindAllStringIndex(s string, n int) [][]int {
	if w.starts.anchored[0] == nil {
		return w.Regexp.FindAllStringIndex(s, n)
	}
	return w.starts.findAll(0, s, w.starts.candidates(s)[0], n)
}

// FindStringIndex is regexp.Regexp's.
func (w *startRE) FindStringIndex(s string) []int {
	if all := w.FindAllStringIndex(s, 1); len(all) > 0 {
		return all[0]
	}
	return nil
}

// MatchString is regexp.Regexp's.
func (w *startRE) MatchString(s string) bool {
	return w.FindStringIndex(s) != nil
}

// FindAllStringSubmatchIndex is regexp.Regexp's.
func (w *startRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if w.starts.anchored[0] == nil {
		return w.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	return w.starts.findAllSubmatch(0, s, w.starts.candidates(s)[0], n)
}

// FindStringSubmatchIndex is regexp.Regexp's.
func (w *startRE) FindStringSubmatchIndex(s string) []int {
	if all := w.FindAllStringSubmatchIndex(s, 1); len(all) > 0 {
		return all[0]
	}
	return nil
}

// FindAllString is regexp.Regexp's.
func (w *startRE) FindAllString(s string, n int) []string {
	var out []string
	for _, loc := range w.FindAllStringIndex(s, n) {
		out = append(out, s[loc[0]:loc[1]])
	}
	return out
}

package gdelt

import (
	"strings"
	"unicode/utf8"
)

// text is an article text written line by line, each line one or two
// sentences that facts quote.
type text struct {
	b     strings.Builder
	runes int
}

// span is a line of the text: its words and its offsets in code points,
// end exclusive, as graph.Source counts them.
type span struct {
	quote      string
	start, end int
}

// line adds a line and returns where it is.
func (t *text) line(s string) span {
	n := utf8.RuneCountInString(s)
	sp := span{quote: s, start: t.runes, end: t.runes + n}
	t.b.WriteString(s)
	t.b.WriteByte('\n')
	t.runes += n + 1
	return sp
}

func (t *text) String() string { return t.b.String() }

package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
)

// nameKey is graph.NameKey: the extractor and the import's actor
// resolution must agree on what counts as one name.
func nameKey(s string) string { return graph.NameKey(s) }

// slug makes an id of a name: graph.Slug.
func slug(s string) string { return graph.Slug(s) }

// sentence is one sentence of the text, by byte offsets.
type sentence struct {
	start, end int
	text       string
	// para is the paragraph it is in, counted from 0.
	para int
}

// abbreviations end with a dot that ends no sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "u.s": true,
	"u.n": true, "u.k": true, "e.g": true, "i.e": true, "jr": true, "sr": true, "prof": true, "gov": true,
	"sen": true, "rep": true, "pres": true,
}

// sentences splits text into sentences: at a full stop, question or
// exclamation mark followed by space and a capital or a quote, and at
// blank lines, but not after abbreviations and initials.
func sentences(text string) []sentence {
	var out []sentence
	para := 0
	start := 0
	emit := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			lead := start + strings.Index(text[start:end], s)
			out = append(out, sentence{start: lead, end: lead + len(s), text: s, para: para})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			if j := i + 1; j < len(text) && strings.TrimSpace(lineAt(text, j)) == "" {
				para++
			} else if i > 0 && text[i-1] == '\n' {
				para++
			}
		case r == '.' || r == '?' || r == '!':
			j := i + size
			for j < len(text) && strings.ContainsRune(`"'”’)`, rune(text[j])) {
				j++
			}
			next, _ := utf8.DecodeRuneInString(text[j:])
			if j < len(text) && unicode.IsSpace(next) && startsSentence(text[j:]) && !(r == '.' && abbreviated(text[start:i])) {
				emit(j)
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

func lineAt(text string, i int) string {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i : i+j]
	}
	return text[i:]
}

// startsSentence reports whether s (after spaces) begins with a capital,
// a digit or an opening quote.
func startsSentence(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'(`, r)
}

// abbreviated reports whether the text before a dot ends in an
// abbreviation or an initial.
func abbreviated(before string) bool {
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	raw := strings.Trim(fields[len(fields)-1], `"“(`)
	w := strings.ToLower(raw)
	if abbreviations[w] {
		return true
	}
	// A letter, or capital initials joined by dots: "George W. Bush",
	// "K.P. Sharma Oli" (but "10 p.m. But" ends a sentence).
	return utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]) || initialsRE.MatchString(raw)
}

// initialsRE is capital initials joined by dots, the last one's dot
// being the one looked at: "W", "K.P".
var initialsRE = regexp.MustCompile(`^\p{Lu}(?:\.\p{Lu})*$`)

// word is one token of a sentence: letters (with inner apostrophes,
// dashes and dots) or digits, by byte offsets in the sentence.
type word struct {
	start, end int
	text       string
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*`)

func words(s string) []word {
	var out []word
	for _, m := range wordRE.FindAllStringIndex(s, -1) {
		out = append(out, word{start: m[0], end: m[1], text: s[m[0]:m[1]]})
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lowerKeepingOffsets lowers the case of s rune by rune, keeping invalid
// bytes and any rune whose lower case takes a different number of bytes
// ("İ"), so that byte offsets found in the result hold in s.
func lowerKeepingOffsets(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != size {
			// Invalid bytes, and runes whose lower case is longer or
			// shorter, stay as they are.
			b.WriteString(s[i : i+size])
		} else {
			b.WriteRune(l)
		}
		i += size
	}
	return b.String()
}

package importer

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/dates"
)

// Plain gives what a plain article file, one without front matter (the
// text alone, as copied from a page), does not say of itself. Empty
// fields are looked for in the file; see parsePlain.
type Plain struct {
	// Published is the day of publication, YYYY-MM-DD. Empty: a date line
	// among the first lines ("Published On 14 Sep 2020", "May 14, 2024"),
	// a wire dateline with a year, or a day in the file name.
	Published string
	// Outlet is who published it. Empty: the agency of a wire dateline
	// ("(Reuters) -"), else "unknown".
	Outlet string
	// Language is a BCP 47 tag. Empty: en.
	Language string
}

// WithPlain sets what plain article files (without front matter) do not
// say of themselves: the day of publication, the outlet, the language.
func WithPlain(p Plain) Option { return func(c *loadConfig) { c.plain = p } }

// UnknownOutlet is the outlet of a plain article that names none.
const UnknownOutlet = "unknown"

// plainLinesScanned is how many non-empty lines at the top of a plain
// article are searched for its date: headline, standfirst, byline and
// date line come before the story.
const plainLinesScanned = 12

var (
	// dateWording is a day with its year, as date lines write it.
	dateWording = `(?:\d{4}-\d{2}-\d{2}` +
		`|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}` +
		`|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`
	// dateLineRE is a whole segment of a line that gives a day: "Published
	// On 14 Sep 2020", "Updated: Mon 14 Sep 2020 12.05 BST", "May 14,
	// 2024". Group 1 is the label, group 2 the day.
	dateLineRE = regexp.MustCompile(`(?i)^(?:(first\s+published|published|posted|last\s+updated|updated|date)(?:\s+on)?\s*:?\s*)?` +
		`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?` +
		`(` + dateWording + `)` +
		`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})\)?)?)?\.?$`)
	// wireDatelineRE opens a wire story: "MINSK, Sept 23, 2020 (Reuters) -".
	// Group 1 is the day, group 2 the agency.
	wireDatelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} ]+)?,\s+(` + dateWording + `)\s*(?:\(([^()]{2,40})\))?\s*[-–—]`)
	// agencyRE is the agency of a dateline without a year: "MINSK, Sept 23
	// (Reuters) -".
	agencyRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} ]+)?,\s+[^()]{0,30}\(([^()]{2,40})\)\s*[-–—]`)
	// dayInNameRE is a day in a file name: "aljazeera-2020-09-14-sochi".
	dayInNameRE = regexp.MustCompile(`(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?:[^0-9]|$)`)
	// segmentSep splits a line into its parts: "By Staff | May 14, 2024".
	segmentSep = regexp.MustCompile(`\s+[|·•]\s+|\s+[–—-]\s+`)
)

// parsePlain makes an article of a file without front matter: the whole
// file is its text, its first non-empty line the title; what p leaves
// empty is looked for in the text and the file name. A plain file that
// nothing dates is refused, naming the flag that gives its day.
func parsePlain(path string, raw []byte, p Plain, probs *problems) (graph.Article, map[string]int, bool) {
	text := string(raw)
	lineOf := map[string]int{"text": 1}
	fm := frontMatter{Outlet: p.Outlet, Published: p.Published, Language: p.Language}
	if fm.Language == "" {
		fm.Language = "en"
	}
	lines := strings.Split(text, "\n")
	seen := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		seen++
		if fm.Title == "" {
			fm.Title, lineOf["title"] = headline(l), i+1
		}
		if seen > plainLinesScanned {
			break
		}
		if fm.Outlet == "" {
			if m := agencyRE.FindStringSubmatch(l); m != nil {
				fm.Outlet = strings.TrimSpace(m[1])
			}
		}
	}
	if fm.Title == "" {
		probs.add(path, 1, "text", "the article has no text")
		return graph.Article{}, nil, false
	}
	if fm.Published == "" {
		if day, line, ok := publishedIn(lines); ok {
			fm.Published, lineOf["published"] = day, line
		} else if m := dayInNameRE.FindStringSubmatch(filepath.Base(path)); m != nil {
			fm.Published = m[1]
		} else {
			probs.add(path, 1, "published", "a file without front matter needs its day of publication, and none was found in its first lines or its name: give it with --published YYYY-MM-DD, or start the file with front matter (docs/annotation.md)")
			return graph.Article{}, nil, false
		}
	}
	if fm.Outlet == "" {
		fm.Outlet = UnknownOutlet
	}
	a, ok := checkFrontMatter(path, fm, lineOf, text, probs)
	return a, lineOf, ok
}

// headline is a title made of a first line: a long one (a first
// paragraph, not a headline) is cut at a word.
func headline(l string) string {
	const most = 200
	if utf8.RuneCountInString(l) <= most {
		return l
	}
	cut := string([]rune(l)[:most])
	if k := strings.LastIndexByte(cut, ' '); k > most/2 {
		cut = cut[:k]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// publishedIn finds the day of publication among the first non-empty
// lines of a plain article: a line, or a part of one, that is a date
// line, a labelled one first ("Published", "Posted"), an "Updated" one
// last, else a wire dateline with its year. It returns the day and its
// line (from 1).
func publishedIn(lines []string) (string, int, bool) {
	best, bestRank, bestLine := "", 9, 0
	seen := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if seen++; seen > plainLinesScanned {
			break
		}
		for _, seg := range segmentSep.Split(l, -1) {
			m := dateLineRE.FindStringSubmatch(strings.TrimSpace(seg))
			if m == nil {
				continue
			}
			rank := 1
			switch label := strings.ToLower(strings.Join(strings.Fields(m[1]), " ")); label {
			case "published", "first published", "posted":
				rank = 0
			case "updated", "last updated":
				rank = 2
			}
			if day, ok := dayOf(m[2]); ok && rank < bestRank {
				best, bestRank, bestLine = day, rank, i+1
			}
		}
		if m := wireDatelineRE.FindStringSubmatch(l); m != nil && bestRank > 3 {
			if day, ok := dayOf(m[1]); ok {
				best, bestRank, bestLine = day, 3, i+1
			}
		}
	}
	return best, bestLine, best != ""
}

// dayOf reads a dateWording as its day; the wording carries its year, so
// no publication day is needed to resolve it.
func dayOf(w string) (string, bool) {
	w = strings.Join(strings.Fields(w), " ")
	d, err := dates.Resolve(w, dates.Context{Published: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil || d.Precision != graph.Day || d.Start != d.End {
		return "", false
	}
	return d.Start, true
}

// Check says what is wrong with the fields p sets, by the flag that sets
// them (--published, --language).
func (p Plain) Check() error {
	if p.Published != "" {
		if _, err := graph.ParseDay(p.Published); err != nil {
			return fmt.Errorf("--published: %q is not a day of the form YYYY-MM-DD", p.Published)
		}
	}
	if p.Language != "" && !languageRE.MatchString(p.Language) {
		return fmt.Errorf("--language: %q is not a BCP 47 language tag such as en or en-GB", p.Language)
	}
	return nil
}

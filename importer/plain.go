package importer

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// Plain gives what a plain article file, one without front matter (the
// text alone, as copied from a page), does not say of itself: a file that
// does say it keeps its own (see parsePlain), so that one value serves a
// folder of pages copied on several days.
type Plain struct {
	// Published is the day of publication, YYYY-MM-DD, of a file that
	// gives none: no date line among its first lines ("Published On 14
	// Sep 2020", "May 14, 2024"), no wire dateline with a year, no day in
	// its name.
	Published string
	// Outlet is who published a file without a wire dateline's agency
	// ("(Reuters) -"). Empty: "unknown".
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
	// monthNames are the months of date lines in the languages news pages
	// are most often copied from, folded (graph.Fold) and without a
	// final period.
	monthNames = map[string]time.Month{}
	// labels are what a date line may open with, folded; true for the day
	// an article was first published, false for an update.
	labels = map[string]bool{
		"published": true, "first published": true, "posted": true, "date": true, "dated": true,
		"publie": true, "publie le": true, "publicado": true, "publicado el": true, "publicado em": true,
		"veroffentlicht": true, "veroffentlicht am": true, "pubblicato": true, "pubblicato il": true,
		"updated": false, "last updated": false, "modified": false, "last modified": false,
		"mis a jour": false, "mis a jour le": false, "actualizado": false, "actualizado el": false,
		"atualizado": false, "atualizado em": false, "aktualisiert": false, "aktualisiert am": false,
		"aggiornato": false, "aggiornato il": false,
	}
	// weekdayNames may stand before a day, folded.
	weekdayNames = map[string]bool{}

	word = `\p{L}+\.?`
	// dayWording is a day with its year: "14 Sep 2020", "September 14,
	// 2020", "2020-09-14", "14.09.2020", "5 mayo 2021", "24 janvier 2019".
	// Groups: day-first (1 day, 2 month, 3 year), month-first (4 month, 5
	// day, 6 year), ISO (7), numeric (8, 9, 10, 11 the separator).
	dayWording = `(?:(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(` + word + `),?\s+(?:de\s+)?(\d{4})` +
		`|(` + word + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` +
		`|(\d{4}-\d{2}-\d{2})` +
		`|(\d{1,2})([./])(\d{1,2})[./](\d{4}))`
	// clock is a time of day with its zone: "12.05 BST", "3:41 PM GMT+2",
	// "à 06h15", "14:32".
	clock = `(?:(?:at|à|a\s+las|um|alle|às)\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?`
	// dateLineRE is a part of a line that gives a day and nothing else
	// but a label, a clock time and a weekday: "Published On 14 Sep
	// 2020", "Updated: Mon 14 Sep 2020 12.05 BST", "Published 8:14 AM
	// EST, January 5, 2022", "Publié le 24 janvier 2019 à 06h15". Group 1
	// is the label; the day's groups follow. What follows the day may run
	// on without a space, as copying a page makes it ("September 14,
	// 20203:41 PM GMT+2Updated 2 hours ago"), but not with words.
	dateLineRE = regexp.MustCompile(`(?i)^(?:(\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+(?:on|le|el|em|am|il))?\s*:?\s+)?` +
		`(?:` + clock + `,?\s+)?` +
		`(?:(` + word + `),?\s+)?` +
		dayWording +
		`(?:,?\s*` + clock + `)?` +
		`(?:\s*[.]|\d.*|\s*(?:updated|last updated)\b.*)?$`)
	// wireDatelineRE opens a wire story: "MINSK, Sept 23, 2020 (Reuters)
	// -". The day's groups come first, then the agency.
	wireDatelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} ]+)?,\s+` + dayWording + `\s*(?:\(([^()]{2,40})\))?\s*[-–—]`)
	// dayInNameRE is a day in a file name: "aljazeera-2020-09-14-sochi".
	dayInNameRE = regexp.MustCompile(`(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?:[^0-9]|$)`)
	// furnitureRE is a line of a page around its story: "Skip to main
	// content", a byline, "Listen to this article", "4 Min Read".
	furnitureRE = regexp.MustCompile(`(?i)^(?:skip to\b|jump to\b|by\s|par\s|por\s|listen to\b|share\b|sign in\b|subscribe\b|advertisement\b|\d+\s+min(?:ute)?s?\s+read\b|published\b|updated\b|posted\b)`)
	// segmentSep splits a line into its parts: "By Staff | May 14, 2024",
	// "April 16, 2017 / 8:05 PM / Updated 7 years ago".
	segmentSep = regexp.MustCompile(`\s+[|·•/]\s+|\s+[–—-]\s+`)
)

func init() {
	for i, m := range [][]string{
		{"january", "jan", "janvier", "janv", "enero", "ene", "januar", "jaen", "gennaio", "gen", "janeiro"},
		{"february", "feb", "fevrier", "fevr", "fev", "febrero", "februar", "febbraio", "fevereiro"},
		{"march", "mar", "mars", "marzo", "marz", "marco"},
		{"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
		{"may", "mai", "mayo", "maggio", "maio", "mag"},
		{"june", "jun", "juin", "junio", "juni", "giugno", "giu", "junho"},
		{"july", "jul", "juillet", "juil", "julio", "juli", "luglio", "lug", "julho"},
		{"august", "aug", "aout", "agosto", "ago"},
		{"september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro"},
		{"october", "oct", "octobre", "octubre", "oktober", "okt", "ottobre", "ott", "outubro", "out"},
		{"november", "nov", "novembre", "noviembre", "novembro"},
		{"december", "dec", "decembre", "diciembre", "dic", "dezember", "dez", "dicembre", "dezembro"},
	} {
		for _, name := range m {
			monthNames[name] = time.Month(i + 1)
		}
	}
	for _, d := range []string{
		"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
		"friday", "fri", "saturday", "sat", "sunday", "sun",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
		"lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
		"segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
	} {
		weekdayNames[d] = true
	}
}

// parsePlain makes an article of a file without front matter: the whole
// file is its text, the first line that reads as a headline its title;
// its day and outlet are looked for in the text and the file name, and
// taken from p when not found there. A plain file that nothing dates is
// refused, naming the flag that gives its day.
func parsePlain(path string, raw []byte, p Plain, probs *problems) (graph.Article, map[string]int, bool) {
	text := string(raw)
	lineOf := map[string]int{"text": 1}
	fm := frontMatter{Language: p.Language}
	if fm.Language == "" {
		fm.Language = "en"
	}
	lines := strings.Split(text, "\n")
	seen, first, firstLine := 0, "", 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		seen++
		if first == "" {
			first, firstLine = l, i+1
		}
		// "Skip to main content", "World", "Share": a page's furniture
		// comes before its headline, which has words enough.
		if fm.Title == "" && seen <= plainLinesScanned && len(strings.Fields(l)) >= 4 && !furnitureRE.MatchString(l) {
			if !hasDateLine(l) {
				fm.Title, lineOf["title"] = headline(l), i+1
			}
		}
		if seen > plainLinesScanned {
			break
		}
		if fm.Outlet == "" {
			fm.Outlet = extract.DatelineAgency(l)
		}
	}
	if first == "" {
		probs.add(path, 1, "text", "the article has no text")
		return graph.Article{}, nil, false
	}
	if fm.Title == "" {
		fm.Title, lineOf["title"] = headline(first), firstLine
	}
	if day, line, ok := publishedIn(lines); ok {
		fm.Published, lineOf["published"] = day, line
	} else if m := dayInNameRE.FindStringSubmatch(filepath.Base(path)); m != nil {
		fm.Published = m[1]
	} else if p.Published != "" {
		fm.Published = p.Published
	} else {
		probs.add(path, 1, "published", "a file without front matter needs its day of publication, and none was found in its first lines or its name: give it with --published YYYY-MM-DD (import, check, extract), or start the file with front matter (docs/annotation.md)")
		return graph.Article{}, nil, false
	}
	if fm.Outlet == "" {
		fm.Outlet = p.Outlet
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
			if day, rank, ok := dateLine(strings.TrimSpace(seg)); ok && rank < bestRank {
				best, bestRank, bestLine = day, rank, i+1
			}
		}
		if m := wireDatelineRE.FindStringSubmatch(l); m != nil && bestRank > 3 {
			if day, ok := dayOf(m[1:]); ok {
				best, bestRank, bestLine = day, 3, i+1
			}
		}
	}
	return best, bestLine, best != ""
}

// hasDateLine reports whether a part of line l is a date line.
func hasDateLine(l string) bool {
	for _, seg := range segmentSep.Split(l, -1) {
		if _, _, ok := dateLine(strings.TrimSpace(seg)); ok {
			return true
		}
	}
	return false
}

// dateLine reads a part of a line as a date line: its day and its rank
// (0 for the first publication's, 1 unlabelled, 2 an update's).
func dateLine(seg string) (string, int, bool) {
	m := dateLineRE.FindStringSubmatch(seg)
	if m == nil {
		return "", 0, false
	}
	rank := 1
	// A weekday alone may come where a label would: "Mon 14 Sep 2020".
	if w := strings.TrimSuffix(graph.Fold(m[1]), "."); weekdayNames[w] && m[2] == "" {
		m[1], m[2] = "", m[1]
	}
	if m[1] != "" {
		first, ok := labels[graph.Fold(m[1])]
		switch {
		case !ok:
			return "", 0, false
		case !first:
			rank = 2
		case graph.Fold(m[1]) != "date" && graph.Fold(m[1]) != "dated":
			rank = 0
		}
	}
	if w := m[2]; w != "" && !weekdayNames[strings.TrimSuffix(graph.Fold(w), ".")] {
		return "", 0, false
	}
	day, ok := dayOf(m[3:])
	return day, rank, ok
}

// atoi is the number a group of digits holds; dayWording's groups hold
// digits alone, and an empty one is 0.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// dayOf reads the groups of dayWording as a day: a month's name in one of
// monthNames, a real calendar day. Numbers alone are read day first
// ("04.07.2013", "13/12/2022"), as outside the United States, except with
// slashes when both could be the month: "04/07/2013" is refused.
func dayOf(g []string) (string, bool) {
	var y, d int
	var mo time.Month
	switch {
	case g[2] != "":
		d, mo, y = atoi(g[0]), monthNames[strings.TrimSuffix(graph.Fold(g[1]), ".")], atoi(g[2])
	case g[5] != "":
		mo, d, y = monthNames[strings.TrimSuffix(graph.Fold(g[3]), ".")], atoi(g[4]), atoi(g[5])
	case g[6] != "":
		t, err := graph.ParseDay(g[6])
		if err != nil {
			return "", false
		}
		return graph.FormatDay(t), true
	case g[10] != "":
		d, mo, y = atoi(g[7]), time.Month(atoi(g[9])), atoi(g[10])
		if g[8] == "/" && d <= 12 && d != int(mo) {
			return "", false
		}
	default:
		return "", false
	}
	if mo < 1 || mo > 12 || y < 1 {
		return "", false
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != mo {
		return "", false
	}
	return graph.FormatDay(t), true
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

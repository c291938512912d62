package extract

import (
	"bufio"
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

//go:embed lexicons/*.tsv
var builtin embed.FS

// Lexicon is what the extractor knows by name: countries (with their
// demonyms and capitals), cities, people, organisations and group words.
// Each comes from a tab-separated file of lexicons/; a folder given to New
// may hold files of the same names whose lines are added.
type Lexicon struct {
	entries []entry
	// byKey finds entries by the name key of each of their names.
	byKey  map[string][]*entry
	groups map[string]entry
	// groupWords are the keys of groups, longest first.
	groupWords []string
}

// entry is one named thing of a lexicon.
type entry struct {
	id      string
	name    string
	names   []string // name and every other spelling
	kind    graph.ActorKind
	place   graph.PlaceKind // city for cities; "" for actors
	country string          // for people, cities and organisations
	capital bool            // a city that is its country's capital
	titles  []timedTitle    // for people
	demonym []string        // for countries: "Belarusian"
}

// LoadLexicon reads the embedded lexicons and the files of the same names
// in dir, when dir is not empty.
func LoadLexicon(dir string) (*Lexicon, error) {
	l := &Lexicon{byKey: map[string][]*entry{}, groups: map[string]entry{}}
	for _, name := range []string{"countries.tsv", "cities.tsv", "cities-geonames.tsv", "people.tsv", "people-world.tsv", "organizations.tsv", "organizations-world.tsv", "groups.tsv"} {
		raw, err := fs.ReadFile(builtin, "lexicons/"+name)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", name, err)
		}
		if err := l.add(name, "lexicons/"+name, raw); err != nil {
			return nil, err
		}
		if dir == "" {
			continue
		}
		path := filepath.Join(dir, name)
		raw, err = os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", path, err)
		}
		if err := l.add(name, path, raw); err != nil {
			return nil, err
		}
	}
	for w := range l.groups {
		l.groupWords = append(l.groupWords, w)
	}
	slices.SortFunc(l.groupWords, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	for i := range l.entries {
		e := &l.entries[i]
		for _, n := range e.names {
			k := nameKey(n)
			l.byKey[k] = append(l.byKey[k], e)
		}
	}
	return l, nil
}

// add parses one lexicon file: tab-separated fields, # comments.
func (l *Lexicon) add(kind, path string, raw []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		if f[0] == "" || f[1] == "" {
			return fmt.Errorf("%s:%d: a line needs an id and a name, tab-separated", path, line)
		}
		others := splitNames(f[2])
		switch kind {
		case "countries.tsv":
			l.entries = append(l.entries, entry{id: f[0], name: f[1], names: append([]string{f[1]}, others...),
				kind: graph.Country, demonym: others})
			for i, c := range splitNames(f[3]) {
				id := slug(c)
				if i > 0 {
					id = slug(splitNames(f[3])[0])
				}
				l.entries = append(l.entries, entry{id: id, name: splitNames(f[3])[0], names: []string{c},
					place: graph.City, country: f[0], capital: true})
			}
		case "cities.tsv", "cities-geonames.tsv":
			l.entries = append(l.entries, entry{id: f[0], name: f[1], names: append([]string{f[1]}, others...),
				place: graph.City, country: f[3]})
		case "people.tsv", "people-world.tsv":
			titles, err := parseTitles(f[4])
			if err != nil {
				return fmt.Errorf("%s:%d: title: %w", path, line, err)
			}
			l.entries = append(l.entries, entry{id: f[0], name: f[1], names: append([]string{f[1]}, others...),
				kind: graph.Person, country: f[3], titles: titles})
		case "organizations.tsv", "organizations-world.tsv":
			l.entries = append(l.entries, entry{id: f[0], name: f[1], names: append([]string{f[1]}, others...),
				kind: graph.Organization, country: f[3]})
		case "groups.tsv":
			l.groups[strings.ToLower(f[0])] = entry{id: f[1], name: f[2], kind: graph.Group}
		}
	}
	return sc.Err()
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// lookup returns the entries one of whose names has the key of name and
// its digits.
func (l *Lexicon) lookup(name string) []*entry {
	if es := sameDigits(l.byKey[nameKey(name)], name); len(es) > 0 {
		return es
	}
	// "Georgia’s parliament": the possessive names Georgia.
	for _, suf := range []string{"’s", "'s"} {
		if base, ok := strings.CutSuffix(name, suf); ok {
			return sameDigits(l.byKey[nameKey(base)], base)
		}
	}
	return nil
}

// sameDigits keeps the entries with a name of name's key that has name's
// digits too: a key leaves digits out, and "Democrats" is not "Democrats
// 66", nor "G7" the "G20".
func sameDigits(es []*entry, name string) []*entry {
	d := digitsOf(name)
	if d == "" && !slices.ContainsFunc(es, func(e *entry) bool { return slices.ContainsFunc(e.names, hasDigit) }) {
		return es
	}
	k := nameKey(name)
	var out []*entry
	for _, e := range es {
		if slices.ContainsFunc(e.names, func(n string) bool { return nameKey(n) == k && digitsOf(n) == d }) {
			out = append(out, e)
		}
	}
	return out
}

// digitsOf is the digits of s, in order.
func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// country returns the country entry with id.
func (l *Lexicon) country(id string) *entry {
	for i := range l.entries {
		if l.entries[i].id == id && l.entries[i].kind == graph.Country {
			return &l.entries[i]
		}
	}
	return nil
}

// cityCountry returns the country whose capital the city with id is.
func (l *Lexicon) cityCountry(id string) *entry {
	for i := range l.entries {
		if e := &l.entries[i]; e.id == id && e.capital {
			return l.country(e.country)
		}
	}
	return nil
}

// capitalOf returns the capital city of the country with id, nil when
// the lexicon names none.
func (l *Lexicon) capitalOf(id string) *entry {
	for i := range l.entries {
		if e := &l.entries[i]; e.capital && e.country == id {
			return e
		}
	}
	return nil
}

// timedTitle is a title a person held from the year from to the year to,
// both included; 0 leaves that end open.
type timedTitle struct {
	title    string
	from, to int
}

// parseTitles reads a people.tsv title column: a title held at any time
// ("president"), or titles with the years they were held, |-separated
// ("prime minister:2014-2019|president:2019-"), so that a president of
// 2015 is not the president of a 2024 story.
func parseTitles(s string) ([]timedTitle, error) {
	var out []timedTitle
	for _, item := range splitNames(s) {
		title, years, timed := strings.Cut(item, ":")
		t := timedTitle{title: strings.TrimSpace(title)}
		if timed {
			from, to, ok := strings.Cut(strings.TrimSpace(years), "-")
			var err error
			if t.from, err = strconv.Atoi(from); !ok || err != nil {
				return nil, fmt.Errorf("%q: give the years as title:FROM-TO or title:FROM-", item)
			}
			if to != "" {
				if t.to, err = strconv.Atoi(to); err != nil || t.to < t.from {
					return nil, fmt.Errorf("%q: give the years as title:FROM-TO or title:FROM-", item)
				}
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// titleAt is the title the person held in the year of day, the latest
// begun when two overlap (a changeover year); "" when none.
func (e *entry) titleAt(day time.Time) string {
	y, best := day.Year(), -1
	title := ""
	for _, t := range e.titles {
		if (t.from == 0 || t.from <= y) && (t.to == 0 || y <= t.to) && t.from > best {
			title, best = t.title, t.from
		}
	}
	return title
}

// Package gen writes synthetic corpora in the article and annotation
// format `eventgraph import` reads, to measure the graph at scale and to
// exercise merging: a few leaders take part in many events (Zipf
// popularity), every event is reported by one to four outlets, each with
// its own ids and its own transliteration of the names, dates are spread
// over several years at mixed precision, and figures differ between
// outlets. The same seed always writes the same files.
package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// Config says what to generate.
type Config struct {
	// Events is how many events the corpus tells; articles are written
	// until every event is reported at least once.
	Events int
	Seed   uint64
	// EventsPerArticle is how many events one article reports (5 when 0).
	EventsPerArticle int
}

// Summary is what Write wrote.
type Summary struct {
	Articles, Events, Reports int
}

// person is a generated person: a given name and a surname stem.
type person struct {
	given int
	stem  string
}

// spellings of one surname stem in three outlets' transliterations.
var surnameEndings = [][3]string{{"enko", "enka", "enka"}, {"ov", "ov", "ov"}, {"sky", "ski", "skiy"}, {"ich", "ich", "ich"}}

// givenNames are given names with two spellings each.
var givenNames = [][2]string{{"Alexander", "Aliaksandr"}, {"Sergei", "Sergey"}, {"Dmitry", "Dmitri"}, {"Yuri", "Yury"},
	{"Mikhail", "Mikhail"}, {"Andrei", "Andrey"}, {"Natalia", "Natalya"}, {"Svetlana", "Sviatlana"}, {"Pavel", "Pavel"},
	{"Viktor", "Viktor"}, {"Olga", "Olga"}, {"Ivan", "Ivan"}}

var countries = []string{"Belarus", "Russia", "Ukraine", "Poland", "Lithuania", "Latvia", "Estonia", "Georgia",
	"Armenia", "Kazakhstan", "Moldova", "Hungary", "Germany", "France", "China", "Turkey"}

var outlets = []string{"Northern Wire", "Baltic Observer", "Minsk Courier", "Eastern Herald"}

// kind is an event type with its roles, its CAMEO code and its wording.
type kind struct {
	typ    graph.EventType
	cameo  string
	roles  [2]string
	verb   string
	group  bool // the second party is a group (protesters, detainees)
	amount bool
}

var kinds = []kind{
	{graph.Meeting, "043", [2]string{"host", "visitor"}, "met", false, false},
	{graph.Meeting, "044", [2]string{"participant", "participant"}, "held talks with", false, false},
	{graph.Statement, "010", [2]string{"speaker", "subject"}, "spoke about", false, false},
	{graph.Loan, "071", [2]string{"lender", "borrower"}, "agreed a loan to", false, true},
	{graph.Protest, "141", [2]string{"target", "protester"}, "faced a rally of", true, false},
	{graph.Arrest, "173", [2]string{"detaining authority", "detainee"}, "ordered the detention of", true, false},
	{graph.Sanction, "163", [2]string{"sanctioning party", "sanctioned party"}, "imposed sanctions on", false, false},
	{graph.Visit, "042", [2]string{"host", "visitor"}, "received", false, false},
}

// story is one event as it happened.
type story struct {
	k     kind
	a, b  int // people
	day   time.Time
	city  int // index into cities
	count int64
	loan  int64
}

// Write generates the corpus into dir, which it creates.
func Write(dir string, cfg Config) (Summary, error) {
	if cfg.Events < 1 {
		return Summary{}, fmt.Errorf("events: %d is not a positive number", cfg.Events)
	}
	per := cfg.EventsPerArticle
	if per <= 0 {
		per = 5
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Summary{}, err
	}
	r := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	nPeople := max(20, min(cfg.Events/10, 5000))
	people := make([]person, nPeople)
	for i := range people {
		people[i] = person{given: i % len(givenNames), stem: stem(i)}
	}
	// A few people take part in most events.
	zipf := rand.NewZipf(r, 1.3, 2, uint64(nPeople-1))
	cities := make([]string, 3*len(countries))
	for i := range cities {
		cities[i] = stem(10000+i) + "grad"
	}
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	stories := make([]story, cfg.Events)
	for i := range stories {
		k := kinds[r.IntN(len(kinds))]
		a := int(zipf.Uint64())
		b := int(zipf.Uint64())
		for b == a {
			b = r.IntN(nPeople)
		}
		stories[i] = story{k: k, a: a, b: b, day: start.AddDate(0, 0, i*4*365/cfg.Events), city: r.IntN(len(cities)),
			count: int64(100 + r.IntN(5000)), loan: int64(1+r.IntN(50)) * 100_000_000}
	}
	sum := Summary{Events: cfg.Events}
	// Each story is told by one to four outlets; an outlet's article
	// tells the next stories of its queue.
	queues := make([][]int, len(outlets))
	for i := range stories {
		for _, o := range r.Perm(len(outlets))[:1+r.IntN(len(outlets))] {
			queues[o] = append(queues[o], i)
			sum.Reports++
		}
	}
	for o, q := range queues {
		for n := 0; len(q) > 0; n++ {
			take := min(per, len(q))
			if err := writeArticle(dir, o, n, q[:take], stories, people, cities, r); err != nil {
				return sum, err
			}
			sum.Articles++
			q = q[take:]
		}
	}
	return sum, nil
}

// stem is the i-th of many distinct pronounceable surname stems.
func stem(i int) string {
	c, v := "bdgklmnprstvz", "aeiou"
	var b strings.Builder
	for n := i + 13; n > 0 || b.Len() < 4; n /= 65 {
		b.WriteByte(c[n%13])
		b.WriteByte(v[(n/13)%5])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// name is how outlet o writes person p.
func (p person) name(o int, i int) string {
	return givenNames[p.given][o%2] + " " + p.stem + surnameEndings[i%len(surnameEndings)][o%3]
}

func writeArticle(dir string, o, n int, ids []int, stories []story, people []person, cities []string, r *rand.Rand) error {
	var text strings.Builder
	var ann extract.Annotation
	declared := map[string]bool{}
	slug := func(s string) string { return strings.ToLower(strings.NewReplacer(" ", "-", "š", "s").Replace(s)) }
	quote := func(s string) []string { return []string{s} }
	var last time.Time
	for _, si := range ids {
		s := stories[si]
		if s.day.After(last) {
			last = s.day
		}
		an, bn := people[s.a].name(o, s.a), people[s.b].name(o, s.b)
		city := cities[s.city]
		country := countries[s.city%len(countries)]
		second := bn
		if s.k.group {
			second = "protesters"
		}
		sentence := fmt.Sprintf("%s %s %s in %s on %s.", an, s.k.verb, second, city, s.day.Format("2 January 2006"))
		if s.k.group {
			sentence = fmt.Sprintf("%s %s %d protesters in %s on %s.", an, s.k.verb, s.count+int64(o*10), city, s.day.Format("2 January 2006"))
		}
		if s.k.amount {
			sentence = fmt.Sprintf("%s %s %s, $%d million, in %s on %s.", an, s.k.verb, bn, s.loan/1_000_000, city, s.day.Format("2 January 2006"))
		}
		text.WriteString(sentence + " ")
		for _, act := range []struct{ id, name, kind string }{
			{slug(an), an, string(graph.Person)}, {slug(bn), bn, string(graph.Person)},
		} {
			if act.id == slug(bn) && s.k.group {
				continue
			}
			if !declared[act.id] {
				declared[act.id] = true
				ann.Actors = append(ann.Actors, extract.Actor{ID: act.id, Name: act.name, Kind: act.kind, Quotes: quote(act.name)})
			}
		}
		if s.k.group && !declared["protesters"] {
			declared["protesters"] = true
			ann.Actors = append(ann.Actors, extract.Actor{ID: "protesters", Name: "protesters", Kind: string(graph.Group), Quotes: quote("protesters")})
		}
		cid := slug(country)
		if !declared[cid] {
			declared[cid] = true
			ann.Actors = append(ann.Actors, extract.Actor{ID: cid, Name: country, Kind: string(graph.Country), Quotes: []string{}})
		}
		pid := slug(city) + fmt.Sprintf("-o%d", o)
		if !declared[pid] {
			declared[pid] = true
			ann.Places = append(ann.Places, extract.Place{ID: pid, Name: city, Kind: string(graph.City), In: cid, Quotes: quote(city)})
		}
		second2 := slug(bn)
		if s.k.group {
			second2 = "protesters"
		}
		ev := extract.Event{
			ID: fmt.Sprintf("o%d-event-%d", o, si), Type: string(s.k.typ), Title: strings.TrimSuffix(sentence, "."),
			CAMEO: s.k.cameo, Place: pid, Quotes: quote(strings.TrimSuffix(sentence, ".")),
			Participants: []extract.Participant{{Actor: slug(an), Role: s.k.roles[0]}, {Actor: second2, Role: s.k.roles[1]}},
			Date:         &extract.Date{Start: s.day.Format(time.DateOnly), Precision: string(graph.Day)},
		}
		// Some outlets give only the week or the month.
		switch r.IntN(10) {
		case 0:
			w := s.day.AddDate(0, 0, -((int(s.day.Weekday()) + 6) % 7))
			ev.Date = &extract.Date{Start: w.Format(time.DateOnly), End: w.AddDate(0, 0, 6).Format(time.DateOnly), Precision: string(graph.Week)}
		case 1:
			ev.Date = &extract.Date{Start: s.day.Format("2006-01"), Precision: string(graph.Month)}
		}
		if s.k.group {
			ev.Count = &extract.Count{Value: s.count + int64(o*10), Qualifier: string(graph.Exact), Unit: "protesters"}
		}
		if s.k.amount {
			ev.Amount = &extract.Amount{Value: s.loan, Currency: "USD"}
		}
		ann.Events = append(ann.Events, ev)
	}
	// Countries need a quote: the article names them in its last line.
	var names []string
	for i := range ann.Actors {
		if ann.Actors[i].Kind == string(graph.Country) {
			names = append(names, ann.Actors[i].Name)
			ann.Actors[i].Quotes = []string{ann.Actors[i].Name}
		}
	}
	text.WriteString("The report concerns " + strings.Join(names, ", ") + ".\n")
	// Published the day after the last event it tells, or later.
	published := last.AddDate(0, 0, 1+r.IntN(3))
	id := fmt.Sprintf("%s-%06d", slug(outlets[o]), n)
	front := fmt.Sprintf("---\ntitle: \"%s report %d\"\noutlet: %s\npublished: %s\nlanguage: en\n---\n\n",
		outlets[o], n, outlets[o], published.Format(time.DateOnly))
	if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(front+text.String()), 0o644); err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("# Generated by eventgraph gen: a synthetic article's annotation.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&ann); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, id+".yaml"), b.Bytes(), 0o644)
}

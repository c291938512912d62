package gdelt

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

// Row is one converted row of an export: the article standing for the
// GDELT record, or the problems that keep it out.
type Row struct {
	File string
	Line int
	// Facts is nil when Problems is not empty.
	Facts    *graph.ArticleFacts
	Problems []importer.Problem
}

// nodeKey is what an id names, in the detail that must not change
// between rows: actors by kind, places by kind.
type nodeKey struct {
	class string
	kind  string
}

// Converter turns rows into articles. It remembers, across the rows of
// one import, the GLOBALEVENTIDs it has converted and what each id it
// gave names, so that two rows never give one id to two kinds of node
// (an actor Moscow after the city Moscow becomes moscow-organization);
// memory grows with the distinct events and names, never with the text.
// Converting the same rows in the same order gives the same articles.
type Converter struct {
	ids  map[string]nodeKey
	seen map[uint64]string
}

// NewConverter returns a converter for one import.
func NewConverter() *Converter {
	return &Converter{ids: map[string]nodeKey{}, seen: map[uint64]string{}}
}

// ReadFile scans an export file and calls fn with each of its rows
// converted, in file order. It returns fn's error, or why the file cannot
// be read.
func (c *Converter) ReadFile(path string, fn func(Row) error) error {
	return Scan(path, func(l Line) error {
		return fn(c.Convert(path, l))
	})
}

// rowProblems collects the problems of one row.
type rowProblems struct {
	file string
	line int
	list []importer.Problem
}

func (p *rowProblems) add(field, format string, args ...any) {
	p.list = append(p.list, importer.Problem{File: p.file, Line: p.line, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Convert converts one line of file into an article, or says everything
// that is wrong with it.
func (c *Converter) Convert(file string, l Line) Row {
	p := &rowProblems{file: file, line: l.Number}
	out := Row{File: file, Line: l.Number}
	if l.Err != nil {
		p.add("line", "%v", l.Err)
		out.Problems = p.list
		return out
	}
	lay := layoutFor(len(l.Fields))
	if lay == nil {
		p.add("columns", "%d tab-separated columns; a GDELT 1.0 row has %d or %d (with SOURCEURL), a GDELT 2.0 row %d",
			len(l.Fields), ColumnsV1Old, ColumnsV1, ColumnsV2)
		out.Problems = p.list
		return out
	}
	r := row{l: lay, fields: l.Fields}
	b := &builder{c: c, r: r, p: p, local: map[string]nodeKey{}, fields: map[string]string{}}
	facts, key := b.build()
	if len(p.list) == 0 {
		b.check(facts)
	}
	if len(p.list) > 0 {
		out.Problems = p.list
		return out
	}
	for id, k := range b.local {
		c.ids[id] = k
	}
	c.seen[key] = fmt.Sprintf("%s:%d", file, l.Number)
	out.Facts = facts
	return out
}

// builder builds the article of one row.
type builder struct {
	c     *Converter
	r     row
	p     *rowProblems
	local map[string]nodeKey
	// fields maps a fact (graph.FactRef.String()) to the column it came
	// from, to report the graph's problems by column.
	fields map[string]string
}

// day parses a GDELT day (YYYYMMDD), or a DATEADDED of GDELT 2.0
// (YYYYMMDDHHMMSS), to its day.
func day(s string, withTime bool) (time.Time, error) {
	layout, want := "20060102", "YYYYMMDD"
	if withTime {
		layout, want = "20060102150405", "YYYYMMDDHHMMSS"
	}
	t, err := time.Parse(layout, s)
	if err != nil || len(s) != len(layout) || t.Year() < 1 {
		return time.Time{}, fmt.Errorf("%q is not a date of the form %s", s, want)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

func (b *builder) count(col string) int64 {
	s := b.r.get(col)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		b.p.add(col, "%q is not a whole number", s)
	}
	return n
}

// build makes the row's facts; it returns them with the row's
// GLOBALEVENTID. Problems go to b.p.
func (b *builder) build() (*graph.ArticleFacts, uint64) {
	r, p := b.r, b.p
	v := r.l.version

	rawID := r.get("GLOBALEVENTID")
	eventID, err := strconv.ParseUint(rawID, 10, 64)
	if err != nil {
		p.add("GLOBALEVENTID", "%q is not a GDELT event id (a whole number)", rawID)
	} else if at, dup := b.c.seen[eventID]; dup {
		p.add("GLOBALEVENTID", "event %d is also the row at %s; each GDELT event is imported once", eventID, at)
	}

	sqlDate := r.get("SQLDATE")
	when, err := day(sqlDate, false)
	if err != nil {
		p.add("SQLDATE", "%v", err)
	}
	added := r.get("DATEADDED")
	published, err := day(added, v == V2)
	if err != nil {
		p.add("DATEADDED", "%v (%s)", err, v)
	}
	if !when.IsZero() && !published.IsZero() && when.After(published) {
		p.add("SQLDATE", "the event's day %s is after the day GDELT added it (DATEADDED %s)",
			graph.FormatDay(when), graph.FormatDay(published))
	}

	code := r.get("EventCode")
	kind, known := eventKindOf(code)
	switch {
	case code == "":
		p.add("EventCode", "missing: a CAMEO event code such as 042")
	case !graph.IsCAMEO(code):
		p.add("EventCode", "unknown CAMEO code %q (codes are strings such as \"042\", leading zeros included)", code)
	case !known:
		p.add("EventCode", "CAMEO code %q maps to no event type", code)
	}

	mentions, sources, articles := b.count("NumMentions"), b.count("NumSources"), b.count("NumArticles")

	a1 := b.actor(actorOf(r, "Actor1"), true)
	a2 := b.actor(actorOf(r, "Actor2"), false)
	if a1 != nil && a2 != nil && a1.id == a2.id {
		// One actor coded on both sides takes part once.
		a2 = nil
	}
	if known && a1 != nil && a2 == nil && (kind.typ == graph.Meeting || kind.typ == graph.Visit) {
		what := "a meeting"
		if kind.typ == graph.Visit {
			what = "a visit"
		}
		p.add("Actor2Code", "%s needs two actors; this row codes one (CAMEO %s)", what, code)
	}

	pl := b.place()

	source := r.get("SOURCEURL")
	article := graph.Article{
		ID: "gdelt-" + rawID, Language: "en", Method: graph.Extracted, Extractor: v.Extractor(), Outlet: "GDELT",
	}
	if !published.IsZero() {
		article.Published = graph.FormatDay(published)
	}
	if u, err := url.Parse(source); source != "" && err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		article.URL = source
		article.Outlet = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	} else if source != "" {
		// GDELT names a few sources without a URL ("BBC Monitoring").
		article.Outlet = source
	}
	if len(p.list) > 0 {
		return nil, eventID
	}

	// The text, sentence by sentence; each fact quotes the sentences
	// that state it.
	label := graph.CAMEOLabel(code)
	var t text
	t.line(fmt.Sprintf("%s event %s, coded by machine from news reports; not reviewed by a person.", v, rawID))
	var s strings.Builder
	fmt.Fprintf(&s, "On %s, %s acted", graph.FormatDay(when), a1.label())
	if a2 != nil {
		fmt.Fprintf(&s, " toward %s", a2.label())
	}
	if pl != nil {
		fmt.Fprintf(&s, " in %s", pl.fullName)
	}
	fmt.Fprintf(&s, ": %s (CAMEO %s).", label, code)
	eventLine := t.line(s.String())
	roles := fmt.Sprintf("Event type %s: %s is the %s", kind.typ, a1.name, kind.role1)
	if a2 != nil {
		roles += fmt.Sprintf(", %s the %s", a2.name, kind.role2)
	}
	rolesLine := t.line(roles + ".")
	var placeLine span
	if pl != nil {
		s.Reset()
		fmt.Fprintf(&s, "%s is coded as %s", pl.fullName, geoTypes[pl.geoType])
		if pl.country != "" && pl.kind != graph.CountryKind {
			fmt.Fprintf(&s, " in %s", pl.country)
		}
		placeLine = t.line(s.String() + ".")
	}
	tieLines := map[string]span{}
	for _, a := range []*rowActor{a1, a2} {
		if a != nil && a.tie != "" {
			tieLines[a.id] = t.line(fmt.Sprintf("%s is coded as %s of %s.", a.label(), a.tieRole, a.country))
		}
	}
	s.Reset()
	fmt.Fprintf(&s, "Reported in %d articles from %d sources, %d mentions", articles, sources, mentions)
	var figures []string
	for _, f := range [][2]string{{"QuadClass", "QuadClass"}, {"GoldsteinScale", "Goldstein scale"}, {"AvgTone", "average tone"}} {
		if val := r.get(f[0]); val != "" {
			figures = append(figures, f[1]+" "+val)
		}
	}
	if len(figures) > 0 {
		fmt.Fprintf(&s, "; %s", strings.Join(figures, ", "))
	}
	t.line(s.String() + ".")
	switch {
	case source != "":
		t.line("Source: " + source)
	case len(r.fields) == ColumnsV1Old:
		t.line("Source: none given (a GDELT 1.0 row of 57 columns has no SOURCEURL).")
	default:
		t.line("Source: none given.")
	}
	article.Text = t.String()
	names := a1.name
	if a2 != nil {
		names += " and " + a2.name
	}
	article.Title = fmt.Sprintf("GDELT %s: %s: %s", rawID, names, label)

	f := &graph.ArticleFacts{Article: article}
	src := func(sp span) graph.Source {
		return graph.Source{ArticleID: article.ID, Quote: sp.quote, Start: sp.start, End: sp.end}
	}
	actorAt := map[string]int{}
	addActor := func(id, name string, k graph.ActorKind, quotes ...span) {
		var srcs []graph.Source
		for _, q := range quotes {
			srcs = append(srcs, src(q))
		}
		if i, ok := actorAt[id]; ok {
			f.Actors[i].Sources = append(f.Actors[i].Sources, srcs...)
			return
		}
		actorAt[id] = len(f.Actors)
		f.Actors = append(f.Actors, graph.SourcedActor{Actor: graph.Actor{ID: id, Name: name, Kind: k, Aliases: []string{}}, Sources: srcs})
	}
	event := graph.Event{
		ID: article.ID + "-" + strings.ToLower(string(kind.typ)), Type: kind.typ, CAMEO: code,
		Title:   names + ": " + label,
		Summary: fmt.Sprintf("%s (CAMEO %s), coded by %s from %d articles, %d sources and %d mentions.", label, code, v, articles, sources, mentions),
		Date:    graph.Date{Start: graph.FormatDay(when), End: graph.FormatDay(when), Precision: graph.Day, Text: "SQLDATE " + sqlDate},
		Sources: []graph.Source{src(eventLine), src(rolesLine)},
	}
	b.fields[graph.FactRef{Kind: "event", ID: event.ID}.String()] = "EventCode"
	for i, a := range []*rowActor{a1, a2} {
		if a == nil {
			continue
		}
		quotes := []span{eventLine}
		if tl, ok := tieLines[a.id]; ok {
			quotes = append(quotes, tl)
		}
		addActor(a.id, a.name, a.kind, quotes...)
		role := kind.role1
		if i == 1 {
			role = kind.role2
		}
		event.Participants = append(event.Participants, graph.Participant{ActorID: a.id, Role: role})
	}
	for _, a := range []*rowActor{a1, a2} {
		if a == nil || a.tie == "" {
			continue
		}
		tl := tieLines[a.id]
		addActor(a.countryID, a.country, graph.Country, tl)
		f.Relations = append(f.Relations, graph.Relation{Type: a.tie, From: a.id, To: a.countryID, Sources: []graph.Source{src(tl)}})
		b.fields[graph.FactRef{Kind: "relation", ID: string(a.tie) + " " + a.id + " " + a.countryID}.String()] = a.cols.prefix + "Type1Code"
	}
	if pl != nil {
		if pl.kind == graph.CountryKind {
			addActor(pl.id, pl.name, graph.Country, placeLine)
		} else {
			f.Places = append(f.Places, graph.SourcedPlace{Place: graph.Place{ID: pl.id, Name: pl.name, Kind: pl.kind}, Sources: []graph.Source{src(placeLine)}})
			if pl.countryID != "" {
				addActor(pl.countryID, pl.country, graph.Country, placeLine)
				f.Relations = append(f.Relations, graph.Relation{Type: graph.LocatedIn, From: pl.id, To: pl.countryID, Sources: []graph.Source{src(placeLine)}})
			}
		}
		event.Place = &graph.PlaceRef{ID: pl.id}
	}
	f.Events = []graph.Event{event}
	return f, eventID
}

// check runs the graph's own checks on the article, so that every
// article a row gives is one the graph takes; its problems are the row's.
func (b *builder) check(f *graph.ArticleFacts) {
	err := graph.CheckFacts([]*graph.ArticleFacts{f})
	var fe *graph.FactsError
	if err == nil || !errors.As(err, &fe) {
		if err != nil {
			b.p.add("row", "%v", err)
		}
		return
	}
	for _, pr := range fe.Problems {
		b.p.add(b.fieldOf(pr), "%s", pr.Reason)
	}
}

// fieldOf is the column a problem of the graph's comes from.
func (b *builder) fieldOf(pr graph.Problem) string {
	switch {
	case pr.Fact.Kind == "article":
		switch pr.Field {
		case "published":
			return "DATEADDED"
		case "url":
			return "SOURCEURL"
		case "id":
			return "GLOBALEVENTID"
		}
	case pr.Fact.Kind == "event" && pr.Field == "date":
		return "SQLDATE"
	case pr.Fact.Kind == "event" && strings.HasPrefix(pr.Field, "participants"):
		return "Actor2Code"
	}
	if col, ok := b.fields[pr.Fact.String()]; ok {
		return col
	}
	if pr.Field != "" {
		return pr.Fact.String() + " " + pr.Field
	}
	return pr.Fact.String()
}

// rowActor is one actor of a row with its id.
type rowActor struct {
	gdeltActor
	id        string
	countryID string
}

// actor reads one side's actor; nil when the row has none there (an
// error for Actor1).
func (b *builder) actor(cols actorCols, required bool) *rowActor {
	if cols.empty() {
		if required {
			b.p.add(cols.prefix+"Code", "missing: GDELT coded no first actor for this event")
		}
		return nil
	}
	a := classify(cols)
	if a.name == "" {
		b.p.add(cols.prefix+"Name", "missing: the actor coded %q has no name", cols.code)
		return nil
	}
	out := &rowActor{gdeltActor: a}
	key := nodeKey{"actor", string(a.kind)}
	out.id = b.allocate(a.base, key, strings.ToLower(string(a.kind)))
	if out.id == "" {
		b.p.add(cols.prefix+"Name", "%q has no letters or digits to make an id of", cols.name)
		return nil
	}
	if a.tie != "" {
		out.countryID = b.allocate(a.country, nodeKey{"actor", string(graph.Country)})
		if out.countryID == out.id {
			out.tie = ""
		}
	}
	b.fields[graph.FactRef{Kind: "actor", ID: out.id}.String()] = cols.prefix + "Name"
	return out
}

// rowPlace is the place of a row's event.
type rowPlace struct {
	id, name, fullName string
	kind               graph.PlaceKind
	geoType            string
	// country is the name of the country it is in (from the FIPS code),
	// countryID that country's id; "" when unknown.
	country, countryID string
}

// geoTypes say what GDELT's geographic types are; placeKinds what they
// become.
var (
	geoTypes = map[string]string{
		"1": "a country", "2": "a US state", "3": "a US city", "4": "a world city", "5": "a world state or province",
	}
	placeKinds = map[string]graph.PlaceKind{
		"1": graph.CountryKind, "2": graph.Region, "3": graph.City, "4": graph.City, "5": graph.Region,
	}
)

// place reads ActionGeo_*: nil when the row has no place of the action.
func (b *builder) place() *rowPlace {
	r := b.r
	geo := r.get("ActionGeo_Type")
	full := strings.Join(strings.Fields(r.get("ActionGeo_FullName")), " ")
	if geo == "" || geo == "0" {
		return nil
	}
	kind, ok := placeKinds[geo]
	if !ok {
		b.p.add("ActionGeo_Type", "%q is not a GDELT geographic type: 0 (none), 1 (country), 2 (US state), 3 (US city), 4 (world city) or 5 (world state)", geo)
		return nil
	}
	if full == "" {
		b.p.add("ActionGeo_FullName", "missing: ActionGeo_Type %s names a place", geo)
		return nil
	}
	pl := &rowPlace{fullName: full, kind: kind, geoType: geo}
	pl.country, _ = CountryOfFIPS(r.get("ActionGeo_CountryCode"))
	if kind == graph.CountryKind {
		name := pl.country
		if name == "" {
			name, _ = CountryNamed(full)
		}
		if name == "" {
			// A country GDELT names that the table does not know: no place.
			return nil
		}
		pl.name, pl.country = name, name
		pl.id = b.allocate(name, nodeKey{"actor", string(graph.Country)})
		return pl
	}
	pl.name = strings.TrimSpace(strings.Split(full, ",")[0])
	if pl.country != "" {
		pl.countryID = b.allocate(pl.country, nodeKey{"actor", string(graph.Country)})
	}
	// A city or region named like a country (Luxembourg, Georgia in the
	// US) takes a longer id: the country keeps its own.
	var quals []string
	if graph.Slug(pl.name) == graph.Slug(pl.country) {
		quals = append(quals, string(kind))
	} else if pl.country != "" {
		quals = append(quals, pl.country)
	}
	quals = append(quals, string(kind))
	pl.id = b.allocate(pl.name, nodeKey{"place", string(kind)}, quals...)
	if pl.id == "" {
		b.p.add("ActionGeo_FullName", "%q has no letters or digits to make an id of", full)
		return nil
	}
	if pl.id == pl.countryID {
		pl.countryID = ""
	}
	b.fields[graph.FactRef{Kind: "place", ID: pl.id}.String()] = "ActionGeo_FullName"
	return pl
}

// allocate gives a node of this row its id: the slug of its name, unless
// a country has that id or another row or fact gave it to another kind of
// node; then the slug of the name with each qualifier in turn, then
// numbered. Countries always take their own slug.
func (b *builder) allocate(name string, key nodeKey, qualifiers ...string) string {
	base := graph.Slug(name)
	if base == "" {
		return ""
	}
	country := key == nodeKey{"actor", string(graph.Country)}
	free := func(id string) bool {
		if !country && isCountryID(id) {
			return false
		}
		if k, ok := b.local[id]; ok {
			return k == key
		}
		if k, ok := b.c.ids[id]; ok {
			return k == key
		}
		return true
	}
	cands := []string{base}
	if !country {
		for _, q := range qualifiers {
			cands = append(cands, graph.Slug(name+" "+q))
		}
		for i := 2; i < 10; i++ {
			cands = append(cands, fmt.Sprintf("%s-%d", base, i))
		}
	}
	for _, id := range cands {
		if free(id) {
			b.local[id] = key
			return id
		}
	}
	b.p.add("row", "no free id for %q: %s are taken by other kinds of node", name, strings.Join(cands, ", "))
	return ""
}

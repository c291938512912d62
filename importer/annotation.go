package importer

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/dates"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// The annotation file's types are the extract package's draft types: a
// draft and a curated annotation are one format (docs/annotation.md).
type (
	annotation   = extract.Annotation
	actorSpec    = extract.Actor
	placeSpec    = extract.Place
	dateSpec     = extract.Date
	eventSpec    = extract.Event
	relationSpec = extract.Relation
)

// spaced folds the non-breaking and narrow spaces news sites put in text.
var spaced = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2009", " ")

var (
	cameoRE    = regexp.MustCompile(`^[0-9]{2,4}$`)
	currencyRE = regexp.MustCompile(`^[A-Z]{3}$`)
)

// checker validates one annotation against its article and builds the
// article's facts. Every problem is recorded; none stops the check.
type checker struct {
	file    string
	lines   map[string]int
	probs   *problems
	article graph.Article
	pub     time.Time
	// ids maps every declared id to what declared it: "actor", "place" or
	// "event".
	ids    map[string]string
	actors map[string]actorSpec
	places map[string]placeSpec
	events map[string]eventSpec
	dates  map[string]*graph.Date
	// paths maps each fact (FactRef.String) to where the annotation states
	// it, such as actors[3], so that problems package graph finds come
	// back to a line.
	paths map[string]string
	// notes are what the import should say but not refuse: event and
	// relation quotes that occur more than once, and which occurrence
	// was taken.
	notes []Problem
}

func (c *checker) bad(path, format string, args ...any) {
	c.probs.add(c.file, lineFor(c.lines, path), path, format, args...)
}

// readAnnotation reads and checks the annotation file of an article.
func readAnnotation(path string, article graph.Article, probs *problems) (*graph.ArticleFacts, *checker, bool) {
	raw, err := os.ReadFile(path)
	if err != nil {
		probs.add(path, 0, "", "cannot read the annotation: %v", err)
		return nil, nil, false
	}
	return checkAnnotation(path, raw, article, probs)
}

// checkAnnotation checks an annotation's YAML, named path in problems.
// An annotation that states nothing is refused: importing it would
// withdraw everything the article stated before, which a truncated file
// must not do; `eventgraph remove` withdraws an article on purpose.
func checkAnnotation(path string, raw []byte, article graph.Article, probs *problems) (*graph.ArticleFacts, *checker, bool) {
	if blankYAML(raw) {
		probs.add(path, 0, "", "the annotation is empty: it would withdraw everything the article states; "+
			"to remove an article and its facts, use eventgraph remove %s", article.ID)
		return nil, nil, false
	}
	var ann annotation
	lines, ok := decodeYAML(path, raw, 0, &ann, probs)
	if !ok {
		return nil, nil, false
	}
	before := len(probs.list)
	pub, _ := graph.ParseDay(article.Published)
	c := &checker{
		file: path, lines: lines, probs: probs, article: article, pub: pub,
		ids: map[string]string{}, actors: map[string]actorSpec{}, places: map[string]placeSpec{},
		events: map[string]eventSpec{}, dates: map[string]*graph.Date{}, paths: map[string]string{},
	}
	facts := c.check(&ann)
	return facts, c, len(probs.list) == before
}

func (c *checker) declare(path, id, what string) {
	switch {
	case id == "":
		c.bad(path, "missing: a stable id such as alexander-lukashenko")
	case !slugRE.MatchString(id):
		c.bad(path, "%q is not an id: use lower-case letters, digits and dashes", id)
	case c.ids[id] != "":
		c.bad(path, "duplicate id %q: already declared as a%s %s", id, article(c.ids[id]), c.ids[id])
	default:
		c.ids[id] = what
	}
}

func article(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "n"
	}
	return ""
}

func (c *checker) check(ann *annotation) *graph.ArticleFacts {
	facts := &graph.ArticleFacts{Article: c.article}
	// Declarations first, so that references may point forwards.
	for i, a := range ann.Actors {
		c.declare(fmt.Sprintf("actors[%d].id", i), a.ID, "actor")
		c.actors[a.ID] = a
	}
	for i, p := range ann.Places {
		c.declare(fmt.Sprintf("places[%d].id", i), p.ID, "place")
		c.places[p.ID] = p
	}
	for i, e := range ann.Events {
		c.declare(fmt.Sprintf("events[%d].id", i), e.ID, "event")
		c.events[e.ID] = e
	}

	for i, a := range ann.Actors {
		c.paths[graph.FactRef{Kind: "actor", ID: a.ID}.String()] = fmt.Sprintf("actors[%d]", i)
		facts.Actors = append(facts.Actors, c.actor(fmt.Sprintf("actors[%d]", i), a))
	}
	// seen finds relations stated twice, a place's "in" included.
	seen := map[string]string{}
	for i, p := range ann.Places {
		place, rel := c.place(fmt.Sprintf("places[%d]", i), p)
		facts.Places = append(facts.Places, place)
		c.paths[graph.FactRef{Kind: "place", ID: p.ID}.String()] = fmt.Sprintf("places[%d]", i)
		if rel != nil {
			c.paths[relationRef(*rel).String()] = fmt.Sprintf("places[%d].in", i)
			facts.Relations = append(facts.Relations, *rel)
			seen[string(rel.Type)+" "+rel.From+" "+rel.To] = fmt.Sprintf("places[%d].in", i)
		}
	}
	// Events in an order where anchors come before the events that count
	// from them; anchors form no cycles because each resolves only once.
	for i, e := range ann.Events {
		c.paths[graph.FactRef{Kind: "event", ID: e.ID}.String()] = fmt.Sprintf("events[%d]", i)
		if ev, ok := c.event(fmt.Sprintf("events[%d]", i), e, ann.Events); ok {
			facts.Events = append(facts.Events, ev)
		}
	}
	for _, a := range ann.Actors {
		facts.SameAs, facts.NotSameAs = identity(facts.SameAs, facts.NotSameAs, a.ID, a.SameAs, a.NotSameAs)
	}
	for _, e := range ann.Events {
		facts.SameAs, facts.NotSameAs = identity(facts.SameAs, facts.NotSameAs, e.ID, e.SameAs, e.NotSameAs)
	}
	for i, r := range ann.Relations {
		path := fmt.Sprintf("relations[%d]", i)
		rel := c.relation(path, r)
		key := string(rel.Type) + " " + rel.From + " " + rel.To
		if first, dup := seen[key]; dup {
			c.bad(path, "duplicate relation %s from %s to %s: already stated at %s", rel.Type, rel.From, rel.To, first)
			continue
		}
		seen[key] = path
		c.paths[relationRef(rel).String()] = path
		facts.Relations = append(facts.Relations, rel)
	}
	return facts
}

// identity adds a node's sameAs and notSameAs to the article's maps.
func identity(same map[string]string, not map[string][]string, id, sameAs string, notSameAs []string) (map[string]string, map[string][]string) {
	if sameAs != "" {
		if same == nil {
			same = map[string]string{}
		}
		same[id] = sameAs
	}
	if len(notSameAs) > 0 {
		if not == nil {
			not = map[string][]string{}
		}
		not[id] = append(not[id], notSameAs...)
	}
	return same, not
}

// quotes checks that every quote is a verbatim substring of the article
// and locates it. A fact needs at least one.
func (c *checker) quotes(path string, qs []string) []graph.Source {
	return c.locate(path, qs, false)
}

// statingQuotes locates the quotes of a fact a sentence states (an event,
// a relation): where such a quote occurs more than once, a note says
// which occurrence was taken. A name that recurs needs no note: any of
// its mentions names the actor or place alike.
func (c *checker) statingQuotes(path string, qs []string) []graph.Source {
	return c.locate(path, qs, true)
}

func (c *checker) locate(path string, qs []string, noteRepeats bool) []graph.Source {
	if len(qs) == 0 {
		c.bad(path+".quotes", "missing: at least one verbatim quote from the article that states this")
		return nil
	}
	var out []graph.Source
	for i, q := range qs {
		p := fmt.Sprintf("%s.quotes[%d]", path, i)
		if strings.TrimSpace(q) == "" {
			c.bad(p, "empty quote")
			continue
		}
		at := strings.Index(c.article.Text, q)
		if at < 0 {
			hint := "check quotes, apostrophes and dashes"
			if strings.Contains(spaced.Replace(c.article.Text), spaced.Replace(q)) {
				hint = "it differs only in white space: the article has a non-breaking space there; write it as \\u00a0 in a double-quoted YAML string"
			}
			c.bad(p, "%q is not a verbatim substring of the article text (%s)", short(q), hint)
			continue
		}
		start := utf8.RuneCountInString(c.article.Text[:at])
		if n := strings.Count(c.article.Text, q); noteRepeats && n > 1 {
			c.notes = append(c.notes, Problem{File: c.file, Line: lineFor(c.lines, p), Field: p,
				Message: fmt.Sprintf("%q occurs %d times in the text; the first, at code point %d, is taken: lengthen the quote to pick another",
					short(q), n, start)})
		}
		out = append(out, graph.Source{ArticleID: c.article.ID, Quote: q, Start: start, End: start + utf8.RuneCountInString(q)})
	}
	return out
}

func short(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "..."
}

func (c *checker) actor(path string, a actorSpec) graph.SourcedActor {
	if strings.TrimSpace(a.Name) == "" {
		c.bad(path+".name", "missing: the actor's name")
	}
	if !slices.Contains(graph.ActorKinds, graph.ActorKind(a.Kind)) {
		c.bad(path+".kind", "%q is not an actor kind; expected one of %s", a.Kind, list(graph.ActorKinds))
	}
	aliases := []string{}
	for i, al := range a.Aliases {
		if strings.TrimSpace(al) == "" {
			c.bad(fmt.Sprintf("%s.aliases[%d]", path, i), "empty alias")
			continue
		}
		aliases = append(aliases, al)
	}
	return graph.SourcedActor{
		Actor:   graph.Actor{ID: a.ID, Name: a.Name, Kind: graph.ActorKind(a.Kind), Aliases: aliases, Description: a.Description},
		Sources: c.quotes(path, a.Quotes),
	}
}

func (c *checker) place(path string, p placeSpec) (graph.SourcedPlace, *graph.Relation) {
	if strings.TrimSpace(p.Name) == "" {
		c.bad(path+".name", "missing: the place's name")
	}
	switch {
	case graph.PlaceKind(p.Kind) == graph.CountryKind:
		c.bad(path+".kind", "a country is declared once, as an actor of kind Country, and used as a place by its id")
	case !slices.Contains(graph.PlaceKinds, graph.PlaceKind(p.Kind)):
		c.bad(path+".kind", "%q is not a place kind; expected one of city, region, site", p.Kind)
	}
	sources := c.quotes(path, p.Quotes)
	place := graph.SourcedPlace{Place: graph.Place{ID: p.ID, Name: p.Name, Kind: graph.PlaceKind(p.Kind)}, Sources: sources}
	if p.In == "" {
		return place, nil
	}
	if !c.isPlace(p.In) {
		c.bad(path+".in", "%q is not a declared place or Country actor", p.In)
		return place, nil
	}
	return place, &graph.Relation{Type: graph.LocatedIn, From: p.ID, To: p.In, Sources: sources}
}

// isPlace reports whether id names a place: a declared place or a country.
func (c *checker) isPlace(id string) bool {
	if _, ok := c.places[id]; ok {
		return true
	}
	a, ok := c.actors[id]
	return ok && graph.ActorKind(a.Kind) == graph.Country
}

func (c *checker) event(path string, e eventSpec, all []eventSpec) (graph.Event, bool) {
	before := len(c.probs.list)
	ev := graph.Event{ID: e.ID, Type: graph.EventType(e.Type), Title: e.Title, Summary: e.Summary, CAMEO: e.CAMEO, Planned: e.Planned}
	if !slices.Contains(graph.EventTypes, ev.Type) {
		c.bad(path+".type", "%q is not an event type; expected one of %s", e.Type, list(graph.EventTypes))
	}
	if strings.TrimSpace(e.Title) == "" {
		c.bad(path+".title", "missing: a one-line title")
	}
	if e.CAMEO != "" && !cameoRE.MatchString(e.CAMEO) {
		c.bad(path+".cameo", "%q is not a CAMEO code: 2 to 4 digits as a string, such as \"042\"", e.CAMEO)
	}
	if d, ok := c.eventDate(path, e, all, map[string]bool{}); ok {
		ev.Date = *d
	}
	if e.Place != "" {
		if !c.isPlace(e.Place) {
			c.bad(path+".place", "%q is not a declared place or Country actor", e.Place)
		} else {
			ev.Place = &graph.PlaceRef{ID: e.Place}
		}
	}
	if a := e.Amount; a != nil {
		if a.Value <= 0 {
			c.bad(path+".amount.value", "must be a positive number of whole currency units, such as 1500000000")
		}
		if !currencyRE.MatchString(a.Currency) {
			c.bad(path+".amount.currency", "%q is not an ISO 4217 code such as USD", a.Currency)
		}
		ev.Amount = &graph.Amount{Value: a.Value, Currency: a.Currency}
	}
	if n := e.Count; n != nil {
		if n.Value < 0 {
			c.bad(path+".count.value", "must not be negative")
		}
		if !slices.Contains(graph.CountQualifiers, graph.CountQualifier(n.Qualifier)) {
			c.bad(path+".count.qualifier", "%q is not a count qualifier; expected one of %s", n.Qualifier, list(graph.CountQualifiers))
		}
		ev.Count = &graph.Count{Value: n.Value, Qualifier: graph.CountQualifier(n.Qualifier), Unit: n.Unit}
	}
	if len(e.Participants) == 0 {
		c.bad(path+".participants", "missing: at least one actor with a role")
	}
	inEvent := map[string]bool{}
	for i, p := range e.Participants {
		pp := fmt.Sprintf("%s.participants[%d]", path, i)
		if _, ok := c.actors[p.Actor]; !ok {
			c.bad(pp+".actor", "%q is not a declared actor", p.Actor)
		}
		if !graph.IsValidRole(p.Role) {
			c.bad(pp+".role", "%q is not a role; expected one of %s", p.Role, strings.Join(graph.Roles, ", "))
		}
		if inEvent[p.Actor] {
			c.bad(pp+".actor", "%q takes part twice; give an actor one role per event", p.Actor)
		}
		inEvent[p.Actor] = true
		ev.Participants = append(ev.Participants, graph.Participant{ActorID: p.Actor, Role: p.Role})
	}
	ev.Sources = c.statingQuotes(path, e.Quotes)
	return ev, len(c.probs.list) == before
}

// eventDate resolves an event's date once, resolving its anchor first.
func (c *checker) eventDate(path string, e eventSpec, all []eventSpec, visiting map[string]bool) (*graph.Date, bool) {
	if d, ok := c.dates[e.ID]; ok {
		return d, d != nil
	}
	if e.Date == nil {
		c.bad(path+".date", "missing: give text (the article's wording) or start")
		c.dates[e.ID] = nil
		return nil, false
	}
	var anchor *graph.Date
	if a := e.Date.Anchor; a != "" {
		idx := slices.IndexFunc(all, func(x eventSpec) bool { return x.ID == a })
		switch {
		case idx < 0:
			c.bad(path+".date.anchor", "%q is not a declared event", a)
		case visiting[a] || a == e.ID:
			c.bad(path+".date.anchor", "%q counts from itself through its anchors", a)
		default:
			visiting[e.ID] = true
			anchor, _ = c.eventDate(fmt.Sprintf("events[%d]", idx), all[idx], all, visiting)
			if anchor == nil {
				c.bad(path+".date.anchor", "the anchor event %q has no usable date", a)
			}
		}
		if anchor == nil {
			c.dates[e.ID] = nil
			return nil, false
		}
	}
	d, ok := c.date(path+".date", e.Date, anchor)
	if !ok {
		c.dates[e.ID] = nil
		return nil, false
	}
	c.dates[e.ID] = &d
	return &d, true
}

// date resolves a date: an explicit start (YYYY, YYYY-MM or YYYY-MM-DD)
// with optional end and precision, or else the wording in text.
func (c *checker) date(path string, d *dateSpec, anchor *graph.Date) (graph.Date, bool) {
	if d.Precision != "" && !slices.Contains(graph.Precisions, graph.Precision(d.Precision)) {
		c.bad(path+".precision", "%q is not a precision; expected one of %s", d.Precision, list(graph.Precisions))
		return graph.Date{}, false
	}
	if d.Start == "" {
		if d.Text == "" {
			c.bad(path, "give text (the article's wording) or start")
			return graph.Date{}, false
		}
		out, err := dates.Resolve(d.Text, dates.Context{Published: c.pub, Anchor: anchor})
		if err != nil {
			c.bad(path+".text", "%v", err)
			return graph.Date{}, false
		}
		return out, true
	}
	start, startPrec, err := parsePartial(d.Start)
	if err != nil {
		c.bad(path+".start", "%v", err)
		return graph.Date{}, false
	}
	prec := startPrec
	if d.Precision != "" {
		prec = graph.Precision(d.Precision)
	}
	if rank(prec) < rank(startPrec) {
		c.bad(path+".precision", "%s is finer than the start %q gives", prec, d.Start)
		return graph.Date{}, false
	}
	lo, hi := dates.Widen(start, prec)
	if d.End != "" {
		end, endPrec, err := parsePartial(d.End)
		if err != nil {
			c.bad(path+".end", "%v", err)
			return graph.Date{}, false
		}
		_, hi = dates.Widen(end, endPrec)
		if hi.Before(lo) {
			c.bad(path+".end", "%q is before the start %q", d.End, d.Start)
			return graph.Date{}, false
		}
	}
	return graph.Date{Start: graph.FormatDay(lo), End: graph.FormatDay(hi), Precision: prec, Text: d.Text}, true
}

func rank(p graph.Precision) int { return slices.Index(graph.Precisions, p) }

// parsePartial parses YYYY, YYYY-MM or YYYY-MM-DD into its first day and
// the precision its length implies.
func parsePartial(s string) (time.Time, graph.Precision, error) {
	layouts := []struct {
		layout string
		p      graph.Precision
	}{{"2006-01-02", graph.Day}, {"2006-01", graph.Month}, {"2006", graph.Year}}
	for _, l := range layouts {
		if len(s) == len(l.layout) {
			if t, err := time.Parse(l.layout, s); err == nil {
				return t, l.p, nil
			}
		}
	}
	return time.Time{}, "", fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
}

func (c *checker) relation(path string, r relationSpec) graph.Relation {
	rel := graph.Relation{Type: graph.RelationType(r.Type), From: r.From, To: r.To, Title: r.Title}
	if !slices.Contains(graph.RelationTypes, rel.Type) {
		c.bad(path+".type", "%q is not a relation type; expected one of %s", r.Type, list(graph.RelationTypes))
	}
	for _, end := range []struct{ field, id string }{{"from", r.From}, {"to", r.To}} {
		if _, ok := c.actors[end.id]; !ok && !c.isPlace(end.id) {
			c.bad(path+"."+end.field, "%q is not a declared actor or place", end.id)
		}
	}
	if r.From == r.To && r.From != "" {
		c.bad(path+".to", "a relation joins two different actors")
	}
	if r.Since != nil {
		if d, ok := c.date(path+".since", r.Since, nil); ok {
			rel.Since = &d
		}
	}
	if r.Until != nil {
		if d, ok := c.date(path+".until", r.Until, nil); ok {
			rel.Until = &d
		}
	}
	rel.Sources = c.statingQuotes(path, r.Quotes)
	return rel
}

func list[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// relationRef names a relation the way package graph's problems do.
func relationRef(r graph.Relation) graph.FactRef {
	return graph.FactRef{Kind: "relation", ID: string(r.Type) + " " + r.From + " " + r.To}
}

// fieldPath is where the annotation holds a field of a fact that package
// graph found a problem with; "" when the fact is not in the annotation.
func (c *checker) fieldPath(fact graph.FactRef, field string) string {
	p, ok := c.paths[fact.String()]
	if !ok {
		return ""
	}
	if field == "" || strings.HasSuffix(p, ".in") {
		return p
	}
	return p + "." + field
}

// blankYAML reports whether raw holds nothing but white space and
// comments.
func blankYAML(raw []byte) bool {
	for _, l := range strings.Split(string(raw), "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			return false
		}
	}
	return true
}

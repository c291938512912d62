package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	gojson "github.com/goccy/go-json"
)

// Graph is eventgraph's knowledge graph over one backend: every query is
// checked, run and put in canonical order here, and every import is
// validated and planned here, so that all backends give the same answers
// and keep the same guarantees. It is safe for concurrent use.
type Graph struct {
	b         Backend
	overrides *Overrides
	// asOf, when set, limits reads of events to what articles published
	// by then said (see AsOf).
	asOf CalendarDay
	// literal skips resolution (see WithoutResolution).
	literal bool
	// group is how many articles an import writes per transaction (see
	// WithWriteGroups); 0 or 1 for one each.
	group int
	// timeline keeps the timeline in memory (see WithTimelineIndex); nil
	// for none.
	timeline *timelineCache
}

// New returns the graph stored in b.
func New(b Backend) *Graph {
	return &Graph{b: b}
}

// WithoutResolution returns the graph with imports that take every id as
// given: nothing is resolved against the store. For bulk loads whose ids
// already agree across articles, and to measure what resolution costs.
func (g *Graph) WithoutResolution() *Graph {
	c := *g
	c.literal = true
	return &c
}

// WithWriteGroups returns the graph with imports that write up to n
// articles in one transaction, each resolved against the ones before it
// as if they were written one by one: the graph is the same, with a commit
// per n articles instead of per article. An interruption then undoes the
// whole group in flight, and a lost commit leaves the group in the store
// or not at all. n <= 1 writes each article on its own.
func (g *Graph) WithWriteGroups(n int) *Graph {
	c := *g
	c.group = n
	return &c
}

// WithOverrides returns the graph with identity overrides that imports
// respect (merges a person split).
func (g *Graph) WithOverrides(o *Overrides) *Graph {
	c := *g
	c.overrides = o
	return &c
}

// Ping returns nil when the store answers, an ErrUnavailable otherwise.
func (g *Graph) Ping(ctx context.Context) error {
	if err := g.b.Ping(ctx); err != nil {
		return g.fail(ctx, "ping", err)
	}
	return nil
}

// Close stops a timeline index build in flight and closes the store.
func (g *Graph) Close(ctx context.Context) error {
	if g.timeline != nil {
		g.timeline.close()
	}
	return g.b.Close(ctx)
}

// fail gives a backend error its context once. A request whose client went
// away or whose deadline passed fails with the context's error, whatever
// form the backend's error took, so that callers can tell a cancelled
// request from a broken store without reading messages.
func (g *Graph) fail(ctx context.Context, op string, err error) error {
	var nf *NotFoundError
	var inv *InvalidError
	var fe *FactsError
	if errors.As(err, &nf) || errors.As(err, &inv) || errors.As(err, &fe) {
		return err
	}
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%s: %w (%v)", op, cerr, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// view runs fn in one read transaction of the backend.
func (g *Graph) view(ctx context.Context, op string, fn func(View) error) error {
	if err := g.b.View(ctx, fn); err != nil {
		return g.fail(ctx, op, err)
	}
	return nil
}

// Article returns one article with its text.
func (g *Graph) Article(ctx context.Context, id string) (*Article, error) {
	var a Article
	err := g.view(ctx, "article", func(v View) error {
		var ok bool
		var err error
		a, ok, err = v.Article(ctx, id)
		if err == nil && !ok {
			err = &NotFoundError{Kind: "article", ID: id}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// HeldArticles says which of ids name articles the store holds, in one
// read: an import that resumes skips what it wrote before without a round
// trip per article.
func (g *Graph) HeldArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	held := map[string]bool{}
	if len(ids) == 0 {
		return held, nil
	}
	err := g.view(ctx, "articles held", func(v View) error {
		methods, err := v.ArticleMethods(ctx, ids)
		for id := range methods {
			held[id] = true
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return held, nil
}

// Articles lists articles without their text, newest first, then by id.
func (g *Graph) Articles(ctx context.Context, q ArticleQuery) (Page[Article], error) {
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return Page[Article]{}, err
	}
	after, err := decodeArticleKey(q.Cursor)
	if err != nil {
		return Page[Article]{}, err
	}
	var items []Article
	err = g.view(ctx, "articles", func(v View) error {
		items, err = v.Articles(ctx, after, limit+1)
		return err
	})
	if err != nil {
		return Page[Article]{}, err
	}
	for i := range items {
		items[i].Text = ""
	}
	return page(items, limit, articleCursor), nil
}

// page cuts a limit+1 result down to limit and makes the next cursor.
func page[T any](items []T, limit int, cursor func(T) string) Page[T] {
	p := Page[T]{Items: nonNil(items)}
	if len(items) > limit {
		p.Items = items[:limit]
		p.Next = cursor(items[limit-1])
	}
	return p
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Actors lists actors ordered by folded name, then id.
func (g *Graph) Actors(ctx context.Context, q ActorQuery) (Page[Actor], error) {
	f, limit, err := actorFilter(q)
	if err != nil {
		return Page[Actor]{}, err
	}
	var items []Actor
	err = g.view(ctx, "actors", func(v View) error {
		items, err = v.Actors(ctx, f, limit+1)
		return err
	})
	if err != nil {
		return Page[Actor]{}, err
	}
	for i := range items {
		items[i].Aliases = nonNil(items[i].Aliases)
	}
	return page(items, limit, actorCursor), nil
}

// Actor returns one actor with its relations (ordered by type, from, to),
// its number of events, its quotes and its provenance.
func (g *Graph) Actor(ctx context.Context, id string) (*ActorDetail, error) {
	var d *ActorDetail
	err := g.view(ctx, "actor", func(v View) error {
		var err error
		d, err = v.ActorDetail(ctx, id)
		if err == nil && d == nil {
			err = &NotFoundError{Kind: "actor", ID: id}
		}
		if err != nil {
			return err
		}
		// The quotes shown put curated articles first: when any article
		// quoting the actor is curated, one shown is.
		methods, err := articleMethods(ctx, v, d.Sources)
		d.Provenance = provenance(d.Sources, methods)
		return err
	})
	if err != nil {
		return nil, err
	}
	d.Aliases = nonNil(d.Aliases)
	d.Relations = nonNil(d.Relations)
	for i := range d.Relations {
		d.Relations[i].Sources = nonNil(d.Relations[i].Sources)
		sortSources(d.Relations[i].Sources)
	}
	sortRelations(d.Relations)
	d.Sources = nonNil(d.Sources)
	sortSources(d.Sources)
	return d, nil
}

// Event returns one event with its participants, quotes and provenance.
func (g *Graph) Event(ctx context.Context, id string) (*Event, error) {
	var events []Event
	err := g.view(ctx, "event", func(v View) error {
		var err error
		events, err = v.Events(ctx, EventFilter{ID: id, AsOf: g.asOf}, 1)
		if err == nil {
			events, err = g.finish(events, nil)
		}
		if err == nil && len(events) == 0 {
			err = &NotFoundError{Kind: "event", ID: id}
		}
		if err != nil {
			return err
		}
		return setProvenance(ctx, v, events)
	})
	if err != nil {
		return nil, err
	}
	events[0].normalize()
	return &events[0], nil
}

// Timeline lists events ordered by start day, then id: decoded from the
// in-memory index when it answers (see WithTimelineIndex), else read from
// the store.
func (g *Graph) Timeline(ctx context.Context, q TimelineQuery) (Page[Event], error) {
	f, limit, err := timelineFilter(q)
	if err != nil {
		return Page[Event]{}, err
	}
	if p, ok := g.fromIndex(ctx, f, limit); ok {
		out := Page[Event]{Items: make([]Event, len(p.Items)), Next: p.Next}
		for i, b := range p.Items {
			if err := gojson.Unmarshal(b, &out.Items[i]); err != nil {
				return Page[Event]{}, fmt.Errorf("timeline: decode event: %w", err)
			}
		}
		return out, nil
	}
	return g.timelineFromStore(ctx, f, limit)
}

// timelineFromStore reads a checked timeline query from the store.
func (g *Graph) timelineFromStore(ctx context.Context, f EventFilter, limit int) (Page[Event], error) {
	f.AsOf = g.asOf
	var items []Event
	// keys are the stored positions of the events: as of a day an event
	// may show another date than the one the store pages by, and the
	// cursor must continue where the store left off.
	keys := map[string]string{}
	err := g.view(ctx, "timeline", func(v View) error {
		// As of a day an event may have fewer sources than the store
		// counts today, so the page is filled again after filtering.
		for {
			batch, err := v.Events(ctx, f, limit+1)
			if err != nil {
				return err
			}
			more := len(batch) == limit+1
			for _, e := range batch {
				keys[e.ID] = e.Date.Start
			}
			if len(batch) > 0 {
				last := batch[len(batch)-1]
				f.After = &EventKey{Start: mustDay(last.Date.Start), ID: last.ID}
			}
			if batch, err = g.finish(batch, f.Actors); err != nil {
				return err
			}
			for _, e := range batch {
				if e.SourceCount >= f.MinSources {
					items = append(items, e)
				}
			}
			if !more || len(items) > limit {
				break
			}
		}
		if len(items) > limit+1 {
			items = items[:limit+1]
		}
		return setProvenance(ctx, v, items)
	})
	if err != nil {
		return Page[Event]{}, err
	}
	for i := range items {
		items[i].normalize()
	}
	return page(items, limit, func(e Event) string { return encodeCursor(timelineCursor, keys[e.ID], e.ID) }), nil
}

// Meetings lists Meeting events in date order, then id. An unknown actor
// in the query is a NotFoundError naming its parameter.
func (g *Graph) Meetings(ctx context.Context, q MeetingQuery) ([]Event, error) {
	from, to, err := checkRange(q.From, q.To)
	if err != nil {
		return nil, err
	}
	f := EventFilter{Type: Meeting, From: from, To: to, AsOf: g.asOf}
	var params []param
	for _, p := range []param{{"actor", q.Actor}, {"with", q.With}} {
		if p.id != "" {
			params = append(params, p)
			f.Actors = append(f.Actors, p.id)
		}
	}
	var events []Event
	err = g.view(ctx, "meetings", func(v View) error {
		if err := requireActors(ctx, v, params...); err != nil {
			return err
		}
		if events, err = v.Events(ctx, f, 0); err != nil {
			return err
		}
		if events, err = g.finish(events, f.Actors); err != nil {
			return err
		}
		return setProvenance(ctx, v, events)
	})
	if err != nil {
		return nil, err
	}
	for i := range events {
		events[i].normalize()
	}
	return nonNil(events), nil
}

// Met returns everyone the actor met, most meetings first, then by id.
func (g *Graph) Met(ctx context.Context, actorID string) ([]Counterpart, error) {
	var events []Event
	err := g.view(ctx, "met", func(v View) error {
		if err := requireActors(ctx, v, param{"", actorID}); err != nil {
			return err
		}
		var err error
		if events, err = v.Events(ctx, EventFilter{Type: Meeting, Actors: []string{actorID}, AsOf: g.asOf}, 0); err != nil {
			return err
		}
		if events, err = g.finish(events, []string{actorID}); err != nil {
			return err
		}
		return setProvenance(ctx, v, events)
	})
	if err != nil {
		return nil, err
	}
	for i := range events {
		events[i].normalize()
	}
	return counterparts(actorID, events), nil
}

// MetPage pages through the actors someone met, most meetings first, then
// by id, each with the first MeetingsPerCounterpart meetings in date order
// and the number of all of them. The store counts the meetings per
// counterpart; only the listed meetings are read whole, so the busiest
// actor's page costs a page. As of a day, what was reported by then is
// counted from the meetings themselves. An unknown actor is a
// NotFoundError.
func (g *Graph) MetPage(ctx context.Context, q MetQuery) (Page[Counterpart], error) {
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return Page[Counterpart]{}, err
	}
	after, err := decodeCounterpartKey(q.Cursor)
	if err != nil {
		return Page[Counterpart]{}, err
	}
	if !g.asOf.IsZero() {
		all, err := g.Met(ctx, q.Actor)
		if err != nil {
			return Page[Counterpart]{}, err
		}
		if after != nil {
			all = slices.DeleteFunc(all, func(c Counterpart) bool {
				return !after.before(c.MeetingCount, c.Actor.ID)
			})
		}
		for i := range all {
			all[i].Meetings = all[i].Meetings[:min(len(all[i].Meetings), MeetingsPerCounterpart)]
		}
		return page(all[:min(len(all), limit+1)], limit, metCursorOf), nil
	}
	if p, ok, err := g.metFromIndex(ctx, q.Actor, after, limit); ok || err != nil {
		return p, err
	}
	var out []Counterpart
	err = g.view(ctx, "met", func(v View) error {
		if err := requireActors(ctx, v, param{"", q.Actor}); err != nil {
			return err
		}
		counts, err := v.Counterparts(ctx, q.Actor, after, limit+1)
		if err != nil {
			return err
		}
		with := make([]string, len(counts))
		for i, c := range counts {
			with[i] = c.ActorID
		}
		meetings, err := v.MeetingsWith(ctx, q.Actor, with, MeetingsPerCounterpart)
		if err != nil {
			return err
		}
		var all []Event
		for _, c := range counts {
			events, err := g.finish(meetings[c.ActorID], []string{q.Actor})
			if err != nil {
				return err
			}
			all = append(all, events...)
			refs := make([]MeetingRef, len(events))
			for i := range events {
				refs[i].EventID = events[i].ID
			}
			out = append(out, Counterpart{Actor: ActorRef{ID: c.ActorID}, MeetingCount: c.Meetings, Meetings: refs})
		}
		if err := setProvenance(ctx, v, all); err != nil {
			return err
		}
		// Fill names and meetings from the events read.
		byID := map[string]Event{}
		for _, e := range all {
			e.normalize()
			byID[e.ID] = e
		}
		for i := range out {
			c := &out[i]
			for j, ref := range c.Meetings {
				e := byID[ref.EventID]
				c.Meetings[j] = meetingRef(e)
				for _, p := range e.Participants {
					if p.ActorID == c.Actor.ID {
						c.Actor = ActorRef{ID: p.ActorID, Name: p.Name, Kind: p.Kind}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return Page[Counterpart]{}, err
	}
	return page(out, limit, metCursorOf), nil
}

func meetingRef(m Event) MeetingRef {
	return MeetingRef{EventID: m.ID, Title: m.Title, Date: m.Date, Place: m.Place, SourceCount: m.SourceCount, Provenance: m.Provenance}
}

// articleMethods says, in one backend call, how the articles that the
// sources quote were made.
func articleMethods(ctx context.Context, v View, sources ...[]Source) (map[string]Method, error) {
	var ids []string
	for _, srcs := range sources {
		for _, s := range srcs {
			ids = append(ids, s.ArticleID)
		}
	}
	if len(ids) == 0 {
		return map[string]Method{}, nil
	}
	slices.Sort(ids)
	return v.ArticleMethods(ctx, slices.Compact(ids))
}

// provenance is how a fact was made: Curated when any article quoted for it
// is curated, else Extracted. A fact no quote ties to an article counts as
// Extracted: nothing shows that a person reviewed it.
func provenance(sources []Source, methods map[string]Method) Method {
	for _, s := range sources {
		if methods[s.ArticleID] == Curated {
			return Curated
		}
	}
	return Extracted
}

// setProvenance gives each event its provenance, reading how the articles
// of all of them were made in one call.
func setProvenance(ctx context.Context, v View, events []Event) error {
	sources := make([][]Source, len(events))
	for i, e := range events {
		sources[i] = e.Sources
	}
	methods, err := articleMethods(ctx, v, sources...)
	if err != nil {
		return err
	}
	for i := range events {
		events[i].Provenance = provenance(events[i].Sources, methods)
	}
	return nil
}

// param is a query parameter holding an actor id; "" is the path.
type param struct{ name, id string }

// requireActors checks that each id is an actor, or fails with a
// NotFoundError naming its parameter.
func requireActors(ctx context.Context, v View, params ...param) error {
	ids := make([]string, len(params))
	for i, p := range params {
		ids[i] = p.id
	}
	nodes, err := v.Nodes(ctx, ids)
	if err != nil {
		return err
	}
	for _, p := range params {
		if nodes[p.id].Label != NodeLabelActor {
			return &NotFoundError{Kind: "actor", ID: p.id, Param: p.name}
		}
	}
	return nil
}

// Stats counts the graph's nodes and edges.
func (g *Graph) Stats(ctx context.Context) (Stats, error) {
	var c Counts
	err := g.view(ctx, "stats", func(v View) error {
		var err error
		c, err = v.Counts(ctx)
		return err
	})
	if err != nil {
		return Stats{}, err
	}
	return statsOf(c), nil
}

// Stats counts the graph the way a reader counts it: a country is one of
// the actors and one of the places, and one node.
type Stats struct {
	// Nodes counts every node once: articles, actors, places and events.
	Nodes        int               `json:"nodes"`
	Articles     int               `json:"articles"`
	Actors       int               `json:"actors"`
	Places       int               `json:"places"`
	Events       int               `json:"events"`
	ActorsByKind map[ActorKind]int `json:"actorsByKind"`
	PlacesByKind map[PlaceKind]int `json:"placesByKind"`
	EventsByType map[EventType]int `json:"eventsByType"`
	// Edges counts edges by type; MENTIONS counts the quotes of actors,
	// places and events.
	Edges map[string]int `json:"edges"`
}

func statsOf(c Counts) Stats {
	s := Stats{
		Articles:     c.Articles,
		ActorsByKind: map[ActorKind]int{},
		PlacesByKind: map[PlaceKind]int{},
		EventsByType: map[EventType]int{},
		Edges:        map[string]int{},
	}
	for k, n := range c.ActorsByKind {
		if n > 0 {
			s.ActorsByKind[k] = n
			s.Actors += n
		}
	}
	for k, n := range c.PlacesByKind {
		if n > 0 && k != CountryKind {
			s.PlacesByKind[k] = n
			s.Places += n
		}
	}
	s.Nodes = s.Articles + s.Actors + s.Places
	if n := s.ActorsByKind[Country]; n > 0 {
		s.PlacesByKind[CountryKind] = n
		s.Places += n
	}
	for t, n := range c.EventsByType {
		if n > 0 {
			s.EventsByType[t] = n
			s.Events += n
		}
	}
	s.Nodes += s.Events
	for t, n := range c.Edges {
		if n > 0 {
			s.Edges[t] = n
		}
	}
	return s
}

// normalize puts an event's lists in canonical order: participants by
// actor id then role, sources by article then offsets.
func (e *Event) normalize() {
	e.Participants = nonNil(e.Participants)
	slices.SortFunc(e.Participants, func(a, b Participant) int {
		return cmp.Or(cmp.Compare(a.ActorID, b.ActorID), cmp.Compare(a.Role, b.Role))
	})
	e.Sources = nonNil(e.Sources)
	sortSources(e.Sources)
}

// sortSources orders sources by article, then offsets, then quote.
func sortSources(s []Source) {
	slices.SortFunc(s, func(a, b Source) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), cmp.Compare(a.Quote, b.Quote))
	})
}

// sortRelations orders relations by type, from, to.
func sortRelations(r []Relation) {
	slices.SortFunc(r, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
}

// counterparts groups meetings (in date order) by the other actors who
// took part: most meetings first, then by actor id.
func counterparts(actorID string, meetings []Event) []Counterpart {
	byID := map[string]*Counterpart{}
	var order []*Counterpart
	for _, m := range meetings {
		for _, p := range m.Participants {
			if p.ActorID == actorID {
				continue
			}
			c, ok := byID[p.ActorID]
			if !ok {
				c = &Counterpart{Actor: ActorRef{ID: p.ActorID, Name: p.Name, Kind: p.Kind}}
				byID[p.ActorID] = c
				order = append(order, c)
			}
			c.Meetings = append(c.Meetings, meetingRef(m))
			c.MeetingCount++
		}
	}
	out := make([]Counterpart, 0, len(order))
	for _, c := range order {
		out = append(out, *c)
	}
	slices.SortStableFunc(out, func(a, b Counterpart) int {
		return cmp.Or(cmp.Compare(len(b.Meetings), len(a.Meetings)), cmp.Compare(a.Actor.ID, b.Actor.ID))
	})
	return out
}

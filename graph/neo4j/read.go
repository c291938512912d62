package neo4j

import (
	"context"
	"fmt"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// Value conversions from what the driver returns.

func str(v any) string {
	s, _ := v.(string)
	return s
}

func i64(v any) int64 {
	n, _ := v.(int64)
	return n
}

func strs(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		out = append(out, str(x))
	}
	return out
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

// day formats a Neo4j date as YYYY-MM-DD; "" for anything else.
func day(v any) string {
	d, ok := v.(neo4jdrv.Date)
	if !ok {
		return ""
	}
	return graph.FormatDay(d.Time())
}

// cursorDay parses the day of a cursor this store issued.
func cursorDay(s string) (neo4jdrv.Date, error) {
	if _, err := graph.ParseDay(s); err != nil {
		return neo4jdrv.Date{}, graph.Invalid("cursor", "not a cursor this listing issued")
	}
	return date(s), nil
}

// page cuts a limit+1 result down to limit and makes the next cursor.
func page[T any](items []T, limit int, key func(T) []string) graph.Page[T] {
	p := graph.Page[T]{Items: items}
	if len(items) > limit {
		p.Items = items[:limit]
		p.Next = graph.EncodeCursor(key(items[limit-1])...)
	}
	if p.Items == nil {
		p.Items = []T{}
	}
	return p
}

// sources turns [[article, quote, start, end], ...] into sorted sources.
func sources(v any) []graph.Source {
	out := []graph.Source{}
	for _, x := range list(v) {
		l := list(x)
		if len(l) != 4 {
			continue
		}
		out = append(out, graph.Source{ArticleID: str(l[0]), Quote: str(l[1]), Start: int(i64(l[2])), End: int(i64(l[3]))})
	}
	graph.SortSources(out)
	return out
}

// Article implements graph.Store.
func (s *Store) Article(ctx context.Context, id string) (*graph.Article, error) {
	recs, err := s.read(ctx, `MATCH (a:Article {id: $id})
RETURN a.id, a.title, a.outlet, coalesce(a.url, ''), a.published, a.language, a.text`, map[string]any{"id": id})
	if err != nil {
		return nil, s.fail("article", err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("article %q: %w", id, graph.ErrNotFound)
	}
	a := scanArticle(recs[0].Values)
	a.Text = str(recs[0].Values[6])
	return &a, nil
}

func scanArticle(v []any) graph.Article {
	return graph.Article{ID: str(v[0]), Title: str(v[1]), Outlet: str(v[2]), URL: str(v[3]), Published: day(v[4]), Language: str(v[5])}
}

// Articles implements graph.Store.
func (s *Store) Articles(ctx context.Context, q graph.ArticleQuery) (graph.Page[graph.Article], error) {
	q, err := graph.CheckArticles(q)
	if err != nil {
		return graph.Page[graph.Article]{}, err
	}
	after, _ := graph.DecodeCursor(q.Cursor, 2)
	params := map[string]any{"limit": q.Limit + 1}
	where := ""
	if after != nil {
		if params["published"], err = cursorDay(after[0]); err != nil {
			return graph.Page[graph.Article]{}, err
		}
		params["id"] = after[1]
		where = `WHERE a.published < $published OR (a.published = $published AND a.id < $id)`
	}
	recs, err := s.read(ctx, `MATCH (a:Article) `+where+`
RETURN a.id, a.title, a.outlet, coalesce(a.url, ''), a.published, a.language
ORDER BY a.published DESC, a.id DESC LIMIT $limit`, params)
	if err != nil {
		return graph.Page[graph.Article]{}, s.fail("articles", err)
	}
	items := make([]graph.Article, 0, len(recs))
	for _, r := range recs {
		items = append(items, scanArticle(r.Values))
	}
	return page(items, q.Limit, func(a graph.Article) []string { return []string{a.Published, a.ID} }), nil
}

const actorColumns = `a.id, a.name, a.kind, coalesce(a.aliases, []), coalesce(a.description, '')`

func scanActor(v []any) graph.Actor {
	return graph.Actor{ID: str(v[0]), Name: str(v[1]), Kind: graph.ActorKind(str(v[2])), Aliases: strs(v[3]), Description: str(v[4])}
}

// Actors implements graph.Store.
func (s *Store) Actors(ctx context.Context, q graph.ActorQuery) (graph.Page[graph.Actor], error) {
	q, err := graph.CheckActors(q)
	if err != nil {
		return graph.Page[graph.Actor]{}, err
	}
	after, _ := graph.DecodeCursor(q.Cursor, 2)
	conds := []string{"true"}
	params := map[string]any{"limit": q.Limit + 1}
	if q.Q != "" {
		conds = append(conds, "a.search CONTAINS $q")
		params["q"] = graph.Fold(strings.TrimSpace(q.Q))
	}
	if q.Kind != "" {
		conds = append(conds, "a.kind = $kind")
		params["kind"] = string(q.Kind)
	}
	if after != nil {
		conds = append(conds, "(a.sortName > $sortName OR (a.sortName = $sortName AND a.id > $id))")
		params["sortName"], params["id"] = after[0], after[1]
	}
	recs, err := s.read(ctx, `MATCH (a:Actor) WHERE `+strings.Join(conds, " AND ")+`
RETURN `+actorColumns+` ORDER BY a.sortName, a.id LIMIT $limit`, params)
	if err != nil {
		return graph.Page[graph.Actor]{}, s.fail("actors", err)
	}
	items := make([]graph.Actor, 0, len(recs))
	for _, r := range recs {
		items = append(items, scanActor(r.Values))
	}
	return page(items, q.Limit, func(a graph.Actor) []string { return []string{graph.Fold(a.Name), a.ID} }), nil
}

// Actor implements graph.Store.
func (s *Store) Actor(ctx context.Context, id string) (*graph.ActorDetail, error) {
	recs, err := s.read(ctx, `MATCH (a:Actor {id: $id})
RETURN `+actorColumns+`,
	COUNT { (a)-[:PARTICIPATED_IN]->(:Event) },
	COLLECT { MATCH (art:Article)-[m:MENTIONS]->(a) RETURN [art.id, m.quote, m.start, m.end] },
	COLLECT { MATCH (a)-[r:`+relTypes+`]-() RETURN [type(r), startNode(r).id, endNode(r).id, coalesce(r.title, ''),
		startNode(r).name, endNode(r).name,
		[r.sinceStart, r.sinceEnd, r.sincePrecision, coalesce(r.sinceText, '')],
		[r.untilStart, r.untilEnd, r.untilPrecision, coalesce(r.untilText, '')],
		[i IN range(0, size(coalesce(r.quoteArticles, [])) - 1) |
			[r.quoteArticles[i], r.quotes[i], r.quoteStarts[i], r.quoteEnds[i]]]] }`, map[string]any{"id": id})
	if err != nil {
		return nil, s.fail("actor", err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("actor %q: %w", id, graph.ErrNotFound)
	}
	v := recs[0].Values
	d := &graph.ActorDetail{Actor: scanActor(v), EventCount: int(i64(v[5])), Sources: sources(v[6]), Relations: []graph.Relation{}}
	for _, x := range list(v[7]) {
		r := list(x)
		d.Relations = append(d.Relations, graph.Relation{
			Type: graph.RelationType(str(r[0])), From: str(r[1]), To: str(r[2]), Title: str(r[3]),
			FromName: str(r[4]), ToName: str(r[5]), Since: scanDate(r[6]), Until: scanDate(r[7]), Sources: sources(r[8]),
		})
	}
	graph.SortRelations(d.Relations)
	return d, nil
}

// scanDate reads [start, end, precision, text]; nil when there is no start.
func scanDate(v any) *graph.Date {
	l := list(v)
	if len(l) != 4 || l[0] == nil {
		return nil
	}
	return &graph.Date{Start: day(l[0]), End: day(l[1]), Precision: graph.Precision(str(l[2])), Text: str(l[3])}
}

// eventReturn projects an event e with its place, participants and
// sources.
const eventReturn = `RETURN e.id, e.type, e.title, coalesce(e.summary, ''), e.date, e.dateEnd, e.precision,
	coalesce(e.dateText, ''), coalesce(e.cameo, ''),
	COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN [p.id, p.name, coalesce(p.placeKind, p.kind)] } AS place,
	e.amount, e.currency, e.count, e.countQualifier, coalesce(e.countUnit, ''),
	COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) RETURN [a.id, a.name, a.kind, r.role] } AS participants,
	COLLECT { MATCH (art:Article)-[m:MENTIONS]->(e) RETURN [art.id, m.quote, m.start, m.end] } AS sources
`

func scanEvent(v []any) graph.Event {
	e := graph.Event{
		ID: str(v[0]), Type: graph.EventType(str(v[1])), Title: str(v[2]), Summary: str(v[3]),
		Date:  graph.Date{Start: day(v[4]), End: day(v[5]), Precision: graph.Precision(str(v[6])), Text: str(v[7])},
		CAMEO: str(v[8]),
	}
	if pl := list(v[9]); len(pl) > 0 {
		p := list(pl[0])
		e.Place = &graph.PlaceRef{ID: str(p[0]), Name: str(p[1]), Kind: graph.PlaceKind(str(p[2]))}
	}
	if v[10] != nil {
		e.Amount = &graph.Amount{Value: i64(v[10]), Currency: str(v[11])}
	}
	if v[12] != nil {
		e.Count = &graph.Count{Value: i64(v[12]), Qualifier: graph.CountQualifier(str(v[13])), Unit: str(v[14])}
	}
	for _, x := range list(v[15]) {
		p := list(x)
		e.Participants = append(e.Participants, graph.Participant{ActorID: str(p[0]), Name: str(p[1]),
			Kind: graph.ActorKind(str(p[2])), Role: str(p[3])})
	}
	e.Sources = sources(v[16])
	e.Normalize()
	return e
}

func (s *Store) events(ctx context.Context, op, cypher string, params map[string]any) ([]graph.Event, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, s.fail(op, err)
	}
	out := make([]graph.Event, 0, len(recs))
	for _, r := range recs {
		out = append(out, scanEvent(r.Values))
	}
	return out, nil
}

// Event implements graph.Store.
func (s *Store) Event(ctx context.Context, id string) (*graph.Event, error) {
	events, err := s.events(ctx, "event", `MATCH (e:Event {id: $id}) `+eventReturn, map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(events) == 0 {
		return nil, fmt.Errorf("event %q: %w", id, graph.ErrNotFound)
	}
	return &events[0], nil
}

// eventFilter builds the MATCH and WHERE of an event listing from fixed
// fragments; only parameters carry input.
func eventFilter(place, actor string, with []string, from, to string, params map[string]any) (string, []string) {
	match := "MATCH (e:Event)"
	if place != "" {
		// The place and every place located in it, at any depth.
		match = `CALL () {
	MATCH (r:Place {id: $place}) RETURN r
	UNION
	MATCH (r:Actor {id: $place}) RETURN r
}
MATCH (x)-[:LOCATED_IN*0..]->(r)
WITH DISTINCT x
MATCH (e:Event)-[:OCCURRED_IN]->(x)`
		params["place"] = place
	}
	conds := []string{"true"}
	if actor != "" {
		conds = append(conds, "EXISTS { MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) }")
		params["actor"] = actor
	}
	for i, id := range with {
		p := fmt.Sprintf("with%d", i)
		conds = append(conds, "EXISTS { MATCH (:Actor {id: $"+p+"})-[:PARTICIPATED_IN]->(e) }")
		params[p] = id
	}
	if from != "" {
		conds = append(conds, "e.dateEnd >= $from")
		params["from"] = date(from)
	}
	if to != "" {
		conds = append(conds, "e.date <= $to")
		params["to"] = date(to)
	}
	return match, conds
}

// Timeline implements graph.Store.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) (graph.Page[graph.Event], error) {
	q, err := graph.CheckTimeline(q)
	if err != nil {
		return graph.Page[graph.Event]{}, err
	}
	after, _ := graph.DecodeCursor(q.Cursor, 2)
	params := map[string]any{"limit": q.Limit + 1}
	match, conds := eventFilter(q.Place, q.Actor, nil, q.From, q.To, params)
	if q.Type != "" {
		conds = append(conds, "e.type = $type")
		params["type"] = string(q.Type)
	}
	if after != nil {
		if params["afterDate"], err = cursorDay(after[0]); err != nil {
			return graph.Page[graph.Event]{}, err
		}
		params["afterID"] = after[1]
		conds = append(conds, "(e.date > $afterDate OR (e.date = $afterDate AND e.id > $afterID))")
	}
	events, err := s.events(ctx, "timeline", match+"\nWHERE "+strings.Join(conds, " AND ")+`
WITH e ORDER BY e.date, e.id LIMIT $limit
`+eventReturn+`ORDER BY e.date, e.id`, params)
	if err != nil {
		return graph.Page[graph.Event]{}, err
	}
	return page(events, q.Limit, func(e graph.Event) []string { return []string{e.Date.Start, e.ID} }), nil
}

func (s *Store) requireActor(ctx context.Context, param, id string) error {
	recs, err := s.read(ctx, `RETURN EXISTS { MATCH (:Actor {id: $id}) }`, map[string]any{"id": id})
	if err != nil {
		return s.fail("actor", err)
	}
	if found, _ := recs[0].Values[0].(bool); !found {
		return fmt.Errorf("%s: actor %q: %w", param, id, graph.ErrNotFound)
	}
	return nil
}

// Meetings implements graph.Store.
func (s *Store) Meetings(ctx context.Context, q graph.MeetingQuery) ([]graph.Event, error) {
	q, err := graph.CheckMeetings(q)
	if err != nil {
		return nil, err
	}
	var with []string
	for _, f := range []struct{ param, id string }{{"actor", q.Actor}, {"with", q.With}} {
		if f.id == "" {
			continue
		}
		if err := s.requireActor(ctx, f.param, f.id); err != nil {
			return nil, err
		}
		with = append(with, f.id)
	}
	params := map[string]any{"type": string(graph.Meeting)}
	match, conds := eventFilter("", "", with, q.From, q.To, params)
	conds = append(conds, "e.type = $type")
	return s.events(ctx, "meetings", match+"\nWHERE "+strings.Join(conds, " AND ")+"\n"+eventReturn+"ORDER BY e.date, e.id", params)
}

// Met implements graph.Store.
func (s *Store) Met(ctx context.Context, actorID string) ([]graph.Counterpart, error) {
	meetings, err := s.Meetings(ctx, graph.MeetingQuery{Actor: actorID})
	if err != nil {
		return nil, err
	}
	return graph.Counterparts(actorID, meetings), nil
}

// Paths implements graph.Store: graph.FindPaths over adjacency, so that
// every backend finds the same paths.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops int) ([]graph.Path, error) {
	paths, err := graph.FindPaths(ctx, s.adjacency, s.nodes, from, to, maxHops)
	if err != nil {
		return nil, s.fail("paths", err)
	}
	return paths, nil
}

// Network implements graph.Store with graph.FindNetwork over adjacency.
func (s *Store) Network(ctx context.Context, actorID string, depth int) (*graph.Network, error) {
	n, err := graph.FindNetwork(ctx, s.adjacency, s.nodes, actorID, depth)
	if err != nil {
		return nil, s.fail("network", err)
	}
	return n, nil
}

// qAdjacency returns the participations of the given actors and events and
// the relations between two actors that touch one of them.
var qAdjacency = `UNWIND $ids AS id
CALL (id) {
	MATCH (a:Actor {id: id})-[r:PARTICIPATED_IN]->(:Event) RETURN r
	UNION
	MATCH (:Actor)-[r:PARTICIPATED_IN]->(:Event {id: id}) RETURN r
	UNION
	MATCH (:Actor {id: id})-[r:` + relTypes + `]-(:Actor) RETURN r
}
WITH DISTINCT r
RETURN type(r), startNode(r).id, endNode(r).id, coalesce(r.role, r.title, '')`

// adjacency implements graph.Adjacency.
func (s *Store) adjacency(ctx context.Context, ids []string) ([]graph.Edge, error) {
	recs, err := s.read(ctx, qAdjacency, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Edge, 0, len(recs))
	for _, r := range recs {
		v := r.Values
		out = append(out, graph.Edge{Type: str(v[0]), From: str(v[1]), To: str(v[2]), Role: str(v[3])})
	}
	return out, nil
}

// nodes describes actors and events by id.
func (s *Store) nodes(ctx context.Context, ids []string) (map[string]graph.Node, error) {
	recs, err := s.read(ctx, `UNWIND $ids AS id
CALL (id) {
	MATCH (a:Actor {id: id})
	RETURN a.id AS nid, 'Actor' AS label, a.kind AS kind, a.name AS name, null AS date
	UNION ALL
	MATCH (e:Event {id: id})
	RETURN e.id AS nid, 'Event' AS label, e.type AS kind, e.title AS name,
		[e.date, e.dateEnd, e.precision, coalesce(e.dateText, '')] AS date
}
RETURN nid, label, kind, name, date`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Node, len(recs))
	for _, r := range recs {
		v := r.Values
		out[str(v[0])] = graph.Node{ID: str(v[0]), Label: str(v[1]), Kind: str(v[2]), Name: str(v[3]), Date: scanDate(v[4])}
	}
	return out, nil
}

// statsNames lists what Stats counts: node labels, then relationship
// types (after nodeLabels of them).
var statsNames, nodeLabels = func() ([]string, int) {
	names := []string{"Article", "Actor"}
	for _, k := range graph.ActorKinds {
		names = append(names, string(k))
	}
	names = append(names, "Place", "Event")
	for _, t := range graph.EventTypes {
		names = append(names, string(t))
	}
	labels := len(names)
	names = append(names, graph.ParticipatedIn, graph.OccurredIn)
	for _, t := range graph.RelationTypes {
		names = append(names, string(t))
	}
	return append(names, graph.Mentions), labels
}()

// qStats counts nodes by label and relationships by type, each in its own
// subquery so that all of them read Neo4j's count store.
var qStats = func() string {
	var b strings.Builder
	var cols []string
	for i, name := range statsNames {
		pattern := "(n:" + name + ")"
		if i >= nodeLabels {
			pattern = "()-[n:" + name + "]->()"
		}
		fmt.Fprintf(&b, "CALL () { MATCH %s RETURN count(n) AS c%d }\n", pattern, i)
		cols = append(cols, fmt.Sprintf("c%d", i))
	}
	return b.String() + "RETURN [" + strings.Join(cols, ", ") + "]"
}()

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	recs, err := s.read(ctx, qStats, nil)
	if err != nil {
		return graph.Stats{}, s.fail("stats", err)
	}
	st := graph.Stats{Nodes: map[string]int{}, Edges: map[string]int{}}
	if len(recs) != 1 {
		return graph.Stats{}, s.fail("stats", fmt.Errorf("%d rows", len(recs)))
	}
	for i, c := range list(recs[0].Values[0]) {
		n := int(i64(c))
		switch {
		case n == 0:
		case i < nodeLabels:
			st.Nodes[statsNames[i]] += n
		default:
			st.Edges[statsNames[i]] += n
		}
	}
	return st, nil
}

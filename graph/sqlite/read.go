package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// idsJSON passes a list of ids as one parameter, read back with json_each.
func idsJSON(ids []string) string {
	b, _ := json.Marshal(ids) // a []string always marshals
	return string(b)
}

// Article implements graph.Store.
func (s *Store) Article(ctx context.Context, id string) (*graph.Article, error) {
	var a graph.Article
	err := s.db.QueryRowContext(ctx, `SELECT id, title, outlet, url, published, language, text FROM articles WHERE id = ?`, id).
		Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Language, &a.Text)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("article %q: %w", id, graph.ErrNotFound)
	}
	if err != nil {
		return nil, s.fail("article", err)
	}
	return &a, nil
}

// Articles implements graph.Store.
func (s *Store) Articles(ctx context.Context, q graph.ArticleQuery) (graph.Page[graph.Article], error) {
	q, err := graph.CheckArticles(q)
	if err != nil {
		return graph.Page[graph.Article]{}, err
	}
	after, _ := graph.DecodeCursor(q.Cursor, 2)
	args := []any{}
	where := ""
	if after != nil {
		where = `WHERE (published, id) < (?, ?)`
		args = append(args, after[0], after[1])
	}
	args = append(args, q.Limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, outlet, url, published, language FROM articles `+where+`
		ORDER BY published DESC, id DESC LIMIT ?`, args...)
	if err != nil {
		return graph.Page[graph.Article]{}, s.fail("articles", err)
	}
	items, err := scanAll(rows, func(r *sql.Rows) (graph.Article, error) {
		var a graph.Article
		return a, r.Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Language)
	})
	if err != nil {
		return graph.Page[graph.Article]{}, s.fail("articles", err)
	}
	return page(items, q.Limit, func(a graph.Article) []string { return []string{a.Published, a.ID} }), nil
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

func scanAll[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func scanActor(r interface{ Scan(...any) error }) (graph.Actor, error) {
	var a graph.Actor
	var aliases string
	if err := r.Scan(&a.ID, &a.Name, &a.Kind, &aliases, &a.Description); err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(aliases), &a.Aliases); err != nil {
		return a, fmt.Errorf("actor %s: aliases: %w", a.ID, err)
	}
	return a, nil
}

// Actors implements graph.Store.
func (s *Store) Actors(ctx context.Context, q graph.ActorQuery) (graph.Page[graph.Actor], error) {
	q, err := graph.CheckActors(q)
	if err != nil {
		return graph.Page[graph.Actor]{}, err
	}
	after, _ := graph.DecodeCursor(q.Cursor, 2)
	conds := []string{"1"}
	args := []any{}
	if q.Q != "" {
		conds = append(conds, "instr(search, ?) > 0")
		args = append(args, graph.Fold(strings.TrimSpace(q.Q)))
	}
	if q.Kind != "" {
		conds = append(conds, "kind = ?")
		args = append(args, string(q.Kind))
	}
	if after != nil {
		conds = append(conds, "(sort_name, id) > (?, ?)")
		args = append(args, after[0], after[1])
	}
	args = append(args, q.Limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, kind, aliases, description FROM actors WHERE `+
		strings.Join(conds, " AND ")+` ORDER BY sort_name, id LIMIT ?`, args...)
	if err != nil {
		return graph.Page[graph.Actor]{}, s.fail("actors", err)
	}
	items, err := scanAll(rows, func(r *sql.Rows) (graph.Actor, error) { return scanActor(r) })
	if err != nil {
		return graph.Page[graph.Actor]{}, s.fail("actors", err)
	}
	return page(items, q.Limit, func(a graph.Actor) []string { return []string{graph.Fold(a.Name), a.ID} }), nil
}

// Actor implements graph.Store.
func (s *Store) Actor(ctx context.Context, id string) (*graph.ActorDetail, error) {
	a, err := scanActor(s.db.QueryRowContext(ctx, `SELECT id, name, kind, aliases, description FROM actors WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("actor %q: %w", id, graph.ErrNotFound)
	}
	if err != nil {
		return nil, s.fail("actor", err)
	}
	d := &graph.ActorDetail{Actor: a}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM participants WHERE actor_id = ?`, id).Scan(&d.EventCount); err != nil {
		return nil, s.fail("actor", err)
	}
	if d.Relations, err = s.relations(ctx, id); err != nil {
		return nil, s.fail("actor", err)
	}
	srcs, err := s.sources(ctx, []string{actorKey(id)})
	if err != nil {
		return nil, s.fail("actor", err)
	}
	d.Sources = srcs[actorKey(id)]
	if d.Sources == nil {
		d.Sources = []graph.Source{}
	}
	return d, nil
}

// nameSQL finds the display name of an actor or place id.
const nameSQL = `coalesce((SELECT name FROM actors WHERE id = %[1]s), (SELECT name FROM places WHERE id = %[1]s), '')`

var (
	fromNameSQL = fmt.Sprintf(nameSQL, "r.from_id")
	toNameSQL   = fmt.Sprintf(nameSQL, "r.to_id")
)

// relations returns the relations touching id, with names and sources.
func (s *Store) relations(ctx context.Context, id string) ([]graph.Relation, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.type, r.from_id, r.to_id, r.title, r.since, r.until, `+
		fromNameSQL+`, `+toNameSQL+` FROM relations r WHERE r.from_id = ? OR r.to_id = ?`, id, id)
	if err != nil {
		return nil, err
	}
	rels, err := scanAll(rows, func(r *sql.Rows) (graph.Relation, error) {
		var rel graph.Relation
		var since, until sql.NullString
		if err := r.Scan(&rel.Type, &rel.From, &rel.To, &rel.Title, &since, &until, &rel.FromName, &rel.ToName); err != nil {
			return rel, err
		}
		var err error
		if rel.Since, err = parseDate(since); err != nil {
			return rel, err
		}
		rel.Until, err = parseDate(until)
		return rel, err
	})
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(rels))
	for i, r := range rels {
		keys[i] = relKey(r.Type, r.From, r.To)
	}
	srcs, err := s.sources(ctx, keys)
	if err != nil {
		return nil, err
	}
	for i := range rels {
		rels[i].Sources = srcs[keys[i]]
		if rels[i].Sources == nil {
			rels[i].Sources = []graph.Source{}
		}
	}
	if rels == nil {
		rels = []graph.Relation{}
	}
	graph.SortRelations(rels)
	return rels, nil
}

func parseDate(s sql.NullString) (*graph.Date, error) {
	if !s.Valid {
		return nil, nil
	}
	var d graph.Date
	if err := json.Unmarshal([]byte(s.String), &d); err != nil {
		return nil, fmt.Errorf("stored date %q: %w", s.String, err)
	}
	return &d, nil
}

// sources returns the quotes of the given facts, each list sorted.
func (s *Store) sources(ctx context.Context, facts []string) (map[string][]graph.Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT fact, article_id, quote, start_off, end_off FROM sources
		WHERE fact IN (SELECT value FROM json_each(?))`, idsJSON(facts))
	if err != nil {
		return nil, err
	}
	out := map[string][]graph.Source{}
	type row struct {
		fact string
		src  graph.Source
	}
	all, err := scanAll(rows, func(r *sql.Rows) (row, error) {
		var x row
		return x, r.Scan(&x.fact, &x.src.ArticleID, &x.src.Quote, &x.src.Start, &x.src.End)
	})
	if err != nil {
		return nil, err
	}
	for _, x := range all {
		out[x.fact] = append(out[x.fact], x.src)
	}
	for _, v := range out {
		graph.SortSources(v)
	}
	return out, nil
}

const eventColumns = `e.id, e.type, e.title, e.summary, e.date_start, e.date_end, e.precision, e.date_text, e.cameo,
	e.place_id, p.name, p.kind, e.amount_value, e.amount_currency, e.count_value, e.count_qualifier, e.count_unit`

const eventFrom = ` FROM events e LEFT JOIN places p ON p.id = e.place_id `

func scanEvent(r interface{ Scan(...any) error }) (graph.Event, error) {
	var e graph.Event
	var placeID, placeName, placeKind, cur, qual, unit sql.NullString
	var amount, count sql.NullInt64
	err := r.Scan(&e.ID, &e.Type, &e.Title, &e.Summary, &e.Date.Start, &e.Date.End, &e.Date.Precision, &e.Date.Text,
		&e.CAMEO, &placeID, &placeName, &placeKind, &amount, &cur, &count, &qual, &unit)
	if err != nil {
		return e, err
	}
	if placeID.Valid {
		e.Place = &graph.PlaceRef{ID: placeID.String, Name: placeName.String, Kind: graph.PlaceKind(placeKind.String)}
	}
	if amount.Valid {
		e.Amount = &graph.Amount{Value: amount.Int64, Currency: cur.String}
	}
	if count.Valid {
		e.Count = &graph.Count{Value: count.Int64, Qualifier: graph.CountQualifier(qual.String), Unit: unit.String}
	}
	return e, nil
}

// fillEvents adds participants and sources to events, in canonical order.
func (s *Store) fillEvents(ctx context.Context, events []graph.Event) error {
	if len(events) == 0 {
		return nil
	}
	ids := make([]string, len(events))
	keys := make([]string, len(events))
	at := map[string]int{}
	for i, e := range events {
		ids[i], keys[i], at[e.ID] = e.ID, eventKey(e.ID), i
	}
	rows, err := s.db.QueryContext(ctx, `SELECT pa.event_id, pa.actor_id, a.name, a.kind, pa.role
		FROM participants pa JOIN actors a ON a.id = pa.actor_id
		WHERE pa.event_id IN (SELECT value FROM json_each(?))`, idsJSON(ids))
	if err != nil {
		return err
	}
	type row struct {
		event string
		p     graph.Participant
	}
	parts, err := scanAll(rows, func(r *sql.Rows) (row, error) {
		var x row
		return x, r.Scan(&x.event, &x.p.ActorID, &x.p.Name, &x.p.Kind, &x.p.Role)
	})
	if err != nil {
		return err
	}
	for _, x := range parts {
		e := &events[at[x.event]]
		e.Participants = append(e.Participants, x.p)
	}
	srcs, err := s.sources(ctx, keys)
	if err != nil {
		return err
	}
	for i := range events {
		events[i].Sources = srcs[keys[i]]
		if events[i].Sources == nil {
			events[i].Sources = []graph.Source{}
		}
		events[i].Normalize()
	}
	return nil
}

// Event implements graph.Store.
func (s *Store) Event(ctx context.Context, id string) (*graph.Event, error) {
	e, err := scanEvent(s.db.QueryRowContext(ctx, `SELECT `+eventColumns+eventFrom+`WHERE e.id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("event %q: %w", id, graph.ErrNotFound)
	}
	if err != nil {
		return nil, s.fail("event", err)
	}
	events := []graph.Event{e}
	if err := s.fillEvents(ctx, events); err != nil {
		return nil, s.fail("event", err)
	}
	return &events[0], nil
}

// placeWithin selects a place and every place located in it, at any depth.
const placeWithin = `WITH RECURSIVE within(id) AS (SELECT ? UNION
	SELECT r.from_id FROM relations r JOIN within w ON r.to_id = w.id WHERE r.type = 'LOCATED_IN')`

// Timeline implements graph.Store.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) (graph.Page[graph.Event], error) {
	q, err := graph.CheckTimeline(q)
	if err != nil {
		return graph.Page[graph.Event]{}, err
	}
	after, _ := graph.DecodeCursor(q.Cursor, 2)
	prefix := ""
	conds := []string{"1"}
	args := []any{}
	if q.Place != "" {
		prefix = placeWithin + " "
		args = append(args, q.Place)
		conds = append(conds, "e.place_id IN (SELECT id FROM within)")
	}
	if q.Actor != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM participants pa WHERE pa.event_id = e.id AND pa.actor_id = ?)")
		args = append(args, q.Actor)
	}
	if q.Type != "" {
		conds = append(conds, "e.type = ?")
		args = append(args, string(q.Type))
	}
	if q.From != "" {
		conds = append(conds, "e.date_end >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		conds = append(conds, "e.date_start <= ?")
		args = append(args, q.To)
	}
	if after != nil {
		conds = append(conds, "(e.date_start, e.id) > (?, ?)")
		args = append(args, after[0], after[1])
	}
	args = append(args, q.Limit+1)
	rows, err := s.db.QueryContext(ctx, prefix+`SELECT `+eventColumns+eventFrom+`WHERE `+strings.Join(conds, " AND ")+
		` ORDER BY e.date_start, e.id LIMIT ?`, args...)
	if err != nil {
		return graph.Page[graph.Event]{}, s.fail("timeline", err)
	}
	events, err := scanAll(rows, func(r *sql.Rows) (graph.Event, error) { return scanEvent(r) })
	if err != nil {
		return graph.Page[graph.Event]{}, s.fail("timeline", err)
	}
	p := page(events, q.Limit, func(e graph.Event) []string { return []string{e.Date.Start, e.ID} })
	if err := s.fillEvents(ctx, p.Items); err != nil {
		return graph.Page[graph.Event]{}, s.fail("timeline", err)
	}
	return p, nil
}

func (s *Store) requireActor(ctx context.Context, param, id string) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM actors WHERE id = ?`, id).Scan(&n); err != nil {
		return s.fail("actor", err)
	}
	if n == 0 {
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
	conds := []string{"e.type = ?"}
	args := []any{string(graph.Meeting)}
	for _, f := range []struct{ param, id string }{{"actor", q.Actor}, {"with", q.With}} {
		if f.id == "" {
			continue
		}
		if err := s.requireActor(ctx, f.param, f.id); err != nil {
			return nil, err
		}
		conds = append(conds, "EXISTS (SELECT 1 FROM participants pa WHERE pa.event_id = e.id AND pa.actor_id = ?)")
		args = append(args, f.id)
	}
	if q.From != "" {
		conds = append(conds, "e.date_end >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		conds = append(conds, "e.date_start <= ?")
		args = append(args, q.To)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+eventFrom+`WHERE `+strings.Join(conds, " AND ")+
		` ORDER BY e.date_start, e.id`, args...)
	if err != nil {
		return nil, s.fail("meetings", err)
	}
	events, err := scanAll(rows, func(r *sql.Rows) (graph.Event, error) { return scanEvent(r) })
	if err != nil {
		return nil, s.fail("meetings", err)
	}
	if events == nil {
		events = []graph.Event{}
	}
	if err := s.fillEvents(ctx, events); err != nil {
		return nil, s.fail("meetings", err)
	}
	return events, nil
}

// Met implements graph.Store.
func (s *Store) Met(ctx context.Context, actorID string) ([]graph.Counterpart, error) {
	meetings, err := s.Meetings(ctx, graph.MeetingQuery{Actor: actorID})
	if err != nil {
		return nil, err
	}
	return graph.Counterparts(actorID, meetings), nil
}

// Paths implements graph.Store.
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

// adjacency implements graph.Adjacency: participations, and relations whose
// two ends are actors.
func (s *Store) adjacency(ctx context.Context, ids []string) ([]graph.Edge, error) {
	rows, err := s.db.QueryContext(ctx, `WITH ids(id) AS (SELECT value FROM json_each(?))
		SELECT 'PARTICIPATED_IN', actor_id, event_id, role FROM participants
			WHERE actor_id IN (SELECT id FROM ids) OR event_id IN (SELECT id FROM ids)
		UNION ALL
		SELECT r.type, r.from_id, r.to_id, r.title FROM relations r
			WHERE (r.from_id IN (SELECT id FROM ids) OR r.to_id IN (SELECT id FROM ids))
			AND r.from_id IN (SELECT id FROM actors) AND r.to_id IN (SELECT id FROM actors)`, idsJSON(ids))
	if err != nil {
		return nil, err
	}
	return scanAll(rows, func(r *sql.Rows) (graph.Edge, error) {
		var e graph.Edge
		return e, r.Scan(&e.Type, &e.From, &e.To, &e.Role)
	})
}

// nodes describes actors and events by id.
func (s *Store) nodes(ctx context.Context, ids []string) (map[string]graph.Node, error) {
	rows, err := s.db.QueryContext(ctx, `WITH ids(id) AS (SELECT value FROM json_each(?))
		SELECT id, 'Actor', kind, name, NULL, NULL, NULL, NULL FROM actors WHERE id IN (SELECT id FROM ids)
		UNION ALL
		SELECT id, 'Event', type, title, date_start, date_end, precision, date_text FROM events
			WHERE id IN (SELECT id FROM ids)`, idsJSON(ids))
	if err != nil {
		return nil, err
	}
	list, err := scanAll(rows, func(r *sql.Rows) (graph.Node, error) {
		var n graph.Node
		var start, end, prec, text sql.NullString
		if err := r.Scan(&n.ID, &n.Label, &n.Kind, &n.Name, &start, &end, &prec, &text); err != nil {
			return n, err
		}
		if start.Valid {
			n.Date = &graph.Date{Start: start.String, End: end.String, Precision: graph.Precision(prec.String), Text: text.String}
		}
		return n, nil
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Node, len(list))
	for _, n := range list {
		out[n.ID] = n
	}
	return out, nil
}

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{Nodes: map[string]int{}, Edges: map[string]int{}}
	queries := []struct {
		into map[string]int
		sql  string
	}{
		{st.Nodes, `SELECT 'Article', count(*) FROM articles`},
		{st.Nodes, `SELECT 'Actor', count(*) FROM actors`},
		{st.Nodes, `SELECT kind, count(*) FROM actors GROUP BY kind`},
		{st.Nodes, `SELECT 'Place', count(*) FROM places`},
		{st.Nodes, `SELECT 'Event', count(*) FROM events`},
		{st.Nodes, `SELECT type, count(*) FROM events GROUP BY type`},
		{st.Edges, `SELECT 'PARTICIPATED_IN', count(*) FROM participants`},
		{st.Edges, `SELECT 'OCCURRED_IN', count(*) FROM events WHERE place_id IS NOT NULL`},
		{st.Edges, `SELECT type, count(*) FROM relations GROUP BY type`},
		{st.Edges, `SELECT 'MENTIONS', count(*) FROM sources
			WHERE fact LIKE 'actor:%' OR fact LIKE 'place:%' OR fact LIKE 'event:%'`},
	}
	for _, q := range queries {
		rows, err := s.db.QueryContext(ctx, q.sql)
		if err != nil {
			return graph.Stats{}, s.fail("stats", err)
		}
		type kv struct {
			k string
			n int
		}
		list, err := scanAll(rows, func(r *sql.Rows) (kv, error) {
			var x kv
			return x, r.Scan(&x.k, &x.n)
		})
		if err != nil {
			return graph.Stats{}, s.fail("stats", err)
		}
		for _, x := range list {
			if x.n > 0 {
				q.into[x.k] += x.n
			}
		}
	}
	return st, nil
}

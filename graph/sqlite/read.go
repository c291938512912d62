package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// reader implements graph.View inside one transaction.
type reader struct {
	tx    *sql.Tx
	stmts *stmtCache
}

// Version implements graph.TxVersioner: the version of the graph this
// transaction reads.
func (r *reader) Version(ctx context.Context) (uint64, error) {
	var v uint64
	err := r.tx.QueryRowContext(ctx, qVersion).Scan(&v)
	return v, err
}

// Changes implements graph.ChangeReader.
func (r *reader) Changes(ctx context.Context, from, to uint64) ([]graph.Change, error) {
	rows, err := r.tx.QueryContext(ctx, `SELECT version, events, actors, places FROM graph_changes
		WHERE version > ? AND version <= ? ORDER BY version`, int64(from), int64(to))
	return scanAll(rows, err, func(rs *sql.Rows) (graph.Change, error) {
		var c graph.Change
		var events, actors, places string
		if err := rs.Scan(&c.Version, &events, &actors, &places); err != nil {
			return c, err
		}
		for _, l := range []struct {
			text string
			to   *[]string
		}{{events, &c.Events}, {actors, &c.Actors}, {places, &c.Places}} {
			if err := json.Unmarshal([]byte(l.text), l.to); err != nil {
				return c, fmt.Errorf("change of version %d: %w", c.Version, err)
			}
		}
		return c, nil
	})
}

// Fact keys name each fact in the statements and sources tables.
func actorKey(id string) string          { return "actor:" + id }
func placeKey(id string) string          { return "place:" + id }
func eventKey(id string) string          { return "event:" + id }
func partKey(event, actor string) string { return "part:" + event + ":" + actor }
func occKey(event, place string) string  { return "occ:" + event + ":" + place }
func relKey(t graph.RelationType, from, to string) string {
	return "rel:" + string(t) + ":" + from + ":" + to
}

// idsJSON passes a list of ids as one parameter, read back with json_each.
func idsJSON(ids []string) string {
	if ids == nil {
		ids = []string{}
	}
	b, _ := json.Marshal(ids) // a []string always marshals
	return string(b)
}

func scanAll[T any](rows *sql.Rows, err error, scan func(*sql.Rows) (T, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
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

const articleColumns = `id, title, outlet, url, published, language, method, extractor`

// Article implements graph.View.
func (r *reader) Article(ctx context.Context, id string) (graph.Article, bool, error) {
	var a graph.Article
	err := r.queryRow(ctx, `SELECT `+articleColumns+`, text FROM articles WHERE id = ?`, id).
		Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Language, &a.Method, &a.Extractor, &a.Text)
	if err == sql.ErrNoRows {
		return a, false, nil
	}
	return a, err == nil, err
}

// Articles implements graph.View.
func (r *reader) Articles(ctx context.Context, after *graph.ArticleKey, limit int) ([]graph.Article, error) {
	where, args := "", []any{}
	if after != nil {
		where = `WHERE (published, id) < (?, ?)`
		args = append(args, after.Published.String(), after.ID)
	}
	rows, err := r.query(ctx, `SELECT `+articleColumns+` FROM articles `+where+`
		ORDER BY published DESC, id DESC LIMIT ?`, append(args, limit)...)
	return scanAll(rows, err, func(rs *sql.Rows) (graph.Article, error) {
		var a graph.Article
		return a, rs.Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Language, &a.Method, &a.Extractor)
	})
}

// ArticleMethods implements graph.View.
func (r *reader) ArticleMethods(ctx context.Context, ids []string) (map[string]graph.Method, error) {
	rows, err := r.query(ctx, `SELECT id, method FROM articles WHERE id IN (SELECT value FROM json_each(?))`, idsJSON(ids))
	list, err := scanAll(rows, err, func(rs *sql.Rows) ([2]string, error) {
		var x [2]string
		return x, rs.Scan(&x[0], &x[1])
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Method, len(list))
	for _, x := range list {
		out[x[0]] = graph.Method(x[1])
	}
	return out, nil
}

func scanActor(s interface{ Scan(...any) error }) (graph.Actor, error) {
	var a graph.Actor
	var aliases string
	if err := s.Scan(&a.ID, &a.Name, &a.Kind, &aliases, &a.Description); err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(aliases), &a.Aliases); err != nil {
		return a, fmt.Errorf("actor %s: aliases: %w", a.ID, err)
	}
	return a, nil
}

// Actors implements graph.View.
func (r *reader) Actors(ctx context.Context, f graph.ActorFilter, limit int) ([]graph.Actor, error) {
	conds, args := []string{"1"}, []any{}
	if f.Search != "" {
		conds = append(conds, "instr(search, ?) > 0")
		args = append(args, f.Search)
	}
	if f.Kind != "" {
		conds = append(conds, "kind = ?")
		args = append(args, string(f.Kind))
	}
	if f.After != nil {
		conds = append(conds, "(sort_name, id) > (?, ?)")
		args = append(args, f.After.SortName, f.After.ID)
	}
	rows, err := r.query(ctx, `SELECT id, name, kind, aliases, description FROM actors WHERE `+
		strings.Join(conds, " AND ")+` ORDER BY sort_name, id LIMIT ?`, append(args, limit)...)
	return scanAll(rows, err, func(rs *sql.Rows) (graph.Actor, error) { return scanActor(rs) })
}

// ActorDetail implements graph.View.
func (r *reader) ActorDetail(ctx context.Context, id string) (*graph.ActorDetail, error) {
	a, err := scanActor(r.queryRow(ctx, `SELECT id, name, kind, aliases, description FROM actors WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	d := &graph.ActorDetail{Actor: a}
	if err := r.queryRow(ctx, `SELECT count(*) FROM participants WHERE actor_id = ?`, id).Scan(&d.EventCount); err != nil {
		return nil, err
	}
	if d.Relations, err = r.relations(ctx, id); err != nil {
		return nil, err
	}
	srcs, err := r.shownSources(ctx, []string{actorKey(id)})
	if err != nil {
		return nil, err
	}
	d.Sources, d.SourceCount = srcs[actorKey(id)].shown, srcs[actorKey(id)].count
	return d, nil
}

// nameSQL finds the display name of an actor or place id.
const nameSQL = `coalesce((SELECT name FROM actors WHERE id = %[1]s), (SELECT name FROM places WHERE id = %[1]s), '')`

var (
	fromNameSQL = fmt.Sprintf(nameSQL, "r.from_id")
	toNameSQL   = fmt.Sprintf(nameSQL, "r.to_id")
)

// relations returns the relations touching id, with names and quotes.
func (r *reader) relations(ctx context.Context, id string) ([]graph.Relation, error) {
	rows, err := r.query(ctx, `SELECT r.type, r.from_id, r.to_id, r.title, r.since, r.until, `+
		fromNameSQL+`, `+toNameSQL+` FROM relations r WHERE r.from_id = ? OR r.to_id = ?`, id, id)
	rels, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Relation, error) {
		var rel graph.Relation
		var since, until sql.NullString
		if err := rs.Scan(&rel.Type, &rel.From, &rel.To, &rel.Title, &since, &until, &rel.FromName, &rel.ToName); err != nil {
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
	for i, rel := range rels {
		keys[i] = relKey(rel.Type, rel.From, rel.To)
	}
	srcs, err := r.shownSources(ctx, keys)
	if err != nil {
		return nil, err
	}
	for i := range rels {
		rels[i].Sources, rels[i].SourceCount = srcs[keys[i]].shown, srcs[keys[i]].count
	}
	return rels, nil
}

func dateJSON(d *graph.Date) any {
	if d == nil {
		return nil
	}
	b, _ := json.Marshal(d) // a Date always marshals
	return string(b)
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

// sources returns the quotes of the given facts.
func (r *reader) sources(ctx context.Context, facts []string) (map[string][]graph.Source, error) {
	rows, err := r.query(ctx, `SELECT fact, article_id, quote, start_off, end_off FROM sources
		WHERE fact IN (SELECT value FROM json_each(?))`, idsJSON(facts))
	type row struct {
		fact string
		src  graph.Source
	}
	all, err := scanAll(rows, err, func(rs *sql.Rows) (row, error) {
		var x row
		return x, rs.Scan(&x.fact, &x.src.ArticleID, &x.src.Quote, &x.src.Start, &x.src.End)
	})
	if err != nil {
		return nil, err
	}
	out := map[string][]graph.Source{}
	for _, x := range all {
		out[x.fact] = append(out[x.fact], x.src)
	}
	return out, nil
}

// someSources are at most graph.SourcesShown quotes of a fact, and how
// many it has.
type someSources struct {
	shown []graph.Source
	count int
}

// shownSources returns, for each of facts, the number of its quotes and
// the first graph.SourcesShown of them: curated articles' first, then by
// article, start and end. They are read in the order of the sources_fact
// index, which leads with the article's rank, and the read stops at its
// limit, so that a hub's hundreds of thousands of quotes are counted, not
// read, however few of them are curated.
func (r *reader) shownSources(ctx context.Context, facts []string) (map[string]someSources, error) {
	out := map[string]someSources{}
	for _, fact := range facts {
		var s someSources
		if err := r.queryRow(ctx, `SELECT count(*) FROM sources WHERE fact = ?`, fact).Scan(&s.count); err != nil {
			return nil, err
		}
		if s.count == 0 {
			continue
		}
		rows, err := r.query(ctx, shownQuotes, fact, graph.SourcesShown)
		s.shown, err = scanAll(rows, err, func(rs *sql.Rows) (graph.Source, error) {
			var x graph.Source
			return x, rs.Scan(&x.ArticleID, &x.Quote, &x.Start, &x.End)
		})
		if err != nil {
			return nil, err
		}
		out[fact] = s
	}
	return out, nil
}

// shownQuotes are the first quotes of a fact, in the order of the
// sources_fact index.
const shownQuotes = `SELECT article_id, quote, start_off, end_off FROM sources INDEXED BY sources_fact
	WHERE fact = ? ORDER BY rank, article_id, start_off, end_off LIMIT ?`

const eventColumns = `e.id, e.type, e.title, e.summary, e.date_start, e.date_end, e.precision, e.date_text, e.cameo,
	e.place_id, p.name, p.kind, e.amount_value, e.amount_currency, e.count_value, e.count_qualifier, e.count_unit,
	e.source_count, e.first_reported`

func scanEvent(s interface{ Scan(...any) error }) (graph.Event, error) {
	var e graph.Event
	var placeID, placeName, placeKind, cur, qual, unit sql.NullString
	var amount, count sql.NullInt64
	err := s.Scan(&e.ID, &e.Type, &e.Title, &e.Summary, &e.Date.Start, &e.Date.End, &e.Date.Precision, &e.Date.Text,
		&e.CAMEO, &placeID, &placeName, &placeKind, &amount, &cur, &count, &qual, &unit, &e.SourceCount, &e.FirstReported)
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

// placeWithin selects a place and every place located in it, at any depth.
const placeWithin = `WITH RECURSIVE within(id) AS (SELECT ? UNION
	SELECT r.from_id FROM relations r JOIN within w ON r.to_id = w.id WHERE r.type = 'LOCATED_IN') `

// Events implements graph.View. The query is put together from fixed
// fragments; only parameters carry input.
//
// Events are read in (date_start, id) order along one index: an actor's
// participations (which carry their event's dates) when actors are asked
// for, else events by type or by date. A date range is read in two parts
// so that neither scans what lies before it: the events that start before
// From and still overlap it, found per span class within the class's
// bounded range (graph.SpanBounds), then the events that start within the
// range, in order. The first part sorts before the second.
func (r *reader) Events(ctx context.Context, f graph.EventFilter, limit int) ([]graph.Event, error) {
	if len(f.Actors) > 1 {
		var err error
		if f.Actors, err = r.rarestFirst(ctx, f.Actors); err != nil {
			return nil, err
		}
	}
	order := func(d eventDriver) string { return " ORDER BY " + d.start + ", " + d.id }
	if f.From.IsZero() {
		events, err := r.queryEvents(ctx, eventQuery(f, false, nil, order), limit)
		if err != nil {
			return nil, err
		}
		return events, r.fillEvents(ctx, events)
	}
	events, err := r.queryEvents(ctx, literalLimit(straddling(f), limit), 0)
	if err != nil {
		return nil, err
	}
	if limit > 0 && len(events) > limit {
		events = events[:limit]
	}
	if limit <= 0 || len(events) < limit {
		rest, err := r.queryEvents(ctx, withinRange(f, order), max(0, limit-len(events)))
		if err != nil {
			return nil, err
		}
		events = append(events, rest...)
	}
	return events, r.fillEvents(ctx, events)
}

// rarestFirst orders actors by the number of events they took part in,
// fewest first: a query of the events they all took part in walks the
// first one's participations (the busiest actor's meetings with someone
// who met it twice are found among that someone's few events).
func (r *reader) rarestFirst(ctx context.Context, actors []string) ([]string, error) {
	n, err := r.eventCounts(ctx, actors)
	if err != nil {
		return nil, err
	}
	out := slices.Clone(actors)
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(n[a], n[b]) })
	return out, nil
}

// eventCounts returns the number of events each of actors took part in,
// as actor_events keeps it; an actor of none is left out.
func (r *reader) eventCounts(ctx context.Context, actors []string) (map[string]int, error) {
	type count struct {
		actor  string
		events int
	}
	rows, err := r.query(ctx, `SELECT actor_id, events FROM actor_events WHERE actor_id IN (SELECT value FROM json_each(?))`, idsJSON(actors))
	counts, err := scanAll(rows, err, func(rs *sql.Rows) (count, error) {
		var c count
		return c, rs.Scan(&c.actor, &c.events)
	})
	if err != nil {
		return nil, err
	}
	n := make(map[string]int, len(counts))
	for _, c := range counts {
		n[c.actor] = c.events
	}
	return n, nil
}

// MeetingsWith implements graph.View: one count of the actors' events,
// then per counterpart one range of the rarer actor's meetings (the
// participants_actor_type index), then one fill of every event read.
func (r *reader) MeetingsWith(ctx context.Context, actor string, with []string, limit int) (map[string][]graph.Event, error) {
	if len(with) == 0 || limit <= 0 {
		return map[string][]graph.Event{}, nil
	}
	n, err := r.eventCounts(ctx, append([]string{actor}, with...))
	if err != nil {
		return nil, err
	}
	order := func(d eventDriver) string { return " ORDER BY " + d.start + ", " + d.id }
	ids := make(map[string][]string, len(with))
	var unique []graph.Event
	seen := map[string]bool{}
	for _, c := range with {
		pair := []string{actor, c}
		if n[c] < n[actor] {
			pair = []string{c, actor}
		}
		events, err := r.queryEvents(ctx, eventQuery(graph.EventFilter{Type: graph.Meeting, Actors: pair}, false, nil, order), limit)
		if err != nil {
			return nil, err
		}
		for _, e := range events {
			ids[c] = append(ids[c], e.ID)
			if !seen[e.ID] {
				seen[e.ID] = true
				unique = append(unique, e)
			}
		}
	}
	if err := r.fillEvents(ctx, unique); err != nil {
		return nil, err
	}
	byID := make(map[string]graph.Event, len(unique))
	for _, e := range unique {
		byID[e.ID] = e
	}
	out := make(map[string][]graph.Event, len(ids))
	for c, list := range ids {
		for _, id := range list {
			out[c] = append(out[c], ownCopy(byID[id]))
		}
	}
	return out, nil
}

// ownCopy is e with lists of its own: a meeting of three people is
// listed under two counterparts, and Graph may sort or trim each.
func ownCopy(e graph.Event) graph.Event {
	e.Participants = slices.Clone(e.Participants)
	e.Sources = slices.Clone(e.Sources)
	e.ClaimData = slices.Clone(e.ClaimData)
	return e
}

// straddling is the query of the events f selects that start before
// f.From and overlap it: one bounded range per span class, merged in
// (date_start, id) order.
func straddling(f graph.EventFilter) sqlQuery {
	from := f.From.String()
	union := sqlQuery{text: "SELECT * FROM ("}
	for c := 0; c <= len(graph.SpanBounds); c++ {
		// Without stats SQLite would rather read the whole window of an
		// actor's dates than the class's slice of it: the span index is
		// named.
		arm := eventQuery(f, true, func(d eventDriver) sqlQuery {
			// The class is written into the text, not passed: SQLite
			// re-prepares a statement before every run when this
			// equality takes a parameter. c is a number of ours.
			q := sqlQuery{d.span + " = " + strconv.Itoa(c) + " AND " + d.start + " < ? AND " + d.end + " >= ?", []any{from, from}}
			if first, ok := graph.SpanStart(c, f.From); ok {
				q.text += " AND " + d.start + " >= ?"
				q.args = append(q.args, first.String())
			}
			return q
		}, nil)
		if c > 0 {
			union.text += " UNION ALL "
		}
		union.text += "SELECT * FROM (" + arm.text + ")"
		union.args = append(union.args, arm.args...)
	}
	union.text += ") ORDER BY date_start, id"
	return union
}

// literalLimit ends the union of straddling with its LIMIT written into
// the text, rounded up to a power of two so that the texts stay few: with
// the limit a parameter, SQLite prepares that compound statement again
// before every run (about 0.4 ms, a quarter of an import's time in the
// profile), as it does for the span class above. The caller keeps the
// first limit rows; 0 is no limit.
func literalLimit(q sqlQuery, limit int) sqlQuery {
	if limit > 0 {
		q.text += " LIMIT " + strconv.Itoa(1<<bits.Len(uint(limit-1)))
	}
	return q
}

// withinRange is the query of the events f selects that start on or
// after f.From, in order.
func withinRange(f graph.EventFilter, order func(eventDriver) string) sqlQuery {
	from := f.From.String()
	return eventQuery(f, false, func(d eventDriver) sqlQuery { return sqlQuery{d.start + " >= ?", []any{from}} }, order)
}

// sqlQuery is SQL text made of fixed fragments and the parameters that
// carry input.
type sqlQuery struct {
	text string
	args []any
}

// eventDriver names the columns of the rows an event query is driven by:
// the first actor's participations, which carry their event's dates, or
// the events themselves.
type eventDriver struct{ id, start, end, span string }

// queryEvents runs an event query, adding the limit when there is one.
func (r *reader) queryEvents(ctx context.Context, q sqlQuery, limit int) ([]graph.Event, error) {
	if limit > 0 {
		q.text += " LIMIT ?"
		q.args = append(q.args, limit)
	}
	rows, err := r.query(ctx, q.text, q.args...)
	return scanAll(rows, err, func(rs *sql.Rows) (graph.Event, error) { return scanEvent(rs) })
}

// eventQuery builds the query of the events f selects that also meet the
// condition extra makes (nil for none), followed by what tail adds (an
// ORDER BY; nil for nothing). From bounds the dates only through extra.
func eventQuery(f graph.EventFilter, bySpan bool, extra func(eventDriver) sqlQuery, tail func(eventDriver) string) sqlQuery {
	d := eventDriver{id: "e.id", start: "e.date_start", end: "e.date_end", span: "e.span"}
	from := "events e"
	switch {
	case bySpan && f.Type != "":
		from = "events e INDEXED BY events_type_span"
	case bySpan:
		from = "events e INDEXED BY events_span"
	}
	var prefix string
	var conds []string
	var args []any
	if f.Place != "" {
		prefix = placeWithin
		args = append(args, f.Place)
		conds = append(conds, "e.place_id IN (SELECT id FROM within)")
	}
	if len(f.Actors) > 0 {
		d = eventDriver{id: "d.event_id", start: "d.date_start", end: "d.date_end", span: "d.span"}
		from = "participants d JOIN events e ON e.id = d.event_id"
		switch {
		case bySpan:
			from = "participants d INDEXED BY participants_actor_span JOIN events e ON e.id = d.event_id"
		case f.Type != "":
			// The actor's events of the type, in date order, from
			// their own range of the index.
			from = "participants d INDEXED BY participants_actor_type JOIN events e ON e.id = d.event_id"
		}
		conds = append(conds, "d.actor_id = ?")
		args = append(args, f.Actors[0])
	}
	if f.ID != "" {
		conds = append(conds, "e.id = ?")
		args = append(args, f.ID)
	}
	if len(f.IDs) > 0 {
		conds = append(conds, "e.id IN (SELECT value FROM json_each(?))")
		args = append(args, idsJSON(f.IDs))
	}
	for _, a := range f.Actors[min(1, len(f.Actors)):] {
		conds = append(conds, "EXISTS (SELECT 1 FROM participants pa WHERE pa.event_id = e.id AND pa.actor_id = ?)")
		args = append(args, a)
	}
	switch {
	case f.Type != "" && len(f.Actors) > 0:
		conds = append(conds, "d.type = ?")
		args = append(args, string(f.Type))
	case f.Type != "":
		conds = append(conds, "e.type = ?")
		args = append(args, string(f.Type))
	}
	if extra != nil {
		x := extra(d)
		conds = append(conds, x.text)
		args = append(args, x.args...)
	}
	if !f.To.IsZero() {
		conds = append(conds, d.start+" <= ?")
		args = append(args, f.To.String())
	}
	if f.MinSources > 0 {
		conds = append(conds, "e.source_count >= ?")
		args = append(args, f.MinSources)
	}
	if !f.AsOf.IsZero() {
		conds = append(conds, "e.first_reported <= ?")
		args = append(args, f.AsOf.String())
	}
	if f.After != nil {
		conds = append(conds, "("+d.start+", "+d.id+") > (?, ?)")
		args = append(args, f.After.Start.String(), f.After.ID)
	}
	if len(conds) == 0 {
		conds = append(conds, "1")
	}
	q := sqlQuery{prefix + `SELECT ` + eventColumns + ` FROM ` + from + ` LEFT JOIN places p ON p.id = e.place_id
		WHERE ` + strings.Join(conds, " AND "), args}
	if tail != nil {
		q.text += tail(d)
	}
	return q
}

// fillEvents adds participants, quotes and claim rows to events.
func (r *reader) fillEvents(ctx context.Context, events []graph.Event) error {
	if len(events) == 0 {
		return nil
	}
	ids := make([]string, len(events))
	keys := make([]string, len(events))
	at := map[string]int{}
	for i, e := range events {
		ids[i], keys[i], at[e.ID] = e.ID, eventKey(e.ID), i
	}
	rows, err := r.query(ctx, `SELECT pa.event_id, pa.actor_id, a.name, a.kind, pa.role
		FROM participants pa JOIN actors a ON a.id = pa.actor_id
		WHERE pa.event_id IN (SELECT value FROM json_each(?))`, idsJSON(ids))
	type row struct {
		event string
		p     graph.Participant
	}
	parts, err := scanAll(rows, err, func(rs *sql.Rows) (row, error) {
		var x row
		return x, rs.Scan(&x.event, &x.p.ActorID, &x.p.Name, &x.p.Kind, &x.p.Role)
	})
	if err != nil {
		return err
	}
	for _, x := range parts {
		e := &events[at[x.event]]
		e.Participants = append(e.Participants, x.p)
	}
	srcs, err := r.sources(ctx, keys)
	if err != nil {
		return err
	}
	for i := range events {
		events[i].Sources = srcs[keys[i]]
	}
	claims, err := r.claims(ctx, ids)
	if err != nil {
		return err
	}
	for i := range events {
		events[i].ClaimData = claims[events[i].ID]
	}
	return nil
}

// claims returns the claim rows of events, each event's by article id, in
// one query.
func (r *reader) claims(ctx context.Context, events []string) (map[string][]string, error) {
	rows, err := r.query(ctx, `SELECT event_id, data FROM claims
		WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, article_id`, idsJSON(events))
	all, err := scanAll(rows, err, func(rs *sql.Rows) ([2]string, error) {
		var x [2]string
		return x, rs.Scan(&x[0], &x[1])
	})
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, x := range all {
		out[x[0]] = append(out[x[0]], x[1])
	}
	return out, nil
}

// Edges implements graph.View: participations, and relations whose two
// ends are actors.
func (r *reader) Edges(ctx context.Context, ids []string, perActor int) ([]graph.Edge, []string, error) {
	// An actor's participations, latest first along
	// participants_actor_date, one more than the cap to tell a capped
	// actor; the ordinal numbers them per actor.
	limit := -1 // SQLite's "no limit"
	if perActor > 0 {
		limit = perActor + 1
	}
	rows, err := r.query(ctx, qActorParts, idsJSON(ids), limit)
	parts, err := scanAll(rows, err, func(rs *sql.Rows) (graph.DatedEdge, error) {
		p := graph.DatedEdge{Edge: graph.Edge{Type: string(graph.ParticipatedIn)}}
		return p, rs.Scan(&p.Edge.From, &p.Edge.To, &p.Edge.Role, &p.Day)
	})
	if err != nil {
		return nil, nil, err
	}
	byActor, capped := graph.CapLatest(parts, perActor)
	rows, err = r.query(ctx, `WITH ids(id) AS (SELECT value FROM json_each(?))
		SELECT 'PARTICIPATED_IN', actor_id, event_id, role FROM participants WHERE event_id IN (SELECT id FROM ids)
		UNION ALL
		SELECT r.type, r.from_id, r.to_id, r.title FROM relations r
			WHERE (r.from_id IN (SELECT id FROM ids) OR r.to_id IN (SELECT id FROM ids))
			AND r.from_id IN (SELECT id FROM actors) AND r.to_id IN (SELECT id FROM actors)`, idsJSON(ids))
	rest, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Edge, error) {
		var e graph.Edge
		return e, rs.Scan(&e.Type, &e.From, &e.To, &e.Role)
	})
	if err != nil {
		return nil, nil, err
	}
	return uniqueEdges(append(byActor, rest...)), capped, nil
}

// qActorParts reads each actor's participations, latest first along
// participants_actor_date, up to a limit per actor.
const qActorParts = `SELECT j.value, p.event_id, p.role, p.date_start FROM json_each(?) j
	JOIN participants p ON p.rowid IN (SELECT rowid FROM participants INDEXED BY participants_actor_date
		WHERE actor_id = j.value ORDER BY date_start DESC, event_id DESC LIMIT ?)`

// uniqueEdges drops repeated edges (a participation found from both its
// actor and its event, a relation between two of the ids), keeping the
// first of each.
func uniqueEdges(edges []graph.Edge) []graph.Edge {
	seen := make(map[graph.Edge]bool, len(edges))
	out := edges[:0]
	for _, e := range edges {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// qEdgesAmong reads the participants of the events among ids (by the
// participants key), then the relations among them. The unary plus keeps
// SQLite from walking every participation of each actor among ids
// instead, as it would without statistics.
const qEdgesAmong = `WITH ids(id) AS (SELECT value FROM json_each(?))
		SELECT 'PARTICIPATED_IN', p.actor_id, p.event_id, p.role FROM ids
			JOIN participants p ON p.event_id = ids.id
			WHERE +p.actor_id IN (SELECT id FROM ids)
		UNION ALL
		SELECT r.type, r.from_id, r.to_id, r.title FROM ids
			JOIN relations r ON r.from_id = ids.id
			WHERE r.to_id IN (SELECT id FROM ids)
			AND r.from_id IN (SELECT id FROM actors) AND r.to_id IN (SELECT id FROM actors)`

// EdgesAmong implements graph.View.
func (r *reader) EdgesAmong(ctx context.Context, ids []string) ([]graph.Edge, error) {
	rows, err := r.query(ctx, qEdgesAmong, idsJSON(ids))
	edges, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Edge, error) {
		var e graph.Edge
		return e, rs.Scan(&e.Type, &e.From, &e.To, &e.Role)
	})
	return uniqueEdges(edges), err
}

// Nodes implements graph.View.
func (r *reader) Nodes(ctx context.Context, ids []string) (map[string]graph.Node, error) {
	rows, err := r.query(ctx, `WITH ids(id) AS (SELECT value FROM json_each(?))
		SELECT id, ?, kind, name, NULL, NULL, NULL, NULL, NULL FROM actors WHERE id IN (SELECT id FROM ids)
		UNION ALL
		SELECT id, ?, type, title, date_start, date_end, precision, date_text, first_reported FROM events
			WHERE id IN (SELECT id FROM ids)`, idsJSON(ids), graph.NodeLabelActor, graph.NodeLabelEvent)
	list, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Node, error) {
		var n graph.Node
		var start, end, prec, text, reported sql.NullString
		if err := rs.Scan(&n.ID, &n.Label, &n.Kind, &n.Name, &start, &end, &prec, &text, &reported); err != nil {
			return n, err
		}
		n.FirstReported = reported.String
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

// Stored implements graph.View. The write transaction holds the file's
// lock already, so there is nothing more to lock.
func (r *reader) Stored(ctx context.Context, ids, except []string) (map[string]graph.StoredNode, error) {
	// For each node, the first article outside except that states it: one
	// step along the (fact, article_id) index, however many articles state
	// it.
	rows, err := r.query(ctx, `WITH ids(id) AS (SELECT value FROM json_each(?)),
		leftout(id) AS (SELECT value FROM json_each(?)),
		nodes(id, class, kind, aliases) AS (
			SELECT id, 'actor', kind, aliases FROM actors WHERE id IN (SELECT id FROM ids)
			UNION ALL
			SELECT id, 'place', '', '[]' FROM places WHERE id IN (SELECT id FROM ids) AND kind <> 'country'
			UNION ALL
			SELECT id, 'event', '', '[]' FROM events WHERE id IN (SELECT id FROM ids))
		SELECT n.id, n.class, n.kind, n.aliases, coalesce((SELECT s.article_id FROM statements s
			WHERE s.fact = n.class || ':' || n.id AND s.article_id NOT IN (SELECT id FROM leftout)
			ORDER BY s.article_id LIMIT 1), '')
		FROM nodes n`, idsJSON(ids), idsJSON(except))
	nodes, err := scanAll(rows, err, func(rs *sql.Rows) (graph.StoredNode, error) {
		var n graph.StoredNode
		var aliases string
		if err := rs.Scan(&n.ID, &n.Class, &n.ActorKind, &aliases, &n.StatedElsewhere); err != nil {
			return n, err
		}
		return n, json.Unmarshal([]byte(aliases), &n.Aliases)
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.StoredNode, len(nodes))
	var events []string
	for _, n := range nodes {
		out[n.ID] = n
		if n.Class == graph.EventNode {
			events = append(events, n.ID)
		}
	}
	// Every claim, the article being written included: Graph merges them
	// all.
	claims, err := r.claims(ctx, events)
	if err != nil {
		return nil, err
	}
	for id, c := range claims {
		n := out[id]
		n.Claims = c
		out[id] = n
	}
	return out, nil
}

// Counts implements graph.View.
func (r *reader) Counts(ctx context.Context) (graph.Counts, error) {
	c := graph.Counts{ActorsByKind: map[graph.ActorKind]int{}, PlacesByKind: map[graph.PlaceKind]int{},
		EventsByType: map[graph.EventType]int{}, Edges: map[string]int{}}
	queries := []struct {
		sql string
		add func(k string, n int)
	}{
		{`SELECT '', count(*) FROM articles`, func(_ string, n int) { c.Articles = n }},
		{`SELECT kind, count(*) FROM actors GROUP BY kind`, func(k string, n int) { c.ActorsByKind[graph.ActorKind(k)] = n }},
		{`SELECT kind, count(*) FROM places WHERE kind <> 'country' GROUP BY kind`, func(k string, n int) { c.PlacesByKind[graph.PlaceKind(k)] = n }},
		{`SELECT type, count(*) FROM events GROUP BY type`, func(k string, n int) { c.EventsByType[graph.EventType(k)] = n }},
		{`SELECT 'PARTICIPATED_IN', count(*) FROM participants
			UNION ALL SELECT 'OCCURRED_IN', count(*) FROM events WHERE place_id IS NOT NULL
			UNION ALL SELECT type, count(*) FROM relations GROUP BY type
			UNION ALL SELECT 'MENTIONS', count(*) FROM sources
				WHERE fact LIKE 'actor:%' OR fact LIKE 'place:%' OR fact LIKE 'event:%'`,
			func(k string, n int) { c.Edges[k] = n }},
	}
	for _, q := range queries {
		rows, err := r.query(ctx, q.sql)
		kvs, err := scanAll(rows, err, func(rs *sql.Rows) (struct {
			k string
			n int
		}, error) {
			var x struct {
				k string
				n int
			}
			return x, rs.Scan(&x.k, &x.n)
		})
		if err != nil {
			return c, err
		}
		for _, x := range kvs {
			q.add(x.k, x.n)
		}
	}
	return c, nil
}

// Candidates implements graph.View.
func (r *reader) Candidates(ctx context.Context, keys []string) ([]graph.Candidate, error) {
	rows, err := r.query(ctx, `SELECT k.key, a.id, a.name, a.kind, a.aliases, a.description
		FROM actor_keys k JOIN actors a ON a.id = k.actor_id
		WHERE k.key IN (SELECT value FROM json_each(?)) ORDER BY k.key, a.id`, idsJSON(keys))
	return scanAll(rows, err, func(rs *sql.Rows) (graph.Candidate, error) {
		var c graph.Candidate
		var aliases string
		if err := rs.Scan(&c.Key, &c.Actor.ID, &c.Actor.Name, &c.Actor.Kind, &aliases, &c.Actor.Description); err != nil {
			return c, err
		}
		if err := json.Unmarshal([]byte(aliases), &c.Actor.Aliases); err != nil {
			return c, fmt.Errorf("actor %s: aliases: %w", c.Actor.ID, err)
		}
		return c, nil
	})
}

// Containment implements graph.View. The statement key is built by SQL
// from the row itself, as relKey builds it in Go.
func (r *reader) Containment(ctx context.Context, ids, except []string) ([]graph.RelationKey, error) {
	rows, err := r.query(ctx, `SELECT rel.type, rel.from_id, rel.to_id FROM relations rel
		WHERE rel.from_id IN (SELECT value FROM json_each(?)) AND rel.type IN (?, ?)
		AND EXISTS (SELECT 1 FROM statements s
			WHERE s.fact = 'rel:' || rel.type || ':' || rel.from_id || ':' || rel.to_id
			AND s.article_id NOT IN (SELECT value FROM json_each(?)))
		ORDER BY rel.type, rel.from_id, rel.to_id`,
		idsJSON(ids), string(graph.LocatedIn), string(graph.PartOf), idsJSON(except))
	return scanAll(rows, err, func(rs *sql.Rows) (graph.RelationKey, error) {
		var k graph.RelationKey
		return k, rs.Scan(&k.Type, &k.From, &k.To)
	})
}

// Merges implements graph.View.
func (r *reader) Merges(ctx context.Context, from string, limit int) ([]graph.ArticleMerges, error) {
	if limit == 0 {
		limit = -1 // SQLite's "no limit"
	}
	rows, err := r.query(ctx, `SELECT id, merges FROM articles WHERE merges <> '' AND id >= ? ORDER BY id LIMIT ?`, from, limit)
	return scanAll(rows, err, func(rs *sql.Rows) (graph.ArticleMerges, error) {
		var m graph.ArticleMerges
		return m, rs.Scan(&m.Article, &m.Data)
	})
}

// The query of a page of counterparts: the first part, the cursor's
// condition when there is one, the order and limit.
const (
	qCounterparts      = `SELECT other_id, meetings FROM meeting_pairs INDEXED BY meeting_pairs_rank WHERE actor_id = ?`
	qCounterpartsAfter = ` AND (meetings < ? OR (meetings = ? AND other_id > ?))`
	qCounterpartsOrder = ` ORDER BY meetings DESC, other_id LIMIT ?`
)

// Counterparts implements graph.View: the actor's pairs in the order of
// the meeting_pairs_rank index, from the cursor on; the counts are kept
// by triggers as meetings are written.
func (r *reader) Counterparts(ctx context.Context, actor string, after *graph.CounterpartKey, limit int) ([]graph.CounterpartCount, error) {
	page, args := "", []any{actor}
	if after != nil {
		page = qCounterpartsAfter
		args = append(args, after.Meetings, after.Meetings, after.ID)
	}
	rows, err := r.query(ctx, qCounterparts+page+qCounterpartsOrder, append(args, limit)...)
	return scanAll(rows, err, func(rs *sql.Rows) (graph.CounterpartCount, error) {
		var c graph.CounterpartCount
		return c, rs.Scan(&c.ActorID, &c.Meetings)
	})
}

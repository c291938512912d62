package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// writer implements graph.Tx.
type writer struct {
	reader
	// version is what the transaction's commit makes the graph's version.
	version uint64
}

// Version implements graph.TxVersioner: the version this transaction
// commits.
func (w *writer) Version(context.Context) (uint64, error) { return w.version, nil }

// LogChange implements graph.ChangeWriter, forgetting the changes of
// versions graph.ChangeLogKeep older than this one.
func (w *writer) LogChange(ctx context.Context, c graph.Change) error {
	var lists [3][]byte
	for i, l := range [][]string{c.Events, c.Actors, c.Places} {
		if l == nil {
			l = []string{}
		}
		b, err := json.Marshal(l)
		if err != nil {
			return err
		}
		lists[i] = b
	}
	if _, err := w.tx.ExecContext(ctx, `INSERT INTO graph_changes (version, events, actors, places) VALUES (?, ?, ?, ?)`,
		int64(w.version), string(lists[0]), string(lists[1]), string(lists[2])); err != nil {
		return fmt.Errorf("log the change: %w", err)
	}
	if w.version > graph.ChangeLogKeep {
		if _, err := w.tx.ExecContext(ctx, `DELETE FROM graph_changes WHERE version <= ?`, int64(w.version-graph.ChangeLogKeep)); err != nil {
			return fmt.Errorf("forget old changes: %w", err)
		}
	}
	return nil
}

// Stated implements graph.Tx.
func (w *writer) Stated(ctx context.Context, article string) (*graph.Prior, error) {
	var fp string
	err := w.queryRow(ctx, `SELECT fingerprint FROM articles WHERE id = ?`, article).Scan(&fp)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	rows, err := w.query(ctx, `SELECT fact FROM statements WHERE article_id = ? ORDER BY fact`, article)
	facts, err := scanAll(rows, err, func(rs *sql.Rows) (string, error) {
		var f string
		return f, rs.Scan(&f)
	})
	if err != nil {
		return nil, err
	}
	p := &graph.Prior{Fingerprint: fp}
	for _, f := range facts {
		kind, rest, _ := strings.Cut(f, ":")
		parts := strings.Split(rest, ":")
		switch {
		case kind == "actor":
			p.Actors = append(p.Actors, rest)
		case kind == "place":
			p.Places = append(p.Places, rest)
		case kind == "event":
			p.Events = append(p.Events, rest)
		case kind == "part" && len(parts) == 2:
			p.Parts = append(p.Parts, graph.Part{Event: parts[0], Actor: parts[1]})
		case kind == "occ" && len(parts) == 2:
			p.Occ = append(p.Occ, graph.Occurrence{Event: parts[0], Place: parts[1]})
		case kind == "rel" && len(parts) == 3:
			p.Relations = append(p.Relations, graph.RelationKey{Type: graph.RelationType(parts[0]), From: parts[1], To: parts[2]})
		}
	}
	return p, nil
}

// applier applies one plan through the statement cache, keeping the
// first error.
type applier struct {
	ctx     context.Context
	w       *writer
	article string
	// rank is the article's quotes' copy of its method (see sources).
	rank int
	err  error
}

func (a *applier) exec(q string, args ...any) {
	if a.err != nil {
		return
	}
	st, err := a.w.stmts.in(a.ctx, a.w.tx, q)
	if err != nil {
		a.err = err
		return
	}
	_, a.err = st.ExecContext(a.ctx, args...)
}

// stillStated reports whether any article states the fact.
func (a *applier) stillStated(fact string) bool {
	if a.err != nil {
		return true
	}
	var n int
	a.err = a.w.queryRow(a.ctx, `SELECT EXISTS (SELECT 1 FROM statements WHERE fact = ?)`, fact).Scan(&n)
	return n > 0 || a.err != nil
}

// Apply implements graph.Tx, in the order graph.Plan gives.
func (w *writer) Apply(ctx context.Context, p *graph.Plan) error {
	a := &applier{ctx: ctx, w: w, article: p.Article.ID, rank: 1}
	if p.Article.Method == graph.Curated {
		a.rank = 0
	}
	art := p.Article
	a.exec(`INSERT INTO articles (id, title, outlet, url, published, language, text, fingerprint, method, extractor, merges)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet, url = excluded.url,
			published = excluded.published, language = excluded.language, text = excluded.text,
			fingerprint = excluded.fingerprint, method = excluded.method, extractor = excluded.extractor,
			merges = excluded.merges`,
		art.ID, art.Title, art.Outlet, art.URL, art.Published, art.Language, art.Text, p.Fingerprint,
		string(art.Method), art.Extractor, p.MergeData)
	a.exec(`DELETE FROM sources WHERE article_id = ?`, art.ID)
	a.withdraw(p.Withdrawn)
	for _, act := range p.Actors {
		a.actor(act)
	}
	for _, pl := range p.Places {
		a.place(pl.Place)
		a.state(placeKey(pl.ID), pl.Sources)
	}
	for _, e := range p.Events {
		a.event(e)
		a.state(eventKey(e.ID), e.Sources)
	}
	// An event's participants may include actors only other articles
	// name: the article states just its own.
	for _, k := range p.Now.Parts {
		a.state(partKey(k.Event, k.Actor), nil)
	}
	for _, o := range p.Now.Occ {
		a.state(occKey(o.Event, o.Place), nil)
	}
	for _, r := range p.Relations {
		a.exec(`INSERT INTO relations (type, from_id, to_id, title, since, until) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (type, from_id, to_id) DO UPDATE SET title = excluded.title, since = excluded.since,
				until = excluded.until`,
			string(r.Type), r.From, r.To, r.Title, dateJSON(r.Since), dateJSON(r.Until))
		a.state(relKey(r.Type, r.From, r.To), r.Sources)
	}
	for _, c := range p.Claims {
		a.exec(`INSERT INTO claims (event_id, article_id, data) VALUES (?, ?, ?)
			ON CONFLICT (event_id, article_id) DO UPDATE SET data = excluded.data`, c.Event, art.ID, c.Data)
	}
	// Events others still state take the merge of what is left; their
	// participant rows stay, as do everyone's statements.
	for _, e := range p.Recomputed {
		a.exec(`UPDATE events SET type = ?, title = ?, summary = ?, date_start = ?, date_end = ?, precision = ?,
				date_text = ?, cameo = ?, place_id = ?, amount_value = ?, amount_currency = ?, count_value = ?,
				count_qualifier = ?, count_unit = ?, source_count = ?, first_reported = ?
			WHERE id = ?`, append(eventValues(e)[1:], e.ID)...)
		for _, pt := range e.Participants {
			a.exec(`UPDATE participants SET role = ? WHERE event_id = ? AND actor_id = ?`, pt.Role, e.ID, pt.ActorID)
		}
	}
	if p.Delete {
		// Withdrawn took the article's statements, claims and (step 1)
		// quotes already; these make sure nothing of it outlives it.
		a.exec(`DELETE FROM statements WHERE article_id = ?`, art.ID)
		a.exec(`DELETE FROM sources WHERE article_id = ?`, art.ID)
		a.exec(`DELETE FROM claims WHERE article_id = ?`, art.ID)
		a.exec(`DELETE FROM articles WHERE id = ?`, art.ID)
	}
	return a.err
}

// state records that the article states a fact, with its quotes.
func (a *applier) state(fact string, sources []graph.Source) {
	a.exec(`INSERT OR IGNORE INTO statements (article_id, fact) VALUES (?, ?)`, a.article, fact)
	for _, src := range sources {
		a.exec(`INSERT OR IGNORE INTO sources (article_id, fact, quote, start_off, end_off, rank) VALUES (?, ?, ?, ?, ?, ?)`,
			a.article, fact, src.Quote, src.Start, src.End, a.rank)
	}
}

// unstate removes the article's statement of a fact and reports whether
// the fact is left without any.
func (a *applier) unstate(fact string) bool {
	a.exec(`DELETE FROM statements WHERE article_id = ? AND fact = ?`, a.article, fact)
	return !a.stillStated(fact)
}

// withdraw removes the article's statements of what it no longer states,
// deleting each fact no article states any more. Only these keys are
// looked at: the cost follows the article, not the store.
func (a *applier) withdraw(s graph.Statements) {
	for _, k := range s.Parts {
		if a.unstate(partKey(k.Event, k.Actor)) {
			a.exec(`DELETE FROM participants WHERE event_id = ? AND actor_id = ?`, k.Event, k.Actor)
		}
	}
	for _, o := range s.Occ {
		a.unstate(occKey(o.Event, o.Place))
	}
	for _, k := range s.Relations {
		if a.unstate(relKey(k.Type, k.From, k.To)) {
			a.exec(`DELETE FROM relations WHERE type = ? AND from_id = ? AND to_id = ?`, string(k.Type), k.From, k.To)
		}
	}
	for _, id := range s.Events {
		a.exec(`DELETE FROM claims WHERE event_id = ? AND article_id = ?`, id, a.article)
		if a.unstate(eventKey(id)) {
			a.exec(`DELETE FROM participants WHERE event_id = ?`, id)
			a.exec(`DELETE FROM claims WHERE event_id = ?`, id)
			a.exec(`DELETE FROM events WHERE id = ?`, id)
		}
	}
	for _, id := range s.Actors {
		if a.unstate(actorKey(id)) {
			a.exec(`DELETE FROM actor_keys WHERE actor_id = ?`, id)
			a.exec(`DELETE FROM actors WHERE id = ?`, id)
			a.exec(`DELETE FROM places WHERE id = ? AND kind = ?`, id, string(graph.CountryKind))
			a.detach(id)
		}
	}
	for _, id := range s.Places {
		if a.unstate(placeKey(id)) {
			a.exec(`DELETE FROM places WHERE id = ? AND kind <> ?`, id, string(graph.CountryKind))
			a.detach(id)
		}
	}
}

// detach removes the edges of a node that is gone, as a graph store does
// with the node: events no longer take place in a place that is not one
// any more, and an id that is neither actor nor place loses its
// participations and relations. Nothing changes while the node is there,
// and that is asked first: a delete conditioned on the node's absence
// would still walk every participation of a busy actor.
func (a *applier) detach(id string) {
	if a.err != nil {
		return
	}
	var actor, place bool
	a.err = a.w.queryRow(a.ctx, `SELECT EXISTS (SELECT 1 FROM actors WHERE id = ?), EXISTS (SELECT 1 FROM places WHERE id = ?)`,
		id, id).Scan(&actor, &place)
	if !place {
		a.exec(`UPDATE events SET place_id = NULL WHERE place_id = ?`, id)
	}
	if !actor {
		a.exec(`DELETE FROM participants WHERE actor_id = ?`, id)
	}
	if !actor && !place {
		a.exec(`DELETE FROM relations WHERE from_id = ? OR to_id = ?`, id, id)
	}
}

func (a *applier) actor(act graph.PlannedActor) {
	aliases, _ := json.Marshal(act.Aliases) // a []string always marshals
	a.exec(`INSERT INTO actors (id, name, kind, aliases, description, sort_name, search) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
			description = excluded.description, sort_name = excluded.sort_name, search = excluded.search`,
		act.ID, act.Name, string(act.Kind), string(aliases), act.Description, act.SortName, act.Search)
	a.exec(`DELETE FROM actor_keys WHERE actor_id = ?`, act.ID)
	for _, k := range act.Keys {
		a.exec(`INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)`, k, act.ID)
	}
	// A country is a place too; an actor that stops being one stops
	// being a place.
	if act.Kind == graph.Country {
		a.place(graph.Place{ID: act.ID, Name: act.Name, Kind: graph.CountryKind})
	} else {
		a.exec(`DELETE FROM places WHERE id = ? AND kind = ?`, act.ID, string(graph.CountryKind))
		a.detach(act.ID)
	}
	a.state(actorKey(act.ID), act.Sources)
}

func (a *applier) place(p graph.Place) {
	a.exec(`INSERT INTO places (id, name, kind) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind`, p.ID, p.Name, string(p.Kind))
}

// eventValues are the columns of an event row in the order of the events
// upsert: id, then its properties.
func eventValues(e graph.Event) []any {
	var placeID, cur, qual, unit, amount, count any
	if e.Place != nil {
		placeID = e.Place.ID
	}
	if e.Amount != nil {
		amount, cur = e.Amount.Value, e.Amount.Currency
	}
	if e.Count != nil {
		count, qual, unit = e.Count.Value, string(e.Count.Qualifier), e.Count.Unit
	}
	return []any{e.ID, string(e.Type), e.Title, e.Summary, e.Date.Start, e.Date.End, string(e.Date.Precision), e.Date.Text,
		e.CAMEO, placeID, amount, cur, count, qual, unit, e.SourceCount, e.FirstReported}
}

// event upserts an event and its participants with their roles; the
// article's statements are written by Apply.
func (a *applier) event(e graph.Event) {
	a.exec(`INSERT INTO events (id, type, title, summary, date_start, date_end, precision, date_text, cameo,
			place_id, amount_value, amount_currency, count_value, count_qualifier, count_unit, source_count, first_reported)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, summary = excluded.summary,
			date_start = excluded.date_start, date_end = excluded.date_end, precision = excluded.precision,
			date_text = excluded.date_text, cameo = excluded.cameo, place_id = excluded.place_id,
			amount_value = excluded.amount_value, amount_currency = excluded.amount_currency,
			count_value = excluded.count_value, count_qualifier = excluded.count_qualifier,
			count_unit = excluded.count_unit, source_count = excluded.source_count,
			first_reported = excluded.first_reported`,
		eventValues(e)...)
	for _, p := range e.Participants {
		a.exec(`INSERT INTO participants (event_id, actor_id, role) VALUES (?, ?, ?)
			ON CONFLICT (event_id, actor_id) DO UPDATE SET role = excluded.role`, e.ID, p.ActorID, p.Role)
	}
}

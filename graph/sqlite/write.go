package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// Fact keys name each fact in the statements and sources tables.
func actorKey(id string) string          { return "actor:" + id }
func placeKey(id string) string          { return "place:" + id }
func eventKey(id string) string          { return "event:" + id }
func partKey(event, actor string) string { return "part:" + event + ":" + actor }
func occKey(event string) string         { return "occ:" + event }
func relKey(t graph.RelationType, from, to string) string {
	return "rel:" + string(t) + ":" + from + ":" + to
}

// UpsertArticle implements graph.Store.
func (s *Store) UpsertArticle(ctx context.Context, f *graph.ArticleFacts) (graph.ImportResult, error) {
	if err := f.Validate(); err != nil {
		return graph.ImportResult{}, err
	}
	res := graph.ImportResult{Article: f.Article.ID}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, f.Article.ID).Scan(&n); err != nil {
			return err
		}
		res.Created = n == 0
		return writeArticle(ctx, tx, f)
	})
	if err != nil {
		return graph.ImportResult{}, s.fail("upsert article "+f.Article.ID, err)
	}
	return res, nil
}

func writeArticle(ctx context.Context, tx *sql.Tx, f *graph.ArticleFacts) error {
	a := f.Article
	// The article's earlier contribution goes; what it states now comes
	// back below, and facts no article states any more are collected last.
	for _, q := range []string{`DELETE FROM statements WHERE article_id = ?`, `DELETE FROM sources WHERE article_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, a.ID); err != nil {
			return err
		}
	}
	if err := checkCollisions(ctx, tx, f); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, title, outlet, url, published, language, text)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet, url = excluded.url,
			published = excluded.published, language = excluded.language, text = excluded.text`,
		a.ID, a.Title, a.Outlet, a.URL, a.Published, a.Language, a.Text); err != nil {
		return err
	}
	w := &writer{ctx: ctx, tx: tx, article: a.ID}
	for _, act := range f.Actors {
		w.actor(act)
	}
	for _, p := range f.Places {
		w.place(p.Place)
		w.state(placeKey(p.ID), p.Sources)
	}
	for _, e := range f.Events {
		w.event(e)
	}
	for _, r := range f.Relations {
		w.relation(r)
	}
	if w.err != nil {
		return w.err
	}
	return collectGarbage(ctx, tx)
}

// writer writes one article's facts, keeping the first error.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	article string
	err     error
}

func (w *writer) exec(q string, args ...any) {
	if w.err == nil {
		_, w.err = w.tx.ExecContext(w.ctx, q, args...)
	}
}

// state records that the article states a fact, with its quotes.
func (w *writer) state(fact string, sources []graph.Source) {
	w.exec(`INSERT OR IGNORE INTO statements (article_id, fact) VALUES (?, ?)`, w.article, fact)
	for _, src := range sources {
		w.exec(`INSERT OR IGNORE INTO sources (article_id, fact, quote, start_off, end_off) VALUES (?, ?, ?, ?, ?)`,
			w.article, fact, src.Quote, src.Start, src.End)
	}
}

func (w *writer) actor(a graph.SourcedActor) {
	if w.err != nil {
		return
	}
	// Aliases are the union of what every article gives.
	var old string
	err := w.tx.QueryRowContext(w.ctx, `SELECT aliases FROM actors WHERE id = ?`, a.ID).Scan(&old)
	if err != nil && err != sql.ErrNoRows {
		w.err = err
		return
	}
	var aliases []string
	if old != "" {
		if err := json.Unmarshal([]byte(old), &aliases); err != nil {
			w.err = fmt.Errorf("actor %s: aliases: %w", a.ID, err)
			return
		}
	}
	aliases = graph.MergeAliases(aliases, a.Aliases)
	aj, _ := json.Marshal(aliases)
	search := []string{graph.Fold(a.Name)}
	for _, al := range aliases {
		search = append(search, graph.Fold(al))
	}
	w.exec(`INSERT INTO actors (id, name, kind, aliases, description, sort_name, search) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
			description = excluded.description, sort_name = excluded.sort_name, search = excluded.search`,
		a.ID, a.Name, string(a.Kind), string(aj), a.Description, graph.Fold(a.Name), strings.Join(search, "\n"))
	if a.Kind == graph.Country {
		w.place(graph.Place{ID: a.ID, Name: a.Name, Kind: graph.CountryKind})
	} else {
		w.exec(`DELETE FROM places WHERE id = ? AND kind = ?`, a.ID, string(graph.CountryKind))
	}
	w.state(actorKey(a.ID), a.Sources)
}

func (w *writer) place(p graph.Place) {
	w.exec(`INSERT INTO places (id, name, kind) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind`, p.ID, p.Name, string(p.Kind))
}

func (w *writer) event(e graph.Event) {
	var placeID, cur, qual, unit any
	var amount, count any
	if e.Place != nil {
		placeID = e.Place.ID
	}
	if e.Amount != nil {
		amount, cur = e.Amount.Value, e.Amount.Currency
	}
	if e.Count != nil {
		count, qual, unit = e.Count.Value, string(e.Count.Qualifier), e.Count.Unit
	}
	w.exec(`INSERT INTO events (id, type, title, summary, date_start, date_end, precision, date_text, cameo,
			place_id, amount_value, amount_currency, count_value, count_qualifier, count_unit)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, summary = excluded.summary,
			date_start = excluded.date_start, date_end = excluded.date_end, precision = excluded.precision,
			date_text = excluded.date_text, cameo = excluded.cameo, place_id = excluded.place_id,
			amount_value = excluded.amount_value, amount_currency = excluded.amount_currency,
			count_value = excluded.count_value, count_qualifier = excluded.count_qualifier,
			count_unit = excluded.count_unit`,
		e.ID, string(e.Type), e.Title, e.Summary, e.Date.Start, e.Date.End, string(e.Date.Precision), e.Date.Text,
		e.CAMEO, placeID, amount, cur, count, qual, unit)
	w.state(eventKey(e.ID), e.Sources)
	if e.Place != nil {
		w.state(occKey(e.ID), nil)
	}
	for _, p := range e.Participants {
		w.exec(`INSERT INTO participants (event_id, actor_id, role) VALUES (?, ?, ?)
			ON CONFLICT (event_id, actor_id) DO UPDATE SET role = excluded.role`, e.ID, p.ActorID, p.Role)
		w.state(partKey(e.ID, p.ActorID), nil)
	}
}

func (w *writer) relation(r graph.Relation) {
	w.exec(`INSERT INTO relations (type, from_id, to_id, title, since, until) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (type, from_id, to_id) DO UPDATE SET title = excluded.title, since = excluded.since,
			until = excluded.until`,
		string(r.Type), r.From, r.To, r.Title, dateJSON(r.Since), dateJSON(r.Until))
	w.state(relKey(r.Type, r.From, r.To), r.Sources)
}

func dateJSON(d *graph.Date) any {
	if d == nil {
		return nil
	}
	b, _ := json.Marshal(d) // a Date always marshals
	return string(b)
}

// collectGarbage deletes every fact no article states any more.
func collectGarbage(ctx context.Context, tx *sql.Tx) error {
	stmts := []string{
		`DELETE FROM participants WHERE NOT EXISTS (SELECT 1 FROM statements s
			WHERE s.fact = 'part:' || participants.event_id || ':' || participants.actor_id)`,
		`UPDATE events SET place_id = NULL WHERE place_id IS NOT NULL AND NOT EXISTS
			(SELECT 1 FROM statements s WHERE s.fact = 'occ:' || events.id)`,
		`DELETE FROM relations WHERE NOT EXISTS (SELECT 1 FROM statements s
			WHERE s.fact = 'rel:' || relations.type || ':' || relations.from_id || ':' || relations.to_id)`,
		`DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.fact = 'event:' || events.id)`,
		`DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.fact = 'actor:' || actors.id)`,
		`DELETE FROM places WHERE NOT EXISTS (SELECT 1 FROM statements s
			WHERE s.fact = 'place:' || places.id OR (places.kind = 'country' AND s.fact = 'actor:' || places.id))`,
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// checkCollisions refuses an id that the article gives to one kind of node
// (actor, place, event) while another article states it as another kind.
func checkCollisions(ctx context.Context, tx *sql.Tx, f *graph.ArticleFacts) error {
	var keys []string
	kinds := map[string]string{}
	add := func(kind, id string, others ...func(string) string) {
		for _, key := range others {
			keys = append(keys, key(id))
			kinds[key(id)] = kind
		}
	}
	for _, a := range f.Actors {
		add("actors", a.ID, placeKey, eventKey)
	}
	for _, p := range f.Places {
		add("places", p.ID, actorKey, eventKey)
	}
	for _, e := range f.Events {
		add("events", e.ID, actorKey, placeKey)
	}
	var fact string
	err := tx.QueryRowContext(ctx, `SELECT fact FROM statements WHERE article_id <> ?
		AND fact IN (SELECT value FROM json_each(?)) ORDER BY fact LIMIT 1`, f.Article.ID, idsJSON(keys)).Scan(&fact)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	kind, id, _ := strings.Cut(fact, ":")
	return graph.Invalid(kinds[fact], "id %q is already the id of a node of another kind (%s), stated by another article", id, kind)
}

package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// UpsertArticle implements graph.Store. The article and everything it
// states are written in one managed write transaction (retried on
// transient errors, all or nothing). Facts merge on id; the article's
// earlier contribution is replaced; facts no article states any more are
// deleted. Unknown vocabulary and references to nodes that neither this
// article nor any other states are graph.ErrInvalid.
func (s *Store) UpsertArticle(ctx context.Context, f *graph.ArticleFacts) (graph.ImportResult, error) {
	if err := f.Validate(); err != nil {
		return graph.ImportResult{}, err
	}
	p := plan(f)
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(ctx)
	created, err := neo4jdrv.ExecuteWrite(ctx, sess, func(tx neo4jdrv.ManagedTransaction) (bool, error) {
		return s.write(ctx, tx, p)
	})
	if err != nil {
		return graph.ImportResult{}, s.fail("upsert article "+f.Article.ID, err)
	}
	return graph.ImportResult{Article: f.Article.ID, Created: created}, nil
}

// relKey names a relation fact.
type relKey struct {
	Type     graph.RelationType
	From, To string
}

func (k relKey) encode() string {
	b, _ := json.Marshal([]string{string(k.Type), k.From, k.To}) // strings always marshal
	return string(b)
}

func decodeRelKey(s string) (relKey, bool) {
	var parts []string
	if json.Unmarshal([]byte(s), &parts) != nil || len(parts) != 3 {
		return relKey{}, false
	}
	return relKey{graph.RelationType(parts[0]), parts[1], parts[2]}, true
}

type partKey struct{ event, actor string }

// article is one article's facts, validated, with duplicates folded the
// way successive upserts would fold them, ready to become UNWIND rows.
type article struct {
	facts     *graph.ArticleFacts
	actors    []graph.SourcedActor
	places    []graph.SourcedPlace
	events    []graph.Event
	occ       map[string]bool // events whose place this article states
	parts     []partKey       // participations, in first-stated order
	roles     map[partKey]string
	relations []graph.Relation
}

// plan folds repeated ids of facts that graph.ArticleFacts.Validate has
// passed: later properties win, aliases, quotes and participants add up.
func plan(f *graph.ArticleFacts) *article {
	p := &article{facts: f, occ: map[string]bool{}, roles: map[partKey]string{}}

	actorAt := map[string]int{}
	for _, act := range f.Actors {
		if j, dup := actorAt[act.ID]; dup {
			prev := p.actors[j]
			act.Aliases = slices.Concat(prev.Aliases, act.Aliases)
			act.Sources = slices.Concat(prev.Sources, act.Sources)
			p.actors[j] = act
			continue
		}
		actorAt[act.ID] = len(p.actors)
		p.actors = append(p.actors, act)
	}
	placeAt := map[string]int{}
	for _, pl := range f.Places {
		if j, dup := placeAt[pl.ID]; dup {
			pl.Sources = slices.Concat(p.places[j].Sources, pl.Sources)
			p.places[j] = pl
			continue
		}
		placeAt[pl.ID] = len(p.places)
		p.places = append(p.places, pl)
	}
	eventAt := map[string]int{}
	for _, e := range f.Events {
		if e.Place != nil {
			p.occ[e.ID] = true
		}
		for _, part := range e.Participants {
			k := partKey{e.ID, part.ActorID}
			if _, seen := p.roles[k]; !seen {
				p.parts = append(p.parts, k)
			}
			p.roles[k] = part.Role
		}
		if j, dup := eventAt[e.ID]; dup {
			e.Sources = slices.Concat(p.events[j].Sources, e.Sources)
			p.events[j] = e
			continue
		}
		eventAt[e.ID] = len(p.events)
		p.events = append(p.events, e)
	}
	relAt := map[relKey]int{}
	for _, r := range f.Relations {
		k := relKey{r.Type, r.From, r.To}
		if j, dup := relAt[k]; dup {
			r.Sources = slices.Concat(p.relations[j].Sources, r.Sources)
			p.relations[j] = r
			continue
		}
		relAt[k] = len(p.relations)
		p.relations = append(p.relations, r)
	}
	return p
}

// date turns a YYYY-MM-DD day (already validated) into a Neo4j date.
func date(day string) neo4jdrv.Date {
	t, _ := graph.ParseDay(day)
	return neo4jdrv.DateOf(t)
}

// nullable stores an empty optional string as an absent property.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// dedupeSources keeps the first quote at each pair of offsets, as the
// SQLite store's primary key does.
func dedupeSources(srcs []graph.Source) []graph.Source {
	type at struct{ start, end int }
	seen := map[at]bool{}
	var out []graph.Source
	for _, s := range srcs {
		k := at{s.Start, s.End}
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// Constant Cypher, built once from the fixed vocabularies. No input ever
// becomes query text: labels and relationship types come from graph's
// vocabulary lists, and input is validated against them before a query is
// chosen.
var (
	actorKindLabels = func() string {
		var b strings.Builder
		for _, k := range graph.ActorKinds {
			b.WriteString(":" + string(k))
		}
		return b.String()
	}()
	eventTypeLabels = func() string {
		var b strings.Builder
		for _, t := range graph.EventTypes {
			b.WriteString(":" + string(t))
		}
		return b.String()
	}()
	// relTypes is the relationship type alternation of every relation.
	relTypes = func() string {
		s := make([]string, len(graph.RelationTypes))
		for i, t := range graph.RelationTypes {
			s[i] = string(t)
		}
		return strings.Join(s, "|")
	}()
)

// addArticle is the Cypher expression adding $article to the list x.
func addArticle(x string) string {
	return fmt.Sprintf(`CASE WHEN $article IN coalesce(%[1]s, []) THEN %[1]s ELSE coalesce(%[1]s, []) + $article END`, x)
}

// dropArticle is the Cypher expression removing $article from the list x.
func dropArticle(x string) string {
	return fmt.Sprintf(`[a IN coalesce(%s, []) WHERE a <> $article]`, x)
}

// endNode resolves a relation end: the Actor with the id, else the Place.
const endNode = `CALL (row) {
	OPTIONAL MATCH (x:Actor {id: row.%[1]s})
	OPTIONAL MATCH (y:Place {id: row.%[1]s})
	RETURN coalesce(x, y) AS %[2]s
}
`

var (
	// qArticleState locks the article (creating it if new, so that two
	// imports of one article take turns) and reads what it stated before.
	qArticleState = `MERGE (a:Article {id: $article})
ON CREATE SET a.__created = true
SET a.__lock = true
REMOVE a.__lock
WITH a, a.__created IS NULL AS found
REMOVE a.__created
RETURN found, coalesce(a.statedActors, []) AS actors, coalesce(a.statedPlaces, []) AS places,
	coalesce(a.statedEvents, []) AS events, coalesce(a.statedRelations, []) AS relations`

	// qCollisions finds an id that this article gives to one kind of node
	// (row.kind: actor, place or event) and another article states as
	// another kind. A country node is Actor and Place at once: restating it
	// as an actor is no clash, declaring a place with its id is.
	qCollisions = `UNWIND $rows AS row
CALL (row) {
	MATCH (n:Actor {id: row.id}) WHERE row.kind <> 'actor' RETURN n
	UNION
	MATCH (n:Place {id: row.id}) WHERE (row.kind = 'actor' AND NOT n:Actor) OR row.kind = 'event' RETURN n
	UNION
	MATCH (n:Event {id: row.id}) WHERE row.kind <> 'event' RETURN n
}
WITH row, n WHERE any(x IN coalesce(n.articles, []) WHERE x <> $article)
RETURN row.id, row.kind, [l IN labels(n) WHERE l IN ['Actor', 'Place', 'Event']][0]
LIMIT 1`

	// qLock takes the write locks of the nodes the article states now
	// (creating them if new) or stated before, in id order, before anything
	// is read: concurrent imports of articles that share facts then
	// serialise on them instead of losing a statement or an alias. It
	// returns the aliases to merge with.
	qLock = func() map[string]string {
		m := map[string]string{}
		for _, label := range []string{"Actor", "Place", "Event"} {
			m[label] = `UNWIND $rows AS row
CALL (row) {
	WITH row WHERE row.create
	MERGE (n:` + label + ` {id: row.id})
	RETURN n
	UNION
	WITH row WHERE NOT row.create
	MATCH (n:` + label + ` {id: row.id})
	RETURN n
}
SET n.__lock = true
REMOVE n.__lock
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases`
		}
		return m
	}()

	qUnstateActors = `UNWIND $rows AS row
MATCH (n:Actor {id: row.id})
SET n.articles = ` + dropArticle("n.articles") + `
WITH n WHERE size(n.articles) = 0
DETACH DELETE n`

	qUnstatePlaces = `UNWIND $rows AS row
MATCH (n:Place {id: row.id})
SET n.articles = ` + dropArticle("n.articles") + `
WITH n WHERE size(n.articles) = 0
DETACH DELETE n`

	qUnstateEvents = `UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.articles = ` + dropArticle("n.articles") + `
WITH n WHERE size(n.articles) = 0
DETACH DELETE n`

	// qUnstateParts drops the article from participations in the events it
	// stated before that it does not state now.
	qUnstateParts = `UNWIND $rows AS row
MATCH (a:Actor)-[r:PARTICIPATED_IN]->(:Event {id: row.id})
WHERE $article IN r.articles AND NOT a.id IN row.keep
SET r.articles = ` + dropArticle("r.articles") + `
WITH r WHERE size(r.articles) = 0
DELETE r`

	qUnstateOcc = `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
WHERE $article IN e.placeArticles
SET e.placeArticles = ` + dropArticle("e.placeArticles") + `
WITH e
OPTIONAL MATCH (e)-[o:OCCURRED_IN]->()
SET o.articles = e.placeArticles
WITH e, o WHERE o IS NOT NULL AND size(e.placeArticles) = 0
DELETE o`

	// qDropMentions deletes the article's quotes that it no longer gives.
	qDropMentions = `MATCH (:Article {id: $article})-[m:MENTIONS]->(n)
WHERE NOT [CASE WHEN n:Event THEN 'Event' WHEN n:Actor THEN 'Actor' ELSE 'Place' END, n.id, m.start, m.end] IN $keep
DELETE m`

	qArticle = `MERGE (a:Article {id: $article})
SET a.title = $title, a.outlet = $outlet, a.url = $url, a.published = $published, a.language = $language,
	a.text = $text, a.statedActors = $actors, a.statedPlaces = $places, a.statedEvents = $events,
	a.statedRelations = $relations`

	qActors = func() string {
		var b strings.Builder
		b.WriteString(`UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.description = row.description,
	a.sortName = row.sortName, a.search = row.search, a.articles = ` + addArticle("a.articles") + `
REMOVE a` + actorKindLabels + "\n")
		for _, k := range graph.ActorKinds {
			fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN row.kind = '%[1]s' THEN [1] ELSE [] END | SET a:%[1]s)\n", k)
		}
		fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN row.kind = '%s' THEN [1] ELSE [] END | SET a:Place, a.placeKind = '%s')\n",
			graph.Country, graph.CountryKind)
		fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN row.kind <> '%s' THEN [1] ELSE [] END | REMOVE a:Place, a.placeKind)\n",
			graph.Country)
		return b.String()
	}()

	// qPlaces merges places. A country is a Place already (through its
	// actor); a place statement about it changes only its place kind.
	qPlaces = `UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.articles = ` + addArticle("p.articles") + `
FOREACH (_ IN CASE WHEN p:Actor THEN [] ELSE [1] END | SET p.name = row.name, p.kind = row.kind)
FOREACH (_ IN CASE WHEN p:Actor THEN [1] ELSE [] END | SET p.placeKind = row.kind)`

	qEvents = func() string {
		var b strings.Builder
		b.WriteString(`UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props, e.articles = ` + addArticle("e.articles") + `,
	e.placeArticles = CASE WHEN row.place IS NULL THEN e.placeArticles ELSE ` + addArticle("e.placeArticles") + ` END
REMOVE e` + eventTypeLabels + "\n")
		for _, t := range graph.EventTypes {
			fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN row.props.type = '%[1]s' THEN [1] ELSE [] END | SET e:%[1]s)\n", t)
		}
		// The place is what the last import said: no place removes it.
		b.WriteString(`WITH e, row
CALL (e, row) {
	MATCH (e)-[o:OCCURRED_IN]->(old)
	WHERE row.place IS NULL OR old.id <> row.place
	DELETE o
}
WITH e, row
OPTIONAL MATCH (p:Place {id: row.place})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
	MERGE (e)-[o:OCCURRED_IN]->(p)
	SET o.articles = e.placeArticles)`)
		return b.String()
	}()

	qParts = `UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.articles = ` + addArticle("r.articles")

	// qMentions merges quotes into MENTIONS, one query per node label.
	qMentions = func() map[string]string {
		m := map[string]string{}
		for _, label := range []string{"Actor", "Place", "Event"} {
			m[label] = `MATCH (art:Article {id: $article})
UNWIND $rows AS row
MATCH (n:` + label + ` {id: row.id})
MERGE (art)-[m:MENTIONS {start: row.start, end: row.end}]->(n)
SET m.quote = row.quote`
		}
		return m
	}()

	// qRelations and qUnstateRelations hold one query per relation type.
	qRelations        = map[graph.RelationType]string{}
	qUnstateRelations = map[graph.RelationType]string{}
)

func init() {
	ends := fmt.Sprintf(endNode, "from", "a") + fmt.Sprintf(endNode, "to", "b")
	for _, t := range graph.RelationTypes {
		qRelations[t] = `UNWIND $rows AS row
` + ends + `WITH row, a, b WHERE a IS NOT NULL AND b IS NOT NULL
MERGE (a)-[r:` + string(t) + `]->(b)
WITH row, r, [i IN range(0, size(coalesce(r.quoteArticles, [])) - 1) WHERE r.quoteArticles[i] <> $article] AS keep
WITH row, r,
	[i IN keep | r.quoteArticles[i]] + row.quoteArticles AS quoteArticles,
	[i IN keep | r.quotes[i]] + row.quotes AS quotes,
	[i IN keep | r.quoteStarts[i]] + row.quoteStarts AS quoteStarts,
	[i IN keep | r.quoteEnds[i]] + row.quoteEnds AS quoteEnds
SET r += row.props, r.articles = ` + addArticle("r.articles") + `,
	r.quoteArticles = quoteArticles, r.quotes = quotes, r.quoteStarts = quoteStarts, r.quoteEnds = quoteEnds
RETURN count(r) AS n`
		qUnstateRelations[t] = `UNWIND $rows AS row
` + ends + `MATCH (a)-[r:` + string(t) + `]->(b)
WITH r, [i IN range(0, size(coalesce(r.quoteArticles, [])) - 1) WHERE r.quoteArticles[i] <> $article] AS keep
WITH r, keep,
	[i IN keep | r.quoteArticles[i]] AS quoteArticles, [i IN keep | r.quotes[i]] AS quotes,
	[i IN keep | r.quoteStarts[i]] AS quoteStarts, [i IN keep | r.quoteEnds[i]] AS quoteEnds
SET r.articles = ` + dropArticle("r.articles") + `,
	r.quoteArticles = quoteArticles, r.quotes = quotes, r.quoteStarts = quoteStarts, r.quoteEnds = quoteEnds
WITH r WHERE size(r.articles) = 0
DELETE r`
	}
}

// unwind runs an UNWIND $rows query, as one statement or split by
// rowsPerStatement, and returns every record.
func (s *Store) unwind(ctx context.Context, tx neo4jdrv.ManagedTransaction, cypher string, rows []map[string]any,
	params map[string]any) ([]*neo4jdrv.Record, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	step := len(rows)
	if s.rowsPerStatement > 0 {
		step = s.rowsPerStatement
	}
	var out []*neo4jdrv.Record
	for i := 0; i < len(rows); i += step {
		p := map[string]any{"rows": rows[i:min(i+step, len(rows))]}
		for k, v := range params {
			p[k] = v
		}
		res, err := tx.Run(ctx, cypher, p)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
	}
	return out, nil
}

func sourceRows(id string, srcs []graph.Source) []map[string]any {
	var rows []map[string]any
	for _, src := range dedupeSources(srcs) {
		rows = append(rows, map[string]any{"id": id, "quote": src.Quote, "start": int64(src.Start), "end": int64(src.End)})
	}
	return rows
}

// lockRows lists the ids to lock in order: those stated now are created
// if missing, those stated before only are matched.
func lockRows(now, old []string) []map[string]any {
	create := map[string]bool{}
	for _, id := range now {
		create[id] = true
	}
	ids := slices.Concat(now, old)
	slices.Sort(ids)
	rows := make([]map[string]any, 0, len(ids))
	for _, id := range slices.Compact(ids) {
		rows = append(rows, map[string]any{"id": id, "create": create[id]})
	}
	return rows
}

func idRows(ids []string) []map[string]any {
	rows := make([]map[string]any, len(ids))
	for i, id := range ids {
		rows[i] = map[string]any{"id": id}
	}
	return rows
}

func dateProps(prefix string, d *graph.Date, props map[string]any) {
	if d == nil {
		props[prefix+"Start"], props[prefix+"End"], props[prefix+"Precision"], props[prefix+"Text"] = nil, nil, nil, nil
		return
	}
	props[prefix+"Start"], props[prefix+"End"] = date(d.Start), date(d.End)
	props[prefix+"Precision"], props[prefix+"Text"] = string(d.Precision), nullable(d.Text)
}

// write is the body of the article's transaction. It may run more than
// once (the driver retries transient failures), so it changes nothing but
// the database.
func (s *Store) write(ctx context.Context, tx neo4jdrv.ManagedTransaction, p *article) (bool, error) {
	art := p.facts.Article
	base := map[string]any{"article": art.ID}
	run := func(cypher string, rows []map[string]any) ([]*neo4jdrv.Record, error) {
		return s.unwind(ctx, tx, cypher, rows, base)
	}

	// What the article stated before.
	res, err := tx.Run(ctx, qArticleState, base)
	if err != nil {
		return false, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return false, err
	}
	found, _ := rec.Values[0].(bool)
	oldActors, oldPlaces, oldEvents := strs(rec.Values[1]), strs(rec.Values[2]), strs(rec.Values[3])
	var oldRels []relKey
	for _, k := range strs(rec.Values[4]) {
		if rk, ok := decodeRelKey(k); ok {
			oldRels = append(oldRels, rk)
		}
	}

	// What it states now.
	newActors, newPlaces, newEvents := map[string]bool{}, map[string]bool{}, map[string]bool{}
	countries := map[string]bool{}
	var actorIDs, placeIDs, eventIDs, relKeys []string
	for _, a := range p.actors {
		newActors[a.ID] = true
		actorIDs = append(actorIDs, a.ID)
		if a.Kind == graph.Country {
			countries[a.ID] = true
		}
	}
	for _, pl := range p.places {
		newPlaces[pl.ID] = true
		placeIDs = append(placeIDs, pl.ID)
	}
	for _, e := range p.events {
		newEvents[e.ID] = true
		eventIDs = append(eventIDs, e.ID)
	}
	newRels := map[relKey]bool{}
	for _, r := range p.relations {
		k := relKey{r.Type, r.From, r.To}
		newRels[k] = true
		relKeys = append(relKeys, k.encode())
	}

	// An id names one kind of node across all articles.
	var ids []map[string]any
	for kind, list := range map[string][]string{"actor": actorIDs, "place": placeIDs, "event": eventIDs} {
		for _, id := range list {
			ids = append(ids, map[string]any{"id": id, "kind": kind})
		}
	}
	recs, err := run(qCollisions, ids)
	if err != nil {
		return false, err
	}
	if len(recs) > 0 {
		v := recs[0].Values
		return false, graph.Invalid(str(v[1])+"s", "id %q is already the id of a node of another kind (%s), stated by another article",
			str(v[0]), strings.ToLower(str(v[2])))
	}

	// Lock what the article touches; aliases are the union of what every
	// article gives.
	oldAliases := map[string][]string{}
	for _, l := range []struct {
		label string
		now   []string
		old   []string
	}{{"Actor", actorIDs, oldActors}, {"Place", placeIDs, oldPlaces}, {"Event", eventIDs, oldEvents}} {
		recs, err := run(qLock[l.label], lockRows(l.now, l.old))
		if err != nil {
			return false, err
		}
		if l.label == "Actor" {
			for _, r := range recs {
				oldAliases[str(r.Values[0])] = strs(r.Values[1])
			}
		}
	}

	// Withdraw what the article no longer states; what no article states
	// goes.
	if found {
		gone := func(old []string, now map[string]bool) []string {
			var out []string
			for _, id := range old {
				if !now[id] {
					out = append(out, id)
				}
			}
			return out
		}
		keepActors := map[string][]string{}
		for _, k := range p.parts {
			keepActors[k.event] = append(keepActors[k.event], k.actor)
		}
		var partRows, occRows []map[string]any
		for _, id := range oldEvents {
			keep := keepActors[id]
			if keep == nil {
				keep = []string{}
			}
			partRows = append(partRows, map[string]any{"id": id, "keep": keep})
			if !p.occ[id] {
				occRows = append(occRows, map[string]any{"id": id})
			}
		}
		relRows := map[graph.RelationType][]map[string]any{}
		for _, k := range oldRels {
			if !newRels[k] && qUnstateRelations[k.Type] != "" {
				relRows[k.Type] = append(relRows[k.Type], map[string]any{"from": k.From, "to": k.To})
			}
		}
		steps := []struct {
			cypher string
			rows   []map[string]any
		}{
			{qUnstateParts, partRows},
			{qUnstateOcc, occRows},
		}
		for _, t := range graph.RelationTypes {
			steps = append(steps, struct {
				cypher string
				rows   []map[string]any
			}{qUnstateRelations[t], relRows[t]})
		}
		steps = append(steps, []struct {
			cypher string
			rows   []map[string]any
		}{
			{qUnstateEvents, idRows(gone(oldEvents, newEvents))},
			{qUnstateActors, idRows(gone(oldActors, newActors))},
			{qUnstatePlaces, idRows(gone(oldPlaces, newPlaces))},
		}...)
		for _, st := range steps {
			if _, err := run(st.cypher, st.rows); err != nil {
				return false, err
			}
		}
	}

	// The article itself.
	params := map[string]any{
		"article": art.ID, "title": art.Title, "outlet": art.Outlet, "url": nullable(art.URL),
		"published": date(art.Published), "language": art.Language, "text": art.Text,
		"actors": nonNil(actorIDs), "places": nonNil(placeIDs), "events": nonNil(eventIDs), "relations": nonNil(relKeys),
	}
	if _, err := tx.Run(ctx, qArticle, params); err != nil {
		return false, err
	}

	// Nodes and their quotes.
	var actorRows, placeRows, eventRows, partRows []map[string]any
	mentions := map[string][]map[string]any{}
	var keepMentions [][]any
	mention := func(label, id string, srcs []graph.Source) {
		rows := sourceRows(id, srcs)
		mentions[label] = append(mentions[label], rows...)
		for _, r := range rows {
			keepMentions = append(keepMentions, []any{label, id, r["start"], r["end"]})
		}
	}
	for _, a := range p.actors {
		aliases := graph.MergeAliases(oldAliases[a.ID], a.Aliases)
		search := []string{graph.Fold(a.Name)}
		for _, al := range aliases {
			search = append(search, graph.Fold(al))
		}
		actorRows = append(actorRows, map[string]any{
			"id": a.ID, "name": a.Name, "kind": string(a.Kind), "aliases": aliases,
			"description": nullable(a.Description), "sortName": graph.Fold(a.Name), "search": strings.Join(search, "\n"),
		})
		mention("Actor", a.ID, a.Sources)
	}
	for _, pl := range p.places {
		placeRows = append(placeRows, map[string]any{"id": pl.ID, "name": pl.Name, "kind": string(pl.Kind)})
		mention("Place", pl.ID, pl.Sources)
	}
	for _, e := range p.events {
		props := map[string]any{
			"type": string(e.Type), "title": e.Title, "summary": nullable(e.Summary),
			"date": date(e.Date.Start), "dateEnd": date(e.Date.End), "precision": string(e.Date.Precision),
			"dateText": nullable(e.Date.Text), "cameo": nullable(e.CAMEO),
			"amount": nil, "currency": nil, "count": nil, "countQualifier": nil, "countUnit": nil,
		}
		if e.Amount != nil {
			props["amount"], props["currency"] = e.Amount.Value, e.Amount.Currency
		}
		if e.Count != nil {
			props["count"], props["countQualifier"], props["countUnit"] = e.Count.Value, string(e.Count.Qualifier), nullable(e.Count.Unit)
		}
		var place any
		if e.Place != nil {
			place = e.Place.ID
		}
		eventRows = append(eventRows, map[string]any{"id": e.ID, "props": props, "place": place})
		mention("Event", e.ID, e.Sources)
	}
	for _, k := range p.parts {
		partRows = append(partRows, map[string]any{"event": k.event, "actor": k.actor, "role": p.roles[k]})
	}
	if found {
		if _, err := tx.Run(ctx, qDropMentions, map[string]any{"article": art.ID, "keep": nonNilAny(keepMentions)}); err != nil {
			return false, err
		}
	}
	for _, st := range []struct {
		cypher string
		rows   []map[string]any
	}{
		{qActors, actorRows}, {qPlaces, placeRows}, {qEvents, eventRows}, {qParts, partRows},
		{qMentions["Actor"], mentions["Actor"]}, {qMentions["Place"], mentions["Place"]}, {qMentions["Event"], mentions["Event"]},
	} {
		if _, err := run(st.cypher, st.rows); err != nil {
			return false, err
		}
	}

	// Relations, one query per type.
	relRows := map[graph.RelationType][]map[string]any{}
	for _, r := range p.relations {
		props := map[string]any{"title": nullable(r.Title)}
		dateProps("since", r.Since, props)
		dateProps("until", r.Until, props)
		row := map[string]any{"from": r.From, "to": r.To, "props": props}
		var arts, quotes []string
		var starts, ends []int64
		for _, src := range dedupeSources(r.Sources) {
			arts, quotes = append(arts, art.ID), append(quotes, src.Quote)
			starts, ends = append(starts, int64(src.Start)), append(ends, int64(src.End))
		}
		row["quoteArticles"], row["quotes"] = nonNil(arts), nonNil(quotes)
		row["quoteStarts"], row["quoteEnds"] = nonNilInts(starts), nonNilInts(ends)
		relRows[r.Type] = append(relRows[r.Type], row)
	}
	for _, t := range graph.RelationTypes {
		if _, err := run(qRelations[t], relRows[t]); err != nil {
			return false, err
		}
	}
	return !found, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilInts(s []int64) []int64 {
	if s == nil {
		return []int64{}
	}
	return s
}

func nonNilAny(s [][]any) [][]any {
	if s == nil {
		return [][]any{}
	}
	return s
}

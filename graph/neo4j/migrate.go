package neo4j

import (
	"context"
	"slices"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// migrate brings a database written by an earlier version of this package to
// the current model, once: each step selects only what lacks the current
// model (articles without statedParts or statedOcc, events without claims
// or span classes, actors without name keys), so running it again finds
// nothing to do and a database written by this version costs one read
// per step. Steps run in order, each in batches of migrateBatch nodes,
// one write transaction per batch holding the graph lock, so that
// imports wait and two processes opening one database do not migrate a
// node twice.
//
//  1. Articles get statedParts and statedOcc, derived from the graph: the
//     participations of their events that list them, and the place each
//     gives its events (placeIds, or, before placeIds existed, the event's
//     current place for every article in placeArticles).
//  2. Events get claim rows, sourceCount and firstReported, and lose
//     placeArticles, placeIds and the articles of their OCCURRED_IN: an
//     article's claim is the event as stored, with the place that article
//     gives it and the participants it states (with their current roles),
//     which is what importing it now would write when the articles agree.
//  3. Actors get their name keys (graph.ActorKeys).
//  4. Events get their span class (span), and their participations the
//     copies of their ends' ids and of the event's dates and span class
//     that the date indexes read (see Store).
//  5. Actors get the MET relationships to the actors they met, with the
//     number of meetings (see Counterparts), and metKept, which every
//     actor written since carries: its pairs are kept by each write.
//  6. Participations get a copy of their event's type (type), which
//     the (actor, type, date, event) index reads.
//  7. Actors and places lose their lists of the articles stating them, and
//     relations theirs and their quote lists (quoteArticles, quotes,
//     quoteStarts, quoteEnds), for (:Stated {fact, article}) nodes, a
//     relation's with that article's quotes of it; relations get their
//     fact key.
//  8. Quotes (MENTIONS) get copies of their article's and node's ids and
//     their article's rank, which the quotes index reads (see Store).
//
// Step 1 must come before step 2, which drops what it reads.
//
// When the steps are done the graph lock node records modelVersion as
// model, and an Open that finds it skips them: their checks read every
// event, 0.7-1.1 s at 100k events, for every command.
// A database written by an older eventgraph after that is not migrated
// again, which is why older and newer versions must not write one
// database in turn.
func (s *Store) migrate(ctx context.Context) error {
	recs, err := s.autocommit(ctx, qModel)
	if err != nil {
		return fail("read model version", err)
	}
	if len(recs) > 0 && i64(recs[0].Values[0]) >= modelVersion {
		return nil
	}
	for _, m := range []struct {
		op   string
		step func(context.Context, *reader, string) (string, error)
	}{
		{"migrate article statements", migrateArticles},
		{"migrate event claims", migrateEvents},
		{"migrate actor name keys", migrateActorKeys},
		{"migrate person skeleton keys", migratePersonKeys},
		{"migrate event spans", migrateSpans},
		{"migrate meeting counts", migrateMet},
		{"migrate participation types", migratePartTypes},
		{"migrate actor statements", migrateStated("Actor")},
		{"migrate place statements", migrateStated("Place")},
		{"migrate relation statements", migrateRelationStated},
		{"migrate quote copies", migrateQuoteCopies},
	} {
		for after := ""; ; {
			var next string
			err := s.transact(ctx, m.op, true, qGraphLockWrite, func(tx neo4jdrv.ManagedTransaction) error {
				var err error
				next, err = m.step(ctx, &reader{tx: tx}, after)
				return err
			})
			if err != nil {
				return err
			}
			if next == "" {
				break
			}
			after = next
		}
	}
	return s.transact(ctx, "record model version", true, qGraphLockWrite, func(tx neo4jdrv.ManagedTransaction) error {
		_, err := (&reader{tx: tx}).query(ctx, "record model version", qSetModel, row{"model": modelVersion})
		return err
	})
}

// modelVersion is the model the steps bring a database to; raise it with
// every new step.
const modelVersion = 9

const (
	qModel    = `MATCH (g:GraphLock {id: 'graph'}) RETURN coalesce(g.model, 0)`
	qSetModel = `MATCH (g:GraphLock {id: 'graph'}) SET g.model = $model`
)

// migrateBatch is how many nodes one migration transaction handles.
const migrateBatch = 500

// Each migration step reads the nodes after $after (by id) that lack the
// current model and returns the id of the last one, "" when the batch was
// the last. Paging by id, not "until none is left", ends even for a node
// the step leaves as it was (an actor whose names give no key).

// qOldArticles derives statedParts and statedOcc for articles lacking them.
const qOldArticles = `MATCH (a:Article) WHERE a.id > $after AND (a.statedParts IS NULL OR a.statedOcc IS NULL)
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id,
	COLLECT { UNWIND coalesce(a.statedEvents, []) AS eid
		MATCH (x:Actor)-[r:PARTICIPATED_IN]->(e:Event {id: eid}) WHERE a.id IN r.articles
		RETURN [e.id, x.id] },
	COLLECT { UNWIND coalesce(a.statedEvents, []) AS eid
		MATCH (e:Event {id: eid}) WHERE a.id IN coalesce(e.placeArticles, [])
		WITH e, CASE WHEN e.placeIds IS NULL
			THEN head(COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN p.id })
			ELSE head([i IN range(0, size(e.placeIds) - 1) WHERE e.placeArticles[i] = a.id | e.placeIds[i]]) END AS place
		WHERE place IS NOT NULL
		RETURN [e.id, place] }`

// qSetArticleStatements sets what qOldArticles derived, keeping what an
// article already has.
const qSetArticleStatements = `UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.statedParts = coalesce(a.statedParts, row.parts), a.statedOcc = coalesce(a.statedOcc, row.occ)`

func migrateArticles(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.query(ctx, "read old articles", qOldArticles, row{"after": after, "limit": migrateBatch})
	if err != nil || len(recs) == 0 {
		return "", err
	}
	var rows []row
	for _, rec := range recs {
		v := rec.Values
		encode := func(x any) []string {
			out := []string{}
			for _, pair := range list(x) {
				out = append(out, key(strs(pair)...))
			}
			return out
		}
		rows = append(rows, row{"id": str(v[0]), "parts": encode(v[1]), "occ": encode(v[2])})
	}
	if _, err := r.query(ctx, "write article statements", qSetArticleStatements, row{"rows": rows}); err != nil {
		return "", err
	}
	return lastID(recs, migrateBatch), nil
}

// qOldEvents reads events lacking claims, complete (eventColumns), with
// the articles that state them, the articles of each participation and
// the old place statements.
const qOldEvents = `MATCH (e:Event) WHERE e.id > $after AND e.claims IS NULL
WITH e ORDER BY e.id LIMIT $limit
RETURN ` + eventColumns + `,
	COLLECT { UNWIND coalesce(e.articles, []) AS aid MATCH (art:Article {id: aid})
		RETURN [art.id, art.published, coalesce(art.method, '')] },
	COLLECT { MATCH (x:Actor)-[r:PARTICIPATED_IN]->(e) RETURN [x.id, r.role, coalesce(r.articles, [])] },
	coalesce(e.placeArticles, []), e.placeIds,
	COLLECT { UNWIND coalesce(e.placeIds, []) AS pid MATCH (p:Place {id: pid})
		RETURN DISTINCT [p.id, coalesce(p.placeKind, p.kind)] }`

// qSetClaims writes an event's claims and drops the place statements they
// replace.
const qSetClaims = `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.claimArticles = row.articles, e.claims = row.claims, e.sourceCount = row.sourceCount,
	e.firstReported = row.firstReported
REMOVE e.placeArticles, e.placeIds
WITH e
CALL (e) {
	MATCH (e)-[o:OCCURRED_IN]->()
	REMOVE o.articles
}`

func migrateEvents(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.rewrite(ctx, "events without claims", qOldEvents, row{"after": after, "limit": migrateBatch},
		"claims", qSetClaims, oldEventClaims)
	return lastID(recs, migrateBatch), err
}

// rewrite is a batch of a migration step: it reads records with read,
// makes a row of each with fn and writes the rows with write, unless there
// were none. It returns the records read, none after an error.
func (r *reader) rewrite(ctx context.Context, what, read string, params row, wrote, write string,
	fn func([]any) row) ([]*neo4jdrv.Record, error) {
	recs, err := r.query(ctx, "read "+what, read, params)
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	rows := make([]row, 0, len(recs))
	for _, rec := range recs {
		rows = append(rows, fn(rec.Values))
	}
	if _, err := r.query(ctx, "write "+wrote, write, row{"rows": rows}); err != nil {
		return nil, err
	}
	return recs, nil
}

// oldEventClaims builds the claim rows of one qOldEvents record, by
// article id.
func oldEventClaims(v []any) row {
	e := scanEvent(v)
	extra := v[eventWidth:]
	// Where each article says the event took place: placeIds when the
	// event has them, else its current place for every article in
	// placeArticles. A claimed id that is no place any more (a country
	// restated as another kind) is left out, as the event's edge went.
	placeOf := map[string]graph.PlaceRef{}
	placeArts := strs(extra[2])
	if extra[3] != nil {
		kinds := map[string]graph.PlaceKind{}
		for _, x := range list(extra[4]) {
			l := strs(x)
			kinds[l[0]] = graph.PlaceKind(l[1])
		}
		ids := strs(extra[3])
		for i, a := range placeArts[:min(len(placeArts), len(ids))] {
			if k, ok := kinds[ids[i]]; ok {
				placeOf[a] = graph.PlaceRef{ID: ids[i], Kind: k}
			}
		}
	} else if e.Place != nil {
		for _, a := range placeArts {
			placeOf[a] = graph.PlaceRef{ID: e.Place.ID, Kind: e.Place.Kind}
		}
	}
	type part struct {
		p        graph.Participant
		articles []string
	}
	var parts []part
	for _, x := range list(extra[1]) {
		l := list(x)
		parts = append(parts, part{graph.Participant{ActorID: str(l[0]), Role: str(l[1])}, strs(l[2])})
	}
	slices.SortFunc(parts, func(a, b part) int { return strings.Compare(a.p.ActorID, b.p.ActorID) })

	arts := list(extra[0])
	slices.SortFunc(arts, func(a, b any) int { return strings.Compare(str(list(a)[0]), str(list(b)[0])) })
	ids, claims := []string{}, []string{}
	first := ""
	for _, x := range arts {
		l := list(x)
		a := graph.Article{ID: str(l[0]), Published: day(l[1]), Method: graph.Method(str(l[2]))}
		claim := e
		claim.Place = nil
		if p, ok := placeOf[a.ID]; ok {
			claim.Place = &p
		}
		claim.Participants = nil
		for _, p := range parts {
			if slices.Contains(p.articles, a.ID) {
				claim.Participants = append(claim.Participants, p.p)
			}
		}
		ids, claims = append(ids, a.ID), append(claims, graph.ClaimData(claim, a))
		if a.Published != "" && (first == "" || a.Published < first) {
			first = a.Published
		}
	}
	var firstReported any
	if first != "" {
		firstReported = date(first)
	}
	return row{"id": e.ID, "articles": ids, "claims": claims, "sourceCount": int64(len(ids)), "firstReported": firstReported}
}

// qKeylessActors reads actors without name keys.
const qKeylessActors = `MATCH (a:Actor) WHERE a.id > $after AND NOT EXISTS { MATCH (k:ActorKey {actor: a.id}) }
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id, a.name, a.kind, coalesce(a.aliases, [])`

const qSetActorKeys = `UNWIND $rows AS row
UNWIND row.keys AS key
MERGE (:ActorKey {key: key, actor: row.id})`

func migrateActorKeys(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.query(ctx, "read actors without name keys", qKeylessActors, row{"after": after, "limit": migrateBatch})
	if err != nil {
		return "", err
	}
	return writeKeys(ctx, r, recs)
}

// writeKeys writes the name keys of a batch of actors read as id, name,
// kind and aliases, and returns the id to read the next batch after.
func writeKeys(ctx context.Context, r *reader, recs []*neo4jdrv.Record) (string, error) {
	if len(recs) == 0 {
		return "", nil
	}
	var rows []row
	for _, rec := range recs {
		v := rec.Values
		a := graph.Actor{ID: str(v[0]), Name: str(v[1]), Kind: graph.ActorKind(str(v[2])), Aliases: strs(v[3])}
		rows = append(rows, row{"id": a.ID, "keys": nonNil(graph.ActorKeys(a))})
	}
	if _, err := r.query(ctx, "write actor name keys", qSetActorKeys, row{"rows": rows}); err != nil {
		return "", err
	}
	return lastID(recs, migrateBatch), nil
}

// qPeople reads people, all of them: model 7 added keys to people's
// (graph.Skeleton) that a person keyed before lacks, and which it lacks
// no query can tell. The step runs once, when the model is older.
const qPeople = `MATCH (a:Actor) WHERE a.id > $after AND a.kind = $person
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id, a.name, a.kind, coalesce(a.aliases, [])`

func migratePersonKeys(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.query(ctx, "read people", qPeople, row{"after": after, "limit": migrateBatch, "person": string(graph.Person)})
	if err != nil {
		return "", err
	}
	return writeKeys(ctx, r, recs)
}

// qUnspannedEvents reads the events without a span class. This version
// writes an event's participations with their copies and keeps them in
// step with it, and the step below writes both in one transaction, so an
// event with a span class has participations with copies: checking
// those too would read every participation at every start.
const qUnspannedEvents = `MATCH (e:Event) WHERE e.id > $after AND e.span IS NULL
WITH e ORDER BY e.id LIMIT $limit
RETURN e.id, e.date, e.dateEnd`

// qSetSpans sets the span classes and copies them, with the ids of the
// ends and the event's dates, to the participations.
const qSetSpans = `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.span = row.span
WITH e
CALL (e) {
	MATCH (a)-[r:PARTICIPATED_IN]->(e)
	SET r.actor = a.id, r.event = e.id, r.type = e.type, r.date = e.date, r.dateEnd = e.dateEnd, r.span = e.span
}`

func migrateSpans(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.rewrite(ctx, "events without span classes", qUnspannedEvents, row{"after": after, "limit": migrateBatch},
		"span classes", qSetSpans, func(v []any) row {
			return row{"id": str(v[0]), "span": int64(graph.SpanClass(day(v[1]), day(v[2])))}
		})
	return lastID(recs, migrateBatch), err
}

// qUntypedParts copies their event's type to the participations that
// lack it, a batch of events at a time.
const qUntypedParts = `MATCH (e:Event) WHERE e.id > $after AND EXISTS { MATCH ()-[r:PARTICIPATED_IN]->(e) WHERE r.type IS NULL }
WITH e ORDER BY e.id LIMIT $limit
CALL (e) {
	MATCH ()-[r:PARTICIPATED_IN]->(e)
	SET r.type = e.type
}
RETURN e.id`

func migratePartTypes(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.query(ctx, "participation types", qUntypedParts, row{"after": after, "limit": migrateBatch})
	return lastID(recs, migrateBatch), err
}

// qUncopiedQuotes gives the quotes of articles whose quotes lack the
// copies the quotes index reads (model 9): their article's and node's
// ids and their article's rank.
const qUncopiedQuotes = `MATCH (art:Article) WHERE art.id > $after AND EXISTS { MATCH (art)-[m:MENTIONS]->() WHERE m.target IS NULL }
WITH art ORDER BY art.id LIMIT $limit
CALL (art) {
	MATCH (art)-[m:MENTIONS]->(n)
	SET m.article = art.id, m.target = n.id, m.rank = ` + fragQuoteRank + `
}
RETURN art.id`

func migrateQuoteCopies(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.query(ctx, "quote copies", qUncopiedQuotes, row{"after": after, "limit": migrateBatch})
	return lastID(recs, migrateBatch), err
}

// lastID is the id in the first column of the last record, "" when there
// were fewer than a full batch (nothing is left after them).
func lastID(recs []*neo4jdrv.Record, batch int) string {
	if len(recs) < batch {
		return ""
	}
	return str(recs[len(recs)-1].Values[0])
}

// qMetActors derives, for actors without metKept, the MET relationship to
// each actor with a higher id they met; a pair's lower actor writes it.
const qMetActors = `MATCH (a:Actor) WHERE a.id > $after AND a.metKept IS NULL
WITH a ORDER BY a.id LIMIT $limit
CALL (a) {
	MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
	WHERE e.type = $meeting AND a.id < b.id
	WITH b, count(DISTINCT e) AS n
	MERGE (a)-[m:MET]->(b)
	SET m.meetings = n
}
SET a.metKept = true
RETURN a.id`

func migrateMet(ctx context.Context, r *reader, after string) (string, error) {
	recs, err := r.query(ctx, "derive meeting counts", qMetActors, row{"after": after, "limit": migrateBatch, "meeting": string(graph.Meeting)})
	if err != nil {
		return "", err
	}
	return lastID(recs, migrateBatch), nil
}

// qOldStated turns the articles list of actors or places (label, from the
// fixed vocabulary) into statements. A country is an actor and a place,
// and the actors' step handles it.
func qOldStated(label string) string {
	cond := ""
	if label != "Actor" {
		cond = " AND NOT n:Actor"
	}
	return `MATCH (n:` + label + `) WHERE n.id > $after AND n.articles IS NOT NULL` + cond + `
WITH n ORDER BY n.id LIMIT $limit
CALL (n) {
	UNWIND n.articles AS art
	MERGE (:Stated {fact: n.id, article: art})
}
REMOVE n.articles
RETURN n.id ORDER BY n.id`
}

func migrateStated(label string) func(context.Context, *reader, string) (string, error) {
	q := qOldStated(label)
	return func(ctx context.Context, r *reader, after string) (string, error) {
		recs, err := r.query(ctx, "derive "+strings.ToLower(label)+" statements", q,
			row{"after": after, "limit": migrateBatch})
		if err != nil {
			return "", err
		}
		return lastID(recs, migrateBatch), nil
	}
}

// qOldRelations reads relations without a fact key with their lists;
// migrateRelationStated writes each one's statements and drops the lists,
// so the next batch reads the ones after them.
var (
	qOldRelations = `MATCH (a)-[r:` + relTypes + `]->(b) WHERE r.fact IS NULL
WITH a, r, b LIMIT $limit
RETURN elementId(r), type(r), a.id, b.id, coalesce(r.articles, []), coalesce(r.quoteArticles, []),
	coalesce(r.quotes, []), coalesce(r.quoteStarts, []), coalesce(r.quoteEnds, [])`

	qRelationStated = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r.fact = row.fact
REMOVE r.articles, r.quoteArticles, r.quotes, r.quoteStarts, r.quoteEnds
WITH row
UNWIND row.stated AS st
MERGE (s:Stated {fact: row.fact, article: st.article})
SET s.quotes = st.quotes, s.starts = st.starts, s.ends = st.ends`
)

func migrateRelationStated(ctx context.Context, r *reader, _ string) (string, error) {
	recs, err := r.rewrite(ctx, "relations without statements", qOldRelations, row{"limit": migrateBatch},
		"relation statements", qRelationStated, oldRelationStated)
	if err != nil || len(recs) < migrateBatch {
		return "", err
	}
	return "more", nil
}

// oldRelationStated groups a relation's quote lists by article, with a
// statement for every article listed, quoted or not.
func oldRelationStated(v []any) row {
	fact := relationFact(graph.RelationKey{Type: graph.RelationType(str(v[1])), From: str(v[2]), To: str(v[3])})
	type quotes struct {
		quotes       []string
		starts, ends []int64
	}
	by := map[string]*quotes{}
	var order []string
	add := func(art string) *quotes {
		if by[art] == nil {
			by[art] = &quotes{quotes: []string{}, starts: []int64{}, ends: []int64{}}
			order = append(order, art)
		}
		return by[art]
	}
	for _, art := range strs(v[4]) {
		add(art)
	}
	arts, qs, starts, ends := strs(v[5]), strs(v[6]), list(v[7]), list(v[8])
	for i, art := range arts {
		if i >= len(qs) || i >= len(starts) || i >= len(ends) {
			break // lists of unequal length were not written by this package
		}
		q := add(art)
		q.quotes, q.starts, q.ends = append(q.quotes, qs[i]), append(q.starts, i64(starts[i])), append(q.ends, i64(ends[i]))
	}
	var stated []row
	for _, art := range order {
		q := by[art]
		stated = append(stated, row{"article": art, "quotes": q.quotes, "starts": q.starts, "ends": q.ends})
	}
	return row{"eid": str(v[0]), "fact": fact, "stated": stated}
}

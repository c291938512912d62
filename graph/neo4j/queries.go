package neo4j

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// The Cypher of writes: constants, or built once at start from graph's
// fixed vocabularies. Values travel only as parameters; every UNWIND
// statement reads its rows from $rows, and each row names the article it
// writes for (row.article), so that the rows of several articles' plans
// can go in one statement (writer.ApplyBatch).

// addArticle is the Cypher expression adding row.article to the list x, a
// property of a bound variable.
func addArticle(x string) string {
	return fmt.Sprintf(`CASE WHEN row.article IN coalesce(%[1]s, []) THEN %[1]s ELSE coalesce(%[1]s, []) + row.article END`, x)
}

// dropArticle is the Cypher expression removing row.article from the list
// x.
func dropArticle(x string) string {
	return fmt.Sprintf(`[a IN coalesce(%s, []) WHERE a <> row.article]`, x)
}

// Fragments.
const (
	// fragEnds binds a and b to the ends of a relation row: the Actor with
	// the id, else the Place (a country is both, and one node).
	fragEnds = `CALL (row) {
	MATCH (x:Actor {id: row.from}) RETURN x AS a
	UNION
	MATCH (x:Place {id: row.from}) RETURN x AS a
}
CALL (row) {
	MATCH (x:Actor {id: row.to}) RETURN x AS b
	UNION
	MATCH (x:Place {id: row.to}) RETURN x AS b
}
`
	// fragSetPlace gives event e its one OCCURRED_IN edge, to row.place,
	// or none when that is null.
	fragSetPlace = `CALL (e, row) {
	MATCH (e)-[o:OCCURRED_IN]->(old)
	WHERE row.place IS NULL OR old.id <> row.place
	DELETE o
}
CALL (e, row) {
	MATCH (p:Place {id: row.place})
	MERGE (e)-[:OCCURRED_IN]->(p)
}
`
	// fragUnstate deletes the article's statement of row.fact, if any.
	fragUnstate = `CALL (row) {
	MATCH (s:Stated {fact: row.fact, article: row.article})
	DELETE s
}
`
	// fragStatements are the statements a row of actors, places or
	// relations writes, each with its article (st.article) and, for a
	// relation, its quotes: row.stated when several articles' rows were
	// joined into one (collapse), else the row itself.
	fragStatements = `coalesce(row.stated, [row])`
	// fragStated is true when an article states row.fact: a seek of the
	// constraint's index on (fact, article) that stops at the first.
	fragStated = `EXISTS { MATCH (o:Stated) WHERE o.fact = row.fact AND o.article IS NOT NULL }`

	// fragPartDates keeps the copies of event e's type, dates and span
	// class on its participations, which the indexes of an actor's events
	// read.
	fragPartDates = `CALL (e) {
	MATCH ()-[r:PARTICIPATED_IN]->(e)
	SET r.type = e.type, r.date = e.date, r.dateEnd = e.dateEnd, r.span = e.span
}
`
)

// The graph lock and what an article stated.
const (
	// qGraphLock takes the graph lock exclusively, creating its node if
	// the database was emptied since Open.
	qGraphLock = `MERGE (g:GraphLock {id: 'graph'})
SET g.__lock = true
REMOVE g.__lock`
	// qGraphLockWrite takes the graph lock exclusively for a write and
	// raises the graph's version by one (graph.Versioner). A new lock
	// node starts at a random number, so that a database emptied and
	// written again never shows a reader a version it saw before.
	qGraphLockWrite = `MERGE (g:GraphLock {id: 'graph'})
ON CREATE SET g.version = toInteger(rand() * 4503599627370496)
SET g.version = coalesce(g.version, 0) + 1`
	// qLogChange logs what the write touched under the version its graph
	// lock gave, and forgets the changes $keep versions older.
	qLogChange = `MATCH (g:GraphLock {id: 'graph'})
CREATE (:GraphChange {version: g.version, events: $events, actors: $actors, places: $places})
WITH g
MATCH (old:GraphChange) WHERE old.version <= g.version - $keep
DELETE old`
	// qChanges reads the changes of a range of versions.
	qChanges = `MATCH (c:GraphChange) WHERE c.version > $from AND c.version <= $to
RETURN c.version, c.events, c.actors, c.places ORDER BY c.version`
	// qVersion reads the version the last write gave (0 before any).
	qVersion = `OPTIONAL MATCH (g:GraphLock {id: 'graph'}) RETURN coalesce(g.version, 0) AS version`
	// qGraphLockShared takes it shared. Without the node there is nothing
	// to wait for: it goes only with the whole database, and the next
	// Update makes it again.
	qGraphLockShared = `OPTIONAL MATCH (g:GraphLock {id: 'graph'})
WITH collect(g) AS lock
CALL apoc.lock.read.nodes(lock)
RETURN size(lock)`

	// qStated locks the article and reads what it stated. Open migrates
	// articles written before statedParts and statedOcc existed, so every
	// article has them.
	qStated = `MATCH (a:Article {id: $article})
SET a.__lock = true
REMOVE a.__lock
RETURN coalesce(a.fingerprint, ''), coalesce(a.statedActors, []), coalesce(a.statedPlaces, []),
	coalesce(a.statedEvents, []), coalesce(a.statedRelations, []), coalesce(a.statedParts, []), coalesce(a.statedOcc, [])`
)

// Step 1: the article, and the quotes it gave before.
const (
	qArticle = `UNWIND $rows AS row
MERGE (a:Article {id: row.article})
SET a.title = row.title, a.outlet = row.outlet, a.url = row.url, a.published = row.published, a.language = row.language,
	a.method = row.method, a.extractor = row.extractor, a.text = row.text, a.fingerprint = row.fingerprint, a.merges = row.merges,
	a.statedActors = row.actors, a.statedPlaces = row.places, a.statedEvents = row.events, a.statedRelations = row.relations,
	a.statedParts = row.parts, a.statedOcc = row.occ`

	qDropMentions = `MATCH (:Article {id: $article})-[m:MENTIONS]->()
DELETE m`
)

// Step 2: withdraw the article's statements; a fact no article states any
// more goes, a node with its relationships. A withdrawn place statement
// needs no step of its own: it lives only in the article's statedOcc and
// claim rows, and the event's place is set by a later step.
//
// Actors, places and relations are stated by (:Stated {fact, article})
// nodes (see Store), found through the unique constraint on the pair;
// whether any is left for a fact is one seek of that index.
var (
	// qWithdrawParts finds both ends by their ids, then the edge between
	// them: expanding the actor's participations instead walks a hub's
	// thousands. Index hints on one pattern did not keep the planner from
	// that (it joined a seek of the event to an expansion from the actor,
	// on the counts of one test run), nor did a WITH between the MATCHes;
	// ends passed into a subquery leave it only Expand(Into).
	qWithdrawParts = `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (e:Event {id: row.event})
CALL (row, a, e) {
	MATCH (a)-[r:PARTICIPATED_IN]->(e)
	SET r.articles = ` + dropArticle("r.articles") + `
	WITH r WHERE size(r.articles) = 0
	DELETE r
}`

	qWithdrawRelations = `UNWIND $rows AS row
` + fragUnstate + `WITH row WHERE NOT ` + fragStated + `
` + fragEnds + `MATCH (a)-[r:` + relTypes + `]->(b)
WHERE type(r) = row.type
DELETE r`

	// qWithdrawEvents drops the article's claim row with its statement.
	qWithdrawEvents = `UNWIND $rows AS row
MATCH (n:Event {id: row.id})
WITH n, row, [i IN range(0, size(coalesce(n.claimArticles, [])) - 1) WHERE n.claimArticles[i] <> row.article] AS keep
SET n.articles = ` + dropArticle("n.articles") + `,
	n.claimArticles = [i IN keep | n.claimArticles[i]], n.claims = [i IN keep | n.claims[i]]
WITH n WHERE size(n.articles) = 0
DETACH DELETE n`
	// qWithdrawActors deletes an actor's name keys with it.
	qWithdrawActors = `UNWIND $rows AS row
` + fragUnstate + `WITH row WHERE NOT ` + fragStated + `
MATCH (n:Actor {id: row.fact})
CALL (n) {
	MATCH (k:ActorKey {actor: n.id})
	DELETE k
}
DETACH DELETE n`
	// A country is an Actor and a Place; a place statement never names it.
	qWithdrawPlaces = `UNWIND $rows AS row
` + fragUnstate + `WITH row WHERE NOT ` + fragStated + `
MATCH (n:Place {id: row.fact}) WHERE NOT n:Actor
DETACH DELETE n`
)

// fragEventType gives event e the type label of row.props.type, and no
// other.
var fragEventType = func() string {
	var b strings.Builder
	b.WriteString("REMOVE e" + eventTypeLabels + "\n")
	for _, t := range graph.EventTypes {
		fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN row.props.type = '%[1]s' THEN [1] ELSE [] END | SET e:%[1]s)\n", t)
	}
	return b.String()
}()

// Step 3: upsert what the article states.
var (
	// qActors sets an actor's kind label and replaces its name keys; a
	// Country is a Place too, and stops being one (with the edges of
	// events there) as another kind.
	qActors = func() string {
		var b strings.Builder
		b.WriteString(`UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.description = row.description,
	a.sortName = row.sortName, a.search = row.search, a.metKept = true
WITH a, row
CALL (row) {
	UNWIND ` + fragStatements + ` AS st
	MERGE (:Stated {fact: row.id, article: st.article})
}
CALL (row) {
	MATCH (k:ActorKey {actor: row.id}) WHERE NOT k.key IN row.keys
	DELETE k
}
CALL (row) {
	UNWIND row.keys AS key
	MERGE (:ActorKey {key: key, actor: row.id})
}
REMOVE a` + actorKindLabels + "\n")
		for _, k := range graph.ActorKinds {
			fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN row.kind = '%[1]s' THEN [1] ELSE [] END | SET a:%[1]s)\n", k)
		}
		fmt.Fprintf(&b, `FOREACH (_ IN CASE WHEN row.kind = '%s' THEN [1] ELSE [] END | SET a:Place, a.placeKind = '%s')
WITH a, row WHERE row.kind <> '%[1]s'
REMOVE a:Place, a.placeKind
WITH a
OPTIONAL MATCH ()-[o:OCCURRED_IN]->(a)
DELETE o`, graph.Country, graph.CountryKind)
		return b.String()
	}()

	qPlaces = `UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.kind = row.kind
WITH row
UNWIND ` + fragStatements + ` AS st
MERGE (:Stated {fact: row.id, article: st.article})`

	// qEvents sets an event's properties and type label, moves its place
	// to row.place and copies its dates to its participations.
	qEvents = `UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props, e.articles = ` + addArticle("e.articles") + "\n" + fragEventType + `WITH e, row
` + fragSetPlace + fragPartDates

	// qParts writes every participant of the events with its role; the
	// article states those of row.stated, other articles the rest. A
	// participation carries the ids of its ends and its event's type and
	// dates, for the indexes that read an actor's events.
	qParts = `UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[r:PARTICIPATED_IN]->(e)
ON CREATE SET r.articles = []
SET r.role = coalesce(row.role, r.role),
	r.articles = CASE WHEN row.stated THEN ` + addArticle("r.articles") + ` ELSE r.articles END,
	r.actor = a.id, r.event = e.id, r.type = e.type, r.date = e.date, r.dateEnd = e.dateEnd, r.span = e.span`

	// qRelations holds one query per relation type: MERGE needs the type
	// in the query text. The article's statement of a relation holds its
	// quotes of it, which replace those it gave before.
	qRelations = func() map[graph.RelationType]string {
		m := map[graph.RelationType]string{}
		for _, t := range graph.RelationTypes {
			m[t] = `UNWIND $rows AS row
` + fragEnds + `MERGE (a)-[r:` + string(t) + `]->(b)
SET r += row.props, r.fact = row.fact
WITH row
UNWIND ` + fragStatements + ` AS st
MERGE (s:Stated {fact: row.fact, article: st.article})
SET s.quotes = st.quotes, s.starts = st.starts, s.ends = st.ends`
		}
		return m
	}()
)

// Step 4: the article's claim rows. claimArticles stays sorted by id, so
// that the insertion point of row.article is the number of ids before it.
const qClaims = `UNWIND $rows AS row
MATCH (e:Event {id: row.event})
WITH e, row, [i IN range(0, size(coalesce(e.claimArticles, [])) - 1) WHERE e.claimArticles[i] <> row.article] AS keep
WITH e, row, [i IN keep | e.claimArticles[i]] AS arts, [i IN keep | e.claims[i]] AS claims
WITH e, row, arts, claims, size([a IN arts WHERE a < row.article]) AS at
SET e.claimArticles = arts[..at] + row.article + arts[at..], e.claims = claims[..at] + row.data + claims[at..]`

// Step 5: the merged properties, place and participant roles of events
// the article no longer states; statements stay as they are.
var qRecomputed = `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e += row.props
` + fragEventType + `WITH e, row
` + fragSetPlace + fragPartDates + `CALL (e, row) {
	UNWIND row.parts AS p
	MATCH (:Actor {id: p.actor})-[r:PARTICIPATED_IN]->(e)
	SET r.role = p.role
}`

// Step 6: the quotes of nodes (a relation's are in its statements).
// qMentions holds one query per node label, so that the node is found
// through its label's id index. Each quote carries copies of its ends'
// ids and its article's rank (0 curated, 1 not), which the quotes index
// reads (see Store); step 1 set the article's method, and every write of
// an article rewrites all its quotes, so the rank follows the method.
var qMentions = func() map[string]string {
	m := map[string]string{}
	for _, label := range []string{"Actor", "Place", "Event"} {
		m[label] = `UNWIND $rows AS row
MATCH (art:Article {id: row.article})
MATCH (n:` + label + ` {id: row.id})
CREATE (art)-[:MENTIONS {quote: row.quote, start: row.start, end: row.end,
	article: art.id, target: n.id, rank: ` + fragQuoteRank + `}]->(n)`
	}
	return m
}()

// fragQuoteRank is the rank of the quotes of the article art: curated
// articles' first, as a node's detail shows them. An article stored
// before methods were recorded is curated.
const fragQuoteRank = `CASE coalesce(art.method, 'curated') WHEN 'curated' THEN 0 ELSE 1 END`

// Step 7: the article itself, when it is removed. Every statement of it
// was withdrawn by then; its MENTIONS go with it.
const qDeleteArticle = `MATCH (a:Article {id: $article})
DETACH DELETE a`

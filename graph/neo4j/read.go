package neo4j

import (
	"context"
	"fmt"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// reader is graph.View over one managed transaction. Each method is one
// Cypher statement, so that an answer comes from one committed state.
type reader struct {
	tx neo4jdrv.ManagedTransaction
	// lock is set in a write transaction: Stored then locks what it reads.
	lock bool
}

var _ graph.View = (*reader)(nil)

// Changes implements graph.ChangeReader.
func (r *reader) Changes(ctx context.Context, from, to uint64) ([]graph.Change, error) {
	recs, err := r.query(ctx, "read the log of changes", qChanges, map[string]any{"from": int64(from), "to": int64(to)})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Change, len(recs))
	for i, rec := range recs {
		v := rec.Values
		out[i] = graph.Change{Version: uint64(i64(v[0])), Events: strs(v[1]), Actors: strs(v[2]), Places: strs(v[3])}
	}
	return out, nil
}

// Version implements graph.TxVersioner: the graph's version as this
// transaction reads it; in a write transaction, the one its commit gives
// (the graph lock raised it first).
func (r *reader) Version(ctx context.Context) (uint64, error) {
	recs, err := r.query(ctx, "version", qVersion, nil)
	if err != nil {
		return 0, err
	}
	if len(recs) != 1 {
		return 0, fmt.Errorf("neo4j: version: %d rows", len(recs))
	}
	v, ok := recs[0].Values[0].(int64)
	if !ok {
		return 0, fmt.Errorf("neo4j: version: a %T", recs[0].Values[0])
	}
	return uint64(v), nil
}

// query runs one statement and returns its records, or the error wrapped
// with op.
func (r *reader) query(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4jdrv.Record, error) {
	res, err := r.tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, fail(op, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fail(op, err)
	}
	return recs, nil
}

// where joins fixed conditions into a WHERE clause, "" for none. The
// conditions are constants chosen by which filters are set; values travel
// as parameters.
func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(conds, " AND ") + "\n"
}

// articleColumns read an article without its text. An article written
// before methods were recorded has no method: a person annotated it.
const articleColumns = `a.id, a.title, a.outlet, coalesce(a.url, ''), a.published, a.language,
	coalesce(a.method, 'curated'), coalesce(a.extractor, '')`

func scanArticle(v []any) graph.Article {
	return graph.Article{ID: str(v[0]), Title: str(v[1]), Outlet: str(v[2]), URL: str(v[3]), Published: day(v[4]), Language: str(v[5]),
		Method: graph.Method(str(v[6])), Extractor: str(v[7])}
}

// Article implements graph.View.
func (r *reader) Article(ctx context.Context, id string) (graph.Article, bool, error) {
	recs, err := r.query(ctx, "article", `MATCH (a:Article {id: $id}) RETURN `+articleColumns+`, a.text`,
		map[string]any{"id": id})
	if err != nil || len(recs) == 0 {
		return graph.Article{}, false, err
	}
	a := scanArticle(recs[0].Values)
	a.Text = str(recs[0].Values[8])
	return a, true, nil
}

// Articles implements graph.View.
func (r *reader) Articles(ctx context.Context, after *graph.ArticleKey, limit int) ([]graph.Article, error) {
	var conds []string
	params := map[string]any{"limit": limit}
	if after != nil {
		conds = append(conds, "(a.published < $published OR (a.published = $published AND a.id < $id))")
		params["published"], params["id"] = calendarDate(after.Published), after.ID
	}
	recs, err := r.query(ctx, "articles", "MATCH (a:Article)\n"+where(conds)+
		"RETURN "+articleColumns+"\nORDER BY a.published DESC, a.id DESC LIMIT $limit", params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Article, 0, len(recs))
	for _, rec := range recs {
		out = append(out, scanArticle(rec.Values))
	}
	return out, nil
}

// ArticleMethods implements graph.View.
func (r *reader) ArticleMethods(ctx context.Context, ids []string) (map[string]graph.Method, error) {
	recs, err := r.query(ctx, "article methods", `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id, coalesce(a.method, 'curated')`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Method, len(recs))
	for _, rec := range recs {
		out[str(rec.Values[0])] = graph.Method(str(rec.Values[1]))
	}
	return out, nil
}

const actorColumns = `a.id, a.name, a.kind, coalesce(a.aliases, []), coalesce(a.description, '')`

func scanActor(v []any) graph.Actor {
	return graph.Actor{ID: str(v[0]), Name: str(v[1]), Kind: graph.ActorKind(str(v[2])), Aliases: strs(v[3]), Description: str(v[4])}
}

// Actors implements graph.View.
func (r *reader) Actors(ctx context.Context, f graph.ActorFilter, limit int) ([]graph.Actor, error) {
	var conds []string
	params := map[string]any{"limit": limit}
	if f.Search != "" {
		conds = append(conds, "a.search CONTAINS $search")
		params["search"] = f.Search
	}
	if f.Kind != "" {
		conds = append(conds, "a.kind = $kind")
		params["kind"] = string(f.Kind)
	}
	if f.After != nil {
		conds = append(conds, "(a.sortName > $sortName OR (a.sortName = $sortName AND a.id > $afterID))")
		params["sortName"], params["afterID"] = f.After.SortName, f.After.ID
	}
	recs, err := r.query(ctx, "actors", "MATCH (a:Actor)\n"+where(conds)+
		"RETURN "+actorColumns+"\nORDER BY a.sortName, a.id LIMIT $limit", params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Actor, 0, len(recs))
	for _, rec := range recs {
		out = append(out, scanActor(rec.Values))
	}
	return out, nil
}

// qActorDetail reads an actor with its event count, relations in either
// direction and quotes: of its own and of each relation's, the number of
// all and $shown of them, curated articles' first. Its own are read along
// the quotes index, in order, up to $shown; they and its events are
// counted by degree: a hub has hundreds of thousands of quotes.
var qActorDetail = `MATCH (a:Actor {id: $id})
RETURN ` + actorColumns + `,
	COUNT { (a)-[:PARTICIPATED_IN]->() },
	COLLECT { MATCH ()-[m:MENTIONS]->()
		USING INDEX m:MENTIONS(target, rank, article, start, end)
		WHERE m.target = $id AND m.rank IS NOT NULL AND m.article IS NOT NULL AND m.start IS NOT NULL AND m.end IS NOT NULL
		WITH m ORDER BY m.target, m.rank, m.article, m.start, m.end LIMIT $shown
		RETURN [m.article, m.quote, m.start, m.end] },
	COLLECT { MATCH (a)-[r:` + relTypes + `]-() RETURN [type(r), startNode(r).id, endNode(r).id,
		coalesce(r.title, ''), startNode(r).name, endNode(r).name,
		[r.sinceStart, r.sinceEnd, r.sincePrecision, coalesce(r.sinceText, '')],
		[r.untilStart, r.untilEnd, r.untilPrecision, coalesce(r.untilText, '')],
		COLLECT { MATCH (s:Stated) WHERE s.fact = r.fact AND s.article IS NOT NULL
			MATCH (art:Article {id: s.article})
			UNWIND range(0, size(coalesce(s.quotes, [])) - 1) AS i
			WITH art, s, i ORDER BY coalesce(art.method, 'curated') <> 'curated', s.article, s.starts[i], s.ends[i], s.quotes[i] LIMIT $shown
			RETURN [s.article, s.quotes[i], s.starts[i], s.ends[i]] },
		reduce(n = 0, q IN COLLECT { MATCH (s:Stated) WHERE s.fact = r.fact AND s.article IS NOT NULL
			RETURN size(coalesce(s.quotes, [])) } | n + q)] },
	COUNT { ()-[:MENTIONS]->(a) }`

// ActorDetail implements graph.View.
func (r *reader) ActorDetail(ctx context.Context, id string) (*graph.ActorDetail, error) {
	recs, err := r.query(ctx, "actor", qActorDetail, map[string]any{"id": id, "shown": graph.SourcesShown})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	v := recs[0].Values
	d := &graph.ActorDetail{Actor: scanActor(v), EventCount: int(i64(v[5])), Sources: sources(v[6]), SourceCount: int(i64(v[8]))}
	for _, x := range list(v[7]) {
		rel := list(x)
		d.Relations = append(d.Relations, graph.Relation{
			Type: graph.RelationType(str(rel[0])), From: str(rel[1]), To: str(rel[2]), Title: str(rel[3]),
			FromName: str(rel[4]), ToName: str(rel[5]), Since: scanDate(rel[6]), Until: scanDate(rel[7]),
			Sources: sources(rel[8]), SourceCount: int(i64(rel[9])),
		})
	}
	return d, nil
}

// qActorParts returns the participations of the given actors, each
// actor's latest first along the (actor, date, event) index: all of them,
// or with qActorPartsCapped at most $limit per actor.
const (
	qActorParts = `UNWIND $ids AS id
CALL (id) {
	MATCH ()-[r:PARTICIPATED_IN]->()
	USING INDEX r:PARTICIPATED_IN(actor, date, event)
	WHERE r.actor = id AND r.date IS NOT NULL AND r.event IS NOT NULL
	RETURN r ORDER BY r.actor DESC, r.date DESC, r.event DESC`
	qActorPartsCapped = qActorParts + ` LIMIT $limit
}
RETURN id, r.event, coalesce(r.role, ''), r.date`
	qActorPartsAll = qActorParts + `
}
RETURN id, r.event, coalesce(r.role, ''), r.date`
)

// qEdgesRest returns the participations in the given events and the
// relations between two actors that touch one of the ids.
var qEdgesRest = `UNWIND $ids AS id
CALL (id) {
	MATCH (e:Event {id: id})
	USING INDEX SEEK e:Event(id)
	MATCH (:Actor)-[r:PARTICIPATED_IN]->(e) RETURN r
	UNION
	MATCH (a:Actor {id: id})
	USING INDEX SEEK a:Actor(id)
	MATCH (a)-[r:` + relTypes + `]-(:Actor) RETURN r
}
WITH DISTINCT r
RETURN type(r), startNode(r).id, endNode(r).id, coalesce(r.role, r.title, '')`

// Edges implements graph.View.
func (r *reader) Edges(ctx context.Context, ids []string, perActor int) ([]graph.Edge, []string, error) {
	q, params := qActorPartsAll, map[string]any{"ids": ids}
	if perActor > 0 {
		// One more than the cap tells a capped actor.
		q, params["limit"] = qActorPartsCapped, perActor+1
	}
	recs, err := r.query(ctx, "participations of actors", q, params)
	if err != nil {
		return nil, nil, err
	}
	parts := make([]graph.DatedEdge, 0, len(recs))
	for _, rec := range recs {
		v := rec.Values
		parts = append(parts, graph.DatedEdge{Edge: graph.Edge{Type: graph.ParticipatedIn, From: str(v[0]), To: str(v[1]), Role: str(v[2])}, Day: day(v[3])})
	}
	byActor, capped := graph.CapLatest(parts, perActor)
	recs, err = r.query(ctx, "edges", qEdgesRest, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, err
	}
	seen := make(map[graph.Edge]bool, len(byActor)+len(recs))
	out := make([]graph.Edge, 0, len(byActor)+len(recs))
	add := func(e graph.Edge) {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	for _, e := range byActor {
		add(e)
	}
	for _, rec := range recs {
		v := rec.Values
		add(graph.Edge{Type: str(v[0]), From: str(v[1]), To: str(v[2]), Role: str(v[3])})
	}
	return out, capped, nil
}

// qEdgesAmong returns the participants of the events among the ids who
// are among them too, and the relations among the actors.
var qEdgesAmong = `UNWIND $ids AS id
CALL (id) {
	MATCH (e:Event {id: id})
	USING INDEX SEEK e:Event(id)
	MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) WHERE a.id IN $ids RETURN r
	UNION
	MATCH (a:Actor {id: id})
	USING INDEX SEEK a:Actor(id)
	MATCH (a)-[r:` + relTypes + `]->(b:Actor) WHERE b.id IN $ids RETURN r
}
WITH DISTINCT r
RETURN type(r), startNode(r).id, endNode(r).id, coalesce(r.role, r.title, '')`

// EdgesAmong implements graph.View.
func (r *reader) EdgesAmong(ctx context.Context, ids []string) ([]graph.Edge, error) {
	recs, err := r.query(ctx, "edges among nodes", qEdgesAmong, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Edge, 0, len(recs))
	for _, rec := range recs {
		v := rec.Values
		out = append(out, graph.Edge{Type: str(v[0]), From: str(v[1]), To: str(v[2]), Role: str(v[3])})
	}
	return out, nil
}

const qNodes = `UNWIND $ids AS id
CALL (id) {
	MATCH (a:Actor {id: id})
	RETURN a.id AS nid, $actor AS label, a.kind AS kind, a.name AS name, null AS date, null AS reported
	UNION
	MATCH (e:Event {id: id})
	RETURN e.id AS nid, $event AS label, e.type AS kind, e.title AS name,
		[e.date, e.dateEnd, e.precision, coalesce(e.dateText, '')] AS date, toString(e.firstReported) AS reported
}
RETURN nid, label, kind, name, date, reported`

// Nodes implements graph.View.
func (r *reader) Nodes(ctx context.Context, ids []string) (map[string]graph.Node, error) {
	recs, err := r.query(ctx, "nodes", qNodes,
		map[string]any{"ids": ids, "actor": graph.NodeLabelActor, "event": graph.NodeLabelEvent})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Node, len(recs))
	for _, rec := range recs {
		v := rec.Values
		out[str(v[0])] = graph.Node{ID: str(v[0]), Label: str(v[1]), Kind: str(v[2]), Name: str(v[3]), Date: scanDate(v[4]),
			FirstReported: str(v[5])}
	}
	return out, nil
}

package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// storedQuery reads what the store holds under $ids; lock, in a write
// transaction, takes the write lock of every node it returns. Of the
// articles stating a node it returns the first by id not in $except: an
// event's from its list, an actor's or a place's from its statements in
// the order of the constraint's index (ordering by both of its properties
// lets the planner take that order instead of sorting a hub's thousands).
// An event's claim rows are all of them, the except articles' included:
// Graph merges the event from them.
func storedQuery(lock string) string {
	return `UNWIND $ids AS id
CALL (id) {
	MATCH (n:Actor {id: id}) RETURN n
	UNION
	MATCH (n:Place {id: id}) RETURN n
	UNION
	MATCH (n:Event {id: id}) RETURN n
}
` + lock + `RETURN n.id, labels(n), n.kind, coalesce(n.aliases, []),
	CASE WHEN n:Event THEN reduce(first = null, a IN coalesce(n.articles, []) |
		CASE WHEN a IN $except OR (first IS NOT NULL AND first <= a) THEN first ELSE a END)
	ELSE head(COLLECT {
		MATCH (s:Stated) WHERE s.fact = n.id AND s.article >= '' AND NOT s.article IN $except
		WITH s ORDER BY s.fact, s.article LIMIT 1
		RETURN s.article
	}) END,
	coalesce(n.claimArticles, []), coalesce(n.claims, [])`
}

var (
	qStored       = storedQuery("")
	qStoredLocked = storedQuery("SET n.__lock = true\nREMOVE n.__lock\n")
)

// Stored implements graph.View. In a write transaction the nodes it
// returns stay locked until the transaction ends.
func (r *reader) Stored(ctx context.Context, ids, except []string) (map[string]graph.StoredNode, error) {
	out := map[string]graph.StoredNode{}
	if len(ids) == 0 {
		return out, nil
	}
	q := qStored
	if r.lock {
		q = qStoredLocked
	}
	recs, err := r.query(ctx, "stored nodes", q, map[string]any{"ids": ids, "except": nonNil(except)})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		v := rec.Values
		n := graph.StoredNode{ID: str(v[0]), StatedElsewhere: str(v[4])}
		labels := strs(v[1])
		switch {
		case slices.Contains(labels, "Actor"):
			n.Class, n.ActorKind, n.Aliases = graph.ActorNode, graph.ActorKind(str(v[2])), strs(v[3])
		case slices.Contains(labels, "Event"):
			n.Class = graph.EventNode
		default:
			n.Class = graph.PlaceNode
		}
		if n.Class == graph.EventNode {
			n.Claims = claimData(v[5], v[6])
		}
		if _, dup := out[n.ID]; !dup {
			out[n.ID] = n
		}
	}
	return out, nil
}

// claimData reads an event's parallel lists claimArticles and claims into
// the claim rows by article id. The lists are kept in that order already;
// sorting here makes the order Go's, whatever order Neo4j compares strings
// in.
func claimData(articles, claims any) []string {
	arts, data := strs(articles), strs(claims)
	if len(arts) != len(data) {
		return nil // not written by this package: no claim can be matched to its article
	}
	idx := make([]int, len(arts))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(arts[a], arts[b]) })
	var out []string
	for _, i := range idx {
		out = append(out, data[i])
	}
	return out
}

// qCandidates finds actors by name key through the index on
// ActorKey.key, reading only the keys asked for.
const qCandidates = `UNWIND $keys AS key
WITH DISTINCT key
MATCH (k:ActorKey {key: key})
MATCH (a:Actor {id: k.actor})
RETURN DISTINCT k.key, a.id, a.name, a.kind, coalesce(a.aliases, [])
ORDER BY k.key, a.id`

// Candidates implements graph.View.
func (r *reader) Candidates(ctx context.Context, keys []string) ([]graph.Candidate, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	recs, err := r.query(ctx, "actors by name key", qCandidates, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Candidate, 0, len(recs))
	for _, rec := range recs {
		v := rec.Values
		out = append(out, graph.Candidate{Key: str(v[0]),
			Actor: graph.Actor{ID: str(v[1]), Name: str(v[2]), Kind: graph.ActorKind(str(v[3])), Aliases: strs(v[4])}})
	}
	return out, nil
}

// qContainment follows the containment relations out of places and
// actors (an organisation PART_OF another) by their id constraints.
const qContainment = `UNWIND $ids AS id
OPTIONAL MATCH (p:Place {id: id})
OPTIONAL MATCH (a:Actor {id: id})
WITH coalesce(p, a) AS n WHERE n IS NOT NULL
MATCH (n)-[r:LOCATED_IN|PART_OF]->(m)
WHERE EXISTS { MATCH (s:Stated) WHERE s.fact = r.fact AND s.article IS NOT NULL AND NOT s.article IN $except }
RETURN DISTINCT type(r) AS type, n.id AS from, m.id AS to
ORDER BY type, from, to`

// Containment implements graph.View.
func (r *reader) Containment(ctx context.Context, ids, except []string) ([]graph.RelationKey, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := r.query(ctx, "containment relations", qContainment,
		map[string]any{"ids": ids, "except": nonNil(except)})
	if err != nil {
		return nil, err
	}
	out := make([]graph.RelationKey, 0, len(recs))
	for _, rec := range recs {
		v := rec.Values
		out = append(out, graph.RelationKey{Type: graph.RelationType(str(v[0])), From: str(v[1]), To: str(v[2])})
	}
	return out, nil
}

// Merge records are read along the article id constraint's index.
const (
	qMergesAll = `MATCH (a:Article) WHERE a.id >= $from AND a.merges IS NOT NULL
RETURN a.id, a.merges ORDER BY a.id`
	qMergesPage = qMergesAll + `
LIMIT $limit`
)

// Merges implements graph.View.
func (r *reader) Merges(ctx context.Context, from string, limit int) ([]graph.ArticleMerges, error) {
	q, params := qMergesAll, map[string]any{"from": from}
	if limit > 0 {
		q, params["limit"] = qMergesPage, limit
	}
	recs, err := r.query(ctx, "merge records", q, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.ArticleMerges, 0, len(recs))
	for _, rec := range recs {
		out = append(out, graph.ArticleMerges{Article: str(rec.Values[0]), Data: str(rec.Values[1])})
	}
	return out, nil
}

// What Counts counts, each in a subquery of its own so that node labels
// and relationship types are read from Neo4j's count store.
var (
	countedLabels = func() []string {
		names := []string{"Article"}
		for _, k := range graph.ActorKinds {
			names = append(names, string(k))
		}
		for _, t := range graph.EventTypes {
			names = append(names, string(t))
		}
		return names
	}()
	countedTypes = func() []string {
		names := []string{graph.ParticipatedIn, graph.OccurredIn, graph.Mentions}
		for _, t := range graph.RelationTypes {
			names = append(names, string(t))
		}
		return names
	}()
	qCounts = func() string {
		var b strings.Builder
		var cols []string
		for i, name := range slices.Concat(countedLabels, countedTypes) {
			pattern := "(n:" + name + ")"
			if i >= len(countedLabels) {
				pattern = "()-[n:" + name + "]->()"
			}
			fmt.Fprintf(&b, "CALL () { MATCH %s RETURN count(n) AS c%d }\n", pattern, i)
			cols = append(cols, fmt.Sprintf("c%d", i))
		}
		return b.String() + "RETURN [" + strings.Join(cols, ", ") + `],
	COLLECT { MATCH (p:Place) WHERE NOT p:Actor WITH p.kind AS kind, count(*) AS n RETURN [kind, n] }`
	}()
)

// Counts implements graph.View.
func (r *reader) Counts(ctx context.Context) (graph.Counts, error) {
	recs, err := r.query(ctx, "counts", qCounts, nil)
	if err != nil {
		return graph.Counts{}, err
	}
	c := graph.Counts{ActorsByKind: map[graph.ActorKind]int{}, PlacesByKind: map[graph.PlaceKind]int{},
		EventsByType: map[graph.EventType]int{}, Edges: map[string]int{}}
	if len(recs) != 1 {
		return c, fmt.Errorf("neo4j: counts: %d rows, want 1", len(recs))
	}
	names := slices.Concat(countedLabels, countedTypes)
	for i, x := range list(recs[0].Values[0]) {
		n, name := int(i64(x)), names[i]
		switch {
		case i == 0:
			c.Articles = n
		case i <= len(graph.ActorKinds):
			c.ActorsByKind[graph.ActorKind(name)] = n
		case i < len(countedLabels):
			c.EventsByType[graph.EventType(name)] = n
		default:
			c.Edges[name] = n
		}
	}
	for _, x := range list(recs[0].Values[1]) {
		kn := list(x)
		c.PlacesByKind[graph.PlaceKind(str(kn[0]))] += int(i64(kn[1]))
	}
	return c, nil
}

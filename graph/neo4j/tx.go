package neo4j

import (
	"context"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// writer is graph.Tx over one managed write transaction, which holds the
// graph lock. The driver may run a transaction function again, so a
// writer lives for one attempt.
type writer struct {
	reader
	rowsPerStatement int
}

var _ graph.Tx = (*writer)(nil)

// keepPlan is the query option that keeps a statement's plan however far
// the store's counts move from those it was planned with. Neo4j plans a
// statement again once its counts have moved far enough, which in an
// import into a growing store is every few seconds; with this option a
// 10k-event import cost the server a fifth less CPU (BENCHMARKS.md,
// "Write plans kept"). Every statement run with it finds its nodes
// through the id constraints' indexes, a plan no count changes;
// TestWritePlans checks that on an empty store, where an import plans
// them first.
const keepPlan = "CYPHER replan=skip\n"

// write runs one statement of a write whose plan holds at any size.
func (w *writer) write(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4jdrv.Record, error) {
	return w.query(ctx, op, keepPlan+cypher, params)
}

// LogChange implements graph.ChangeWriter.
func (w *writer) LogChange(ctx context.Context, c graph.Change) error {
	_, err := w.query(ctx, "log the change", qLogChange, map[string]any{
		"events": nonNil(c.Events), "actors": nonNil(c.Actors), "places": nonNil(c.Places), "keep": graph.ChangeLogKeep})
	return err
}

// Stated implements graph.Tx.
func (w *writer) Stated(ctx context.Context, article string) (*graph.Prior, error) {
	recs, err := w.query(ctx, "read what the article stated", qStated, map[string]any{"article": article})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	v := recs[0].Values
	p := &graph.Prior{Fingerprint: str(v[0])}
	p.Actors, p.Places, p.Events = strs(v[1]), strs(v[2]), strs(v[3])
	for _, k := range strs(v[4]) {
		if parts, ok := decodeKey(k, 3); ok {
			p.Relations = append(p.Relations, graph.RelationKey{Type: graph.RelationType(parts[0]), From: parts[1], To: parts[2]})
		}
	}
	for _, pair := range pairs(v[5]) {
		p.Parts = append(p.Parts, graph.Part{Event: pair[0], Actor: pair[1]})
	}
	for _, pair := range pairs(v[6]) {
		p.Occ = append(p.Occ, graph.Occurrence{Event: pair[0], Place: pair[1]})
	}
	return p, nil
}

// pairs reads a stated* list of JSON pairs; a pair with an empty half is
// left out.
func pairs(stated any) [][]string {
	var out [][]string
	for _, k := range strs(stated) {
		if p, ok := decodeKey(k, 2); ok && p[0] != "" && p[1] != "" {
			out = append(out, p)
		}
	}
	return out
}

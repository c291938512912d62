package neo4j

import (
	"context"

	"github.com/eventgraph/eventgraph/graph"
)

// counterpartsQuery counts, per other participant, the meetings it shared
// with the actor: one expansion of the actor's participations.
const counterpartsQuery = `MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e:Event {type: $type})<-[:PARTICIPATED_IN]-(o:Actor)
WHERE o.id <> $actor
WITH o.id AS id, count(DISTINCT e) AS n
WHERE $afterID IS NULL OR n < $afterN OR (n = $afterN AND id > $afterID)
RETURN id, n ORDER BY n DESC, id LIMIT $limit`

// Counterparts implements graph.View.
func (r *reader) Counterparts(ctx context.Context, actor string, after *graph.CounterpartKey, limit int) ([]graph.CounterpartCount, error) {
	params := map[string]any{"actor": actor, "type": string(graph.Meeting), "limit": limit, "afterID": nil, "afterN": 0}
	if after != nil {
		params["afterID"], params["afterN"] = after.ID, after.Meetings
	}
	recs, err := r.query(ctx, "counterparts", counterpartsQuery, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.CounterpartCount, 0, len(recs))
	for _, rec := range recs {
		out = append(out, graph.CounterpartCount{ActorID: str(rec.Values[0]), Meetings: int(i64(rec.Values[1]))})
	}
	return out, nil
}

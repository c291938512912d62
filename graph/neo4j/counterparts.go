package neo4j

import (
	"context"
	"slices"

	"github.com/eventgraph/eventgraph/graph"
)

// Who met whom reads counts the store keeps: for every two actors who
// shared a Meeting, one (:Actor)-[:MET {meetings: n}]->(:Actor) from the
// lower id to the higher, kept by every write (keepMet) for the pairs of
// the meetings it touched, and derived for a database written before by
// the migration. A page of an actor's counterparts reads its MET
// relationships, one per counterpart, not every meeting of a busy actor.

// counterpartsQuery pages the actor's counterparts by the meetings kept.
const counterpartsQuery = `MATCH (:Actor {id: $actor})-[m:MET]-(o:Actor)
WITH o.id AS id, m.meetings AS n
WHERE $afterID IS NULL OR n < $afterN OR (n = $afterN AND id > $afterID)
RETURN id, n ORDER BY n DESC, id LIMIT $limit`

// Counterparts implements graph.View.
func (r *reader) Counterparts(ctx context.Context, actor string, after *graph.CounterpartKey, limit int) ([]graph.CounterpartCount, error) {
	params := map[string]any{"actor": actor, "limit": limit, "afterID": nil, "afterN": 0}
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

// qMeetingsWith reads the first $limit meetings of each pair [rarer,
// other, counterpart] along the rarer actor's meetings in the (actor,
// type, date, event) index, as an actor's timeline of one type does, and
// keeps those the other actor took part in: one statement for a page of
// counterparts. The other actor is matched once, outside the walk: named
// inside its EXISTS, the planner may scan every actor for each meeting.
const qMeetingsWith = `UNWIND $pairs AS pair
WITH pair, pair[1] AS otherID
MATCH (other:Actor {id: otherID})
CALL (pair, other) {
	MATCH ()-[r:PARTICIPATED_IN]->(e:Event)
	USING INDEX SEEK r:PARTICIPATED_IN(actor, type, date, event)
	WHERE r.actor = pair[0] AND r.type = $meeting AND r.date IS NOT NULL AND r.event IS NOT NULL
		AND EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(other) }
	RETURN e ORDER BY r.actor, r.type, r.date, r.event LIMIT $limit
}
RETURN pair[2], ` + eventColumns + `ORDER BY pair[2], e.date, e.id`

// MeetingsWith implements graph.View in two statements: the actors'
// numbers of participations, then every counterpart's meetings.
func (r *reader) MeetingsWith(ctx context.Context, actor string, with []string, limit int) (map[string][]graph.Event, error) {
	out := map[string][]graph.Event{}
	if len(with) == 0 || limit <= 0 {
		return out, nil
	}
	n, err := r.degrees(ctx, append([]string{actor}, with...))
	if err != nil {
		return nil, err
	}
	pairs := make([][]string, len(with))
	for i, c := range with {
		pairs[i] = []string{actor, c, c}
		if n[c] < n[actor] {
			pairs[i] = []string{c, actor, c}
		}
	}
	recs, err := r.query(ctx, "meetings with", qMeetingsWith, map[string]any{"pairs": pairs, "limit": limit, "meeting": string(graph.Meeting)})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		c := str(rec.Values[0])
		out[c] = append(out[c], scanEvent(rec.Values[1:]))
	}
	return out, nil
}

// qMeetingParticipants reads, of the events given, whether each is a
// Meeting and who took part.
const qMeetingParticipants = `UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id, e.type = $meeting, COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN a.id }`

// qCountMet counts each pair's shared meetings from scratch, walking the
// participations of the one with fewer, and keeps the count in their MET
// relationship (none for no meeting). Pairs come as [lower id, higher id].
const qCountMet = `UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
WITH a, b, COUNT { (a)-[:PARTICIPATED_IN]->() } <= COUNT { (b)-[:PARTICIPATED_IN]->() } AS aFewer
CALL (a, b, aFewer) {
	WITH CASE WHEN aFewer THEN a ELSE b END AS x, CASE WHEN aFewer THEN b ELSE a END AS y
	MATCH (x)-[:PARTICIPATED_IN]->(e:Event)
	WHERE e.type = $meeting AND EXISTS { (e)<-[:PARTICIPATED_IN]-(y) }
	RETURN count(DISTINCT e) AS n
}
OPTIONAL MATCH (a)-[old:MET]->(b)
FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END | MERGE (a)-[m:MET]->(b) SET m.meetings = n)`

// touchedEvents are the events whose participants or type a plan may
// change.
func touchedEvents(p *graph.Plan) []string {
	var ids []string
	for _, e := range slices.Concat(p.Events, p.Recomputed) {
		ids = append(ids, e.ID)
	}
	ids = append(ids, p.Withdrawn.Events...)
	for _, pt := range slices.Concat(p.Withdrawn.Parts, p.Now.Parts) {
		ids = append(ids, pt.Event)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// meetingPairs adds to pairs every two participants of the meetings among
// ids, as the store holds them now.
func (w *writer) meetingPairs(ctx context.Context, ids []string, pairs map[[2]string]bool) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := w.query(ctx, "meeting participants", qMeetingParticipants, row{"ids": ids, "meeting": string(graph.Meeting)})
	if err != nil {
		return err
	}
	for _, rec := range recs {
		if meeting, _ := rec.Values[1].(bool); !meeting {
			continue
		}
		actors := strs(rec.Values[2])
		for i, a := range actors {
			for _, b := range actors[i+1:] {
				if a == b {
					continue
				}
				pairs[[2]string{min(a, b), max(a, b)}] = true
			}
		}
	}
	return nil
}

// keepMet counts again the meetings of every pair of actors that met, or
// meet now, in the events ids (before holds the pairs read before the
// plan was applied).
func (w *writer) keepMet(ctx context.Context, ids []string, before map[[2]string]bool) error {
	if err := w.meetingPairs(ctx, ids, before); err != nil {
		return err
	}
	if len(before) == 0 {
		return nil
	}
	var rows [][]string
	for p := range before {
		rows = append(rows, []string{p[0], p[1]})
	}
	slices.SortFunc(rows, func(a, b []string) int { return slices.Compare(a, b) })
	_, err := w.query(ctx, "count meetings per pair", qCountMet, row{"pairs": rows, "meeting": string(graph.Meeting)})
	return err
}

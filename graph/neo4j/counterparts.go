package neo4j

import (
	"context"
	"maps"
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

// qAddMet adds to each pair's MET count the meetings it gained (or,
// negative, lost), and deletes the relationship when none are left.
// Pairs come as lower id, higher id. Writes hold the graph lock
// exclusively, so no other write reads the count in between.
const qAddMet = `UNWIND $rows AS r
MATCH (a:Actor {id: r.a}), (b:Actor {id: r.b})
MERGE (a)-[m:MET]->(b)
SET m.meetings = coalesce(m.meetings, 0) + r.d
WITH m WHERE m.meetings <= 0
DELETE m`

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

// meetingPairs returns, of the meetings among ids as the store holds
// them now, every two participants, by event.
func (w *writer) meetingPairs(ctx context.Context, ids []string) (map[string]map[[2]string]bool, error) {
	out := map[string]map[[2]string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := w.write(ctx, "meeting participants", qMeetingParticipants, row{"ids": ids, "meeting": string(graph.Meeting)})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		if meeting, _ := rec.Values[1].(bool); !meeting {
			continue
		}
		pairs := map[[2]string]bool{}
		actors := strs(rec.Values[2])
		for i, a := range actors {
			for _, b := range actors[i+1:] {
				if a != b {
					pairs[[2]string{min(a, b), max(a, b)}] = true
				}
			}
		}
		out[str(rec.Values[0])] = pairs
	}
	return out, nil
}

// keepMet brings the MET counts up to date with what a plan changed in the
// events ids: a pair's count moves by the meetings it joined less those
// it left, events that stopped being meetings or were deleted included
// (before holds the pairs read before the plan was applied). Counting a
// pair's meetings from scratch instead walks the participations of the
// less busy of the two, which grows with the store: two leaders who met
// thousands of times cost a walk of thousands on every meeting of theirs.
func (w *writer) keepMet(ctx context.Context, ids []string, before map[string]map[[2]string]bool) error {
	after, err := w.meetingPairs(ctx, ids)
	if err != nil {
		return err
	}
	delta := map[[2]string]int{}
	for _, id := range ids {
		for p := range after[id] {
			if !before[id][p] {
				delta[p]++
			}
		}
		for p := range before[id] {
			if !after[id][p] {
				delta[p]--
			}
		}
	}
	var rows []row
	for _, p := range slices.SortedFunc(maps.Keys(delta), func(a, b [2]string) int { return slices.Compare(a[:], b[:]) }) {
		if delta[p] != 0 {
			rows = append(rows, row{"a": p[0], "b": p[1], "d": delta[p]})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	_, err = w.write(ctx, "count meetings per pair", qAddMet, row{"rows": rows})
	return err
}

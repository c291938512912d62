package neo4j

import (
	"context"

	"github.com/eventgraph/eventgraph/graph"
)

// Where an event listing starts: fixed fragments, chosen by which filters
// are set, that bind e.
const (
	eventsAll     = "MATCH (e:Event)\n"
	eventsByID    = "MATCH (e:Event {id: $id})\n"
	eventsOfActor = "MATCH (:Actor {id: $actors[0]})-[:PARTICIPATED_IN]->(e:Event)\n"
	// The place and every place located in it, at any depth.
	eventsInPlace = `CALL () {
	MATCH (r:Place {id: $place}) RETURN r
	UNION
	MATCH (r:Actor {id: $place}) RETURN r
}
MATCH (x)-[:LOCATED_IN*0..]->(r)
WITH DISTINCT x
MATCH (e:Event)-[:OCCURRED_IN]->(x)
`
)

// eventColumns project an event e complete: its place, participants,
// quotes and claim rows, each list from a COLLECT subquery of the same
// statement.
const eventColumns = `e.id, e.type, e.title, coalesce(e.summary, ''), e.date, e.dateEnd, e.precision,
	coalesce(e.dateText, ''), coalesce(e.cameo, ''),
	COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN [p.id, p.name, coalesce(p.placeKind, p.kind)] },
	e.amount, e.currency, e.count, e.countQualifier, coalesce(e.countUnit, ''),
	COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) RETURN [a.id, a.name, a.kind, r.role] },
	COLLECT { MATCH (art:Article)-[m:MENTIONS]->(e) RETURN [art.id, m.quote, m.start, m.end] },
	coalesce(e.sourceCount, 0), e.firstReported, coalesce(e.claimArticles, []), coalesce(e.claims, [])
`

// eventWidth is the number of eventColumns.
const eventWidth = 21

// eventQuery builds the listing of f from fixed fragments; only
// parameters carry f's values.
func eventQuery(f graph.EventFilter, limit int) (string, map[string]any) {
	params := map[string]any{}
	var conds []string
	match := eventsAll
	switch {
	case f.Place != "":
		match = eventsInPlace
		params["place"] = f.Place
	case f.ID != "":
		match = eventsByID
	case len(f.Actors) > 0:
		match = eventsOfActor
	}
	if f.ID != "" {
		params["id"] = f.ID
		conds = append(conds, "e.id = $id")
	}
	if len(f.Actors) > 0 {
		params["actors"] = f.Actors
		conds = append(conds, "all(x IN $actors WHERE EXISTS { MATCH (:Actor {id: x})-[:PARTICIPATED_IN]->(e) })")
	}
	if f.Type != "" {
		params["type"] = string(f.Type)
		conds = append(conds, "e.type = $type")
	}
	if !f.From.IsZero() {
		params["from"] = calendarDate(f.From)
		conds = append(conds, "e.dateEnd >= $from")
	}
	if !f.To.IsZero() {
		params["to"] = calendarDate(f.To)
		conds = append(conds, "e.date <= $to")
	}
	if f.MinSources > 0 {
		params["minSources"] = f.MinSources
		conds = append(conds, "e.sourceCount >= $minSources")
	}
	if !f.AsOf.IsZero() {
		params["asOf"] = calendarDate(f.AsOf)
		conds = append(conds, "e.firstReported <= $asOf")
	}
	if f.After != nil {
		params["afterDate"], params["afterID"] = calendarDate(f.After.Start), f.After.ID
		conds = append(conds, "(e.date > $afterDate OR (e.date = $afterDate AND e.id > $afterID))")
	}
	page := "WITH DISTINCT e ORDER BY e.date, e.id\n"
	if limit > 0 {
		params["limit"] = limit
		page = "WITH DISTINCT e ORDER BY e.date, e.id LIMIT $limit\n"
	}
	return match + where(conds) + page + "RETURN " + eventColumns + "ORDER BY e.date, e.id", params
}

// Events implements graph.View.
func (r *reader) Events(ctx context.Context, f graph.EventFilter, limit int) ([]graph.Event, error) {
	cypher, params := eventQuery(f, limit)
	recs, err := r.query(ctx, "events", cypher, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Event, 0, len(recs))
	for _, rec := range recs {
		out = append(out, scanEvent(rec.Values))
	}
	return out, nil
}

func scanEvent(v []any) graph.Event {
	e := graph.Event{
		ID: str(v[0]), Type: graph.EventType(str(v[1])), Title: str(v[2]), Summary: str(v[3]),
		Date:  graph.Date{Start: day(v[4]), End: day(v[5]), Precision: graph.Precision(str(v[6])), Text: str(v[7])},
		CAMEO: str(v[8]),
	}
	if pl := list(v[9]); len(pl) > 0 {
		p := list(pl[0])
		e.Place = &graph.PlaceRef{ID: str(p[0]), Name: str(p[1]), Kind: graph.PlaceKind(str(p[2]))}
	}
	if v[10] != nil {
		e.Amount = &graph.Amount{Value: i64(v[10]), Currency: str(v[11])}
	}
	if v[12] != nil {
		e.Count = &graph.Count{Value: i64(v[12]), Qualifier: graph.CountQualifier(str(v[13])), Unit: str(v[14])}
	}
	for _, x := range list(v[15]) {
		p := list(x)
		e.Participants = append(e.Participants, graph.Participant{ActorID: str(p[0]), Name: str(p[1]),
			Kind: graph.ActorKind(str(p[2])), Role: str(p[3])})
	}
	e.Sources = sources(v[16])
	e.SourceCount, e.FirstReported = int(i64(v[17])), day(v[18])
	e.ClaimData = claimData(v[19], v[20])
	return e
}

package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// An event listing reads bounded ranges of indexes, never every event
// before the page it returns (see the indexes in schema):
//
//   - without From (or with ID) it walks one index in (date, id) order and
//     stops at the page's LIMIT: events by (date, id), by (type, date, id)
//     when a type is asked for, or the first actor's participations by
//     (actor, date, event), or (actor, type, date, event) with a type,
//     which carry copies of their event's type and dates;
//   - with From it reads the events that start before From and still
//     overlap it, per span class c (graph.SpanBounds) within the range of
//     first days such an event can have, from the (span, date, id) index
//     (or the first actor's (actor, span, date, event) index), and the
//     events that start on or after From in order, as above.
//
// Each such range is one arm of a UNION ALL, read in its index's order
// and limited to the page, and the arms are merged in (date, id) order.
// A walk from the After cursor is two arms, the rest of the cursor's day
// (date = its day, id > its id) and the days after it, so that a page
// never reads the part of a busy day that earlier pages returned. Each
// arm names its index in a hint: the planner's statistics lag behind a
// growing store, and with them it would read other indexes, or scan one,
// and sort. Other actors, the place, the type (when it is not what an arm
// seeks on), the sources and the day of first report filter what the
// arms read. An event by id, and a place's events when neither an id nor
// an actor is asked for, are read as before: the event, or the events of
// the place and of every place located in it.

// Where an event listing starts: fixed fragments, chosen by which filters
// are set, that bind e.
const (
	// The hint keeps the planner from scanning the id index in id order
	// for the ORDER BY, as it sometimes chose to.
	eventsByID = "MATCH (e:Event {id: $id})\nUSING INDEX SEEK e:Event(id)"
	// Events of a list of ids, each found by its id.
	eventsByIDs = "UNWIND $ids AS wanted\nMATCH (e:Event {id: wanted})\nUSING INDEX SEEK e:Event(id)"
	// An actor's participations, found through the indexes on their
	// copies of the actor's id and their event's dates.
	eventsOfActor = "MATCH ()-[r:PARTICIPATED_IN]->(e:Event)"
	eventsAll     = "MATCH (e:Event)"
	// The place and every place located in it, at any depth.
	eventsInPlace = `CALL () {
	MATCH (p:Place {id: $place}) RETURN p
	UNION
	MATCH (p:Actor {id: $place}) RETURN p
}
MATCH (x)-[:LOCATED_IN*0..]->(p)
WITH DISTINCT x
MATCH (e:Event)-[:OCCURRED_IN]->(x)`
	// inPlace is the place filter of an event found another way: the
	// place, or one it is located in at any depth, is the place asked for.
	inPlace = "EXISTS { MATCH (e)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..]->(p) WHERE p.id = $place AND (p:Place OR p:Actor) }"
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

// eventDriver names what an event listing reads its rows from: the
// events themselves or the first actor's participations r, whose copies
// of their event's id, dates and span class (r.event, r.date, r.dateEnd,
// r.span) an index orders.
type eventDriver struct {
	match string
	// key is the condition on the leading property of the driver's
	// indexes ("" for none); keyOrder is that property as an ORDER BY
	// key, so that the planner reads the rows in index order.
	key, keyOrder     string
	id, date, dateEnd string
	// span is "" for a driver without indexes to read ranges of: an
	// event by id, or a place's events.
	span string
	// The driver's (date) and (span, date) indexes, for hints. Without
	// them the planner, whose statistics lag behind a growing store, may
	// read another index or none, or scan the index, and sort.
	dateIndex, spanIndex string
}

var (
	byEvent = eventDriver{match: eventsAll, id: "e.id", date: "e.date", dateEnd: "e.dateEnd", span: "e.span",
		dateIndex: "e:Event(date, id)", spanIndex: "e:Event(span, date, id)"}
	byActor = eventDriver{match: eventsOfActor, key: "r.actor = $actor", keyOrder: "r.actor, ",
		id: "r.event", date: "r.date", dateEnd: "r.dateEnd", span: "r.span",
		dateIndex: "r:PARTICIPATED_IN(actor, date, event)", spanIndex: "r:PARTICIPATED_IN(actor, span, date, event)"}
)

// eventArm is one range an event listing reads: its conditions, the
// order of its index and the hint that names the index.
type eventArm struct {
	conds []string
	order string
	hint  string
}

// seekHint makes the planner seek index, scanning none of it.
func seekHint(index string) string { return "USING INDEX SEEK " + index }

// eventQuery builds the listing of f from fixed fragments; only
// parameters carry f's values.
func eventQuery(f graph.EventFilter, limit int) (string, map[string]any) {
	params := map[string]any{}
	d := byEvent
	switch {
	case f.ID != "":
		d = eventDriver{match: eventsByID, id: "e.id", date: "e.date", dateEnd: "e.dateEnd"}
	case len(f.IDs) > 0:
		d = eventDriver{match: eventsByIDs, id: "e.id", date: "e.date", dateEnd: "e.dateEnd"}
		params["ids"] = f.IDs
	case len(f.Actors) > 0:
		d = byActor
		params["actor"] = f.Actors[0]
	case f.Place != "":
		d = eventDriver{match: eventsInPlace, id: "e.id", date: "e.date", dateEnd: "e.dateEnd"}
	}
	var common []string
	if f.ID != "" {
		params["id"] = f.ID
		common = append(common, "e.id = $id")
	}
	if f.Place != "" {
		params["place"] = f.Place
		if d.match != eventsInPlace {
			common = append(common, inPlace)
		}
	}
	if len(f.Actors) > 1 {
		params["others"] = f.Actors[1:]
		common = append(common, "all(x IN $others WHERE EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(:Actor {id: x}) })")
	}
	// The type filters every arm but the walk of the events of the type.
	var typeCond string
	if f.Type != "" {
		params["type"] = string(f.Type)
		typeCond = "e.type = $type"
	}
	if f.MinSources > 0 {
		params["minSources"] = f.MinSources
		common = append(common, "e.sourceCount >= $minSources")
	}
	if !f.AsOf.IsZero() {
		params["asOf"] = calendarDate(f.AsOf)
		common = append(common, "e.firstReported <= $asOf")
	}
	// cursor is the condition of After on an arm that reads a bounded
	// range anyway: its first half bounds the range, the second is the
	// cursor. A walk splits it instead (see walk).
	var cursor []string
	if f.After != nil {
		params["afterDate"], params["afterID"] = calendarDate(f.After.Start), f.After.ID
		cursor = []string{d.date + " >= $afterDate", "(" + d.date + " > $afterDate OR " + d.id + " > $afterID)"}
	}
	var to []string
	if !f.To.IsZero() {
		params["to"] = calendarDate(f.To)
		to = []string{d.date + " <= $to"}
	}
	// walk reads the driver's rows in (date, id) order along the (actor,
	// date, event), (type, date, id) or (date, id) index, from After on:
	// the rest of After's day, then the days after it, so that neither
	// reads the part of the day before After.
	walk := func(conds ...string) []eventArm {
		if d.span == "" {
			return []eventArm{{conds: slices.Concat(conds, []string{typeCond}, cursor), order: "e.date, e.id"}}
		}
		key, keyOrder, filter, hint := d.key, d.keyOrder, typeCond, seekHint(d.dateIndex)
		switch {
		case d == byEvent && typeCond != "":
			key, keyOrder, filter, hint = typeCond, "e.type, ", "", seekHint("e:Event(type, date, id)")
		case d == byActor && typeCond != "":
			// The actor's events of the type, from their own range of
			// the (actor, type, date, event) index.
			key, keyOrder, filter, hint = d.key+" AND r.type = $type", d.keyOrder+"r.type, ", "", seekHint("r:PARTICIPATED_IN(actor, type, date, event)")
		case d == byEvent && f.After == nil && len(conds) == 0:
			// The timeline from its first day: the one scan, which
			// stops at the page's LIMIT.
			hint = "USING INDEX " + d.dateIndex
		}
		order := keyOrder + d.date + ", " + d.id
		arm := func(bounds ...string) eventArm {
			return eventArm{conds: slices.Concat([]string{key}, bounds, []string{filter}, conds), order: order, hint: hint}
		}
		if f.After == nil {
			return []eventArm{arm(d.date+" IS NOT NULL", d.id+" IS NOT NULL")}
		}
		return []eventArm{
			arm(d.date+" = $afterDate", d.id+" > $afterID"),
			arm(d.date+" > $afterDate", d.id+" IS NOT NULL"),
		}
	}

	var arms []eventArm
	switch {
	case f.From.IsZero():
		arms = walk(to...)
	case d.span == "":
		params["from"] = calendarDate(f.From)
		arms = walk(append([]string{d.dateEnd + " >= $from"}, to...)...)
	default:
		params["from"] = calendarDate(f.From)
		// The events that start before From and overlap it, one span
		// class at a time along the (span, date, id) or (actor, span,
		// date, event) index: the class's events that start late enough
		// to reach From, the last class's without a bound. The class
		// numbers are parameters too.
		// A type without an actor has its own (type, span, date, id)
		// index: only that type's windows are read.
		key, keyOrder, spanIndex := d.key, d.keyOrder, d.spanIndex
		if d == byEvent && typeCond != "" {
			key, keyOrder, spanIndex = typeCond, "e.type, ", "e:Event(type, span, date, id)"
		}
		for c := 0; c <= len(graph.SpanBounds); c++ {
			span := fmt.Sprintf("span%d", c)
			params[span] = int64(c)
			conds := []string{key, d.span + " = $" + span}
			if first, ok := graph.SpanStart(c, f.From); ok {
				start := fmt.Sprintf("start%d", c)
				params[start] = calendarDate(first)
				conds = append(conds, d.date+" >= $"+start)
			}
			conds = append(conds, d.date+" < $from", d.dateEnd+" >= $from", d.id+" IS NOT NULL", typeCond)
			arms = append(arms, eventArm{conds: slices.Concat(conds, to, cursor), order: keyOrder + d.span + ", " + d.date + ", " + d.id,
				hint: seekHint(spanIndex)})
		}
		// Then those that start within the range, in order.
		arms = append(arms, walk(append([]string{d.date + " >= $from"}, to...)...)...)
	}

	var b strings.Builder
	b.WriteString("CALL () {\n")
	for i, arm := range arms {
		if i > 0 {
			b.WriteString("\tUNION ALL\n")
		}
		b.WriteString("\t" + strings.ReplaceAll(d.match, "\n", "\n\t") + "\n")
		if arm.hint != "" {
			b.WriteString("\t" + arm.hint + "\n")
		}
		var conds []string
		for _, c := range append(arm.conds, common...) {
			if c != "" {
				conds = append(conds, c)
			}
		}
		if len(conds) > 0 {
			b.WriteString("\tWHERE " + strings.Join(conds, " AND ") + "\n")
		}
		b.WriteString("\tRETURN e")
		if limit > 0 {
			b.WriteString(" ORDER BY " + arm.order + " LIMIT $limit")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\nWITH DISTINCT e ORDER BY e.date, e.id")
	if limit > 0 {
		params["limit"] = limit
		b.WriteString(" LIMIT $limit")
	}
	b.WriteString("\nRETURN " + eventColumns + "ORDER BY e.date, e.id")
	return b.String(), params
}

// Events implements graph.View.
func (r *reader) Events(ctx context.Context, f graph.EventFilter, limit int) ([]graph.Event, error) {
	if len(f.Actors) > 1 {
		var err error
		if f.Actors, err = r.rarestFirst(ctx, f.Actors); err != nil {
			return nil, err
		}
	}
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

// qDegrees counts each actor's participations from the degree Neo4j
// keeps with every node, without reading them.
const qDegrees = `UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id, COUNT { (a)-[:PARTICIPATED_IN]->() }`

// rarestFirst orders actors by the number of events they took part in,
// fewest first: a query of the events they all took part in walks the
// first one's participations (the busiest actor's meetings with someone
// who met it twice are found among that someone's few events).
func (r *reader) rarestFirst(ctx context.Context, actors []string) ([]string, error) {
	n, err := r.degrees(ctx, actors)
	if err != nil {
		return nil, err
	}
	out := slices.Clone(actors)
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(n[a], n[b]) })
	return out, nil
}

// degrees returns the number of events each of actors took part in; an
// actor the store does not hold is left out.
func (r *reader) degrees(ctx context.Context, actors []string) (map[string]int64, error) {
	recs, err := r.query(ctx, "participation counts", qDegrees, map[string]any{"ids": actors})
	if err != nil {
		return nil, err
	}
	n := make(map[string]int64, len(recs))
	for _, rec := range recs {
		n[str(rec.Values[0])] = i64(rec.Values[1])
	}
	return n, nil
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

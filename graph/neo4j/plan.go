package neo4j

import (
	"github.com/eventgraph/eventgraph/graph"
)

// A graph.Plan turned into parameters: the UNWIND rows of each statement
// that applies it.

type row = map[string]any

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// articleRow is the row of qArticle: the article and what it states now,
// kept with it for the next import of it.
func articleRow(p *graph.Plan) row {
	a, now := p.Article, p.Now
	var rels, parts, occ []string
	for _, r := range now.Relations {
		rels = append(rels, relationFact(r))
	}
	for _, pt := range now.Parts {
		parts = append(parts, key(pt.Event, pt.Actor))
	}
	for _, o := range now.Occ {
		occ = append(occ, key(o.Event, o.Place))
	}
	return row{
		"article": a.ID, "title": a.Title, "outlet": a.Outlet, "url": nullable(a.URL), "published": date(a.Published),
		"language": a.Language, "method": string(a.Method), "extractor": nullable(a.Extractor),
		"text": a.Text, "fingerprint": p.Fingerprint, "merges": nullable(p.MergeData),
		"actors": nonNil(now.Actors), "places": nonNil(now.Places), "events": nonNil(now.Events),
		"relations": nonNil(rels), "parts": nonNil(parts), "occ": nonNil(occ),
	}
}

func idRows(ids []string) []row {
	var rows []row
	for _, id := range ids {
		rows = append(rows, row{"id": id})
	}
	return rows
}

// relationKeyRows are relations by their ends, with the fact key their
// statements are found by.
func relationKeyRows(keys []graph.RelationKey) []row {
	var rows []row
	for _, k := range keys {
		rows = append(rows, row{"type": string(k.Type), "from": k.From, "to": k.To, "fact": relationFact(k)})
	}
	return rows
}

// relationFact is the fact key of a relation's statements, as the
// article's statedRelations spells it.
func relationFact(k graph.RelationKey) string {
	return key(string(k.Type), k.From, k.To)
}

// factRows are the fact keys of nodes: their ids.
func factRows(ids []string) []row {
	var rows []row
	for _, id := range ids {
		rows = append(rows, row{"fact": id})
	}
	return rows
}

func partRows(parts []graph.Part) []row {
	var rows []row
	for _, p := range parts {
		rows = append(rows, row{"event": p.Event, "actor": p.Actor})
	}
	return rows
}

func actorRows(actors []graph.PlannedActor) []row {
	var rows []row
	for _, a := range actors {
		rows = append(rows, row{
			"id": a.ID, "name": a.Name, "kind": string(a.Kind), "aliases": nonNil(a.Aliases),
			"description": nullable(a.Description), "sortName": a.SortName, "search": a.Search,
			"keys": nonNil(a.Keys),
		})
	}
	return rows
}

func placeRows(places []graph.SourcedPlace) []row {
	var rows []row
	for _, p := range places {
		rows = append(rows, row{"id": p.ID, "name": p.Name, "kind": string(p.Kind)})
	}
	return rows
}

// eventRows are the events with their place (Event.Place, nil for none)
// and, for qRecomputed, their participants' roles.
func eventRows(events []graph.Event) []row {
	var rows []row
	for _, e := range events {
		r := row{"id": e.ID, "props": eventProps(e), "place": nil}
		if e.Place != nil {
			r["place"] = e.Place.ID
		}
		parts := []row{}
		for _, p := range e.Participants {
			parts = append(parts, row{"actor": p.ActorID, "role": p.Role})
		}
		r["parts"] = parts
		rows = append(rows, r)
	}
	return rows
}

// eventProps are an event's own properties, merged over the articles that
// state it; nil removes one.
func eventProps(e graph.Event) row {
	props := row{
		"type": string(e.Type), "title": e.Title, "summary": nullable(e.Summary),
		"date": date(e.Date.Start), "dateEnd": date(e.Date.End), "precision": string(e.Date.Precision),
		"dateText": nullable(e.Date.Text), "cameo": nullable(e.CAMEO),
		"amount": nil, "currency": nil, "count": nil, "countQualifier": nil, "countUnit": nil,
		"sourceCount": int64(e.SourceCount), "firstReported": nil, "conflicts": nil,
		// What the date indexes read ranges by: see Store.
		"span": int64(graph.SpanClass(e.Date.Start, e.Date.End)),
	}
	// What the outlets disagree on, for Browser queries; absent when
	// nothing.
	if len(e.Conflicts) > 0 {
		props["conflicts"] = e.Conflicts
	}
	if e.Amount != nil {
		props["amount"], props["currency"] = e.Amount.Value, e.Amount.Currency
	}
	if e.Count != nil {
		props["count"], props["countQualifier"], props["countUnit"] = e.Count.Value, string(e.Count.Qualifier), nullable(e.Count.Unit)
	}
	if e.FirstReported != "" {
		props["firstReported"] = date(e.FirstReported)
	}
	return props
}

// participationRows are the participants of the events with their roles;
// stated says whether the article states the participation (Now.Parts).
// A stated participation no event lists (Graph gives none) keeps its
// role.
func participationRows(events []graph.Event, stated []graph.Part) []row {
	own := map[graph.Part]bool{}
	for _, p := range stated {
		own[p] = true
	}
	var rows []row
	for _, e := range events {
		for _, p := range e.Participants {
			k := graph.Part{Event: e.ID, Actor: p.ActorID}
			rows = append(rows, row{"event": e.ID, "actor": p.ActorID, "role": p.Role, "stated": own[k]})
			delete(own, k)
		}
	}
	for _, p := range stated {
		if own[p] {
			rows = append(rows, row{"event": p.Event, "actor": p.Actor, "role": nil, "stated": true})
		}
	}
	return rows
}

// claimRows are the article's claim rows.
func claimRows(claims []graph.ClaimRow) []row {
	var rows []row
	for _, c := range claims {
		rows = append(rows, row{"event": c.Event, "article": c.Article, "data": c.Data})
	}
	return rows
}

// relationRows are the relations by type, for qRelations.
func relationRows(relations []graph.Relation) map[graph.RelationType][]row {
	out := map[graph.RelationType][]row{}
	for _, r := range relations {
		props := row{"title": nullable(r.Title)}
		dateProps("since", r.Since, props)
		dateProps("until", r.Until, props)
		quotes, starts, ends := []string{}, []int64{}, []int64{}
		for _, s := range r.Sources {
			quotes, starts, ends = append(quotes, s.Quote), append(starts, int64(s.Start)), append(ends, int64(s.End))
		}
		out[r.Type] = append(out[r.Type], row{"from": r.From, "to": r.To, "props": props,
			"fact":   relationFact(graph.RelationKey{Type: r.Type, From: r.From, To: r.To}),
			"quotes": quotes, "starts": starts, "ends": ends})
	}
	return out
}

func dateProps(prefix string, d *graph.Date, props row) {
	if d == nil {
		props[prefix+"Start"], props[prefix+"End"], props[prefix+"Precision"], props[prefix+"Text"] = nil, nil, nil, nil
		return
	}
	props[prefix+"Start"], props[prefix+"End"] = date(d.Start), date(d.End)
	props[prefix+"Precision"], props[prefix+"Text"] = string(d.Precision), nullable(d.Text)
}

// mentionRows are the quotes of nodes, by node label.
func mentionRows(p *graph.Plan) map[string][]row {
	out := map[string][]row{}
	add := func(label, id string, srcs []graph.Source) {
		for _, s := range srcs {
			out[label] = append(out[label], row{"id": id, "quote": s.Quote, "start": int64(s.Start), "end": int64(s.End)})
		}
	}
	for _, a := range p.Actors {
		add("Actor", a.ID, a.Sources)
	}
	for _, pl := range p.Places {
		add("Place", pl.ID, pl.Sources)
	}
	for _, e := range p.Events {
		add("Event", e.ID, e.Sources)
	}
	return out
}

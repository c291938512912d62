package graphtest

import "github.com/eventgraph/eventgraph/graph"

// PlanCase is an event listing whose query plan a backend's plan test
// checks: every kind of filter Graph passes, alone and combined.
type PlanCase struct {
	Name   string
	Filter graph.EventFilter
}

// PlanCases are the listings the backends' plan tests check alike.
func PlanCases() []PlanCase {
	day := func(d string) graph.CalendarDay {
		c, err := graph.NewCalendarDay(d)
		if err != nil {
			panic(err) // the days below are constants
		}
		return c
	}
	after := &graph.EventKey{Start: day("2020-09-01"), ID: "x"}
	month := func(f graph.EventFilter) graph.EventFilter {
		f.From, f.To = day("2020-09-01"), day("2020-09-30")
		return f
	}
	return []PlanCase{
		{"timeline", graph.EventFilter{}},
		{"timeline page", graph.EventFilter{After: after}},
		{"by actor", graph.EventFilter{Actors: []string{"a"}}},
		{"by actor, page", graph.EventFilter{Actors: []string{"a"}, After: after}},
		{"by type, page", graph.EventFilter{Type: graph.Protest, After: after}},
		{"date range", month(graph.EventFilter{})},
		{"date range, page", month(graph.EventFilter{After: after})},
		{"until a day", graph.EventFilter{To: day("2020-09-30")}},
		{"actor and date range", month(graph.EventFilter{Actors: []string{"a"}})},
		{"merge candidates", graph.EventFilter{Actors: []string{"a", "b"}, From: day("2020-09-14"), To: day("2020-09-14")}},
		{"merge candidates of a type", graph.EventFilter{Actors: []string{"a"}, Type: graph.Protest, From: day("2020-09-14"), To: day("2020-09-14")}},
		{"actor and type, page", graph.EventFilter{Actors: []string{"a"}, Type: graph.Protest, After: after}},
		{"meetings of two actors", graph.EventFilter{Actors: []string{"a", "b"}, Type: graph.Meeting}},
		{"type and date range", month(graph.EventFilter{Type: graph.Meeting})},
		{"as of, sources, page", graph.EventFilter{MinSources: 2, AsOf: day("2021-01-01"), After: after}},
		{"one event", graph.EventFilter{ID: "x"}},
		{"events by ids (the timeline index catching up)", graph.EventFilter{IDs: []string{"x", "y"}}},
		{"one event in a place", graph.EventFilter{ID: "x", Place: "p"}},
		{"events by ids in a place (merge candidates' places)", graph.EventFilter{IDs: []string{"x", "y"}, Place: "p"}},
		{"actor in a place", graph.EventFilter{Actors: []string{"a"}, Place: "p"}},
	}
}

package graphtest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// spans are event lengths in days that sit on and around the bounds a
// backend may use to read date ranges from bounded index ranges.
var spans = []int{0, 1, 3, 7, 8, 20, 31, 32, 60, 92, 93, 200, 366, 367, 800}

// datedFacts is one article stating events of every span in spans,
// starting on days spread over 2020-2022, with two people in them: each
// event has a, b or both, and those with both are meetings.
func datedFacts() *graph.ArticleFacts {
	o := newOutlet("dated", "Test", "2024-06-30", graph.Curated, "Anna Ames and Boris Bell met, spoke and marched.")
	o.actor("anna-ames", "Anna Ames", graph.Person, "Anna Ames").
		actor("boris-bell", "Boris Bell", graph.Person, "Boris Bell")
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 75 {
		span := spans[i%len(spans)]
		first := start.AddDate(0, 0, (i*37)%1000)
		d := graph.Date{Start: first.Format(time.DateOnly), End: first.AddDate(0, 0, span).Format(time.DateOnly), Precision: graph.Day}
		id := fmt.Sprintf("dated-%02d", i)
		switch i % 3 {
		case 0:
			o.event(id, graph.Statement, d, "", "spoke", nil, "anna-ames", "speaker")
		case 1:
			o.event(id, graph.Protest, d, "", "marched", nil, "boris-bell", "protester")
		default:
			o.event(id, graph.Meeting, d, "", "met", nil, "anna-ames", "participant", "boris-bell", "participant")
		}
	}
	return o.f
}

// testDateRanges checks that every date range, alone or with an actor or
// a type, and paged or not, selects exactly the events whose intervals
// overlap it, in order.
func testDateRanges(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	if _, err := s.UpsertArticle(ctx, datedFacts()); err != nil {
		t.Fatal(err)
	}
	all := timeline(t, s, graph.TimelineQuery{})
	if len(all) != 75 {
		t.Fatalf("timeline holds %d events, want 75", len(all))
	}
	// Each range as the query gives it, and the first and last day it
	// covers.
	ranges := []struct{ from, to, lo, hi string }{
		{"2020-01-01", "2020-01-01", "2020-01-01", "2020-01-01"}, {"2020-03-05", "2020-03-05", "2020-03-05", "2020-03-05"},
		{"2020-06-15", "2020-06-20", "2020-06-15", "2020-06-20"}, {"2020-12", "2020-12", "2020-12-01", "2020-12-31"},
		{"2021-02-10", "", "2021-02-10", "9999-12-31"}, {"", "2020-04-01", "0001-01-01", "2020-04-01"},
		{"2021", "2021", "2021-01-01", "2021-12-31"}, {"2022-05-01", "2022-05-31", "2022-05-01", "2022-05-31"},
		{"2023", "", "2023-01-01", "9999-12-31"}, {"2019", "2019", "2019-01-01", "2019-12-31"},
		{"2020-08-20", "2021-01-15", "2020-08-20", "2021-01-15"},
	}
	overlaps := func(e graph.Event, lo, hi string) bool { return e.Date.Start <= hi && e.Date.End >= lo }
	checkRange := func(from, to, lo, hi string, limits []int, types []string) {
		t.Helper()
		for _, actor := range []string{"", "anna-ames", "boris-bell"} {
			for _, typ := range types {
				for _, limit := range limits {
					name := fmt.Sprintf("%s..%s actor=%s type=%s limit=%d", from, to, actor, typ, limit)
					got := eventIDs(timeline(t, s, graph.TimelineQuery{From: from, To: to, Actor: actor, Type: typ, Limit: limit}))
					var want []string
					for _, e := range all {
						if overlaps(e, lo, hi) && (actor == "" || hasParticipant(e, actor)) && (typ == "" || string(e.Type) == typ) {
							want = append(want, e.ID)
						}
					}
					if !slices.Equal(got, want) {
						t.Errorf("%s: got %v, want %v", name, got, want)
					}
				}
			}
		}
	}
	for _, r := range ranges {
		checkRange(r.from, r.to, r.lo, r.hi, []int{0, 3}, []string{"", string(graph.Meeting)})
		// Meetings of both people: the query merging takes candidates from.
		got := eventIDs(need(s.Meetings(ctx, graph.MeetingQuery{Actor: "anna-ames", With: "boris-bell", From: r.from, To: r.to}))(t))
		var want []string
		for _, e := range all {
			if e.Type == graph.Meeting && overlaps(e, r.lo, r.hi) {
				want = append(want, e.ID)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("meetings %s..%s: got %v, want %v", r.from, r.to, got, want)
		}
	}
	// The last day of each event: it must still be found from there,
	// however long it is.
	for _, e := range all {
		checkRange(e.Date.End, e.Date.End, e.Date.End, e.Date.End, []int{0}, []string{""})
	}
}

// testLimitFromADay checks that a listing from a day, whose first part
// is the events that straddle the day, gives at most limit events: the
// first limit of the whole listing.
func testLimitFromADay(t *testing.T, b graph.Backend) {
	ctx := context.Background()
	if _, err := graph.New(b).UpsertArticle(ctx, datedFacts()); err != nil {
		t.Fatal(err)
	}
	compared := 0
	err := b.View(ctx, func(v graph.View) error {
		for _, day := range []string{"2020-03-01", "2020-09-15", "2021-06-01", "2022-01-10"} {
			from, err := graph.NewCalendarDay(day)
			if err != nil {
				return err
			}
			for _, actors := range [][]string{nil, {"anna-ames"}} {
				f := graph.EventFilter{From: from, Actors: actors}
				all, err := v.Events(ctx, f, 0)
				if err != nil {
					return err
				}
				for _, limit := range []int{1, 2, 3, 5, 9} {
					got, err := v.Events(ctx, f, limit)
					if err != nil {
						return err
					}
					want := all[:min(limit, len(all))]
					if !slices.Equal(eventIDs(got), eventIDs(want)) {
						t.Errorf("events from %s of %v, limit %d: %d events %v, want %v", day, actors, limit, len(got), eventIDs(got), eventIDs(want))
					}
					compared++
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if compared == 0 {
		t.Fatal("nothing compared")
	}
}

package dates

import (
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// FuzzResolve: any wording resolves to an interval of real days in the
// years 1 to 9999 at a known precision, or to an error; never a panic.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"on Monday", "last week", "this month", "August 9", "15 February 2019", "August 2020",
		"since 1994", "for five weeks since the vote", "yesterday", "9999-12-31", "0000-01-01", "February 30, 2021",
		"Sunday’s", "last year", "for 99999999999 weeks since"} {
		f.Add(s)
	}
	pub := time.Date(2020, 9, 14, 0, 0, 0, 0, time.UTC)
	anchor := &graph.Date{Start: "2020-08-09", End: "2020-08-09", Precision: graph.Day}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Resolve(text, Context{Published: pub, Anchor: anchor})
		if err != nil {
			return
		}
		start, err1 := graph.NewCalendarDay(d.Start)
		end, err2 := graph.NewCalendarDay(d.End)
		if err1 != nil || err2 != nil || end.Time().Before(start.Time()) {
			t.Fatalf("%q resolved to %+v, not an interval of real days", text, d)
		}
		switch d.Precision {
		case graph.Day, graph.Week, graph.Month, graph.Year:
		default:
			t.Fatalf("%q resolved to precision %q", text, d.Precision)
		}
	})
}

package dates

import (
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

func TestResolveDate(t *testing.T) {
	monday := time.Date(2020, 9, 14, 0, 0, 0, 0, time.UTC) // the seed's publication day
	election := &graph.Date{Start: "2020-08-09", End: "2020-08-09", Precision: graph.Day}
	cases := []struct {
		text       string
		pub        time.Time
		anchor     *graph.Date
		start, end string
		precision  graph.Precision
	}{
		// A bare weekday is the most recent such day, publication day included.
		{"on Monday", monday, nil, "2020-09-14", "2020-09-14", graph.Day},
		{"Monday", monday, nil, "2020-09-14", "2020-09-14", graph.Day},
		{"On Monday", monday, nil, "2020-09-14", "2020-09-14", graph.Day},
		{"on Sunday", monday, nil, "2020-09-13", "2020-09-13", graph.Day},
		{"Sunday’s", monday, nil, "2020-09-13", "2020-09-13", graph.Day},
		{"Tuesday", monday, nil, "2020-09-08", "2020-09-08", graph.Day},
		{"last Monday", monday, nil, "2020-09-07", "2020-09-07", graph.Day},
		{"yesterday", monday, nil, "2020-09-13", "2020-09-13", graph.Day},
		{"today", monday, nil, "2020-09-14", "2020-09-14", graph.Day},
		// Weeks run Monday to Sunday; months are calendar months.
		{"last week", monday, nil, "2020-09-07", "2020-09-13", graph.Week},
		{"last week", time.Date(2020, 9, 13, 0, 0, 0, 0, time.UTC), nil, "2020-08-31", "2020-09-06", graph.Week},
		{"this week", monday, nil, "2020-09-14", "2020-09-20", graph.Week},
		{"this month", monday, nil, "2020-09-01", "2020-09-30", graph.Month},
		{"last month", time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC), nil, "2020-12-01", "2020-12-31", graph.Month},
		{"last year", monday, nil, "2019-01-01", "2019-12-31", graph.Year},
		// A month and day without a year fall on or before publication.
		{"August 9", monday, nil, "2020-08-09", "2020-08-09", graph.Day},
		{"9 August", monday, nil, "2020-08-09", "2020-08-09", graph.Day},
		{"September 14", monday, nil, "2020-09-14", "2020-09-14", graph.Day},
		{"December 30", monday, nil, "2019-12-30", "2019-12-30", graph.Day},
		{"Sept. 20", monday, nil, "2019-09-20", "2019-09-20", graph.Day},
		// Explicit years.
		{"February 15, 2019", monday, nil, "2019-02-15", "2019-02-15", graph.Day},
		{"15 February 2019", monday, nil, "2019-02-15", "2019-02-15", graph.Day},
		{"since 1994", monday, nil, "1994-01-01", "1994-12-31", graph.Year},
		{"in August 2020", monday, nil, "2020-08-01", "2020-08-31", graph.Month},
		{"2020-08-09", monday, nil, "2020-08-09", "2020-08-09", graph.Day},
		// Days in digits: dots are day first; with slashes a part above 12
		// is the day, else the reading nearer publication and not after it.
		{"9.8.2020", monday, nil, "2020-08-09", "2020-08-09", graph.Day},
		{"13/09/2020", monday, nil, "2020-09-13", "2020-09-13", graph.Day},
		{"09/13/2020", monday, nil, "2020-09-13", "2020-09-13", graph.Day},
		{"09/08/2020", monday, nil, "2020-09-08", "2020-09-08", graph.Day},
		{"08/09/2020", monday, nil, "2020-09-08", "2020-09-08", graph.Day},
		{"12/09/2020", monday, nil, "2020-09-12", "2020-09-12", graph.Day},
		// Durations count from their anchor event.
		{"for five weeks since the vote", monday, election, "2020-08-09", "2020-09-13", graph.Week},
		{"two days after the vote", monday, election, "2020-08-09", "2020-08-11", graph.Day},
	}
	for _, c := range cases {
		t.Run(c.text+"@"+c.pub.Format("2006-01-02"), func(t *testing.T) {
			d, err := Resolve(c.text, Context{Published: c.pub, Anchor: c.anchor})
			if err != nil {
				t.Fatal(err)
			}
			if d.Start != c.start || d.End != c.end || d.Precision != c.precision || d.Text != c.text {
				t.Errorf("got %+v, want %s..%s %s with the text kept", d, c.start, c.end, c.precision)
			}
		})
	}
}

// TestResolveDateWordings: wordings that writers of curated annotations
// met and the validator refused: parts of the day, "later on", a month
// alone, the weekend.
func TestResolveDateWordings(t *testing.T) {
	monday := time.Date(2020, 9, 14, 0, 0, 0, 0, time.UTC)
	saturday := time.Date(2020, 9, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text       string
		pub        time.Time
		start, end string
		precision  graph.Precision
	}{
		{"on Thursday evening", monday, "2020-09-10", "2020-09-10", graph.Day},
		{"Friday afternoon", monday, "2020-09-11", "2020-09-11", graph.Day},
		{"Later on Monday", monday, "2020-09-14", "2020-09-14", graph.Day},
		{"on the night of September 12", monday, "2020-09-12", "2020-09-12", graph.Day},
		{"In May", monday, "2020-05-01", "2020-05-31", graph.Month},
		{"in December", monday, "2019-12-01", "2019-12-31", graph.Month},
		{"earlier this month", monday, "2020-09-01", "2020-09-30", graph.Month},
		{"at the weekend", monday, "2020-09-12", "2020-09-13", graph.Week},
		{"over the weekend", saturday, "2020-09-19", "2020-09-20", graph.Week},
		{"last weekend", saturday, "2020-09-12", "2020-09-13", graph.Week},
		{"last night", monday, "2020-09-13", "2020-09-13", graph.Day},
		{"this morning", monday, "2020-09-14", "2020-09-14", graph.Day},
		{"This afternoon", monday, "2020-09-14", "2020-09-14", graph.Day},
		{"this evening", monday, "2020-09-14", "2020-09-14", graph.Day},
	} {
		d, err := Resolve(c.text, Context{Published: c.pub})
		if err != nil || d.Start != c.start || d.End != c.end || d.Precision != c.precision {
			t.Errorf("%q published %s = %+v, %v; want %s..%s %s", c.text, graph.FormatDay(c.pub), d, err, c.start, c.end, c.precision)
		}
	}
}

func TestResolveDateRefuses(t *testing.T) {
	monday := time.Date(2020, 9, 14, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{"soon", "February 30", "31/02/2020", "13/13/2020", "five weeks since the vote", "the other day", ""} {
		if d, err := Resolve(text, Context{Published: monday}); err == nil {
			t.Errorf("%q resolved to %+v, want an error", text, d)
		}
	}
	// 29 February without a year, published in 2021: the last one was 2020.
	d, err := Resolve("February 29", Context{Published: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || d.Start != "2020-02-29" {
		t.Errorf("February 29 published 2021-03-01 = %+v, %v; want 2020-02-29", d, err)
	}
}

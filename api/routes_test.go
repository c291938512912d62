package api

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// Seed ids the tests rely on.
const (
	lukashenko    = "alexander-lukashenko"
	putin         = "vladimir-putin"
	tikhanovskaya = "svetlana-tikhanovskaya"
	loanEvent     = "russia-belarus-loan-2020-09-14"
	sochiTalks    = "lukashenko-putin-talks-sochi-2020-09-14"
	seedArticle   = "aljazeera-2020-09-14-lukashenko-putin-sochi"
)

// TestRoutes requests every route with the seed imported and compares the
// body with its golden file; get checks each against openapi.json.
func TestRoutes(t *testing.T) {
	tests := []struct {
		name, target string
	}{
		{"actors", "/api/v1/actors"},
		{"actors-q", "/api/v1/actors?q=LUKAS"},
		{"actors-q-accents", "/api/v1/actors?q=Luka%C5%A1enka"},
		{"actors-kind", "/api/v1/actors?kind=Country"},
		{"actors-page", "/api/v1/actors?limit=3"},
		{"actor", "/api/v1/actors/" + lukashenko},
		{"actor-met", "/api/v1/actors/" + lukashenko + "/met"},
		{"actor-met-none", "/api/v1/actors/margarita-simonyan/met"},
		{"actor-met-page", "/api/v1/actors/" + putin + "/met?limit=1"},
		{"actor-network", "/api/v1/actors/" + tikhanovskaya + "/network"},
		{"actor-network-depth2", "/api/v1/actors/margarita-simonyan/network?depth=2"},
		{"meetings", "/api/v1/meetings"},
		{"meetings-with", "/api/v1/meetings?actor=" + lukashenko + "&with=" + putin + "&from=2020"},
		{"timeline", "/api/v1/timeline"},
		{"timeline-actor", "/api/v1/timeline?actor=" + putin},
		{"timeline-type", "/api/v1/timeline?type=Protest"},
		{"timeline-range", "/api/v1/timeline?from=2020-09-10&to=2020-09-13"},
		{"timeline-place", "/api/v1/timeline?place=belarus"},
		{"timeline-page", "/api/v1/timeline?limit=2"},
		{"stats", "/api/v1/stats"},
		{"timelinejs", "/api/v1/timeline.timelinejs"},
		{"timelinejs-filtered", "/api/v1/timeline.timelinejs?actor=" + lukashenko + "&type=Meeting"},
		{"event-loan", "/api/v1/events/" + loanEvent},
		{"articles", "/api/v1/articles"},
		{"article", "/api/v1/articles/" + seedArticle},
		{"paths", "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin},
		{"paths-none", "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin + "&maxHops=1"},
		{"healthz", "/healthz"},
		{"readyz", "/readyz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, handler, tt.target)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: status %d, want 200: %s", tt.target, rec.Code, rec.Body.String())
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			golden(t, tt.name, rec.Body.Bytes())
		})
	}
}

func TestOpenAPIRoute(t *testing.T) {
	rec := get(t, handler, "/api/v1/openapi.json")
	if rec.Code != http.StatusOK || rec.Body.String() != string(OpenAPI) {
		t.Fatalf("GET /api/v1/openapi.json: status %d, body is the embedded document: %v", rec.Code, rec.Body.String() == string(OpenAPI))
	}
}

type eventList struct {
	Items []graph.Event `json:"items"`
	Next  *string       `json:"next"`
}

// TestWhoMet: Lukashenko met Putin twice, in Sochi, on 2019-02-15 and
// 2020-09-14, in that order.
func TestWhoMet(t *testing.T) {
	rec := get(t, handler, "/api/v1/actors/"+lukashenko+"/met")
	got := decode[struct {
		Items []graph.Counterpart `json:"items"`
		Next  *string             `json:"next"`
	}](t, rec)
	i := slices.IndexFunc(got.Items, func(c graph.Counterpart) bool { return c.Actor.ID == putin })
	if i < 0 {
		t.Fatalf("Putin is not among Lukashenko's counterparts: %s", rec.Body.String())
	}
	if got.Next != nil {
		t.Errorf("next = %q, want null", *got.Next)
	}
	var dates []string
	for _, m := range got.Items[i].Meetings {
		dates = append(dates, m.Date.Start)
		if m.Date.Precision != graph.Day {
			t.Errorf("meeting %s: precision %s, want day", m.EventID, m.Date.Precision)
		}
		if m.Place == nil || m.Place.ID != "sochi" {
			t.Errorf("meeting %s: place %+v, want sochi", m.EventID, m.Place)
		}
	}
	if want := []string{"2019-02-15", "2020-09-14"}; !slices.Equal(dates, want) {
		t.Errorf("meeting dates %v, want %v", dates, want)
	}
}

// timelineOrdered reports whether events are in date order, then id.
func timelineOrdered(events []graph.Event) bool {
	return slices.IsSortedFunc(events, func(a, b graph.Event) int {
		if c := strings.Compare(a.Date.Start, b.Date.Start); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

func hasParticipant(e graph.Event, actor string) bool {
	return slices.ContainsFunc(e.Participants, func(p graph.Participant) bool { return p.ActorID == actor })
}

// TestTimeline checks the order and each filter against the whole
// timeline, so the filters are tested against what they should keep, not
// only against a golden file.
func TestTimeline(t *testing.T) {
	all := decode[eventList](t, get(t, handler, "/api/v1/timeline?limit=500")).Items
	if len(all) < 10 {
		t.Fatalf("timeline has %d events; the seed has more", len(all))
	}
	if !timelineOrdered(all) {
		t.Errorf("timeline is not in date order, then id")
	}
	filter := func(keep func(graph.Event) bool) []string {
		var ids []string
		for _, e := range all {
			if keep(e) {
				ids = append(ids, e.ID)
			}
		}
		return ids
	}
	tests := []struct {
		name  string
		query string
		keep  func(graph.Event) bool
	}{
		{"actor", "actor=" + putin, func(e graph.Event) bool { return hasParticipant(e, putin) }},
		{"type", "type=Meeting", func(e graph.Event) bool { return e.Type == graph.Meeting }},
		{"actor and type", "actor=" + lukashenko + "&type=Statement", func(e graph.Event) bool {
			return hasParticipant(e, lukashenko) && e.Type == graph.Statement
		}},
		// Overlap, not containment: week and month events that straddle
		// the range are kept.
		{"day range", "from=2020-09-10&to=2020-09-13", func(e graph.Event) bool {
			return e.Date.End >= "2020-09-10" && e.Date.Start <= "2020-09-13"
		}},
		{"month range", "from=2020-08&to=2020-08", func(e graph.Event) bool {
			return e.Date.End >= "2020-08-01" && e.Date.Start <= "2020-08-31"
		}},
		{"year range", "from=2019&to=2019", func(e graph.Event) bool {
			return e.Date.End >= "2019-01-01" && e.Date.Start <= "2019-12-31"
		}},
		{"open start", "to=2020-08-09", func(e graph.Event) bool { return e.Date.Start <= "2020-08-09" }},
		{"place within", "place=belarus", nil}, // checked below: Minsk is in Belarus
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decode[eventList](t, get(t, handler, "/api/v1/timeline?limit=500&"+tt.query)).Items
			if !timelineOrdered(got) {
				t.Errorf("not in date order")
			}
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			if tt.keep == nil {
				places := map[string]bool{}
				for _, e := range got {
					places[e.Place.ID] = true
				}
				if !places["belarus"] || !places["minsk"] || len(places) != 2 {
					t.Errorf("place=belarus gave places %v, want belarus and minsk", places)
				}
				return
			}
			want := filter(tt.keep)
			if len(want) == 0 {
				t.Fatalf("the seed has no event for this filter; the test checks nothing")
			}
			if !slices.Equal(ids, want) {
				t.Errorf("got %v\nwant %v", ids, want)
			}
		})
	}
}

// TestTimelinePaging follows the cursors through the timeline two events
// at a time and gets the whole timeline, in order, once.
func TestTimelinePaging(t *testing.T) {
	all := decode[eventList](t, get(t, handler, "/api/v1/timeline?limit=500")).Items
	var paged []graph.Event
	target := "/api/v1/timeline?limit=2"
	for pages := 0; ; pages++ {
		if pages > len(all) {
			t.Fatalf("paging does not end")
		}
		p := decode[eventList](t, get(t, handler, target))
		paged = append(paged, p.Items...)
		if p.Next == nil {
			break
		}
		target = "/api/v1/timeline?limit=2&cursor=" + url.QueryEscape(*p.Next)
	}
	if len(paged) != len(all) || !timelineOrdered(paged) {
		t.Errorf("paging gave %d events (ordered: %v), want %d", len(paged), timelineOrdered(paged), len(all))
	}

	// TimelineJS has no place for a cursor: the next page is in a Link header.
	rec := get(t, handler, "/api/v1/timeline.timelinejs?type=Statement&limit=2")
	link := rec.Header().Get("Link")
	if !strings.HasPrefix(link, "</api/v1/timeline.timelinejs?") || !strings.HasSuffix(link, `>; rel="next"`) ||
		!strings.Contains(link, "type=Statement") || !strings.Contains(link, "cursor=") {
		t.Errorf("Link = %q, want the next page of the same query", link)
	}
	next := strings.TrimSuffix(strings.TrimPrefix(link, "<"), `>; rel="next"`)
	if rec := get(t, handler, next); rec.Code != http.StatusOK {
		t.Errorf("GET %s (from Link): %d", next, rec.Code)
	}
	if rec := get(t, handler, "/api/v1/timeline.timelinejs?type=Meeting"); rec.Header().Get("Link") != "" {
		t.Errorf("last page has Link %q", rec.Header().Get("Link"))
	}
}

// TestLoan: the loan is 1500000000 USD, Russia lending to Belarus.
func TestLoan(t *testing.T) {
	e := decode[graph.Event](t, get(t, handler, "/api/v1/events/"+loanEvent))
	if e.Type != graph.Loan {
		t.Errorf("type %s, want Loan", e.Type)
	}
	if e.Amount == nil || e.Amount.Value != 1500000000 || e.Amount.Currency != "USD" {
		t.Errorf("amount %+v, want 1500000000 USD", e.Amount)
	}
	roles := map[string]string{}
	for _, p := range e.Participants {
		roles[p.Role] = p.ActorID
	}
	if roles["lender"] != "russia" || roles["borrower"] != "belarus" {
		t.Errorf("lender %q, borrower %q; want russia, belarus", roles["lender"], roles["borrower"])
	}
	if len(e.Sources) == 0 || e.Sources[0].ArticleID != seedArticle {
		t.Errorf("sources %+v, want quotes from %s", e.Sources, seedArticle)
	}
}

// TestPath: Tikhanovskaya reaches Putin; every path runs from her to him
// with one edge between each pair of nodes.
func TestPath(t *testing.T) {
	got := decode[struct {
		Items []graph.Path `json:"items"`
	}](t, get(t, handler, "/api/v1/paths?from="+tikhanovskaya+"&to="+putin))
	if len(got.Items) == 0 {
		t.Fatalf("no path from Tikhanovskaya to Putin")
	}
	for _, p := range got.Items {
		if p.Nodes[0].ID != tikhanovskaya || p.Nodes[len(p.Nodes)-1].ID != putin || len(p.Edges) != len(p.Nodes)-1 {
			t.Errorf("path %+v does not run from %s to %s", p, tikhanovskaya, putin)
		}
		for i, e := range p.Edges {
			a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
			if !(e.From == a && e.To == b) && !(e.From == b && e.To == a) {
				t.Errorf("edge %d %+v does not join %s and %s", i, e, a, b)
			}
		}
	}
}

// TestTimelineJS checks that each slide's date says exactly what its
// precision knows.
func TestTimelineJS(t *testing.T) {
	all := decode[eventList](t, get(t, handler, "/api/v1/timeline?limit=500")).Items
	doc := decode[tljsDoc](t, get(t, handler, "/api/v1/timeline.timelinejs?limit=500"))
	if len(doc.Events) != len(all) {
		t.Fatalf("%d slides for %d events", len(doc.Events), len(all))
	}
	seen := map[graph.Precision]bool{}
	for i, e := range all {
		s := doc.Events[i]
		if s.UniqueID != e.ID || s.Group != string(e.Type) {
			t.Errorf("slide %d is %s/%s, want %s/%s", i, s.UniqueID, s.Group, e.ID, e.Type)
		}
		seen[e.Date.Precision] = true
		start, _ := graph.ParseDay(e.Date.Start)
		end, _ := graph.ParseDay(e.Date.End)
		want := tljsDate{Year: start.Year()}
		var wantEnd *tljsDate
		switch e.Date.Precision {
		case graph.Month:
			want.Month = int(start.Month())
			if end.Month() != start.Month() || end.Year() != start.Year() {
				wantEnd = &tljsDate{Year: end.Year(), Month: int(end.Month())}
			}
		case graph.Day:
			want = dayDate(start)
		case graph.Week:
			want = dayDate(start)
			want.DisplayDate = s.StartDate.DisplayDate
			we := dayDate(end)
			wantEnd = &we
		}
		if s.StartDate != want || (wantEnd == nil) != (s.EndDate == nil) || (wantEnd != nil && *s.EndDate != *wantEnd) {
			t.Errorf("%s (%s %s..%s): start %+v end %+v, want %+v %+v", e.ID, e.Date.Precision,
				e.Date.Start, e.Date.End, s.StartDate, s.EndDate, want, wantEnd)
		}
	}
	for _, p := range []graph.Precision{graph.Day, graph.Week, graph.Month} {
		if !seen[p] {
			t.Errorf("the seed has no %s-precision event; the check above misses it", p)
		}
	}
}

// TestTimelineJSDates covers every precision, including year, which the
// seed lacks, and the week display across month and year ends.
func TestTimelineJSDates(t *testing.T) {
	tests := []struct {
		date       graph.Date
		start, end tljsDate
		hasEnd     bool
	}{
		{graph.Date{Start: "2020-01-01", End: "2020-12-31", Precision: graph.Year}, tljsDate{Year: 2020}, tljsDate{}, false},
		{graph.Date{Start: "2019-01-01", End: "2020-12-31", Precision: graph.Year}, tljsDate{Year: 2019}, tljsDate{Year: 2020}, true},
		{graph.Date{Start: "2020-09-01", End: "2020-09-30", Precision: graph.Month}, tljsDate{Year: 2020, Month: 9}, tljsDate{}, false},
		{graph.Date{Start: "2020-08-01", End: "2020-09-30", Precision: graph.Month}, tljsDate{Year: 2020, Month: 8}, tljsDate{Year: 2020, Month: 9}, true},
		{graph.Date{Start: "2020-09-14", End: "2020-09-14", Precision: graph.Day}, tljsDate{Year: 2020, Month: 9, Day: 14}, tljsDate{}, false},
		{graph.Date{Start: "2020-09-07", End: "2020-09-13", Precision: graph.Week},
			tljsDate{Year: 2020, Month: 9, Day: 7, DisplayDate: "7–13 September 2020"}, tljsDate{Year: 2020, Month: 9, Day: 13}, true},
		{graph.Date{Start: "2020-09-28", End: "2020-10-04", Precision: graph.Week},
			tljsDate{Year: 2020, Month: 9, Day: 28, DisplayDate: "28 September – 4 October 2020"}, tljsDate{Year: 2020, Month: 10, Day: 4}, true},
		{graph.Date{Start: "2019-12-30", End: "2020-01-05", Precision: graph.Week},
			tljsDate{Year: 2019, Month: 12, Day: 30, DisplayDate: "30 December 2019 – 5 January 2020"}, tljsDate{Year: 2020, Month: 1, Day: 5}, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.date.Precision)+" "+tt.date.Start, func(t *testing.T) {
			start, end := tljsDates(tt.date)
			if start != tt.start || (end != nil) != tt.hasEnd || (end != nil && *end != tt.end) {
				t.Errorf("got %+v %+v, want %+v %+v", start, end, tt.start, tt.end)
			}
		})
	}
}

// TestTimelineJSEscapes: slide text is HTML, so graph text is escaped.
func TestTimelineJSEscapes(t *testing.T) {
	doc := timelineJS(graph.TimelineQuery{Actor: "<b>"}, []graph.Event{{
		ID: "e", Type: graph.Statement, Title: "A <script>", Summary: "x & y",
		Date:         graph.Date{Start: "2020-01-01", End: "2020-01-01", Precision: graph.Day},
		Participants: []graph.Participant{{ActorID: "a", Name: "<i>A</i>", Role: "speaker"}},
		Sources:      []graph.Source{{ArticleID: "art", Quote: `"<q>"`}},
	}})
	s := doc.Events[0].Text.Headline + doc.Events[0].Text.Text + doc.Title.Text.Text
	for _, bad := range []string{"<script>", "<i>", "<q>", "<b>", " & "} {
		if strings.Contains(s, bad) {
			t.Errorf("unescaped %q in %s", bad, s)
		}
	}
}

// TestAsOfAndSources: the seed was published on 2020-09-14, by one outlet.
func TestAsOfAndSources(t *testing.T) {
	for _, c := range []struct {
		target string
		want   func(n int) bool
	}{
		{"/api/v1/timeline?asOf=2020-09-13&limit=500", func(n int) bool { return n == 0 }},
		{"/api/v1/timeline?asOf=2020-09-14&limit=500", func(n int) bool { return n == 16 }},
		{"/api/v1/timeline?minSources=1&limit=500", func(n int) bool { return n == 16 }},
		{"/api/v1/timeline?minSources=2&limit=500", func(n int) bool { return n == 0 }},
		{"/api/v1/meetings?asOf=2020-09-13", func(n int) bool { return n == 0 }},
	} {
		l := decode[list[graph.Event]](t, get(t, handler, c.target))
		if !c.want(len(l.Items)) {
			t.Errorf("%s: %d events", c.target, len(l.Items))
		}
		for _, e := range l.Items {
			if e.SourceCount != 1 || e.FirstReported != "2020-09-14" || e.Claims != nil {
				t.Errorf("%s: %s has %d sources, first reported %s, claims %v", c.target, e.ID, e.SourceCount, e.FirstReported, e.Claims)
			}
		}
	}
	if rec := get(t, handler, "/api/v1/events/"+loanEvent+"?asOf=2020-09-13"); rec.Code != 404 {
		t.Errorf("the loan as of the day before it was reported: %d, want 404", rec.Code)
	}
	if l := decode[list[graph.Merge]](t, get(t, handler, "/api/v1/merges")); len(l.Items) != 0 {
		t.Errorf("merges of the seed alone: %+v", l.Items)
	}
}

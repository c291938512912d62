// Package graphtest is the conformance suite every *graph.Graph backend
// must pass, so that the embedded store and Neo4j give the same answers.
package graphtest

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

// SeedDir is the seeds folder, found from this file so that every
// backend's test finds it whatever its working directory.
func SeedDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "seeds")
}

// Opener returns an empty backend for one test; the suite closes it.
type Opener func(t *testing.T) graph.Backend

// Seed imports the seed articles into s and checks that nothing dangles.
func Seed(t testing.TB, s *graph.Graph) {
	t.Helper()
	if _, err := importer.Import(context.Background(), s, []string{SeedDir()}, nil); err != nil {
		t.Fatalf("import seeds: %v", err)
	}
	CheckIntegrity(t, s)
}

// Seed ids the suite relies on.
const (
	Lukashenko    = "alexander-lukashenko"
	Putin         = "vladimir-putin"
	Tikhanovskaya = "svetlana-tikhanovskaya"
	SochiTalks    = "lukashenko-putin-talks-sochi-2020-09-14"
	SochiMeeting  = "lukashenko-putin-meeting-sochi-2019-02-15"
	Loan          = "russia-belarus-loan-2020-09-14"
	Arrests       = "belarus-arrests-2020-09-13"
	Rally         = "minsk-rally-2020-09-13"
	SeedArticle   = "aljazeera-2020-09-14-lukashenko-putin-sochi"
)

// Run runs the whole suite against stores from open.
func Run(t *testing.T, open Opener) {
	ctx := context.Background()
	empty := func(t *testing.T) *graph.Graph {
		s := graph.New(open(t))
		t.Cleanup(func() { s.Close(ctx) })
		return s
	}
	seeded := func(t *testing.T) *graph.Graph {
		s := empty(t)
		Seed(t, s)
		return s
	}
	t.Run("Meetings", func(t *testing.T) { testMeetings(t, seeded(t)) })
	t.Run("Loan", func(t *testing.T) { testLoan(t, seeded(t)) })
	t.Run("Arrests", func(t *testing.T) { testArrests(t, seeded(t)) })
	t.Run("Timeline", func(t *testing.T) { testTimeline(t, seeded(t)) })
	t.Run("Actors", func(t *testing.T) { testActors(t, seeded(t)) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, seeded(t)) })
	t.Run("PathsAndNetwork", func(t *testing.T) { testPaths(t, seeded(t)) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, seeded(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, seeded(t)) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, seeded(t)) })
	t.Run("MergeAcrossArticles", func(t *testing.T) { testMerge(t, empty(t)) })
	t.Run("RefusesDangling", func(t *testing.T) { testRefusesDangling(t, seeded(t)) })
	t.Run("RefusesIDOfAnotherKind", func(t *testing.T) { testIDCollision(t, seeded(t)) })
	t.Run("EmptyStore", func(t *testing.T) { testEmpty(t, empty(t)) })
	t.Run("Provenance", func(t *testing.T) { testProvenance(t, empty(t)) })
	t.Run("SourcesShown", func(t *testing.T) { testSourcesShown(t, empty(t)) })
	t.Run("ThreeOutlets", func(t *testing.T) { testOutlets(t, empty) })
	t.Run("OrderIndependence", func(t *testing.T) { testOrderIndependence(t, empty) })
	t.Run("WriteGroups", func(t *testing.T) { testWriteGroups(t, empty) })
	t.Run("StayApart", func(t *testing.T) { testStayApart(t, empty) })
	t.Run("BusyDay", func(t *testing.T) { testBusyDay(t, empty) })
	t.Run("NoOneInCommon", func(t *testing.T) { testNoOneInCommon(t, empty) })
	t.Run("Split", func(t *testing.T) { testSplit(t, empty) })
	t.Run("AsOfPaging", func(t *testing.T) { testAsOfPaging(t, empty) })
	t.Run("InputClasses", func(t *testing.T) { testInputClasses(t, seeded(t)) })
	t.Run("PlaceCyclesAcrossArticles", func(t *testing.T) { testPlaceCyclesAcrossArticles(t, empty(t)) })
	t.Run("DateRanges", func(t *testing.T) { testDateRanges(t, empty(t)) })
	t.Run("LimitFromADay", func(t *testing.T) {
		b := open(t)
		t.Cleanup(func() { b.Close(ctx) })
		testLimitFromADay(t, b)
	})
	t.Run("ReimportScoresAlike", func(t *testing.T) { testReimportScoresAlike(t, empty(t)) })
	t.Run("MetPages", func(t *testing.T) { testMetPages(t, seeded(t)) })
	t.Run("MeetingsWith", func(t *testing.T) {
		b := open(t)
		t.Cleanup(func() { b.Close(ctx) })
		testMeetingsWith(t, b)
	})
	t.Run("EdgeCaps", func(t *testing.T) {
		b := open(t)
		t.Cleanup(func() { b.Close(ctx) })
		testEdgeCaps(t, b)
	})
	t.Run("TimelineIndex", func(t *testing.T) {
		b := open(t)
		t.Cleanup(func() { b.Close(ctx) })
		testTimelineIndex(t, b)
	})
	t.Run("EventsByIDs", func(t *testing.T) {
		b := open(t)
		t.Cleanup(func() { b.Close(ctx) })
		Seed(t, graph.New(b))
		testEventsByIDs(t, b)
	})
	runIntegrity(t, empty, seeded)
}

// need turns a (value, error) result into the value, failing the test on
// an error: need(s.Event(ctx, id))(t).
func need[T any](v T, err error) func(t *testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func testMeetings(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	met := need(s.Met(ctx, Lukashenko))(t)
	i := slices.IndexFunc(met, func(c graph.Counterpart) bool { return c.Actor.ID == Putin })
	if i < 0 {
		t.Fatalf("Lukashenko's counterparts %v lack Putin", met)
	}
	putin := met[i]
	if putin.Actor.Name != "Vladimir Putin" || putin.Actor.Kind != graph.Person {
		t.Errorf("counterpart = %+v, want Vladimir Putin, Person", putin.Actor)
	}
	var got []string
	for _, m := range putin.Meetings {
		got = append(got, m.Date.Start+"@"+placeID(m.Place))
	}
	if want := []string{"2019-02-15@sochi", "2020-09-14@sochi"}; !slices.Equal(got, want) {
		t.Errorf("meetings with Putin = %v, want %v", got, want)
	}
	if i != 0 {
		t.Errorf("Putin is counterpart #%d; with most meetings he should come first", i)
	}
	// The same from the other side, and through Meetings.
	back := need(s.Met(ctx, Putin))(t)
	if len(back) == 0 || back[0].Actor.ID != Lukashenko || len(back[0].Meetings) != 2 {
		t.Errorf("Putin met %+v, want Lukashenko twice first", back)
	}
	ms := need(s.Meetings(ctx, graph.MeetingQuery{Actor: Putin, With: Lukashenko}))(t)
	if ids := eventIDs(ms); !slices.Equal(ids, []string{SochiMeeting, SochiTalks}) {
		t.Errorf("meetings(Putin, Lukashenko) = %v", ids)
	}
	ms = need(s.Meetings(ctx, graph.MeetingQuery{Actor: Putin, From: "2020"}))(t)
	if ids := eventIDs(ms); !slices.Equal(ids, []string{SochiTalks}) {
		t.Errorf("meetings(Putin, from 2020) = %v", ids)
	}
	talks := ms[0]
	if talks.Date.Text != "on Monday" || talks.Date.Precision != graph.Day {
		t.Errorf("talks date = %+v, want the wording \"on Monday\" at day precision", talks.Date)
	}
	roles := map[string]string{}
	for _, p := range talks.Participants {
		roles[p.ActorID] = p.Role
	}
	if roles[Lukashenko] != "visitor" || roles[Putin] != "host" || talks.CAMEO != "042" {
		t.Errorf("talks roles %v cameo %q, want Lukashenko visitor, Putin host, 042", roles, talks.CAMEO)
	}
}

func placeID(p *graph.PlaceRef) string {
	if p == nil {
		return ""
	}
	return p.ID
}

func eventIDs(es []graph.Event) []string {
	ids := []string{}
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

func testLoan(t *testing.T, s *graph.Graph) {
	e := need(s.Event(context.Background(), Loan))(t)
	if e.Type != graph.Loan || e.Amount == nil || e.Amount.Value != 1_500_000_000 || e.Amount.Currency != "USD" {
		t.Fatalf("loan = %+v amount %+v, want 1500000000 USD", e, e.Amount)
	}
	roles := map[string]string{}
	for _, p := range e.Participants {
		roles[p.Role] = p.ActorID
	}
	if roles["lender"] != "russia" || roles["borrower"] != "belarus" {
		t.Errorf("loan parties = %v, want Russia lender, Belarus borrower", roles)
	}
	if e.CAMEO != "071" {
		t.Errorf("loan CAMEO = %q, want 071", e.CAMEO)
	}
	if len(e.Sources) == 0 {
		t.Fatal("loan has no sources")
	}
	checkSourcesInArticle(t, s, e.Sources)
}

// checkSourcesInArticle checks each quote stands in its article at its
// offsets, counted in code points.
func checkSourcesInArticle(t *testing.T, s *graph.Graph, srcs []graph.Source) {
	t.Helper()
	for _, src := range srcs {
		a := need(s.Article(context.Background(), src.ArticleID))(t)
		text := []rune(a.Text)
		if src.Start < 0 || src.End > len(text) || string(text[src.Start:src.End]) != src.Quote {
			t.Errorf("quote %q is not at [%d,%d) of %s", src.Quote, src.Start, src.End, src.ArticleID)
		}
	}
}

func testArrests(t *testing.T, s *graph.Graph) {
	e := need(s.Event(context.Background(), Arrests))(t)
	if e.Count == nil || e.Count.Value != 774 || e.Count.Qualifier != graph.Exact {
		t.Fatalf("arrests count = %+v, want exactly 774", e.Count)
	}
	if e.Date.Start != "2020-09-13" || e.CAMEO != "173" || placeID(e.Place) != "belarus" {
		t.Errorf("arrests = %s %s %s, want 2020-09-13, 173, belarus", e.Date.Start, e.CAMEO, placeID(e.Place))
	}
	if len(e.Sources) != 1 || !strings.Contains(e.Sources[0].Quote, "police arrested 774 people") {
		t.Errorf("arrest sources = %+v, want the quote with 774", e.Sources)
	}
	checkSourcesInArticle(t, s, e.Sources)
	rally := need(s.Event(context.Background(), Rally))(t)
	if rally.Count == nil || rally.Count.Value != 100000 || rally.Count.Qualifier != graph.AtLeast {
		t.Errorf("rally count = %+v, want at least 100000", rally.Count)
	}
}

func timeline(t *testing.T, s *graph.Graph, q graph.TimelineQuery) []graph.Event {
	t.Helper()
	var all []graph.Event
	for {
		p := need(s.Timeline(context.Background(), q))(t)
		all = append(all, p.Items...)
		if p.Next == "" {
			return all
		}
		q.Cursor = p.Next
	}
}

func testTimeline(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	all := timeline(t, s, graph.TimelineQuery{})
	if len(all) < 10 {
		t.Fatalf("timeline has %d events, want the whole seed", len(all))
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Date.Start > b.Date.Start || (a.Date.Start == b.Date.Start && a.ID >= b.ID) {
			t.Errorf("timeline out of order at %d: %s %s then %s %s", i, a.Date.Start, a.ID, b.Date.Start, b.ID)
		}
	}
	// Paging by twos gives the same events.
	paged := timeline(t, s, graph.TimelineQuery{Limit: 2})
	if !slices.Equal(eventIDs(paged), eventIDs(all)) {
		t.Errorf("paged timeline %v differs from %v", eventIDs(paged), eventIDs(all))
	}
	cases := []struct {
		name  string
		q     graph.TimelineQuery
		check func(graph.Event) bool
		want  []string // a subset that must be present
	}{
		{"actor", graph.TimelineQuery{Actor: Putin}, func(e graph.Event) bool { return hasParticipant(e, Putin) },
			[]string{SochiMeeting, SochiTalks, Loan}},
		{"type", graph.TimelineQuery{Type: string(graph.Protest)}, func(e graph.Event) bool { return e.Type == graph.Protest },
			[]string{Rally, "belarus-protests-2020"}},
		{"day range", graph.TimelineQuery{From: "2020-09-13", To: "2020-09-13"},
			func(e graph.Event) bool { return e.Date.Start <= "2020-09-13" && e.Date.End >= "2020-09-13" },
			[]string{Rally, Arrests, "belarus-protests-2020", "lukashenko-interview-russian-journalists-2020-09"}},
		{"month overlaps", graph.TimelineQuery{From: "2020-08", To: "2020-08"},
			func(e graph.Event) bool { return e.Date.Start <= "2020-08-31" && e.Date.End >= "2020-08-01" },
			[]string{"belarus-presidential-election-2020-08-09", "putin-congratulates-lukashenko-2020-08"}},
		{"place within", graph.TimelineQuery{Place: "belarus"},
			func(e graph.Event) bool { return e.Place != nil && (e.Place.ID == "belarus" || e.Place.ID == "minsk") },
			[]string{Arrests, Rally, "minsk-arrests-2020-09-13"}},
		{"year", graph.TimelineQuery{From: "2019", To: "2019"}, func(e graph.Event) bool { return e.ID == SochiMeeting },
			[]string{SochiMeeting}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := timeline(t, s, c.q)
			for _, e := range got {
				if !c.check(e) {
					t.Errorf("%s does not match the filter", e.ID)
				}
			}
			ids := eventIDs(got)
			for _, w := range c.want {
				if !slices.Contains(ids, w) {
					t.Errorf("%s missing from %v", w, ids)
				}
			}
			// Everything that matches the filter is there.
			n := 0
			for _, e := range all {
				if c.check(e) {
					n++
				}
			}
			if n != len(got) {
				t.Errorf("filter returned %d events, %d of the whole timeline match", len(got), n)
			}
		})
	}
	if got := timeline(t, s, graph.TimelineQuery{Actor: "nobody-at-all"}); len(got) != 0 {
		t.Errorf("unknown actor filter gave %v", eventIDs(got))
	}
	_ = ctx
}

func hasParticipant(e graph.Event, id string) bool {
	return slices.ContainsFunc(e.Participants, func(p graph.Participant) bool { return p.ActorID == id })
}

func testActors(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	for _, c := range []struct{ q, want string }{
		{"lukashenko", Lukashenko}, {"LUKASHENKO", Lukashenko}, {"Tsikhanoŭskaya", Tikhanovskaya},
		{"Tsikhanouskaya", Tikhanovskaya}, {"putin", Putin}, {"rights council", "un-human-rights-council"},
	} {
		p := need(s.Actors(ctx, graph.ActorQuery{Q: c.q}))(t)
		if !slices.ContainsFunc(p.Items, func(a graph.Actor) bool { return a.ID == c.want }) {
			t.Errorf("search %q = %v, want %s", c.q, p.Items, c.want)
		}
	}
	people := need(s.Actors(ctx, graph.ActorQuery{Kind: string(graph.Person), Limit: 500}))(t)
	for _, a := range people.Items {
		if a.Kind != graph.Person {
			t.Errorf("kind filter let %s (%s) through", a.ID, a.Kind)
		}
	}
	if len(people.Items) < 6 {
		t.Errorf("only %d people", len(people.Items))
	}
	// Paging walks every actor once, in name order.
	var seen []graph.Actor
	q := graph.ActorQuery{Limit: 3}
	for {
		p := need(s.Actors(ctx, q))(t)
		seen = append(seen, p.Items...)
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	whole := need(s.Actors(ctx, graph.ActorQuery{Limit: 500}))(t)
	if !reflect.DeepEqual(seen, whole.Items) {
		t.Errorf("paged actors differ from one page")
	}
	for i := 1; i < len(seen); i++ {
		if graph.Fold(seen[i-1].Name) > graph.Fold(seen[i].Name) {
			t.Errorf("actors out of name order: %s before %s", seen[i-1].Name, seen[i].Name)
		}
	}
	d := need(s.Actor(ctx, Lukashenko))(t)
	if d.EventCount < 8 || len(d.Sources) == 0 {
		t.Errorf("Lukashenko: %d events, %d sources", d.EventCount, len(d.Sources))
	}
	i := slices.IndexFunc(d.Relations, func(r graph.Relation) bool { return r.Type == graph.LeaderOf && r.To == "belarus" })
	if i < 0 {
		t.Fatalf("Lukashenko's relations %+v lack LEADER_OF belarus", d.Relations)
	}
	lead := d.Relations[i]
	if lead.Since == nil || lead.Since.Start != "1994-01-01" || lead.Since.Precision != graph.Year || lead.ToName != "Belarus" {
		t.Errorf("LEADER_OF belarus = %+v since %+v, want since 1994 (year)", lead, lead.Since)
	}
	checkSourcesInArticle(t, s, lead.Sources)
}

func testArticles(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	p := need(s.Articles(ctx, graph.ArticleQuery{}))(t)
	if len(p.Items) != 1 || p.Items[0].ID != SeedArticle || p.Items[0].Text != "" {
		t.Fatalf("articles = %+v, want the seed without its text", p.Items)
	}
	if p.Items[0].Method != graph.Curated || p.Items[0].Extractor != "" {
		t.Errorf("the seed article's method %q extractor %q, want curated: it has an annotation", p.Items[0].Method, p.Items[0].Extractor)
	}
	a := need(s.Article(ctx, SeedArticle))(t)
	if a.Outlet != "Al Jazeera" || a.Published != "2020-09-14" || a.Language != "en" ||
		!strings.HasPrefix(a.Text, "Lukashenko seeks Putin’s help") {
		t.Errorf("article = %+v", a)
	}
}

func testPaths(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	paths := need(s.Paths(ctx, Tikhanovskaya, Putin, 4))(t).Items
	if len(paths) == 0 {
		t.Fatal("no path from Tikhanovskaya to Putin")
	}
	for _, p := range paths {
		if len(p.Nodes) != len(p.Edges)+1 || p.Nodes[0].ID != Tikhanovskaya || p.Nodes[len(p.Nodes)-1].ID != Putin {
			t.Errorf("malformed path %+v", p)
		}
		for i, e := range p.Edges {
			a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
			if !(e.From == a && e.To == b) && !(e.From == b && e.To == a) {
				t.Errorf("edge %+v does not join %s and %s", e, a, b)
			}
		}
		for _, n := range p.Nodes {
			if n.Name == "" || (n.Label != "Actor" && n.Label != "Event") {
				t.Errorf("path node %+v lacks a name or label", n)
			}
		}
	}
	if len(paths[0].Edges) != 2 || paths[0].Nodes[1].ID != "tikhanovskaya-warns-putin-2020-09-14" {
		t.Errorf("shortest path = %+v, want through her warning", paths[0])
	}
	if got := need(s.Paths(ctx, Tikhanovskaya, Putin, 1))(t).Items; len(got) != 0 {
		t.Errorf("paths within 1 hop = %+v, want none", got)
	}
	// Lukashenko and Putin share several events: 2-hop paths, plus the
	// ALLY_OF relation in one hop.
	direct := need(s.Paths(ctx, Lukashenko, Putin, 4))(t).Items
	if len(direct) != 1 || len(direct[0].Edges) != 1 || direct[0].Edges[0].Type != string(graph.AllyOf) {
		t.Errorf("Lukashenko–Putin paths = %+v, want the one ALLY_OF edge", direct)
	}

	n := need(s.Network(ctx, Putin, 1))(t)
	ids := []string{}
	for _, node := range n.Nodes {
		ids = append(ids, node.ID)
	}
	for _, want := range []string{Putin, SochiTalks, SochiMeeting, Loan, Lukashenko} {
		if !slices.Contains(ids, want) {
			t.Errorf("Putin's depth-1 network %v lacks %s", ids, want)
		}
	}
	if slices.Contains(ids, "belarus") {
		t.Errorf("depth-1 network reached belarus, two hops away")
	}
	for _, e := range n.Edges {
		if !slices.Contains(ids, e.From) || !slices.Contains(ids, e.To) {
			t.Errorf("edge %+v leaves the network", e)
		}
	}
	n2 := need(s.Network(ctx, Putin, 2))(t)
	if len(n2.Nodes) <= len(n.Nodes) || len(n2.Edges) <= len(n.Edges) {
		t.Errorf("depth 2 (%d nodes) not larger than depth 1 (%d)", len(n2.Nodes), len(n.Nodes))
	}
}

func testNotFound(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	calls := map[string]func() error{
		"actor":    func() error { _, err := s.Actor(ctx, "no-such-actor"); return err },
		"event":    func() error { _, err := s.Event(ctx, "no-such-event"); return err },
		"article":  func() error { _, err := s.Article(ctx, "no-such-article"); return err },
		"met":      func() error { _, err := s.Met(ctx, "no-such-actor"); return err },
		"paths":    func() error { _, err := s.Paths(ctx, Putin, "no-such-actor", 3); return err },
		"network":  func() error { _, err := s.Network(ctx, "no-such-actor", 1); return err },
		"meetings": func() error { _, err := s.Meetings(ctx, graph.MeetingQuery{With: "no-such-actor"}); return err },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("%s: err = %v, want ErrNotFound", name, err)
		}
	}
}

func testInvalid(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	calls := map[string]func() error{
		"limit":   func() error { _, err := s.Timeline(ctx, graph.TimelineQuery{Limit: 501}); return err },
		"type":    func() error { _, err := s.Timeline(ctx, graph.TimelineQuery{Type: "Party"}); return err },
		"from":    func() error { _, err := s.Timeline(ctx, graph.TimelineQuery{From: "2020-13"}); return err },
		"cursor":  func() error { _, err := s.Timeline(ctx, graph.TimelineQuery{Cursor: "nonsense"}); return err },
		"kind":    func() error { _, err := s.Actors(ctx, graph.ActorQuery{Kind: "Planet"}); return err },
		"maxHops": func() error { _, err := s.Paths(ctx, Putin, Lukashenko, 7); return err },
		"depth":   func() error { _, err := s.Network(ctx, Putin, 4); return err },
	}
	for field, call := range calls {
		err := call()
		var ie *graph.InvalidError
		if !errors.As(err, &ie) || ie.Field != field {
			t.Errorf("%s: err = %v, want an InvalidError naming %s", field, err, field)
		}
	}
	if _, err := s.Timeline(ctx, graph.TimelineQuery{From: "2020-09-15", To: "2020-09-14"}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("from after to: err = %v", err)
	}
}

func testIdempotent(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	before := need(s.Stats(ctx))(t)
	timelineBefore := timeline(t, s, graph.TimelineQuery{})
	Seed(t, s)
	after := need(s.Stats(ctx))(t)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("re-import changed the counts: %v -> %v", before, after)
	}
	if !reflect.DeepEqual(timelineBefore, timeline(t, s, graph.TimelineQuery{})) {
		t.Error("re-import changed the timeline")
	}
	for _, e := range timelineBefore {
		if e.Provenance != graph.Curated {
			t.Errorf("seed event %s is %q, want curated: the seed is annotated by hand", e.ID, e.Provenance)
		}
	}
	if before.Articles != 1 || before.Events < 15 || before.EventsByType[graph.Meeting] != 2 ||
		before.Edges["PARTICIPATED_IN"] < 30 || before.Edges["MENTIONS"] == 0 || before.Edges["LOCATED_IN"] < 4 {
		t.Errorf("seed stats look wrong: %+v", before)
	}
	if before.Places != before.ActorsByKind[graph.Country]+2 || before.PlacesByKind[graph.CountryKind] != before.ActorsByKind[graph.Country] {
		t.Errorf("places %d (%v), want the countries plus Sochi and Minsk", before.Places, before.PlacesByKind)
	}
	if before.Nodes != before.Articles+before.Actors+before.Events+2 {
		t.Errorf("nodes %d, want each article, actor, event and non-country place once: %+v", before.Nodes, before)
	}
}

// testMerge imports two small articles that share an actor and an event.
func testMerge(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	text1 := "Putin met Lukashenko in Sochi."
	text2 := "Lukashenko and Putin met again."
	actor := func(id, name, quote, article string, text string) graph.SourcedActor {
		at := strings.Index(text, quote)
		return graph.SourcedActor{Actor: graph.Actor{ID: id, Name: name, Kind: graph.Person, Aliases: []string{}},
			Sources: []graph.Source{{ArticleID: article, Quote: quote, Start: at, End: at + len(quote)}}}
	}
	mk := func(article, text string, aliases []string) *graph.ArticleFacts {
		a1 := actor("putin", "Vladimir Putin", "Putin", article, text)
		a1.Aliases = aliases
		a2 := actor("lukashenko", "Alexander Lukashenko", "Lukashenko", article, text)
		return &graph.ArticleFacts{
			Article: graph.Article{ID: article, Title: article, Outlet: "Test", Published: "2020-09-14", Language: "en", Text: text},
			Actors:  []graph.SourcedActor{a1, a2},
			Events: []graph.Event{{ID: "talks", Type: graph.Meeting, Title: "Talks",
				Date:         graph.Date{Start: "2020-09-14", End: "2020-09-14", Precision: graph.Day},
				Participants: []graph.Participant{{ActorID: "putin", Role: "host"}, {ActorID: "lukashenko", Role: "visitor"}},
				Sources:      []graph.Source{{ArticleID: article, Quote: "met", Start: strings.Index(text, "met"), End: strings.Index(text, "met") + 3}},
			}},
		}
	}
	r1 := need(upsert(t, s, mk("a1", text1, []string{"VVP"})))(t)
	r2 := need(upsert(t, s, mk("a2", text2, []string{"Putin"})))(t)
	if r1.Status != graph.Added || r2.Status != graph.Added {
		t.Errorf("first imports not reported as created: %+v %+v", r1, r2)
	}
	e := need(s.Event(ctx, "talks"))(t)
	if len(e.Sources) != 2 || e.Sources[0].ArticleID != "a1" || e.Sources[1].ArticleID != "a2" {
		t.Errorf("merged event sources = %+v, want one from each article", e.Sources)
	}
	a := need(s.Actor(ctx, "putin"))(t)
	if !slices.Equal(a.Aliases, []string{"Putin", "VVP"}) || len(a.Sources) != 2 {
		t.Errorf("merged actor = %+v, want aliases from both and two sources", a)
	}
	st := need(s.Stats(ctx))(t)
	if st.Events != 1 || st.Actors != 2 || st.Edges["PARTICIPATED_IN"] != 2 || st.Articles != 2 {
		t.Errorf("stats after merge = %+v", st)
	}
	// Re-importing a2 without the event leaves a1's claim standing.
	bare := mk("a2", text2, nil)
	bare.Events = nil
	if r := need(upsert(t, s, bare))(t); r.Status != graph.Updated {
		t.Error("re-import reported as created")
	}
	e = need(s.Event(ctx, "talks"))(t)
	if len(e.Sources) != 1 || e.Sources[0].ArticleID != "a1" {
		t.Errorf("after a2 dropped the event its sources are %+v, want a1's only", e.Sources)
	}
	// Once no article states it, the event goes.
	bare1 := mk("a1", text1, nil)
	bare1.Events = nil
	need(upsert(t, s, bare1))(t)
	if _, err := s.Event(ctx, "talks"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("event no article states: err = %v, want ErrNotFound", err)
	}
	st = need(s.Stats(ctx))(t)
	if st.Events != 0 || st.Edges["PARTICIPATED_IN"] != 0 {
		t.Errorf("stats after the event went: %+v", st)
	}
}

func testEmpty(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	st := need(s.Stats(ctx))(t)
	if st.Nodes != 0 || len(st.Edges) != 0 || len(st.ActorsByKind) != 0 {
		t.Errorf("empty store stats = %+v", st)
	}
	p := need(s.Timeline(ctx, graph.TimelineQuery{}))(t)
	if p.Items == nil || len(p.Items) != 0 || p.Next != "" {
		t.Errorf("empty timeline = %+v", p)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("ping: %v", err)
	}
}

// testRefusesDangling writes facts whose participant is not among the
// article's actors: every backend refuses them and stays as it was.
func testRefusesDangling(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	before := need(s.Stats(ctx))(t)
	text := "Putin met Xi."
	f := &graph.ArticleFacts{
		Article: graph.Article{ID: "dangling", Title: "t", Outlet: "o", Published: "2020-09-14", Language: "en", Text: text},
		Actors: []graph.SourcedActor{{Actor: graph.Actor{ID: Putin, Name: "Vladimir Putin", Kind: graph.Person, Aliases: []string{}},
			Sources: []graph.Source{{ArticleID: "dangling", Quote: "Putin", Start: 0, End: 5}}}},
		Events: []graph.Event{{ID: "xi-talks", Type: graph.Meeting, Title: "Talks",
			Date:         graph.Date{Start: "2020-09-14", End: "2020-09-14", Precision: graph.Day},
			Participants: []graph.Participant{{ActorID: Putin, Role: "host"}, {ActorID: "xi-jinping", Role: "visitor"}},
			Sources:      []graph.Source{{ArticleID: "dangling", Quote: "met", Start: 6, End: 9}}}},
	}
	if _, err := upsert(t, s, f); !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("dangling participant: err = %v, want ErrInvalid", err)
	}
	if after := need(s.Stats(ctx))(t); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused upsert changed the store: %v -> %v", before, after)
	}
}

// testIDCollision imports an article that makes the seed's place minsk an
// actor and its actor putin an event: an id names one kind of node, so
// each is refused and the store stays as it was.
func testIDCollision(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	before := need(s.Stats(ctx))(t)
	text := "Minsk said Putin met."
	src := func(q string) []graph.Source {
		at := strings.Index(text, q)
		return []graph.Source{{ArticleID: "collision", Quote: q, Start: at, End: at + len(q)}}
	}
	base := func() *graph.ArticleFacts {
		return &graph.ArticleFacts{
			Article: graph.Article{ID: "collision", Title: "t", Outlet: "o", Published: "2020-09-15", Language: "en", Text: text},
		}
	}
	asActor := base()
	asActor.Actors = []graph.SourcedActor{{Actor: graph.Actor{ID: "minsk", Name: "Minsk", Kind: graph.Organization,
		Aliases: []string{}}, Sources: src("Minsk")}}
	asEvent := base()
	asEvent.Events = []graph.Event{{ID: Putin, Type: graph.Statement, Title: "t",
		Date:         graph.Date{Start: "2020-09-15", End: "2020-09-15", Precision: graph.Day},
		Participants: []graph.Participant{{ActorID: "minsk", Role: "speaker"}}, Sources: src("said")}}
	asEvent.Actors = []graph.SourcedActor{{Actor: graph.Actor{ID: "belarusian-government", Name: "Government",
		Kind: graph.Organization, Aliases: []string{}}, Sources: src("Minsk")}}
	asEvent.Events[0].Participants[0].ActorID = "belarusian-government"
	for name, f := range map[string]*graph.ArticleFacts{"place as actor": asActor, "actor as event": asEvent} {
		var fe *graph.FactsError
		if _, err := upsert(t, s, f); !errors.As(err, &fe) {
			t.Errorf("%s: err = %v, want a FactsError", name, err)
		}
	}
	if after := need(s.Stats(ctx))(t); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused upsert changed the store: %v -> %v", before, after)
	}
	// The seed itself may be re-imported: its ids are its own.
	Seed(t, s)
}

package graphtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
)

// Three outlets report one meeting and one day of arrests, each in its own
// spelling, with its own ids and its own figures. The texts are written
// for the suite.
const (
	reutersText = "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Monday. " +
		"The Interior Ministry said 774 people were detained in Minsk on Sunday."
	rferlText = "Alyaksandr Lukashenka held talks with Vladimir Putin in Russia on September 14. " +
		"The Interior Ministry said more than 700 people were detained in Minsk on September 13."
	belsatText = "Aliaksandr Łukašenka went to see Vladimir Putin this month. " +
		"According to the Interior Ministry, 800 protesters were detained in Minsk on September 13."
)

// outlet builds one article's facts with quotes located by code point.
type outlet struct{ f *graph.ArticleFacts }

func newOutlet(id, outletName, published string, method graph.Method, text string) *outlet {
	return &outlet{f: &graph.ArticleFacts{Article: graph.Article{ID: id, Title: id, Outlet: outletName,
		Published: published, Language: "en", Method: method, Text: text}}}
}

func (o *outlet) quote(q string) []graph.Source {
	at := strings.Index(o.f.Article.Text, q)
	if at < 0 {
		panic(fmt.Sprintf("test article %s lacks the quote %q", o.f.Article.ID, q))
	}
	start := utf8.RuneCountInString(o.f.Article.Text[:at])
	return []graph.Source{{ArticleID: o.f.Article.ID, Quote: q, Start: start, End: start + utf8.RuneCountInString(q)}}
}

func (o *outlet) actor(id, name string, kind graph.ActorKind, q string) *outlet {
	o.f.Actors = append(o.f.Actors, graph.SourcedActor{Actor: graph.Actor{ID: id, Name: name, Kind: kind, Aliases: []string{}},
		Sources: o.quote(q)})
	return o
}

func (o *outlet) place(id, name, in, q string) *outlet {
	o.f.Places = append(o.f.Places, graph.SourcedPlace{Place: graph.Place{ID: id, Name: name, Kind: graph.City}, Sources: o.quote(q)})
	if in != "" {
		o.f.Relations = append(o.f.Relations, graph.Relation{Type: graph.LocatedIn, From: id, To: in})
	}
	return o
}

func (o *outlet) event(id string, typ graph.EventType, d graph.Date, place, q string, count *graph.Count, parts ...string) *outlet {
	e := graph.Event{ID: id, Type: typ, Title: id, Date: d, Count: count, Sources: o.quote(q)}
	if place != "" {
		e.Place = &graph.PlaceRef{ID: place}
	}
	for i := 0; i+1 < len(parts); i += 2 {
		e.Participants = append(e.Participants, graph.Participant{ActorID: parts[i], Role: parts[i+1]})
	}
	o.f.Events = append(o.f.Events, e)
	return o
}

func day(d string) graph.Date { return graph.Date{Start: d, End: d, Precision: graph.Day} }

// threeOutlets are the three articles: Reuters (curated), RFE/RL (curated,
// a day later, the meeting placed in Russia only), Belsat (extracted, two
// days later, the meeting dated by month only).
func threeOutlets() []*graph.ArticleFacts {
	reuters := newOutlet("reuters-sochi", "Reuters", "2020-09-15", graph.Curated, reutersText).
		actor("alexander-lukashenko", "Alexander Lukashenko", graph.Person, "Alexander Lukashenko").
		actor("vladimir-putin", "Vladimir Putin", graph.Person, "Vladimir Putin").
		actor("russia", "Russia", graph.Country, "Russian").
		actor("interior-ministry", "Interior Ministry", graph.Organization, "Interior Ministry").
		actor("detainees", "protesters", graph.Group, "people were detained").
		place("sochi", "Sochi", "russia", "Sochi").
		place("minsk", "Minsk", "", "Minsk").
		event("sochi-talks", graph.Meeting, day("2020-09-14"), "sochi", "met", nil,
			"alexander-lukashenko", "visitor", "vladimir-putin", "host").
		event("minsk-arrests", graph.Arrest, day("2020-09-13"), "minsk", "774 people were detained",
			&graph.Count{Value: 774, Qualifier: graph.Exact, Unit: "people"},
			"interior-ministry", "reporting authority", "detainees", "detainee")
	rferl := newOutlet("rferl-talks", "RFE/RL", "2020-09-16", graph.Curated, rferlText).
		actor("lukashenka", "Alyaksandr Lukashenka", graph.Person, "Alyaksandr Lukashenka").
		actor("putin", "Vladimir Putin", graph.Person, "Vladimir Putin").
		actor("russian-federation", "Russia", graph.Country, "Russia").
		actor("mvd", "Interior Ministry", graph.Organization, "Interior Ministry").
		actor("people", "protesters", graph.Group, "people were detained").
		place("minsk-city", "Minsk", "", "Minsk").
		event("talks-in-russia", graph.Meeting, day("2020-09-14"), "russian-federation", "held talks", nil,
			"lukashenka", "visitor", "putin", "host").
		event("detentions", graph.Arrest, day("2020-09-13"), "minsk-city", "more than 700 people were detained",
			&graph.Count{Value: 700, Qualifier: graph.AtLeast, Unit: "people"},
			"mvd", "reporting authority", "people", "detainee")
	belsat := newOutlet("belsat-visit", "Belsat", "2020-09-17", graph.Extracted, belsatText).
		actor("aliaksandr-lukasenka", "Aliaksandr Łukašenka", graph.Person, "Aliaksandr Łukašenka").
		actor("vladimir-putin", "Vladimir Putin", graph.Person, "Vladimir Putin").
		actor("interior-ministry", "Interior Ministry", graph.Organization, "Interior Ministry").
		actor("protesters", "protesters", graph.Group, "protesters").
		place("minsk", "Minsk", "", "Minsk").
		event("lukasenka-putin-visit", graph.Visit, graph.Date{Start: "2020-09-01", End: "2020-09-30", Precision: graph.Month},
			"", "went to see", nil, "aliaksandr-lukasenka", "visitor", "vladimir-putin", "host").
		event("minsk-detentions", graph.Arrest, day("2020-09-13"), "minsk", "800 protesters were detained",
			&graph.Count{Value: 800, Qualifier: graph.Exact, Unit: "protesters"},
			"interior-ministry", "reporting authority", "protesters", "detainee")
	return []*graph.ArticleFacts{reuters.f, rferl.f, belsat.f}
}

// testOutlets imports the three outlets' articles and checks that they
// make one actor per person and one event per happening, with every
// source and every figure.
func testOutlets(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	g := empty(t)
	for _, f := range threeOutlets() {
		need(upsert(t, g, f))(t)
	}
	st := need(g.Stats(ctx))(t)
	if st.ActorsByKind[graph.Person] != 2 || st.ActorsByKind[graph.Country] != 1 || st.ActorsByKind[graph.Organization] != 1 {
		t.Errorf("actors by kind = %v, want 2 people, 1 country, 1 organisation", st.ActorsByKind)
	}
	if st.Events != 2 {
		t.Errorf("events = %d, want one meeting and one day of arrests", st.Events)
	}
	luka := need(g.Actor(ctx, "alexander-lukashenko"))(t)
	for _, spelling := range []string{"Alyaksandr Lukashenka", "Aliaksandr Łukašenka"} {
		if !slices.Contains(luka.Aliases, spelling) {
			t.Errorf("Lukashenko's aliases %v lack %q", luka.Aliases, spelling)
		}
	}
	meetings := need(g.Meetings(ctx, graph.MeetingQuery{Actor: "alexander-lukashenko", With: "vladimir-putin"}))(t)
	if len(meetings) != 1 {
		t.Fatalf("meetings of Lukashenko and Putin = %v, want one", eventIDs(meetings))
	}
	m := meetings[0]
	if m.ID != "sochi-talks" || m.SourceCount != 3 || len(m.Claims) != 3 || m.FirstReported != "2020-09-15" {
		t.Errorf("meeting = %s with %d sources, %d claims, first reported %s; want sochi-talks, 3, 3, 2020-09-15",
			m.ID, m.SourceCount, len(m.Claims), m.FirstReported)
	}
	if m.Type != graph.Meeting || placeID(m.Place) != "sochi" || m.Date.Precision != graph.Day || m.Date.Start != "2020-09-14" {
		t.Errorf("merged meeting = %s in %s on %+v; want a Meeting in Sochi (a city over its country) on 2020-09-14 (a day over a month)",
			m.Type, placeID(m.Place), m.Date)
	}
	if len(m.Participants) != 2 {
		t.Errorf("meeting participants = %+v, want Lukashenko and Putin once each", m.Participants)
	}
	met := need(g.Met(ctx, "vladimir-putin"))(t)
	if len(met) != 1 || met[0].Actor.ID != "alexander-lukashenko" || len(met[0].Meetings) != 1 || met[0].Meetings[0].SourceCount != 3 {
		t.Errorf("Putin met %+v, want Lukashenko once", met)
	}

	arrests := timeline(t, g, graph.TimelineQuery{Type: string(graph.Arrest)})
	if len(arrests) != 1 {
		t.Fatalf("arrests = %v, want one event", eventIDs(arrests))
	}
	a := arrests[0]
	var figures []string
	for _, c := range a.Claims {
		if c.Count == nil || c.Quote == nil {
			t.Errorf("claim %+v lacks its count or quote", c)
			continue
		}
		figures = append(figures, fmt.Sprintf("%s:%d:%s", c.Article, c.Count.Value, c.Count.Qualifier))
	}
	want := []string{"belsat-visit:800:exact", "reuters-sochi:774:exact", "rferl-talks:700:at_least"}
	if !slices.Equal(figures, want) {
		t.Errorf("count claims = %v, want %v", figures, want)
	}
	if !slices.Contains(a.Conflicts, "count") {
		t.Errorf("conflicts = %v, want count", a.Conflicts)
	}
	// Each figure has one source: the latest article's wins.
	if a.Count == nil || a.Count.Value != 800 {
		t.Errorf("merged count = %+v, want the latest article's 800", a.Count)
	}
	if got := timeline(t, g, graph.TimelineQuery{MinSources: 3}); len(got) != 2 {
		t.Errorf("minSources=3 gives %v, want both events", eventIDs(got))
	}

	merges := need(g.Merges(ctx))(t)
	// Paged, the decisions come in the same order, whatever the page
	// size, and a page may end inside one article's record.
	for limit := 1; limit <= len(merges); limit++ {
		var paged []graph.Merge
		q := graph.MergesQuery{Limit: limit}
		for pages := 0; ; pages++ {
			p := need(g.MergesPage(ctx, q))(t)
			if len(p.Items) > limit || pages > len(merges) {
				t.Fatalf("limit %d: page of %d, %d pages", limit, len(p.Items), pages)
			}
			paged = append(paged, p.Items...)
			if q.Cursor = p.Next; q.Cursor == "" {
				break
			}
		}
		if !reflect.DeepEqual(paged, merges) {
			t.Errorf("limit %d: pages give %+v, want %+v", limit, paged, merges)
		}
	}
	if _, err := g.MergesPage(ctx, graph.MergesQuery{Cursor: need(g.Timeline(ctx, graph.TimelineQuery{Limit: 1}))(t).Next}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("a timeline cursor for merges: err = %v, want ErrInvalid", err)
	}
	var rules []string
	for _, mg := range merges {
		rules = append(rules, mg.Article+" "+mg.From+"→"+mg.To+" "+mg.Rule)
	}
	for _, w := range []string{
		"rferl-talks lukashenka→alexander-lukashenko same-name", "rferl-talks talks-in-russia→sochi-talks same-event",
		"belsat-visit aliaksandr-lukasenka→alexander-lukashenko same-name",
	} {
		if !slices.Contains(rules, w) {
			t.Errorf("merges %v lack %q", rules, w)
		}
	}

	// As reported on the first day only Reuters' figure is known.
	first := need(g.AsOf("2020-09-15"))(t)
	early := timeline(t, first, graph.TimelineQuery{Type: string(graph.Arrest)})
	if len(early) != 1 || early[0].SourceCount != 1 || early[0].Count == nil || early[0].Count.Value != 774 {
		t.Errorf("as of 2020-09-15 the arrests are %+v, want Reuters' 774 alone", early)
	}
	before := need(g.AsOf("2020-09-14"))(t)
	if got := timeline(t, before, graph.TimelineQuery{}); len(got) != 0 {
		t.Errorf("as of 2020-09-14 the timeline holds %v, want nothing reported yet", eventIDs(got))
	}
	if p := need(g.Paths(ctx, "alexander-lukashenko", "vladimir-putin", 2))(t); len(p.Items) != 1 {
		t.Errorf("paths from Lukashenko to Putin: %d, want one, through the meeting", len(p.Items))
	}
	if p := need(before.Paths(ctx, "alexander-lukashenko", "vladimir-putin", 2))(t); len(p.Items) != 0 {
		t.Errorf("paths as of 2020-09-14: %d, want none, the meeting not reported yet", len(p.Items))
	}
	if n := need(before.Network(ctx, "vladimir-putin", 1))(t); len(n.Nodes) != 1 {
		t.Errorf("Putin's network as of 2020-09-14 has %d nodes, want Putin alone", len(n.Nodes))
	}

	// Removing one outlet leaves two sources; removing all, nothing.
	if err := g.Remove(ctx, []string{"rferl-talks"}); err != nil {
		t.Fatal(err)
	}
	CheckIntegrity(t, g)
	m = *need(g.Event(ctx, "sochi-talks"))(t)
	if m.SourceCount != 2 || placeID(m.Place) != "sochi" {
		t.Errorf("after removing RFE/RL the meeting has %d sources in %s, want 2 in sochi", m.SourceCount, placeID(m.Place))
	}
	if err := g.Remove(ctx, []string{"no-such-article"}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("removing an unknown article: %v, want ErrNotFound", err)
	}
	if err := g.Remove(ctx, []string{"reuters-sochi", "belsat-visit"}); err != nil {
		t.Fatal(err)
	}
	CheckIntegrity(t, g)
	st = need(g.Stats(ctx))(t)
	if st.Events != 0 || st.Actors != 0 || st.Articles != 0 {
		t.Errorf("after removing every article: %+v, want an empty graph", st)
	}
}

// testOrderIndependence imports the three articles in every order and
// compares the graphs: the same stats and the same events, once each
// merged node is named by one id of its cluster (which id a merged node
// keeps is the first article's).
func testOrderIndependence(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	var want string
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		g := empty(t)
		all := threeOutlets()
		for _, i := range order {
			need(upsert(t, g, all[i]))(t)
		}
		id := canonicalIDs(need(g.Merges(ctx))(t))
		var lines []string
		st := need(g.Stats(ctx))(t)
		lines = append(lines, fmt.Sprintf("stats %d nodes %v %v %v %v", st.Nodes, st.ActorsByKind, st.PlacesByKind, st.EventsByType, st.Edges))
		for _, e := range timeline(t, g, graph.TimelineQuery{}) {
			var parts, claims []string
			for _, p := range e.Participants {
				parts = append(parts, id(p.ActorID)+" "+p.Role)
			}
			for _, c := range e.Claims {
				claims = append(claims, fmt.Sprintf("%s %s %v %v %s", c.Article, c.Type, c.Date, c.Count, id(c.Place)))
			}
			slices.Sort(parts)
			b, _ := json.Marshal(struct {
				Type          graph.EventType
				Title         string
				Date          graph.Date
				Place         string
				Count         *graph.Count
				Sources       []graph.Source
				N             int
				First         string
				Parts, Claims []string
				Conflicts     []string
				Provenance    graph.Method
			}{e.Type, e.Title, e.Date, id(placeID(e.Place)), e.Count, e.Sources, e.SourceCount, e.FirstReported, parts, claims, e.Conflicts, e.Provenance})
			lines = append(lines, string(b))
		}
		slices.Sort(lines)
		got := strings.Join(lines, "\n")
		if want == "" {
			want = got
			continue
		}
		if got != want {
			t.Errorf("order %v gives another graph:\n%s\nwant\n%s", order, got, want)
		}
	}
}

// canonicalIDs names every id of a merge cluster by the cluster's
// smallest id.
func canonicalIDs(merges []graph.Merge) func(string) string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			return find(p)
		}
		return x
	}
	for _, m := range merges {
		if m.To == "" {
			continue
		}
		a, b := find(m.From), find(m.To)
		if a > b {
			a, b = b, a
		}
		parent[b] = a
	}
	return find
}

// testStayApart checks what must not merge: two people who share a
// surname, one pair meeting on two days, protests in two cities on one
// day, and a merge the annotation forbids.
func testStayApart(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	g := empty(t)
	text1 := "Viktor Babariko met Alexander Lukashenko in Minsk on Monday. Protesters rallied in Minsk."
	a1 := newOutlet("a1", "Test", "2020-09-15", graph.Curated, text1).
		actor("viktor-babariko", "Viktor Babariko", graph.Person, "Viktor Babariko").
		actor("alexander-lukashenko", "Alexander Lukashenko", graph.Person, "Alexander Lukashenko").
		actor("tut-by", "Tut.by", graph.Organization, "Minsk").
		actor("protesters", "protesters", graph.Group, "Protesters").
		place("minsk", "Minsk", "", "Minsk on Monday").
		event("babariko-meeting", graph.Meeting, day("2020-09-14"), "minsk", "met", nil,
			"viktor-babariko", "visitor", "alexander-lukashenko", "host").
		event("minsk-protest", graph.Protest, day("2020-09-14"), "minsk", "rallied", nil,
			"protesters", "protester", "tut-by", "organizer")
	text2 := "Eduard Babariko met Alexander Lukashenko in Minsk on Tuesday. Protesters rallied in Grodno."
	a2 := newOutlet("a2", "Test", "2020-09-16", graph.Curated, text2).
		actor("eduard-babariko", "Eduard Babariko", graph.Person, "Eduard Babariko").
		actor("lukashenko", "Alexander Lukashenko", graph.Person, "Alexander Lukashenko").
		actor("tutby", "Tut.by", graph.Organization, "Minsk").
		actor("protesters", "protesters", graph.Group, "Protesters").
		place("grodno", "Grodno", "", "Grodno").
		place("minsk", "Minsk", "", "Minsk on Tuesday").
		event("second-meeting", graph.Meeting, day("2020-09-15"), "minsk", "met", nil,
			"eduard-babariko", "visitor", "lukashenko", "host").
		event("grodno-protest", graph.Protest, day("2020-09-14"), "grodno", "rallied", nil,
			"protesters", "protester", "tutby", "organizer")
	need(upsert(t, g, a1.f))(t)
	need(upsert(t, g, a2.f))(t)
	st := need(g.Stats(ctx))(t)
	if st.ActorsByKind[graph.Person] != 3 {
		t.Errorf("people = %d, want 3: the two Babarikos stay apart, Lukashenko is one", st.ActorsByKind[graph.Person])
	}
	if st.Events != 4 {
		t.Errorf("events = %d, want 4: meetings on two days and protests in two cities stay apart", st.Events)
	}

	// A third article says its Lukashenko is another person.
	text3 := "Alexander Lukashenko, a farmer, spoke."
	a3 := newOutlet("a3", "Test", "2020-09-17", graph.Curated, text3).
		actor("farmer-lukashenko", "Alexander Lukashenko", graph.Person, "Alexander Lukashenko")
	a3.f.NotSameAs = map[string][]string{"farmer-lukashenko": {"alexander-lukashenko"}}
	need(upsert(t, g, a3.f))(t)
	if n := need(g.Stats(ctx))(t).ActorsByKind[graph.Person]; n != 4 {
		t.Errorf("people = %d after a notSameAs, want 4", n)
	}
	// A surname alone with two candidates is an ambiguity, recorded.
	text4 := "Babariko spoke."
	a4 := newOutlet("a4", "Test", "2020-09-18", graph.Curated, text4).
		actor("babariko", "Babariko", graph.Person, "Babariko")
	res := need(upsert(t, g, a4.f))(t)
	if len(res.Merges) != 1 || res.Merges[0].Rule != graph.RuleAmbiguous ||
		!slices.Equal(res.Merges[0].Candidates, []string{"eduard-babariko", "viktor-babariko"}) {
		t.Errorf("a surname two people share: merges %+v, want one ambiguity naming both", res.Merges)
	}
	// sameAs forces a merge; one to an unknown id is refused.
	a5 := newOutlet("a5", "Test", "2020-09-18", graph.Curated, text4).
		actor("babariko", "Babariko", graph.Person, "Babariko")
	a5.f.SameAs = map[string]string{"babariko": "viktor-babariko"}
	res = need(upsert(t, g, a5.f))(t)
	if len(res.Merges) != 1 || res.Merges[0].To != "viktor-babariko" || res.Merges[0].Rule != graph.RuleSameAs {
		t.Errorf("sameAs: merges %+v", res.Merges)
	}
	// A sameAs claims its stored node before any name match: two of the
	// article's actors never become one.
	text6 := "Alyaksandr Lukashenka met the president."
	a7 := newOutlet("a7", "Test", "2020-09-18", graph.Curated, text6).
		actor("lukashenka", "Alyaksandr Lukashenka", graph.Person, "Alyaksandr Lukashenka").
		actor("the-president", "The President", graph.Person, "the president").
		event("odd-meeting", graph.Meeting, day("2020-09-18"), "", "met", nil, "lukashenka", "visitor", "the-president", "host")
	a7.f.SameAs = map[string]string{"the-president": "alexander-lukashenko"}
	res = need(upsert(t, g, a7.f))(t)
	for _, m := range res.Merges {
		if m.From == "lukashenka" && m.To == "alexander-lukashenko" {
			t.Errorf("lukashenka merged into %s, the node the article's sameAs took", m.To)
		}
	}
	if e := need(g.Event(ctx, "odd-meeting"))(t); len(e.Participants) != 2 {
		t.Errorf("the meeting lost a participant: %+v", e.Participants)
	}

	// One name, two countries: two people.
	petrov := func(id, country, countryName string) *graph.ArticleFacts {
		text := "Ivan Petrov, a minister of " + countryName + ", spoke."
		o := newOutlet(id, "Test", "2020-09-19", graph.Curated, text).
			actor(id+"-petrov", "Ivan Petrov", graph.Person, "Ivan Petrov").
			actor(country, countryName, graph.Country, countryName)
		o.f.Relations = []graph.Relation{{Type: graph.WorksFor, From: id + "-petrov", To: country, Title: "minister"}}
		return o.f
	}
	need(upsert(t, g, petrov("p1", "belarus", "Belarus")))(t)
	need(upsert(t, g, petrov("p2", "bulgaria", "Bulgaria")))(t)
	res = need(upsert(t, g, petrov("p3", "republic-of-belarus", "Belarus")))(t)
	if len(res.Merges) == 0 || res.Merges[0].From != "p3-petrov" || res.Merges[0].To != "p1-petrov" {
		t.Errorf("Belarus's Ivan Petrov again: merges %+v, want p3-petrov into p1-petrov", res.Merges)
	}
	if _, err := g.Actor(ctx, "p2-petrov"); err != nil {
		t.Errorf("Bulgaria's Ivan Petrov was merged away: %v", err)
	}
	a6 := newOutlet("a6", "Test", "2020-09-18", graph.Curated, text4).
		actor("babariko", "Babariko", graph.Person, "Babariko")
	a6.f.SameAs = map[string]string{"babariko": "nobody"}
	var fe *graph.FactsError
	if _, err := upsert(t, g, a6.f); !errors.As(err, &fe) || fe.Problems[0].Field != "sameAs" {
		t.Errorf("sameAs to an unknown id: %v, want a FactsError on sameAs", err)
	}
}

// testBusyDay: an event merges with the stored one of its type however
// many events of other types its participant had in its dates. The
// candidates an event is compared with are bounded, and a busy actor's
// statements that day must not crowd out the protest the article reports
// again.
func testBusyDay(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	g := empty(t)
	const statements = 210 // more than the bound on candidates (200)
	first := newOutlet("busy-1", "Test", "2020-09-15", graph.Curated, "Tut.by said it. Tut.by organised a rally.").
		actor("tut-by", "Tut.by", graph.Organization, "Tut.by")
	for i := range statements {
		first.event(fmt.Sprintf("a-statement-%03d", i), graph.Statement, day("2020-09-14"), "", "said", nil, "tut-by", "speaker")
	}
	// Its id sorts after every statement's: the first 200 of the day in
	// (date, id) order are all statements.
	first.event("z-rally", graph.Protest, day("2020-09-14"), "", "organised a rally", nil, "tut-by", "organizer")
	need(upsert(t, g, first.f))(t)
	again := newOutlet("busy-2", "Test", "2020-09-16", graph.Curated, "Tut.by organised a rally on Monday.").
		actor("tutby", "Tut.by", graph.Organization, "Tut.by").
		event("monday-rally", graph.Protest, day("2020-09-14"), "", "organised a rally", nil, "tutby", "organizer")
	res := need(upsert(t, g, again.f))(t)
	if !slices.ContainsFunc(res.Merges, func(m graph.Merge) bool { return m.From == "monday-rally" && m.To == "z-rally" }) {
		t.Errorf("the rally reported again was not merged into the stored one: merges %+v", res.Merges)
	}
	if n := need(g.Stats(ctx))(t).Events; n != statements+1 {
		t.Errorf("events = %d, want %d", n, statements+1)
	}
}

// testNoOneInCommon: two kinds of event are one though the articles
// telling them name no one alike. A vote is one on its day in its place,
// though one article names its winner and another only the country that
// voted; a protest told by crowds alone is one on its day in its place,
// whatever the articles call the crowd, and so is a protest one article
// tells by its crowd and another by its crowd and target. A third
// article's event of another day, city, target or crowd stays apart.
func testNoOneInCommon(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	// march is an article telling one march in Minsk on Sunday by crowd
	// (a group's id, its name too), against target (a person's id) when
	// one is given.
	people := map[string][2]string{"lukashenko": {"Alexander Lukashenko", "Lukashenko"}, "putin": {"Vladimir Putin", "Putin"}}
	march := func(article, published, eventID, crowd, target string) *outlet {
		crowdName := strings.ToUpper(crowd[:1]) + crowd[1:]
		against, parts := "", []string{crowd, "protester"}
		if target != "" {
			against, parts = " against "+people[target][1], append(parts, target, "target")
		}
		o := newOutlet(article, "Test", published, graph.Curated, crowdName+" marched"+against+" in Minsk on Sunday.").
			actor(crowd, crowd, graph.Group, crowdName).
			place("minsk", "Minsk", "", "Minsk")
		if target != "" {
			o.actor(target, people[target][0], graph.Person, people[target][1])
		}
		return o.event(eventID, graph.Protest, day("2020-08-16"), "minsk", "marched"+against, nil, parts...)
	}
	for _, c := range []struct {
		name                string
		first, again, other *outlet
		againID, firstID    string
	}{
		{
			"election",
			newOutlet("vote-1", "Test", "2020-08-10", graph.Curated, "Lukashenko won the vote in Minsk.").
				actor("lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
				place("minsk", "Minsk", "", "Minsk").
				event("the-vote", graph.Election, day("2020-08-09"), "minsk", "won the vote", nil, "lukashenko", "winner"),
			newOutlet("vote-2", "Test", "2020-08-11", graph.Curated, "Belarus voted in Minsk on Sunday.").
				actor("belarus", "Belarus", graph.Country, "Belarus").
				place("minsk", "Minsk", "", "Minsk").
				event("sunday-vote", graph.Election, day("2020-08-09"), "minsk", "voted", nil, "belarus", "subject"),
			newOutlet("vote-3", "Test", "2020-08-12", graph.Curated, "Belarus voted in Minsk again on Monday.").
				actor("belarus", "Belarus", graph.Country, "Belarus").
				place("minsk", "Minsk", "", "Minsk").
				event("monday-vote", graph.Election, day("2020-08-10"), "minsk", "voted", nil, "belarus", "subject"),
			"sunday-vote", "the-vote",
		},
		{
			"crowds",
			newOutlet("crowd-1", "Test", "2020-08-17", graph.Curated, "Protesters marched in Minsk.").
				actor("protesters", "protesters", graph.Group, "Protesters").
				place("minsk", "Minsk", "", "Minsk").
				event("minsk-march", graph.Protest, day("2020-08-16"), "minsk", "marched", nil, "protesters", "protester"),
			newOutlet("crowd-2", "Test", "2020-08-18", graph.Curated, "Demonstrators filled Minsk on Sunday.").
				actor("demonstrators", "demonstrators", graph.Group, "Demonstrators").
				place("minsk-city", "Minsk", "", "Minsk").
				event("sunday-rally", graph.Protest, day("2020-08-16"), "minsk-city", "filled Minsk", nil, "demonstrators", "protester"),
			newOutlet("crowd-3", "Test", "2020-08-18", graph.Curated, "Protesters marched in Grodno on Sunday.").
				actor("protesters", "protesters", graph.Group, "Protesters").
				place("grodno", "Grodno", "", "Grodno").
				event("grodno-march", graph.Protest, day("2020-08-16"), "grodno", "marched", nil, "protesters", "protester"),
			"sunday-rally", "minsk-march",
		},
		{
			// One article names whom the crowd marched against, the
			// other only the crowd; a march against someone else that
			// day in that city is another march.
			"a crowd, then its target",
			march("crowd-only", "2020-08-17", "minsk-march", "protesters", ""),
			march("crowd-target", "2020-08-18", "march-on-lukashenko", "protesters", "lukashenko"),
			march("crowd-other-target", "2020-08-18", "march-on-putin", "protesters", "putin"),
			"march-on-lukashenko", "minsk-march",
		},
		{
			// Police who march that day are not the crowd of the march.
			"a target, then its crowd",
			march("crowd-target", "2020-08-17", "march-on-lukashenko", "protesters", "lukashenko"),
			march("crowd-only", "2020-08-18", "minsk-march", "protesters", ""),
			march("police-only", "2020-08-18", "police-march", "police", ""),
			"minsk-march", "march-on-lukashenko",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := empty(t)
			need(upsert(t, g, c.first.f))(t)
			res := need(upsert(t, g, c.again.f))(t)
			if !slices.ContainsFunc(res.Merges, func(m graph.Merge) bool { return m.From == c.againID && m.To == c.firstID }) {
				t.Errorf("%s told again was not merged into %s: merges %+v", c.againID, c.firstID, res.Merges)
			}
			need(upsert(t, g, c.other.f))(t)
			if n := need(g.Stats(context.Background()))(t).Events; n != 2 {
				t.Errorf("events = %d, want 2: the one told twice, and the other", n)
			}
		})
	}
}

// testSplit undoes a merge: the article is written again from the facts
// it gave, its actor apart, and the rest of the graph is untouched.
func testSplit(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	g := empty(t)
	all := threeOutlets()
	for _, f := range all {
		need(upsert(t, g, f))(t)
	}
	if _, err := g.Split(ctx, "lukashenka", "alexander-lukashenko"); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("split without the override: %v, want ErrInvalid", err)
	}
	apart := g.WithOverrides(&graph.Overrides{NotSameAs: [][2]string{{"lukashenka", "alexander-lukashenko"}}})
	res := need(apart.Split(ctx, "lukashenka", "alexander-lukashenko"))(t)
	if len(res) != 1 || res[0].Article != "rferl-talks" || res[0].Status != graph.Updated {
		t.Fatalf("split rewrote %+v, want rferl-talks updated", res)
	}
	CheckIntegrity(t, g)
	if st := need(g.Stats(ctx))(t); st.ActorsByKind[graph.Person] != 3 {
		t.Errorf("people after the split = %d, want 3", st.ActorsByKind[graph.Person])
	}
	if _, err := g.Actor(ctx, "lukashenka"); err != nil {
		t.Errorf("the split actor: %v", err)
	}
	// Its meeting no longer shares two participants with the others.
	if m := need(g.Event(ctx, "sochi-talks"))(t); m.SourceCount != 2 {
		t.Errorf("sochi-talks after the split has %d sources, want 2", m.SourceCount)
	}
	if _, err := apart.Split(ctx, "lukashenka", "alexander-lukashenko"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("split of a merge no longer made: %v, want ErrNotFound", err)
	}
	// Events split the same way: Belsat's arrests become an event of their
	// own, with Belsat's figure.
	events := apart.WithOverrides(&graph.Overrides{NotSameAs: [][2]string{
		{"lukashenka", "alexander-lukashenko"}, {"minsk-detentions", "minsk-arrests"}}})
	need(events.Split(ctx, "minsk-detentions", "minsk-arrests"))(t)
	CheckIntegrity(t, g)
	if e := need(g.Event(ctx, "minsk-detentions"))(t); e.SourceCount != 1 || e.Count == nil || e.Count.Value != 800 {
		t.Errorf("the split arrests = %d sources, count %+v; want Belsat's 800 alone", e.SourceCount, e.Count)
	}
	if e := need(g.Event(ctx, "minsk-arrests"))(t); e.SourceCount != 2 || slices.Contains(e.Conflicts, "count") {
		t.Errorf("the arrests left = %d sources, conflicts %v; want 2 sources that agree (774 and more than 700)", e.SourceCount, e.Conflicts)
	}
}

// testAsOfPaging pages through the timeline as of a day on which an
// event showed another date than it has now: every event comes once, and
// the paging ends.
func testAsOfPaging(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	g := empty(t)
	text := "Putin met Lukashenko. Lavrov spoke. Shoigu spoke. Peskov spoke."
	early := newOutlet("early", "Test", "2020-09-20", graph.Curated, text).
		actor("putin", "Vladimir Putin", graph.Person, "Putin").
		actor("lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
		actor("lavrov", "Sergei Lavrov", graph.Person, "Lavrov").
		actor("shoigu", "Sergei Shoigu", graph.Person, "Shoigu").
		actor("peskov", "Dmitry Peskov", graph.Person, "Peskov").
		event("talks", graph.Meeting, graph.Date{Start: "2020-09-01", End: "2020-09-30", Precision: graph.Month}, "", "met", nil,
			"putin", "host", "lukashenko", "visitor").
		event("a-lavrov", graph.Statement, day("2020-09-05"), "", "Lavrov spoke", nil, "lavrov", "speaker").
		event("b-shoigu", graph.Statement, day("2020-09-10"), "", "Shoigu spoke", nil, "shoigu", "speaker").
		event("c-peskov", graph.Statement, day("2020-09-15"), "", "Peskov spoke", nil, "peskov", "speaker")
	later := newOutlet("later", "Test", "2020-09-25", graph.Curated, "Putin met Lukashenko on September 14.").
		actor("vladimir-putin", "Vladimir Putin", graph.Person, "Putin").
		actor("alexander-lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
		event("sept-14-talks", graph.Meeting, day("2020-09-14"), "", "met", nil,
			"vladimir-putin", "host", "alexander-lukashenko", "visitor")
	need(upsert(t, g, early.f))(t)
	need(upsert(t, g, later.f))(t)
	asOf := need(g.AsOf("2020-09-22"))(t)
	seen := map[string]int{}
	q := graph.TimelineQuery{Limit: 1}
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatalf("paging as of a day does not end: %v", seen)
		}
		p := need(asOf.Timeline(ctx, q))(t)
		for _, e := range p.Items {
			seen[e.ID]++
		}
		if q.Cursor = p.Next; q.Cursor == "" {
			break
		}
	}
	for _, id := range []string{"talks", "a-lavrov", "b-shoigu", "c-peskov"} {
		if seen[id] != 1 {
			t.Errorf("as of 2020-09-22, %s came %d times in the pages: %v", id, seen[id], seen)
		}
	}
}

// testWriteGroups: the three outlets' articles written in one transaction
// (each resolved against the ones before it, inside it) make the graph
// they make written one by one, and written again they are unchanged.
func testWriteGroups(t *testing.T, empty func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	// One store at a time: a backend may hand out the same database.
	one := empty(t)
	need(one.Import(ctx, threeOutlets(), nil))(t)
	want := Export(t, one)
	grouped := empty(t)
	res := need(grouped.WithWriteGroups(3).Import(ctx, threeOutlets(), nil))(t)
	if len(res) != 3 || res[0].Status != graph.Added || res[2].Status != graph.Added || len(res[1].Merges)+len(res[2].Merges) == 0 {
		t.Errorf("grouped import results %+v, want three added articles, the later ones merged", res)
	}
	if got := Export(t, grouped); got != want {
		t.Errorf("written in one group the articles make\n%s\nwritten one by one\n%s", got, want)
	}
	for _, r := range need(grouped.WithWriteGroups(3).Import(ctx, threeOutlets(), nil))(t) {
		if r.Status != graph.Unchanged {
			t.Errorf("written again in one group, %s is %s", r.Article, r.Status)
		}
	}
}

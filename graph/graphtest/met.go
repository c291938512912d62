package graphtest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// testMetPages checks that paging who-met-whom gives what Met gives, in
// its order, with the counts the store keeps, at every page size.
func testMetPages(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	if _, err := s.UpsertArticle(ctx, datedFacts()); err != nil {
		t.Fatal(err)
	}
	// Anna Ames also met Carl Cole, twice: she has two counterparts.
	carl := newOutlet("carl", "Test", "2024-06-30", graph.Curated, "Anna Ames met Carl Cole in May and again in June.").
		actor("anna-ames", "Anna Ames", graph.Person, "Anna Ames").
		actor("carl-cole", "Carl Cole", graph.Person, "Carl Cole").
		event("ames-cole-may", graph.Meeting, day("2024-05-02"), "", "met Carl Cole in May", nil,
			"anna-ames", "participant", "carl-cole", "participant").
		event("ames-cole-june", graph.Meeting, day("2024-06-03"), "", "again in June", nil,
			"anna-ames", "participant", "carl-cole", "participant")
	for _, f := range append(threeOutlets(), carl.f) {
		if _, err := s.UpsertArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	for _, actor := range []string{Putin, Lukashenko, "vladimir-putin", "anna-ames", "boris-bell", "carl-cole"} {
		all, err := s.Met(ctx, actor)
		if errors.Is(err, graph.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{1, 2, 50} {
			var got []graph.Counterpart
			q := graph.MetQuery{Actor: actor, Limit: limit}
			for {
				p := need(s.MetPage(ctx, q))(t)
				got = append(got, p.Items...)
				if p.Next == "" {
					break
				}
				q.Cursor = p.Next
			}
			if len(got) != len(all) {
				t.Fatalf("%s, pages of %d: %d counterparts, Met gives %d", actor, limit, len(got), len(all))
			}
			for i := range all {
				want := all[i]
				want.Meetings = want.Meetings[:min(len(want.Meetings), graph.MeetingsPerCounterpart)]
				if want.MeetingCount != len(all[i].Meetings) {
					t.Errorf("%s: Met counts %d meetings with %s and lists %d", actor, want.MeetingCount, want.Actor.ID, len(all[i].Meetings))
				}
				if !reflect.DeepEqual(got[i], want) {
					t.Errorf("%s, pages of %d, counterpart %d:\n got %+v\nwant %+v", actor, limit, i, got[i], want)
				}
			}
		}
	}
	// Anna Ames and Boris Bell share 25 meetings: the page lists the
	// cap, the count says all; Carl Cole comes second, on the next page.
	p := need(s.MetPage(ctx, graph.MetQuery{Actor: "anna-ames", Limit: 1}))(t)
	if len(p.Items) != 1 || p.Items[0].Actor.ID != "boris-bell" || p.Items[0].MeetingCount != 25 ||
		len(p.Items[0].Meetings) != min(25, graph.MeetingsPerCounterpart) || p.Next == "" {
		t.Fatalf("anna-ames met %+v (next %q), want boris-bell with 25 meetings, then more", p.Items, p.Next)
	}
	p = need(s.MetPage(ctx, graph.MetQuery{Actor: "anna-ames", Limit: 1, Cursor: p.Next}))(t)
	if len(p.Items) != 1 || p.Items[0].Actor.ID != "carl-cole" || p.Items[0].MeetingCount != 2 || p.Next != "" {
		t.Errorf("anna-ames's second page: %+v (next %q), want carl-cole with 2 meetings, the last", p.Items, p.Next)
	}
	if _, err := s.MetPage(ctx, graph.MetQuery{Actor: "nobody-at-all"}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("an unknown actor: %v, want not found", err)
	}
	tl := need(s.Timeline(ctx, graph.TimelineQuery{Limit: 1}))(t)
	if _, err := s.MetPage(ctx, graph.MetQuery{Actor: "anna-ames", Cursor: tl.Next}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("a timeline cursor: %v, want invalid", err)
	}
}

// testMeetingsWith checks View.MeetingsWith against the events Events
// lists for each pair: the same meetings in the same order, complete, the
// limit kept, a meeting of three listed under both counterparts, and
// actors who met no one (or do not exist) left out.
func testMeetingsWith(t *testing.T, b graph.Backend) {
	ctx := context.Background()
	g := graph.New(b)
	carl := newOutlet("carl", "Test", "2024-06-30", graph.Curated,
		"Anna Ames, Boris Bell and Carl Cole met in May. Anna Ames met Carl Cole again in June. Anna Ames told Carl Cole no. Dora Dunn spoke.").
		actor("anna-ames", "Anna Ames", graph.Person, "Anna Ames").
		actor("boris-bell", "Boris Bell", graph.Person, "Boris Bell").
		actor("carl-cole", "Carl Cole", graph.Person, "Carl Cole").
		actor("dora-dunn", "Dora Dunn", graph.Person, "Dora Dunn").
		event("three-met", graph.Meeting, day("2024-05-02"), "", "met in May", nil,
			"anna-ames", "participant", "boris-bell", "participant", "carl-cole", "participant").
		event("ames-cole-june", graph.Meeting, day("2024-06-03"), "", "again in June", nil,
			"anna-ames", "participant", "carl-cole", "participant").
		event("ames-tells-cole", graph.Statement, day("2024-06-04"), "", "told Carl Cole no", nil,
			"anna-ames", "speaker", "carl-cole", "addressee").
		event("dunn-spoke", graph.Statement, day("2024-06-05"), "", "Dora Dunn spoke", nil, "dora-dunn", "speaker")
	for _, f := range []*graph.ArticleFacts{datedFacts(), carl.f} {
		if _, err := g.UpsertArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	type pick struct{ id, participants string }
	picks := func(es []graph.Event) []pick {
		var out []pick
		for _, e := range es {
			var ps []string
			for _, p := range e.Participants {
				ps = append(ps, p.ActorID+"/"+p.Name+"/"+p.Role)
			}
			slices.Sort(ps)
			out = append(out, pick{e.ID + fmt.Sprintf(" %d quotes %d claims", len(e.Sources), len(e.ClaimData)), strings.Join(ps, ",")})
		}
		return out
	}
	cases := []struct {
		actor string
		with  []string
		limit int
		// want is the number of meetings listed per counterpart.
		want map[string]int
	}{
		{"anna-ames", []string{"boris-bell", "carl-cole", "dora-dunn", "nobody-at-all"}, 30,
			map[string]int{"boris-bell": 26, "carl-cole": 2}},
		{"anna-ames", []string{"carl-cole", "boris-bell"}, 1, map[string]int{"boris-bell": 1, "carl-cole": 1}},
		{"carl-cole", []string{"anna-ames", "boris-bell"}, 30, map[string]int{"anna-ames": 2, "boris-bell": 1}},
		{"dora-dunn", []string{"anna-ames"}, 5, map[string]int{}},
		{"anna-ames", nil, 5, map[string]int{}},
		{"anna-ames", []string{"boris-bell"}, 0, map[string]int{}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s-%d-%d", c.actor, len(c.with), c.limit), func(t *testing.T) {
			err := b.View(ctx, func(v graph.View) error {
				got, err := v.MeetingsWith(ctx, c.actor, c.with, c.limit)
				if err != nil {
					return err
				}
				counts := map[string]int{}
				for other, es := range got {
					counts[other] = len(es)
				}
				if !reflect.DeepEqual(counts, c.want) {
					t.Errorf("meetings listed per counterpart: %v, want %v", counts, c.want)
				}
				for other := range c.want {
					want, err := v.Events(ctx, graph.EventFilter{Type: graph.Meeting, Actors: []string{c.actor, other}}, c.limit)
					if err != nil {
						return err
					}
					if g, w := picks(got[other]), picks(want); !reflect.DeepEqual(g, w) {
						t.Errorf("with %s:\n got %v\nwant %v", other, g, w)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

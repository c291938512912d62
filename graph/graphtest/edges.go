package graphtest

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// testEdgeCaps checks View.Edges's cap on an actor's participations (its
// latest, by the event's first day then id, both descending; the actor
// named as capped) and View.EdgesAmong against the uncapped edges.
func testEdgeCaps(t *testing.T, b graph.Backend) {
	ctx := context.Background()
	g := graph.New(b)
	Seed(t, g)
	err := b.View(ctx, func(v graph.View) error {
		all, capped, err := v.Edges(ctx, []string{Lukashenko}, 0)
		if err != nil {
			return err
		}
		if len(capped) != 0 {
			t.Errorf("no cap, yet capped %v", capped)
		}
		var parts []graph.Edge
		for _, e := range all {
			if e.Type == graph.ParticipatedIn && e.From == Lukashenko {
				parts = append(parts, e)
			}
		}
		if len(parts) < 4 {
			t.Fatalf("the seed gives Lukashenko %d participations; the test needs 4", len(parts))
		}
		var events []string
		for _, e := range parts {
			events = append(events, e.To)
		}
		nodes, err := v.Nodes(ctx, events)
		if err != nil {
			return err
		}
		latestFirst := slices.Clone(parts)
		slices.SortFunc(latestFirst, func(x, y graph.Edge) int {
			return cmp.Or(cmp.Compare(nodes[y.To].Date.Start, nodes[x.To].Date.Start), cmp.Compare(y.To, x.To))
		})
		byEvent := func(es []graph.Edge) []graph.Edge {
			out := slices.Clone(es)
			slices.SortFunc(out, func(x, y graph.Edge) int { return cmp.Compare(x.To, y.To) })
			return out
		}
		for _, limit := range []int{1, 3, len(parts) - 1, len(parts), len(parts) + 5} {
			got, capped, err := v.Edges(ctx, []string{Lukashenko}, limit)
			if err != nil {
				return err
			}
			var gotParts []graph.Edge
			for _, e := range got {
				if e.Type == graph.ParticipatedIn && e.From == Lukashenko {
					gotParts = append(gotParts, e)
				}
			}
			want := latestFirst[:min(limit, len(parts))]
			if !slices.Equal(byEvent(gotParts), byEvent(want)) {
				t.Errorf("cap %d: participations %v, want the latest %v", limit, gotParts, want)
			}
			if wantCapped := limit < len(parts); wantCapped != slices.Equal(capped, []string{Lukashenko}) {
				t.Errorf("cap %d of %d participations: capped %v", limit, len(parts), capped)
			}
		}
		// A participation in an event among the ids comes all the same.
		oldest := latestFirst[len(latestFirst)-1]
		got, _, err := v.Edges(ctx, []string{Lukashenko, oldest.To}, 1)
		if err != nil {
			return err
		}
		if !slices.Contains(got, oldest) {
			t.Errorf("the oldest event among the ids lost its participation %v: %v", oldest, got)
		}
		for i, e := range got {
			if slices.Contains(got[i+1:], e) {
				t.Errorf("edge %v returned twice", e)
			}
		}
		// EdgesAmong: exactly the edges with both ends among the ids.
		ids := []string{Lukashenko, Putin, SochiTalks, SochiMeeting, Loan, "russia", "belarus"}
		everything, _, err := v.Edges(ctx, ids, 0)
		if err != nil {
			return err
		}
		var want []graph.Edge
		for _, e := range everything {
			if slices.Contains(ids, e.From) && slices.Contains(ids, e.To) {
				want = append(want, e)
			}
		}
		among, err := v.EdgesAmong(ctx, ids)
		if err != nil {
			return err
		}
		sortAll := func(es []graph.Edge) []graph.Edge {
			out := slices.Clone(es)
			slices.SortFunc(out, func(x, y graph.Edge) int {
				return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.Type, y.Type), cmp.Compare(x.To, y.To), cmp.Compare(x.Role, y.Role))
			})
			return out
		}
		if len(want) < 3 || !slices.Equal(sortAll(among), sortAll(want)) {
			t.Errorf("edges among %v:\n%v\nwant\n%v", ids, among, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

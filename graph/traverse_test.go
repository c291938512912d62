package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// memGraph is a traversal graph in memory: edges between named nodes.
type memGraph []Edge

func (m memGraph) adj(_ context.Context, ids []string) ([]Edge, bool, error) {
	var out []Edge
	for _, e := range m {
		if slices.Contains(ids, e.From) || slices.Contains(ids, e.To) {
			out = append(out, e)
		}
	}
	return out, false, nil
}

// among is the adjacency among ids: edges whose two ends are there.
func (m memGraph) among(_ context.Context, ids []string) ([]Edge, bool, error) {
	var out []Edge
	for _, e := range m {
		if slices.Contains(ids, e.From) && slices.Contains(ids, e.To) {
			out = append(out, e)
		}
	}
	return out, false, nil
}

// capped is the adjacency of m that says an actor's edges were capped.
func (m memGraph) capped(ctx context.Context, ids []string) ([]Edge, bool, error) {
	edges, _, err := m.adj(ctx, ids)
	return edges, true, err
}

// edges parses "a-b c-d" into participation edges.
func edges(s string) memGraph {
	var m memGraph
	for _, pair := range strings.Fields(s) {
		from, to, _ := strings.Cut(pair, "-")
		m = append(m, Edge{Type: ParticipatedIn, From: from, To: to})
	}
	return m
}

func pathStrings(nodes [][]string) []string {
	out := make([]string, len(nodes))
	for i, ns := range nodes {
		out[i] = strings.Join(ns, ">")
	}
	return out
}

func TestShortestPaths(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name      string
		g         memGraph
		from, to  string
		hops      int
		budget    int
		want      []string
		truncated bool
	}{
		{"tie: both in node order", edges("a-e2 b-e2 a-e1 b-e1"), "a", "b", 4, 100, []string{"a>e1>b", "a>e2>b"}, false},
		{"cycle ends", edges("a-b b-c c-a c-d"), "a", "d", 4, 100, []string{"a>c>d"}, false},
		{"shortest only", edges("a-b b-c c-d a-d"), "a", "d", 4, 100, []string{"a>d"}, false},
		{"too far for maxHops", edges("a-b b-c c-d"), "a", "d", 2, 100, []string{}, false},
		{"disconnected", edges("a-b c-d"), "a", "d", 6, 100, []string{}, false},
		{"same node", edges("a-b"), "a", "a", 4, 100, []string{"a"}, false},
		{"budget stops a hub", hub("a", 50, "z"), "a", "z", 2, 10, []string{}, true},
		{"target past the budget still found", edges("a-b a-c a-d a-t"), "a", "t", 2, 2, []string{"a>t"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nodes, paths, truncated, err := shortestPaths(ctx, c.g.adj, c.from, c.to, c.hops, c.budget)
			if err != nil {
				t.Fatal(err)
			}
			if got := pathStrings(nodes); !slices.Equal(got, c.want) || truncated != c.truncated {
				t.Errorf("paths %v truncated %v, want %v truncated %v", got, truncated, c.want, c.truncated)
			}
			for i := range nodes {
				if len(paths[i]) != len(nodes[i])-1 {
					t.Errorf("path %v has %d edges", nodes[i], len(paths[i]))
				}
			}
		})
	}
}

// hub joins center to n spokes s0…, and the spokes to target through
// one more node each.
func hub(center string, n int, target string) memGraph {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s-s%03d s%03d-m%03d m%03d-%s ", center, i, i, i, i, target)
	}
	return edges(b.String())
}

func TestShortestPathsCutAtMaxPaths(t *testing.T) {
	g := hub("a", MaxPaths+10, "z")
	nodes, _, truncated, err := shortestPaths(context.Background(), g.adj, "a", "z", 4, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != MaxPaths || truncated {
		t.Fatalf("%d paths (truncated %v), want the first %d", len(nodes), truncated, MaxPaths)
	}
	got := pathStrings(nodes)
	if !slices.IsSorted(got) || got[0] != "a>s000>m000>z" {
		t.Errorf("paths not the first in node order: %v", got[:3])
	}
}

func TestNeighborhood(t *testing.T) {
	ctx := context.Background()
	ids, es, truncated, err := neighborhood(ctx, edges("a-b b-c c-d d-a x-y").adj, edges("a-b b-c c-d d-a x-y").among, "a", 1, 100)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, []string{"a", "b", "d"}) || truncated {
		t.Errorf("depth 1 from a: %v truncated %v", ids, truncated)
	}
	if len(es) != 2 {
		t.Errorf("edges between a, b, d: %v", es)
	}
	// A hub: the budget keeps the first nodes in edge order and says so.
	ids, es, truncated, err = neighborhood(ctx, hub("a", 100, "z").adj, hub("a", 100, "z").among, "a", 3, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 20 || !truncated || !slices.Contains(ids, "a") || !slices.Contains(ids, "s000") {
		t.Errorf("hub with budget 20: %d nodes %v, truncated %v", len(ids), ids, truncated)
	}
	for _, e := range es {
		if !slices.Contains(ids, e.From) || !slices.Contains(ids, e.To) {
			t.Errorf("edge %v leaves the kept nodes", e)
		}
	}
	// Disconnected: only the component.
	ids, _, _, _ = neighborhood(ctx, edges("a-b x-y").adj, edges("a-b x-y").among, "x", 3, 100)
	if !slices.Equal(ids, []string{"x", "y"}) {
		t.Errorf("component of x: %v", ids)
	}
	// An actor whose participations were capped: the answer says it is
	// not whole, though the budget was not reached.
	g := edges("a-b b-c")
	if _, _, truncated, _ := neighborhood(ctx, g.capped, g.among, "a", 2, 100); !truncated {
		t.Error("a capped actor's network does not say truncated")
	}
	if _, _, truncated, _ := shortestPaths(ctx, g.capped, "a", "c", 4, 100); !truncated {
		t.Error("a path search through a capped actor does not say truncated")
	}
}

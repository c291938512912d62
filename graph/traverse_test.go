package graph

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
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

// TestShortestPathsAgainstBruteForce compares the two-sided search with
// a plain enumeration on random graphs (participations and relations,
// sometimes two edges between one pair): the same paths, in the same
// order, up to MaxPaths.
func TestShortestPathsAgainstBruteForce(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 11))
	long, several := 0, 0
	for round := range 1000 {
		n := 4 + rng.IntN(14)
		var g memGraph
		for range n + rng.IntN(2*n) {
			a, b := rng.IntN(n), rng.IntN(n)
			if a == b {
				continue
			}
			typ := ParticipatedIn
			if rng.IntN(4) == 0 {
				typ = string(AllyOf)
			}
			// Backends return each edge once.
			if e := (Edge{Type: typ, From: fmt.Sprintf("n%02d", a), To: fmt.Sprintf("n%02d", b)}); !slices.Contains(g, e) {
				g = append(g, e)
			}
		}
		from, to := fmt.Sprintf("n%02d", rng.IntN(n)), fmt.Sprintf("n%02d", rng.IntN(n))
		hops := 1 + rng.IntN(6)
		nodes, paths, truncated, err := shortestPaths(ctx, g.adj, from, to, hops, 1000)
		if err != nil || truncated {
			t.Fatalf("round %d: %v truncated %v", round, err, truncated)
		}
		wantNodes, wantEdges := bruteForcePaths(g, from, to, hops)
		if !slices.EqualFunc(nodes, wantNodes, slices.Equal[[]string]) || !slices.EqualFunc(paths, wantEdges, slices.Equal[[]Edge]) {
			t.Fatalf("round %d, %s to %s in %d hops over %v:\n got %v\nwant %v", round, from, to, hops, g, nodes, wantNodes)
		}
		if len(nodes) > 0 && len(nodes[0]) > 3 {
			long++
		}
		if len(nodes) > 1 {
			several++
		}
	}
	if long < 50 || several < 100 {
		t.Errorf("only %d rounds with paths of 3 edges or more and %d with several paths: the graphs test too little", long, several)
	}
}

// bruteForcePaths lists every shortest path of at most hops edges by
// enumerating all simple paths, in path order (node ids, then each
// edge's type, from and role), cut at MaxPaths.
func bruteForcePaths(g memGraph, from, to string, hops int) ([][]string, [][]Edge) {
	if from == to {
		return [][]string{{from}}, [][]Edge{{}}
	}
	type path struct {
		nodes []string
		edges []Edge
	}
	var all []path
	var walk func(p path)
	walk = func(p path) {
		last := p.nodes[len(p.nodes)-1]
		if last == to {
			all = append(all, path{slices.Clone(p.nodes), slices.Clone(p.edges)})
			return
		}
		if len(p.edges) == hops {
			return
		}
		for _, e := range g {
			if e.From != last && e.To != last {
				continue
			}
			o := other(e, last)
			if slices.Contains(p.nodes, o) {
				continue
			}
			walk(path{append(p.nodes, o), append(p.edges, e)})
		}
	}
	walk(path{nodes: []string{from}})
	if len(all) == 0 {
		return [][]string{}, [][]Edge{}
	}
	shortest := slices.MinFunc(all, func(a, b path) int { return cmp.Compare(len(a.edges), len(b.edges)) })
	all = slices.DeleteFunc(all, func(p path) bool { return len(p.edges) != len(shortest.edges) })
	slices.SortFunc(all, func(a, b path) int {
		for i := range a.edges {
			if c := cmp.Or(cmp.Compare(a.nodes[i+1], b.nodes[i+1]), cmp.Compare(a.edges[i].Type, b.edges[i].Type),
				cmp.Compare(a.edges[i].From, b.edges[i].From), cmp.Compare(a.edges[i].Role, b.edges[i].Role)); c != 0 {
				return c
			}
		}
		return 0
	})
	all = all[:min(len(all), MaxPaths)]
	nodes, edges := make([][]string, len(all)), make([][]Edge, len(all))
	for i, p := range all {
		nodes[i], edges[i] = p.nodes, p.edges
	}
	return nodes, edges
}

// TestCapLatest: an actor with one more participation than the cap loses
// its oldest (by day, then event id) and is named; others keep all.
func TestCapLatest(t *testing.T) {
	p := func(actor, event, day string) DatedEdge {
		return DatedEdge{Edge: Edge{Type: ParticipatedIn, From: actor, To: event}, Day: day}
	}
	parts := []DatedEdge{
		p("a", "e3", "2020-03-01"), p("a", "e1", "2020-01-01"), p("a", "e2", "2020-01-01"),
		p("b", "e4", "2020-05-01"), p("b", "e5", "2020-06-01"),
	}
	got, capped := CapLatest(parts, 2)
	want := []Edge{parts[0].Edge, parts[2].Edge, parts[3].Edge, parts[4].Edge}
	if !slices.Equal(got, want) || !slices.Equal(capped, []string{"a"}) {
		t.Errorf("cap 2: %v capped %v; want %v capped [a]", got, capped, want)
	}
	if got, capped := CapLatest(parts, 0); len(got) != len(parts) || capped != nil {
		t.Errorf("no cap: %v capped %v", got, capped)
	}
}

// TestShortestPathsGrowsTheCheaperSide: a side whose frontier holds a few
// hubs is not grown before a side holding more events, whose participants
// are few: the search reads the events and meets the hubs without reading
// their histories.
func TestShortestPathsGrowsTheCheaperSide(t *testing.T) {
	var b strings.Builder
	for i := range 10 {
		fmt.Fprintf(&b, "a-e%d p%d-e%d ", i, i, i)
	}
	for j := range 5 {
		fmt.Fprintf(&b, "z-f%d h%d-f%d ", j, j, j)
		for k := range 300 {
			fmt.Fprintf(&b, "h%d-g%d.%d ", j, j, k)
		}
	}
	b.WriteString("h0-e0")
	g := edges(b.String())
	read := 0
	counted := func(ctx context.Context, ids []string) ([]Edge, bool, error) {
		es, capped, err := g.adj(ctx, ids)
		read += len(es)
		return es, capped, err
	}
	nodes, _, truncated, err := shortestPaths(context.Background(), counted, "a", "z", 4, 5000)
	if err != nil || truncated {
		t.Fatalf("%v, truncated %v", err, truncated)
	}
	if got := pathStrings(nodes); !slices.Equal(got, []string{"a>e0>h0>f0>z"}) {
		t.Errorf("paths %v, want a>e0>h0>f0>z", got)
	}
	if read > 200 {
		t.Errorf("the search read %d edges; the hubs' 1,500 participations were read", read)
	}
}

package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Adjacency returns every edge of the traversal graph that touches one of
// ids. The traversal graph holds actors and events; its edges are
// PARTICIPATED_IN and the relations whose two ends are actors. Backends
// implement it with one query; ShortestPaths and Neighborhood do the rest,
// so every backend walks the graph the same way.
type Adjacency func(ctx context.Context, ids []string) ([]Edge, error)

type step struct {
	edge Edge
	next string
}

func other(e Edge, id string) string {
	if e.From == id {
		return e.To
	}
	return e.From
}

// ShortestPaths finds the shortest paths of at most maxHops edges from one
// node to another. It returns at most MaxPaths of them, each as its node ids
// and edges, in the order SortPaths gives.
func ShortestPaths(ctx context.Context, adj Adjacency, from, to string, maxHops int) ([][]string, [][]Edge, error) {
	if from == to {
		return [][]string{{from}}, [][]Edge{{}}, nil
	}
	dist := map[string]int{from: 0}
	succ := map[string][]step{} // edges leading one level further out
	frontier := []string{from}
	found := false
	for level := 1; level <= maxHops && len(frontier) > 0 && !found; level++ {
		edges, err := adj(ctx, frontier)
		if err != nil {
			return nil, nil, err
		}
		inFrontier := map[string]bool{}
		for _, id := range frontier {
			inFrontier[id] = true
		}
		var next []string
		for _, e := range edges {
			for _, end := range []string{e.From, e.To} {
				if !inFrontier[end] {
					continue
				}
				o := other(e, end)
				if d, seen := dist[o]; seen && d != level {
					continue
				}
				if _, seen := dist[o]; !seen {
					dist[o] = level
					next = append(next, o)
				}
				succ[end] = append(succ[end], step{edge: e, next: o})
				if o == to {
					found = true
				}
			}
		}
		frontier = next
	}
	if !found {
		return [][]string{}, [][]Edge{}, nil
	}
	// Keep only the steps that lie on some shortest path to the target.
	reaches := map[string]bool{to: true}
	for level := dist[to] - 1; level >= 0; level-- {
		for id, steps := range succ {
			if dist[id] != level {
				continue
			}
			for _, s := range steps {
				if reaches[s.next] {
					reaches[id] = true
				}
			}
		}
	}
	for id, steps := range succ {
		steps = slices.DeleteFunc(steps, func(s step) bool { return !reaches[s.next] })
		slices.SortFunc(steps, func(a, b step) int {
			return cmp.Or(cmp.Compare(a.next, b.next), cmp.Compare(a.edge.Type, b.edge.Type),
				cmp.Compare(a.edge.From, b.edge.From), cmp.Compare(a.edge.Role, b.edge.Role))
		})
		succ[id] = steps
	}
	// Walk forward in sorted order so the first MaxPaths found are the
	// first MaxPaths in path order.
	var nodes [][]string
	var paths [][]Edge
	var walk func(id string, ns []string, es []Edge)
	walk = func(id string, ns []string, es []Edge) {
		if len(paths) >= MaxPaths {
			return
		}
		if id == to {
			nodes = append(nodes, slices.Clone(ns))
			paths = append(paths, slices.Clone(es))
			return
		}
		for _, s := range succ[id] {
			walk(s.next, append(ns, s.next), append(es, s.edge))
		}
	}
	walk(from, []string{from}, nil)
	return nodes, paths, nil
}

// Neighborhood returns the ids of the nodes within depth edges of center,
// sorted, and every edge between two of them, in SortEdges order.
func Neighborhood(ctx context.Context, adj Adjacency, center string, depth int) ([]string, []Edge, error) {
	seen := map[string]bool{center: true}
	frontier := []string{center}
	for level := 1; level <= depth && len(frontier) > 0; level++ {
		edges, err := adj(ctx, frontier)
		if err != nil {
			return nil, nil, err
		}
		var next []string
		for _, e := range edges {
			for _, end := range []string{e.From, e.To} {
				if !seen[end] {
					seen[end] = true
					next = append(next, end)
				}
			}
		}
		frontier = next
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	edges, err := adj(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	type key struct{ t, f, to, r string }
	dup := map[key]bool{}
	var kept []Edge
	for _, e := range edges {
		k := key{e.Type, e.From, e.To, e.Role}
		if seen[e.From] && seen[e.To] && !dup[k] {
			dup[k] = true
			kept = append(kept, e)
		}
	}
	if kept == nil {
		kept = []Edge{}
	}
	SortEdges(kept)
	return ids, kept, nil
}

// NodeLookup describes actors and events by id; unknown ids are left out.
type NodeLookup func(ctx context.Context, ids []string) (map[string]Node, error)

// requireActors checks that each named id is an actor: ErrNotFound naming
// the parameter otherwise.
func requireActors(ctx context.Context, lookup NodeLookup, params ...[2]string) error {
	ids := make([]string, len(params))
	for i, p := range params {
		ids[i] = p[1]
	}
	nodes, err := lookup(ctx, ids)
	if err != nil {
		return err
	}
	for _, p := range params {
		if nodes[p[1]].Label != "Actor" {
			return fmt.Errorf("%s: actor %q: %w", p[0], p[1], ErrNotFound)
		}
	}
	return nil
}

// FindPaths is the whole Paths method of a backend: it checks maxHops
// (zero means the default) and that both ends are actors, then runs
// ShortestPaths and describes each node through lookup.
func FindPaths(ctx context.Context, adj Adjacency, lookup NodeLookup, from, to string, maxHops int) ([]Path, error) {
	maxHops, err := CheckHops(maxHops)
	if err != nil {
		return nil, err
	}
	if err := requireActors(ctx, lookup, [2]string{"from", from}, [2]string{"to", to}); err != nil {
		return nil, err
	}
	nodeIDs, edges, err := ShortestPaths(ctx, adj, from, to, maxHops)
	if err != nil {
		return nil, err
	}
	var all []string
	for _, ns := range nodeIDs {
		all = append(all, ns...)
	}
	nodes, err := lookup(ctx, all)
	if err != nil {
		return nil, err
	}
	paths := make([]Path, len(nodeIDs))
	for i, ns := range nodeIDs {
		paths[i].Edges = edges[i]
		for _, id := range ns {
			paths[i].Nodes = append(paths[i].Nodes, nodes[id])
		}
	}
	return paths, nil
}

// FindNetwork is the whole Network method of a backend: it checks depth
// (zero means 1) and that center is an actor, then runs Neighborhood and
// describes each node through lookup.
func FindNetwork(ctx context.Context, adj Adjacency, lookup NodeLookup, center string, depth int) (*Network, error) {
	depth, err := CheckDepth(depth)
	if err != nil {
		return nil, err
	}
	if err := requireActors(ctx, lookup, [2]string{"id", center}); err != nil {
		return nil, err
	}
	ids, edges, err := Neighborhood(ctx, adj, center, depth)
	if err != nil {
		return nil, err
	}
	nodes, err := lookup(ctx, ids)
	if err != nil {
		return nil, err
	}
	n := &Network{Center: center, Depth: depth, Nodes: make([]Node, 0, len(ids)), Edges: edges}
	for _, id := range ids {
		n.Nodes = append(n.Nodes, nodes[id])
	}
	return n, nil
}

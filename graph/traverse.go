package graph

import (
	"cmp"
	"context"
	"slices"
)

// Paths and networks are walked here, over View.Edges, so that every
// backend walks the graph alike. The traversal graph holds actors and
// events; its edges are participations and the relations between two
// actors. Each walk visits at most the graph's node budget, follows at
// most that many of an actor's participations (its latest), and says when
// it stopped at either: a hub's walk costs the budget, not its history.

// adjacency returns the traversal edges touching ids, an actor's
// participations capped at the node budget; capped says whether an actor
// had more.
type adjacency func(ctx context.Context, ids []string) (edges []Edge, capped bool, err error)

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

// edges is the adjacency of the traversal graph, as reported by the
// graph's asOf day when it has one: participations in events first
// reported later are left out. (An event counts from its first report;
// a participant that only a later article names still counts then.)
func (g *Graph) edges(v View) adjacency {
	return func(ctx context.Context, ids []string) ([]Edge, bool, error) {
		edges, capped, err := v.Edges(ctx, ids, NodeBudget)
		if err != nil {
			return nil, false, err
		}
		edges, err = g.reportedBy(ctx, v, edges)
		return edges, len(capped) > 0, err
	}
}

// edgesAmong is the adjacency among a set of nodes, as reported by the
// graph's asOf day.
func (g *Graph) edgesAmong(v View) adjacency {
	return func(ctx context.Context, ids []string) ([]Edge, bool, error) {
		edges, err := v.EdgesAmong(ctx, ids)
		if err != nil {
			return nil, false, err
		}
		edges, err = g.reportedBy(ctx, v, edges)
		return edges, false, err
	}
}

// reportedBy leaves out of edges the participations in events first
// reported after the graph's asOf day (none without one).
func (g *Graph) reportedBy(ctx context.Context, v View, edges []Edge) ([]Edge, error) {
	if g.asOf.IsZero() {
		return edges, nil
	}
	var events []string
	for _, e := range edges {
		if e.Type == ParticipatedIn {
			events = append(events, e.To)
		}
	}
	if len(events) == 0 {
		return edges, nil
	}
	slices.Sort(events)
	nodes, err := v.Nodes(ctx, slices.Compact(events))
	if err != nil {
		return nil, err
	}
	asOf := g.asOf.String()
	return slices.DeleteFunc(edges, func(e Edge) bool {
		return e.Type == ParticipatedIn && nodes[e.To].FirstReported > asOf
	}), nil
}

// DatedEdge is a participation with its event's first day, as a backend
// reads an actor's latest participations for View.Edges.
type DatedEdge struct {
	Edge Edge
	Day  string
}

// CapLatest keeps at most perActor participations of each actor, given
// up to perActor+1 of each actor's latest: an actor that has perActor+1
// had more than the cap, and its oldest (by day, then event id) is
// dropped. It returns the participations kept, in the order given, and
// the capped actors, sorted. perActor 0 keeps everything.
func CapLatest(parts []DatedEdge, perActor int) ([]Edge, []string) {
	var capped []string
	if perActor > 0 {
		n, oldest := map[string]int{}, map[string]DatedEdge{}
		for _, p := range parts {
			n[p.Edge.From]++
			if o, ok := oldest[p.Edge.From]; !ok || p.Day < o.Day || (p.Day == o.Day && p.Edge.To < o.Edge.To) {
				oldest[p.Edge.From] = p
			}
		}
		parts = slices.DeleteFunc(slices.Clone(parts), func(p DatedEdge) bool {
			return n[p.Edge.From] > perActor && p == oldest[p.Edge.From]
		})
		for a, k := range n {
			if k > perActor {
				capped = append(capped, a)
			}
		}
		slices.Sort(capped)
	}
	out := make([]Edge, len(parts))
	for i, p := range parts {
		out[i] = p.Edge
	}
	return out, capped
}

// degrees estimates what expanding a frontier reads, so that a path
// search grows the side that costs less, not the one with fewer nodes: an
// actor brings all its participations (hundreds, in a large store), an
// event its few participants, so a frontier of 300 events is cheaper than
// one of 150 actors. The mean number of edges per actor and per event is
// what the search has read so far, from a first guess.
type degrees struct {
	// event holds the nodes reached as the event of a participation.
	event                      map[string]bool
	actorEdges, actors         int
	eventEdges, eventsExpanded int
}

// First guesses of the mean edges an actor and an event bring, each
// weighing as one node read.
const (
	guessActorEdges = 50
	guessEventEdges = 3
)

func (d *degrees) isEvent(id string) bool { return d.event[id] }

// cost is the number of edges expanding frontier is expected to read.
func (d *degrees) cost(frontier []string) float64 {
	perActor := float64(d.actorEdges+guessActorEdges) / float64(d.actors+1)
	perEvent := float64(d.eventEdges+guessEventEdges) / float64(d.eventsExpanded+1)
	var c float64
	for _, id := range frontier {
		if d.isEvent(id) {
			c += perEvent
		} else {
			c += perActor
		}
	}
	return c
}

// learn adds what expanding frontier read to the means.
func (d *degrees) learn(frontier []string, edges []Edge) {
	touched := map[string]int{}
	for _, e := range edges {
		touched[e.From]++
		touched[e.To]++
	}
	for _, id := range frontier {
		if d.isEvent(id) {
			d.eventEdges += touched[id]
			d.eventsExpanded++
		} else {
			d.actorEdges += touched[id]
			d.actors++
		}
	}
}

// searchSide is one end of a path search: how far each node it reached
// is from its end, the steps back toward its end, and the last level.
type searchSide struct {
	dist     map[string]int
	steps    map[string][]step
	frontier []string
	depth    int
}

func newSearchSide(start string) *searchSide {
	return &searchSide{dist: map[string]int{start: 0}, steps: map[string][]step{}, frontier: []string{start}}
}

// shortestPaths finds the shortest paths of at most maxHops edges from one
// node to another, visiting at most budget nodes. It returns at most
// MaxPaths of them, each as node ids and edges, ordered by node ids, then
// edge types; truncated is true when the budget or an actor's cap stopped
// the search first.
//
// The search grows from both ends, a level at a time, the side whose
// frontier costs less to expand first (degrees): two ordinary actors
// joined through a hub meet in the middle instead of one side reading
// everything within four hops.
// The first level at which the two sides share a node gives the length:
// every shortest path crosses that level at a node both sides reached,
// so the paths are the forward side's ways to those nodes followed by the
// backward side's ways on to the target.
func shortestPaths(ctx context.Context, adj adjacency, from, to string, maxHops, budget int) (nodes [][]string, paths [][]Edge, truncated bool, err error) {
	if from == to {
		return [][]string{{from}}, [][]Edge{{}}, false, nil
	}
	fwd, bwd := newSearchSide(from), newSearchSide(to)
	// count is how many nodes the two sides reached together.
	count := 2
	var meet []string
	est := degrees{event: map[string]bool{}}
	for fwd.depth+bwd.depth < maxHops && len(fwd.frontier) > 0 && len(bwd.frontier) > 0 && !truncated {
		side, opp := fwd, bwd
		if est.cost(bwd.frontier) < est.cost(fwd.frontier) {
			side, opp = bwd, fwd
		}
		edges, capped, err := adj(ctx, side.frontier)
		if err != nil {
			return nil, nil, false, err
		}
		truncated = truncated || capped
		est.learn(side.frontier, edges)
		side.depth++
		inFrontier := map[string]bool{}
		for _, id := range side.frontier {
			inFrontier[id] = true
		}
		var next []string
		for _, e := range edges {
			for _, end := range []string{e.From, e.To} {
				if !inFrontier[end] {
					continue
				}
				o := other(e, end)
				if e.Type == ParticipatedIn && o == e.To {
					est.event[o] = true
				}
				if d, ok := side.dist[o]; ok && d != side.depth {
					continue
				}
				if _, ok := side.dist[o]; !ok {
					// A node the other side reached is where they meet:
					// it is taken even past the budget.
					_, met := opp.dist[o]
					if !met && count >= budget {
						truncated = true
						continue
					}
					if !met {
						count++
					}
					side.dist[o] = side.depth
					next = append(next, o)
					if met {
						meet = append(meet, o)
					}
				}
				side.steps[o] = append(side.steps[o], step{edge: e, next: end})
			}
		}
		side.frontier = next
		if len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return [][]string{}, [][]Edge{}, truncated, nil
	}
	// succ holds the steps from each node one edge nearer the target on
	// some shortest path: the forward side's steps turned around up to the
	// meeting nodes, the backward side's as they were found from there on.
	succ := map[string][]step{}
	var back func(id string)
	done := map[string]bool{}
	back = func(id string) {
		if done[id] {
			return
		}
		done[id] = true
		for _, s := range fwd.steps[id] {
			succ[s.next] = append(succ[s.next], step{edge: s.edge, next: id})
			back(s.next)
		}
	}
	for _, m := range meet {
		back(m)
	}
	done = map[string]bool{}
	var on func(id string)
	on = func(id string) {
		if done[id] || id == to {
			return
		}
		done[id] = true
		for _, s := range bwd.steps[id] {
			succ[id] = append(succ[id], s)
			on(s.next)
		}
	}
	for _, m := range meet {
		on(m)
	}
	for id, steps := range succ {
		slices.SortFunc(steps, func(a, b step) int {
			return cmp.Or(cmp.Compare(a.next, b.next), cmp.Compare(a.edge.Type, b.edge.Type),
				cmp.Compare(a.edge.From, b.edge.From), cmp.Compare(a.edge.Role, b.edge.Role))
		})
		succ[id] = steps
	}
	// Walk forward in sorted order so that the first MaxPaths found are the
	// first MaxPaths in path order.
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
	return nodes, paths, truncated, nil
}

// neighborhood returns the ids of the nodes within depth edges of center,
// sorted, and every edge between two of them (among reads them), ordered
// by from, type, to, role. It adds no node past budget and then reports
// truncated.
func neighborhood(ctx context.Context, adj, among adjacency, center string, depth, budget int) (ids []string, kept []Edge, truncated bool, err error) {
	seen := map[string]bool{center: true}
	frontier := []string{center}
	for level := 1; level <= depth && len(frontier) > 0 && !truncated; level++ {
		edges, capped, err := adj(ctx, frontier)
		if err != nil {
			return nil, nil, false, err
		}
		truncated = truncated || capped
		// Sorted, so that which nodes a cut keeps does not depend on the
		// order a backend returned its edges in.
		sortEdges(edges)
		var next []string
		for _, e := range edges {
			for _, end := range []string{e.From, e.To} {
				if seen[end] {
					continue
				}
				if len(seen) >= budget {
					truncated = true
					continue
				}
				seen[end] = true
				next = append(next, end)
			}
		}
		frontier = next
	}
	ids = make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	edges, _, err := among(ctx, ids)
	if err != nil {
		return nil, nil, false, err
	}
	type key struct{ t, f, to, r string }
	dup := map[key]bool{}
	kept = []Edge{}
	for _, e := range edges {
		k := key{e.Type, e.From, e.To, e.Role}
		if seen[e.From] && seen[e.To] && !dup[k] {
			dup[k] = true
			kept = append(kept, e)
		}
	}
	sortEdges(kept)
	return ids, kept, truncated, nil
}

// sortEdges orders edges by from, type, to, role.
func sortEdges(e []Edge) {
	slices.SortFunc(e, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.To, b.To), cmp.Compare(a.Role, b.Role))
	})
}

// Paths returns the shortest paths of at most maxHops edges (0 means
// DefaultMaxHops) between two actors, through shared events and relations
// between actors: at most MaxPaths of them, ordered by their node ids. No
// path is an empty list; an unknown actor is a NotFoundError naming the
// parameter from or to.
func (g *Graph) Paths(ctx context.Context, from, to string, maxHops int) (Paths, error) {
	maxHops, err := checkHops(maxHops)
	if err != nil {
		return Paths{}, err
	}
	var res Paths
	err = g.view(ctx, "paths", func(v View) error {
		if err := requireActors(ctx, v, param{"from", from}, param{"to", to}); err != nil {
			return err
		}
		nodeIDs, edges, truncated, err := shortestPaths(ctx, g.edges(v), from, to, maxHops, NodeBudget)
		if err != nil {
			return err
		}
		var all []string
		for _, ns := range nodeIDs {
			all = append(all, ns...)
		}
		nodes, err := v.Nodes(ctx, all)
		if err != nil {
			return err
		}
		res = Paths{Items: make([]Path, len(nodeIDs)), Truncated: truncated}
		for i, ns := range nodeIDs {
			res.Items[i].Edges = nonNil(edges[i])
			res.Items[i].Nodes = make([]Node, 0, len(ns))
			for _, id := range ns {
				res.Items[i].Nodes = append(res.Items[i].Nodes, nodes[id])
			}
		}
		return nil
	})
	return res, err
}

// Network returns the actors and events within depth edges (0 means 1) of
// an actor, with every edge between them; a NotFoundError for an unknown
// actor.
func (g *Graph) Network(ctx context.Context, actorID string, depth int) (*Network, error) {
	depth, err := checkDepth(depth)
	if err != nil {
		return nil, err
	}
	var n *Network
	err = g.view(ctx, "network", func(v View) error {
		if err := requireActors(ctx, v, param{"", actorID}); err != nil {
			return err
		}
		ids, edges, truncated, err := neighborhood(ctx, g.edges(v), g.edgesAmong(v), actorID, depth, NodeBudget)
		if err != nil {
			return err
		}
		nodes, err := v.Nodes(ctx, ids)
		if err != nil {
			return err
		}
		n = &Network{Center: actorID, Depth: depth, Nodes: make([]Node, 0, len(ids)), Edges: edges, Truncated: truncated}
		for _, id := range ids {
			n.Nodes = append(n.Nodes, nodes[id])
		}
		return nil
	})
	return n, err
}

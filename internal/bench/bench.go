// Package bench measures the graph's queries on a store as it is: the
// latency of each kind of query a reader of the timeline asks, over many
// varied instances (actors, date ranges, cursors), so that figures taken
// at 10k, 100k and 1M events can be set side by side.
package bench

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// Config says how much to measure.
type Config struct {
	// Samples is how many instances of each kind of query run (200 when
	// 0).
	Samples int
	// Seed picks the instances.
	Seed uint64
	// Busiest is the actor in the most events; found by sampling the
	// timeline when "".
	Busiest string
}

// Result is the latency of one kind of query.
type Result struct {
	Kind string `json:"kind"`
	// N is how many ran; Rows the mean number of items they returned.
	N    int     `json:"n"`
	Rows float64 `json:"rows"`
	P50  Millis  `json:"p50Ms"`
	P99  Millis  `json:"p99Ms"`
	Max  Millis  `json:"maxMs"`
	// Note says what was asked, e.g. of which actor.
	Note string `json:"note,omitempty"`
}

// Millis is a duration that prints, and marshals, as milliseconds.
type Millis float64

func millis(d time.Duration) Millis { return Millis(float64(d.Microseconds()) / 1000) }

// Report is a run's results with what they were measured on.
type Report struct {
	Events  int      `json:"events"`
	Actors  int      `json:"actors"`
	Busiest string   `json:"busiest"`
	From    string   `json:"from"`
	To      string   `json:"to"`
	Results []Result `json:"results"`
}

// pageSize is the timeline page every timeline query asks for.
const pageSize = 50

// Run measures every kind of query on g.
func Run(ctx context.Context, g *graph.Graph, cfg Config) (Report, error) {
	if cfg.Samples <= 0 {
		cfg.Samples = 200
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	st, err := g.Stats(ctx)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Events: st.Events, Actors: st.Actors}
	if st.Events == 0 {
		return rep, fmt.Errorf("the store holds no events: import a corpus first (eventgraph gen, then import)")
	}
	actors, err := sampleActors(ctx, g, 2000)
	if err != nil {
		return rep, err
	}
	first, last, err := dateSpan(ctx, g)
	if err != nil {
		return rep, err
	}
	rep.From, rep.To = graph.FormatDay(first), graph.FormatDay(last)
	busiest := cfg.Busiest
	if busiest == "" {
		if busiest, err = findBusiest(ctx, g, first, last, r); err != nil {
			return rep, err
		}
	}
	rep.Busiest = busiest
	randomDay := func() time.Time {
		return first.AddDate(0, 0, r.IntN(int(last.Sub(first).Hours()/24)+1))
	}
	randomActor := func() graph.Actor { return actors[r.IntN(len(actors))] }
	type kind struct {
		name, note string
		run        func() (int, error)
	}
	timeline := func(q graph.TimelineQuery) (int, error) {
		q.Limit = pageSize
		p, err := g.Timeline(ctx, q)
		return len(p.Items), err
	}
	// Deep pages: the cursors of the busiest actor's timeline, 20 pages
	// in, taken before timing.
	deep, err := deepCursors(ctx, g, busiest, 20)
	if err != nil {
		return rep, err
	}
	kinds := []kind{
		{"timeline, first page", "no filter", func() (int, error) { return timeline(graph.TimelineQuery{}) }},
		{"timeline by actor", "random actors", func() (int, error) { return timeline(graph.TimelineQuery{Actor: randomActor().ID}) }},
		{"timeline of the busiest actor", busiest, func() (int, error) { return timeline(graph.TimelineQuery{Actor: busiest}) }},
		{"timeline, deep pages", fmt.Sprintf("pages 2-%d of %s", len(deep)+1, busiest), func() (int, error) {
			if len(deep) == 0 {
				return 0, nil
			}
			return timeline(graph.TimelineQuery{Actor: busiest, Cursor: deep[r.IntN(len(deep))]})
		}},
		{"timeline by date range", "random 7-day windows", func() (int, error) {
			d := randomDay()
			return timeline(graph.TimelineQuery{From: graph.FormatDay(d), To: graph.FormatDay(d.AddDate(0, 0, 6))})
		}},
		{"timeline by type from a date", "random type and day", func() (int, error) {
			t := graph.EventTypes[r.IntN(len(graph.EventTypes))]
			return timeline(graph.TimelineQuery{Type: string(t), From: graph.FormatDay(randomDay())})
		}},
		{"busiest actor and a date range", "random 30-day windows", func() (int, error) {
			d := randomDay()
			return timeline(graph.TimelineQuery{Actor: busiest, From: graph.FormatDay(d), To: graph.FormatDay(d.AddDate(0, 0, 29))})
		}},
		{"who met whom, first page", busiest, func() (int, error) {
			p, err := g.MetPage(ctx, graph.MetQuery{Actor: busiest})
			return len(p.Items), err
		}},
		{"who met whom, first page", "random actors", func() (int, error) {
			p, err := g.MetPage(ctx, graph.MetQuery{Actor: randomActor().ID})
			return len(p.Items), err
		}},
		{"actor search", "a random actor's first 4 letters", func() (int, error) {
			name := []rune(randomActor().Name)
			p, err := g.Actors(ctx, graph.ActorQuery{Q: string(name[:min(4, len(name))]), Limit: pageSize})
			return len(p.Items), err
		}},
		{"path, up to 4 hops", "random pairs", func() (int, error) {
			p, err := g.Paths(ctx, randomActor().ID, randomActor().ID, 4)
			return len(p.Items), err
		}},
		{"network, depth 2", busiest, func() (int, error) {
			n, err := g.Network(ctx, busiest, 2)
			if err != nil {
				return 0, err
			}
			return len(n.Nodes), nil
		}},
	}
	for _, k := range kinds {
		times := make([]time.Duration, 0, cfg.Samples)
		rows := 0
		for range cfg.Samples {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			start := time.Now()
			n, err := k.run()
			if err != nil {
				return rep, fmt.Errorf("%s (%s): %w", k.name, k.note, err)
			}
			times = append(times, time.Since(start))
			rows += n
		}
		slices.Sort(times)
		rep.Results = append(rep.Results, Result{
			Kind: k.name, Note: k.note, N: len(times), Rows: float64(rows) / float64(len(times)),
			P50: millis(times[len(times)/2]), P99: millis(times[min(len(times)-1, len(times)*99/100)]), Max: millis(times[len(times)-1]),
		})
	}
	return rep, nil
}

// sampleActors lists up to n actors other than groups, in the store's
// order.
func sampleActors(ctx context.Context, g *graph.Graph, n int) ([]graph.Actor, error) {
	var out []graph.Actor
	q := graph.ActorQuery{Kind: string(graph.Person), Limit: 200}
	for len(out) < n {
		p, err := g.Actors(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, p.Items...)
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the store holds no people to ask about")
	}
	return out, nil
}

// dateSpan finds the first and the last day events start on: the first
// from the timeline's first page, the last by halving the days between.
func dateSpan(ctx context.Context, g *graph.Graph) (time.Time, time.Time, error) {
	p, err := g.Timeline(ctx, graph.TimelineQuery{Limit: 1})
	if err != nil || len(p.Items) == 0 {
		return time.Time{}, time.Time{}, fmt.Errorf("the timeline's first event: %v", err)
	}
	first, err := graph.ParseDay(p.Items[0].Date.Start)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	lo, hi := first, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	for hi.Sub(lo) > 24*time.Hour {
		mid := lo.Add(hi.Sub(lo) / 2).Truncate(24 * time.Hour)
		p, err := g.Timeline(ctx, graph.TimelineQuery{From: graph.FormatDay(mid), Limit: 1})
		if err != nil {
			return time.Time{}, time.Time{}, err
		}
		if len(p.Items) > 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return first, lo, nil
}

// findBusiest samples the timeline at random days and returns the person
// most often among the participants.
func findBusiest(ctx context.Context, g *graph.Graph, first, last time.Time, r *rand.Rand) (string, error) {
	seen := map[string]int{}
	days := int(last.Sub(first).Hours()/24) + 1
	for range 40 {
		d := first.AddDate(0, 0, r.IntN(days))
		p, err := g.Timeline(ctx, graph.TimelineQuery{From: graph.FormatDay(d), Limit: pageSize})
		if err != nil {
			return "", err
		}
		for _, e := range p.Items {
			for _, pt := range e.Participants {
				if pt.Kind == graph.Person {
					seen[pt.ActorID]++
				}
			}
		}
	}
	if len(seen) == 0 {
		return "", fmt.Errorf("no person takes part in the events sampled")
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(seen[b], seen[a]), strings.Compare(a, b)) })
	return ids[0], nil
}

// deepCursors follows the actor's timeline n pages in and returns the
// cursors of pages 2 to n+1.
func deepCursors(ctx context.Context, g *graph.Graph, actor string, n int) ([]string, error) {
	var out []string
	q := graph.TimelineQuery{Actor: actor, Limit: pageSize}
	for range n {
		p, err := g.Timeline(ctx, q)
		if err != nil {
			return nil, err
		}
		if p.Next == "" {
			break
		}
		out = append(out, p.Next)
		q.Cursor = p.Next
	}
	return out, nil
}

// Table writes the report as a text table.
func (rep Report) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d events, %d actors, from %s to %s; busiest actor %s\n", rep.Events, rep.Actors, rep.From, rep.To, rep.Busiest)
	fmt.Fprintf(&b, "%-32s %-34s %5s %7s %9s %9s %9s\n", "query", "instances", "n", "rows", "p50 ms", "p99 ms", "max ms")
	for _, r := range rep.Results {
		fmt.Fprintf(&b, "%-32s %-34s %5d %7.1f %9.2f %9.2f %9.2f\n", r.Kind, r.Note, r.N, r.Rows, r.P50, r.P99, r.Max)
	}
	return b.String()
}

// Compare writes, per kind of query measured in both, large's p50 and p99
// over small's: how the latency grew with the store.
func Compare(small, large Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d events -> %d events (x%.0f)\n", small.Events, large.Events, float64(large.Events)/float64(max(1, small.Events)))
	fmt.Fprintf(&b, "%-32s %-34s %9s %9s %9s %9s\n", "query", "instances", "p50 ms", "p50 ms", "p50 x", "p99 x")
	ratio := func(a, b Millis) string {
		if a <= 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f", float64(b)/float64(a))
	}
	// Both reports list the same kinds in the same order (Run's); the
	// busiest actor may be spelled differently.
	for i, l := range large.Results {
		if i >= len(small.Results) || small.Results[i].Kind != l.Kind {
			break
		}
		s := small.Results[i]
		fmt.Fprintf(&b, "%-32s %-34s %9.2f %9.2f %9s %9s\n", l.Kind, l.Note, s.P50, l.P50, ratio(s.P50, l.P50), ratio(s.P99, l.P99))
	}
	return b.String()
}

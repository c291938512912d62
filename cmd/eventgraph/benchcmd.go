package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/internal/bench"
)

// runBench measures the store's queries (internal/bench): scripts/bench-scale
// runs it on stores of 10k, 100k and 1M generated events.
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("bench", "[--store URI] [--samples N] [--busiest ACTOR-ID] [--json] | --compare SMALL.json LARGE.json", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	samples := fs.Int("samples", 200, "how many instances of each kind of query to run")
	seed := fs.Uint64("seed", 1, "picks the instances")
	busiest := fs.String("busiest", "", "the actor in the most events (found by sampling when not given)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	compare := fs.Bool("compare", false, "compare two JSON reports given as arguments, SMALL LARGE: how each query's latency grew")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *compare {
		if fs.NArg() != 2 {
			fmt.Fprintln(stderr, "eventgraph bench --compare: give two reports, SMALL.json LARGE.json")
			return errUsage
		}
		var reps [2]bench.Report
		for i, path := range fs.Args() {
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if err := json.Unmarshal(raw, &reps[i]); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
		}
		fmt.Fprint(stdout, bench.Compare(reps[0], reps[1]))
		return nil
	}
	if fs.NArg() > 0 || *samples < 1 {
		fs.Usage()
		return errUsage
	}
	cfg.ReadOnly = true
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	rep, err := bench.Run(ctx, store, bench.Config{Samples: *samples, Seed: *seed, Busiest: *busiest})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprint(stdout, rep.Table())
	return nil
}

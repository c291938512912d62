// Command eventgraph-load loads a running eventgraph server with
// concurrent clients over a mix of read routes and prints what they got:
// requests per second, p50 and p99 per route, and every status. It exits
// 1 when any answer was a 5xx or a transport error. scripts/load runs it
// against both backends.
//
// With --compare it measures instead, one class after another for
// --duration each with the same clients, varied timeline requests
// (actors, date ranges, types, next cursors), varied who-met-whom
// requests, /healthz, and /bench/bytes at the mean size of the timeline
// answers, and prints req/s, p50, p99 and mean bytes per class and the
// ratios timeline ÷ bytes and met ÷ bytes; with --server-pid also the
// server's CPU time per request, which other work on a shared machine
// disturbs less than requests per second. The server must be started with
// --bench-routes. It exits 1 when any answer was not a 200.
// scripts/bench-api runs it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/eventgraph/eventgraph/internal/load"
)

func main() {
	var cfg load.Config
	flag.StringVar(&cfg.Base, "base", "http://127.0.0.1:8080", "the server's URL")
	flag.IntVar(&cfg.Clients, "clients", 64, "concurrent clients")
	flag.DurationVar(&cfg.Duration, "duration", 60*time.Second, "how long to load the server (with --compare: each class, each round; default 20s there)")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed of the request mix")
	compare := flag.Bool("compare", false, "compare timeline and met with /healthz and /bench/bytes (needs serve --bench-routes)")
	warmup := flag.Duration("warmup", 2*time.Second, "with --compare: unmeasured load before each class")
	rounds := flag.Int("rounds", 1, "with --compare: how many times to run the sequence of classes")
	serverPID := flag.Int("server-pid", 0, "with --compare: the server's process id on this machine (Linux), to measure its CPU time per request")
	flag.Parse()
	durationSet := false
	flag.Visit(func(f *flag.Flag) { durationSet = durationSet || f.Name == "duration" })
	if *compare && !durationSet {
		cfg.Duration = 20 * time.Second
	}
	if cfg.Clients < 1 || cfg.Duration <= 0 || *rounds < 1 || *warmup < 0 {
		fmt.Fprintln(os.Stderr, "eventgraph-load: --clients, --duration and --rounds must be positive, --warmup not negative")
		os.Exit(2)
	}
	if *compare {
		res, err := load.Compare(context.Background(), load.CompareConfig{Base: cfg.Base, Clients: cfg.Clients,
			PerClass: cfg.Duration, Warmup: *warmup, Rounds: *rounds, Seed: cfg.Seed, ServerPID: *serverPID})
		if err != nil {
			fmt.Fprintf(os.Stderr, "eventgraph-load: %v\n", err)
			os.Exit(1)
		}
		fmt.Print(res)
		if n := res.Failed(); n > 0 {
			fmt.Fprintf(os.Stderr, "eventgraph-load: %d answers were not 200\n", n)
			os.Exit(1)
		}
		return
	}
	res, err := load.Run(context.Background(), cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "eventgraph-load: %v\n", err)
		os.Exit(1)
	}
	fmt.Print(res)
	if n := res.ServerErrors(); n > 0 {
		fmt.Fprintf(os.Stderr, "eventgraph-load: %d server errors\n", n)
		os.Exit(1)
	}
}

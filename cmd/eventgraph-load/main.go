// Command eventgraph-load loads a running eventgraph server with
// concurrent clients over a mix of read routes and prints what they got:
// requests per second, p50 and p99 per route, and every status. It exits
// 1 when any answer was a 5xx or a transport error. scripts/load runs it
// against both backends.
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
	flag.DurationVar(&cfg.Duration, "duration", 60*time.Second, "how long to load the server")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed of the request mix")
	flag.Parse()
	if cfg.Clients < 1 || cfg.Duration <= 0 {
		fmt.Fprintln(os.Stderr, "eventgraph-load: --clients and --duration must be positive")
		os.Exit(2)
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

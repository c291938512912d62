package main

import (
	"context"
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/importer/gen"
)

// runGen is "eventgraph gen": it writes a synthetic corpus that import
// reads, for measuring the graph at scale and exercising merging.
func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("gen", "--events N [--seed S] --out DIR", stderr)
	events := fs.Int("events", 1000, "how many events the corpus tells")
	seed := fs.Uint64("seed", 1, "the seed: one seed, one corpus")
	out := fs.String("out", "", "the folder to write the articles and annotations into")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || *events < 1 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "eventgraph gen: give --out DIR and a positive --events")
		fs.Usage()
		return errUsage
	}
	sum, err := gen.Write(*out, gen.Config{Events: *events, Seed: *seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d articles telling %d events in %d reports to %s\n", sum.Articles, sum.Events, sum.Reports, *out)
	return nil
}

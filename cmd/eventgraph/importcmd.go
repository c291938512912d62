package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
)

func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("import", "[--store URI] PATH...", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI: sqlite:PATH, neo4j://HOST, neo4j+s://HOST, bolt://HOST (env EVENTGRAPH_STORE)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "eventgraph import: name at least one article file or folder")
		fs.Usage()
		return errUsage
	}
	// Validate before opening the store: bad input must not even touch it.
	if _, _, err := importer.Load(fs.Args()); err != nil {
		return err
	}
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	before, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if _, err := importer.Import(ctx, store, fs.Args(), stdout); err != nil {
		return err
	}
	after, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "store %s now holds %s\n", cfg.Redacted(), describeDelta(before, after))
	return nil
}

// describeDelta summarises the node and edge totals and their change.
func describeDelta(before, after graph.Stats) string {
	total := func(m map[string]int, keys ...string) int {
		n := 0
		for _, k := range keys {
			n += m[k]
		}
		return n
	}
	edges := func(s graph.Stats) int {
		n := 0
		for _, v := range s.Edges {
			n += v
		}
		return n
	}
	nodes := func(s graph.Stats) int { return total(s.Nodes, "Article", "Actor", "Event") + placesOnly(s) }
	return fmt.Sprintf("%d nodes (%+d) and %d edges (%+d)", nodes(after), nodes(after)-nodes(before),
		edges(after), edges(after)-edges(before))
}

// placesOnly counts the places that are not also actors (countries).
func placesOnly(s graph.Stats) int { return s.Nodes["Place"] - s.Nodes[string(graph.Country)] }

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", "PATH...", stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	facts, files, err := importer.Load(fs.Args())
	if err != nil {
		return err
	}
	for i, f := range facts {
		fmt.Fprintf(stdout, "ok %s (%s): %d actors, %d places, %d events, %d relations\n", f.Article.ID, files[i],
			len(f.Actors), len(f.Places), len(f.Events), len(f.Relations))
	}
	return nil
}

func runStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("stats", "[--store URI] [--json]", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	asJSON := fs.Bool("json", false, "print JSON: {\"nodes\": {label: count}, \"edges\": {type: count}}")
	if err := parse(fs, args); err != nil {
		return err
	}
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	for _, part := range []struct {
		title string
		m     map[string]int
	}{{"nodes", st.Nodes}, {"edges", st.Edges}} {
		fmt.Fprintf(stdout, "%s:\n", part.title)
		keys := make([]string, 0, len(part.m))
		for k := range part.m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(stdout, "  %-16s %d\n", k, part.m[k])
		}
	}
	return nil
}

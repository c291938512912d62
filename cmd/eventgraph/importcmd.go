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
	nb, eb := totals(before)
	na, ea := totals(after)
	return fmt.Sprintf("%d nodes (%+d) and %d edges (%+d)", na, na-nb, ea, ea-eb)
}

// totals counts distinct nodes and all edges. Every node has exactly one
// of the labels Article, Actor, Event and Place, except countries, which
// are both Actor and Place.
func totals(s graph.Stats) (nodes, edges int) {
	nodes = s.Nodes["Article"] + s.Nodes["Actor"] + s.Nodes["Event"] + s.Nodes["Place"] - s.Nodes[string(graph.Country)]
	for _, n := range s.Edges {
		edges += n
	}
	return nodes, edges
}

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

package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/eventgraph/eventgraph/graph/open"
)

// runMerges lists the merge decisions of imports, or with "split" undoes
// one.
func runMerges(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "split" {
		return runSplit(ctx, args[1:], stdout, stderr)
	}
	cfg := open.FromEnv()
	fs := newFlags("merges", "[--store URI] [--json] | merges split [--store URI] --overrides FILE FROM TO", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	asJSON := fs.Bool("json", false, "print the decisions as JSON, as GET /api/v1/merges does")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	cfg.ReadOnly = true
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	ms, err := store.Merges(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, ms)
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ARTICLE\tKIND\tFROM\tTO\tRULE\tSCORE")
	for _, m := range ms {
		to := m.To
		if to == "" {
			to = fmt.Sprintf("(kept apart: %v)", m.Candidates)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%.2f\n", m.Article, m.Kind, m.From, to, m.Rule, m.Score)
	}
	return w.Flush()
}

// runSplit records that two ids name different nodes and rewrites the
// articles whose imports merged them.
func runSplit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("merges split", "[--store URI] --overrides FILE FROM TO", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	fs.StringVar(&cfg.Overrides, "overrides", cfg.Overrides, "the overrides file to add the pair to; later imports must read it too (env EVENTGRAPH_OVERRIDES)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 || cfg.Overrides == "" {
		fmt.Fprintln(stderr, "eventgraph merges split: give --overrides FILE and the two ids, FROM (the article's) and TO (the stored node)")
		fs.Usage()
		return errUsage
	}
	from, to := fs.Arg(0), fs.Arg(1)
	if _, err := open.AddNotSameAs(cfg.Overrides, from, to); err != nil {
		return err
	}
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	res, err := store.Split(ctx, from, to)
	if err != nil {
		return err
	}
	for _, r := range res {
		fmt.Fprintf(stdout, "%s %s\n", r.Status, r.Article)
	}
	fmt.Fprintf(stdout, "%s and %s are kept apart (recorded in %s)\n", from, to, cfg.Overrides)
	return nil
}

// runRemove removes articles and every fact only they state.
func runRemove(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("remove", "[--store URI] ARTICLE-ID...", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "eventgraph remove: name at least one article id")
		fs.Usage()
		return errUsage
	}
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	if err := store.Remove(ctx, fs.Args()); err != nil {
		return err
	}
	for _, id := range fs.Args() {
		fmt.Fprintf(stdout, "removed %s\n", id)
	}
	return nil
}

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
	fs := newFlags("bench", "[--store URI] [--samples N] [--busiest ACTOR-ID] [--json] | --compare SMALL.json LARGE.json"+
		" | --neo4j-import CORPUS-DIR --store bolt://HOST:PORT [--staged] [--write-group N] [--warm-up] [--csv-rows N] [--csv-via http|file] [--neo4j-admin-lib DIR] [--json]", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	samples := fs.Int("samples", 200, "how many instances of each kind of query to run")
	seed := fs.Uint64("seed", 1, "picks the instances")
	busiest := fs.String("busiest", "", "the actor in the most events (found by sampling when not given)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	compare := fs.Bool("compare", false, "compare two JSON reports given as arguments, SMALL LARGE: how each query's latency grew")
	neo4jImport := fs.String("neo4j-import", "", "import this corpus into the --store Neo4j database, which must be empty, with the project's import and with LOAD CSV, "+
		"and compare events/s; deletes everything it loads")
	csvRows := fs.Int("csv-rows", 1000, "with --neo4j-import: LOAD CSV's CALL { … } IN TRANSACTIONS OF N ROWS")
	csvVia := fs.String("csv-via", "http", "with --neo4j-import: how Neo4j reads the CSV files, http (a loopback server of this process) or file (file:///PATH, a server on this machine without an import directory)")
	stagedImport := fs.Bool("staged", false, "with --neo4j-import: run the project's import staged (import --staged)")
	group := fs.Int("write-group", 0, "with --neo4j-import: the project import's articles per transaction (import's default when 0)")
	warmUp := fs.Bool("warm-up", false, "with --neo4j-import: run each path once, untimed, before the timed runs (a server just started compiles its own code while the first runs)")
	adminLib := fs.String("neo4j-admin-lib", "", "with --neo4j-import: a folder of Neo4j 5 jars (such as the test server's lib) to run neo4j-admin database import on the same CSV files, offline (env JAVA: the java binary)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *neo4jImport != "" {
		if fs.NArg() > 0 || *compare || *csvRows < 1 {
			fs.Usage()
			return errUsage
		}
		rep, err := bench.ImportNeo4j(ctx, bench.Neo4jImportConfig{Corpus: []string{*neo4jImport}, Store: cfg,
			RowsPerTx: *csvRows, CSVVia: *csvVia, AdminLib: *adminLib, Java: os.Getenv("JAVA"), Log: stderr,
			Staged: *stagedImport, WriteGroup: *group, WarmUp: *warmUp})
		if err != nil {
			return err
		}
		if *asJSON {
			return printJSON(stdout, rep)
		}
		fmt.Fprint(stdout, rep.Table())
		return nil
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
		return printJSON(stdout, rep)
	}
	fmt.Fprint(stdout, rep.Table())
	return nil
}

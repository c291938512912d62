// Command eventgraph turns news articles into an event timeline knowledge
// graph and serves it. Each subcommand lives in a file of its own; the work
// itself is done by the importer, graph and api packages.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `eventgraph: an event timeline knowledge graph of news articles.

Usage:
  eventgraph import [--store URI] PATH...   import article files or folders; an article
                                            without an annotation is extracted
  eventgraph extract ARTICLE...             print the drafted annotation of articles
  eventgraph eval [--json] [--verbose] GOLD_DIR...
                                            score the extractor against curated articles
  eventgraph check [--store URI] PATH...    validate articles without writing (against a store too)
  eventgraph stats [--store URI] [--json]   count nodes by label and edges by type
  eventgraph remove [--store URI] ARTICLE-ID...
                                            remove articles and every fact only they state
  eventgraph merges [--store URI] [--json]  list the actors, places and events imports merged
  eventgraph merges split [--store URI] --overrides FILE FROM TO
                                            undo a merge: keep FROM and TO apart from now on
  eventgraph gen --events N [--seed S] --out DIR
                                            write a synthetic corpus (several outlets per event)
  eventgraph bench [--store URI] [--samples N] [--json]
                                            measure the store's queries: p50/p99 per kind
  eventgraph serve [--store URI] [--addr HOST:PORT] [--seeds DIR]
                                            serve the API and the timeline page; with
                                            $EVENTGRAPH_API_TOKEN set, also take writes

Run "eventgraph COMMAND --help" for a command's flags. The store defaults to
$EVENTGRAPH_STORE, else sqlite:data/eventgraph.db.
`

type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"import":  runImport,
	"extract": runExtract,
	"eval":    runEval,
	"check":   runCheck,
	"stats":   runStats,
	"remove":  runRemove,
	"merges":  runMerges,
	"gen":     runGen,
	"bench":   runBench,
	"serve":   runServe,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "eventgraph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(ctx, args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintf(stderr, "eventgraph %s: %v\n", args[0], err)
		return 1
	}
}

// errUsage marks a bad command line; the flag package has already said why.
var errUsage = errors.New("usage")

// newFlags makes a subcommand's flag set that reports to stderr.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: eventgraph %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, mapping a bad command line to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// printJSON writes v as indented JSON, the form of every command's --json.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

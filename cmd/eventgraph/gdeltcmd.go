package main

import (
	"context"
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer/gdelt"
)

// gdeltChunk is how many rows an import of GDELT exports writes per
// graph import (tests make it small).
var gdeltChunk = gdelt.DefaultChunk

// runImportGDELT imports GDELT event export files (import --format gdelt).
//
// With --on-error fail every row of every file is converted and checked
// first, holding one row at a time; any problem is reported as
// FILE:LINE: field: reason, all at once, and nothing is written (the
// store is not opened). Then the chunks are checked against the store,
// still writing nothing, and only then written. With --on-error skip a
// row with a problem is listed on stderr and left out, and the rest are
// imported. Either way the rows are read again and written in chunks.
func runImportGDELT(ctx context.Context, cfg open.Config, files []string, onError string, group int, stdout, stderr io.Writer) error {
	if onError != "fail" && onError != "skip" {
		fmt.Fprintf(stderr, "eventgraph import: --on-error must be fail or skip, not %q\n", onError)
		return errUsage
	}
	skip := onError == "skip"
	if err := gdelt.CheckFiles(files, skip); err != nil {
		return err
	}
	return importing(ctx, cfg, stdout, func(store *graph.Graph) error {
		sum, err := gdelt.Import(ctx, store, files, gdelt.Options{Skip: skip, Chunk: gdeltChunk, Group: group, Out: stdout, Log: stderr})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "imported %d rows, skipped %d\n", sum.Rows, sum.Skipped)
		return nil
	})
}

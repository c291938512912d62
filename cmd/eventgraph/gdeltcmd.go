package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/gdelt"
)

// gdeltChunk is how many rows an import of GDELT exports writes per
// graph import: memory holds one chunk's articles, never a whole file.
var gdeltChunk = 500

// runImportGDELT imports GDELT event export files (import --format gdelt).
//
// With --on-error fail every row of every file is converted and checked
// first, holding one row at a time; any problem is reported as
// FILE:LINE: field: reason, all at once, and nothing is written (the
// store is not opened). Then the chunks are checked against the store,
// still writing nothing, and only then written. With --on-error skip a
// row with a problem is listed on stderr and left out, and the rest are
// imported. Either way the rows are read again and written in chunks.
func runImportGDELT(ctx context.Context, cfg open.Config, files []string, onError string, stdout, stderr io.Writer) error {
	if onError != "fail" && onError != "skip" {
		fmt.Fprintf(stderr, "eventgraph import: --on-error must be fail or skip, not %q\n", onError)
		return errUsage
	}
	skip := onError == "skip"
	if skip {
		if err := gdeltReadable(files); err != nil {
			return err
		}
	} else if err := gdeltCheckRows(files); err != nil {
		return err
	}
	return importing(ctx, cfg, stdout, func(store *graph.Graph) error {
		if !skip {
			if err := gdeltCheckStore(ctx, store, files); err != nil {
				return err
			}
		}
		w := &gdeltWriter{store: store, skip: skip, stdout: stdout, stderr: stderr}
		if err := w.run(ctx, files); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "imported %d rows, skipped %d\n", w.rows, w.skipped)
		return nil
	})
}

// errStopScan ends a scan early.
var errStopScan = errors.New("stop")

// gdeltReadable checks that every file can be opened and read as an
// export, plain or zipped, before anything is written.
func gdeltReadable(files []string) error {
	var probs []importer.Problem
	for _, f := range files {
		err := gdelt.Scan(f, func(gdelt.Line) error { return errStopScan })
		if err != nil && !errors.Is(err, errStopScan) {
			probs = append(probs, importer.Problem{File: f, Message: "cannot read: " + err.Error()})
		}
	}
	if len(probs) > 0 {
		return &importer.ValidationError{Problems: probs}
	}
	return nil
}

// gdeltCheckRows is pass 1 of --on-error fail: every row of every file
// converted and checked on its own, one row in memory at a time.
func gdeltCheckRows(files []string) error {
	var probs []importer.Problem
	conv := gdelt.NewConverter()
	for _, f := range files {
		err := conv.ReadFile(f, func(r gdelt.Row) error {
			probs = append(probs, r.Problems...)
			return nil
		})
		if err != nil {
			probs = append(probs, importer.Problem{File: f, Message: "cannot read: " + err.Error()})
		}
	}
	if len(probs) > 0 {
		return &importer.ValidationError{Problems: probs}
	}
	return nil
}

// gdeltChunkOf is the rows of one file being imported together.
type gdeltChunkOf struct {
	file  string
	facts []*graph.ArticleFacts
	lines []int
}

func (c *gdeltChunkOf) add(r gdelt.Row) {
	c.facts = append(c.facts, r.Facts)
	c.lines = append(c.lines, r.Line)
}

func (c *gdeltChunkOf) reset() { c.facts, c.lines = nil, nil }

// lineOf is the line of the row an article stands for, 0 if none.
func (c *gdeltChunkOf) lineOf(article string) int {
	for i, f := range c.facts {
		if f.Article.ID == article {
			return c.lines[i]
		}
	}
	return 0
}

// problems turns the graph's problems with a chunk into its rows'.
func (c *gdeltChunkOf) problems(fe *graph.FactsError) []importer.Problem {
	var out []importer.Problem
	for _, p := range fe.Problems {
		field := p.Fact.String()
		if p.Field != "" {
			field += " " + p.Field
		}
		out = append(out, importer.Problem{File: c.file, Line: c.lineOf(p.Article), Field: field, Message: p.Reason})
	}
	return out
}

// eachChunk converts the rows of files and calls fn with each chunk of
// good rows; bad is called with each row that has problems.
func eachChunk(files []string, bad func(gdelt.Row), fn func(*gdeltChunkOf) error) error {
	conv := gdelt.NewConverter()
	for _, f := range files {
		c := &gdeltChunkOf{file: f}
		err := conv.ReadFile(f, func(r gdelt.Row) error {
			if len(r.Problems) > 0 {
				bad(r)
				return nil
			}
			c.add(r)
			if len(c.facts) < gdeltChunk {
				return nil
			}
			err := fn(c)
			c.reset()
			return err
		})
		if err == nil && len(c.facts) > 0 {
			err = fn(c)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	return nil
}

// gdeltCheckStore checks every chunk against the store as an import
// would, writing nothing: with --on-error fail nothing is written unless
// every row passes.
func gdeltCheckStore(ctx context.Context, store *graph.Graph, files []string) error {
	var probs []importer.Problem
	err := eachChunk(files, func(r gdelt.Row) { probs = append(probs, r.Problems...) }, func(c *gdeltChunkOf) error {
		err := store.Check(ctx, c.facts)
		var fe *graph.FactsError
		if errors.As(err, &fe) {
			probs = append(probs, c.problems(fe)...)
			return nil
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(probs) > 0 {
		return &importer.ValidationError{Problems: probs}
	}
	return nil
}

// gdeltWriter writes the rows of exports in chunks and says what it did.
type gdeltWriter struct {
	store          *graph.Graph
	skip           bool
	stdout, stderr io.Writer
	// rows and skipped count the rows written and left out; last names
	// the last row written.
	rows, skipped int
	last          string
}

func (w *gdeltWriter) skipRow(r gdelt.Row) {
	w.skipped++
	for _, p := range r.Problems {
		fmt.Fprintf(w.stderr, "skipped %s\n", p)
	}
}

func (w *gdeltWriter) run(ctx context.Context, files []string) error {
	// With fail, pass 1 found no bad row; converting is deterministic,
	// but a row that is bad now is still listed, never dropped silently.
	return eachChunk(files, w.skipRow, func(c *gdeltChunkOf) error { return w.write(ctx, c) })
}

// write imports one chunk. With skip, rows the graph refuses (an id the
// store holds as another kind of node) are listed and left out, and the
// rest of the chunk is imported.
func (w *gdeltWriter) write(ctx context.Context, c *gdeltChunkOf) error {
	if err := ctx.Err(); err != nil {
		return w.stopped(err)
	}
	for len(c.facts) > 0 {
		var added, updated, unchanged int
		at := map[string]int{}
		for i, f := range c.facts {
			at[f.Article.ID] = i
		}
		_, err := w.store.Import(ctx, c.facts, func(res graph.ImportResult) {
			switch res.Status {
			case graph.Added:
				added++
			case graph.Updated:
				updated++
			default:
				unchanged++
			}
			w.rows++
			w.last = fmt.Sprintf("%s:%d, article %s", c.file, c.lines[at[res.Article]], res.Article)
		})
		var ie *graph.InterruptedError
		var fe *graph.FactsError
		switch {
		case errors.As(err, &ie):
			return w.stopped(ie.Err)
		case errors.As(err, &fe) && w.skip:
			w.dropRefused(c, fe)
			continue
		case errors.As(err, &fe):
			return &importer.ValidationError{Problems: c.problems(fe)}
		case err != nil:
			return w.stopped(err)
		}
		fmt.Fprintf(w.stdout, "rows %d-%d of %s: %d added, %d updated, %d unchanged\n",
			c.lines[0], c.lines[len(c.lines)-1], c.file, added, updated, unchanged)
		return nil
	}
	return nil
}

// dropRefused lists and leaves out the rows of a chunk whose articles the
// graph refused.
func (w *gdeltWriter) dropRefused(c *gdeltChunkOf, fe *graph.FactsError) {
	refused := map[string]bool{}
	for _, p := range c.problems(fe) {
		fmt.Fprintf(w.stderr, "skipped %s\n", p)
	}
	for _, p := range fe.Problems {
		refused[p.Article] = true
	}
	kept := &gdeltChunkOf{file: c.file}
	for i, f := range c.facts {
		if refused[f.Article.ID] {
			w.skipped++
			continue
		}
		kept.facts = append(kept.facts, f)
		kept.lines = append(kept.lines, c.lines[i])
	}
	if len(kept.facts) == len(c.facts) {
		// A problem the rows cannot be blamed for: give up on the chunk
		// rather than loop.
		w.skipped += len(c.facts)
		kept.facts, kept.lines = nil, nil
	}
	*c = *kept
}

// stopped says how far an interrupted import got.
func (w *gdeltWriter) stopped(err error) error {
	last := "none"
	if w.last != "" {
		last = "the last " + w.last
	}
	return fmt.Errorf("import stopped after writing %d rows whole (%s; rows after it were not written); run the same command again to complete it: %w",
		w.rows, last, err)
}

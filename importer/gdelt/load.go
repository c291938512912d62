package gdelt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

// DefaultChunk is how many rows an import of exports writes per graph
// import: memory holds one chunk's articles, never a whole file.
const DefaultChunk = 500

// Options says how Import goes about rows with problems and what it
// reports.
type Options struct {
	// Skip lists a row with a problem on Log and leaves it out;
	// otherwise any problem refuses the whole import.
	Skip bool
	// Chunk is how many rows are written per graph import (DefaultChunk
	// when 0).
	Chunk int
	// Group is how many rows a transaction writes
	// (importer.DefaultWriteGroup when 0; 1 for a row each).
	Group int
	// Out gets a line per chunk written, Log a line per row skipped.
	Out, Log io.Writer
}

// Summary is what an import did.
type Summary struct {
	Rows, Skipped int
}

// CheckFiles is what an import checks before the store is opened: with
// skip, that every file can be read as an export; otherwise that every
// row of every file converts and passes the checks of its own, one row in
// memory at a time. Every problem is reported as FILE:LINE: field: reason,
// all at once.
func CheckFiles(files []string, skip bool) error {
	if skip {
		return readable(files)
	}
	return checkRows(files)
}

// Import writes the rows of export files into g in chunks. Without Skip,
// the chunks are first checked against the store, writing nothing, so
// that nothing is written unless every row passes; run CheckFiles first.
// An import that stops part way says how many rows were written whole
// and which was last; running it again completes it.
func Import(ctx context.Context, g *graph.Graph, files []string, o Options) (Summary, error) {
	size := o.Chunk
	if size <= 0 {
		size = DefaultChunk
	}
	out, log := o.Out, o.Log
	if out == nil {
		out = io.Discard
	}
	if log == nil {
		log = io.Discard
	}
	if !o.Skip {
		if err := checkStore(ctx, g, files, size); err != nil {
			return Summary{}, err
		}
	}
	group := o.Group
	if group <= 0 {
		group = importer.DefaultWriteGroup
	}
	w := &writer{store: g.WithWriteGroups(group), skip: o.Skip, size: size, stdout: out, stderr: log}
	err := w.run(ctx, files)
	return Summary{Rows: w.rows, Skipped: w.skipped}, err
}

// errStopScan ends a scan early.
var errStopScan = errors.New("stop")

// readable checks that every file can be opened and read as an
// export, plain or zipped, before anything is written.
func readable(files []string) error {
	var probs []importer.Problem
	for _, f := range files {
		err := Scan(f, func(Line) error { return errStopScan })
		if err != nil && !errors.Is(err, errStopScan) {
			probs = append(probs, importer.Problem{File: f, Message: "cannot read: " + err.Error()})
		}
	}
	if len(probs) > 0 {
		return &importer.ValidationError{Problems: probs}
	}
	return nil
}

// checkRows is pass 1 of --on-error fail: every row of every file
// converted and checked on its own, one row in memory at a time.
func checkRows(files []string) error {
	var probs []importer.Problem
	conv := NewConverter()
	for _, f := range files {
		err := conv.ReadFile(f, func(r Row) error {
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

// chunk is the rows of one file being imported together.
type chunk struct {
	file  string
	facts []*graph.ArticleFacts
	lines []int
}

func (c *chunk) add(r Row) {
	c.facts = append(c.facts, r.Facts)
	c.lines = append(c.lines, r.Line)
}

func (c *chunk) reset() { c.facts, c.lines = nil, nil }

// lineOf is the line of the row an article stands for, 0 if none.
func (c *chunk) lineOf(article string) int {
	for i, f := range c.facts {
		if f.Article.ID == article {
			return c.lines[i]
		}
	}
	return 0
}

// problems turns the graph's problems with a chunk into its rows'.
func (c *chunk) problems(fe *graph.FactsError) []importer.Problem {
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

// eachChunk converts the rows of files and calls fn with each chunk of at
// most size good rows; bad is called with each row that has problems.
func eachChunk(files []string, size int, bad func(Row), fn func(*chunk) error) error {
	conv := NewConverter()
	for _, f := range files {
		c := &chunk{file: f}
		err := conv.ReadFile(f, func(r Row) error {
			if len(r.Problems) > 0 {
				bad(r)
				return nil
			}
			c.add(r)
			if len(c.facts) < size {
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

// checkStore checks every chunk against the store as an import
// would, writing nothing: with --on-error fail nothing is written unless
// every row passes.
func checkStore(ctx context.Context, store *graph.Graph, files []string, size int) error {
	var probs []importer.Problem
	err := eachChunk(files, size, func(r Row) { probs = append(probs, r.Problems...) }, func(c *chunk) error {
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

// writer writes the rows of exports in chunks and says what it did.
type writer struct {
	store          *graph.Graph
	skip           bool
	size           int
	stdout, stderr io.Writer
	// rows and skipped count the rows written and left out; last names
	// the last row written, uncertain the rows whose write may or may not
	// have been committed when the store went away.
	rows, skipped   int
	last, uncertain string
}

func (w *writer) skipRow(r Row) {
	w.skipped++
	for _, p := range r.Problems {
		fmt.Fprintf(w.stderr, "skipped %s\n", p)
	}
}

func (w *writer) run(ctx context.Context, files []string) error {
	// With fail, pass 1 found no bad row; converting is deterministic,
	// but a row that is bad now is still listed, never dropped silently.
	return eachChunk(files, w.size, w.skipRow, func(c *chunk) error { return w.write(ctx, c) })
}

// write imports one chunk. With skip, rows the graph refuses (an id the
// store holds as another kind of node) are listed and left out, and the
// rest of the chunk is imported.
func (w *writer) write(ctx context.Context, c *chunk) error {
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
			// Their commit's answer was lost: they may be in the store.
			var rows []string
			for _, id := range ie.Uncertain {
				rows = append(rows, fmt.Sprintf("%s:%d, article %s", c.file, c.lines[at[id]], id))
			}
			w.uncertain = strings.Join(rows, "; ")
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
func (w *writer) dropRefused(c *chunk, fe *graph.FactsError) {
	refused := map[string]bool{}
	for _, p := range c.problems(fe) {
		fmt.Fprintf(w.stderr, "skipped %s\n", p)
	}
	for _, p := range fe.Problems {
		refused[p.Article] = true
	}
	kept := &chunk{file: c.file}
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
func (w *writer) stopped(err error) error {
	last := "none"
	if w.last != "" {
		last = "the last " + w.last
	}
	if w.uncertain != "" {
		last += "; " + w.uncertain + " may have been written whole (all of them or none): the store went away while it was committed"
	}
	return fmt.Errorf("import stopped after writing %d rows whole (%s; rows after it were not written); run the same command again to complete it: %w",
		w.rows, last, err)
}

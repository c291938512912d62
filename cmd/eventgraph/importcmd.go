package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"time"

	"golang.org/x/term"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/extract"
)

func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("import", "[--store URI] PATH...", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI: sqlite:PATH, neo4j://HOST, neo4j+s://HOST, bolt://HOST (env EVENTGRAPH_STORE)")
	lexicons := lexiconFlag(fs)
	maxArticle := articleLimitFlag(fs)
	format := fs.String("format", "articles", "what the files hold: articles (with annotations, or extracted) or gdelt (GDELT 1.0/2.0 event exports)")
	onError := fs.String("on-error", "fail", "for --format gdelt, a malformed row: fail (write nothing) or skip (import the rest; every skipped row is listed)")
	missing := fs.Bool("missing", false, "import only the articles the store does not hold yet (by id), leaving the others as they are: finishes an interrupted import without going over what it wrote")
	fs.BoolVar(&cfg.Staged, "staged", false, "for a first load into an empty Neo4j store: resolve the articles against a temporary local copy (under TMPDIR) and send Neo4j only the writes, a transaction per write group; nothing else may write the store meanwhile")
	group := fs.Int("write-group", importer.DefaultWriteGroup, "articles (or GDELT rows) written in one transaction; an interruption undoes at most a group (1: each on its own)")
	plainOf := plainFlags(fs)
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the import to this file, for go tool pprof: where an import's time goes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "eventgraph import: --cpuprofile: %v\n", err)
			return errUsage
		}
		defer stop()
	}
	plain, err := plainOf()
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph import: %v\n", err)
		return errUsage
	}
	if *group < 1 {
		fmt.Fprintf(stderr, "eventgraph import: --write-group must be at least 1, not %d\n", *group)
		return errUsage
	}
	switch *format {
	case "articles":
	case "gdelt":
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "eventgraph import: name at least one GDELT export file")
			return errUsage
		}
		return runImportGDELT(ctx, cfg, fs.Args(), *onError, *group, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "eventgraph import: --format must be articles or gdelt, not %q\n", *format)
		return errUsage
	}
	limit, err := articleLimit(*maxArticle)
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph import: %v\n", err)
		return errUsage
	}
	x, err := extract.New(*lexicons)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "eventgraph import: name at least one article file or folder")
		fs.Usage()
		return errUsage
	}
	// Files that are wrong on their own never open the store; the rest of
	// the checks (across articles, against the store) run chunk by chunk
	// before each chunk is written.
	// The lines on stdout are the report: none is kept in memory.
	opts := []importer.Option{importer.WithExtractor(x), importer.WithMaxArticleBytes(limit), importer.WithWriteGroups(*group),
		importer.WithoutReport(), importer.WithPlain(plain)}
	if *missing {
		opts = append(opts, importer.OnlyMissing())
	}
	prepared, err := importer.PrepareContext(ctx, fs.Args(), opts...)
	if err != nil {
		return err
	}
	return importing(ctx, cfg, stdout, func(store *graph.Graph) error {
		meter := newProgressMeter(stderr, time.Now)
		_, err := prepared.Import(ctx, store, stdout, meter.update)
		meter.finish()
		return err
	})
}

// importing opens the store, runs an import on it with fn and, when fn
// succeeds, says what the store holds now and how that changed.
func importing(ctx context.Context, cfg open.Config, stdout io.Writer, fn func(*graph.Graph) error) error {
	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	before, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if err := fn(store); err != nil {
		return err
	}
	after, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "store %s now holds %s\n", cfg.Redacted(), describeDelta(before, after))
	return nil
}

// progressMeter shows a long import's progress on a terminal: one line,
// rewritten at most a few times a second. It is silent when w is not a
// terminal, so logs and pipes get only the report.
type progressMeter struct {
	w          io.Writer
	now        func() time.Time
	start, at  time.Time
	shown      bool
	lastLength int
}

// newProgressMeter returns a meter writing to w, or nil (which does
// nothing) when w is not a terminal.
func newProgressMeter(w io.Writer, now func() time.Time) *progressMeter {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progressMeter{w: w, now: now, start: now()}
}

// update redraws the line, at most every 200 ms and on the last article.
func (m *progressMeter) update(p importer.Progress) {
	if m == nil {
		return
	}
	t := m.now()
	if t.Sub(m.at) < 200*time.Millisecond && p.Articles < p.Total {
		return
	}
	m.at, m.shown = t, true
	line := progressLine(p, t.Sub(m.start))
	pad := max(0, m.lastLength-len(line))
	m.lastLength = len(line)
	fmt.Fprintf(m.w, "\r%s%*s", line, pad, "")
}

// finish ends the progress line so that what follows starts on its own.
func (m *progressMeter) finish() {
	if m != nil && m.shown {
		fmt.Fprintln(m.w)
	}
}

// progressLine says how far an import has come after elapsed: articles
// and events done, the rate and the time left at that rate.
func progressLine(p importer.Progress, elapsed time.Duration) string {
	line := fmt.Sprintf("%d/%d articles, %d events", p.Articles, p.Total, p.Events)
	if secs := elapsed.Seconds(); secs > 0 && p.Articles > 0 {
		rate := float64(p.Articles) / secs
		left := time.Duration(float64(p.Total-p.Articles) / rate * float64(time.Second)).Round(time.Second)
		line += fmt.Sprintf(", %.1f articles/s, %s left", rate, left)
	}
	return line
}

// describeDelta summarises the node and edge totals and their change.
func describeDelta(before, after graph.Stats) string {
	edges := func(s graph.Stats) int {
		n := 0
		for _, c := range s.Edges {
			n += c
		}
		return n
	}
	eb, ea := edges(before), edges(after)
	return fmt.Sprintf("%d nodes (%+d) and %d edges (%+d)", after.Nodes, after.Nodes-before.Nodes, ea, ea-eb)
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", "[--store URI] PATH...", stderr)
	storeURI := fs.String("store", "", "also check against this store, exactly as import would (default: the files alone)")
	lexicons := lexiconFlag(fs)
	maxArticle := articleLimitFlag(fs)
	plainOf := plainFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	plain, err := plainOf()
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph check: %v\n", err)
		return errUsage
	}
	limit, err := articleLimit(*maxArticle)
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph check: %v\n", err)
		return errUsage
	}
	x, err := extract.New(*lexicons)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	var g *graph.Graph
	if *storeURI != "" {
		cfg := open.FromEnv()
		cfg.URI, cfg.ReadOnly = *storeURI, true
		if g, err = open.Store(ctx, cfg); err != nil {
			return err
		}
		defer g.Close(context.WithoutCancel(ctx))
	}
	b, err := importer.Check(ctx, g, fs.Args(), importer.WithExtractor(x), importer.WithMaxArticleBytes(limit), importer.WithPlain(plain))
	if err != nil {
		return err
	}
	for _, n := range b.Notes {
		fmt.Fprintf(stdout, "note: %s\n", n)
	}
	for i, f := range b.Facts {
		fmt.Fprintf(stdout, "ok %s (%s, %s): %d actors, %d places, %d events, %d relations\n", f.Article.ID, b.Files[i], f.Article.Method,
			len(f.Actors), len(f.Places), len(f.Events), len(f.Relations))
	}
	return nil
}

func runStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	fs := newFlags("stats", "[--store URI] [--json]", stderr)
	fs.StringVar(&cfg.URI, "store", cfg.URI, "store URI (env EVENTGRAPH_STORE)")
	asJSON := fs.Bool("json", false, "print the counts as JSON, as GET /api/v1/stats does")
	if err := parse(fs, args); err != nil {
		return err
	}
	// Counting must not create the store it counts.
	cfg.ReadOnly = true
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
		return printJSON(stdout, st)
	}
	fmt.Fprintf(stdout, "%d nodes: %d articles, %d actors, %d places (a country is an actor and a place), %d events\n",
		st.Nodes, st.Articles, st.Actors, st.Places, st.Events)
	for _, part := range []struct {
		title string
		m     map[string]int
	}{
		{"actors by kind", keyed(st.ActorsByKind)}, {"places by kind", keyed(st.PlacesByKind)},
		{"events by type", keyed(st.EventsByType)}, {"edges by type", st.Edges},
	} {
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

// keyed turns a map keyed by a vocabulary type into one keyed by strings.
func keyed[K ~string](m map[K]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, n := range m {
		out[string(k)] = n
	}
	return out
}

// startCPUProfile profiles the process's CPU into path until the
// returned function is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

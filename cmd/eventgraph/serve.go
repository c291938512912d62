package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/eventgraph/eventgraph/api"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/extract"
	"github.com/eventgraph/eventgraph/web"
)

// Defaults of eventgraph serve.
const (
	defaultAddr = "127.0.0.1:8080"
	// defaultTimelineMemory (MiB) holds the timeline of about 230k
	// generated events, encoded (BENCHMARKS.md).
	defaultTimelineMemory = 512
	defaultSeeds          = "seeds"
	// maxTimelineStaleness bounds --timeline-staleness: a reader of a
	// crisis followed live should not wait longer for another process's
	// article.
	maxTimelineStaleness = time.Minute
	// shutdownGrace is how long in-flight requests get to finish after
	// SIGINT or SIGTERM.
	shutdownGrace = 10 * time.Second
)

// serveTimeouts bound each connection so that slow or idle clients cannot
// hold the server's resources. WriteTimeout sits above the API's own
// per-request store timeout so that a slow query still gets its 503.
var serveTimeouts = struct{ readHeader, read, write, idle time.Duration }{
	readHeader: 5 * time.Second,
	read:       10 * time.Second,
	write:      api.DefaultRequestTimeout + 5*time.Second,
	idle:       120 * time.Second,
}

// runServe is "eventgraph serve": it opens the store, imports the seed
// articles it lacks, and serves the API until ctx is done or the
// process gets SIGINT or SIGTERM, then drains requests and closes the
// store.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := open.FromEnv()
	flags := newFlags("serve", "[--store URI] [--addr HOST:PORT] [--seeds DIR] [--lexicons DIR] [write and CORS flags]", stderr)
	flags.StringVar(&cfg.URI, "store", cfg.URI, "store URI: sqlite:PATH, neo4j://HOST, neo4j+s://HOST, bolt://HOST (env EVENTGRAPH_STORE)")
	addr := flags.String("addr", envOr("EVENTGRAPH_ADDR", defaultAddr), "address to listen on, HOST:PORT (env EVENTGRAPH_ADDR)")
	seeds := flags.String("seeds", envOr("EVENTGRAPH_SEEDS", defaultSeeds), "folder whose articles the store lacks are imported on start; skipped if it does not exist (env EVENTGRAPH_SEEDS)")
	lexicons := lexiconFlag(flags)
	maxArticle := articleLimitFlag(flags)
	// The flag's default is not the environment's token: --help prints
	// defaults, and the token must never be printed.
	token := flags.String("api-token", "", "bearer token enabling POST and DELETE; prefer env "+api.TokenEnv+", since a flag shows in the process list (default: writes disabled)")
	maxBody := flags.String("max-body", envOr("EVENTGRAPH_MAX_BODY", strconv.Itoa(api.DefaultMaxBody)), "largest write body in bytes (env EVENTGRAPH_MAX_BODY)")
	writeRate := flags.String("write-rate", envOr("EVENTGRAPH_WRITE_RATE", strconv.FormatFloat(api.DefaultWriteRate, 'f', -1, 64)), "writes per second each client address may make (env EVENTGRAPH_WRITE_RATE)")
	writeBurst := flags.String("write-burst", envOr("EVENTGRAPH_WRITE_BURST", strconv.Itoa(api.DefaultWriteBurst)), "writes a client address may make at once (env EVENTGRAPH_WRITE_BURST)")
	corsOrigins := flags.String("cors-origins", os.Getenv("EVENTGRAPH_CORS_ORIGINS"), "comma-separated origins whose pages may call the API, or * for any (env EVENTGRAPH_CORS_ORIGINS; default: none)")
	timelineMemory := flags.String("timeline-memory", envOr("EVENTGRAPH_TIMELINE_MEMORY", strconv.Itoa(defaultTimelineMemory)), "MiB of encoded events the timeline may keep in memory, answering from it while the store is unchanged; 0 turns it off (env EVENTGRAPH_TIMELINE_MEMORY)")
	timelineStaleness := flags.String("timeline-staleness", envOr("EVENTGRAPH_TIMELINE_STALENESS", "0s"), "how long the in-memory timeline may answer without asking the store whether another process wrote, e.g. 100ms; this server's own writes are seen at once; 0s asks on every request (env EVENTGRAPH_TIMELINE_STALENESS)")
	benchRoutes := flags.Bool("bench-routes", os.Getenv("EVENTGRAPH_BENCH_ROUTES") == "1", "benchmarking only: serve GET /bench/bytes?size=N and net/http/pprof under /debug/pprof/ (env EVENTGRAPH_BENCH_ROUTES=1)")
	if err := parse(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "eventgraph serve: unexpected argument %q\n", flags.Arg(0))
		flags.Usage()
		return errUsage
	}
	if err := checkAddr(*addr); err != nil {
		fmt.Fprintf(stderr, "eventgraph serve: --addr: %v\n", err)
		return errUsage
	}
	if cfg.URI == "" {
		fmt.Fprintln(stderr, "eventgraph serve: --store must not be empty")
		return errUsage
	}
	timelineMiB, err := strconv.Atoi(*timelineMemory)
	if err != nil || timelineMiB < 0 || timelineMiB > 1<<20 {
		fmt.Fprintf(stderr, "eventgraph serve: --timeline-memory (or EVENTGRAPH_TIMELINE_MEMORY): %q is not a number of MiB from 0 to 1048576\n", *timelineMemory)
		return errUsage
	}
	staleness, err := time.ParseDuration(*timelineStaleness)
	if err != nil || staleness < 0 || staleness > maxTimelineStaleness {
		fmt.Fprintf(stderr, "eventgraph serve: --timeline-staleness (or EVENTGRAPH_TIMELINE_STALENESS): %q is not a duration from 0s to %s\n", *timelineStaleness, maxTimelineStaleness)
		return errUsage
	}
	if *token == "" {
		*token = os.Getenv(api.TokenEnv)
	}
	wc, err := writeConfig(*token, *maxBody, *writeRate, *writeBurst, *corsOrigins)
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph serve: %v\n", err)
		return errUsage
	}
	limit, err := articleLimit(*maxArticle)
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph serve: %v\n", err)
		return errUsage
	}
	x, err := extract.New(*lexicons)
	if err != nil {
		return err
	}

	log := slog.New(slog.NewTextHandler(stderr, nil))
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	store, err := open.Store(ctx, cfg)
	if err != nil {
		return err
	}
	// The store closes after the server has drained, whatever the reason
	// for stopping; ctx is done by then, so the close gets its own.
	defer func() {
		closeCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		defer cancel()
		if err := store.Close(closeCtx); err != nil {
			log.Error("close store", "err", err)
		}
	}()
	log.Info("store open", "store", cfg.Redacted())

	if err := seedMissing(ctx, store, *seeds, log, importer.WithExtractor(x), importer.WithMaxArticleBytes(limit)); err != nil {
		return err
	}
	wc.announce(log)
	// The deferred close above closes this graph, which stops the
	// index's build in flight.
	store = store.WithTimelineIndex(int64(timelineMiB)<<20, log)
	store.SetTimelineStaleness(staleness)
	store.WarmTimelineIndex()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	opts := append(pageOption(log), wc.options(x, limit)...)
	if *benchRoutes {
		log.Warn("benchmark routes on: /bench/bytes and /debug/pprof/ are served; never do this in production")
		opts = append(opts, api.WithBenchRoutes())
	}
	srv := &http.Server{
		Handler:           api.New(store, log, opts...),
		ReadHeaderTimeout: serveTimeouts.readHeader,
		ReadTimeout:       serveTimeouts.read,
		WriteTimeout:      serveTimeouts.write,
		IdleTimeout:       serveTimeouts.idle,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	// The answers net/http writes itself (431, 400) are problem+json too.
	go func() { served <- srv.Serve(api.ProblemListener(ln)) }()
	log.Info("serving", "addr", "http://"+ln.Addr().String())

	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace", shutdownGrace)
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}

// seedMissing imports the articles of the seed folder the store does not
// hold yet, so that a fresh store serves something useful with no other
// step and a seeding that was interrupted (a crash, Ctrl-C) finishes on
// the next start. It does so only while the store holds nothing but seed
// articles: once other articles arrived, seeding was done, and a seed
// article missing then was removed on purpose and stays removed. Seed
// articles already stored are left as they are. A missing folder is not
// an error: a deployment may start empty on purpose.
func seedMissing(ctx context.Context, store *graph.Graph, dir string, log *slog.Logger, opts ...importer.Option) error {
	if dir == "" {
		return nil
	}
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		log.Info("no seed folder: nothing to seed", "seeds", dir)
		return nil
	}
	if err != nil {
		return fmt.Errorf("seed folder: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("seed folder %s is not a folder", dir)
	}
	b, err := importer.Load([]string{dir}, opts...)
	if err != nil {
		return fmt.Errorf("seeds in %s: %w", dir, err)
	}
	if others, err := holdsOthers(ctx, store, b); err != nil || others {
		if err == nil {
			log.Info("the store holds articles other than the seeds: seeding was done, nothing imported", "seeds", dir)
		}
		return err
	}
	rep, err := importer.ImportMissing(ctx, store, []string{dir}, nil, opts...)
	if err != nil {
		return fmt.Errorf("import seeds from %s: %w", dir, err)
	}
	if len(rep.Articles) == 0 {
		log.Info("seeds already in the store", "seeds", dir)
		return nil
	}
	ids := make([]string, 0, len(rep.Articles))
	for _, a := range rep.Articles {
		ids = append(ids, a.ID)
	}
	log.Info("imported the seed articles the store lacked", "seeds", dir, "articles", ids)
	return nil
}

// holdsOthers reports whether the store holds an article that is not in
// the seed batch: it counts first, and lists only a store no larger than
// the seeds.
func holdsOthers(ctx context.Context, store *graph.Graph, seeds *importer.Batch) (bool, error) {
	st, err := store.Stats(ctx)
	if err != nil {
		return false, fmt.Errorf("read store stats: %w", err)
	}
	if st.Articles > len(seeds.Facts) {
		return true, nil
	}
	seed := map[string]bool{}
	for _, f := range seeds.Facts {
		seed[f.Article.ID] = true
	}
	page, err := store.Articles(ctx, graph.ArticleQuery{Limit: graph.MaxLimit})
	if err != nil {
		return false, fmt.Errorf("list articles: %w", err)
	}
	for _, a := range page.Items {
		if !seed[a.ID] {
			return true, nil
		}
	}
	return false, nil
}

// serveWrites is the validated configuration of the write routes and of
// CORS.
type serveWrites struct {
	token      string
	maxBody    int64
	writeRate  float64
	writeBurst int
	origins    []string
}

// writeConfig checks the write and CORS settings as given by flags or the
// environment. No message repeats the token.
func writeConfig(token, maxBody, writeRate, writeBurst, origins string) (serveWrites, error) {
	var w serveWrites
	if token != "" {
		if err := api.CheckToken(token); err != nil {
			return w, fmt.Errorf("--api-token (or %s): %w", api.TokenEnv, err)
		}
		w.token = token
	}
	n, err := strconv.ParseInt(maxBody, 10, 64)
	if err != nil || n < 1 {
		return w, fmt.Errorf("--max-body (or EVENTGRAPH_MAX_BODY): %q is not a positive number of bytes", maxBody)
	}
	w.maxBody = n
	r, err := strconv.ParseFloat(writeRate, 64)
	if err != nil || r <= 0 || math.IsInf(r, 0) || math.IsNaN(r) {
		return w, fmt.Errorf("--write-rate (or EVENTGRAPH_WRITE_RATE): %q is not a positive number of writes per second", writeRate)
	}
	w.writeRate = r
	b, err := strconv.Atoi(writeBurst)
	if err != nil || b < 1 {
		return w, fmt.Errorf("--write-burst (or EVENTGRAPH_WRITE_BURST): %q is not a positive whole number", writeBurst)
	}
	w.writeBurst = b
	if w.origins, err = api.ParseOrigins(origins); err != nil {
		return w, fmt.Errorf("--cors-origins (or EVENTGRAPH_CORS_ORIGINS): %w", err)
	}
	return w, nil
}

// options are the API options of w, with x drafting posted articles that
// come without an annotation and maxArticle capping their text.
func (w serveWrites) options(x *extract.Extractor, maxArticle int) []api.Option {
	return []api.Option{
		api.WithAPIToken(w.token), api.WithMaxBody(w.maxBody), api.WithWriteRate(w.writeRate, w.writeBurst),
		api.WithExtractor(x), api.WithCORS(w.origins), api.WithMaxArticleBytes(maxArticle),
	}
}

// announce says at start whether writes are enabled and who may call the API
// from a browser; never the token itself.
func (w serveWrites) announce(log *slog.Logger) {
	if w.token == "" {
		log.Info("writes disabled: POST and DELETE answer 403; set " + api.TokenEnv + " to enable them")
	} else {
		log.Info("writes enabled for holders of the API token", "maxBody", w.maxBody, "writeRate", w.writeRate, "writeBurst", w.writeBurst)
	}
	if len(w.origins) == 0 {
		log.Info("CORS off: only pages served from this origin may call the API")
	} else {
		log.Info("CORS on", "origins", strings.Join(w.origins, ","))
	}
}

// checkAddr accepts HOST:PORT with a numeric port; HOST may be empty to
// listen on every interface.
func checkAddr(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%q is not HOST:PORT", addr)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("%q: port must be a number from 0 to 65535", addr)
	}
	return nil
}

// envOr returns the environment variable key, or def when it is unset or
// empty.
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// pageOption serves the web page alongside the API. A binary built before
// the page still serves the API; / then says how to build the page.
func pageOption(log *slog.Logger) []api.Option {
	if !web.Built() {
		log.Warn("web page not built into this binary: / will say so; run make web, then rebuild")
	}
	return []api.Option{api.WithPage(web.Dist())}
}

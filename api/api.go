// Package api serves the event graph over HTTP as JSON: actors, who met
// whom, the timeline (also in TimelineJS's format), paths and networks,
// events and articles, with health checks and the OpenAPI document that
// describes all of it. Errors are RFC 9457 problem details.
package api

import (
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// DefaultRequestTimeout bounds the store work of one request. A query
// that takes longer is answered with 503 rather than holding the
// connection until the server's write timeout cuts it off silently.
const DefaultRequestTimeout = 15 * time.Second

// Option configures the handler New builds.
type Option func(*config)

type config struct {
	page    fs.FS
	timeout time.Duration
}

// WithPage serves the web page: index.html of page at / and its other files
// by their paths. Paths under /api/v1 and the health checks always go to
// the API.
func WithPage(page fs.FS) Option { return func(c *config) { c.page = page } }

// WithRequestTimeout sets how long one request may spend in the store;
// zero or less keeps DefaultRequestTimeout.
func WithRequestTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.timeout = d
		}
	}
}

var releaseMode sync.Once

// New returns the HTTP handler serving g. Every request is logged to
// log, one line each.
func New(g *graph.Graph, log *slog.Logger, opts ...Option) http.Handler {
	cfg := config{timeout: DefaultRequestTimeout}
	for _, o := range opts {
		o(&cfg)
	}
	// Gin's debug mode prints every route to stdout at start; the request
	// log says all an operator needs. GIN_MODE still wins when set.
	releaseMode.Do(func() {
		if os.Getenv(gin.EnvGinMode) == "" {
			gin.SetMode(gin.ReleaseMode)
		}
	})

	h := &handlers{g: g, log: log}
	r := gin.New()
	// A redirect to the path with or without a trailing slash is a
	// response the OpenAPI document cannot describe; a plain 404 is.
	r.RedirectTrailingSlash = false
	r.RedirectFixedPath = false
	r.HandleMethodNotAllowed = true
	r.Use(requestLog(log), recoverer(log), commonHeaders, requestTimeout(cfg.timeout))

	r.GET("/healthz", h.healthz)
	r.GET("/readyz", h.readyz)

	v1 := r.Group("/api/v1")
	v1.GET("/openapi.json", serveOpenAPI)
	v1.GET("/actors", h.wrap(h.actors))
	v1.GET("/actors/:id", h.wrap(h.actor))
	v1.GET("/actors/:id/met", h.wrap(h.met))
	v1.GET("/actors/:id/network", h.wrap(h.network))
	v1.GET("/meetings", h.wrap(h.meetings))
	v1.GET("/timeline", h.wrap(h.timeline))
	v1.GET("/timeline.timelinejs", h.wrap(h.timelineJS))
	v1.GET("/events/:id", h.wrap(h.event))
	v1.GET("/articles", h.wrap(h.articles))
	v1.GET("/articles/:id", h.wrap(h.article))
	v1.GET("/paths", h.wrap(h.paths))
	v1.GET("/stats", h.wrap(h.stats))
	v1.GET("/merges", h.wrap(h.merges))

	notFound := func(c *gin.Context) {
		writeProblem(c, Problem{Type: "about:blank", Title: http.StatusText(http.StatusNotFound),
			Status: http.StatusNotFound, Detail: "There is nothing at this path."})
	}
	if cfg.page != nil {
		p := &page{fsys: cfg.page}
		r.GET("/", p.index)
		r.NoRoute(p.asset(notFound))
	} else {
		r.NoRoute(notFound)
	}
	r.NoMethod(func(c *gin.Context) {
		// Gin has already set the Allow header.
		writeProblem(c, Problem{Type: "about:blank", Title: http.StatusText(http.StatusMethodNotAllowed),
			Status: http.StatusMethodNotAllowed, Detail: "This path only answers " + c.Writer.Header().Get("Allow") + "."})
	})
	return r
}

// requestLog writes one line per request once it is answered. Errors
// behind 5xx responses are logged here, and only here, since the response
// body never shows them.
func requestLog(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		ctx := c.Request.Context()
		c.Next()
		status := c.Writer.Status()
		attrs := []slog.Attr{
			slog.String("method", c.Request.Method),
			slog.String("path", c.Request.URL.Path),
			slog.Int("status", status),
			slog.Duration("latency", time.Since(start)),
			slog.Int("bytes", c.Writer.Size()),
		}
		if q := c.Request.URL.RawQuery; q != "" {
			attrs = append(attrs, slog.String("query", q))
		}
		if err := c.Errors.Last(); err != nil {
			attrs = append(attrs, slog.String("error", err.Err.Error()))
		}
		level := slog.LevelInfo
		if status >= http.StatusInternalServerError {
			level = slog.LevelError
		}
		log.LogAttrs(ctx, level, "request", attrs...)
	}
}

// recoverer turns a panic in a handler into a 500 problem. The panic value
// and stack go to the log, never to the client.
func recoverer(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				// net/http's way of aborting a response: let it do so.
				panic(v)
			}
			log.Error("panic serving request", "method", c.Request.Method, "path", c.Request.URL.Path,
				"panic", v, "stack", string(debug.Stack()))
			if !c.Writer.Written() {
				writeProblem(c, Problem{Type: "about:blank", Title: http.StatusText(http.StatusInternalServerError),
					Status: http.StatusInternalServerError, Detail: "An internal error occurred; it has been logged."})
			}
			c.Abort()
		}()
		c.Next()
	}
}

// commonHeaders marks every response as not to be sniffed and lets pages
// on other origins read the API: it is public, read-only and takes no
// credentials, which is what a TimelineJS embed elsewhere needs.
func commonHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Access-Control-Allow-Origin", "*")
	c.Next()
}

// requestTimeout bounds the store work of each request.
func requestTimeout(d time.Duration) gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), d)
		defer cancel()
		c.Request = c.Request.WithContext(ctx)
		c.Next()
	}
}

// Package api serves the event graph over HTTP as JSON: actors, who met
// whom, the timeline (also in TimelineJS's format), paths and networks,
// events and articles, with health checks and the OpenAPI document that
// describes all of it; and, for holders of the API token, posting and
// withdrawing articles. Errors are RFC 9457 problem details.
package api

import (
	"context"
	"crypto/sha256"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
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
	// token enables the write routes; empty leaves them disabled.
	token      string
	maxBody    int64
	writeRate  float64
	writeBurst int
	extractor  *extract.Extractor
	origins    []string
	// maxArticle caps a posted article's text; 0 for the default.
	maxArticle int
	// bench adds the benchmark-only routes (WithBenchRoutes).
	bench bool
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

// WithAPIToken enables POST and DELETE for requests that carry token as
// a bearer token. Without it (or with an empty token) they answer 403.
// The token should pass CheckToken.
func WithAPIToken(token string) Option { return func(c *config) { c.token = token } }

// WithMaxBody caps the body of a write at n bytes; zero or less keeps
// DefaultMaxBody.
func WithMaxBody(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxBody = n
		}
	}
}

// WithWriteRate lets each client (by remote address) make perSecond
// writes a second, burst at once; values of zero or less keep
// DefaultWriteRate and DefaultWriteBurst.
func WithWriteRate(perSecond float64, burst int) Option {
	return func(c *config) {
		if perSecond > 0 {
			c.writeRate = perSecond
		}
		if burst > 0 {
			c.writeBurst = burst
		}
	}
}

// WithExtractor drafts the facts of a posted article that comes without
// an annotation with x. Without it such an article is refused.
func WithExtractor(x *extract.Extractor) Option { return func(c *config) { c.extractor = x } }

// WithMaxArticleBytes caps the text of a posted article (the importer's
// default when n <= 0).
func WithMaxArticleBytes(n int) Option { return func(c *config) { c.maxArticle = n } }

// WithCORS lets pages on origins (see ParseOrigins; "*" for any) call the
// API from a browser. Without it no CORS header is sent.
func WithCORS(origins []string) Option { return func(c *config) { c.origins = origins } }

var releaseMode sync.Once

// New returns the HTTP handler serving g. Every request is logged to
// log, one line each.
func New(g *graph.Graph, log *slog.Logger, opts ...Option) http.Handler {
	cfg := config{timeout: DefaultRequestTimeout, maxBody: DefaultMaxBody, writeRate: DefaultWriteRate, writeBurst: DefaultWriteBurst}
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

	w := &writeGuard{enabled: cfg.token != "", maxBody: cfg.maxBody, limits: newClientLimits(cfg.writeRate, cfg.writeBurst)}
	if w.enabled {
		w.digest = sha256.Sum256([]byte(cfg.token))
	}
	health := &storeHealth{g: g}
	h := &handlers{g: g, log: log, writes: w, extractor: cfg.extractor, health: health, maxArticle: cfg.maxArticle}
	r := gin.New()
	// A redirect to the path with or without a trailing slash is a
	// response the OpenAPI document cannot describe; a plain 404 is.
	r.RedirectTrailingSlash = false
	r.RedirectFixedPath = false
	r.HandleMethodNotAllowed = true
	// Route on the path as sent, so that an id with an encoded slash
	// ("a%2Fmet") stays one path segment and never reaches another
	// route; the id is unescaped after routing.
	r.UseRawPath = true
	r.UnescapePathValues = true
	r.Use(requestLog(log), recoverer(log), commonHeaders)
	if len(cfg.origins) > 0 {
		r.Use(cors(cfg.origins, w.enabled))
	}
	if cfg.bench {
		registerPprof(r)
	}
	r.Use(requestTimeout(cfg.timeout), strictQuery)

	// Every read answers HEAD too, as GET without the body: health
	// checks and link checkers use it. net/http drops the body and keeps
	// the headers, Content-Length included.
	read := func(g gin.IRoutes, path string, fn gin.HandlerFunc) {
		g.GET(path, fn)
		g.HEAD(path, fn)
	}
	read(r, "/healthz", h.healthz)
	read(r, "/readyz", h.readyz)
	if cfg.bench {
		// Through every middleware a data route has but the store's
		// health gate: what an answer costs without computing it.
		read(r, "/bench/bytes", (&benchBytes{}).serve)
	}

	v1 := r.Group("/api/v1")
	read(v1, "/openapi.json", serveOpenAPI)
	// Routes that need the store fail fast while it is known to be down.
	data := v1.Group("", health.gate)
	read(data, "/actors", h.wrap(h.actors))
	read(data, "/actors/:id", h.wrap(h.actor))
	read(data, "/actors/:id/met", h.wrap(h.met))
	read(data, "/actors/:id/network", h.wrap(h.network))
	read(data, "/meetings", h.wrap(h.meetings))
	read(data, "/timeline", h.wrap(h.timeline))
	read(data, "/timeline.timelinejs", h.wrap(h.timelineJS))
	read(data, "/events/:id", h.wrap(h.event))
	read(data, "/articles", h.wrap(h.articles))
	read(data, "/articles/:id", h.wrap(h.article))
	read(data, "/paths", h.wrap(h.paths))
	read(data, "/stats", h.wrap(h.stats))
	read(data, "/merges", h.wrap(h.merges))

	// Writes: refused when disabled, then rate limited (so that guessing
	// the token is too), then authenticated; only then is the body read.
	writes := data.Group("", w.disabled, w.limit, w.authenticate)
	writes.POST("/articles", w.capBody, h.wrap(h.postArticle))
	writes.DELETE("/articles/:id", h.wrap(h.deleteArticle))

	notFound := func(c *gin.Context) {
		writeProblem(c, Problem{Type: "about:blank", Title: http.StatusText(http.StatusNotFound),
			Status: http.StatusNotFound, Detail: "There is nothing at this path."})
	}
	if cfg.page != nil {
		p := &page{fsys: cfg.page}
		read(r, "/", p.index)
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

// commonHeaders marks every response as not to be sniffed. Which other
// origins may read the API is up to the operator (WithCORS).
func commonHeaders(c *gin.Context) {
	c.Writer.Header().Set("X-Content-Type-Options", "nosniff")
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

// strictQuery refuses a query string that does not decode: net/url
// drops a malformed pair silently, which would turn "?q=%zz" into a
// request without q.
func strictQuery(c *gin.Context) {
	raw := c.Request.URL.RawQuery
	if _, err := url.ParseQuery(raw); err == nil {
		c.Next()
		return
	}
	for _, pair := range strings.Split(raw, "&") {
		key, value, _ := strings.Cut(pair, "=")
		name, kerr := url.QueryUnescape(key)
		if kerr != nil {
			name = key
		}
		if _, verr := url.QueryUnescape(value); kerr != nil || verr != nil {
			renderError(c, graph.Invalid(name, "is not valid percent-encoding"))
			c.Abort()
			return
		}
	}
	renderError(c, graph.Invalid("query", "the query string could not be read"))
	c.Abort()
}

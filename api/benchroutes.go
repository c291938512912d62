package api

import (
	"fmt"
	"net/http"
	"net/http/pprof"
	"strconv"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// MaxBenchBytes caps the size of a /bench/bytes answer.
const MaxBenchBytes = 16 << 20

// WithBenchRoutes adds two benchmark-only routes, for measuring the
// server and never for production: GET /bench/bytes?size=N, which answers
// N pre-rendered bytes of JSON (the cost of serving an answer of that size
// without computing it), and net/http/pprof under /debug/pprof/.
func WithBenchRoutes() Option { return func(c *config) { c.bench = true } }

// registerPprof serves net/http/pprof under /debug/pprof/. New registers
// it before the per-request timeout, since a CPU profile or a trace runs
// for as long as it is asked to.
func registerPprof(r gin.IRoutes) {
	r.GET("/debug/pprof/*name", func(c *gin.Context) {
		switch strings.TrimPrefix(c.Param("name"), "/") {
		case "cmdline":
			pprof.Cmdline(c.Writer, c.Request)
		case "profile":
			pprof.Profile(c.Writer, c.Request)
		case "symbol":
			pprof.Symbol(c.Writer, c.Request)
		case "trace":
			pprof.Trace(c.Writer, c.Request)
		default:
			// The index at /debug/pprof/ and every named profile (heap,
			// goroutine, allocs, ...).
			pprof.Index(c.Writer, c.Request)
		}
	})
	r.POST("/debug/pprof/symbol", gin.WrapF(pprof.Symbol))
}

// benchBytes serves /bench/bytes. Answers are rendered once per size and
// kept, up to a budget of memory, so that serving one costs only the
// writing.
type benchBytes struct {
	mu     sync.RWMutex
	bodies map[int][]byte
	held   int
}

// benchCacheBytes is how many bytes of rendered answers benchBytes keeps;
// past it, it forgets them all and starts again.
const benchCacheBytes = 64 << 20

func (b *benchBytes) serve(c *gin.Context) {
	raw, given := c.GetQuery("size")
	n, err := strconv.Atoi(raw)
	switch {
	case !given:
		renderError(c, graph.Invalid("size", "is required"))
		return
	case err != nil:
		renderError(c, graph.Invalid("size", "must be an integer"))
		return
	case n < 0 || n > MaxBenchBytes:
		renderError(c, graph.Invalid("size", "must be between 0 and %d", MaxBenchBytes))
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", b.body(n))
}

// body returns the rendered answer of n bytes.
func (b *benchBytes) body(n int) []byte {
	b.mu.RLock()
	body, ok := b.bodies[n]
	b.mu.RUnlock()
	if ok {
		return body
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if body, ok := b.bodies[n]; ok {
		return body
	}
	if b.bodies == nil || b.held+n > benchCacheBytes {
		b.bodies, b.held = map[int][]byte{}, 0
	}
	body = renderBenchJSON(n)
	b.bodies[n] = body
	b.held += n
	return body
}

// renderBenchJSON returns exactly n bytes that read as JSON shaped like a
// timeline page, {"items":[{event},...],"next":null}, padded with
// whitespace to the byte. Below the size of the smallest such page it is
// {} and spaces, or nothing at all for n 0 (and "0" for n 1).
func renderBenchJSON(n int) []byte {
	const head, tail = `{"items":[`, `],"next":null}`
	switch {
	case n == 0:
		return []byte{}
	case n == 1:
		return []byte("0")
	case n < len(head)+len(tail):
		return append([]byte("{}"), strings.Repeat(" ", n-2)...)
	}
	out := make([]byte, 0, n)
	out = append(out, head...)
	for i := 1; ; i++ {
		item := fmt.Sprintf(`{"id":"bench-event-%06d","type":"meeting","title":"Benchmark event %d, pre-rendered",`+
			`"date":{"start":"2020-09-14","end":"2020-09-14","precision":"day","text":"on Monday"},`+
			`"place":{"id":"sochi","name":"Sochi","kind":"city"},`+
			`"participants":[{"id":"actor-%d","name":"Actor %d","role":"host"},{"id":"actor-%d","name":"Actor %d","role":"guest"}],`+
			`"sourceCount":2,"provenance":"curated"}`, i, i, i, i, i+1, i+1)
		sep := ""
		if i > 1 {
			sep = ","
		}
		if len(out)+len(sep)+len(item)+len(tail) > n {
			break
		}
		out = append(out, sep...)
		out = append(out, item...)
	}
	out = append(out, strings.Repeat(" ", n-len(out)-len(tail))...)
	return append(out, tail...)
}

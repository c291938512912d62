package api

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// readyTimeout bounds the store ping of /readyz: a probe that hangs is as
// bad as one that fails.
const readyTimeout = 2 * time.Second

type handlers struct {
	g         *graph.Graph
	log       *slog.Logger
	writes    *writeGuard
	extractor *extract.Extractor
	health    *storeHealth
	// maxArticle caps a posted article's text; 0 for the default.
	maxArticle int
}

// handlerFunc is a handler that returns its error instead of writing it,
// so that one renderer writes every error response.
type handlerFunc func(c *gin.Context) error

func (h *handlers) wrap(fn handlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := fn(c); err != nil {
			renderError(c, err)
		}
	}
}

// list is the shape of every listing: the items and the cursor of the next
// page, null on the last page and on listings that are not paged.
type list[T any] struct {
	Items []T     `json:"items"`
	Next  *string `json:"next"`
}

// encodeParts implements partsEncoder: the listing item by item, the same
// bytes as its JSON encoding whole.
func (l list[T]) encodeParts(w io.Writer, enc func(any) error) error {
	if _, err := io.WriteString(w, `{"items":[`); err != nil {
		return err
	}
	for i, item := range l.Items {
		if i > 0 {
			if _, err := io.WriteString(w, ","); err != nil {
				return err
			}
		}
		// An event the graph encoded ahead is its own bytes.
		if raw, ok := any(item).(graph.EncodedEvent); ok {
			if _, err := w.Write(raw); err != nil {
				return err
			}
			continue
		}
		if err := enc(item); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w, `],"next":`); err != nil {
		return err
	}
	if err := enc(l.Next); err != nil {
		return err
	}
	_, err := io.WriteString(w, "}")
	return err
}

func newList[T any](items []T, next string) list[T] {
	if items == nil {
		items = []T{}
	}
	l := list[T]{Items: items}
	if next != "" {
		l.Next = &next
	}
	return l
}

// status is the body of the health checks.
type status struct {
	Status string `json:"status"`
}

func (h *handlers) healthz(c *gin.Context) {
	writeJSON(c, http.StatusOK, status{Status: "ok"})
}

// readyError is a failed ping: always a 503, whatever the store said.
type readyError struct{ err error }

func (e readyError) Error() string { return "store not ready: " + e.err.Error() }
func (e readyError) Unwrap() error { return graph.ErrUnavailable }

func (h *handlers) readyz(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	if err := h.g.Ping(ctx); err != nil {
		// Data routes need not wait for their own failure to know; a
		// probe whose client left says nothing about the store.
		if c.Request.Context().Err() == nil {
			h.health.markDown()
		}
		renderError(c, readyError{err})
		return
	}
	writeJSON(c, http.StatusOK, status{Status: "ready"})
}

func (h *handlers) actors(c *gin.Context) error {
	var p actorsParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	q, err := p.query()
	if err != nil {
		return err
	}
	page, err := h.g.Actors(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list actors: %w", err)
	}
	writeJSON(c, http.StatusOK, newList(page.Items, page.Next))
	return nil
}

func (h *handlers) actor(c *gin.Context) error {
	id := c.Param("id")
	a, err := h.g.Actor(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("get actor: %w", err)
	}
	writeJSON(c, http.StatusOK, a)
	return nil
}

// asOf is the graph as of the day the request's only parameter, asOf,
// asks for.
func (h *handlers) asOf(c *gin.Context) (*graph.Graph, error) {
	var p asOfParams
	if err := bindQuery(c, &p); err != nil {
		return nil, err
	}
	return p.graph(h.g)
}

func (h *handlers) met(c *gin.Context) error {
	id := c.Param("id")
	var p metParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	q, err := p.query(id)
	if err != nil {
		return err
	}
	g, err := p.graph(h.g)
	if err != nil {
		return err
	}
	page, err := g.MetPage(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("who met %s: %w", id, err)
	}
	writeJSON(c, http.StatusOK, newList(page.Items, page.Next))
	return nil
}

func (h *handlers) network(c *gin.Context) error {
	id := c.Param("id")
	var p networkParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	g, err := p.graph(h.g)
	if err != nil {
		return err
	}
	n, err := g.Network(c.Request.Context(), id, p.depth())
	if err != nil {
		return fmt.Errorf("network of %s: %w", id, err)
	}
	writeJSON(c, http.StatusOK, n)
	return nil
}

func (h *handlers) meetings(c *gin.Context) error {
	var p meetingsParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	q, err := p.query()
	if err != nil {
		return err
	}
	g, err := p.graph(h.g)
	if err != nil {
		return err
	}
	events, err := g.Meetings(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list meetings: %w", err)
	}
	writeJSON(c, http.StatusOK, newList(events, ""))
	return nil
}

// timelineQuery reads the timeline parameters: the query and the graph
// as of the day asked for.
func (h *handlers) timelineQuery(c *gin.Context) (graph.TimelineQuery, *graph.Graph, error) {
	var p timelineParams
	if err := bindQuery(c, &p); err != nil {
		return graph.TimelineQuery{}, nil, err
	}
	q, err := p.query()
	if err != nil {
		return q, nil, err
	}
	g, err := p.graph(h.g)
	return q, g, err
}

// timelinePage reads the timeline parameters and the page they ask for.
func (h *handlers) timelinePage(c *gin.Context) (graph.TimelineQuery, graph.Page[graph.Event], error) {
	q, g, err := h.timelineQuery(c)
	if err != nil {
		return q, graph.Page[graph.Event]{}, err
	}
	page, err := g.Timeline(c.Request.Context(), q)
	if err != nil {
		return q, page, fmt.Errorf("timeline: %w", err)
	}
	return q, page, nil
}

// timeline answers with events the graph encoded: ahead of the request
// when it keeps the timeline in memory (graph.WithTimelineIndex).
func (h *handlers) timeline(c *gin.Context) error {
	q, g, err := h.timelineQuery(c)
	if err != nil {
		return err
	}
	page, err := g.TimelineEncoded(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	writeJSON(c, http.StatusOK, newList(page.Items, page.Next))
	return nil
}

func (h *handlers) timelineJS(c *gin.Context) error {
	q, page, err := h.timelinePage(c)
	if err != nil {
		return err
	}
	if page.Next != "" {
		// TimelineJS's format has no place for paging, so the next page is
		// offered the way RFC 8288 offers it, in a Link header.
		next := c.Request.URL.Query()
		next.Set("cursor", page.Next)
		u := url.URL{Path: c.Request.URL.Path, RawQuery: next.Encode()}
		c.Header("Link", "<"+u.String()+`>; rel="next"`)
	}
	writeJSON(c, http.StatusOK, timelineJS(q, page.Items))
	return nil
}

func (h *handlers) event(c *gin.Context) error {
	id := c.Param("id")
	g, err := h.asOf(c)
	if err != nil {
		return err
	}
	e, err := g.Event(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("get event: %w", err)
	}
	writeJSON(c, http.StatusOK, e)
	return nil
}

func (h *handlers) articles(c *gin.Context) error {
	var p pageParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	q, err := p.articlesQuery()
	if err != nil {
		return err
	}
	page, err := h.g.Articles(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	writeJSON(c, http.StatusOK, newList(page.Items, page.Next))
	return nil
}

// articleDetail always carries the text, even an empty one: the
// article's own endpoint is where clients read it.
type articleDetail struct {
	graph.Article
	Text string `json:"text"`
}

func (h *handlers) article(c *gin.Context) error {
	id := c.Param("id")
	a, err := h.g.Article(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("get article: %w", err)
	}
	writeJSON(c, http.StatusOK, articleDetail{Article: *a, Text: a.Text})
	return nil
}

// pathList is the answer of /paths: a listing that also says whether the
// search stopped at the node budget before it could finish.
type pathList struct {
	list[graph.Path]
	Truncated bool `json:"truncated"`
}

// encodeParts encodes the answer whole: the listing's own, promoted by
// embedding, would leave out truncated.
func (p pathList) encodeParts(_ io.Writer, enc func(any) error) error { return enc(p) }

func (h *handlers) paths(c *gin.Context) error {
	var p pathsParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	from, to, maxHops, err := p.args()
	if err != nil {
		return err
	}
	g, err := p.graph(h.g)
	if err != nil {
		return err
	}
	paths, err := g.Paths(c.Request.Context(), from, to, maxHops)
	if err != nil {
		return fmt.Errorf("paths %s to %s: %w", from, to, err)
	}
	writeJSON(c, http.StatusOK, pathList{list: newList(paths.Items, ""), Truncated: paths.Truncated})
	return nil
}

func (h *handlers) stats(c *gin.Context) error {
	st, err := h.g.Stats(c.Request.Context())
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	writeJSON(c, http.StatusOK, st)
	return nil
}

func (h *handlers) merges(c *gin.Context) error {
	var p pageParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	q, err := p.mergesQuery()
	if err != nil {
		return err
	}
	page, err := h.g.MergesPage(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list merges: %w", err)
	}
	writeJSON(c, http.StatusOK, newList(page.Items, page.Next))
	return nil
}

package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// readyTimeout bounds the store ping of /readyz: a probe that hangs is as
// bad as one that fails.
const readyTimeout = 2 * time.Second

type handlers struct {
	store graph.Store
	log   *slog.Logger
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
	c.JSON(http.StatusOK, status{Status: "ok"})
}

// readyError is a failed ping: always a 503, whatever the store said.
type readyError struct{ err error }

func (e readyError) Error() string { return "store not ready: " + e.err.Error() }
func (e readyError) Unwrap() error { return graph.ErrUnavailable }

func (h *handlers) readyz(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	if err := h.store.Ping(ctx); err != nil {
		renderError(c, readyError{err})
		return
	}
	c.JSON(http.StatusOK, status{Status: "ready"})
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
	page, err := h.store.Actors(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list actors: %w", err)
	}
	for i := range page.Items {
		normActor(&page.Items[i])
	}
	c.JSON(http.StatusOK, newList(page.Items, page.Next))
	return nil
}

func (h *handlers) actor(c *gin.Context) error {
	id := c.Param("id")
	a, err := h.store.Actor(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("get actor: %w", resource(err, "actor", id))
	}
	normActor(&a.Actor)
	if a.Relations == nil {
		a.Relations = []graph.Relation{}
	}
	for i := range a.Relations {
		a.Relations[i].Sources = nonNil(a.Relations[i].Sources)
	}
	a.Sources = nonNil(a.Sources)
	c.JSON(http.StatusOK, a)
	return nil
}

func (h *handlers) met(c *gin.Context) error {
	id := c.Param("id")
	met, err := h.store.Met(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("who met %s: %w", id, resource(err, "actor", id))
	}
	for i := range met {
		if met[i].Meetings == nil {
			met[i].Meetings = []graph.MeetingRef{}
		}
	}
	c.JSON(http.StatusOK, newList(met, ""))
	return nil
}

func (h *handlers) network(c *gin.Context) error {
	id := c.Param("id")
	var p networkParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	depth, err := p.depth()
	if err != nil {
		return err
	}
	n, err := h.store.Network(c.Request.Context(), id, depth)
	if err != nil {
		return fmt.Errorf("network of %s: %w", id, resource(err, "actor", id))
	}
	if n.Nodes == nil {
		n.Nodes = []graph.Node{}
	}
	if n.Edges == nil {
		n.Edges = []graph.Edge{}
	}
	c.JSON(http.StatusOK, n)
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
	ctx := c.Request.Context()
	events, err := h.store.Meetings(ctx, q)
	if err != nil {
		return fmt.Errorf("list meetings: %w", h.unknownActor(ctx, err, "actor", q.Actor, "with", q.With))
	}
	for i := range events {
		normEvent(&events[i])
	}
	c.JSON(http.StatusOK, newList(events, ""))
	return nil
}

// timelinePage reads the timeline parameters and the page they ask for.
func (h *handlers) timelinePage(c *gin.Context) (graph.TimelineQuery, graph.Page[graph.Event], error) {
	var p timelineParams
	if err := bindQuery(c, &p); err != nil {
		return graph.TimelineQuery{}, graph.Page[graph.Event]{}, err
	}
	q, err := p.query()
	if err != nil {
		return q, graph.Page[graph.Event]{}, err
	}
	page, err := h.store.Timeline(c.Request.Context(), q)
	if err != nil {
		return q, page, fmt.Errorf("timeline: %w", err)
	}
	for i := range page.Items {
		normEvent(&page.Items[i])
	}
	return q, page, nil
}

func (h *handlers) timeline(c *gin.Context) error {
	_, page, err := h.timelinePage(c)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, newList(page.Items, page.Next))
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
	c.JSON(http.StatusOK, timelineJS(q, page.Items))
	return nil
}

func (h *handlers) event(c *gin.Context) error {
	id := c.Param("id")
	e, err := h.store.Event(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("get event: %w", resource(err, "event", id))
	}
	normEvent(e)
	c.JSON(http.StatusOK, e)
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
	page, err := h.store.Articles(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	for i := range page.Items {
		// The listing is metadata only, whatever the store filled in.
		page.Items[i].Text = ""
	}
	c.JSON(http.StatusOK, newList(page.Items, page.Next))
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
	a, err := h.store.Article(c.Request.Context(), id)
	if err != nil {
		return fmt.Errorf("get article: %w", resource(err, "article", id))
	}
	c.JSON(http.StatusOK, articleDetail{Article: *a, Text: a.Text})
	return nil
}

func (h *handlers) paths(c *gin.Context) error {
	var p pathsParams
	if err := bindQuery(c, &p); err != nil {
		return err
	}
	from, to, maxHops, err := p.args()
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	paths, err := h.store.Paths(ctx, from, to, maxHops)
	if err != nil {
		return fmt.Errorf("paths %s to %s: %w", from, to, h.unknownActor(ctx, err, "from", from, "to", to))
	}
	for i := range paths {
		if paths[i].Nodes == nil {
			paths[i].Nodes = []graph.Node{}
		}
		if paths[i].Edges == nil {
			paths[i].Edges = []graph.Edge{}
		}
	}
	c.JSON(http.StatusOK, newList(paths, ""))
	return nil
}

// unknownActor names the actor behind a store's ErrNotFound for a query
// that takes several actor ids as parameters. It asks the store about each
// in turn, which costs queries only on this error path. pairs alternates
// parameter names and ids; empty ids are skipped.
func (h *handlers) unknownActor(ctx context.Context, err error, pairs ...string) error {
	if !errors.Is(err, graph.ErrNotFound) {
		return err
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		param, id := pairs[i], pairs[i+1]
		if id == "" {
			continue
		}
		if _, aerr := h.store.Actor(ctx, id); errors.Is(aerr, graph.ErrNotFound) {
			return &notFoundError{what: "actor", id: id, param: param, err: err}
		}
	}
	return err
}

// Stores may leave lists nil when empty; the API always sends arrays, as
// the OpenAPI document promises.

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func normActor(a *graph.Actor) { a.Aliases = nonNil(a.Aliases) }

func normEvent(e *graph.Event) {
	e.Participants = nonNil(e.Participants)
	e.Sources = nonNil(e.Sources)
}

package api

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// Query parameter structs. Fields are pointers so that a parameter given
// empty ("?type=") can be told from one left out: the first is a client
// mistake and gets a 400, the second means "no filter".

type pageParams struct {
	Limit  *int    `form:"limit"`
	Cursor *string `form:"cursor"`
}

type actorsParams struct {
	Q    *string `form:"q"`
	Kind *string `form:"kind"`
	pageParams
}

type timelineParams struct {
	Actor *string `form:"actor"`
	Type  *string `form:"type"`
	Place *string `form:"place"`
	From  *string `form:"from"`
	To    *string `form:"to"`
	pageParams
}

type meetingsParams struct {
	Actor *string `form:"actor"`
	With  *string `form:"with"`
	From  *string `form:"from"`
	To    *string `form:"to"`
}

type pathsParams struct {
	From    *string `form:"from"`
	To      *string `form:"to"`
	MaxHops *int    `form:"maxHops"`
}

type networkParams struct {
	Depth *int `form:"depth"`
}

// bindQuery binds the query string into dst. Gin's binding error for a
// number that does not parse does not say which parameter it came from, so
// on failure bindQuery finds the parameter itself and returns an error
// naming it.
func bindQuery(c *gin.Context, dst any) error {
	err := c.ShouldBindQuery(dst)
	if err == nil {
		return nil
	}
	query := c.Request.URL.Query()
	if name, ok := badNumber(reflect.TypeOf(dst).Elem(), query); ok {
		return graph.Invalid(name, "must be an integer")
	}
	return graph.Invalid("query", "the query string could not be read")
}

// badNumber returns the form name of the first integer field of struct type
// t whose value in query does not parse the way gin parses it.
func badNumber(t reflect.Type, query map[string][]string) (string, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && ft.Kind() == reflect.Struct {
			if name, ok := badNumber(ft, query); ok {
				return name, true
			}
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("form"), ",")
		vs, given := query[name]
		if name == "" || !given || len(vs) == 0 || ft.Kind() != reflect.Int {
			continue
		}
		v := strings.TrimSpace(vs[0])
		if v == "" {
			continue // gin reads an empty number as 0; the range check reports it
		}
		if _, err := strconv.ParseInt(v, 10, strconv.IntSize); err != nil {
			return name, true
		}
	}
	return "", false
}

// optional returns a filter's value, "" when it was left out, and an error
// when it was given empty.
func optional(name string, p *string) (string, error) {
	if p == nil {
		return "", nil
	}
	if *p == "" {
		return "", graph.Invalid(name, "must not be empty when given")
	}
	return *p, nil
}

// required returns a parameter that must be given and not empty.
func required(name string, p *string) (string, error) {
	if p == nil || *p == "" {
		return "", graph.Invalid(name, "is required")
	}
	return *p, nil
}

// orEmpty returns *p, or "" for a parameter left out; an empty value is
// allowed and means the same as leaving it out.
func orEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// bounded returns an integer parameter, 0 when it was left out (the graph
// validators put the default in its place). A given 0 is out of range like
// any other value outside lo..hi: the zero default is the validators'
// convention, not part of the API.
func bounded(name string, p *int, lo, hi int) (int, error) {
	if p == nil {
		return 0, nil
	}
	if *p < lo || *p > hi {
		return 0, graph.Invalid(name, "must be between %d and %d", lo, hi)
	}
	return *p, nil
}

func (p pageParams) limit() (int, error) { return bounded("limit", p.Limit, 1, graph.MaxLimit) }

// query turns actor listing parameters into a validated graph query.
func (p actorsParams) query() (graph.ActorQuery, error) {
	var q graph.ActorQuery
	var err error
	q.Q = orEmpty(p.Q)
	if q.Limit, err = p.limit(); err != nil {
		return q, err
	}
	kind, err := optional("kind", p.Kind)
	if err != nil {
		return q, err
	}
	q.Kind = graph.ActorKind(kind)
	q.Cursor = orEmpty(p.Cursor)
	return graph.CheckActors(q)
}

// query turns timeline parameters into a validated graph query.
func (p timelineParams) query() (graph.TimelineQuery, error) {
	var q graph.TimelineQuery
	var err error
	if q.Actor, err = optional("actor", p.Actor); err != nil {
		return q, err
	}
	var typ string
	if typ, err = optional("type", p.Type); err != nil {
		return q, err
	}
	q.Type = graph.EventType(typ)
	if q.Place, err = optional("place", p.Place); err != nil {
		return q, err
	}
	if q.From, err = optional("from", p.From); err != nil {
		return q, err
	}
	if q.To, err = optional("to", p.To); err != nil {
		return q, err
	}
	if q.Limit, err = p.limit(); err != nil {
		return q, err
	}
	q.Cursor = orEmpty(p.Cursor)
	return graph.CheckTimeline(q)
}

// query turns meeting parameters into a validated graph query.
func (p meetingsParams) query() (graph.MeetingQuery, error) {
	var q graph.MeetingQuery
	var err error
	if q.Actor, err = optional("actor", p.Actor); err != nil {
		return q, err
	}
	if q.With, err = optional("with", p.With); err != nil {
		return q, err
	}
	if q.From, err = optional("from", p.From); err != nil {
		return q, err
	}
	if q.To, err = optional("to", p.To); err != nil {
		return q, err
	}
	return graph.CheckMeetings(q)
}

// articlesQuery turns paging parameters into a validated article query.
func (p pageParams) articlesQuery() (graph.ArticleQuery, error) {
	var q graph.ArticleQuery
	var err error
	if q.Limit, err = p.limit(); err != nil {
		return q, err
	}
	q.Cursor = orEmpty(p.Cursor)
	return graph.CheckArticles(q)
}

// args validates path search parameters.
func (p pathsParams) args() (from, to string, maxHops int, err error) {
	if from, err = required("from", p.From); err != nil {
		return "", "", 0, err
	}
	if to, err = required("to", p.To); err != nil {
		return "", "", 0, err
	}
	if maxHops, err = bounded("maxHops", p.MaxHops, 1, graph.MaxHopsLimit); err != nil {
		return "", "", 0, err
	}
	maxHops, err = graph.CheckHops(maxHops)
	return from, to, maxHops, err
}

// depth validates the network depth.
func (p networkParams) depth() (int, error) {
	d, err := bounded("depth", p.Depth, 1, graph.MaxDepth)
	if err != nil {
		return 0, err
	}
	return graph.CheckDepth(d)
}

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
	Actor      *string `form:"actor"`
	Type       *string `form:"type"`
	Place      *string `form:"place"`
	From       *string `form:"from"`
	To         *string `form:"to"`
	MinSources *int    `form:"minSources"`
	asOfParams
	pageParams
}

type metParams struct {
	asOfParams
	pageParams
}

type meetingsParams struct {
	Actor *string `form:"actor"`
	With  *string `form:"with"`
	From  *string `form:"from"`
	To    *string `form:"to"`
	asOfParams
}

// asOfParams asks for the graph as reported on a day.
type asOfParams struct {
	AsOf *string `form:"asOf"`
}

// graph is g as of the day asked for, or g.
func (p asOfParams) graph(g *graph.Graph) (*graph.Graph, error) {
	day, err := optional("asOf", p.AsOf)
	if err != nil {
		return nil, err
	}
	return g.AsOf(day)
}

type pathsParams struct {
	From    *string `form:"from"`
	To      *string `form:"to"`
	MaxHops *int    `form:"maxHops"`
	asOfParams
}

type networkParams struct {
	Depth *int `form:"depth"`
	asOfParams
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

// The parameter structs below only turn the query string into a graph
// query: what a given value may be is checked once, by package graph.

func (p pageParams) limit() (int, error) {
	if p.Limit != nil && *p.Limit == 0 {
		// Zero means "the default" to package graph; a client that sends
		// it asked for an empty page, which is out of range.
		return 0, graph.Invalid("limit", "must be between 1 and %d", graph.MaxLimit)
	}
	if p.Limit == nil {
		return 0, nil
	}
	return *p.Limit, nil
}

// query turns who-met-whom parameters into a graph query.
func (p metParams) query(actor string) (graph.MetQuery, error) {
	q := graph.MetQuery{Actor: actor, Cursor: orEmpty(p.Cursor)}
	var err error
	q.Limit, err = p.limit()
	return q, err
}

// query turns actor listing parameters into a graph query.
func (p actorsParams) query() (graph.ActorQuery, error) {
	q := graph.ActorQuery{Q: orEmpty(p.Q), Cursor: orEmpty(p.Cursor)}
	var err error
	if q.Limit, err = p.limit(); err != nil {
		return q, err
	}
	q.Kind, err = optional("kind", p.Kind)
	return q, err
}

// query turns timeline parameters into a graph query.
func (p timelineParams) query() (graph.TimelineQuery, error) {
	q := graph.TimelineQuery{Cursor: orEmpty(p.Cursor)}
	var err error
	for _, f := range []struct {
		name string
		in   *string
		out  *string
	}{{"actor", p.Actor, &q.Actor}, {"type", p.Type, &q.Type}, {"place", p.Place, &q.Place}, {"from", p.From, &q.From}, {"to", p.To, &q.To}} {
		if *f.out, err = optional(f.name, f.in); err != nil {
			return q, err
		}
	}
	if p.MinSources != nil {
		q.MinSources = *p.MinSources
	}
	q.Limit, err = p.limit()
	return q, err
}

// query turns meeting parameters into a graph query.
func (p meetingsParams) query() (graph.MeetingQuery, error) {
	var q graph.MeetingQuery
	var err error
	for _, f := range []struct {
		name string
		in   *string
		out  *string
	}{{"actor", p.Actor, &q.Actor}, {"with", p.With, &q.With}, {"from", p.From, &q.From}, {"to", p.To, &q.To}} {
		if *f.out, err = optional(f.name, f.in); err != nil {
			return q, err
		}
	}
	return q, nil
}

// articlesQuery turns paging parameters into a graph query.
func (p pageParams) articlesQuery() (graph.ArticleQuery, error) {
	q := graph.ArticleQuery{Cursor: orEmpty(p.Cursor)}
	var err error
	q.Limit, err = p.limit()
	return q, err
}

func (p pageParams) mergesQuery() (graph.MergesQuery, error) {
	q := graph.MergesQuery{Cursor: orEmpty(p.Cursor)}
	var err error
	q.Limit, err = p.limit()
	return q, err
}

// args reads path search parameters.
func (p pathsParams) args() (from, to string, maxHops int, err error) {
	if from, err = required("from", p.From); err != nil {
		return "", "", 0, err
	}
	if to, err = required("to", p.To); err != nil {
		return "", "", 0, err
	}
	return from, to, given(p.MaxHops, graph.MaxHopsLimit), nil
}

// given returns an integer parameter, 0 when it was left out (package
// graph's default). A given 0 becomes an out-of-range value, since zero
// is the graph's "default" and not part of the API.
func given(p *int, hi int) int {
	if p == nil {
		return 0
	}
	if *p == 0 {
		return hi + 1
	}
	return *p
}

// depth reads the network depth.
func (p networkParams) depth() int { return given(p.Depth, graph.MaxDepth) }

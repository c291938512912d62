package graphtest

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// SameGraph checks that two graphs give the same answers: the counts,
// every article, every actor with its detail and counterparts, and every
// event of the timeline with its detail. It is for two stores written by
// the same imports along different paths.
func SameGraph(t testing.TB, want, got *graph.Graph) {
	t.Helper()
	ctx := context.Background()
	same := func(what string, read func(*graph.Graph) (any, error)) any {
		t.Helper()
		a, errA := read(want)
		b, errB := read(got)
		if errA != nil || errB != nil {
			t.Fatalf("%s: %v; %v", what, errA, errB)
		}
		if !reflect.DeepEqual(a, b) {
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			t.Fatalf("%s differs:\nwant %s\ngot  %s", what, ja, jb)
		}
		return a
	}
	same("stats", func(g *graph.Graph) (any, error) { return g.Stats(ctx) })
	for cursor := ""; ; {
		p := same("articles from "+cursor, func(g *graph.Graph) (any, error) {
			return g.Articles(ctx, graph.ArticleQuery{Limit: 50, Cursor: cursor})
		}).(graph.Page[graph.Article])
		for _, a := range p.Items {
			same("article "+a.ID, func(g *graph.Graph) (any, error) { return g.Article(ctx, a.ID) })
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	for cursor := ""; ; {
		p := same("actors from "+cursor, func(g *graph.Graph) (any, error) {
			return g.Actors(ctx, graph.ActorQuery{Limit: 50, Cursor: cursor})
		}).(graph.Page[graph.Actor])
		for _, a := range p.Items {
			same("actor "+a.ID, func(g *graph.Graph) (any, error) { return g.Actor(ctx, a.ID) })
			same("met "+a.ID, func(g *graph.Graph) (any, error) { return g.Met(ctx, a.ID) })
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	for cursor := ""; ; {
		p := same("timeline from "+cursor, func(g *graph.Graph) (any, error) {
			return g.Timeline(ctx, graph.TimelineQuery{Limit: 50, Cursor: cursor})
		}).(graph.Page[graph.Event])
		for _, e := range p.Items {
			same("event "+e.ID, func(g *graph.Graph) (any, error) { return g.Event(ctx, e.ID) })
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
}

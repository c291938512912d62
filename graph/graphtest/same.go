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
	sameAnswer(t, want, got, "stats", func(g *graph.Graph) (graph.Stats, error) { return g.Stats(ctx) })
	samePages(t, want, got, "articles", func(g *graph.Graph, c string) (graph.Page[graph.Article], error) {
		return g.Articles(ctx, graph.ArticleQuery{Limit: 50, Cursor: c})
	}, func(a graph.Article) {
		sameAnswer(t, want, got, "article "+a.ID, func(g *graph.Graph) (*graph.Article, error) { return g.Article(ctx, a.ID) })
	})
	samePages(t, want, got, "actors", func(g *graph.Graph, c string) (graph.Page[graph.Actor], error) {
		return g.Actors(ctx, graph.ActorQuery{Limit: 50, Cursor: c})
	}, func(a graph.Actor) {
		sameAnswer(t, want, got, "actor "+a.ID, func(g *graph.Graph) (*graph.ActorDetail, error) { return g.Actor(ctx, a.ID) })
		sameAnswer(t, want, got, "met "+a.ID, func(g *graph.Graph) ([]graph.Counterpart, error) { return g.Met(ctx, a.ID) })
	})
	samePages(t, want, got, "timeline", func(g *graph.Graph, c string) (graph.Page[graph.Event], error) {
		return g.Timeline(ctx, graph.TimelineQuery{Limit: 50, Cursor: c})
	}, func(e graph.Event) {
		sameAnswer(t, want, got, "event "+e.ID, func(g *graph.Graph) (*graph.Event, error) { return g.Event(ctx, e.ID) })
	})
}

// sameAnswer reads from both graphs and fails t unless the answers are
// equal.
func sameAnswer[T any](t testing.TB, want, got *graph.Graph, what string, read func(*graph.Graph) (T, error)) T {
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

// samePages reads every page of a listing from both graphs and visits
// each item.
func samePages[T any](t testing.TB, want, got *graph.Graph, what string, read func(*graph.Graph, string) (graph.Page[T], error), visit func(T)) {
	t.Helper()
	for cursor := ""; ; {
		p := sameAnswer(t, want, got, what+" from "+cursor, func(g *graph.Graph) (graph.Page[T], error) { return read(g, cursor) })
		for _, item := range p.Items {
			visit(item)
		}
		if cursor = p.Next; cursor == "" {
			return
		}
	}
}

package sqlite_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

// copyOf returns the seed's facts as another article: its events and
// places get the suffix, its actors stay shared, as actors are across the
// articles of one crisis.
func copyOf(b *testing.B, f *graph.ArticleFacts, suffix string) *graph.ArticleFacts {
	raw, err := json.Marshal(f)
	if err != nil {
		b.Fatal(err)
	}
	var g graph.ArticleFacts
	if err := json.Unmarshal(raw, &g); err != nil {
		b.Fatal(err)
	}
	g.Article.ID += suffix
	src := func(s []graph.Source) {
		for i := range s {
			s[i].ArticleID = g.Article.ID
		}
	}
	places := map[string]bool{}
	for i := range g.Places {
		places[g.Places[i].ID] = true
		g.Places[i].ID += suffix
		src(g.Places[i].Sources)
	}
	for i := range g.Actors {
		src(g.Actors[i].Sources)
	}
	for i := range g.Events {
		e := &g.Events[i]
		e.ID += suffix
		if e.Place != nil && places[e.Place.ID] {
			e.Place.ID += suffix
		}
		src(e.Sources)
	}
	for i := range g.Relations {
		r := &g.Relations[i]
		if places[r.From] {
			r.From += suffix
		}
		if places[r.To] {
			r.To += suffix
		}
		src(r.Sources)
	}
	return &g
}

// BenchmarkImportIntoStoreOf imports one more article into stores that
// already hold 0 and 400 articles sharing their actors: the cost of an
// import should follow the article, not the store. Compare the two lines
// of one run:
//
//	go test ./graph/sqlite -run '^$' -bench ImportIntoStoreOf -benchtime 100x
func BenchmarkImportIntoStoreOf(b *testing.B) {
	ctx := context.Background()
	batch, err := importer.Load([]string{graphtest.SeedDir()})
	if err != nil {
		b.Fatal(err)
	}
	seed := batch.Facts[0]
	for _, n := range []int{0, 400} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			g := graph.New(s)
			defer g.Close(ctx)
			for i := range n {
				if _, err := g.UpsertArticle(ctx, copyOf(b, seed, fmt.Sprintf("-pre%d", i))); err != nil {
					b.Fatal(err)
				}
			}
			copies := make([]*graph.ArticleFacts, b.N)
			for i := range copies {
				copies[i] = copyOf(b, seed, fmt.Sprintf("-b%d", i))
			}
			b.ResetTimer()
			for i := range b.N {
				if _, err := g.UpsertArticle(ctx, copies[i]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

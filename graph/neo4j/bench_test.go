package neo4j

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// renamed returns a copy of the facts with every id (article, actors,
// places, events and every reference to them) suffixed with -n, and every
// actor and place name with a word made from n, so that copies of one
// article do not merge: N imports make N times the graph. Name keys keep
// only letters and fold transliteration variants and double letters, so
// the word spells n's digits as consonant-vowel pairs that no folding
// touches.
func renamed(t testing.TB, f *graph.ArticleFacts, n int) *graph.ArticleFacts {
	g := clone(t, f)
	suffix, word := fmt.Sprintf("-%d", n), " Qo"
	for _, d := range fmt.Sprint(n) {
		word += string("bdfglmnprt"[d-'0']) + "a"
	}
	g.Article.ID += suffix
	src := func(s []graph.Source) {
		for i := range s {
			s[i].ArticleID = g.Article.ID
		}
	}
	for i := range g.Actors {
		g.Actors[i].ID += suffix
		g.Actors[i].Name += word
		for j := range g.Actors[i].Aliases {
			g.Actors[i].Aliases[j] += word
		}
		src(g.Actors[i].Sources)
	}
	for i := range g.Places {
		g.Places[i].ID += suffix
		g.Places[i].Name += word
		src(g.Places[i].Sources)
	}
	for i := range g.Events {
		e := &g.Events[i]
		e.ID += suffix
		if e.Place != nil {
			e.Place.ID += suffix
		}
		for j := range e.Participants {
			e.Participants[j].ActorID += suffix
		}
		src(e.Sources)
	}
	for i := range g.Relations {
		g.Relations[i].From += suffix
		g.Relations[i].To += suffix
		src(g.Relations[i].Sources)
	}
	return g
}

// BenchmarkImport imports the seed article b.N times under renamed ids
// (facts do not merge) into an emptied database, once with the store's
// batched UNWIND statements and once sending the same statements one row
// at a time (the one-statement-per-row baseline), both one transaction per
// article, and reports events per second and the ratio:
//
//	EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 go test ./graph/neo4j -run '^$' -bench Import -benchtime 1000x
func BenchmarkImport(b *testing.B) {
	ctx := context.Background()
	seed := seedFacts(b)
	g, s := openGraph(b)
	rates := map[string]float64{}
	for _, v := range []struct {
		name string
		rows int
	}{{"batched", 0}, {"per-row", 1}} {
		b.Run(v.name, func(b *testing.B) {
			wipe(b, s)
			copies := make([]*graph.ArticleFacts, b.N)
			for i := range copies {
				copies[i] = renamed(b, seed, i)
			}
			s.rowsPerStatement = v.rows
			defer func() { s.rowsPerStatement = 0 }()
			b.ResetTimer()
			start := time.Now()
			for _, f := range copies {
				if _, err := g.UpsertArticle(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
			elapsed := time.Since(start)
			b.StopTimer()
			rate := float64(b.N*len(seed.Events)) / elapsed.Seconds()
			b.ReportMetric(rate, "events/s")
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "articles/s")
			rates[v.name] = rate
			if b.N > 1 {
				st, err := g.Stats(ctx)
				if err != nil || st.Events != b.N*len(seed.Events) {
					b.Fatalf("after %d imports: %v events (err %v), want %d", b.N, st.Events, err, b.N*len(seed.Events))
				}
			}
		})
	}
	wipe(b, s)
	if rates["per-row"] > 0 {
		b.Logf("%d events per article; batched %.0f events/s, per-row %.0f events/s: batched is %.1fx faster",
			len(seed.Events), rates["batched"], rates["per-row"], rates["batched"]/rates["per-row"])
	}
}

// BenchmarkVersion is the check every request answered from memory makes
// first, against the managed transaction it replaced (ExecuteQuery), side
// by side:
//
//	EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 go test ./graph/neo4j -run '^$' -bench Version -benchtime 3000x
func BenchmarkVersion(b *testing.B) {
	ctx := context.Background()
	g, s := openGraph(b)
	// The graph lock node the version is a property of.
	if _, err := g.UpsertArticle(ctx, seedFacts(b)); err != nil {
		b.Fatal(err)
	}
	b.Run("auto-commit", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Version(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("managed", func(b *testing.B) {
		for b.Loop() {
			if _, err := neo4jdrv.ExecuteQuery(ctx, s.driver, qVersion, nil, neo4jdrv.EagerResultTransformer,
				neo4jdrv.ExecuteQueryWithDatabase(s.db), neo4jdrv.ExecuteQueryWithReadersRouting()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

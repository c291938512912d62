package sqlite_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// crisis writes n articles about a crisis: every event is reported by
// three outlets, each with its own ids and its own spelling of the
// people (three transliterations), the figures differing.
func crisis(n int) []*graph.ArticleFacts {
	first := []string{"Alexander", "Alyaksandr", "Aliaksandr"}
	last := []string{"shenko", "shenka", "šenka"}
	// word makes the k-th of many distinct pronounceable words (digits
	// would vanish from name keys).
	word := func(k int) string {
		c, v := "bdfgklmnprstvz", "aeiou"
		return strings.ToUpper(c[k%14:k%14+1]) + v[k/14%5:k/14%5+1] + c[k/70%14:k/70%14+1] + v[k/980%5:k/980%5+1]
	}
	var out []*graph.ArticleFacts
	for i := range n {
		outlet := i % 3
		story := i / 3
		day := time.Date(2020, 8, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, story)
		leader := first[outlet] + " " + word(story%40+100) + last[outlet]
		other := "Ivan " + word((story*7)%50+300) + "ov"
		text := fmt.Sprintf("%s met %s in Minsk. %d people protested.", leader, other, 1000+outlet)
		id := fmt.Sprintf("outlet%d-story%d", outlet, story)
		at := func(q string) []graph.Source {
			k := strings.Index(text, q)
			return []graph.Source{{ArticleID: id, Quote: q, Start: k, End: k + len(q)}}
		}
		d := graph.Date{Start: day.Format(time.DateOnly), End: day.Format(time.DateOnly), Precision: graph.Day}
		p := func(s string) string {
			return fmt.Sprintf("%s-o%d", strings.ToLower(strings.ReplaceAll(s, " ", "-")), outlet)
		}
		out = append(out, &graph.ArticleFacts{
			Article: graph.Article{ID: id, Title: id, Outlet: fmt.Sprint("Outlet ", outlet), Published: day.AddDate(0, 0, 1).Format(time.DateOnly), Language: "en", Text: text},
			Actors: []graph.SourcedActor{
				{Actor: graph.Actor{ID: p(leader), Name: leader, Kind: graph.Person}, Sources: at(leader)},
				{Actor: graph.Actor{ID: p(other), Name: other, Kind: graph.Person}, Sources: at(other)},
				{Actor: graph.Actor{ID: p("protesters"), Name: "protesters", Kind: graph.Group}, Sources: at("people")},
			},
			Places: []graph.SourcedPlace{{Place: graph.Place{ID: p("minsk"), Name: "Minsk", Kind: graph.City}, Sources: at("Minsk")}},
			Events: []graph.Event{
				{ID: fmt.Sprintf("meeting-%d-o%d", story, outlet), Type: graph.Meeting, Title: "meeting", Date: d, Place: &graph.PlaceRef{ID: p("minsk")},
					Participants: []graph.Participant{{ActorID: p(leader), Role: "host"}, {ActorID: p(other), Role: "visitor"}}, Sources: at("met")},
				{ID: fmt.Sprintf("protest-%d-o%d", story, outlet), Type: graph.Protest, Title: "protest", Date: d, Place: &graph.PlaceRef{ID: p("minsk")},
					Count:        &graph.Count{Value: int64(1000 + outlet), Qualifier: graph.Exact},
					Participants: []graph.Participant{{ActorID: p("protesters"), Role: "protester"}, {ActorID: p(leader), Role: "target"}}, Sources: at("protested")},
			},
		})
	}
	return out
}

// BenchmarkImportCrisis imports 1,000 articles (three outlets per event)
// with resolution and without it, side by side: what merging costs.
//
//	go test ./graph/sqlite -run '^$' -bench ImportCrisis -benchtime 1x
func BenchmarkImportCrisis(b *testing.B) {
	ctx := context.Background()
	for _, mode := range []string{"merging", "literal"} {
		b.Run(mode, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				g := graph.New(s)
				if mode == "literal" {
					g = g.WithoutResolution()
				}
				articles := crisis(1000)
				b.StartTimer()
				if _, err := g.Import(ctx, articles, nil); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				st, err := g.Stats(ctx)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(st.Events), "events")
				b.ReportMetric(float64(st.ActorsByKind[graph.Person]), "people")
				g.Close(ctx)
				b.StartTimer()
			}
		})
	}
}

// BenchmarkVersion is the check every timeline request answered from
// memory makes first.
func BenchmarkVersion(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "v.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close(ctx)
	for b.Loop() {
		if _, err := s.Version(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

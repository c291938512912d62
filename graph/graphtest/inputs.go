package graphtest

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// Export is everything a graph answers, as one string: stats, every
// article with its text, every actor with its relations and quotes, every
// event with its claims, and the merge records. Two graphs with equal
// exports answer alike; tests compare exports to prove that a refused
// import left the store exactly as it was.
func Export(t testing.TB, g *graph.Graph) string {
	t.Helper()
	ctx := context.Background()
	var out struct {
		Stats    graph.Stats
		Articles []graph.Article
		Actors   []*graph.ActorDetail
		Events   []graph.Event
		Merges   []graph.Merge
	}
	var err error
	if out.Stats, err = g.Stats(ctx); err != nil {
		t.Fatalf("export: %v", err)
	}
	for q := (graph.ArticleQuery{Limit: graph.MaxLimit}); ; {
		p, err := g.Articles(ctx, q)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		for _, a := range p.Items {
			full, err := g.Article(ctx, a.ID)
			if err != nil {
				t.Fatalf("export: %v", err)
			}
			out.Articles = append(out.Articles, *full)
		}
		if q.Cursor = p.Next; q.Cursor == "" {
			break
		}
	}
	for q := (graph.ActorQuery{Limit: graph.MaxLimit}); ; {
		p, err := g.Actors(ctx, q)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		for _, a := range p.Items {
			d, err := g.Actor(ctx, a.ID)
			if err != nil {
				t.Fatalf("export: %v", err)
			}
			out.Actors = append(out.Actors, d)
		}
		if q.Cursor = p.Next; q.Cursor == "" {
			break
		}
	}
	out.Events = timeline(t.(*testing.T), g, graph.TimelineQuery{})
	if out.Merges, err = g.Merges(ctx); err != nil {
		t.Fatalf("export: %v", err)
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	return string(b)
}

// testInputClasses offers the store articles that contradict themselves
// or the code lists, one class of mistake each: every one is refused with
// the fact and field named, and the store's export is unchanged.
func testInputClasses(t *testing.T, g *graph.Graph) {
	text := "Putin met Lukashenko in Sochi, Russia, on Monday. Russia lent Belarus $1.5bn."
	base := func() *graph.ArticleFacts {
		a := newOutlet("classes", "Test", "2020-09-14", graph.Curated, text).
			actor("putin", "Vladimir Putin", graph.Person, "Putin").
			actor("lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
			actor("russia", "Russia", graph.Country, "Russia").
			actor("belarus", "Belarus", graph.Country, "Belarus").
			place("sochi", "Sochi", "russia", "Sochi").
			event("talks", graph.Meeting, day("2020-09-14"), "sochi", "met", nil,
				"putin", "host", "lukashenko", "visitor").
			event("loan", graph.Loan, day("2020-09-14"), "", "lent", nil, "russia", "lender", "belarus", "borrower")
		a.f.Events[0].CAMEO = "043"
		a.f.Events[1].CAMEO = "071"
		a.f.Events[1].Amount = &graph.Amount{Value: 1_500_000_000, Currency: "USD"}
		a.f.Relations = append(a.f.Relations, graph.Relation{Type: graph.LeaderOf, From: "putin", To: "russia"})
		return a.f
	}
	cases := []struct {
		class string
		fact  graph.FactRef
		field string
		bad   func(f *graph.ArticleFacts)
	}{
		{"event after publication", graph.FactRef{Kind: "event", ID: "talks"}, "date",
			func(f *graph.ArticleFacts) { f.Events[0].Date = day("2021-12-25") }},
		{"publication in the future", graph.FactRef{Kind: "article", ID: "classes"}, "published",
			func(f *graph.ArticleFacts) { f.Article.Published = time.Now().AddDate(0, 1, 0).Format(time.DateOnly) }},
		{"year 0", graph.FactRef{Kind: "event", ID: "talks"}, "date",
			func(f *graph.ArticleFacts) { f.Events[0].Date.Start = "0000-01-01" }},
		{"currency not ISO 4217", graph.FactRef{Kind: "event", ID: "loan"}, "amount.currency",
			func(f *graph.ArticleFacts) { f.Events[1].Amount.Currency = "BTC" }},
		{"CAMEO code not in the codebook", graph.FactRef{Kind: "event", ID: "loan"}, "cameo",
			func(f *graph.ArticleFacts) { f.Events[1].CAMEO = "999" }},
		{"language not BCP 47", graph.FactRef{Kind: "article", ID: "classes"}, "language",
			func(f *graph.ArticleFacts) { f.Article.Language = "english language" }},
		{"meeting of one", graph.FactRef{Kind: "event", ID: "talks"}, "participants",
			func(f *graph.ArticleFacts) { f.Events[0].Participants = f.Events[0].Participants[:1] }},
		{"relation to itself", graph.FactRef{Kind: "relation", ID: "LEADER_OF putin putin"}, "to",
			func(f *graph.ArticleFacts) { f.Relations[1].To = "putin" }},
		{"place inside itself", graph.FactRef{Kind: "relation", ID: "LOCATED_IN sochi sochi"}, "to",
			func(f *graph.ArticleFacts) { f.Relations[0].To = "sochi" }},
		{"cycle of places", graph.FactRef{Kind: "relation", ID: "LOCATED_IN russia sochi"}, "to",
			func(f *graph.ArticleFacts) {
				f.Relations = append(f.Relations, graph.Relation{Type: graph.LocatedIn, From: "russia", To: "sochi"})
			}},
		{"sameAs an unknown node", graph.FactRef{Kind: "actor", ID: "putin"}, "sameAs",
			func(f *graph.ArticleFacts) { f.SameAs = map[string]string{"putin": "nobody"} }},
		{"two nodes sameAs one", graph.FactRef{Kind: "actor", ID: "putin"}, "sameAs",
			func(f *graph.ArticleFacts) {
				f.SameAs = map[string]string{"lukashenko": "alexander-lukashenko", "putin": "alexander-lukashenko"}
			}},
	}
	ctx := context.Background()
	if _, err := g.UpsertArticle(ctx, base()); err != nil {
		t.Fatalf("the valid article is refused: %v", err)
	}
	before := Export(t, g)
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			f := base()
			c.bad(f)
			_, err := g.UpsertArticle(ctx, f)
			var fe *graph.FactsError
			if !errors.As(err, &fe) || !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("err = %v, want a FactsError", err)
			}
			found := false
			for _, p := range fe.Problems {
				found = found || (p.Fact == c.fact && p.Field == c.field)
			}
			if !found {
				t.Errorf("problems %+v do not name %v field %q", fe.Problems, c.fact, c.field)
			}
			if after := Export(t, g); after != before {
				t.Errorf("the refused import changed the store")
			}
		})
	}
	t.Run("planned events may follow publication", func(t *testing.T) {
		f := base()
		f.Events[0].Date, f.Events[0].Planned = day("2020-09-21"), true
		if _, err := g.UpsertArticle(ctx, f); err != nil {
			t.Fatalf("a planned meeting is refused: %v", err)
		}
		if e := need(g.Event(ctx, "talks"))(t); !e.Planned {
			t.Errorf("the planned meeting reads as %+v", e)
		}
	})
}

// testPlaceCyclesAcrossArticles: containment that one article states and
// others contradict (Minsk in Belarus here, Belarus in Minsk there) is
// refused naming the cycle, directly, through a chain of three articles,
// and within one batch; the store's export is unchanged each time. An
// article that changes its own mind on re-import is not contradicting
// anyone.
func testPlaceCyclesAcrossArticles(t *testing.T, g *graph.Graph) {
	ctx := context.Background()
	text := "Minsk is in Belarus. Frunzensky is a district of Minsk. Belarus is part of the Union State. " +
		"The Union State meets in Frunzensky. Belarus lies in Minsk. Kyiv is in Ukraine. Ukraine is in Kyiv."
	article := func(id string) *outlet { return newOutlet(id, "Test", "2020-09-14", graph.Curated, text) }
	rel := func(o *outlet, typ graph.RelationType, from, to string) *graph.ArticleFacts {
		o.f.Relations = append(o.f.Relations, graph.Relation{Type: typ, From: from, To: to})
		return o.f
	}
	minskInBelarus := article("minsk-in-belarus").actor("belarus", "Belarus", graph.Country, "Belarus").
		place("minsk", "Minsk", "belarus", "Minsk").f
	district := article("district").place("minsk", "Minsk", "", "Minsk").
		place("frunzensky", "Frunzensky", "minsk", "Frunzensky").f
	union := rel(article("union").actor("belarus", "Belarus", graph.Country, "Belarus").
		actor("union-state", "Union State", graph.Organization, "Union State"), graph.PartOf, "belarus", "union-state")
	for _, f := range []*graph.ArticleFacts{minskInBelarus, district, union} {
		if _, err := g.UpsertArticle(ctx, f); err != nil {
			t.Fatalf("%s: %v", f.Article.ID, err)
		}
	}
	before := Export(t, g)
	refused := func(t *testing.T, err error, fact, reason string) {
		t.Helper()
		var fe *graph.FactsError
		if !errors.As(err, &fe) {
			t.Fatalf("err = %v, want a FactsError", err)
		}
		found := false
		for _, p := range fe.Problems {
			found = found || (p.Fact == graph.FactRef{Kind: "relation", ID: fact} && p.Field == "to" && strings.Contains(p.Reason, reason))
		}
		if !found {
			t.Errorf("problems %+v do not name relation %s with %q", fe.Problems, fact, reason)
		}
		if Export(t, g) != before {
			t.Error("the refused import changed the store")
		}
	}
	t.Run("two articles", func(t *testing.T) {
		f := rel(article("belarus-in-minsk").actor("belarus", "Belarus", graph.Country, "Belarus").
			place("minsk", "Minsk", "", "Minsk"), graph.LocatedIn, "belarus", "minsk")
		_, err := g.UpsertArticle(ctx, f)
		refused(t, err, "LOCATED_IN belarus minsk", "belarus in minsk in belarus")
	})
	t.Run("a chain of three articles", func(t *testing.T) {
		f := rel(article("union-in-district").actor("union-state", "Union State", graph.Organization, "Union State").
			place("frunzensky", "Frunzensky", "", "Frunzensky"), graph.LocatedIn, "union-state", "frunzensky")
		_, err := g.UpsertArticle(ctx, f)
		refused(t, err, "LOCATED_IN union-state frunzensky", "union-state in frunzensky in minsk in belarus in union-state")
	})
	t.Run("one batch", func(t *testing.T) {
		kyiv := article("kyiv").actor("ukraine", "Ukraine", graph.Country, "Ukraine").place("kyiv", "Kyiv", "ukraine", "Kyiv").f
		ukraine := rel(article("ukraine").actor("ukraine", "Ukraine", graph.Country, "Ukraine").
			place("kyiv", "Kyiv", "", "Kyiv"), graph.LocatedIn, "ukraine", "kyiv")
		_, err := g.Import(ctx, []*graph.ArticleFacts{kyiv, ukraine}, nil)
		refused(t, err, "LOCATED_IN ukraine kyiv", "ukraine in kyiv in ukraine")
	})
	t.Run("an article changes its own mind", func(t *testing.T) {
		f := rel(article("minsk-in-belarus").actor("belarus", "Belarus", graph.Country, "Belarus").
			place("minsk", "Minsk", "", "Minsk"), graph.LocatedIn, "belarus", "minsk")
		if _, err := g.UpsertArticle(ctx, f); err != nil {
			t.Fatalf("the article's own earlier statement counted against it: %v", err)
		}
	})
}

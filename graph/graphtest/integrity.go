package graphtest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// CheckIntegrity fails t when any reference in the graph dangles: an
// event's place or participant, a relation's end or a quote's article that
// the graph does not hold, or counts that disagree with the listings.
func CheckIntegrity(t testing.TB, g *graph.Graph) {
	t.Helper()
	ctx := context.Background()
	articles := map[string]bool{}
	checkSources := func(what string, srcs []graph.Source) {
		for _, src := range srcs {
			if _, ok := articles[src.ArticleID]; !ok {
				_, err := g.Article(ctx, src.ArticleID)
				articles[src.ArticleID] = err == nil
			}
			if !articles[src.ArticleID] {
				t.Errorf("integrity: %s quotes article %q, which the graph does not hold", what, src.ArticleID)
			}
		}
	}
	events, participations, placed := 0, 0, 0
	for q := (graph.TimelineQuery{Limit: graph.MaxLimit}); ; {
		p, err := g.Timeline(ctx, q)
		if err != nil {
			t.Fatalf("integrity: timeline: %v", err)
		}
		for _, e := range p.Items {
			events++
			participations += len(e.Participants)
			if e.Place != nil {
				placed++
			}
			if e.Place != nil && (e.Place.Name == "" || !slices.Contains(graph.PlaceKinds, e.Place.Kind)) {
				t.Errorf("integrity: event %s takes place in %+v, a place the graph does not hold", e.ID, *e.Place)
			}
			for _, part := range e.Participants {
				if part.Name == "" || !slices.Contains(graph.ActorKinds, part.Kind) {
					t.Errorf("integrity: event %s has participant %+v, an actor the graph does not hold", e.ID, part)
				}
			}
			checkSources("event "+e.ID, e.Sources)
		}
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	actors := 0
	relations := map[graph.RelationKey]bool{}
	for q := (graph.ActorQuery{Limit: graph.MaxLimit}); ; {
		p, err := g.Actors(ctx, q)
		if err != nil {
			t.Fatalf("integrity: actors: %v", err)
		}
		for _, a := range p.Items {
			actors++
			d, err := g.Actor(ctx, a.ID)
			if err != nil {
				t.Errorf("integrity: actor %s is listed but not found: %v", a.ID, err)
				continue
			}
			for _, r := range d.Relations {
				relations[graph.RelationKey{Type: r.Type, From: r.From, To: r.To}] = true
				if r.FromName == "" || r.ToName == "" {
					t.Errorf("integrity: relation %s %s→%s has an end the graph does not hold", r.Type, r.From, r.To)
				}
				checkSources("relation", r.Sources)
			}
			checkSources("actor "+a.ID, d.Sources)
		}
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	st, err := g.Stats(ctx)
	if err != nil {
		t.Fatalf("integrity: stats: %v", err)
	}
	if st.Events != events || st.Actors != actors {
		t.Errorf("integrity: stats count %d events and %d actors, the listings %d and %d", st.Events, st.Actors, events, actors)
	}
	// A participation or place edge the reads leave out (its actor or place
	// gone) shows as a count the events do not account for.
	if st.Edges[graph.ParticipatedIn] != participations || st.Edges[graph.OccurredIn] != placed {
		t.Errorf("integrity: %d PARTICIPATED_IN and %d OCCURRED_IN edges, but the events show %d participants and %d places",
			st.Edges[graph.ParticipatedIn], st.Edges[graph.OccurredIn], participations, placed)
	}
	// Relations between two places show in no actor's detail; those that
	// touch an actor must all be counted.
	byType := map[graph.RelationType]int{}
	for r := range relations {
		byType[r.Type]++
	}
	for typ, n := range byType {
		if st.Edges[string(typ)] < n {
			t.Errorf("integrity: actors show %d %s relations, the stats count %d", n, typ, st.Edges[string(typ)])
		}
	}
}

// upsert imports one article and checks that nothing dangles after it.
func upsert(t *testing.T, g *graph.Graph, f *graph.ArticleFacts) (graph.ImportResult, error) {
	t.Helper()
	res, err := g.UpsertArticle(context.Background(), f)
	CheckIntegrity(t, g)
	return res, err
}

// article builds a small article whose quotes are found in text.
type article struct {
	f *graph.ArticleFacts
}

func newArticle(id, published, text string) *article {
	return &article{f: &graph.ArticleFacts{Article: graph.Article{ID: id, Title: id, Outlet: "Test",
		Published: published, Language: "en", Text: text}}}
}

func (a *article) quote(q string) []graph.Source {
	at := strings.Index(a.f.Article.Text, q)
	if at < 0 {
		panic(fmt.Sprintf("test article %s lacks the quote %q", a.f.Article.ID, q))
	}
	return []graph.Source{{ArticleID: a.f.Article.ID, Quote: q, Start: at, End: at + len(q)}}
}

func (a *article) actor(id, name string, kind graph.ActorKind, q string) *article {
	a.f.Actors = append(a.f.Actors, graph.SourcedActor{Actor: graph.Actor{ID: id, Name: name, Kind: kind, Aliases: []string{}},
		Sources: a.quote(q)})
	return a
}

func (a *article) place(id, name string, q string) *article {
	a.f.Places = append(a.f.Places, graph.SourcedPlace{Place: graph.Place{ID: id, Name: name, Kind: graph.City}, Sources: a.quote(q)})
	return a
}

func (a *article) meeting(id, day, place, q string, actors ...string) *article {
	e := graph.Event{ID: id, Type: graph.Meeting, Title: id, Date: graph.Date{Start: day, End: day, Precision: graph.Day},
		Sources: a.quote(q)}
	if place != "" {
		e.Place = &graph.PlaceRef{ID: place}
	}
	for _, act := range actors {
		e.Participants = append(e.Participants, graph.Participant{ActorID: act, Role: "participant"})
	}
	a.f.Events = append(a.f.Events, e)
	return a
}

// runIntegrity is the part of the suite about the graph's guarantees:
// what an import may not do to the graph, and what readers may not see.
func runIntegrity(t *testing.T, empty, seeded func(t *testing.T) *graph.Graph) {
	ctx := context.Background()
	t.Run("RefusesKindChange", func(t *testing.T) {
		g := seeded(t)
		before := need(g.Stats(ctx))(t)
		a := newArticle("belarus-as-org", "2020-09-15", "Belarus said no.").
			actor("belarus", "Belarus", graph.Organization, "Belarus")
		var fe *graph.FactsError
		if _, err := upsert(t, g, a.f); !errors.As(err, &fe) || fe.Problems[0].Field != "id" {
			t.Fatalf("a Country restated as an Organization: err = %v, want a FactsError on the id", err)
		}
		if after := need(g.Stats(ctx))(t); !reflect.DeepEqual(before, after) {
			t.Errorf("the refused import changed the graph: %+v -> %+v", before, after)
		}
	})
	t.Run("OwnKindMayChange", func(t *testing.T) {
		g := empty(t)
		a := newArticle("a", "2020-09-15", "Acme met Bob.").actor("acme", "Acme", graph.Person, "Acme")
		need(upsert(t, g, a.f))(t)
		a.f.Actors[0].Kind = graph.Organization
		need(upsert(t, g, a.f))(t)
		if got := need(g.Actor(ctx, "acme"))(t).Kind; got != graph.Organization {
			t.Errorf("kind after the article's own correction = %s", got)
		}
	})
	t.Run("BatchCheckedBeforeAnyWrite", func(t *testing.T) {
		g := seeded(t)
		before := need(g.Stats(ctx))(t)
		good := newArticle("good", "2020-09-15", "Xi met Putin.").actor("xi", "Xi Jinping", graph.Person, "Xi")
		twoKinds := newArticle("two-kinds", "2020-09-15", "Xi spoke.").actor("xi", "Xi", graph.Organization, "Xi")
		placeIsActor := newArticle("place-is-actor", "2020-09-15", "In Putin, rain.").place(Putin, "Putin", "Putin")
		farWeek := newArticle("far-week", "2020-09-15", "Talks in 9999.").actor("xi", "Xi Jinping", graph.Person, "Talks").
			meeting("far-talks", "9999-12-31", "", "Talks", "xi")
		farWeek.f.Events[0].Date = graph.Date{Start: "9999-12-31", End: "10000-01-06", Precision: graph.Week}
		for name, bad := range map[string]*article{"one id two kinds": twoKinds, "place id is a stored actor": placeIsActor,
			"week past 9999": farWeek} {
			var fe *graph.FactsError
			_, err := g.Import(ctx, []*graph.ArticleFacts{good.f, bad.f}, nil)
			if !errors.As(err, &fe) {
				t.Errorf("%s: err = %v, want a FactsError", name, err)
			}
			if err := g.Check(ctx, []*graph.ArticleFacts{good.f, bad.f}); !errors.As(err, &fe) {
				t.Errorf("%s: Check passed what Import refuses: %v", name, err)
			}
		}
		if after := need(g.Stats(ctx))(t); !reflect.DeepEqual(before, after) {
			t.Errorf("a refused batch wrote something: %+v -> %+v", before, after)
		}
	})
	t.Run("BatchCheckedInOrder", func(t *testing.T) {
		// x states foo as a place. In a batch, y may make foo a Person only
		// once x has withdrawn it: the check follows the order of writes.
		g := empty(t)
		x := newArticle("x", "2020-09-15", "Rain in Foo.").place("foo", "Foo", "Foo")
		need(upsert(t, g, x.f))(t)
		z := newArticle("z", "2020-09-15", "Xi spoke.").actor("xi", "Xi", graph.Person, "Xi")
		y := newArticle("y", "2020-09-15", "Foo spoke.").actor("foo", "Foo", graph.Person, "Foo")
		xNow := newArticle("x", "2020-09-16", "Rain.")
		before := need(g.Stats(ctx))(t)
		var fe *graph.FactsError
		if err := g.Check(ctx, []*graph.ArticleFacts{z.f, y.f, xNow.f}); !errors.As(err, &fe) || fe.Problems[0].Article != "y" {
			t.Errorf("y before x withdraws foo: Check err = %v, want a FactsError on y", err)
		}
		if _, err := g.Import(ctx, []*graph.ArticleFacts{z.f, y.f, xNow.f}, nil); !errors.As(err, &fe) {
			t.Errorf("y before x withdraws foo: Import err = %v", err)
		}
		if after := need(g.Stats(ctx))(t); !reflect.DeepEqual(before, after) {
			t.Errorf("a refused batch wrote something: %+v -> %+v", before, after)
		}
		if _, err := g.Import(ctx, []*graph.ArticleFacts{z.f, xNow.f, y.f}, nil); err != nil {
			t.Errorf("x withdraws foo, then y: %v", err)
		}
		CheckIntegrity(t, g)
		if a := need(g.Actor(ctx, "foo"))(t); a.Kind != graph.Person {
			t.Errorf("foo is a %s", a.Kind)
		}
	})
	t.Run("URLMustBeHTTP", func(t *testing.T) {
		a := newArticle("js", "2020-09-15", "Xi met Putin.")
		a.f.Article.URL = "javascript:alert(1)"
		var fe *graph.FactsError
		if _, err := upsert(t, empty(t), a.f); !errors.As(err, &fe) || fe.Problems[0].Field != "url" {
			t.Errorf("err = %v, want a FactsError on url", err)
		}
	})
	t.Run("UnchangedWritesNothing", func(t *testing.T) {
		g := seeded(t)
		a := newArticle("a", "2020-09-15", "Xi met Putin.").actor("xi", "Xi Jinping", graph.Person, "Xi")
		if r := need(upsert(t, g, a.f))(t); r.Status != graph.Added {
			t.Errorf("first import: %s", r.Status)
		}
		if r := need(upsert(t, g, a.f))(t); r.Status != graph.Unchanged {
			t.Errorf("same facts again: %s, want unchanged", r.Status)
		}
		a.f.Actors[0].Description = "Chinese leader"
		if r := need(upsert(t, g, a.f))(t); r.Status != graph.Updated {
			t.Errorf("changed facts: %s, want updated", r.Status)
		}
	})
	t.Run("PlaceFallsBack", func(t *testing.T) {
		g := empty(t)
		text := "Xi met Putin in Sochi, or in Minsk."
		a := newArticle("a", "2020-09-15", text).actor("xi", "Xi", graph.Person, "Xi").actor("putin", "Putin", graph.Person, "Putin").
			place("sochi", "Sochi", "Sochi").meeting("talks", "2020-09-14", "sochi", "met", "xi", "putin")
		b := newArticle("b", "2020-09-16", text).actor("xi", "Xi", graph.Person, "Xi").actor("putin", "Putin", graph.Person, "Putin").
			place("minsk", "Minsk", "Minsk").meeting("talks", "2020-09-14", "minsk", "met", "xi", "putin")
		need(upsert(t, g, a.f))(t)
		need(upsert(t, g, b.f))(t)
		if p := need(g.Event(ctx, "talks"))(t).Place; p == nil || p.ID != "minsk" {
			t.Errorf("place after b = %+v, want minsk (the last import)", p)
		}
		// b withdraws the event and Minsk: a's Sochi is the place again.
		b.f.Events, b.f.Places = nil, nil
		need(upsert(t, g, b.f))(t)
		if p := need(g.Event(ctx, "talks"))(t).Place; p == nil || p.ID != "sochi" {
			t.Errorf("place after b withdrew = %+v, want sochi", p)
		}
		// a restates the event without a place: no article gives one now.
		a.f.Events[0].Place = nil
		need(upsert(t, g, a.f))(t)
		if p := need(g.Event(ctx, "talks"))(t).Place; p != nil {
			t.Errorf("place when no article gives one = %+v", p)
		}
	})
	t.Run("ForeignCursor", func(t *testing.T) {
		g := seeded(t)
		actors := need(g.Actors(ctx, graph.ActorQuery{Limit: 1}))(t)
		articles := need(g.Articles(ctx, graph.ArticleQuery{Limit: 1}))(t)
		timeline := need(g.Timeline(ctx, graph.TimelineQuery{Limit: 1}))(t)
		checks := map[string]error{
			"actors cursor on the timeline": second(g.Timeline(ctx, graph.TimelineQuery{Cursor: actors.Next})),
			"timeline cursor on actors":     second(g.Actors(ctx, graph.ActorQuery{Cursor: timeline.Next})),
			"timeline cursor on articles":   second(g.Articles(ctx, graph.ArticleQuery{Cursor: timeline.Next})),
		}
		if articles.Next != "" {
			checks["articles cursor on the timeline"] = second(g.Timeline(ctx, graph.TimelineQuery{Cursor: articles.Next}))
		}
		for name, err := range checks {
			var ie *graph.InvalidError
			if !errors.As(err, &ie) || ie.Field != "cursor" {
				t.Errorf("%s: err = %v, want an InvalidError naming cursor", name, err)
			}
		}
	})
	t.Run("NotFoundNamesParameter", func(t *testing.T) {
		g := seeded(t)
		for _, c := range []struct {
			param string
			err   error
		}{
			{"with", second(g.Meetings(ctx, graph.MeetingQuery{Actor: Putin, With: "nobody"}))},
			{"actor", second(g.Meetings(ctx, graph.MeetingQuery{Actor: "nobody", With: Putin}))},
			{"to", second(g.Paths(ctx, Putin, "nobody", 2))},
			{"from", second(g.Paths(ctx, "nobody", Putin, 2))},
			{"", second(g.Met(ctx, "nobody"))},
		} {
			var nf *graph.NotFoundError
			if !errors.As(c.err, &nf) || nf.Param != c.param || nf.ID != "nobody" || nf.Kind != "actor" {
				t.Errorf("param %q: err = %#v, want a NotFoundError naming it", c.param, c.err)
			}
		}
	})
	t.Run("ReadsSeeWholeArticles", func(t *testing.T) { testSnapshots(t, empty(t)) })
}

func second[T any](_ T, err error) error { return err }

// testSnapshots re-imports one article in two versions, over and over,
// while readers read: every answer must be the answer of one version, never
// a mix of both or an article half written.
func testSnapshots(t *testing.T, g *graph.Graph) {
	ctx := context.Background()
	text := "Xi met Putin in Sochi. Lukashenko joined them in Minsk."
	version := func(b bool) *graph.ArticleFacts {
		a := newArticle("flip", "2020-09-15", text).actor("xi", "Xi", graph.Person, "Xi").actor("putin", "Putin", graph.Person, "Putin").
			actor("lukashenko", "Lukashenko", graph.Person, "Lukashenko").place("sochi", "Sochi", "Sochi").place("minsk", "Minsk", "Minsk")
		if b {
			return a.meeting("talks", "2020-09-14", "minsk", "joined them", "xi", "putin", "lukashenko").f
		}
		return a.meeting("talks", "2020-09-14", "sochi", "met", "xi", "putin").f
	}
	type answer struct {
		event    *graph.Event
		timeline graph.Page[graph.Event]
	}
	read := func() (answer, error) {
		e, err := g.Event(ctx, "talks")
		if err != nil {
			return answer{}, err
		}
		tl, err := g.Timeline(ctx, graph.TimelineQuery{})
		return answer{e, tl}, err
	}
	var want [2]answer
	for i, b := range []bool{false, true} {
		need(g.UpsertArticle(ctx, version(b)))(t)
		want[i] = need(read())(t)
	}
	const rounds = 60
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 1)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				e, err := g.Event(ctx, "talks")
				if err == nil && !reflect.DeepEqual(e, want[0].event) && !reflect.DeepEqual(e, want[1].event) {
					err = fmt.Errorf("torn event: %+v", e)
				}
				if err == nil {
					var tl graph.Page[graph.Event]
					tl, err = g.Timeline(ctx, graph.TimelineQuery{})
					if err == nil && !reflect.DeepEqual(tl, want[0].timeline) && !reflect.DeepEqual(tl, want[1].timeline) {
						err = fmt.Errorf("torn timeline: %+v", tl)
					}
				}
				if err != nil {
					select {
					case errs <- err:
					default:
					}
					return
				}
			}
		}()
	}
	for i := range rounds {
		if _, err := g.UpsertArticle(ctx, version(i%2 == 0)); err != nil {
			t.Errorf("import round %d: %v", i, err)
			break
		}
	}
	close(stop)
	wg.Wait()
	select {
	case err := <-errs:
		t.Error(err)
	default:
	}
}

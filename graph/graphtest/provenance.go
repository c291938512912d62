package graphtest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// testProvenance imports a curated and an extracted article that share a
// meeting and an actor: articles keep their method and extractor, and an
// event or actor is curated while any article quoted for it is, extracted
// once only extracted ones are left. The extracted article also states an
// Inauguration, the newest event type.
func testProvenance(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	text := "Putin met Lukashenko in Sochi. Lukashenko was sworn in."
	reviewed := func(withTalks bool) *graph.ArticleFacts {
		a := newArticle("reviewed", "2020-09-14", text).
			actor("putin", "Vladimir Putin", graph.Person, "Putin").
			actor("lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko")
		if withTalks {
			a.meeting("talks", "2020-09-14", "", "Putin met Lukashenko", "putin", "lukashenko")
		}
		a.f.Actors[1].Sources = nil // only the drafted article quotes him
		return a.f
	}
	drafted := func(m graph.Method, extractor string) *graph.ArticleFacts {
		a := newArticle("drafted", "2020-09-15", text).
			actor("putin", "Vladimir Putin", graph.Person, "Putin").
			actor("lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
			meeting("talks", "2020-09-14", "", "Putin met Lukashenko", "putin", "lukashenko")
		a.f.Events = append(a.f.Events, graph.Event{ID: "sworn-in", Type: graph.Inauguration, Title: "Lukashenko sworn in",
			Date: graph.Date{Start: "2020-09-23", End: "2020-09-23", Precision: graph.Day}, Planned: true,
			Participants: []graph.Participant{{ActorID: "lukashenko", Role: "inaugurated"}},
			Sources:      a.quote("Lukashenko was sworn in")})
		a.f.Article.Method, a.f.Article.Extractor = m, extractor
		return a.f
	}

	need(upsert(t, s, reviewed(true)))(t)
	need(upsert(t, s, drafted(graph.Extracted, "rules-1")))(t)

	// Articles keep how they were made; one without a method is curated.
	if a := need(s.Article(ctx, "drafted"))(t); a.Method != graph.Extracted || a.Extractor != "rules-1" {
		t.Errorf("drafted article: method %q extractor %q, want extracted by rules-1", a.Method, a.Extractor)
	}
	if a := need(s.Article(ctx, "reviewed"))(t); a.Method != graph.Curated || a.Extractor != "" {
		t.Errorf("reviewed article: method %q extractor %q, want curated, no extractor", a.Method, a.Extractor)
	}
	methods := map[string]string{}
	for _, a := range need(s.Articles(ctx, graph.ArticleQuery{}))(t).Items {
		methods[a.ID] = string(a.Method) + " " + a.Extractor
	}
	if want := map[string]string{"drafted": "extracted rules-1", "reviewed": "curated "}; !maps.Equal(methods, want) {
		t.Errorf("article listing methods = %q, want %q", methods, want)
	}

	check := func(when string, want map[string]graph.Method) {
		t.Helper()
		got := map[string]graph.Method{}
		for _, e := range timeline(t, s, graph.TimelineQuery{}) {
			got["event "+e.ID] = e.Provenance
			if one := need(s.Event(ctx, e.ID))(t); one.Provenance != e.Provenance {
				t.Errorf("%s: event %s is %q alone, %q on the timeline", when, e.ID, one.Provenance, e.Provenance)
			}
		}
		for _, id := range []string{"putin", "lukashenko"} {
			got["actor "+id] = need(s.Actor(ctx, id))(t).Provenance
		}
		for _, m := range need(s.Meetings(ctx, graph.MeetingQuery{Actor: "putin"}))(t) {
			got["meeting "+m.ID] = m.Provenance
		}
		for _, c := range need(s.Met(ctx, "putin"))(t) {
			for _, m := range c.Meetings {
				got["met "+m.EventID] = m.Provenance
			}
		}
		if !maps.Equal(got, want) {
			t.Errorf("%s: provenance %v, want %v", when, got, want)
		}
	}
	check("curated and extracted", map[string]graph.Method{
		"event talks": graph.Curated, "event sworn-in": graph.Extracted,
		"actor putin": graph.Curated, "actor lukashenko": graph.Extracted,
		"meeting talks": graph.Curated, "met talks": graph.Curated,
	})
	if got := timeline(t, s, graph.TimelineQuery{Type: string(graph.Inauguration)}); len(got) != 1 || got[0].ID != "sworn-in" ||
		len(got[0].Participants) != 1 || got[0].Participants[0].Role != "inaugurated" {
		t.Errorf("Inauguration timeline = %+v, want the swearing-in with Lukashenko inaugurated", got)
	}
	if st := need(s.Stats(ctx))(t); st.EventsByType[graph.Inauguration] != 1 {
		t.Errorf("stats count %d inaugurations, want 1", st.EventsByType[graph.Inauguration])
	}

	// The curated article withdraws the meeting: only the extracted one
	// states it now.
	need(upsert(t, s, reviewed(false)))(t)
	check("talks only extracted", map[string]graph.Method{
		"event talks": graph.Extracted, "event sworn-in": graph.Extracted,
		"actor putin": graph.Curated, "actor lukashenko": graph.Extracted,
		"meeting talks": graph.Extracted, "met talks": graph.Extracted,
	})

	// A person reviews the drafted article: the same facts, now curated.
	// The method is part of what an import writes, so it is no "unchanged".
	if r := need(upsert(t, s, drafted(graph.Curated, "")))(t); r.Status != graph.Updated {
		t.Errorf("the reviewed draft's import is %q, want updated", r.Status)
	}
	if a := need(s.Article(ctx, "drafted"))(t); a.Method != graph.Curated || a.Extractor != "" {
		t.Errorf("reviewed draft: method %q extractor %q, want curated, no extractor", a.Method, a.Extractor)
	}
	check("all curated", map[string]graph.Method{
		"event talks": graph.Curated, "event sworn-in": graph.Curated,
		"actor putin": graph.Curated, "actor lukashenko": graph.Curated,
		"meeting talks": graph.Curated, "met talks": graph.Curated,
	})

	// A method outside the vocabulary is refused, naming the field.
	bad := drafted("guessed", "")
	var fe *graph.FactsError
	if _, err := upsert(t, s, bad); !errors.As(err, &fe) || !slices.ContainsFunc(fe.Problems, func(p graph.Problem) bool {
		return p.Field == "method"
	}) {
		t.Errorf("method %q: err = %v, want a FactsError on the method", bad.Article.Method, err)
	}
}

// testSourcesShown imports more articles quoting one actor, and stating
// its relation to a country, than an actor's detail shows: the detail
// counts them all, shows SourcesShown of each, those of the one curated
// article (the last by id) first, so that the actor reads as curated.
//
// Then the curated article is imported again as extracted and the one
// before it as curated: the quotes shown follow the articles' methods as
// they are now, which the backends keep with each quote.
func testSourcesShown(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	n := graph.SourcesShown + 5
	text := "Lukashenko leads Belarus."
	write := func(i int, method graph.Method) {
		a := newArticle(fmt.Sprintf("wire-%03d", i), "2020-09-14", text).
			actor("lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
			actor("belarus", "Belarus", graph.Country, "Belarus")
		a.f.Relations = append(a.f.Relations, graph.Relation{Type: graph.LeaderOf, From: "lukashenko", To: "belarus",
			Sources: a.quote("Lukashenko leads Belarus")})
		a.f.Article.Method, a.f.Article.Extractor = graph.Extracted, "rules-1"
		if method == graph.Curated {
			a.f.Article.Method, a.f.Article.Extractor = graph.Curated, ""
		}
		need(upsert(t, s, a.f))(t)
	}
	for i := range n {
		method := graph.Extracted
		if i == n-1 {
			method = graph.Curated
		}
		write(i, method)
	}
	d := need(s.Actor(ctx, "lukashenko"))(t)
	curated := fmt.Sprintf("wire-%03d", n-1)
	check := func(what string, srcs []graph.Source, count int) {
		t.Helper()
		if len(srcs) != graph.SourcesShown || count != n {
			t.Errorf("%s shows %d of %d quotes, want %d of %d", what, len(srcs), count, graph.SourcesShown, n)
		}
		if !slices.ContainsFunc(srcs, func(x graph.Source) bool { return x.ArticleID == curated }) {
			t.Errorf("%s does not show the curated article's quote: %v", what, srcs)
		}
	}
	check("the actor", d.Sources, d.SourceCount)
	if d.Provenance != graph.Curated {
		t.Errorf("actor provenance %q, want curated (one article quoting it is)", d.Provenance)
	}
	if len(d.Relations) != 1 {
		t.Fatalf("relations %v, want the one LEADER_OF", d.Relations)
	}
	check("the relation", d.Relations[0].Sources, d.Relations[0].SourceCount)

	// The last article, reviewed no more, is shown no longer (it sorts
	// last by id); the one before it, now reviewed, is (it sorts after
	// the SourcesShown first ones).
	reviewed := fmt.Sprintf("wire-%03d", n-2)
	write(n-1, graph.Extracted)
	write(n-2, graph.Curated)
	d = need(s.Actor(ctx, "lukashenko"))(t)
	shown := func(id string) bool {
		return slices.ContainsFunc(d.Sources, func(x graph.Source) bool { return x.ArticleID == id })
	}
	if !shown(reviewed) || shown(curated) || d.SourceCount != n {
		t.Errorf("after the methods changed, the actor shows %v of %d quotes, want %s's and not %s's", d.Sources, d.SourceCount, reviewed, curated)
	}
}

package api

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

// TestProvenance serves the seed (curated) and an extracted article that
// restates the Sochi talks and adds an inauguration: articles say how they
// were made, and events, actors and meetings are extracted only when no
// curated article states them. get checks every answer against
// openapi.json.
func TestProvenance(t *testing.T) {
	ctx := context.Background()
	backend, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "provenance.db"))
	if err != nil {
		t.Fatal(err)
	}
	store := graph.New(backend)
	defer store.Close(ctx)
	if _, err := importer.Import(ctx, store, []string{filepath.Join("..", "seeds")}, nil); err != nil {
		t.Fatal(err)
	}
	text := "Lukashenko met Putin in Sochi. Lukashenko was sworn in as president of Belarus."
	quote := func(q string) []graph.Source {
		at := strings.Index(text, q)
		return []graph.Source{{ArticleID: "drafted", Quote: q, Start: at, End: at + len(q)}}
	}
	day := func(d string) graph.Date { return graph.Date{Start: d, End: d, Precision: graph.Day} }
	f := &graph.ArticleFacts{
		Article: graph.Article{ID: "drafted", Title: "Drafted", Outlet: "Wire", Published: "2020-09-23", Language: "en",
			Text: text, Method: graph.Extracted, Extractor: "rules-1"},
		Actors: []graph.SourcedActor{
			{Actor: graph.Actor{ID: lukashenko, Name: "Alexander Lukashenko", Kind: graph.Person}, Sources: quote("Lukashenko")},
			{Actor: graph.Actor{ID: putin, Name: "Vladimir Putin", Kind: graph.Person}, Sources: quote("Putin")},
			{Actor: graph.Actor{ID: "belarus-presidency", Name: "Presidency of Belarus", Kind: graph.Organization},
				Sources: quote("president of Belarus")},
		},
		Events: []graph.Event{
			{ID: sochiTalks, Type: graph.Meeting, Title: "Lukashenko and Putin hold talks in Sochi", Date: day("2020-09-14"),
				Participants: []graph.Participant{{ActorID: lukashenko, Role: "visitor"}, {ActorID: putin, Role: "host"}},
				Sources:      quote("Lukashenko met Putin")},
			{ID: "lukashenko-inauguration-2020", Type: graph.Inauguration, Title: "Lukashenko sworn in", Date: day("2020-09-23"),
				Participants: []graph.Participant{{ActorID: lukashenko, Role: "inaugurated"}, {ActorID: "belarus-presidency", Role: "subject"}},
				Sources:      quote("Lukashenko was sworn in")},
		},
	}
	if _, err := store.UpsertArticle(ctx, f); err != nil {
		t.Fatal(err)
	}
	h := New(store, quietLog())

	art := decode[graph.Article](t, get(t, h, "/api/v1/articles/drafted"))
	if art.Method != graph.Extracted || art.Extractor != "rules-1" {
		t.Errorf("drafted article: method %q extractor %q", art.Method, art.Extractor)
	}
	rec := get(t, h, "/api/v1/articles")
	for _, a := range decode[struct{ Items []graph.Article }](t, rec).Items {
		want := graph.Curated
		if a.ID == "drafted" {
			want = graph.Extracted
		}
		if a.Method != want {
			t.Errorf("listing: article %s is %q, want %q", a.ID, a.Method, want)
		}
	}
	if strings.Count(rec.Body.String(), `"extractor"`) != 1 {
		t.Errorf("only the extracted article names an extractor: %s", rec.Body)
	}

	events := map[string]graph.Method{}
	for _, e := range decode[eventList](t, get(t, h, "/api/v1/timeline?limit=500")).Items {
		events[e.ID] = e.Provenance
	}
	if events[sochiTalks] != graph.Curated || events["lukashenko-inauguration-2020"] != graph.Extracted || events[loanEvent] != graph.Curated {
		t.Errorf("timeline provenance: talks %q (curated: the seed states them too), inauguration %q (extracted), loan %q",
			events[sochiTalks], events["lukashenko-inauguration-2020"], events[loanEvent])
	}
	inaug := decode[eventList](t, get(t, h, "/api/v1/timeline?type=Inauguration")).Items
	if len(inaug) != 1 || inaug[0].Provenance != graph.Extracted {
		t.Errorf("Inauguration timeline = %+v", inaug)
	}
	if e := decode[graph.Event](t, get(t, h, "/api/v1/events/lukashenko-inauguration-2020")); e.Provenance != graph.Extracted {
		t.Errorf("inauguration event is %q", e.Provenance)
	}
	for id, want := range map[string]graph.Method{lukashenko: graph.Curated, "belarus-presidency": graph.Extracted} {
		if a := decode[graph.ActorDetail](t, get(t, h, "/api/v1/actors/"+id)); a.Provenance != want {
			t.Errorf("actor %s is %q, want %q", id, a.Provenance, want)
		}
	}
	for _, c := range decode[struct{ Items []graph.Counterpart }](t, get(t, h, "/api/v1/actors/"+putin+"/met")).Items {
		for _, m := range c.Meetings {
			if m.Provenance != graph.Curated {
				t.Errorf("Putin's meeting %s with %s is %q, want curated", m.EventID, c.Actor.ID, m.Provenance)
			}
		}
	}
	get(t, h, "/api/v1/meetings")
	get(t, h, "/api/v1/stats")
}

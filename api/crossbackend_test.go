package api

import (
	"bytes"
	"context"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/internal/testenv"
)

// TestSameAnswersOnNeo4j imports the seed into an empty Neo4j and asks both
// backends every route: the JSON must be the same byte for byte.
func TestSameAnswersOnNeo4j(t *testing.T) {
	srv := testenv.Neo4jServer(t)
	ctx := context.Background()
	srv.Clear(t)
	store, err := open.Store(ctx, open.Config{URI: srv.URI, Neo4jUser: srv.User, Neo4jPassword: srv.Password, Neo4jDatabase: srv.Database})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)
	if _, err := importer.Import(ctx, store, []string{filepath.Join("..", "seeds")}, nil); err != nil {
		t.Fatal(err)
	}
	neo := New(store, quietLog())

	targets := routeTargets(t)
	for _, target := range targets {
		want := get(t, handler, target)
		got := get(t, neo, target)
		if want.Code != got.Code || !bytes.Equal(want.Body.Bytes(), got.Body.Bytes()) {
			t.Errorf("%s:\nsqlite %d %s\nneo4j  %d %s", target, want.Code, want.Body, got.Code, got.Body)
		}
	}
	t.Logf("compared %d routes", len(targets))
}

// routeTargets lists a request for every route and filter, and for every
// actor and event of the seed.
func routeTargets(t *testing.T) []string {
	targets := []string{
		"/api/v1/actors", "/api/v1/actors?limit=3", "/api/v1/actors?q=putin", "/api/v1/actors?q=LUKA&kind=Person",
		"/api/v1/actors?kind=Country", "/api/v1/actors?kind=Group", "/api/v1/actors?q=Tsikhanou%C5%ADskaya",
		"/api/v1/timeline", "/api/v1/timeline?limit=4", "/api/v1/timeline?type=Protest", "/api/v1/timeline?place=belarus",
		"/api/v1/timeline?place=minsk", "/api/v1/timeline?from=2020-09&to=2020-09-13", "/api/v1/timeline?from=2019&to=2019",
		"/api/v1/timeline?actor=vladimir-putin&type=Meeting", "/api/v1/timeline.timelinejs",
		"/api/v1/timeline.timelinejs?actor=alexander-lukashenko",
		"/api/v1/meetings", "/api/v1/meetings?actor=vladimir-putin&with=alexander-lukashenko", "/api/v1/meetings?from=2020",
		"/api/v1/articles", "/api/v1/articles/aljazeera-2020-09-14-lukashenko-putin-sochi",
		"/api/v1/paths?from=svetlana-tikhanovskaya&to=vladimir-putin",
		"/api/v1/paths?from=margarita-simonyan&to=belarus&maxHops=6",
		"/api/v1/paths?from=step-vaessen&to=russia&maxHops=6", "/api/v1/paths?from=al-jazeera&to=rt&maxHops=2",
		"/api/v1/actors/nobody", "/api/v1/events/nothing", "/api/v1/timeline?limit=501", "/api/v1/stats",
		"/api/v1/meetings?actor=vladimir-putin&with=nobody", "/api/v1/paths?from=nobody&to=vladimir-putin",
	}
	// The second page of the timeline, through its cursor.
	first := decode[struct{ Next *string }](t, get(t, handler, "/api/v1/timeline?limit=4"))
	if first.Next != nil {
		targets = append(targets, "/api/v1/timeline?limit=4&cursor="+url.QueryEscape(*first.Next))
	}
	actors := decode[struct{ Items []graph.Actor }](t, get(t, handler, "/api/v1/actors?limit=500"))
	for _, a := range actors.Items {
		for _, suffix := range []string{"", "/met", "/network", "/network?depth=2", "/network?depth=3"} {
			targets = append(targets, "/api/v1/actors/"+a.ID+suffix)
		}
	}
	events := decode[struct{ Items []graph.Event }](t, get(t, handler, "/api/v1/timeline?limit=500"))
	for _, e := range events.Items {
		targets = append(targets, "/api/v1/events/"+e.ID)
	}
	if len(actors.Items) < 10 || len(events.Items) < 10 {
		t.Fatalf("seed too small: %d actors, %d events", len(actors.Items), len(events.Items))
	}
	return targets
}

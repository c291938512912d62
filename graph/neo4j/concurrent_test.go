package neo4j

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
)

// TestConcurrentImports imports articles that state the same facts at the
// same time: no statement or alias may be lost, so the result equals the
// same imports done one after another.
func TestConcurrentImports(t *testing.T) {
	ctx := context.Background()
	seed := seedFacts(t)
	var arts []*graph.ArticleFacts
	for i := range 12 {
		f := clone(t, seed)
		f.Article.ID = fmt.Sprintf("copy-%d", i)
		for j := range f.Actors {
			f.Actors[j].Aliases = append(f.Actors[j].Aliases, fmt.Sprintf("alias %d", i))
		}
		arts = append(arts, f)
	}
	serial := openStore(t)
	defer serial.Close(ctx)
	for _, f := range arts {
		if _, err := serial.UpsertArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	want := snapshot(t, serial)
	wantActor, err := serial.Actor(ctx, graphtest.Putin)
	if err != nil {
		t.Fatal(err)
	}

	s := openStore(t)
	defer s.Close(ctx)
	var wg sync.WaitGroup
	errs := make([]error, len(arts))
	for i, f := range arts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.UpsertArticle(ctx, f)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("import %d: %v", i, err)
		}
	}
	got := snapshot(t, s)
	// Statement lists may list articles in another order.
	if len(got) != len(want) {
		t.Errorf("concurrent imports made %d nodes and relationships, serial %d:\n%s", len(got), len(want), diffLines(want, got))
	}
	gotActor, err := s.Actor(ctx, graphtest.Putin)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotActor, wantActor) {
		t.Errorf("Putin after concurrent imports:\n%s", jsonDiff(wantActor, gotActor))
	}
	for _, f := range arts[:1] {
		for _, e := range f.Events {
			n := cypher(t, s, `MATCH (e:Event {id: $id}) RETURN size(e.articles)`, map[string]any{"id": e.ID})
			if len(n) != 1 || n[0].Values[0] != int64(len(arts)) {
				t.Errorf("event %s is stated by %v articles, want %d", e.ID, n[0].Values, len(arts))
			}
		}
	}
}

package neo4j

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
)

// TestConcurrentImports imports articles that state the same facts at the
// same time into an empty store: no statement or alias may be lost, so
// the result equals the same imports done one after another.
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
	serial, ss := openGraph(t)
	for _, f := range arts {
		if _, err := serial.UpsertArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	want := snapshot(t, ss)
	wantActor, err := serial.Actor(ctx, graphtest.Putin)
	if err != nil {
		t.Fatal(err)
	}

	g, s := openGraph(t)
	var wg sync.WaitGroup
	errs := make([]error, len(arts))
	for i, f := range arts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = g.UpsertArticle(ctx, f)
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
	gotActor, err := g.Actor(ctx, graphtest.Putin)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotActor, wantActor) {
		t.Errorf("Putin after concurrent imports:\n%s", jsonDiff(wantActor, gotActor))
	}
	for _, e := range arts[0].Events {
		n := cypher(t, s, `MATCH (e:Event {id: $id}) RETURN size(e.articles)`, map[string]any{"id": e.ID})
		if len(n) != 1 || n[0].Values[0] != int64(len(arts)) {
			t.Errorf("event %s is stated by %v articles, want %d", e.ID, n, len(arts))
		}
	}
	graphtest.CheckIntegrity(t, g)
}

// flipVersions are two versions of the seed article: B replaces a
// participant of the Sochi talks, moves them to Minsk, and drops and
// rewords quotes.
func flipVersions(t *testing.T) (a, b *graph.ArticleFacts) {
	a = seedFacts(t)
	b = clone(t, a)
	for i := range b.Events {
		e := &b.Events[i]
		switch e.ID {
		case graphtest.SochiTalks:
			// A meeting needs two: Tikhanovskaya takes Putin's place.
			e.Participants = slices.DeleteFunc(e.Participants, func(p graph.Participant) bool { return p.ActorID == graphtest.Putin })
			e.Participants = append(e.Participants, graph.Participant{ActorID: graphtest.Tikhanovskaya, Role: "participant"})
			e.Place = &graph.PlaceRef{ID: "minsk"}
			e.Sources = e.Sources[:1]
			e.Title += " (retold)"
		case graphtest.Arrests:
			e.Sources = nil
		}
	}
	return a, b
}

// TestReadersSeeOneVersion re-imports one article in two versions, over and
// over, while readers read the timeline and one event: every answer must
// be exactly the answer to one version, imported alone. It runs with the
// graph lock taken shared by reads (APOC) and exclusive (without APOC).
func TestReadersSeeOneVersion(t *testing.T) {
	t.Run("SharedLock", func(t *testing.T) {
		g, s := openGraph(t)
		if !s.sharedReads {
			t.Fatal("the test server lacks apoc.lock.read.nodes (scripts/neo4j-test-server installs APOC)")
		}
		readersSeeOneVersion(t, g, s)
	})
	t.Run("ExclusiveLock", func(t *testing.T) {
		g, s := openGraph(t)
		s.sharedReads = false
		readersSeeOneVersion(t, g, s)
	})
}

func readersSeeOneVersion(t *testing.T, g *graph.Graph, s *Store) {
	ctx := context.Background()
	a, b := flipVersions(t)
	var want [2]versionAnswer
	for i, f := range []*graph.ArticleFacts{a, b} {
		wipe(t, s)
		if _, err := g.UpsertArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
		var err error
		if want[i].timeline, err = g.Timeline(ctx, graph.TimelineQuery{Limit: graph.MaxLimit}); err != nil {
			t.Fatal(err)
		}
		if want[i].event, err = g.Event(ctx, graphtest.SochiTalks); err != nil {
			t.Fatal(err)
		}
	}
	if reflect.DeepEqual(want[0], want[1]) {
		t.Fatal("the two versions read alike")
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	reads := make([]int, 3)
	errs := make([]error, len(reads))
	for r := range reads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reads[r], errs[r] = readUntil(g, want, stop)
		}()
	}
	for i := range 100 {
		if _, err := g.UpsertArticle(ctx, []*graph.ArticleFacts{a, b}[i%2]); err != nil {
			t.Errorf("import %d: %v", i, err)
			break
		}
	}
	close(stop)
	wg.Wait()
	for r, err := range errs {
		if err != nil {
			t.Errorf("reader %d after %d good reads: %v", r, reads[r], err)
		}
	}
	t.Logf("good reads: %v", reads)
}

// versionAnswer is what readers read of one version.
type versionAnswer struct {
	timeline graph.Page[graph.Event]
	event    *graph.Event
}

// readUntil reads the timeline and the event until stop is closed or an
// answer is of neither version; it returns how many good reads it made.
func readUntil(g *graph.Graph, want [2]versionAnswer, stop chan struct{}) (int, error) {
	ctx := context.Background()
	for n := 0; ; n++ {
		select {
		case <-stop:
			return n, nil
		default:
		}
		tl, err := g.Timeline(ctx, graph.TimelineQuery{Limit: graph.MaxLimit})
		if err != nil {
			return n, err
		}
		if !reflect.DeepEqual(tl, want[0].timeline) && !reflect.DeepEqual(tl, want[1].timeline) {
			return n, fmt.Errorf("timeline of neither version:\n%s", jsonDiff(want[0].timeline, tl))
		}
		e, err := g.Event(ctx, graphtest.SochiTalks)
		if err != nil {
			return n, err
		}
		if !reflect.DeepEqual(e, want[0].event) && !reflect.DeepEqual(e, want[1].event) {
			return n, fmt.Errorf("event of neither version:\n%s", jsonDiff(want[0].event, e))
		}
	}
}

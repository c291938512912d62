package neo4j

import (
	"cmp"
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// toOldModel removes what the old version of this package did not write:
// fingerprints, methods, the statedParts and statedOcc of articles and the
// placeIds of events, whose placeArticles then say only who states a place.
func toOldModel(t *testing.T, s *Store) {
	t.Helper()
	cypher(t, s, `MATCH (a:Article) REMOVE a.fingerprint, a.method, a.extractor, a.statedParts, a.statedOcc`, nil)
	cypher(t, s, `MATCH (e:Event) REMOVE e.placeIds`, nil)
}

// stated reads what an article stated, in a transaction that writes
// nothing.
func stated(t *testing.T, s *Store, article string) *graph.Prior {
	t.Helper()
	var p *graph.Prior
	errDone := errors.New("done")
	err := s.Update(context.Background(), func(tx graph.Tx) error {
		var err error
		if p, err = tx.Stated(context.Background(), article); err != nil {
			return err
		}
		return errDone
	})
	if !errors.Is(err, errDone) {
		t.Fatal(err)
	}
	if p != nil {
		slices.SortFunc(p.Parts, func(a, b graph.Part) int { return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(a.Actor, b.Actor)) })
		slices.SortFunc(p.Occ, func(a, b graph.Occurrence) int { return cmp.Compare(a.Event, b.Event) })
	}
	return p
}

// TestOldModelMigrates reads and writes a database the old version wrote:
// what its articles stated is derived from the graph, and further imports
// give the answers the SQLite backend gives.
func TestOldModelMigrates(t *testing.T) {
	ctx := context.Background()
	p := openPair(t)
	a, b := flipVersions(t)
	copyOf := clone(t, a)
	copyOf.Article.ID = "copy"
	p.upsert(t, a)
	p.upsert(t, copyOf)
	before := snapshot(t, p.store)
	want := stated(t, p.store, a.Article.ID)

	toOldModel(t, p.store)
	got := stated(t, p.store, a.Article.ID)
	if got.Fingerprint != "" {
		t.Errorf("fingerprint of an old article = %q, want none", got.Fingerprint)
	}
	got.Fingerprint = want.Fingerprint
	if !reflect.DeepEqual(got, want) {
		t.Errorf("what an old article stated:\n%s", jsonDiff(want, got))
	}
	compareAll(t, p, false)

	// The same facts again: without a fingerprint they are written, and
	// bring the article and its events to the current model.
	if r, err := p.n4.UpsertArticle(ctx, a); err != nil || r.Status != graph.Updated {
		t.Fatalf("re-import of an old article: %+v, %v", r, err)
	}
	if r, err := p.n4.UpsertArticle(ctx, copyOf); err != nil || r.Status != graph.Updated {
		t.Fatalf("re-import of an old article: %+v, %v", r, err)
	}
	if after := snapshot(t, p.store); !reflect.DeepEqual(before, after) {
		t.Errorf("re-importing old articles left another graph than importing them new:\n%s", diffLines(before, after))
	}

	toOldModel(t, p.store)
	for _, f := range []*graph.ArticleFacts{b, {Article: graph.Article{ID: "copy", Title: "Emptied", Outlet: "Test",
		Published: "2020-09-20", Language: "en", Text: "Nothing."}}} {
		r1, err1 := p.sq.UpsertArticle(ctx, f)
		r2, err2 := p.n4.UpsertArticle(ctx, f)
		if err1 != nil || err2 != nil || r1 != r2 {
			t.Fatalf("import %s: sqlite %+v %v, neo4j %+v %v", f.Article.ID, r1, err1, r2, err2)
		}
		compareAll(t, p, false)
	}
}

package graphtest

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// testReimportScoresAlike imports an article whose statement merges with
// a stored one that names another person too, then imports it again: the
// second import must find the same merge with the same score (its own
// earlier participants do not count as agreement), so nothing changes.
func testReimportScoresAlike(t *testing.T, s *graph.Graph) {
	ctx := context.Background()
	first := newOutlet("first-wire", "Wire", "2021-03-02", graph.Curated, "Putin spoke about Merkel on March 1.").
		actor("vladimir-putin", "Vladimir Putin", graph.Person, "Putin").
		actor("angela-merkel", "Angela Merkel", graph.Person, "Merkel").
		event("putin-on-merkel", graph.Statement, day("2021-03-01"), "", "spoke", nil,
			"vladimir-putin", "speaker", "angela-merkel", "addressee")
	second := newOutlet("second-wire", "Post", "2021-03-03", graph.Curated, "Lukashenko spoke with Putin on March 1.").
		actor("alexander-lukashenko", "Alexander Lukashenko", graph.Person, "Lukashenko").
		actor("putin", "Vladimir Putin", graph.Person, "Putin").
		event("lukashenko-putin-call", graph.Statement, day("2021-03-01"), "", "spoke", nil,
			"alexander-lukashenko", "speaker", "putin", "addressee")
	if _, err := s.UpsertArticle(ctx, first.f); err != nil {
		t.Fatal(err)
	}
	res, err := s.UpsertArticle(ctx, second.f)
	if err != nil {
		t.Fatal(err)
	}
	var merged *graph.Merge
	for i, m := range res.Merges {
		if m.From == "lukashenko-putin-call" {
			merged = &res.Merges[i]
		}
	}
	if merged == nil || merged.To != "putin-on-merkel" {
		t.Fatalf("the second article's statement did not merge with the first's: %+v", res.Merges)
	}
	again, err := s.UpsertArticle(ctx, second.f)
	if err != nil {
		t.Fatal(err)
	}
	if again.Status != graph.Unchanged {
		t.Errorf("importing the same article again: %s, merges %+v (first time %+v)", again.Status, again.Merges, res.Merges)
	}
}

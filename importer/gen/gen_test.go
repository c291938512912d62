package gen

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

// TestCorpusImports: a generated corpus passes every check, imports, and
// its outlets' reports merge into fewer events than reports; the same
// seed writes the same files.
func TestCorpusImports(t *testing.T) {
	dir := t.TempDir()
	sum, err := Write(dir, Config{Events: 60, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reports <= sum.Events || sum.Articles == 0 {
		t.Fatalf("summary %+v: want several reports per event", sum)
	}
	ctx := context.Background()
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "gen.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	defer g.Close(ctx)
	rep, err := importer.Import(ctx, g, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := g.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != sum.Articles || st.Events < sum.Events || st.Events >= sum.Reports {
		t.Errorf("%d articles imported of %d; %d events for %d stories told %d times: want merging to bring them near the stories",
			len(rep.Articles), sum.Articles, st.Events, sum.Events, sum.Reports)
	}
	again := t.TempDir()
	if _, err := Write(again, Config{Events: 60, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join(again, filepath.Base(f)))
		if err != nil || string(a) != string(b) {
			t.Fatalf("%s differs between two runs with one seed", filepath.Base(f))
		}
	}
}

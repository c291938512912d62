package staged_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/graph/staged"
	"github.com/eventgraph/eventgraph/importer"
)

func openSQLite(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sameFiles checks, once both stores are closed, that the remote store
// answers as its local copy does.
func sameFiles(t *testing.T, local, remote string) {
	t.Helper()
	ctx := context.Background()
	a, b := graph.New(openSQLite(t, local)), graph.New(openSQLite(t, remote))
	defer a.Close(ctx)
	defer b.Close(ctx)
	graphtest.SameGraph(t, a, b)
}

// The conformance suite through a staged backend whose remote store is
// an embedded one too: every answer is the local copy's, and after every
// test the remote store gives the same.
func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Backend {
		ctx := context.Background()
		dir := t.TempDir()
		local, remote := filepath.Join(dir, "local.db"), filepath.Join(dir, "remote.db")
		b, err := staged.New(ctx, openSQLite(t, local), openSQLite(t, remote), nil)
		if err != nil {
			t.Fatal(err)
		}
		// Registered before the test's own Close, so it runs after it.
		t.Cleanup(func() { sameFiles(t, local, remote) })
		return b
	})
}

func TestRefusesAStoreThatHoldsArticles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	held := openSQLite(t, filepath.Join(dir, "held.db"))
	graphtest.Seed(t, graph.New(held))
	for name, stores := range map[string][2]graph.Backend{
		"remote": {openSQLite(t, filepath.Join(dir, "empty1.db")), held},
		"local":  {held, openSQLite(t, filepath.Join(dir, "empty2.db"))},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := staged.New(ctx, stores[0], stores[1], nil); !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("staged over a %s store that holds articles: err = %v, want ErrInvalid", name, err)
			}
		})
	}
}

// refusing is a real store whose writes can be made to fail, as a remote
// store's do when it goes away.
type refusing struct {
	graph.Backend
	refuse error
}

func (r *refusing) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if r.refuse != nil {
		return r.refuse
	}
	return r.Backend.Update(ctx, fn)
}

func TestAFailedWriteLeavesBothAsTheyWere(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	local, remote := filepath.Join(dir, "local.db"), filepath.Join(dir, "remote.db")
	r := &refusing{Backend: openSQLite(t, remote)}
	b, err := staged.New(ctx, openSQLite(t, local), r, nil)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	r.refuse = graph.ErrUnavailable
	if _, err := importer.Import(ctx, g, []string{graphtest.SeedDir()}, nil); !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("import while the store is away: err = %v", err)
	}
	if st, err := g.Stats(ctx); err != nil || st.Articles != 0 {
		t.Fatalf("the local copy after a failed write: %+v, %v", st, err)
	}
	// The store is back: the same import lands in both.
	r.refuse = nil
	graphtest.Seed(t, g)
	if err := g.Close(ctx); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, local, remote)
}

func TestStopsWhenSomethingElseWrites(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	remote := openSQLite(t, filepath.Join(dir, "remote.db"))
	b, err := staged.New(ctx, openSQLite(t, filepath.Join(dir, "local.db")), remote, nil)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	defer g.Close(ctx)
	// Another writer of the remote store.
	graphtest.Seed(t, graph.New(remote))
	for i := range 2 {
		if _, err := importer.Import(ctx, g, []string{graphtest.SeedDir()}, nil); !errors.Is(err, staged.ErrStale) {
			t.Fatalf("import %d after another writer: err = %v, want ErrStale", i, err)
		}
	}
}

package neo4j

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/graph/staged"
	"github.com/eventgraph/eventgraph/internal/testenv"
)

// TestStagedConformance runs the conformance suite through a staged
// backend: every import is resolved against an embedded local copy and
// Neo4j receives only the plans. After each test, Neo4j read directly must
// answer as the local copy does, and what Neo4j keeps beside the facts
// (meeting counts, statements) must agree with them.
func TestStagedConformance(t *testing.T) {
	// A test that opens a second store wipes the database the first one
	// wrote, so the first is compared then.
	pending := map[*testing.T]func(){}
	graphtest.Run(t, func(t *testing.T) graph.Backend {
		ctx := context.Background()
		if compare, ok := pending[t]; ok {
			compare()
		}
		path := filepath.Join(t.TempDir(), "local.db")
		local, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := staged.New(ctx, local, openStore(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		compare := sync.OnceFunc(func() {
			ref, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			srv := testenv.Neo4jServer(t)
			s, err := Open(ctx, srv.URI, srv.User, srv.Password, srv.Database)
			if err != nil {
				t.Fatal(err)
			}
			p := &pair{sq: graph.New(ref), n4: graph.New(s), store: s}
			defer p.sq.Close(ctx)
			defer p.n4.Close(ctx)
			compareAll(t, p, false)
			checkKept(t)
		})
		pending[t] = compare
		// Registered before the test's own Close, so it runs after it.
		t.Cleanup(compare)
		return b
	})
}

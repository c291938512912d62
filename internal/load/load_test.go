package load

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/api"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

// TestRunAgainstServer is the quick version of scripts/load: a few
// clients for a moment against a real server on the embedded store, with
// the seed and a second outlet. Every route of the mix is asked, and no
// answer is a server error.
func TestRunAgainstServer(t *testing.T) {
	ctx := context.Background()
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	t.Cleanup(func() { g.Close(ctx) })
	if _, err := importer.Import(ctx, g, []string{"../../seeds", "../../cmd/eventgraph/testdata/outlets"}, nil); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(g, slog.New(slog.NewTextHandler(io.Discard, nil))))
	t.Cleanup(srv.Close)
	res, err := Run(ctx, Config{Base: srv.URL, Clients: 4, Duration: 500 * time.Millisecond, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.ServerErrors(); n > 0 {
		t.Errorf("%d server errors:\n%s", n, res)
	}
	if len(res.Routes) < 9 {
		t.Errorf("only %d routes of the mix were asked:\n%s", len(res.Routes), res)
	}
	if res.Status[200] == 0 {
		t.Errorf("no request succeeded:\n%s", res)
	}
}

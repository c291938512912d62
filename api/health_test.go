package api

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

// outageBackend is a real store that can be cut off: while off, a read
// hangs until its deadline and then fails as unreachable, as a Neo4j
// driver retrying a dead server does, and a ping fails at once, as a
// refused connection does. It counts the reads and pings it is asked for.
type outageBackend struct {
	graph.Backend
	off          atomic.Bool
	views, pings atomic.Int64
}

func (b *outageBackend) View(ctx context.Context, fn func(graph.View) error) error {
	b.views.Add(1)
	if b.off.Load() {
		<-ctx.Done()
		return fmt.Errorf("%w: no route to the test server", graph.ErrUnavailable)
	}
	return b.Backend.View(ctx, fn)
}

func (b *outageBackend) Ping(ctx context.Context) error {
	b.pings.Add(1)
	if b.off.Load() {
		return fmt.Errorf("%w: connection refused", graph.ErrUnavailable)
	}
	return b.Backend.Ping(ctx)
}

// TestOutage: once a request finds the store down, data routes answer 503
// with Retry-After without waiting on the store (they only ping it), and
// the first request after the store is back succeeds.
func TestOutage(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "outage.db"))
	if err != nil {
		t.Fatal(err)
	}
	b := &outageBackend{Backend: s}
	g := graph.New(b)
	t.Cleanup(func() { g.Close(ctx) })
	if _, err := importer.Import(ctx, g, []string{filepath.Join("..", "seeds")}, nil); err != nil {
		t.Fatal(err)
	}
	h := New(g, quietLog(), WithRequestTimeout(200*time.Millisecond))
	if rec := get(t, h, "/api/v1/timeline"); rec.Code != http.StatusOK {
		t.Fatalf("before the outage: %d", rec.Code)
	}

	b.off.Store(true)
	// The first request waits out its budget: nothing knew yet.
	checkProblem(t, "/api/v1/timeline", get(t, h, "/api/v1/timeline"), http.StatusServiceUnavailable, "")
	views, pings := b.views.Load(), b.pings.Load()
	for _, target := range []string{"/api/v1/timeline", "/api/v1/actors", "/api/v1/events/" + loanEvent, "/api/v1/stats"} {
		rec := get(t, h, target)
		checkProblem(t, target, rec, http.StatusServiceUnavailable, "")
		if rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s: no Retry-After", target)
		}
	}
	if n := b.views.Load() - views; n != 0 {
		t.Errorf("while the store is known down, requests still read it %d times", n)
	}
	if n := b.pings.Load() - pings; n != 4 {
		t.Errorf("while down, 4 requests pinged %d times, want once each", n)
	}
	if rec := get(t, h, "/api/v1/openapi.json"); rec.Code != http.StatusOK {
		t.Errorf("the OpenAPI document needs no store: %d", rec.Code)
	}

	b.off.Store(false)
	if rec := get(t, h, "/api/v1/timeline"); rec.Code != http.StatusOK {
		t.Errorf("the first request after the store is back: %d", rec.Code)
	}
	if rec := get(t, h, "/readyz"); rec.Code != http.StatusOK {
		t.Errorf("/readyz after the outage: %d", rec.Code)
	}
}

// TestReadyzMarksDown: a failed readiness probe is enough for data routes
// to stop waiting on the store.
func TestReadyzMarksDown(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ready.db"))
	if err != nil {
		t.Fatal(err)
	}
	b := &outageBackend{Backend: s}
	g := graph.New(b)
	t.Cleanup(func() { g.Close(ctx) })
	h := New(g, quietLog())
	b.off.Store(true)
	if rec := get(t, h, "/readyz"); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz: %d", rec.Code)
	}
	checkProblem(t, "/api/v1/actors", get(t, h, "/api/v1/actors"), http.StatusServiceUnavailable, "")
	if n := b.views.Load(); n != 0 {
		t.Errorf("after /readyz failed, a data route still read the store %d times", n)
	}
}

package bench

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/gen"
)

func TestRun(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Config{Events: 80, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	defer g.Close(ctx)
	if _, err := Run(ctx, g, Config{Samples: 2}); err == nil || !strings.Contains(err.Error(), "no events") {
		t.Errorf("an empty store: %v, want an error saying it holds no events", err)
	}
	if _, err := importer.Import(ctx, g, []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	rep, err := Run(ctx, g, Config{Samples: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Events < 80 || rep.From < "2019" || rep.To <= rep.From {
		t.Errorf("report of %d events from %s to %s", rep.Events, rep.From, rep.To)
	}
	busiest, err := g.Actor(ctx, rep.Busiest)
	if err != nil || busiest.Kind != graph.Person || busiest.EventCount < 5 {
		t.Errorf("busiest actor %q: %+v, %v", rep.Busiest, busiest, err)
	}
	if len(rep.Results) != 12 {
		t.Fatalf("%d results, want 12 kinds", len(rep.Results))
	}
	for _, r := range rep.Results {
		if r.N != 3 || r.P50 < 0 || r.P99 < r.P50 || r.Max < r.P99 {
			t.Errorf("%s: %+v", r.Kind, r)
		}
		if r.Kind == "timeline, first page" && r.Rows != pageSize {
			t.Errorf("first pages held %v events, want %d", r.Rows, pageSize)
		}
	}
	if !strings.Contains(rep.Table(), "who met whom") {
		t.Errorf("table lacks a row:\n%s", rep.Table())
	}
	if _, err := json.Marshal(rep); err != nil {
		t.Error(err)
	}
}

func TestCompare(t *testing.T) {
	small := Report{Events: 10, Results: []Result{{Kind: "a", P50: 1, P99: 2}, {Kind: "b", P50: 0, P99: 1}}}
	large := Report{Events: 1000, Results: []Result{{Kind: "a", P50: 1.5, P99: 8}, {Kind: "b", P50: 3, P99: 1}}}
	got := Compare(small, large)
	for _, want := range []string{"10 events -> 1000 events (x100)", "1.50      4.00", "-      1.00"} {
		if !strings.Contains(got, want) {
			t.Errorf("comparison lacks %q:\n%s", want, got)
		}
	}
}

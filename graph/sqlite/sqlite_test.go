package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
)

func open(t *testing.T) graph.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	graphtest.Run(t, open)
}

func TestSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "persist.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Seed(t, s)
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close(ctx)
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Nodes["Event"] == 0 || got.Nodes["Event"] != want.Nodes["Event"] || got.Edges["MENTIONS"] != want.Edges["MENTIONS"] {
		t.Errorf("after reopening: %v, before: %v", got, want)
	}
}

func TestClosedStoreIsUnavailable(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	s.Close(ctx)
	if err := s.Ping(ctx); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("ping after close: %v", err)
	}
	if _, err := s.Timeline(ctx, graph.TimelineQuery{}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("timeline after close: %v", err)
	}
}

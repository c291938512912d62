package open

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// TestBusyTimeoutFromEnv: the embedded store's busy timeout comes from
// EVENTGRAPH_SQLITE_BUSY_TIMEOUT, and a malformed value stops the command
// at start, naming the variable, before any file is created.
func TestBusyTimeoutFromEnv(t *testing.T) {
	cases := []struct {
		env  string
		want time.Duration
		err  string
	}{
		{"", 0, ""},
		{"750ms", 750 * time.Millisecond, ""},
		{"ten seconds", 0, `EVENTGRAPH_SQLITE_BUSY_TIMEOUT: "ten seconds" is not a positive duration`},
		{"0s", 0, `EVENTGRAPH_SQLITE_BUSY_TIMEOUT: "0s" is not a positive duration`},
	}
	for _, c := range cases {
		t.Run(c.env, func(t *testing.T) {
			t.Setenv("EVENTGRAPH_SQLITE_BUSY_TIMEOUT", c.env)
			path := filepath.Join(t.TempDir(), "s.db")
			t.Setenv("EVENTGRAPH_STORE", "sqlite:"+path)
			cfg := FromEnv()
			g, err := Store(context.Background(), cfg)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %s", err, c.err)
				}
				if _, statErr := Store(context.Background(), Config{URI: "sqlite:" + path, ReadOnly: true}); statErr == nil {
					t.Error("a malformed setting created the store")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			g.Close(context.Background())
			if cfg.SQLiteBusyTimeout != c.want {
				t.Errorf("busy timeout %v, want %v", cfg.SQLiteBusyTimeout, c.want)
			}
			if got := len(cfg.sqliteOptions()); (got == 1) != (c.want > 0) {
				t.Errorf("%d sqlite options for %v", got, c.want)
			}
		})
	}
}

// TestStagedIsForNeo4j: staging an embedded store is refused before any
// temporary copy is made.
func TestStagedIsForNeo4j(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	_, err := Store(context.Background(), Config{URI: "sqlite:" + filepath.Join(t.TempDir(), "s.db"), Staged: true})
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "Neo4j") {
		t.Fatalf("staged sqlite: err = %v, want ErrInvalid naming Neo4j", err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}

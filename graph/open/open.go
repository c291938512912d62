// Package open turns a store URI into a graph.Graph over the right backend.
package open

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/neo4j"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/graph/staged"
)

// DefaultURI is the embedded store every command uses unless told
// otherwise.
const DefaultURI = "sqlite:data/eventgraph.db"

// Config says which store to open. Neo4j credentials come from the
// NEO4J_* environment variables; they are never logged.
type Config struct {
	URI string
	// ReadOnly opens an existing store for reading: nothing is created or
	// migrated, so a mistyped path is an error, not a new empty store.
	ReadOnly      bool
	Neo4jUser     string
	Neo4jPassword string
	Neo4jDatabase string
	// Overrides is a YAML file of identity decisions imports respect
	// (see graph.Overrides; `eventgraph merges split` writes it); "" for
	// none.
	Overrides string
	// SQLiteBusyTimeout is how long a write to the embedded store waits
	// for another writer before it fails; zero means
	// sqlite.DefaultBusyTimeout.
	SQLiteBusyTimeout time.Duration
	// Staged opens a Neo4j store, which must be empty, behind a local
	// copy in a temporary embedded store (under os.TempDir, removed at
	// Close): imports are resolved against the copy and Neo4j receives
	// only the writes (see package staged). For a first load of many
	// articles; nothing else may write the store meanwhile.
	Staged bool
	// envErr is a malformed environment variable FromEnv found; Store
	// returns it, so a bad setting stops the command at start.
	envErr error
}

// FromEnv fills a Config from EVENTGRAPH_STORE and the NEO4J_* variables,
// with the defaults for anything unset.
func FromEnv() Config {
	c := Config{
		URI:           os.Getenv("EVENTGRAPH_STORE"),
		Neo4jUser:     os.Getenv("NEO4J_USER"),
		Neo4jPassword: os.Getenv("NEO4J_PASSWORD"),
		Neo4jDatabase: os.Getenv("NEO4J_DATABASE"),
		Overrides:     os.Getenv("EVENTGRAPH_OVERRIDES"),
	}
	if v := os.Getenv("EVENTGRAPH_SQLITE_BUSY_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			c.envErr = fmt.Errorf("EVENTGRAPH_SQLITE_BUSY_TIMEOUT: %q is not a positive duration such as 10s or 500ms", v)
		}
		c.SQLiteBusyTimeout = d
	}
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.Neo4jDatabase == "" {
		c.Neo4jDatabase = "neo4j"
	}
	return c
}

// Redacted returns the URI without any password, for logs.
func (c Config) Redacted() string {
	scheme, rest, ok := strings.Cut(c.URI, "://")
	if !ok {
		return c.URI
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		rest = "***@" + rest[at+1:]
	}
	return scheme + "://" + rest
}

// backends maps each URI scheme to the backend that serves it. Adding a
// backend is one line here.
var backends = map[string]func(ctx context.Context, c Config, scheme string) (graph.Backend, error){
	"sqlite": openSQLite,
	// neo4j:// routes through a cluster or Aura; bolt:// talks to one
	// server. The +s forms use TLS, +ssc accepts a self-signed certificate.
	"neo4j": openNeo4j, "neo4j+s": openNeo4j, "neo4j+ssc": openNeo4j,
	"bolt": openNeo4j, "bolt+s": openNeo4j, "bolt+ssc": openNeo4j,
}

// Store opens the graph c names and checks that its store answers.
func Store(ctx context.Context, c Config) (*graph.Graph, error) {
	if c.envErr != nil {
		return nil, c.envErr
	}
	scheme, _, _ := strings.Cut(c.URI, ":")
	open, ok := backends[scheme]
	if !ok {
		return nil, fmt.Errorf("store %q: unknown scheme %q; use sqlite:PATH, neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s:// or bolt+ssc://", c.Redacted(), scheme)
	}
	var o *graph.Overrides
	if c.Overrides != "" {
		var err error
		if o, err = ReadOverrides(c.Overrides); err != nil {
			return nil, err
		}
	}
	b, err := open(ctx, c, scheme)
	if err != nil {
		return nil, err
	}
	if c.Staged {
		if b, err = stage(ctx, c, scheme, b); err != nil {
			return nil, err
		}
	}
	return graph.New(b).WithOverrides(o), nil
}

// stage puts remote behind a local copy in a new temporary embedded
// store, or closes it and says why it cannot.
func stage(ctx context.Context, c Config, scheme string, remote graph.Backend) (graph.Backend, error) {
	fail := func(err error) (graph.Backend, error) {
		remote.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("store %q: %w", c.Redacted(), err)
	}
	if scheme == "sqlite" || c.ReadOnly {
		return fail(fmt.Errorf("staging is for writing a Neo4j store: %w", graph.ErrInvalid))
	}
	dir, err := os.MkdirTemp("", "eventgraph-staged-")
	if err != nil {
		return fail(err)
	}
	local, err := sqlite.Open(ctx, filepath.Join(dir, "local.db"), sqlite.Scratch())
	if err != nil {
		os.RemoveAll(dir)
		return fail(err)
	}
	b, err := staged.New(ctx, local, remote, func() error { return os.RemoveAll(dir) })
	if err != nil {
		local.Close(context.WithoutCancel(ctx))
		os.RemoveAll(dir)
		return fail(err)
	}
	return b, nil
}

// ReadOverrides reads an overrides file.
func ReadOverrides(path string) (*graph.Overrides, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("overrides: %w", err)
	}
	var o graph.Overrides
	if err := yaml.Unmarshal(b, &o); err != nil {
		return nil, fmt.Errorf("overrides %s: %w", path, err)
	}
	for i, p := range o.NotSameAs {
		if p[0] == "" || p[1] == "" {
			return nil, fmt.Errorf("overrides %s: notSameAs[%d]: a pair of two ids", path, i)
		}
	}
	return &o, nil
}

// AddNotSameAs adds a pair to an overrides file, creating it if needed,
// and returns the overrides it now holds.
func AddNotSameAs(path, a, b string) (*graph.Overrides, error) {
	o := &graph.Overrides{}
	if _, err := os.Stat(path); err == nil {
		if o, err = ReadOverrides(path); err != nil {
			return nil, err
		}
	}
	for _, p := range o.NotSameAs {
		if (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a) {
			return o, nil
		}
	}
	o.NotSameAs = append(o.NotSameAs, [2]string{a, b})
	out, err := yaml.Marshal(o)
	if err != nil {
		return nil, fmt.Errorf("overrides %s: %w", path, err)
	}
	header := []byte("# Identity overrides eventgraph imports respect: pairs of ids never merged.\n")
	if err := os.WriteFile(path, append(header, out...), 0o644); err != nil {
		return nil, fmt.Errorf("overrides: %w", err)
	}
	return o, nil
}

func openSQLite(ctx context.Context, c Config, _ string) (graph.Backend, error) {
	path := strings.TrimPrefix(c.URI, "sqlite:")
	if path == "" {
		return nil, fmt.Errorf("store %q: sqlite needs a file path, as in sqlite:data/eventgraph.db", c.URI)
	}
	if c.ReadOnly {
		return sqlite.OpenExisting(ctx, path, c.sqliteOptions()...)
	}
	if dir := filepath.Dir(path); dir != "" && path != ":memory:" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store %q: %w", c.URI, err)
		}
	}
	return sqlite.Open(ctx, path, c.sqliteOptions()...)
}

func (c Config) sqliteOptions() []sqlite.Option {
	if c.SQLiteBusyTimeout > 0 {
		return []sqlite.Option{sqlite.WithBusyTimeout(c.SQLiteBusyTimeout)}
	}
	return nil
}

func openNeo4j(ctx context.Context, c Config, scheme string) (graph.Backend, error) {
	if !strings.HasPrefix(c.URI, scheme+"://") {
		return nil, fmt.Errorf("store %q: write it as %s://HOST:PORT", c.Redacted(), scheme)
	}
	// The error names the URI without credentials.
	return neo4j.Open(ctx, c.URI, c.Neo4jUser, c.Neo4jPassword, c.Neo4jDatabase)
}

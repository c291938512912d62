// Package open turns a store URI into a graph.Graph over the right backend.
package open

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/neo4j"
	"github.com/eventgraph/eventgraph/graph/sqlite"
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
}

// FromEnv fills a Config from EVENTGRAPH_STORE and the NEO4J_* variables,
// with the defaults for anything unset.
func FromEnv() Config {
	c := Config{
		URI:           os.Getenv("EVENTGRAPH_STORE"),
		Neo4jUser:     os.Getenv("NEO4J_USER"),
		Neo4jPassword: os.Getenv("NEO4J_PASSWORD"),
		Neo4jDatabase: os.Getenv("NEO4J_DATABASE"),
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
	scheme, _, _ := strings.Cut(c.URI, ":")
	open, ok := backends[scheme]
	if !ok {
		return nil, fmt.Errorf("store %q: unknown scheme %q; use sqlite:PATH, neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s:// or bolt+ssc://", c.Redacted(), scheme)
	}
	b, err := open(ctx, c, scheme)
	if err != nil {
		return nil, err
	}
	return graph.New(b), nil
}

func openSQLite(ctx context.Context, c Config, _ string) (graph.Backend, error) {
	path := strings.TrimPrefix(c.URI, "sqlite:")
	if path == "" {
		return nil, fmt.Errorf("store %q: sqlite needs a file path, as in sqlite:data/eventgraph.db", c.URI)
	}
	if c.ReadOnly {
		return sqlite.OpenExisting(ctx, path)
	}
	if dir := filepath.Dir(path); dir != "" && path != ":memory:" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store %q: %w", c.URI, err)
		}
	}
	return sqlite.Open(ctx, path)
}

func openNeo4j(ctx context.Context, c Config, scheme string) (graph.Backend, error) {
	if !strings.HasPrefix(c.URI, scheme+"://") {
		return nil, fmt.Errorf("store %q: write it as %s://HOST:PORT", c.Redacted(), scheme)
	}
	// The error names the URI without credentials.
	return neo4j.Open(ctx, c.URI, c.Neo4jUser, c.Neo4jPassword, c.Neo4jDatabase)
}

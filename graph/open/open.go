// Package open turns a store URI into a graph.Store of the right backend.
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
	URI           string
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

// Store opens the store c names and checks that it answers.
func Store(ctx context.Context, c Config) (graph.Store, error) {
	scheme, _, _ := strings.Cut(c.URI, ":")
	switch scheme {
	case "sqlite":
		path := strings.TrimPrefix(c.URI, "sqlite:")
		if path == "" {
			return nil, fmt.Errorf("store %q: sqlite needs a file path, as in sqlite:data/eventgraph.db", c.URI)
		}
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("store %q: %w", c.URI, err)
			}
		}
		return sqlite.Open(ctx, path)
	case "neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc":
		// neo4j:// routes through a cluster or Aura; bolt:// talks to one
		// server. The +s forms use TLS, +ssc accepts a self-signed
		// certificate.
		if !strings.HasPrefix(c.URI, scheme+"://") {
			return nil, fmt.Errorf("store %q: write it as %s://HOST:PORT", c.Redacted(), scheme)
		}
		s, err := neo4j.Open(ctx, c.URI, c.Neo4jUser, c.Neo4jPassword, c.Neo4jDatabase)
		if err != nil {
			return nil, err // it names the URI without credentials
		}
		return s, nil
	default:
		return nil, fmt.Errorf("store %q: unknown scheme %q; use sqlite:PATH, neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s:// or bolt+ssc://", c.Redacted(), scheme)
	}
}

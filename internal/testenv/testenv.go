// Package testenv is the one place tests learn whether the real servers
// they need are there: a test that needs a missing server skips with a
// message saying how to provide it, and fails instead when CI is set, so
// that CI never passes by skipping.
package testenv

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Missing skips t with msg, or fails it when the CI variable is set.
func Missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg + " (CI is set: a missing prerequisite is a failure, not a skip)")
	}
	t.Skip("SKIP: " + msg)
}

// Neo4j is the test server the Neo4j tests use, from EVENTGRAPH_TEST_NEO4J
// and the NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE variables the
// program itself reads.
type Neo4j struct {
	URI      string
	User     string
	Password string
	// Database is "" for the server's default.
	Database string
}

// Neo4jServer returns the test server, or skips t (fails it under CI) when
// EVENTGRAPH_TEST_NEO4J is not set. Tests that use it empty its database,
// so it must name a server for tests only, and packages that share it run
// one at a time (go test -p 1).
func Neo4jServer(t testing.TB) Neo4j {
	t.Helper()
	uri := os.Getenv("EVENTGRAPH_TEST_NEO4J")
	if uri == "" {
		Missing(t, "no Neo4j test server: run scripts/neo4j-test-server start and set "+
			"EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 (the tests empty that database)")
	}
	return Neo4j{
		URI:      uri,
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// Auth is the driver's token for the server's credentials: none when no
// user and password are set, as on the test server.
func (n Neo4j) Auth() neo4j.AuthToken {
	if n.User == "" && n.Password == "" {
		return neo4j.NoAuth()
	}
	return neo4j.BasicAuth(n.User, n.Password, "")
}

// DB is the database to use: Database, or the default "neo4j".
func (n Neo4j) DB() string {
	if n.Database == "" {
		return "neo4j"
	}
	return n.Database
}

// Clear deletes everything in the test database.
func (n Neo4j) Clear(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(n.URI, n.Auth())
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	if _, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(n.DB())); err != nil {
		t.Fatalf("clear the Neo4j test database: %v", err)
	}
}

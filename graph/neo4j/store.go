// Package neo4j is eventgraph's Neo4j store: a graph.Store on Neo4j 5
// through the official Go driver, for people who explore the graph with
// Cypher in Neo4j Browser and for deployments that outgrow one machine.
//
// # Graph model
//
// Nodes (every node has a unique id; labels come only from the fixed
// vocabularies in package graph, never from input):
//
//	(:Article {id, title, outlet, url, published: date, language, text,
//	           statedActors, statedPlaces, statedEvents, statedRelations})
//	(:Actor:Person|:Actor:Organization|:Actor:Group {id, name, kind, aliases,
//	           description, sortName, search, articles})
//	(:Actor:Country:Place {... as above, placeKind: 'country'})
//	(:Place {id, name, kind, articles})   -- kind city, region or site
//	(:Event:<Type> {id, type, title, summary, date: date, dateEnd: date,
//	           precision, dateText, cameo, amount, currency, count,
//	           countQualifier, countUnit, articles, placeArticles})
//
// Relationships:
//
//	(:Actor)-[:PARTICIPATED_IN {role, articles}]->(:Event)
//	(:Event)-[:OCCURRED_IN {articles}]->(:Place)
//	(a)-[:LEADER_OF|MEMBER_OF|WORKS_FOR|LOCATED_IN|PART_OF|CONTROLLED_BY|ALLY_OF
//	     {title, sinceStart, sinceEnd, sincePrecision, sinceText,
//	      untilStart, untilEnd, untilPrecision, untilText, articles,
//	      quoteArticles, quotes, quoteStarts, quoteEnds}]->(b)
//	(:Article)-[:MENTIONS {quote, start, end}]->(:Actor|:Place|:Event)
//
// Provenance: `articles` on a node or relationship lists the articles that
// state the fact (the SQLite store's statements table); a fact no article
// states any more is deleted. A node's quotes are MENTIONS relationships
// from the article, offsets in code points, end exclusive; a relation's
// quotes are the four parallel quote* lists on it. An event's place
// statements live in `placeArticles` (mirrored on its OCCURRED_IN) so that
// the place, like every property, is what the last import said. The stated*
// lists on an Article say what it stated, so that re-importing it replaces
// exactly its own contribution; statedRelations holds JSON arrays
// ["TYPE","from","to"]. Relation ends resolve to the Actor with the id, else
// the Place. Dates are Neo4j dates: an event spans date..dateEnd at its
// precision, with the original wording in dateText. Optional strings left
// empty are absent properties.
//
// An import locks its Article and every node it states before reading
// anything, so concurrent imports sharing facts take turns. It refuses
// (graph.ErrInvalid) a participant, place or relation end that neither the
// article nor another article states, where the SQLite store would keep a
// dangling row.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// DefaultDatabase is the database used when none is named.
const DefaultDatabase = "neo4j"

// Store is a graph.Store in a Neo4j 5 database. It is safe for concurrent
// use; one Store (one driver) per process is enough.
type Store struct {
	driver neo4jdrv.DriverWithContext
	db     string
	// rowsPerStatement splits every UNWIND batch into statements of at most
	// this many rows; 0 sends each batch as one statement. Only the
	// benchmark changes it, to measure one statement per row.
	rowsPerStatement int
}

var _ graph.Store = (*Store)(nil)

// Open connects to the Neo4j at uri (neo4j://, neo4j+s://, neo4j+ssc://,
// bolt://, bolt+s:// or bolt+ssc://), checks that it answers and creates
// the schema if it is missing. An empty user and password connect without
// authentication; an empty database means DefaultDatabase.
func Open(ctx context.Context, uri, user, password, database string) (*Store, error) {
	if database == "" {
		database = DefaultDatabase
	}
	where := redact(uri)
	auth := neo4jdrv.NoAuth()
	if user != "" || password != "" {
		auth = neo4jdrv.BasicAuth(user, password, "")
	}
	driver, err := neo4jdrv.NewDriverWithContext(uri, auth)
	if err != nil {
		return nil, fmt.Errorf("neo4j %s: %w", where, err)
	}
	s := &Store{driver: driver, db: database}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j %s: %w: %v", where, graph.ErrUnavailable, err)
	}
	if err := s.createSchema(ctx); err != nil {
		driver.Close(ctx)
		return nil, s.fail("neo4j "+where+": create schema", err)
	}
	return s, nil
}

// redact drops any user information from a URI, for messages.
func redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "(unparsable URI)"
	}
	u.User = nil
	return u.String()
}

// schema is created at every start; each statement is idempotent.
var schema = []string{
	`CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE`,
	`CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)`,
	`CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)`,
	`CREATE INDEX actor_sort IF NOT EXISTS FOR (a:Actor) ON (a.sortName)`,
	// For Browser users: CALL db.index.fulltext.queryNodes('actor_names', 'lukashenko').
	`CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]`,
	`CALL db.awaitIndexes(300)`,
}

func (s *Store) createSchema(ctx context.Context) error {
	for _, q := range schema {
		if _, err := s.query(ctx, q, nil, true); err != nil {
			// Another process may create the same rule at the same moment.
			var ne *neo4jdrv.Neo4jError
			if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Schema.") &&
				strings.Contains(ne.Code, "AlreadyExists") {
				continue
			}
			return err
		}
	}
	return nil
}

// query runs one auto-retried query on the store's database, routed to a
// writer when write is true.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any, write bool) ([]*neo4jdrv.Record, error) {
	routing := neo4jdrv.ExecuteQueryWithReadersRouting()
	if write {
		routing = neo4jdrv.ExecuteQueryWithWritersRouting()
	}
	res, err := neo4jdrv.ExecuteQuery(ctx, s.driver, cypher, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase(s.db), routing)
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

// read runs a read query.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4jdrv.Record, error) {
	return s.query(ctx, cypher, params, false)
}

// session opens a session on the store's database that shares the
// ExecuteQuery bookmarks, so reads see the writes made before them.
func (s *Store) session(ctx context.Context, mode neo4jdrv.AccessMode) neo4jdrv.SessionWithContext {
	return s.driver.NewSession(ctx, neo4jdrv.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      mode,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
}

// fail wraps a driver error with what was being done, turning an
// unreachable or closed server into graph.ErrUnavailable.
func (s *Store) fail(op string, err error) error {
	if errors.Is(err, graph.ErrNotFound) || errors.Is(err, graph.ErrInvalid) || errors.Is(err, graph.ErrUnavailable) {
		return err
	}
	if unavailable(err) {
		return fmt.Errorf("neo4j: %s: %w: %v", op, graph.ErrUnavailable, err)
	}
	return fmt.Errorf("neo4j: %s: %w", op, err)
}

// unavailable reports whether err means the server cannot be reached or
// the store is closed, rather than a failed query.
func unavailable(err error) bool {
	var ce *neo4jdrv.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var limit *neo4jdrv.TransactionExecutionLimit
	if errors.As(err, &limit) {
		for _, e := range limit.Errors {
			if unavailable(e) {
				return true
			}
		}
	}
	var ue *neo4jdrv.UsageError
	if errors.As(err, &ue) && strings.Contains(ue.Message, "closed driver") {
		return true
	}
	var ne *neo4jdrv.Neo4jError
	if errors.As(err, &ne) {
		switch ne.Code {
		case "Neo.TransientError.General.DatabaseUnavailable", "Neo.ClientError.Database.DatabaseNotFound",
			"Neo.ClientError.Cluster.NotALeader", "Neo.ClientError.Security.Unauthorized":
			return true
		}
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "Pool closed") || strings.Contains(msg, "could not find any servers") ||
		strings.Contains(msg, "connection refused")
}

// Ping implements graph.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4j: ping: %w: %v", graph.ErrUnavailable, err)
	}
	return nil
}

// Close implements graph.Store: it closes the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Package neo4j is eventgraph's Neo4j backend: a graph.Backend on Neo4j 5
// through the official Go driver, for people who explore the graph with
// Cypher in Neo4j Browser and for deployments that outgrow one machine. It
// stores and fetches; the rules live in package graph.
//
// # Graph model
//
// Nodes (every node has a unique id; labels come only from the fixed
// vocabularies in package graph, never from input):
//
//	(:Article {id, title, outlet, url, published: date, language, method,
//	           extractor, text, fingerprint, merges, statedActors, statedPlaces,
//	           statedEvents, statedRelations, statedParts, statedOcc})
//	(:Actor:Person|:Actor:Organization|:Actor:Group {id, name, kind, aliases,
//	           description, sortName, search})
//	(:Actor:Country:Place {... as above, placeKind: 'country'})
//	(:Place {id, name, kind})   -- kind city, region or site
//	(:Event:<Type> {id, type, title, summary, date: date, dateEnd: date,
//	           precision, dateText, cameo, amount, currency, count,
//	           countQualifier, countUnit, sourceCount, firstReported: date,
//	           span, articles, claimArticles, claims})
//	(:ActorKey {key, actor})    -- a name key of an actor: see Name keys
//	(:Stated {fact, article, quotes, starts, ends}) -- see Provenance
//	(:GraphLock {id: 'graph', model, version}) -- one node: see
//	                            -- Transactions; model is the version migrate
//	                            -- brought it to, version the graph's
//	                            -- (graph.Versioner), raised by every write
//	(:GraphChange {version, events, actors, places}) -- what the write of
//	                            -- that version touched (graph.Change), the
//	                            -- last graph.ChangeLogKeep kept
//
// Relationships:
//
//	(:Actor)-[:PARTICIPATED_IN {role, articles, actor, event, date: date,
//	           dateEnd: date, span}]->(:Event)
//	(:Event)-[:OCCURRED_IN]->(:Place)
//	(a)-[:LEADER_OF|MEMBER_OF|WORKS_FOR|LOCATED_IN|PART_OF|CONTROLLED_BY|ALLY_OF
//	     {title, sinceStart, sinceEnd, sincePrecision, sinceText,
//	      untilStart, untilEnd, untilPrecision, untilText, fact}]->(b)
//	(:Article)-[:MENTIONS {quote, start, end, article, target, rank}]->(:Actor|:Place|:Event)
//
// Provenance: an article states an actor, a place or a relation by a
// (:Stated {fact, article}) node (the SQLite store's statements table),
// fact being the node's id or the relation's key ["TYPE","from","to"],
// which the relation keeps as fact. They have no relationships, so that
// Browser users see them only when they ask, and a uniqueness constraint
// on (fact, article), so that writing, withdrawing or asking whether any
// article still states a fact is one index seek however many articles
// name it. (A list on the node, as earlier versions kept, is rewritten
// whole by every article naming a hub.) An event and a participation
// list their articles in articles, no more than the event's sources. A fact
// no article states any more is deleted. A node's quotes are MENTIONS
// relationships from the article, offsets in code points, end exclusive,
// with copies of the article's and the node's ids and the article's rank
// (0 curated, 1 extracted), so that a hub's detail reads its first quotes
// along the index on (target, rank, article, start, end) instead of
// sorting all of them;
// a relation's are on the article's statement of it, in the parallel
// lists quotes, starts and ends. Relation ends are the
// Actor with the id, else the Place. An actor restated as another kind
// than Country stops being a Place, and events stop taking place in it.
//
// Claims: what each article says about an event (its own date, place,
// figures and participants) is a claim row, JSON that package graph
// encodes and decodes, in the parallel lists claimArticles (article ids,
// sorted) and claims on the event. The event's own properties, its one
// OCCURRED_IN and its participants' roles are the merged ones package
// graph computes from them, with sourceCount (how many articles state it)
// and firstReported (the earliest publication day among them). Which
// article says an event took place where is in its claim and in the
// article's statedOcc, so OCCURRED_IN carries no list of its own.
//
// Name keys: an actor's keys (graph.ActorKeys) are nodes (:ActorKey {key,
// actor}) with range indexes on key and on actor, and no relationships,
// so that Browser users see them only when they ask for them. Looking up
// a key is an index seek, not a scan of the actors, and replacing an
// actor's keys finds them by the actor index. A list property on the
// actor would be simpler to write, but Neo4j's range indexes do not index
// list elements, so finding actors by key would read every actor.
//
// An article's merges is the merge record package graph gives it (JSON),
// absent when there is none.
//
// The stated* lists on an Article say what it stated when last written,
// so that a re-import withdraws exactly its own contribution:
// statedRelations holds JSON arrays ["TYPE","from","to"], statedParts
// ["event","actor"] and statedOcc ["event","place"]; fingerprint
// identifies the facts written. Open migrates a database written by an
// earlier version (no statedParts or statedOcc, place statements in
// placeArticles and placeIds instead of claims, no name keys): see
// migrate.
//
// An article's method says how its facts were made, 'curated' or
// 'extracted' (then extractor names the extractor's version); an article
// written before methods were recorded has neither and reads as curated.
//
// Dates are Neo4j dates: an event spans date..dateEnd at its precision,
// with the original wording in dateText. Optional strings left empty are
// absent properties.
//
// Date indexes: an event's span is its span class (graph.SpanClass of
// date and dateEnd), and each PARTICIPATED_IN carries copies of its
// actor's id (actor), its event's id (event), type, date, dateEnd and
// span, rewritten by every statement that writes the event's type or
// dates. Range indexes on (date, id), (type, date, id) and (span, date,
// id) of events and on (actor, date, event), (actor, type, date, event)
// and (actor, span, date, event) of participations let a listing read
// only the index ranges its page lies in (see eventQuery): a timeline
// page, a date range, the events of one actor however many it has, its
// events of one type. Open adds what a database written before
// them lacks.
//
// # Transactions
//
// View is one read transaction, Update one write transaction, both in a
// session that shares the driver's ExecuteQuery bookmarks so that a read
// sees every write committed before it. Neo4j isolates no more than read
// committed, and a reader does not even see a commit whole: one statement
// that reads an event's participants and then its quotes can see another
// import commit between the two. So every transaction first takes the
// lock of one node, (:GraphLock {id: 'graph'}), created at Open: an
// Update exclusively, for its whole length, so that imports take turns;
// a View shared, through APOC's apoc.lock.read.nodes, so that reads run
// side by side and see no import half done. Where APOC is missing, a View
// takes the lock exclusively in a write transaction instead: reads then
// take turns too, but stay whole. Inside an Update, Tx.Stated and
// Tx.Stored also lock the article and the nodes they read.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// DefaultDatabase is the database used when none is named.
const DefaultDatabase = "neo4j"

// Store is a graph.Backend in a Neo4j 5 database. It is safe for
// concurrent use; one Store (one driver) per process is enough.
type Store struct {
	driver neo4jdrv.DriverWithContext
	db     string
	closed atomic.Bool
	// sharedReads is set when a read transaction can take the graph lock
	// shared (APOC's apoc.lock.read.nodes works): a View then does so.
	sharedReads bool
	// rowsPerStatement splits every UNWIND batch into statements of at most
	// this many rows; 0 sends each batch as one statement. Only the
	// benchmark changes it, to measure one statement per row.
	rowsPerStatement int
}

var _ graph.Backend = (*Store)(nil)

// Open connects to the Neo4j at uri (neo4j://, neo4j+s://, neo4j+ssc://,
// bolt://, bolt+s:// or bolt+ssc://), checks that it answers and creates
// the schema if it is missing, then migrates a database an earlier
// version wrote (see migrate). An empty user and password connect without
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
		return nil, fmt.Errorf("neo4j %s: %w: %w", where, graph.ErrUnavailable, err)
	}
	if err := s.createSchema(ctx); err != nil {
		driver.Close(ctx)
		return nil, fail("open "+where+": create schema", err)
	}
	// Whether reads can take the graph lock shared is found by trying:
	// APOC may be missing, or present without its lock procedures allowed.
	s.sharedReads = s.transact(ctx, "try a shared lock", false, qGraphLockShared,
		func(neo4jdrv.ManagedTransaction) error { return nil }) == nil
	if err := s.migrate(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j %s: %w", where, err)
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
	// So that the one graph lock node stays one (see the package comment).
	`CREATE CONSTRAINT graph_lock_id IF NOT EXISTS FOR (n:GraphLock) REQUIRE n.id IS UNIQUE`,
	// The log of changes, read and pruned by version (see GraphChange).
	`CREATE CONSTRAINT graph_change_version IF NOT EXISTS FOR (n:GraphChange) REQUIRE n.version IS UNIQUE`,
	// One statement per fact and article, found by the pair (see Stated).
	`CREATE CONSTRAINT stated_fact_article IF NOT EXISTS FOR (n:Stated) REQUIRE (n.fact, n.article) IS UNIQUE`,
	`CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)`,
	`CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)`,
	// What event listings read ranges of, in the order they list events
	// (see Events): events by date, by type and by span class, and an
	// actor's participations, which carry their event's dates, by date
	// and by span class.
	`CREATE INDEX event_date_id IF NOT EXISTS FOR (e:Event) ON (e.date, e.id)`,
	`CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date, e.id)`,
	`CREATE INDEX event_span_date IF NOT EXISTS FOR (e:Event) ON (e.span, e.date, e.id)`,
	`CREATE INDEX event_type_span_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.span, e.date, e.id)`,
	`CREATE INDEX participation_date IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.actor, r.date, r.event)`,
	`CREATE INDEX participation_span_date IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.actor, r.span, r.date, r.event)`,
	`CREATE INDEX participation_type_date IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.actor, r.type, r.date, r.event)`,
	`CREATE INDEX actor_sort IF NOT EXISTS FOR (a:Actor) ON (a.sortName)`,
	// A node's quotes in the order its detail shows them (see Provenance).
	`CREATE INDEX mention_target IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.target, m.rank, m.article, m.start, m.end)`,
	// Candidates seeks keys; an actor's upsert and deletion find its keys.
	`CREATE INDEX actor_key_key IF NOT EXISTS FOR (k:ActorKey) ON (k.key)`,
	`CREATE INDEX actor_key_actor IF NOT EXISTS FOR (k:ActorKey) ON (k.actor)`,
	// For Browser users: CALL db.index.fulltext.queryNodes('actor_names', 'lukashenko').
	`CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]`,
	`CALL db.awaitIndexes(300)`,
	qGraphLock,
}

func (s *Store) createSchema(ctx context.Context) error {
	for _, q := range schema {
		if _, err := s.autocommit(ctx, q); err != nil {
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

// autocommit runs one statement in a transaction of its own, as schema
// statements must.
func (s *Store) autocommit(ctx context.Context, cypher string) ([]*neo4jdrv.Record, error) {
	res, err := neo4jdrv.ExecuteQuery(ctx, s.driver, cypher, nil, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase(s.db), neo4jdrv.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

// session opens a session on the store's database that shares the
// ExecuteQuery bookmarks, so that it sees the writes made before it.
func (s *Store) session(ctx context.Context, mode neo4jdrv.AccessMode) neo4jdrv.SessionWithContext {
	return s.driver.NewSession(ctx, neo4jdrv.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      mode,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
}

// errClosed is what every call after Close returns.
func errClosed(op string) error {
	return fmt.Errorf("neo4j: %s: %w: the store is closed", op, graph.ErrUnavailable)
}

// View implements graph.Backend: fn runs in one managed transaction that
// first takes the graph lock, shared where the server can.
func (s *Store) View(ctx context.Context, fn func(graph.View) error) error {
	if s.closed.Load() {
		return errClosed("read")
	}
	write, lock := false, qGraphLockShared
	if !s.sharedReads {
		write, lock = true, qGraphLock
	}
	return s.transact(ctx, "read", write, lock, func(tx neo4jdrv.ManagedTransaction) error {
		return fn(&reader{tx: tx})
	})
}

// Update implements graph.Backend: fn runs in one managed write
// transaction that holds the graph lock from its start. The driver
// retries it on transient failures.
func (s *Store) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if s.closed.Load() {
		return errClosed("write")
	}
	return s.transact(ctx, "write", true, qGraphLockWrite, func(tx neo4jdrv.ManagedTransaction) error {
		return fn(&writer{reader: reader{tx: tx, lock: true}, rowsPerStatement: s.rowsPerStatement})
	})
}

// transact runs body in one managed transaction, write or read, after
// the statement lock that takes the graph lock.
func (s *Store) transact(ctx context.Context, op string, write bool, lock string,
	body func(neo4jdrv.ManagedTransaction) error) error {
	mode := neo4jdrv.AccessModeRead
	if write {
		mode = neo4jdrv.AccessModeWrite
	}
	sess := s.session(ctx, mode)
	defer sess.Close(ctx)
	var r retrier
	// committing is set once an attempt's work is done: the driver then
	// commits it, and if the connection breaks there the outcome is
	// unknown.
	committing := false
	work := func(tx neo4jdrv.ManagedTransaction) (any, error) {
		if _, err := (&reader{tx: tx}).query(ctx, "take the graph lock", lock, nil); err != nil {
			return nil, r.attempt(err)
		}
		err := r.attempt(body(tx))
		committing = committing || err == nil
		return nil, err
	}
	var err error
	if write {
		_, err = sess.ExecuteWrite(ctx, work)
	} else {
		_, err = sess.ExecuteRead(ctx, work)
	}
	err = r.result(op+" transaction", err)
	if write && committing && err != nil && outcomeUnknown(err) {
		return fmt.Errorf("%w: %w", graph.ErrUncertain, err)
	}
	return err
}

// Ping implements graph.Backend.
func (s *Store) Ping(ctx context.Context) error {
	if s.closed.Load() {
		return errClosed("ping")
	}
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4j: ping: %w: %w", graph.ErrUnavailable, err)
	}
	return nil
}

// Version implements graph.Versioner: the version the last write through
// eventgraph gave the graph lock node, read in one query that follows this
// process's writes (the session shares the driver's bookmarks). Writes
// made around eventgraph (Cypher in Browser) do not change it: a server
// keeping the timeline in memory sees them after eventgraph's next write.
//
// Every request answered from memory asks it first, so it runs as an
// auto-commit query: one round trip where a managed transaction's begin
// and commit cost a third more (BenchmarkVersion). A transient failure is
// not retried: the request then reads the store.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	if s.closed.Load() {
		return 0, errClosed("version")
	}
	sess := s.session(ctx, neo4jdrv.AccessModeRead)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, qVersion, nil)
	if err != nil {
		return 0, fail("version", err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, fail("version", err)
	}
	v, ok := rec.Values[0].(int64)
	if !ok {
		return 0, fmt.Errorf("neo4j: version: a %T", rec.Values[0])
	}
	return uint64(v), nil
}

// Close implements graph.Backend: it closes the driver. Later calls fail
// with graph.ErrUnavailable.
func (s *Store) Close(ctx context.Context) error {
	s.closed.Store(true)
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4j: close: %w", err)
	}
	return nil
}

package neo4j

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/internal/testenv"
)

// The tests need a real Neo4j 5, which testenv.Neo4jServer names:
//
//	scripts/neo4j-test-server start
//	EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 go test -p 1 ./graph/neo4j
//
// They DELETE EVERYTHING in that database, so point them at a test server
// only, and run packages that share it one at a time (-p 1).

// openStore opens the test database and empties it.
func openStore(t testing.TB) *Store {
	t.Helper()
	srv := testenv.Neo4jServer(t)
	s, err := Open(context.Background(), srv.URI, srv.User, srv.Password, srv.Database)
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	wipe(t, s)
	return s
}

// openGraph is openStore behind a graph.Graph, closed when t ends.
func openGraph(t testing.TB) (*graph.Graph, *Store) {
	t.Helper()
	s := openStore(t)
	g := graph.New(s)
	t.Cleanup(func() { g.Close(context.Background()) })
	return g, s
}

// wipe deletes every node, in batches so that large benchmark graphs fit
// in memory.
func wipe(t testing.TB, s *Store) {
	t.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("wipe neo4j: %v", err)
	}
}

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Backend {
		s := openStore(t)
		// Whatever a conformance test wrote, merged, removed or split, the
		// meeting counts kept per pair equal a count from scratch.
		t.Cleanup(func() { checkKept(t) })
		return s
	})
}

// checkKept checks what writes keep beside the facts, on a connection of
// its own (the test's store may be closed by now): the meeting counts and
// the statements.
func checkKept(t *testing.T) {
	t.Helper()
	srv := testenv.Neo4jServer(t)
	s, err := Open(context.Background(), srv.URI, srv.User, srv.Password, srv.Database)
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	defer s.Close(context.Background())
	checkMet(t, s)
	checkStated(t, s)
}

// checkStated compares the statements of actors, places and relations
// with what the articles' stated lists say they state, and checks that
// every statement's fact is in the graph and every such fact stated.
func checkStated(t *testing.T, s *Store) {
	t.Helper()
	read := func(q string) []string {
		var out []string
		for _, r := range cypher(t, s, q, nil) {
			out = append(out, fmt.Sprintf("%v %v", r.Values...))
		}
		sortStrings(out)
		return slices.Compact(out)
	}
	stated := read(`MATCH (x:Stated) RETURN x.article, x.fact`)
	listed := read(`MATCH (a:Article)
		UNWIND a.statedActors + a.statedPlaces + a.statedRelations AS fact
		RETURN a.id, fact`)
	if !slices.Equal(stated, listed) {
		t.Errorf("statements %v, the articles' stated lists %v", stated, listed)
	}
	facts := read(`MATCH (x:Stated) RETURN DISTINCT x.fact, ''`)
	inGraph := read(`MATCH (n) WHERE n:Actor OR n:Place RETURN n.id AS fact, '' AS none
		UNION MATCH ()-[r:` + relTypes + `]->() RETURN r.fact AS fact, '' AS none`)
	if !slices.Equal(facts, inGraph) {
		t.Errorf("facts stated %v, actors, places and relations in the graph %v", facts, inGraph)
	}
}

// checkMet compares the MET relationships with the meetings every two
// actors shared, counted from scratch.
func checkMet(t *testing.T, s *Store) {
	t.Helper()
	read := func(q string) []string {
		var out []string
		for _, r := range cypher(t, s, q, map[string]any{"meeting": string(graph.Meeting)}) {
			out = append(out, fmt.Sprintf("%v %v %v", r.Values...))
		}
		return out
	}
	kept := read(`MATCH (a:Actor)-[m:MET]->(b:Actor) RETURN a.id, b.id, m.meetings ORDER BY a.id, b.id`)
	want := read(`MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
		WHERE e.type = $meeting AND a.id < b.id
		RETURN a.id, b.id, count(DISTINCT e) ORDER BY a.id, b.id`)
	if !slices.Equal(kept, want) {
		t.Errorf("MET holds %v, a count from scratch %v", kept, want)
	}
}

// cypher runs one auto-commit statement, as a Browser user would.
func cypher(t testing.TB, s *Store, q string, params map[string]any) []*neo4jdrv.Record {
	t.Helper()
	res, err := neo4jdrv.ExecuteQuery(context.Background(), s.driver, q, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return res.Records
}

// TestModelInCypher checks what a Browser user sees: schema, labels, dates
// as Neo4j dates, numbers as numbers, provenance as MENTIONS, one
// OCCURRED_IN per event, one graph lock node.
func TestModelInCypher(t *testing.T) {
	g, s := openGraph(t)
	graphtest.Seed(t, g)

	names := map[string]bool{}
	for _, r := range cypher(t, s, `SHOW CONSTRAINTS YIELD name`, nil) {
		names[str(r.Values[0])] = true
	}
	for _, r := range cypher(t, s, `SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name`, nil) {
		names[str(r.Values[0])] = true
	}
	for _, n := range []string{"article_id", "actor_id", "place_id", "event_id", "graph_lock_id", "event_date", "event_type", "actor_names",
		"actor_key_key", "actor_key_actor", "event_date_id", "event_type_date", "event_span_date", "event_type_span_date", "participation_date",
		"participation_span_date"} {
		if !names[n] {
			t.Errorf("schema lacks %s (has %v)", n, names)
		}
	}
	one := func(q string) any {
		t.Helper()
		recs := cypher(t, s, q, nil)
		if len(recs) != 1 {
			t.Fatalf("%s: %d rows", q, len(recs))
		}
		return recs[0].Values[0]
	}
	checks := []struct {
		q    string
		want any
	}{
		{`MATCH (:Actor:Person {id: 'vladimir-putin'})-[:PARTICIPATED_IN {role: 'host'}]->(e:Event:Meeting)
			-[:OCCURRED_IN]->(:Place {id: 'sochi'}) RETURN count(e)`, int64(2)},
		{`MATCH (:Actor {id: 'russia'})-[:PARTICIPATED_IN {role: 'lender'}]->(e:Loan) RETURN e.amount`, int64(1_500_000_000)},
		{`MATCH (c:Actor:Country:Place {id: 'belarus'}) RETURN c.placeKind`, "country"},
		{`MATCH (:Place {id: 'sochi'})-[:LOCATED_IN]->(c:Country) RETURN c.id`, "russia"},
		{`MATCH (e:Event {id: 'belarus-arrests-2020-09-13'}) RETURN toString(e.date)`, "2020-09-13"},
		{`MATCH (:Actor {id: 'alexander-lukashenko'})-[r:LEADER_OF]->(:Country {id: 'belarus'}) RETURN toString(r.sinceStart)`, "1994-01-01"},
		{`CALL db.index.fulltext.queryNodes('actor_names', 'Tsikhanouskaya') YIELD node RETURN node.id LIMIT 1`, graphtest.Tikhanovskaya},
		{`MATCH (e:Event) WHERE COUNT { (e)-[:OCCURRED_IN]->() } > 1 RETURN count(e)`, int64(0)},
		{`MATCH (n:GraphLock) RETURN count(n)`, int64(1)},
		{`MATCH (e:Event {id: 'lukashenko-putin-talks-sochi-2020-09-14'})-[o:OCCURRED_IN]->(p)
			RETURN [e.claimArticles, size(e.claims), e.sourceCount, toString(e.firstReported)] = [[$a], 1, 1, '2020-09-14']
				AND o.articles IS NULL AND e.placeIds IS NULL`, true},
		{`MATCH (e:Event) WHERE size(e.claims) <> 1 OR NOT e.claims[0] CONTAINS '"article":"' + $a + '"' RETURN count(e)`, int64(0)},
		{`MATCH (k:ActorKey)--() RETURN count(*)`, int64(0)},
		{`MATCH (a:Article) WHERE a.merges IS NOT NULL RETURN count(a)`, int64(0)},
		{`MATCH (a:Article) RETURN size(a.fingerprint) = 64 AND size(a.statedParts) > 0 AND size(a.statedOcc) > 0`, true},
	}
	for _, c := range checks {
		q := strings.ReplaceAll(c.q, "$a", "'"+graphtest.SeedArticle+"'")
		if got := one(q); got != c.want {
			t.Errorf("%s\n= %#v, want %#v", q, got, c.want)
		}
	}
	if v := one(`MATCH (a:Article)-[m:MENTIONS]->(:Event {id: 'belarus-arrests-2020-09-13'}) RETURN m.quote`); !strings.Contains(str(v), "774") {
		t.Errorf("arrest quote = %v", v)
	}
	checkNameKeys(t, s)
	checkSpans(t, s)
}

// checkNameKeys checks that every actor has exactly the ActorKey nodes of
// graph.ActorKeys and that no key node outlives its actor.
func checkNameKeys(t *testing.T, s *Store) {
	t.Helper()
	for _, r := range cypher(t, s, `MATCH (a:Actor)
		RETURN a.id, a.name, a.kind, a.aliases, COLLECT { MATCH (k:ActorKey {actor: a.id}) RETURN k.key ORDER BY k.key }`, nil) {
		v := r.Values
		want := graph.ActorKeys(graph.Actor{ID: str(v[0]), Name: str(v[1]), Kind: graph.ActorKind(str(v[2])), Aliases: strs(v[3])})
		if got := strs(v[4]); !reflect.DeepEqual(got, nonNil(want)) {
			t.Errorf("name keys of %s = %q, want %q", str(v[0]), got, want)
		}
	}
	if n := cypher(t, s, `MATCH (k:ActorKey) WHERE NOT EXISTS { MATCH (a:Actor {id: k.actor}) } RETURN count(k)`, nil); n[0].Values[0] != int64(0) {
		t.Errorf("%v name keys of no actor", n[0].Values[0])
	}
}

// snapshot dumps every node and relationship with all its properties,
// apart from the graph lock and the log of changes (every write moves them).
func snapshot(t testing.TB, s *Store) []string {
	t.Helper()
	var out []string
	for _, r := range cypher(t, s, `MATCH (n) WHERE NOT n:GraphLock AND NOT n:GraphChange RETURN labels(n) AS what, properties(n) AS props
		UNION ALL MATCH (a)-[r]->(b) RETURN [type(r), a.id, b.id] AS what, properties(r) AS props`, nil) {
		out = append(out, strings.TrimSpace(strings.ReplaceAll(reprint(r.Values), "\n", " ")))
	}
	sortStrings(out)
	return out
}

func TestReimportChangesNothing(t *testing.T) {
	g, s := openGraph(t)
	graphtest.Seed(t, g)
	before := snapshot(t, s)
	graphtest.Seed(t, g)
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("re-import changed the graph:\n%s", diffLines(before, after))
	}
	// A changed fingerprint rewrites the article in full: the same graph.
	cypher(t, s, `MATCH (a:Article) SET a.fingerprint = 'stale'`, nil)
	graphtest.Seed(t, g)
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("rewriting the same facts changed the graph:\n%s", diffLines(before, after))
	}
}

func TestInvalidFactsLeaveStoreUnchanged(t *testing.T) {
	ctx := context.Background()
	g, s := openGraph(t)
	graphtest.Seed(t, g)
	before := snapshot(t, s)
	facts := seedFacts(t)
	bad := map[string]func(f *graph.ArticleFacts){
		"event type": func(f *graph.ArticleFacts) { f.Events[0].Type = "Party" },
		"actor kind": func(f *graph.ArticleFacts) { f.Actors[0].Kind = "Planet" },
		"relation":   func(f *graph.ArticleFacts) { f.Relations[0].Type = "LOVES" },
		"date":       func(f *graph.ArticleFacts) { f.Events[0].Date.Start = "2020-13-01" },
		"participant": func(f *graph.ArticleFacts) {
			f.Events[0].Participants = append(f.Events[0].Participants, graph.Participant{ActorID: "nobody", Role: "host"})
		},
		"place": func(f *graph.ArticleFacts) { f.Events[0].Place = &graph.PlaceRef{ID: "atlantis"} },
		"relation end": func(f *graph.ArticleFacts) {
			f.Article.ID = "other"
			f.Relations = []graph.Relation{{Type: graph.AllyOf, From: "vladimir-putin", To: "nobody"}}
		},
		"id of another kind": func(f *graph.ArticleFacts) {
			f.Article.ID = "other"
			f.Places = append(f.Places, graph.SourcedPlace{Place: graph.Place{ID: graphtest.Putin, Name: "Putin", Kind: graph.City}})
		},
	}
	for name, mutate := range bad {
		f := clone(t, facts)
		mutate(f)
		if _, err := g.UpsertArticle(ctx, f); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("refused imports changed the graph:\n%s", diffLines(before, after))
	}
}

func TestUnavailable(t *testing.T) {
	ctx := context.Background()
	testenv.Neo4jServer(t)
	if _, err := Open(ctx, "bolt://127.0.0.1:1", "", "", ""); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("open on a closed port: err = %v, want ErrUnavailable", err)
	}
	_, err := Open(ctx, "bolt://someone:s3cret-pw@127.0.0.1:1", "someone", "s3cret-pw", "")
	if err == nil || strings.Contains(err.Error(), "s3cret-pw") {
		t.Errorf("open error %v should not show the password", err)
	}
	s := openStore(t)
	g := graph.New(s)
	s.Close(ctx)
	if err := g.Ping(ctx); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("ping after close: %v", err)
	}
	if _, err := g.Timeline(ctx, graph.TimelineQuery{}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("timeline after close: %v", err)
	}
	if _, err := g.UpsertArticle(ctx, seedFacts(t)); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("upsert after close: %v", err)
	}
	err = s.Update(ctx, func(graph.Tx) error { return nil })
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("update after close: %v", err)
	}
}

// TestUnavailableClassified checks the classification of driver errors
// by their types and codes.
func TestUnavailableClassified(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&neo4jdrv.ConnectivityError{Inner: errors.New("reset")}, true},
		{&neo4jdrv.TransactionExecutionLimit{Errors: []error{&neo4jdrv.ConnectivityError{Inner: errors.New("eof")}}}, true},
		{&neo4jdrv.TransactionExecutionLimit{Errors: []error{&neo4jdrv.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}}}, false},
		{&neo4jdrv.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, true},
		{&neo4jdrv.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, false},
		{fail("x", &neo4jdrv.ConnectivityError{Inner: errors.New("reset")}), true},
		{errors.New("connection refused"), false},
	} {
		if got := unavailable(c.err); got != c.want {
			t.Errorf("unavailable(%v) = %v, want %v", c.err, got, c.want)
		}
	}
	err := fail("read", &neo4jdrv.ConnectivityError{Inner: errors.New("reset")})
	if !errors.Is(err, graph.ErrUnavailable) || !strings.HasPrefix(err.Error(), "neo4j: read: ") {
		t.Errorf("fail: %v", err)
	}
}

// TestCommitOutcomeUnknown: a commit that failed because the server went
// away, or failed inside the commit after logging the transaction, may
// have been applied; a refused statement was not.
func TestCommitOutcomeUnknown(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&neo4jdrv.ConnectivityError{Inner: errors.New("reset")}, true},
		{&neo4jdrv.Neo4jError{Code: "Neo.DatabaseError.Transaction.TransactionCommitFailed"}, true},
		{fail("write transaction", &neo4jdrv.Neo4jError{Code: "Neo.DatabaseError.Transaction.TransactionCommitFailed"}), true},
		{&neo4jdrv.TransactionExecutionLimit{Errors: []error{&neo4jdrv.Neo4jError{Code: "Neo.DatabaseError.Transaction.TransactionCommitFailed"}}}, true},
		{&neo4jdrv.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, false},
		{&neo4jdrv.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}, false},
		{errors.New("refused"), false},
	} {
		if got := outcomeUnknown(c.err); got != c.want {
			t.Errorf("outcomeUnknown(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

// TestLabels: the labels the Browser kit's style is checked against are
// the labels the store writes.
func TestLabels(t *testing.T) {
	g, s := openGraph(t)
	graphtest.Seed(t, g)
	for _, r := range cypher(t, s, `MATCH (a:Actor) RETURN a.kind, labels(a)`, nil) {
		want := Labels(graph.ActorKind(str(r.Values[0])))
		got := strs(r.Values[1])
		if !sameSet(got, want) {
			t.Errorf("a %s actor has labels %v, Labels says %v", str(r.Values[0]), got, want)
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = append([]string(nil), a...), append([]string(nil), b...)
	sortStrings(a)
	sortStrings(b)
	return reflect.DeepEqual(a, b)
}

// TestVersionSeesOtherWriters: the version moves when this store writes
// and when another store on the database (another process) does; reads
// leave it be.
func TestVersionSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	g, s := openGraph(t)
	srv := testenv.Neo4jServer(t)
	other, err := Open(ctx, srv.URI, srv.User, srv.Password, srv.Database)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	for _, c := range []struct {
		name  string
		write *graph.Graph
	}{{"another store", graph.New(other)}, {"this store", g}} {
		t.Run(c.name, func(t *testing.T) {
			graphtest.CheckVersion(t, s, g, c.write)
		})
	}
}

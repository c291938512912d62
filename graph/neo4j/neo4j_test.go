package neo4j

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
)

// The tests need a real Neo4j 5: EVENTGRAPH_TEST_NEO4J names it, as in
//
//	scripts/neo4j-test-server start
//	EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 go test -p 1 ./graph/neo4j
//
// NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE apply when set. The tests
// DELETE EVERYTHING in that database, so point them at a test server only,
// and run packages that share it one at a time (-p 1).
func testURI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv("EVENTGRAPH_TEST_NEO4J")
	if uri == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but EVENTGRAPH_TEST_NEO4J is not: the Neo4j tests must run in CI " +
				"(scripts/neo4j-test-server start; EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687)")
		}
		t.Skip("no Neo4j test server: run scripts/neo4j-test-server start and set " +
			"EVENTGRAPH_TEST_NEO4J=bolt://127.0.0.1:7687 (the tests wipe that database)")
	}
	return uri
}

// openStore opens the test database and empties it.
func openStore(t testing.TB) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, testURI(t), os.Getenv("NEO4J_USER"), os.Getenv("NEO4J_PASSWORD"), os.Getenv("NEO4J_DATABASE"))
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	wipe(t, s)
	return s
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
	graphtest.Run(t, func(t *testing.T) graph.Store { return openStore(t) })
}

func cypher(t *testing.T, s *Store, q string, params map[string]any) []*neo4jdrv.Record {
	t.Helper()
	recs, err := s.read(context.Background(), q, params)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return recs
}

// TestModelInCypher checks what a Browser user sees: schema, labels, dates
// as Neo4j dates, numbers as numbers, provenance as MENTIONS.
func TestModelInCypher(t *testing.T) {
	s := openStore(t)
	defer s.Close(context.Background())
	graphtest.Seed(t, s)

	names := map[string]bool{}
	for _, r := range cypher(t, s, `SHOW CONSTRAINTS YIELD name`, nil) {
		names[str(r.Values[0])] = true
	}
	for _, r := range cypher(t, s, `SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name`, nil) {
		names[str(r.Values[0])] = true
	}
	for _, n := range []string{"article_id", "actor_id", "place_id", "event_id", "event_date", "event_type", "actor_names"} {
		if !names[n] {
			t.Errorf("schema lacks %s (has %v)", n, names)
		}
	}

	recs := cypher(t, s, `MATCH (e:Event) WHERE e.date >= date('2020-09-01') RETURN e.id ORDER BY e.date, e.id`, nil)
	if len(recs) < 5 {
		t.Errorf("events since 2020-09-01: %d", len(recs))
	}
	one := func(q string) any {
		t.Helper()
		recs := cypher(t, s, q, nil)
		if len(recs) != 1 {
			t.Fatalf("%s: %d rows", q, len(recs))
		}
		return recs[0].Values[0]
	}
	if n := one(`MATCH (:Actor:Person {id: 'vladimir-putin'})-[:PARTICIPATED_IN {role: 'host'}]->(e:Event:Meeting)
		-[:OCCURRED_IN]->(:Place {id: 'sochi'}) RETURN count(e)`); n != int64(2) {
		t.Errorf("Putin hosted %v meetings in Sochi, want 2", n)
	}
	if v := one(`MATCH (:Actor {id: 'russia'})-[:PARTICIPATED_IN {role: 'lender'}]->(e:Loan) RETURN e.amount`); v != int64(1_500_000_000) {
		t.Errorf("loan amount = %#v, want the number 1500000000", v)
	}
	if v := one(`MATCH (c:Actor:Country:Place {id: 'belarus'}) RETURN c.placeKind`); v != "country" {
		t.Errorf("belarus placeKind = %v", v)
	}
	if v := one(`MATCH (:Place {id: 'sochi'})-[:LOCATED_IN]->(c:Country) RETURN c.id`); v != "russia" {
		t.Errorf("Sochi is in %v", v)
	}
	if d, ok := one(`MATCH (e:Event {id: 'belarus-arrests-2020-09-13'}) RETURN e.date`).(neo4jdrv.Date); !ok ||
		graph.FormatDay(d.Time()) != "2020-09-13" {
		t.Errorf("event date is not the Neo4j date 2020-09-13")
	}
	if v := one(`MATCH (a:Article)-[m:MENTIONS]->(:Event {id: 'belarus-arrests-2020-09-13'}) RETURN m.quote`); !strings.Contains(str(v), "774") {
		t.Errorf("arrest quote = %v", v)
	}
	if v := one(`CALL db.index.fulltext.queryNodes('actor_names', 'Tsikhanouskaya') YIELD node RETURN node.id LIMIT 1`); v != graphtest.Tikhanovskaya {
		t.Errorf("full-text search found %v", v)
	}
	if v := one(`MATCH (:Actor {id: 'alexander-lukashenko'})-[r:LEADER_OF]->(:Country {id: 'belarus'}) RETURN r.sinceStart`); day(v) != "1994-01-01" {
		t.Errorf("LEADER_OF since = %v", v)
	}
}

// snapshot dumps every node and relationship with all its properties.
func snapshot(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, r := range cypher(t, s, `MATCH (n) RETURN labels(n) AS what, properties(n) AS props
		UNION ALL MATCH (a)-[r]->(b) RETURN [type(r), a.id, b.id] AS what, properties(r) AS props`, nil) {
		out = append(out, strings.TrimSpace(strings.ReplaceAll(reprint(r.Values), "\n", " ")))
	}
	sortStrings(out)
	return out
}

func TestReimportChangesNothing(t *testing.T) {
	s := openStore(t)
	defer s.Close(context.Background())
	graphtest.Seed(t, s)
	before := snapshot(t, s)
	graphtest.Seed(t, s)
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("re-import changed the graph:\n%s", diffLines(before, after))
	}
}

func TestInvalidFactsLeaveStoreUnchanged(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	defer s.Close(ctx)
	graphtest.Seed(t, s)
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
		// A new article that drops an actor its relation still names.
		"relation end": func(f *graph.ArticleFacts) {
			f.Article.ID = "other"
			f.Relations = []graph.Relation{{Type: graph.AllyOf, From: "vladimir-putin", To: "nobody"}}
		},
	}
	for name, mutate := range bad {
		f := clone(t, facts)
		mutate(f)
		if _, err := s.UpsertArticle(ctx, f); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("refused imports changed the graph:\n%s", diffLines(before, after))
	}
}

func TestUnavailable(t *testing.T) {
	ctx := context.Background()
	testURI(t)
	if _, err := Open(ctx, "bolt://127.0.0.1:1", "", "", ""); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("open on a closed port: err = %v, want ErrUnavailable", err)
	}
	_, err := Open(ctx, "bolt://someone:s3cret-pw@127.0.0.1:1", "someone", "s3cret-pw", "")
	if err == nil || strings.Contains(err.Error(), "s3cret-pw") {
		t.Errorf("open error %v should not show the password", err)
	}
	s := openStore(t)
	s.Close(ctx)
	if err := s.Ping(ctx); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("ping after close: %v", err)
	}
	if _, err := s.Timeline(ctx, graph.TimelineQuery{}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("timeline after close: %v", err)
	}
	if _, err := s.UpsertArticle(ctx, seedFacts(t)); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("upsert after close: %v", err)
	}
}

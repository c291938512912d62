package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

func open(t *testing.T) graph.Backend {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Backend {
		path := filepath.Join(t.TempDir(), "test.db")
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		// Whatever a conformance test wrote, merged, removed or split, the
		// meeting counts the triggers kept equal a count from scratch.
		t.Cleanup(func() { checkMeetingPairs(t, path) })
		return s
	})
}

// TestConformanceScratch runs the suite against a scratch store (journal
// in memory, nothing synced), as a staged import's local copy is opened:
// readers and writers on its connections must not block each other for
// good without a write-ahead log.
func TestConformanceScratch(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Backend {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "scratch.db"), sqlite.Scratch())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "persist.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	want, err := g.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g.Close(ctx)
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g = graph.New(s)
	defer g.Close(ctx)
	got, err := g.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Events == 0 || got.Events != want.Events || got.Edges["MENTIONS"] != want.Edges["MENTIONS"] {
		t.Errorf("after reopening: %v, before: %v", got, want)
	}
}

func TestClosedStoreIsUnavailable(t *testing.T) {
	ctx := context.Background()
	g := graph.New(open(t))
	g.Close(ctx)
	if err := g.Ping(ctx); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("ping after close: %v", err)
	}
	if _, err := g.Timeline(ctx, graph.TimelineQuery{}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("timeline after close: %v", err)
	}
}

// TestMigratesVersion0 opens a file as the first release wrote it (no
// user_version, no fingerprint column, place statements without their
// place): it is migrated, reads the same, and re-imports cleanly.
func TestMigratesVersion0(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v0.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	want, err := g.Timeline(ctx, graph.TimelineQuery{})
	if err != nil {
		t.Fatal(err)
	}
	g.Close(ctx)

	// Turn the file back into version 0.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(downTo2, []string{
		`UPDATE statements SET fact = 'occ:' || substr(fact, 5, instr(substr(fact, 5), ':') - 1) WHERE fact LIKE 'occ:%'`,
		`ALTER TABLE articles DROP COLUMN fingerprint`,
		`ALTER TABLE articles DROP COLUMN method`,
		`ALTER TABLE articles DROP COLUMN extractor`,
		`PRAGMA user_version = 0`,
	}...) {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 0 file: %v", err)
	}
	g = graph.New(s)
	defer g.Close(ctx)
	got, err := g.Timeline(ctx, graph.TimelineQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Items) != len(want.Items) {
		t.Fatalf("migrated timeline has %d events, had %d", len(got.Items), len(want.Items))
	}
	before := need(t)(g.Stats(ctx))
	graphtest.Seed(t, g)
	if after := need(t)(g.Stats(ctx)); after.Events != before.Events || after.Edges["OCCURRED_IN"] != before.Edges["OCCURRED_IN"] {
		t.Errorf("re-import after migration changed the graph: %+v -> %+v", before, after)
	}
	if p, _ := g.Event(ctx, graphtest.SochiTalks); p == nil || p.Place == nil || p.Place.ID != "sochi" {
		t.Errorf("the Sochi talks lost their place in the migration: %+v", p)
	}
}

// TestMigratesVersion1 opens a file of schema version 1, whose articles do
// not say how their facts were made: they become curated, and an import
// records its method.
func TestMigratesVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	g.Close(ctx)

	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(downTo2, []string{
		`ALTER TABLE articles DROP COLUMN method`,
		`ALTER TABLE articles DROP COLUMN extractor`,
		`PRAGMA user_version = 1`,
	}...) {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	if _, err := sqlite.OpenExisting(ctx, path); err == nil {
		t.Error("a version 1 file opened read only: it cannot be read without migrating")
	}

	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 1 file: %v", err)
	}
	g = graph.New(s)
	defer g.Close(ctx)
	a, err := g.Article(ctx, graphtest.SeedArticle)
	if err != nil {
		t.Fatal(err)
	}
	if a.Method != graph.Curated || a.Extractor != "" {
		t.Errorf("a version 1 article reads as %q %q, want curated", a.Method, a.Extractor)
	}
	if e, err := g.Event(ctx, graphtest.SochiTalks); err != nil || e.Provenance != graph.Curated {
		t.Errorf("a version 1 event: %+v, %v; want it curated", e, err)
	}
	f := &graph.ArticleFacts{Article: graph.Article{ID: "drafted", Title: "Drafted", Outlet: "Test", Published: "2020-09-20",
		Language: "en", Text: "Nothing.", Method: graph.Extracted, Extractor: "x1"}}
	if _, err := g.UpsertArticle(ctx, f); err != nil {
		t.Fatal(err)
	}
	if a, err := g.Article(ctx, "drafted"); err != nil || a.Method != graph.Extracted || a.Extractor != "x1" {
		t.Errorf("an extracted article after the migration: %+v, %v", a, err)
	}
	var version int
	db, err = sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil || version != 11 {
		t.Errorf("user_version %d (%v), want 11", version, err)
	}
}

// meetingPairsFromScratch counts, for every two actors, the meetings
// they shared, as meeting_pairs should hold them.
const meetingPairsFromScratch = `SELECT d.actor_id, o.actor_id, count(*) FROM participants d
	JOIN events e ON e.id = d.event_id AND e.type = 'Meeting'
	JOIN participants o ON o.event_id = d.event_id AND o.actor_id <> d.actor_id
	GROUP BY d.actor_id, o.actor_id ORDER BY 1, 2`

// checkMeetingPairs compares the counts the store kept (meetings per pair
// of actors, events per actor) with a count from scratch, and each
// participation's copy of its event's type with the event's.
func checkMeetingPairs(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	read := func(q string) []string {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var a, b string
			var n int
			if err := rows.Scan(&a, &b, &n); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%s %s %d", a, b, n))
		}
		return out
	}
	kept := read(`SELECT actor_id, other_id, meetings FROM meeting_pairs ORDER BY 1, 2`)
	if want := read(meetingPairsFromScratch); !slices.Equal(kept, want) {
		t.Errorf("meeting_pairs holds %v, a count from scratch %v", kept, want)
	}
	// Two columns and a constant, to scan as the pairs are.
	kept = read(`SELECT actor_id, '', events FROM actor_events ORDER BY 1`)
	if want := read(`SELECT actor_id, '', count(*) FROM participants GROUP BY actor_id ORDER BY 1`); !slices.Equal(kept, want) {
		t.Errorf("actor_events holds %v, a count from scratch %v", kept, want)
	}
	if stale := read(`SELECT p.event_id, p.type || ' for ' || e.type, 0 FROM participants p JOIN events e ON e.id = p.event_id
		WHERE p.type <> e.type ORDER BY 1`); len(stale) > 0 {
		t.Errorf("participations with another type than their event's: %v", stale)
	}
}

// TestMigratesVersion6: a file of version 6 gets its participations'
// event types, and a timeline by actor and type reads the same.
func TestMigratesVersion6(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v6.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	q := graph.TimelineQuery{Actor: graphtest.Putin, Type: string(graph.Meeting)}
	want, err := g.Timeline(ctx, q)
	if err != nil || len(want.Items) == 0 {
		t.Fatalf("Putin's meetings: %+v, %v", want, err)
	}
	g.Close(ctx)
	downgrade(t, path, downTo6)

	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 6 file: %v", err)
	}
	g = graph.New(s)
	defer g.Close(ctx)
	checkMeetingPairs(t, path)
	got, err := g.Timeline(ctx, q)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Putin's meetings after the migration: %+v, %v; want %+v", got, err, want)
	}
}

// TestMigratesVersion8: a fact's quotes get the index that orders them,
// and an actor's detail reads the same before and after.
func TestMigratesVersion8(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v8.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	want, err := g.Actor(ctx, graphtest.Lukashenko)
	if err != nil {
		t.Fatal(err)
	}
	s.Close(ctx)
	columns := func() string {
		db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var cols string
		if err := db.QueryRowContext(ctx, `SELECT group_concat(name) FROM pragma_index_info('sources_fact')`).Scan(&cols); err != nil {
			t.Fatal(err)
		}
		return cols
	}
	downgrade(t, path, downTo8)
	if got := columns(); got != "fact" {
		t.Fatalf("down to version 8: sources_fact on %s", got)
	}
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatalf("open a version 8 file: %v", err)
	}
	defer s.Close(ctx)
	if got := columns(); got != "fact,rank,article_id,start_off,end_off" {
		t.Errorf("migrated sources_fact on %s", got)
	}
	got, err := graph.New(s).Actor(ctx, graphtest.Lukashenko)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actor after the migration:\n%+v\nbefore:\n%+v", got, want)
	}
}

// TestMigratesVersion9: quotes get their article's rank, which leads
// their index, so that a fact's first quotes come curated articles'
// first: on a file where an extracted article quotes Lukashenko more
// often than are shown, and before (by id) the curated seed does, the
// seed's quotes are still all shown.
func TestMigratesVersion9(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v9.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	seed, err := g.Actor(ctx, graphtest.Lukashenko)
	if err != nil {
		t.Fatal(err)
	}
	s.Close(ctx)
	// An extracted article whose id sorts first, quoting the actor
	// more often than SourcesShown: the first read by article id alone
	// would show only its quotes.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{
		`INSERT INTO articles (id, title, outlet, url, published, language, text, fingerprint, method, extractor, merges)
			SELECT '0-extracted', title, outlet, url, published, language, text, 'x', 'extracted', 'test', merges FROM articles LIMIT 1`,
		`INSERT INTO sources (article_id, fact, quote, start_off, end_off, rank)
			WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
			SELECT '0-extracted', 'actor:' || ?, 'q', i, i + 1, 1 FROM n`,
	}
	for i, q := range stmts {
		var args []any
		if i == 1 {
			args = append(args, graphtest.Lukashenko)
		}
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	read := func() *graph.ActorDetail {
		t.Helper()
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		defer s.Close(ctx)
		d, err := graph.New(s).Actor(ctx, graphtest.Lukashenko)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	want := read()
	var curated []graph.Source
	for _, src := range want.Sources {
		if src.ArticleID != "0-extracted" {
			curated = append(curated, src)
		}
	}
	if !reflect.DeepEqual(curated, seed.Sources) || want.SourceCount != seed.SourceCount+41 {
		t.Fatalf("shown beside the extracted quotes %+v of %d, want the seed's %+v of %d",
			curated, want.SourceCount, seed.Sources, seed.SourceCount+41)
	}
	downgrade(t, path, downTo9)
	if got := read(); !reflect.DeepEqual(got, want) {
		t.Errorf("actor after the migration:\n%+v\nbefore:\n%+v", got, want)
	}
}

// TestMigratesVersion7: people keyed before skeleton keys get theirs.
func TestMigratesVersion7(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v7.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Seed(t, graph.New(s))
	s.Close(ctx)
	count := func() int {
		db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM actor_keys WHERE key LIKE 'Person#%'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	want := count()
	if want == 0 {
		t.Fatal("the seed's people have no skeleton keys")
	}
	downgrade(t, path, downTo7)
	if count() != 0 {
		t.Fatal("down to version 7 kept skeleton keys")
	}
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatalf("open a version 7 file: %v", err)
	}
	s.Close(ctx)
	if got := count(); got != want {
		t.Errorf("%d skeleton keys after the migration, want %d", got, want)
	}
}

// downgrade runs stmts on the file at path: one of the downTo lists,
// which turn a file of this schema version into an older one.
func downgrade(t *testing.T, path string, stmts []string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.ExecContext(context.Background(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// downTo9 turns a file of this schema version back into version 9:
// quotes lose their article's rank.
var downTo9 = []string{
	`DROP INDEX sources_fact`,
	`ALTER TABLE sources DROP COLUMN rank`,
	`CREATE INDEX sources_fact ON sources (fact, article_id, start_off, end_off)`,
	`PRAGMA user_version = 9`,
}

// downTo8 turns a file of this schema version back into version 8: a
// fact's quotes are indexed by fact alone.
var downTo8 = append(slices.Clone(downTo9),
	`DROP INDEX sources_fact`,
	`CREATE INDEX sources_fact ON sources (fact)`,
	`PRAGMA user_version = 8`,
)

// downTo7 turns a file of this schema version back into version 7: people
// lose their skeleton keys.
var downTo7 = append(slices.Clone(downTo8),
	`DELETE FROM actor_keys WHERE key LIKE 'Person#%'`,
	`PRAGMA user_version = 7`,
)

// downTo6 turns a file of this schema version back into version 6.
var downTo6 = append(slices.Clone(downTo7),
	`DROP TRIGGER participants_type`,
	`DROP TRIGGER events_type`,
	`DROP INDEX participants_actor_type`,
	`ALTER TABLE participants DROP COLUMN type`,
	`PRAGMA user_version = 6`,
)

// downTo5 turns a file of this schema version back into version 5.
var downTo5 = append(slices.Clone(downTo6),
	`DROP INDEX events_type_span`,
	`PRAGMA user_version = 5`,
)

// downTo4 turns a file of this schema version back into version 4.
var downTo4 = append(slices.Clone(downTo5),
	`DROP TRIGGER actor_events_join`,
	`DROP TRIGGER actor_events_leave`,
	`DROP TABLE actor_events`,
	`DROP TRIGGER meeting_pairs_join`,
	`DROP TRIGGER meeting_pairs_leave`,
	`DROP TRIGGER meeting_pairs_retype`,
	`DROP TABLE meeting_pairs`,
	`PRAGMA user_version = 4`,
)

// downTo3 turns a file of this schema version back into version 3.
var downTo3 = append(slices.Clone(downTo4),
	`DROP TRIGGER participants_dates`,
	`DROP TRIGGER events_dates`,
	`DROP TRIGGER events_span_class`,
	`DROP INDEX participants_actor_date`,
	`DROP INDEX participants_actor_span`,
	`DROP INDEX events_span`,
	`DROP INDEX events_type`,
	`CREATE INDEX events_type ON events (type, date_start)`,
	`ALTER TABLE participants DROP COLUMN date_start`,
	`ALTER TABLE participants DROP COLUMN date_end`,
	`ALTER TABLE participants DROP COLUMN span`,
	`ALTER TABLE events DROP COLUMN span`,
	`PRAGMA user_version = 3`,
)

// downTo2 turns a file of this schema version back into version 2.
var downTo2 = append(slices.Clone(downTo3),
	`DROP TABLE claims`,
	`DROP TABLE actor_keys`,
	`ALTER TABLE events DROP COLUMN source_count`,
	`ALTER TABLE events DROP COLUMN first_reported`,
	`ALTER TABLE articles DROP COLUMN merges`,
	`PRAGMA user_version = 2`,
)

func need(t *testing.T) func(graph.Stats, error) graph.Stats {
	return func(s graph.Stats, err error) graph.Stats {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failures []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

// TestIntegrityCheckSeesDangling corrupts a seeded file the way the issue
// found the graph corrupted (a participation whose actor is gone, an event
// in a place that is gone): graphtest.CheckIntegrity must say so.
func TestIntegrityCheckSeesDangling(t *testing.T) {
	ctx := context.Background()
	for _, corrupt := range []string{
		`INSERT INTO participants (event_id, actor_id, role) VALUES ('` + graphtest.Loan + `', 'ghost', 'lender')`,
		`UPDATE events SET place_id = 'ghostland' WHERE id = '` + graphtest.Loan + `'`,
	} {
		path := filepath.Join(t.TempDir(), "dangling.db")
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		g := graph.New(s)
		graphtest.Seed(t, g)
		db, err := sql.Open("sqlite", "file:"+path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, corrupt); err != nil {
			t.Fatal(err)
		}
		db.Close()
		r := &recorder{TB: t}
		graphtest.CheckIntegrity(r, g)
		if len(r.failures) == 0 {
			t.Errorf("after %s the integrity check saw nothing", corrupt)
		}
		g.Close(ctx)
	}
}

// TestOpenExisting reads an existing file without writing to it, and
// refuses a missing one.
func TestOpenExisting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	if _, err := sqlite.OpenExisting(ctx, path); err == nil {
		t.Fatal("a missing file opened")
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	want := need(t)(g.Stats(ctx))
	g.Close(ctx)

	ro, err := sqlite.OpenExisting(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g = graph.New(ro)
	defer g.Close(ctx)
	if got := need(t)(g.Stats(ctx)); got.Events != want.Events || got.Articles != want.Articles {
		t.Errorf("read only: %+v, want %+v", got, want)
	}
	if _, err := importer.Import(ctx, g, []string{graphtest.SeedDir()}, nil); err == nil {
		t.Error("an import into a store opened for reading succeeded")
	}
}

// TestPathsWithURICharacters: a store path may hold the characters an
// SQLite file URI gives meaning to ("#", "?", "%"); the store is made and
// reopened at exactly that path, and nothing is made beside it.
func TestPathsWithURICharacters(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"crisis#2", "what?", "100%41", "a#b?c%d"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), name)
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "graph.db")
			s, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close(ctx)
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("the store is not at %s: %v", path, err)
			}
			siblings, _ := os.ReadDir(filepath.Dir(dir))
			if len(siblings) != 1 {
				t.Errorf("%d entries beside %s, want the folder alone", len(siblings), dir)
			}
			ro, err := sqlite.OpenExisting(ctx, path)
			if err != nil {
				t.Fatalf("reopening read-only: %v", err)
			}
			ro.Close(ctx)
		})
	}
}

// TestMigratesVersion4 counts the meetings of every pair of actors when a
// version 4 file opens, and who met whom answers as before.
func TestMigratesVersion4(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v4.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	want, err := g.Met(ctx, graphtest.Putin)
	if err != nil || len(want) == 0 {
		t.Fatalf("who met Putin: %v, %v", want, err)
	}
	g.Close(ctx)
	downgrade(t, path, downTo4)

	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 4 file: %v", err)
	}
	g = graph.New(s)
	defer g.Close(ctx)
	checkMeetingPairs(t, path)
	got, err := g.Met(ctx, graphtest.Putin)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("who met Putin after the migration: %+v, %v; want %+v", got, err, want)
	}
}

// TestVersionSeesOtherWriters: the version moves when this store commits,
// when another store on the same file (another process) commits, and when
// an in-memory store commits; reads leave it be.
func TestVersionSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v.db")
	reader, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close(ctx)
	writer, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close(ctx)
	memory, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer memory.Close(ctx)
	for _, c := range []struct {
		name  string
		watch *sqlite.Store
		write *sqlite.Store
	}{{"another store on the file", reader, writer}, {"this store", reader, reader}, {"in memory", memory, memory}} {
		t.Run(c.name, func(t *testing.T) {
			graphtest.CheckVersion(t, c.watch, graph.New(c.watch), graph.New(c.write))
		})
	}
}

// TestMigratesVersion10: a file from before the graph's version was kept
// in it gains it, and writes raise it by one from there.
func TestMigratesVersion10(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v10.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Seed(t, graph.New(s))
	s.Close(ctx)
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE graph_version`, `PRAGMA user_version = 10`} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 10 file: %v", err)
	}
	defer s.Close(ctx)
	graphtest.CheckVersion(t, s, graph.New(s), graph.New(s))
}

// TestTimelineIndexClosed: closing the graph waits for the index's build
// in flight and no build starts after; the timeline then fails as the
// closed store does.
func TestTimelineIndexClosed(t *testing.T) {
	ctx := context.Background()
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b).WithTimelineIndex(1<<20, nil)
	graphtest.Seed(t, g)
	g.WarmTimelineIndex()
	if err := g.Close(ctx); err != nil {
		t.Fatal(err)
	}
	g.WarmTimelineIndex()
	if built, err := g.BuildTimelineIndex(ctx); built || !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("BuildTimelineIndex after Close = %v, %v; want ErrUnavailable", built, err)
	}
	if _, err := g.TimelineEncoded(ctx, graph.TimelineQuery{}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("timeline after Close: %v, want ErrUnavailable", err)
	}
}

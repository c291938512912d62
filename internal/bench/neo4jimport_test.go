package bench

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer/gen"
	"github.com/eventgraph/eventgraph/internal/testenv"
)

// TestWriteCSV needs no server: the files hold one row per declared fact,
// under the headers both loaders read.
func TestWriteCSV(t *testing.T) {
	corpus := t.TempDir()
	sum, err := gen.Write(corpus, gen.Config{Events: 30, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c, err := writeCSV([]string{corpus}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != sum.Articles || c.Rows["articles.csv"] != sum.Articles || c.Reports != sum.Reports {
		t.Errorf("%d articles (%d rows), %d event reports; gen wrote %d articles, %d reports",
			c.Articles, c.Rows["articles.csv"], c.Reports, sum.Articles, sum.Reports)
	}
	if c.Events != sum.Reports {
		t.Errorf("%d distinct event ids, want one per report (%d): every outlet has its own ids", c.Events, sum.Reports)
	}
	if c.Rows["participated.csv"] != 2*sum.Reports || c.Participations != 2*sum.Reports {
		t.Errorf("%d participation rows, %d distinct, want two per report (%d)", c.Rows["participated.csv"], c.Participations, 2*sum.Reports)
	}
	for _, s := range loadOrder(c) {
		f, err := os.Open(filepath.Join(dir, s.name))
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(f)
		recs, err := r.ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if !slices.Equal(recs[0], s.header) || len(recs)-1 != c.Rows[s.name] {
			t.Errorf("%s: header %v and %d rows, want %v and %d", s.name, recs[0], len(recs)-1, s.header, c.Rows[s.name])
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "articles.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), "The report concerns") {
		t.Error("articles.csv lacks the articles' text")
	}
}

// TestImportNeo4j runs the whole comparison on a tiny corpus in the test
// server (whose database it empties, as the other Neo4j tests do).
func TestImportNeo4j(t *testing.T) {
	srv := testenv.Neo4jServer(t)
	ctx := context.Background()
	corpus := t.TempDir()
	sum, err := gen.Write(corpus, gen.Config{Events: 30, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	store := open.Config{URI: srv.URI, Neo4jUser: srv.User, Neo4jPassword: srv.Password, Neo4jDatabase: srv.DB()}
	cfg := Neo4jImportConfig{Corpus: []string{corpus}, Store: store, RowsPerTx: 7}
	driver, err := neo4jdrv.NewDriverWithContext(srv.URI, srv.Auth())
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	n := &neo{driver: driver, db: srv.DB()}

	// A database that holds anything is refused and left as it is.
	srv.Clear(t)
	if err := n.run(ctx, "CREATE (:BenchKeep {id: $id})", map[string]any{"id": "keep"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportNeo4j(ctx, cfg); err == nil || !strings.Contains(err.Error(), "holds 1 nodes") {
		t.Errorf("a database holding a node: %v, want a refusal", err)
	}
	if left, err := n.nodes(ctx); err != nil || left != 1 {
		t.Fatalf("after the refusal the database holds %d nodes (%v), want its 1", left, err)
	}
	srv.Clear(t)

	// Over loopback HTTP where the server can; the test server's harness
	// cannot (APOC's URL handler meets the harness's Hadoop without
	// Woodstox), and reads the files from disk instead.
	cfg.Log = logWriter{t}
	cfg.WarmUp = true
	rep, err := ImportNeo4j(ctx, cfg)
	if err != nil && strings.Contains(err.Error(), "cannot LOAD CSV from http://") {
		t.Logf("%v; reading the files from disk", err)
		if left, err := n.nodes(ctx); err != nil || left != 0 {
			t.Fatalf("after the failed probe the database holds %d nodes (%v), want none", left, err)
		}
		cfg.CSVVia = "file"
		rep, err = ImportNeo4j(ctx, cfg)
	}
	if err != nil {
		t.Fatal(err)
	}
	c := rep.CSV
	if rep.Project.Articles != sum.Articles || rep.LoadCSV.Articles != sum.Articles || c.Rows["articles.csv"] != sum.Articles {
		t.Errorf("articles: project %d, LOAD CSV %d, CSV rows %d; want %d", rep.Project.Articles, rep.LoadCSV.Articles,
			c.Rows["articles.csv"], sum.Articles)
	}
	if c.Reports != sum.Reports || rep.LoadCSV.Events != c.Events || c.Events != sum.Reports {
		t.Errorf("LOAD CSV holds %d events of %d distinct ids in %d event rows; gen wrote %d reports",
			rep.LoadCSV.Events, c.Events, c.Reports, sum.Reports)
	}
	if rep.Project.Events < sum.Events || rep.Project.Events > rep.LoadCSV.Events {
		t.Errorf("the project's import holds %d events; want between the %d generated and LOAD CSV's %d",
			rep.Project.Events, sum.Events, rep.LoadCSV.Events)
	}
	if rep.LoadCSV.Actors != c.Actors || rep.Project.Actors > c.Actors {
		t.Errorf("actors: LOAD CSV %d, project %d, distinct ids in the files %d", rep.LoadCSV.Actors, rep.Project.Actors, c.Actors)
	}
	if rep.LoadCSV.ActorMentions != c.ActorMentions || rep.Project.ActorMentions != c.ActorMentions ||
		c.ActorMentions != c.Rows["mentions-Actor.csv"] {
		t.Errorf("actor mentions: project %d, LOAD CSV %d, distinct in the files %d of %d rows", rep.Project.ActorMentions,
			rep.LoadCSV.ActorMentions, c.ActorMentions, c.Rows["mentions-Actor.csv"])
	}
	if rep.LoadCSV.Participations != c.Participations {
		t.Errorf("participations: LOAD CSV %d, distinct in the files %d", rep.LoadCSV.Participations, c.Participations)
	}
	if rep.Project.EventsPerSec <= 0 || rep.LoadCSV.EventsPerSec <= 0 || rep.Ratio <= 0 || rep.ReportRatio <= 0 {
		t.Errorf("rates %v and %v, ratios %v and %v", rep.Project.EventsPerSec, rep.LoadCSV.EventsPerSec, rep.Ratio, rep.ReportRatio)
	}
	// The warm-up wrote what the timed runs wrote: each of its loads was
	// deleted before the next began.
	if w := rep.WarmUp; w == nil {
		t.Error("no warm-up in the report")
	} else {
		for i, got := range []ImportPath{rep.Project, rep.LoadCSV} {
			if p := w[i]; p.Seconds <= 0 || p.Articles != got.Articles || p.Events != got.Events || p.Nodes != got.Nodes || p.Relationships != got.Relationships {
				t.Errorf("warm-up %d wrote %d articles, %d events, %d nodes, %d relationships in %.2f s; the timed run %d, %d, %d, %d",
					i, p.Articles, p.Events, p.Nodes, p.Relationships, p.Seconds, got.Articles, got.Events, got.Nodes, got.Relationships)
			}
		}
	}
	if left, err := n.nodes(ctx); err != nil || left != 0 {
		t.Errorf("afterwards the database holds %d nodes (%v), want none", left, err)
	}
	// The schema stays, as a user's would.
	rec, err := n.single(ctx, "SHOW CONSTRAINTS YIELD name WHERE name = 'event_id' RETURN count(*) AS n")
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := rec.Get("n"); v != int64(1) {
		t.Errorf("constraint event_id: %v, want it kept", v)
	}
	table := rep.Table()
	for _, want := range []string{"project import", "LOAD CSV", "ratio", "What the two paths do differently", "warm-up, untimed"} {
		if !strings.Contains(table, want) {
			t.Errorf("the table lacks %q:\n%s", want, table)
		}
	}
	t.Log("\n" + table)
}

// logWriter writes lines to the test log.
type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// TestImportTableSaysWarmUp: a report says whether the timed runs were
// warmed up, and shows the warm-up's figures when they were.
func TestImportTableSaysWarmUp(t *testing.T) {
	rep := Neo4jImportReport{Project: ImportPath{Seconds: 2}, LoadCSV: ImportPath{Seconds: 1}}
	if table := rep.Table(); !strings.Contains(table, "no warm-up") || strings.Contains(table, "warm-up, untimed") {
		t.Errorf("a report without a warm-up:\n%s", table)
	}
	rep.WarmUp = &[2]ImportPath{{Seconds: 3}, {Seconds: 1.5}}
	if table := rep.Table(); strings.Contains(table, "no warm-up") || !strings.Contains(table, "warm-up, untimed: LOAD CSV") {
		t.Errorf("a report with a warm-up:\n%s", table)
	}
}

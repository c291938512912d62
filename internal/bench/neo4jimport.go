package bench

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
)

// Neo4jImportConfig says what ImportNeo4j measures.
type Neo4jImportConfig struct {
	// Corpus is the article files and folders to import.
	Corpus []string
	// Store is the Neo4j database; it must be empty (see ImportNeo4j).
	Store open.Config
	// RowsPerTx is LOAD CSV's CALL { … } IN TRANSACTIONS OF n ROWS (1000,
	// Neo4j's own default, when 0).
	RowsPerTx int
	// AdminLib, when not "", is a folder of Neo4j jars holding neo4j-admin
	// (org.neo4j.cli.AdminTool) and its import tool, such as the
	// test server's lib folder: the same CSV files are then also imported
	// offline with `neo4j-admin database import full` into a database of
	// a temporary NEO4J_HOME, as a reference. Java is the java binary
	// ("java" when "").
	AdminLib, Java string
	// CSVVia is how the Neo4j server reads the CSV files: "http" (the
	// default) from a loopback HTTP server of this process, or "file" as
	// file:///ABSOLUTE-PATH URLs, for a server on this machine that sets no
	// import directory (the test server of scripts/neo4j-test-server, whose
	// harness cannot fetch http URLs with APOC installed: see BENCHMARKS.md).
	CSVVia string
	// Staged runs the project's import staged (open.Config.Staged):
	// resolved against a local copy, only the writes sent to Neo4j.
	Staged bool
	// WriteGroup is the project import's articles per transaction
	// (importer.DefaultWriteGroup when 0).
	WriteGroup int
	// WarmUp runs both loads once, untimed, before the timed ones, each
	// deleted after: the JVM of a server just started spends half its CPU
	// compiling Neo4j's own code during a first import (BENCHMARKS.md,
	// "Write plans kept"), which without it the first path, the
	// project's, pays alone.
	WarmUp bool
	// Log, when not nil, gets a line as each step starts and ends.
	Log io.Writer
}

// ImportPath is what one way of loading the corpus wrote and how fast.
type ImportPath struct {
	Seconds float64 `json:"seconds"`
	// What the database held after it (for neo4j-admin: what the tool
	// says it imported, and the distinct ids of the files); Nodes leaves
	// out the graph lock and the log of changes, which are no facts.
	Articles       int `json:"articles"`
	Actors         int `json:"actors"`
	Events         int `json:"events"`
	ActorMentions  int `json:"actorMentions"`
	Participations int `json:"participations"`
	Nodes          int `json:"nodes"`
	Relationships  int `json:"relationships"`
	// EventsPerSec is Events ÷ Seconds, ArticlesPerSec Articles ÷
	// Seconds, ReportsPerSec the event reports of the corpus (the same
	// input for every path) ÷ Seconds.
	EventsPerSec   float64 `json:"eventsPerSec"`
	ArticlesPerSec float64 `json:"articlesPerSec"`
	ReportsPerSec  float64 `json:"reportsPerSec"`
}

func (p *ImportPath) rates(reports int) {
	if p.Seconds > 0 {
		p.EventsPerSec = float64(p.Events) / p.Seconds
		p.ArticlesPerSec = float64(p.Articles) / p.Seconds
		p.ReportsPerSec = float64(reports) / p.Seconds
	}
}

// Neo4jImportReport is what ImportNeo4j measured.
type Neo4jImportReport struct {
	Corpus    []string `json:"corpus"`
	Store     string   `json:"store"`
	RowsPerTx int      `json:"rowsPerTx"`
	// Staged and WriteGroup say how the project's import ran.
	Staged     bool      `json:"staged"`
	WriteGroup int       `json:"writeGroup"`
	CSVVia     string    `json:"csvVia"`
	CSV        CSVCounts `json:"csv"`
	// CSVSeconds is the time to read the corpus and write the CSV files,
	// not counted in LoadCSV.Seconds.
	CSVSeconds float64    `json:"csvSeconds"`
	Project    ImportPath `json:"project"`
	LoadCSV    ImportPath `json:"loadCsv"`
	// Ratio is Project.EventsPerSec ÷ LoadCSV.EventsPerSec; ReportRatio
	// the same for the event reports (LoadCSV.Seconds ÷ Project.Seconds).
	Ratio       float64 `json:"ratio"`
	ReportRatio float64 `json:"reportRatio"`
	// DeleteSeconds is how long emptying the database took after each
	// path.
	DeleteSeconds [2]float64 `json:"deleteSeconds"`
	// Admin is the offline neo4j-admin import of the same files, when
	// AdminLib was given; AdminOutput the tool's last lines.
	Admin       *ImportPath `json:"admin,omitempty"`
	AdminOutput string      `json:"adminOutput,omitempty"`
	// WarmUp is the untimed first run of each path (project, LOAD CSV),
	// when WarmUp was set.
	WarmUp *[2]ImportPath `json:"warmUp,omitempty"`
}

// ImportNeo4j imports the corpus into an empty Neo4j database twice and
// measures each: first with the project's import (importer.Prepare and
// Prepared.Import into graph over the Neo4j backend: resolution, merging,
// claims and provenance per article), then, after deleting everything,
// with Neo4j's own online bulk path: the corpus's facts as they are
// declared, written to CSV files, served over loopback HTTP (or read by
// the server from disk: CSVVia) and loaded with LOAD CSV … CALL { … } IN
// TRANSACTIONS. It deletes what it loaded after each, so the database
// ends empty; its schema (constraints and indexes the project creates)
// stays. With WarmUp it runs both once, untimed, before.
//
// It refuses a database that holds any node when it starts: it deletes
// everything in the database, so nothing else may use that database while
// it runs.
func ImportNeo4j(ctx context.Context, cfg Neo4jImportConfig) (rep Neo4jImportReport, err error) {
	if cfg.RowsPerTx <= 0 {
		cfg.RowsPerTx = 1000
	}
	switch cfg.CSVVia {
	case "":
		cfg.CSVVia = "http"
	case "http", "file":
	default:
		return rep, fmt.Errorf("CSV files are read via http or file, not %q", cfg.CSVVia)
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	rep.Corpus, rep.Store, rep.RowsPerTx, rep.CSVVia = cfg.Corpus, cfg.Store.Redacted(), cfg.RowsPerTx, cfg.CSVVia
	scheme, _, _ := strings.Cut(cfg.Store.URI, "://")
	switch scheme {
	case "neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc":
	default:
		return rep, fmt.Errorf("--neo4j-import needs a Neo4j store (bolt://HOST:PORT or neo4j://…), not %s", rep.Store)
	}
	db := cfg.Store.Neo4jDatabase
	if db == "" {
		db = "neo4j"
	}
	auth := neo4jdrv.NoAuth()
	if cfg.Store.Neo4jUser != "" || cfg.Store.Neo4jPassword != "" {
		auth = neo4jdrv.BasicAuth(cfg.Store.Neo4jUser, cfg.Store.Neo4jPassword, "")
	}
	driver, err := neo4jdrv.NewDriverWithContext(cfg.Store.URI, auth)
	if err != nil {
		return rep, fmt.Errorf("neo4j %s: %w", rep.Store, err)
	}
	defer driver.Close(context.WithoutCancel(ctx))
	n := &neo{driver: driver, db: db}

	// 1. The database must be empty: everything in it is deleted later.
	nodes, err := n.nodes(ctx)
	if err != nil {
		return rep, fmt.Errorf("neo4j %s: %w", rep.Store, err)
	}
	if nodes > 0 {
		return rep, fmt.Errorf("neo4j %s, database %s, holds %d nodes: --neo4j-import loads the corpus and then deletes "+
			"everything in the database, so it runs only on an empty one (a database for benchmarks only)", rep.Store, db, nodes)
	}
	// From here on whatever the database holds was written by this run:
	// on any failure, delete it.
	defer func() {
		if err == nil {
			return
		}
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Minute)
		defer cancel()
		if _, derr := n.deleteAll(cctx); derr != nil {
			err = fmt.Errorf("%w; deleting what it wrote failed too, the database is not empty: %v", err, derr)
		}
	}()

	// The CSV files' folder, and whether the server can read it: found
	// out before anything is written.
	dir, err := os.MkdirTemp("", "eventgraph-loadcsv-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	base, stop, err := serveCSV(dir, cfg.CSVVia)
	if err != nil {
		return rep, err
	}
	defer stop()
	if err := n.probe(ctx, dir, base); err != nil {
		hint := ""
		if cfg.CSVVia == "http" {
			hint = " (a server on this machine can read the files from disk instead: --csv-via file)"
		}
		return rep, fmt.Errorf("neo4j %s cannot LOAD CSV from %s: %w%s", rep.Store, base, err, hint)
	}

	// 2. The facts as CSV files, for LOAD CSV (not timed).
	start := time.Now()
	if rep.CSV, err = writeCSV(cfg.Corpus, dir); err != nil {
		return rep, fmt.Errorf("write the CSV files: %w", err)
	}
	rep.CSVSeconds = time.Since(start).Seconds()
	logf("CSV files: %d event reports, %d articles written in %.1f s", rep.CSV.Reports, rep.CSV.Articles, rep.CSVSeconds)

	// 3. The project's import, timed as `eventgraph import` runs it:
	// every file checked on its own, then chunk by chunk checked against
	// the store and written, a write group per transaction.
	store := cfg.Store
	store.Staged = cfg.Staged
	rep.Staged, rep.WriteGroup = cfg.Staged, cmp.Or(cfg.WriteGroup, importer.DefaultWriteGroup)
	project := func(p *ImportPath) error {
		logf("project import of %s into %s …", strings.Join(cfg.Corpus, " "), rep.Store)
		start := time.Now()
		g, err := open.Store(ctx, store)
		if err != nil {
			return err
		}
		prepared, err := importer.Prepare(cfg.Corpus, importer.WithWriteGroups(rep.WriteGroup))
		if err == nil {
			_, err = prepared.Import(ctx, g, nil, func(pr importer.Progress) {
				if pr.Articles%500 == 0 {
					logf("  %d/%d articles, %d events reported, %.0f s", pr.Articles, pr.Total, pr.Events, time.Since(start).Seconds())
				}
			})
		}
		p.Seconds = time.Since(start).Seconds()
		g.Close(context.WithoutCancel(ctx))
		if err != nil {
			return fmt.Errorf("project import: %w", err)
		}
		if err := n.count(ctx, p); err != nil {
			return err
		}
		logf("project import: %d articles, %d events in %.1f s", p.Articles, p.Events, p.Seconds)
		return nil
	}
	// 4. The CSV files, served on loopback or read from disk, loaded with
	// LOAD CSV.
	loadCSV := func(p *ImportPath) error {
		logf("LOAD CSV from %s, %d rows per transaction …", base, cfg.RowsPerTx)
		start := time.Now()
		for _, s := range loadOrder(rep.CSV) {
			t := time.Now()
			q := "LOAD CSV WITH HEADERS FROM $url AS row\nCALL (row) {\n" + s.cypher + "\n} IN TRANSACTIONS OF $rows ROWS"
			if err := n.run(ctx, q, map[string]any{"url": base + s.name, "rows": int64(cfg.RowsPerTx)}); err != nil {
				return fmt.Errorf("LOAD CSV %s: %w", s.name, err)
			}
			logf("  %s: %d rows in %.1f s", s.name, rep.CSV.Rows[s.name], time.Since(t).Seconds())
		}
		p.Seconds = time.Since(start).Seconds()
		if err := n.count(ctx, p); err != nil {
			return err
		}
		logf("LOAD CSV: %d articles, %d events in %.1f s", p.Articles, p.Events, p.Seconds)
		return nil
	}
	// Each path is followed by emptying the database; the schema stays.
	deleted := func(i int) error {
		var err error
		if rep.DeleteSeconds[i], err = n.deleteAll(ctx); err != nil {
			return err
		}
		logf("deleted it in %.1f s", rep.DeleteSeconds[i])
		return nil
	}
	if cfg.WarmUp {
		logf("warm-up: each path once, untimed")
		rep.WarmUp = &[2]ImportPath{}
		if err := project(&rep.WarmUp[0]); err != nil {
			return rep, fmt.Errorf("warm-up: %w", err)
		}
		if err := deleted(0); err != nil {
			return rep, err
		}
		if err := loadCSV(&rep.WarmUp[1]); err != nil {
			return rep, fmt.Errorf("warm-up: %w", err)
		}
		if err := deleted(1); err != nil {
			return rep, err
		}
	}
	if err := project(&rep.Project); err != nil {
		return rep, err
	}
	if err := deleted(0); err != nil {
		return rep, err
	}
	if err := loadCSV(&rep.LoadCSV); err != nil {
		return rep, err
	}
	if err := deleted(1); err != nil {
		return rep, err
	}

	// 5. Rates, and the ratios of the timed runs.
	rep.Project.rates(rep.CSV.Reports)
	rep.LoadCSV.rates(rep.CSV.Reports)
	if w := rep.WarmUp; w != nil {
		w[0].rates(rep.CSV.Reports)
		w[1].rates(rep.CSV.Reports)
	}
	if rep.LoadCSV.EventsPerSec > 0 {
		rep.Ratio = rep.Project.EventsPerSec / rep.LoadCSV.EventsPerSec
	}
	if rep.Project.Seconds > 0 {
		rep.ReportRatio = rep.LoadCSV.Seconds / rep.Project.Seconds
	}

	// 6. The offline reference, on the same files.
	if cfg.AdminLib != "" {
		logf("neo4j-admin database import full of the same files (offline, a temporary NEO4J_HOME) …")
		adm, out, err := adminImport(ctx, cfg.AdminLib, cfg.Java, dir, rep.CSV)
		rep.AdminOutput = out
		if err != nil {
			return rep, fmt.Errorf("neo4j-admin import: %w", err)
		}
		adm.rates(rep.CSV.Reports)
		rep.Admin = &adm
		logf("neo4j-admin import: %d nodes, %d relationships in %.1f s", adm.Nodes, adm.Relationships, adm.Seconds)
	}
	return rep, nil
}

// serveCSV makes the files of dir readable by the server: via "http" from
// a loopback HTTP server (stop stops it), or via "file" as file:/// URLs of
// their paths. It returns the URL the file names follow.
func serveCSV(dir, via string) (base string, stop func(), err error) {
	if via == "file" {
		// The server reads them itself, perhaps as another user.
		if err := os.Chmod(dir, 0o755); err != nil {
			return "", nil, err
		}
		return (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String(), func() {}, nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + "/", func() { srv.Close() }, nil
}

// probe has the server read a file of two rows from base.
func (n *neo) probe(ctx context.Context, dir, base string) error {
	const name = "probe.csv"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("a\n1\n2\n"), 0o644); err != nil {
		return err
	}
	defer os.Remove(filepath.Join(dir, name))
	sess := n.session(ctx)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, "LOAD CSV WITH HEADERS FROM $url AS row RETURN count(row) AS n", map[string]any{"url": base + name})
	if err != nil {
		return err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return err
	}
	if v, _ := rec.Get("n"); v != int64(2) {
		return fmt.Errorf("read %v rows of 2", v)
	}
	return nil
}

// neo is the statements ImportNeo4j runs itself, each an auto-commit
// transaction (CALL { … } IN TRANSACTIONS needs one).
type neo struct {
	driver neo4jdrv.DriverWithContext
	db     string
}

func (n *neo) session(ctx context.Context) neo4jdrv.SessionWithContext {
	return n.driver.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: n.db, AccessMode: neo4jdrv.AccessModeWrite})
}

func (n *neo) run(ctx context.Context, cypher string, params map[string]any) error {
	sess := n.session(ctx)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// single runs a query that returns one record.
func (n *neo) single(ctx context.Context, cypher string) (*neo4jdrv.Record, error) {
	sess := n.session(ctx)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, cypher, nil)
	if err != nil {
		return nil, err
	}
	return res.Single(ctx)
}

func (n *neo) nodes(ctx context.Context) (int, error) {
	rec, err := n.single(ctx, "MATCH (n) RETURN count(n) AS n")
	if err != nil {
		return 0, err
	}
	v, _ := rec.Get("n")
	c, _ := v.(int64)
	return int(c), nil
}

// count fills in what the database holds.
func (n *neo) count(ctx context.Context, p *ImportPath) error {
	rec, err := n.single(ctx, `
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH ()-[r:MENTIONS]->(:Actor) RETURN count(r) AS actorMentions }
CALL () { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS participations }
CALL () { MATCH (n) WHERE NOT n:GraphLock AND NOT n:GraphChange RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN articles, actors, events, actorMentions, participations, nodes, relationships`)
	if err != nil {
		return fmt.Errorf("count what the database holds: %w", err)
	}
	for key, dst := range map[string]*int{"articles": &p.Articles, "actors": &p.Actors, "events": &p.Events,
		"actorMentions": &p.ActorMentions, "participations": &p.Participations, "nodes": &p.Nodes, "relationships": &p.Relationships} {
		v, _ := rec.Get(key)
		c, _ := v.(int64)
		*dst = int(c)
	}
	return nil
}

// deleteAll deletes every node and relationship, 10,000 nodes a
// transaction, and checks that none is left.
func (n *neo) deleteAll(ctx context.Context) (float64, error) {
	start := time.Now()
	if err := n.run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil); err != nil {
		return 0, fmt.Errorf("delete what was loaded: %w", err)
	}
	secs := time.Since(start).Seconds()
	left, err := n.nodes(ctx)
	if err != nil {
		return secs, err
	}
	if left > 0 {
		return secs, errors.New("delete what was loaded: " + fmt.Sprint(left) + " nodes are left")
	}
	return secs, nil
}

// Table writes the report as text, with what the two paths do
// differently.
func (rep Neo4jImportReport) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "corpus %s: %d articles, %d event reports (events as the articles declare them)\n",
		strings.Join(rep.Corpus, " "), rep.CSV.Articles, rep.CSV.Reports)
	fmt.Fprintf(&b, "store %s\n\n", rep.Store)
	fmt.Fprintf(&b, "%-38s %8s %9s %9s %10s %12s %12s\n", "path", "articles", "events", "seconds", "events/s", "articles/s", "reports/s")
	row := func(name string, p ImportPath) {
		fmt.Fprintf(&b, "%-38s %8d %9d %9.1f %10.1f %12.1f %12.1f\n", name, p.Articles, p.Events, p.Seconds,
			p.EventsPerSec, p.ArticlesPerSec, p.ReportsPerSec)
	}
	name := fmt.Sprintf("project import, %d articles/tx", rep.WriteGroup)
	if rep.Staged {
		name = fmt.Sprintf("project import staged, %d articles/tx", rep.WriteGroup)
	}
	row(name, rep.Project)
	row(fmt.Sprintf("LOAD CSV via %s, %d rows/tx", rep.CSVVia, rep.RowsPerTx), rep.LoadCSV)
	if rep.Admin != nil {
		row("neo4j-admin database import (offline)", *rep.Admin)
	}
	if w := rep.WarmUp; w != nil {
		row("warm-up, untimed: project import", w[0])
		row("warm-up, untimed: LOAD CSV", w[1])
	} else {
		b.WriteString("(no warm-up: the project's import ran first, on the server as it was; --warm-up runs each path once before)\n")
	}
	fmt.Fprintf(&b, "\nratio, project events/s ÷ LOAD CSV events/s: %.3f\n", rep.Ratio)
	fmt.Fprintf(&b, "ratio for the same event reports (LOAD CSV seconds ÷ project seconds): %.3f\n", rep.ReportRatio)
	fmt.Fprintf(&b, "not counted: writing the CSV files %.1f s; deleting %.1f s and %.1f s\n",
		rep.CSVSeconds, rep.DeleteSeconds[0], rep.DeleteSeconds[1])
	fmt.Fprintf(&b, "store after: project %d nodes, %d relationships, %d actors, %d actor mentions, %d participations; "+
		"LOAD CSV %d nodes, %d relationships, %d actors, %d actor mentions, %d participations\n",
		rep.Project.Nodes, rep.Project.Relationships, rep.Project.Actors, rep.Project.ActorMentions, rep.Project.Participations,
		rep.LoadCSV.Nodes, rep.LoadCSV.Relationships, rep.LoadCSV.Actors, rep.LoadCSV.ActorMentions, rep.LoadCSV.Participations)
	if rep.Admin != nil {
		fmt.Fprintf(&b, "neo4j-admin: %d nodes, %d relationships (it keeps duplicate relationship rows; MERGE does not); "+
			"its seconds include the JVM's start; the tool says: %s\n", rep.Admin.Nodes, rep.Admin.Relationships, rep.AdminOutput)
	}
	b.WriteString(`
What the two paths do differently:
  project   Prepare reads and checks every file, then per chunk of 256 articles the facts are
            checked against each other and the store, each actor, place and event is resolved
            against the store (name keys, date and participant matches), merged events get each
            article's claim, source count and conflicts, and every node and edge keeps the
            articles that state it; a write group of articles is one transaction (UNWIND $rows …
            MERGE, each article resolved after the ones before it) under the graph lock. Events in
            the store are the merged events. Staged, the reads of resolution go to a local copy
            (a temporary embedded store written alongside) and Neo4j receives only the writes.
  LOAD CSV  Only loads rows: one MERGE per declared node on its id, then MATCH + MERGE per edge,
            in transactions of the given size. No resolution, no claims or provenance lists, no
            name keys; an event reported by three outlets under their own ids is three events.
            The CSV files are written beforehand from the parsed annotations (time not counted).
`)
	return b.String()
}

// Package neo4jkit_test checks the Neo4j Browser kit in this folder against a
// real Neo4j: every query in queries.cypher returns the rows its `// expect:`
// line promises on the seed and a second outlet's report of it, the GraSS style parses the way Browser parses it,
// and Browser itself, driven by headless Chromium, connects, loads the style
// and draws an example query.
//
// The server comes from EVENTGRAPH_TEST_NEO4J (bolt://127.0.0.1:7687 for
// scripts/neo4j-test-server). Without it the server tests skip, unless CI is
// set: then they fail, so a green CI run has run them. They empty the
// database "neo4j" before importing the seed.
//
//	go test ./neo4j -run TestQueries -update
//
// rewrites the expect lines with what the server returns: for new queries;
// read the diff before keeping it.
package neo4jkit_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/internal/testenv"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

const (
	queriesFile = "queries.cypher"
	seedDir     = "../seeds"
	// outletsDir holds an invented second outlet's report of the seed's
	// events, so that the kit shows merged events and conflicting claims.
	outletsDir = "testdata/outlets"
	database   = "neo4j"
)

var update = flag.Bool("update", false, "rewrite the // expect: lines of queries.cypher with the rows the server returns")

// kitQuery is one query of queries.cypher with its comment lines.
type kitQuery struct {
	Title      string
	About      []string
	Expect     string // the JSON after "// expect:"
	ExpectLine int    // 1-based
	Cypher     string // without the final semicolon
	Line       int    // 1-based line of the first Cypher line
	Block      string // the comment lines and the query, as a user copies them
}

var orderBy = regexp.MustCompile(`(?i)\bORDER\s+BY\b`)

// parseQueries reads the kit's query file. A query is a run of comment lines
// (title, description, expect) directly followed by Cypher lines up to one
// ending in a semicolon; a blank line before the Cypher starts over, so the
// file's header comment belongs to no query.
func parseQueries(src string) ([]kitQuery, error) {
	type comment struct {
		text string
		line int
	}
	var (
		qs       []kitQuery
		probs    []string
		pending  []comment
		inQuery  bool
		body     []string
		comments []comment
		start    int
	)
	bad := func(line int, format string, args ...any) {
		probs = append(probs, fmt.Sprintf("%s:%d: %s", queriesFile, line, fmt.Sprintf(format, args...)))
	}
	finish := func() {
		q := kitQuery{Line: start, Cypher: strings.TrimSuffix(strings.TrimRight(strings.Join(body, "\n"), " \t"), ";")}
		if len(comments) == 0 {
			bad(start, "query has no comment lines before it: give it a title, a description and an expect line")
			return
		}
		var block []string
		for _, c := range comments {
			block = append(block, c.text)
		}
		q.Block = strings.Join(append(block, body...), "\n")
		for i, c := range comments {
			if strings.Contains(c.text, ";") {
				// Browser 5 splits pasted text into statements at every
				// semicolon, comments included, and runs the comment alone.
				bad(c.line, "a semicolon in a comment line: Neo4j Browser would split the pasted query there")
			}
			text := strings.TrimSpace(strings.TrimPrefix(c.text, "//"))
			if rest, ok := strings.CutPrefix(text, "expect:"); ok {
				if q.ExpectLine != 0 {
					bad(c.line, "second expect line for %q (the first is line %d)", q.Title, q.ExpectLine)
					continue
				}
				q.Expect, q.ExpectLine = strings.TrimSpace(rest), c.line
				continue
			}
			if i == 0 {
				q.Title = text
			} else if text != "" {
				q.About = append(q.About, text)
			}
		}
		switch {
		case q.Title == "":
			bad(comments[0].line, "the first comment line of a query is its title and must not be empty")
		case len(q.About) == 0:
			bad(comments[0].line, "query %q needs a comment line saying what it shows", q.Title)
		case q.ExpectLine == 0:
			bad(comments[0].line, "query %q has no // expect: line", q.Title)
		}
		if q.ExpectLine != 0 {
			if _, err := decodeRows(q.Expect); err != nil {
				bad(q.ExpectLine, "expect line of %q: %v", q.Title, err)
			}
		}
		if !orderBy.MatchString(stripComments(q.Cypher)) {
			bad(start, "query %q has no ORDER BY: its rows would come in no fixed order", q.Title)
		}
		for _, other := range qs {
			if other.Title == q.Title {
				bad(comments[0].line, "title %q is also the title of the query at line %d", q.Title, other.Line)
			}
		}
		qs = append(qs, q)
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		trimmed := strings.TrimSpace(line)
		if !inQuery {
			switch {
			case trimmed == "":
				pending = nil
				continue
			case strings.HasPrefix(trimmed, "//"):
				pending = append(pending, comment{trimmed, n})
				continue
			}
			inQuery, body, comments, start, pending = true, nil, pending, n, nil
		}
		body = append(body, line)
		if strings.HasSuffix(trimmed, ";") && !strings.HasPrefix(trimmed, "//") {
			finish()
			inQuery = false
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if inQuery {
		bad(start, "query does not end: the last line of a query ends with a semicolon")
	}
	if len(qs) == 0 && len(probs) == 0 {
		bad(1, "no queries")
	}
	if len(probs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(probs, "\n"))
	}
	return qs, nil
}

// stripComments drops // comments, outside of strings, for the ORDER BY check.
func stripComments(cypher string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(cypher, "\n") {
		var quote rune
		cut := len(line)
		for i, r := range line {
			switch {
			case quote != 0:
				if r == quote {
					quote = 0
				}
			case r == '\'' || r == '"' || r == '`':
				quote = r
			case r == '/' && strings.HasPrefix(line[i:], "//"):
				cut = i
			}
			if cut != len(line) {
				break
			}
		}
		b.WriteString(line[:cut])
		b.WriteByte('\n')
	}
	return b.String()
}

// decodeRows parses an expect line: a JSON array of rows, each an array.
func decodeRows(s string) ([]any, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not JSON: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("text after the JSON array")
	}
	rows, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("want a JSON array of rows, got %s", canonical(v))
	}
	for i, r := range rows {
		if _, ok := r.([]any); !ok {
			return nil, fmt.Errorf("row %d is %s, want an array of column values", i, canonical(r))
		}
		rows[i] = normalizeNumbers(r)
	}
	return rows, nil
}

// normalizeNumbers turns json.Numbers into int64 or float64, so that 1.0 in
// an expect line equals an integer 1 from the server only if it is written 1.
func normalizeNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = normalizeNumbers(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = normalizeNumbers(x[k])
		}
	}
	return v
}

// canonical is the compact JSON the comparison and the messages use.
func canonical(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// plain turns a value the driver returns into one that reads the same in an
// expect line: dates as "YYYY-MM-DD", nodes as their id, relationships as
// their type, paths as the ids of their nodes.
func plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	case dbtype.Node:
		return nodeID(x)
	case dbtype.Relationship:
		return x.Type
	case dbtype.Path:
		ids := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			ids[i] = nodeID(n)
		}
		return ids
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999")
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	case []byte:
		return x
	default:
		return fmt.Sprintf("%v", x)
	}
}

func nodeID(n dbtype.Node) any {
	if id, ok := n.Props["id"]; ok {
		return id
	}
	return "<node " + n.ElementId + " without id>"
}

var (
	seedOnce sync.Once
	seedErr  error
)

// seeded returns a driver for the server after emptying its database and
// importing the seed through the project's own Neo4j store, once per run.
func seeded(t *testing.T) neo4j.DriverWithContext {
	t.Helper()
	srv := testenv.Neo4jServer(t)
	uri := srv.URI
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	driver, err := neo4j.NewDriverWithContext(uri, srv.Auth())
	if err != nil {
		t.Fatalf("driver for %s: %v", redact(uri), err)
	}
	t.Cleanup(func() { driver.Close(context.Background()) })
	if err := driver.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("Neo4j at %s (EVENTGRAPH_TEST_NEO4J) does not answer: %v; is scripts/neo4j-test-server running?", redact(uri), err)
	}
	seedOnce.Do(func() { seedErr = seed(ctx, driver, srv) })
	if seedErr != nil {
		t.Fatalf("seeding Neo4j at %s: %v", redact(uri), seedErr)
	}
	return driver
}

func seed(ctx context.Context, driver neo4j.DriverWithContext, srv testenv.Neo4j) error {
	if _, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(database)); err != nil {
		return fmt.Errorf("emptying the database: %w", err)
	}
	store, err := open.Store(ctx, open.Config{
		URI: srv.URI, Neo4jUser: srv.User, Neo4jPassword: srv.Password, Neo4jDatabase: database,
	})
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer store.Close(ctx)
	if _, err := importer.Import(ctx, store, []string{seedDir, outletsDir}, io.Discard); err != nil {
		return fmt.Errorf("importing %s and %s: %w", seedDir, outletsDir, err)
	}
	// The full-text index answers only once it is online.
	if _, err := neo4j.ExecuteQuery(ctx, driver, "CALL db.awaitIndexes(120)", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(database)); err != nil {
		return fmt.Errorf("waiting for the indexes: %w", err)
	}
	return nil
}

func redact(uri string) string {
	if u, err := url.Parse(uri); err == nil && u.User != nil {
		u.User = url.User("***")
		return u.String()
	}
	return uri
}

func loadQueries(t *testing.T) ([]kitQuery, string) {
	t.Helper()
	src, err := os.ReadFile(queriesFile)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := parseQueries(string(src))
	if err != nil {
		t.Fatalf("%s is malformed:\n%v", queriesFile, err)
	}
	return qs, string(src)
}

// TestQueriesFile checks the shape of queries.cypher without a server: every
// query has a title, a description, one expect line holding rows, and an
// ORDER BY; the starting points are all there.
func TestQueriesFile(t *testing.T) {
	qs, _ := loadQueries(t)
	var all strings.Builder
	for _, q := range qs {
		all.WriteString(q.Cypher + "\n")
	}
	for _, want := range []string{
		":Meeting", "{id: 'vladimir-putin'}", ":Loan", "allShortestPaths", ":Article {id:",
		"m.quote", "date('2020-09-01')", "db.index.fulltext.queryNodes('actor_names'",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no query in %s uses %s: the kit's starting points (who met whom, an actor's timeline, the loan, paths, "+
				"events by article, quotes, a date range, full-text search) should all be there", queriesFile, want)
		}
	}
	seen := map[string]bool{}
	for _, q := range qs {
		if !json.Valid([]byte(q.Expect)) {
			continue // reported by parseQueries
		}
		rows, _ := decodeRows(q.Expect)
		if len(rows) == 0 {
			t.Errorf("%s:%d: %q expects no rows: an example that finds nothing checks little", queriesFile, q.ExpectLine, q.Title)
		}
		seen[q.Title] = true
	}
	if len(seen) < 8 {
		t.Errorf("%s has %d queries, want at least 8", queriesFile, len(seen))
	}
}

// TestParseQueriesRefuses feeds the parser broken query files: each must be
// refused with the problem named.
func TestParseQueriesRefuses(t *testing.T) {
	const ok = "// T\n// What it shows.\n// expect: [[1]]\nRETURN 1 AS x ORDER BY x;\n"
	if qs, err := parseQueries("// header\n\n" + ok); err != nil || len(qs) != 1 || qs[0].Title != "T" || qs[0].Line != 6 {
		t.Fatalf("a good file: %+v, %v", qs, err)
	}
	for _, c := range []struct{ name, src, want string }{
		{"no comments", "RETURN 1 AS x ORDER BY x;\n", "no comment lines"},
		{"no description", "// T\n// expect: [[1]]\nRETURN 1 AS x ORDER BY x;\n", "saying what it shows"},
		{"no expect", "// T\n// What.\nRETURN 1 AS x ORDER BY x;\n", "no // expect: line"},
		{"two expects", "// T\n// What.\n// expect: [[1]]\n// expect: [[1]]\nRETURN 1 AS x ORDER BY x;\n", "second expect line"},
		{"not rows", "// T\n// What.\n// expect: [1]\nRETURN 1 AS x ORDER BY x;\n", "want an array of column values"},
		{"not JSON", "// T\n// What.\n// expect: [[1]\nRETURN 1 AS x ORDER BY x;\n", "not JSON"},
		{"no order", "// T\n// What.\n// expect: [[1]]\nRETURN 1 AS x;\n", "no ORDER BY"},
		{"order in a comment", "// T\n// What.\n// expect: [[1]]\nRETURN 1 AS x // ORDER BY x\n;\n", "no ORDER BY"},
		{"semicolon in a comment", "// T\n// What; and more.\n// expect: [[1]]\nRETURN 1 AS x ORDER BY x;\n", "semicolon in a comment"},
		{"unterminated", "// T\n// What.\n// expect: [[1]]\nRETURN 1 AS x ORDER BY x\n", "does not end"},
		{"same title", ok + "\n" + ok, "also the title"},
		{"empty", "// just a header\n", "no queries"},
	} {
		_, err := parseQueries(c.src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error saying %q", c.name, err, c.want)
		}
	}
}

// TestQueries runs every query of queries.cypher on the seeded server and
// compares its rows with the expect line.
func TestQueries(t *testing.T) {
	qs, src := loadQueries(t)
	driver := seeded(t)
	ctx := context.Background()
	updates := map[int]string{}
	for _, q := range qs {
		t.Run(q.Title, func(t *testing.T) {
			got, err := runQuery(ctx, driver, q.Cypher)
			if err != nil {
				t.Fatalf("%s:%d %q failed: %v\n%s", queriesFile, q.Line, q.Title, err, q.Cypher)
			}
			want, err := decodeRows(q.Expect)
			if err != nil {
				t.Fatal(err)
			}
			if diff := diffRows(want, got); diff != "" {
				if *update {
					updates[q.ExpectLine] = canonical(got)
					t.Logf("%s:%d: updating the expect line of %q:\n%s", queriesFile, q.ExpectLine, q.Title, diff)
					return
				}
				t.Errorf("%s:%d %q returned other rows than its expect line (%s:%d):\n%s\n"+
					"all rows returned, for the expect line if they are right:\n// expect: %s",
					queriesFile, q.Line, q.Title, queriesFile, q.ExpectLine, diff, canonical(got))
			}
		})
	}
	if len(updates) > 0 {
		lines := strings.Split(src, "\n")
		for n, rows := range updates {
			indent := lines[n-1][:len(lines[n-1])-len(strings.TrimLeft(lines[n-1], " \t"))]
			lines[n-1] = indent + "// expect: " + rows
		}
		if err := os.WriteFile(queriesFile, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %d expect lines of %s", len(updates), queriesFile)
	}
}

// runQuery runs one query and returns its rows as plain values.
func runQuery(ctx context.Context, driver neo4j.DriverWithContext, cypher string) ([]any, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, driver, cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, err
	}
	rows := make([]any, len(res.Records))
	for i, rec := range res.Records {
		rows[i] = plain(rec.Values)
	}
	return rows, nil
}

// diffRows says, row by row, where got differs from want; "" when equal.
func diffRows(want, got []any) string {
	var b strings.Builder
	for i := range max(len(want), len(got)) {
		switch {
		case i >= len(got):
			fmt.Fprintf(&b, "  row %d missing:\n    want %s\n", i+1, canonical(want[i]))
		case i >= len(want):
			fmt.Fprintf(&b, "  row %d unexpected:\n    got  %s\n", i+1, canonical(got[i]))
		default:
			w, g := canonical(want[i]), canonical(got[i])
			if w == g {
				continue
			}
			fmt.Fprintf(&b, "  row %d differs:\n    want %s\n    got  %s\n", i+1, w, g)
			if ws, gs := want[i].([]any), got[i].([]any); len(ws) == len(gs) {
				var cols []string
				for c := range ws {
					if canonical(ws[c]) != canonical(gs[c]) {
						cols = append(cols, fmt.Sprint(c+1))
					}
				}
				fmt.Fprintf(&b, "    (column %s)\n", strings.Join(cols, ", "))
			}
		}
	}
	if b.Len() > 0 {
		fmt.Fprintf(&b, "  (%d rows expected, %d returned)", len(want), len(got))
	}
	return b.String()
}

// queryByTitle finds one query of the kit, for the Browser test.
func queryByTitle(t *testing.T, title string) kitQuery {
	t.Helper()
	qs, _ := loadQueries(t)
	i := slices.IndexFunc(qs, func(q kitQuery) bool { return q.Title == title })
	if i < 0 {
		t.Fatalf("%s has no query titled %q", queriesFile, title)
	}
	return qs[i]
}

// TestReadmeExamples runs the Cypher examples of the top-level README on
// the seed: each statement must run and return rows, so the README cannot
// drift from the model.
func TestReadmeExamples(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```cypher\n(.*?)```").FindAllStringSubmatch(string(raw), -1)
	if len(blocks) == 0 {
		t.Fatal("README.md has no ```cypher examples")
	}
	driver := seeded(t)
	for _, b := range blocks {
		for _, stmt := range strings.Split(b[1], ";") {
			stmt = strings.TrimSpace(stmt)
			if stmt == "" {
				continue
			}
			rows, err := runQuery(context.Background(), driver, stmt)
			if err != nil {
				t.Errorf("README example fails: %v\n%s", err, stmt)
			} else if len(rows) == 0 {
				t.Errorf("README example returns no rows on the seed:\n%s", stmt)
			}
		}
	}
}

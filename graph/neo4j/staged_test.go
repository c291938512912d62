package neo4j

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/graph/staged"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/gen"
	"github.com/eventgraph/eventgraph/internal/testenv"
)

// TestStagedConformance runs the conformance suite through a staged
// backend: every import is resolved against an embedded local copy and
// Neo4j receives only the plans. After each test, Neo4j read directly must
// answer as the local copy does, and what Neo4j keeps beside the facts
// (meeting counts, statements) must agree with them.
func TestStagedConformance(t *testing.T) {
	// A test that opens a second store wipes the database the first one
	// wrote, so the first is compared then.
	pending := map[*testing.T]func(){}
	graphtest.Run(t, func(t *testing.T) graph.Backend {
		ctx := context.Background()
		if compare, ok := pending[t]; ok {
			compare()
		}
		path := filepath.Join(t.TempDir(), "local.db")
		local, err := sqlite.Open(ctx, path, sqlite.Scratch()) // as open.Store stages
		if err != nil {
			t.Fatal(err)
		}
		b, err := staged.New(ctx, local, openStore(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		compare := sync.OnceFunc(func() {
			ref, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			p, done := pairAsItIs(t, ref)
			defer done()
			compareAll(t, p, false)
			checkKept(t)
		})
		pending[t] = compare
		// Registered before the test's own Close, so it runs after it.
		t.Cleanup(compare)
		return b
	})
}

// TestStagedGeneratedCorpus imports a generated corpus, whose articles
// share actors and events, staged in groups of 64 (so that a group's rows
// name the same nodes many times), and compares Neo4j read directly with
// the same corpus imported straight into an embedded store.
func TestStagedGeneratedCorpus(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Config{Events: 400, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	ref, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	local, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "local.db"), sqlite.Scratch())
	if err != nil {
		t.Fatal(err)
	}
	b, err := staged.New(ctx, local, openStore(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	// The outlets' articles in turn, so that a group holds several
	// reports of one event.
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	byOutlet := map[string][]string{}
	var outlets []string
	for _, f := range files {
		o := strings.TrimRight(strings.TrimSuffix(filepath.Base(f), ".txt"), "0123456789")
		if byOutlet[o] == nil {
			outlets = append(outlets, o)
		}
		byOutlet[o] = append(byOutlet[o], f)
	}
	var order []string
	for i := 0; len(order) < len(files); i++ {
		for _, o := range outlets {
			if i < len(byOutlet[o]) {
				order = append(order, byOutlet[o][i])
			}
		}
	}
	for _, g := range []*graph.Graph{graph.New(ref), graph.New(b).WithWriteGroups(64)} {
		if _, err := importer.Import(ctx, g, order, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Close(ctx); err != nil {
		t.Fatal(err)
	}
	p, done := pairAsItIs(t, ref)
	defer done()
	if st, err := p.sq.Stats(ctx); err != nil || st.Articles < 100 {
		t.Fatalf("reference store: %+v, %v", st, err)
	}
	graphtest.SameGraph(t, p.sq, p.n4)
	checkKept(t)
}

// pairAsItIs pairs ref with the test database as it is (not emptied);
// done closes both.
func pairAsItIs(t *testing.T, ref graph.Backend) (p *pair, done func()) {
	t.Helper()
	ctx := context.Background()
	srv := testenv.Neo4jServer(t)
	s, err := Open(ctx, srv.URI, srv.User, srv.Password, srv.Database)
	if err != nil {
		ref.Close(ctx)
		t.Fatal(err)
	}
	p = &pair{sq: graph.New(ref), n4: graph.New(s), store: s}
	return p, func() {
		p.sq.Close(ctx)
		p.n4.Close(ctx)
	}
}

func TestWaves(t *testing.T) {
	rows := []row{{"id": "a", "n": 1}, {"id": "b", "n": 2}, {"id": "a", "n": 3}, {"id": "a", "n": 4}, {"id": "c", "n": 5}}
	got := waves(rows, []string{"id"})
	want := [][]row{{rows[0], rows[1], rows[4]}, {rows[2]}, {rows[3]}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("waves = %v, want %v", got, want)
	}
	if got := waves(rows, nil); len(got) != 1 || len(got[0]) != len(rows) {
		t.Errorf("waves without key = %v", got)
	}
}

// TestCollapse: rows of several articles that write a node alike become
// one row stating it for all of them; a row that writes it otherwise
// stays apart, after them, and so does every later row of that node. A
// relation's rows join with each article's quotes.
func TestCollapse(t *testing.T) {
	rows := []row{
		{"id": "a", "name": "A", "keys": []string{"a"}, "article": "1"},
		{"id": "b", "name": "B", "keys": []string{"b"}, "article": "1"},
		{"id": "a", "name": "A", "keys": []string{"a"}, "article": "2"},
		{"id": "a", "name": "A2", "keys": []string{"a"}, "article": "3"},
		{"id": "a", "name": "A", "keys": []string{"a"}, "article": "4"},
		{"id": "a", "name": "A", "keys": []string{"a"}, "article": "5"},
		{"id": "b", "name": "B", "keys": []string{"b", "c"}, "article": "5"},
	}
	show := func(rows []row, fields ...string) []string {
		var out []string
		for _, r := range rows {
			var b strings.Builder
			for _, f := range fields {
				fmt.Fprint(&b, r[f], " ")
			}
			for _, st := range r["stated"].([]row) {
				fmt.Fprint(&b, st["article"], st["quotes"], ";")
			}
			out = append(out, b.String())
		}
		return out
	}
	got := show(collapse(rows, []string{"id"}, []string{"article"}), "id", "name", "keys")
	want := []string{"a A [a] 1<nil>;2<nil>;", "b B [b] 1<nil>;", "a A2 [a] 3<nil>;", "a A [a] 4<nil>;5<nil>;", "b B [b c] 5<nil>;"}
	if !slices.Equal(got, want) {
		t.Errorf("collapse = %q, want %q", got, want)
	}
	if _, ok := rows[0]["stated"]; ok {
		t.Error("collapse changed the rows it was given")
	}
	rels := []row{
		{"fact": "f", "props": row{"title": "x"}, "article": "1", "quotes": []string{"q1"}},
		{"fact": "f", "props": row{"title": "x"}, "article": "2", "quotes": []string{"q2"}},
		{"fact": "g", "props": row{"title": "x"}, "article": "2", "quotes": []string{"q3"}},
		{"fact": "f", "props": row{"title": "y"}, "article": "3", "quotes": []string{"q4"}},
	}
	got = show(collapse(rels, []string{"fact"}, []string{"article", "quotes"}), "fact")
	want = []string{"f 1[q1];2[q2];", "g 2[q3];", "f 3[q4];"}
	if !slices.Equal(got, want) {
		t.Errorf("collapse of relations = %q, want %q", got, want)
	}
}

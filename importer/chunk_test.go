package importer_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/gen"
)

func openStore(t *testing.T) *graph.Graph {
	t.Helper()
	ctx := context.Background()
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	t.Cleanup(func() { g.Close(ctx) })
	return g
}

// corpus writes a generated corpus of about n events and returns its
// folder and article count.
func corpus(t *testing.T, n int) (string, int) {
	t.Helper()
	dir := t.TempDir()
	sum, err := gen.Write(dir, gen.Config{Events: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	return dir, sum.Articles
}

// TestChunksMakeTheSameGraph imports one corpus whole and in chunks of 3
// articles: the graphs are the same, and progress counts every article.
func TestChunksMakeTheSameGraph(t *testing.T) {
	ctx := context.Background()
	dir, articles := corpus(t, 60)
	whole, chunked := openStore(t), openStore(t)
	if _, err := importer.Import(ctx, whole, []string{dir}, nil, importer.WithChunk(1000)); err != nil {
		t.Fatal(err)
	}
	p, err := importer.Prepare([]string{dir}, importer.WithChunk(3))
	if err != nil {
		t.Fatal(err)
	}
	if p.Articles != articles {
		t.Fatalf("prepared %d articles, the corpus has %d", p.Articles, articles)
	}
	var seen []importer.Progress
	rep, err := p.Import(ctx, chunked, nil, func(pr importer.Progress) { seen = append(seen, pr) })
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != articles || len(seen) != articles || seen[len(seen)-1].Articles != articles || seen[len(seen)-1].Total != articles {
		t.Errorf("report of %d articles, %d progress calls, last %+v; want %d", len(rep.Articles), len(seen), seen[len(seen)-1], articles)
	}
	a, _ := whole.Stats(ctx)
	b, _ := chunked.Stats(ctx)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("chunked import made %+v, whole import %+v", b, a)
	}
	ta, err := whole.Timeline(ctx, graph.TimelineQuery{Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	tb, err := chunked.Timeline(ctx, graph.TimelineQuery{Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ta.Items, tb.Items) {
		t.Error("chunked and whole imports make different timelines")
	}
}

// TestConflictInLaterChunk: an article that collides with an earlier
// chunk's stops the import there; the earlier chunks stay, whole, and the
// error names them; after the fix the same import completes.
func TestConflictInLaterChunk(t *testing.T) {
	ctx := context.Background()
	dir, generated := corpus(t, 20)
	// One more article, sorted last, declares as a place the id the first
	// generated article gives its first actor.
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	slices.Sort(files)
	firstYAML, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(firstYAML), "- id: ")
	actorID, _, _ := strings.Cut(rest, "\n")
	last := filepath.Join(dir, "zz-last")
	article := "---\ntitle: Last\noutlet: Test\npublished: 2024-01-01\nlanguage: en\n---\n\nZeta is a town.\n"
	bad := "places:\n  - id: " + actorID + "\n    name: Zeta\n    kind: city\n    quotes: [Zeta]\n"
	good := strings.Replace(bad, "id: "+actorID, "id: zeta-town", 1)
	if err := os.WriteFile(last+".txt", []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(last+".yaml", []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	articles := generated + 1
	g := openStore(t)
	_, err = importer.Import(ctx, g, []string{dir}, nil, importer.WithChunk(4))
	var ie *graph.InterruptedError
	if !errors.As(err, &ie) || !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("err = %v, want an interrupted import refused for the collision", err)
	}
	if want := (articles - 1) / 4 * 4; len(ie.Written) != want || ie.Total != articles {
		t.Errorf("written %d of %d, want the %d in the chunks before the last", len(ie.Written), ie.Total, want)
	}
	st, _ := g.Stats(ctx)
	if st.Articles != len(ie.Written) {
		t.Errorf("the store holds %d articles, the error says %d were written", st.Articles, len(ie.Written))
	}
	// The fix, then the same import: the written articles come back
	// unchanged, the rest are added.
	if err := os.WriteFile(last+".yaml", []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := importer.Import(ctx, g, []string{dir}, nil, importer.WithChunk(4))
	if err != nil {
		t.Fatal(err)
	}
	unchanged := 0
	for _, a := range rep.Articles {
		if a.Status == graph.Unchanged {
			unchanged++
		}
	}
	if unchanged != len(ie.Written) || len(rep.Articles) != articles {
		t.Errorf("re-run: %d of %d unchanged, want the %d written before", unchanged, len(rep.Articles), len(ie.Written))
	}
}

// TestCancelledImportLeavesWholeArticles cancels an import, an article
// per transaction, after its fifth article: five articles are in the
// store, whole, and the error says so (TestWriteGroups: in groups).
func TestCancelledImportLeavesWholeArticles(t *testing.T) {
	dir, articles := corpus(t, 30)
	g := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p, err := importer.Prepare([]string{dir}, importer.WithChunk(3), importer.WithWriteGroups(1))
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Import(ctx, g, nil, func(pr importer.Progress) {
		if pr.Articles == 5 {
			cancel()
		}
	})
	var ie *graph.InterruptedError
	if !errors.As(err, &ie) || !errors.Is(err, context.Canceled) || len(ie.Written) != 5 || ie.Total != articles {
		t.Fatalf("err = %v, want an import stopped after 5 of %d articles", err, articles)
	}
	st, _ := g.Stats(context.Background())
	if st.Articles != 5 {
		t.Errorf("the store holds %d articles after the interruption, want 5", st.Articles)
	}
}

// TestBusyStoreStopsImportWithWrittenArticles: another writer holds the
// embedded store's file past the busy timeout after the fifth article.
// The import stops with the store unavailable, names the five articles it
// wrote, and the store holds exactly them, whole (the same export as an
// import stopped after five); once the file is free the same import
// completes to the graph a straight import makes.
func TestBusyStoreStopsImportWithWrittenArticles(t *testing.T) {
	ctx := context.Background()
	dir, articles := corpus(t, 30)
	path := filepath.Join(t.TempDir(), "busy.db")
	b, err := sqlite.Open(ctx, path, sqlite.WithBusyTimeout(200*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	defer g.Close(ctx)
	p, err := importer.Prepare([]string{dir}, importer.WithChunk(3), importer.WithWriteGroups(1))
	if err != nil {
		t.Fatal(err)
	}

	// The other writer: its own connection pool on the same file, as
	// another process would have, holding the write lock.
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var lock *sql.Conn
	_, err = p.Import(ctx, g, nil, func(pr importer.Progress) {
		if pr.Articles != 5 {
			return
		}
		if lock, err = other.Conn(ctx); err == nil {
			_, err = lock.ExecContext(ctx, "BEGIN IMMEDIATE")
		}
		if err != nil {
			t.Fatalf("taking the write lock: %v", err)
		}
	})
	if lock == nil {
		t.Fatal("the import never reached its fifth article")
	}
	var ie *graph.InterruptedError
	if !errors.As(err, &ie) || !errors.Is(err, graph.ErrUnavailable) || len(ie.Written) != 5 || ie.Total != articles {
		t.Fatalf("err = %v, want an import stopped by the lock after 5 of %d articles", err, articles)
	}
	for _, want := range append([]string{"locked by another writer", "written whole: "}, ie.Written...) {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if _, err := lock.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	lock.Close()

	// The reference for "five whole articles": the same import cancelled
	// after its fifth.
	five := stoppedAfter(t, p, 5)
	if got, want := graphtest.Export(t, g), graphtest.Export(t, five); got != want {
		t.Errorf("after the lock the store holds\n%s\nwant the five whole articles\n%s", got, want)
	}

	if _, err := p.Import(ctx, g, nil, nil); err != nil {
		t.Fatalf("the same import once the file is free: %v", err)
	}
	whole := openStore(t)
	if _, err := p.Import(ctx, whole, nil, nil); err != nil {
		t.Fatal(err)
	}
	if graphtest.Export(t, g) != graphtest.Export(t, whole) {
		t.Error("the completed import differs from a straight import of the corpus")
	}
}

// lostCommit is a store whose connection breaks while the write after
// the first `after` is being committed: the write is carried out, but the
// caller hears that the store went away, as a Neo4j client does when the
// server stops during a commit.
type lostCommit struct {
	*sqlite.Store
	after, writes int
}

func (s *lostCommit) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if err := s.Store.Update(ctx, fn); err != nil {
		return err
	}
	if s.writes++; s.writes == s.after+1 {
		return fmt.Errorf("%w: %w: connection reset during commit", graph.ErrUncertain, graph.ErrUnavailable)
	}
	return nil
}

// TestCommitLostInFlight: when the store goes away while an article is
// being committed, the import names that article as possibly written,
// apart from the ones it knows were written; the store holds it whole
// (the same export as an import stopped after it), and running the same
// import again completes the corpus.
func TestCommitLostInFlight(t *testing.T) {
	ctx := context.Background()
	dir, articles := corpus(t, 30)
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lost.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(&lostCommit{Store: b, after: 5})
	defer g.Close(ctx)
	p, err := importer.Prepare([]string{dir}, importer.WithChunk(3), importer.WithWriteGroups(1))
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Import(ctx, g, nil, nil)
	var ie *graph.InterruptedError
	if !errors.As(err, &ie) || !errors.Is(err, graph.ErrUnavailable) || len(ie.Written) != 5 || len(ie.Uncertain) != 1 || ie.Total != articles {
		t.Fatalf("err = %v, want 5 of %d written and the sixth uncertain", err, articles)
	}
	if want := ie.Uncertain[0] + " may have been written whole"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
	six := stoppedAfter(t, p, 6)
	if graphtest.Export(t, g) != graphtest.Export(t, six) {
		t.Error("the store does not hold the five written articles and the uncertain one, whole")
	}
	if _, err := p.Import(ctx, g, nil, nil); err != nil {
		t.Fatalf("the same import again: %v", err)
	}
	whole := openStore(t)
	if _, err := p.Import(ctx, whole, nil, nil); err != nil {
		t.Fatal(err)
	}
	if graphtest.Export(t, g) != graphtest.Export(t, whole) {
		t.Error("the completed import differs from a straight import of the corpus")
	}
}

// cancelAfter imports p into g and cancels the import once n articles
// are written; it returns the import's error.
func cancelAfter(t *testing.T, p *importer.Prepared, g *graph.Graph, n int) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := p.Import(ctx, g, nil, func(pr importer.Progress) {
		if pr.Articles == n {
			cancel()
		}
	})
	return err
}

// stoppedAfter is the store an import of p cancelled once n articles
// are written leaves behind: the reference for "n whole articles".
func stoppedAfter(t *testing.T, p *importer.Prepared, n int) *graph.Graph {
	t.Helper()
	ref := openStore(t)
	if err := cancelAfter(t, p, ref, n); !errors.Is(err, context.Canceled) {
		t.Fatalf("reference import: %v", err)
	}
	return ref
}

// interloper is a store another process writes an article to just
// before the import's second transaction, after the import's own checks
// against the store passed.
type interloper struct {
	*sqlite.Store
	writes int
	write  func()
}

func (s *interloper) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if s.writes++; s.writes == 2 {
		s.write()
	}
	return s.Store.Update(ctx, fn)
}

// TestWriteGroups: articles written a group per transaction make the
// graph written one by one makes; an interruption leaves whole groups, a
// lost commit names its whole group as possibly written, and an article
// refused inside a group's transaction (by what another writer stored
// after the checks) lets the articles before it land and names it.
func TestWriteGroups(t *testing.T) {
	ctx := context.Background()
	dir, articles := corpus(t, 60)
	single, err := importer.Prepare([]string{dir}, importer.WithChunk(20), importer.WithWriteGroups(1))
	if err != nil {
		t.Fatal(err)
	}
	grouped, err := importer.Prepare([]string{dir}, importer.WithChunk(20), importer.WithWriteGroups(4))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("same graph", func(t *testing.T) {
		a, b := openStore(t), openStore(t)
		if _, err := single.Import(ctx, a, nil, nil); err != nil {
			t.Fatal(err)
		}
		var calls int
		rep, err := grouped.Import(ctx, b, nil, func(importer.Progress) { calls++ })
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Articles) != articles || calls != articles {
			t.Errorf("grouped import reported %d articles in %d progress calls, want %d", len(rep.Articles), calls, articles)
		}
		if graphtest.Export(t, a) != graphtest.Export(t, b) {
			t.Error("written in groups of 4, the corpus makes another graph than written one by one")
		}
	})

	t.Run("cancelled", func(t *testing.T) {
		g := openStore(t)
		err := cancelAfter(t, grouped, g, 5)
		var ie *graph.InterruptedError
		if !errors.As(err, &ie) || !errors.Is(err, context.Canceled) || len(ie.Written) != 8 {
			t.Fatalf("err = %v, want an import stopped after its second group of 4", err)
		}
		ref := stoppedAfter(t, single, 8)
		if graphtest.Export(t, g) != graphtest.Export(t, ref) {
			t.Error("the store does not hold the two whole groups")
		}
	})

	t.Run("lost commit", func(t *testing.T) {
		b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lost.db"))
		if err != nil {
			t.Fatal(err)
		}
		g := graph.New(&lostCommit{Store: b, after: 1})
		defer g.Close(ctx)
		_, err = grouped.Import(ctx, g, nil, nil)
		var ie *graph.InterruptedError
		if !errors.As(err, &ie) || len(ie.Written) != 4 || len(ie.Uncertain) != 4 {
			t.Fatalf("err = %v, want 4 written and the next group of 4 uncertain", err)
		}
		if !strings.Contains(err.Error(), strings.Join(ie.Uncertain, ", ")+" may have been written whole, all of them or none") {
			t.Errorf("error %q does not name the group as possibly written", err)
		}
		ref := stoppedAfter(t, single, 8)
		if graphtest.Export(t, g) != graphtest.Export(t, ref) {
			t.Error("the store does not hold the written group and the uncertain one, whole")
		}
	})

	t.Run("refused inside a group", func(t *testing.T) {
		small := t.TempDir()
		for i, name := range []string{"Xi", "Putin", "Lula", "Modi", "Macron", "Ruto", "Milei", "Boric"} {
			id := fmt.Sprintf("a%d", i+1)
			text := fmt.Sprintf("---\ntitle: %s\noutlet: Test\npublished: 2024-01-0%d\nlanguage: en\n---\n\n%s spoke.\n", id, i+1, name)
			ann := "actors:\n  - {id: person-" + id + ", name: " + name + ", kind: Person, quotes: [" + name + "]}\n"
			if err := os.WriteFile(filepath.Join(small, id+".txt"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(small, id+".yaml"), []byte(ann), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// The other writer's article declares as a place the id a6 gives
		// its person.
		other := t.TempDir()
		if err := os.WriteFile(filepath.Join(other, "zz.txt"), []byte("---\ntitle: Z\noutlet: Test\npublished: 2024-02-01\nlanguage: en\n---\n\nZeta is a town.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(other, "zz.yaml"), []byte("places:\n  - {id: person-a6, name: Zeta, kind: city, quotes: [Zeta]}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "raced.db"))
		if err != nil {
			t.Fatal(err)
		}
		store := &interloper{Store: b}
		store.write = func() {
			if _, err := importer.Import(ctx, graph.New(b), []string{other}, nil); err != nil {
				t.Errorf("the other writer's article: %v", err)
			}
		}
		g := graph.New(store)
		defer g.Close(ctx)
		_, err = importer.Import(ctx, g, []string{small}, nil, importer.WithWriteGroups(4))
		var ie *graph.InterruptedError
		if !errors.As(err, &ie) || !errors.Is(err, graph.ErrInvalid) || !slices.Equal(ie.Written, []string{"a1", "a2", "a3", "a4", "a5"}) {
			t.Fatalf("err = %v, want a1 to a5 written and a6 refused", err)
		}
		if !strings.Contains(err.Error(), "person-a6") {
			t.Errorf("error %q does not name the refused fact", err)
		}
		ids, err := g.Articles(ctx, graph.ArticleQuery{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range ids.Items {
			got = append(got, a.ID)
		}
		slices.Sort(got)
		if want := []string{"a1", "a2", "a3", "a4", "a5", "zz"}; !slices.Equal(got, want) {
			t.Errorf("the store holds articles %v, want %v", got, want)
		}
	})
}

// TestOnlyMissing: an import stopped part way is finished by the same
// import with OnlyMissing, which writes the articles the store lacks and
// leaves the others as they are (an edited one too), and makes the graph
// a straight import makes.
func TestOnlyMissing(t *testing.T) {
	ctx := context.Background()
	dir, articles := corpus(t, 30)
	p, err := importer.Prepare([]string{dir}, importer.WithChunk(4), importer.WithWriteGroups(1))
	if err != nil {
		t.Fatal(err)
	}
	g := openStore(t)
	if err := cancelAfter(t, p, g, 6); !errors.Is(err, context.Canceled) {
		t.Fatalf("first import: %v", err)
	}
	// An article the store holds, edited since: left as it is.
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	slices.Sort(files)
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(raw), "title: ", "title: Edited ", 1)
	if err := os.WriteFile(files[0], []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	// Two articles whose quotes occur twice, so that each gets a note: the
	// one the store holds is not told again, the new one is.
	for _, name := range []string{"zz-held", "zz-new"} {
		text := "---\ntitle: " + name + "\noutlet: Test\npublished: 2024-01-01\nlanguage: en\n---\n\nXi spoke on Monday. Xi spoke again.\n"
		ann := "actors:\n  - {id: xi-jinping, name: Xi, kind: Person, quotes: [Xi]}\n" +
			"events:\n  - id: " + name + "-speech\n    type: Statement\n    title: Xi speaks\n    date: {text: on Monday}\n" +
			"    participants:\n      - {actor: xi-jinping, role: speaker}\n    quotes: [spoke]\n"
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".yaml"), []byte(ann), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	articles += 2
	if _, err := importer.Import(ctx, g, []string{filepath.Join(dir, "zz-held.txt")}, nil); err != nil {
		t.Fatal(err)
	}
	var seen []importer.Progress
	missing, err := importer.Prepare([]string{dir}, importer.WithChunk(4), importer.OnlyMissing())
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	rep, err := missing.Import(ctx, g, &out, func(pr importer.Progress) { seen = append(seen, pr) })
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != articles-7 || !strings.Contains(out.String(), "skipped 4 articles the store holds") {
		t.Errorf("wrote %d articles, want the %d missing; output:\n%s", len(rep.Articles), articles-7, out.String())
	}
	if !strings.Contains(out.String(), "zz-new.yaml") || strings.Contains(out.String(), "zz-held.yaml") {
		t.Errorf("the notes name other files than the new article's:\n%s", out.String())
	}
	for _, a := range rep.Articles {
		if a.Status != graph.Added {
			t.Errorf("article %s is %s, want added", a.ID, a.Status)
		}
	}
	if last := seen[len(seen)-1]; last.Articles != articles || last.Total != articles {
		t.Errorf("progress ends at %+v, want all %d articles done", last, articles)
	}
	if err := os.WriteFile(files[0], raw, 0o644); err != nil {
		t.Fatal(err)
	}
	whole := openStore(t)
	if _, err := importer.Import(ctx, whole, []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	if graphtest.Export(t, g) != graphtest.Export(t, whole) {
		t.Error("finished with OnlyMissing, the store differs from a straight import (or the edited article was written)")
	}
}

// TestPrepareStops: a cancelled context stops the checks of the files,
// with nothing written.
func TestPrepareStops(t *testing.T) {
	dir, _ := corpus(t, 30)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := importer.PrepareContext(ctx, []string{dir})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "before writing anything") {
		t.Errorf("err = %v, want the checks stopped by the cancelled context", err)
	}
}

// TestWithoutReport: an import told to keep no report writes every
// article and its line as one that keeps it, and returns no entries, so
// that a long import's memory does not grow with the articles written.
func TestWithoutReport(t *testing.T) {
	ctx := context.Background()
	dir, articles := corpus(t, 10)
	for _, keep := range []bool{true, false} {
		opts := []importer.Option{importer.WithChunk(4)}
		if !keep {
			opts = append(opts, importer.WithoutReport())
		}
		p, err := importer.Prepare([]string{dir}, opts...)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		var last importer.Progress
		rep, err := p.Import(ctx, openStore(t), &out, func(pr importer.Progress) { last = pr })
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		if keep {
			want = articles
		}
		if len(rep.Articles) != want {
			t.Errorf("keep %v: the report has %d articles, want %d", keep, len(rep.Articles), want)
		}
		if n := strings.Count(out.String(), "added article "); n != articles || last.Articles != articles {
			t.Errorf("keep %v: %d lines and progress %d for %d articles:\n%s", keep, n, last.Articles, articles, out.String())
		}
	}
}

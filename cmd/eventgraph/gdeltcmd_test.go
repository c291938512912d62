package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/open"
)

const (
	gdeltV2    = "../../importer/gdelt/testdata/20200914120000.export.CSV"
	gdeltV2Zip = "../../importer/gdelt/testdata/20200914120000.export.CSV.zip"
	gdeltV1    = "../../importer/gdelt/testdata/20200914.export.CSV"
	gdeltBad   = "../../importer/gdelt/testdata/malformed.export.CSV"
)

func openStore(t *testing.T, uri string) *graph.Graph {
	t.Helper()
	g, err := open.Store(context.Background(), open.Config{URI: uri, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close(context.Background()) })
	return g
}

// TestImportGDELT imports a GDELT 2.0 export: the rows two outlets'
// URLs give of one visit become one event with two sources; importing
// the same rows again, from the file or its zip, changes nothing.
func TestImportGDELT(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "gdelt.db")
	code, out, errOut := eventgraph(t, "import", "--store", store, "--format", "gdelt", gdeltV2)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"rows 1-11 of " + gdeltV2 + ": 11 added, 0 updated, 0 unchanged", "imported 11 rows, skipped 0", "now holds"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	first := statsJSON(t, store)
	if first.Articles != 11 || first.EventsByType[graph.Visit] != 2 || first.EventsByType[graph.Arrest] != 1 ||
		first.EventsByType[graph.Protest] != 1 || first.EventsByType[graph.Loan] != 1 {
		t.Errorf("stats: %+v", first)
	}

	g := openStore(t, store)
	ctx := context.Background()
	visit, err := g.Event(ctx, "gdelt-930000001-visit")
	if err != nil {
		t.Fatal(err)
	}
	if visit.SourceCount != 2 || visit.Type != graph.Visit || visit.CAMEO != "042" || visit.Place == nil || visit.Place.ID != "sochi" ||
		visit.Provenance != graph.Extracted {
		t.Errorf("the visit: %+v", visit)
	}
	var articles []string
	for _, s := range visit.Sources {
		articles = append(articles, s.ArticleID)
	}
	if !strings.Contains(strings.Join(articles, " "), "gdelt-930000001") || !strings.Contains(strings.Join(articles, " "), "gdelt-930000002") {
		t.Errorf("the visit's sources are %v, want both rows' articles", articles)
	}
	if _, err := g.Event(ctx, "gdelt-930000002-visit"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("the second row's visit is a node of its own: %v", err)
	}
	a, err := g.Article(ctx, "gdelt-930000002")
	if err != nil {
		t.Fatal(err)
	}
	if a.Method != graph.Extracted || a.Extractor != "gdelt-2.0" || a.Outlet != "news.example.org" ||
		!strings.Contains(a.Text, "Belarus (BLR) acted toward Russia (RUS) in Sochi, Krasnodar, Russia: make a visit (CAMEO 042).") {
		t.Errorf("article: %+v", a)
	}
	luk, err := g.Actor(ctx, "alexander-lukashenko")
	if err != nil {
		t.Fatal(err)
	}
	if luk.Kind != graph.Person || !strings.Contains(relationsOf(luk.Relations), "WORKS_FOR alexander-lukashenko belarus") {
		t.Errorf("Lukashenko: %+v", luk)
	}

	for _, file := range []string{gdeltV2, gdeltV2Zip} {
		code, out, errOut = eventgraph(t, "import", "--store", store, "--format", "gdelt", file)
		if code != 0 || !strings.Contains(out, "0 added, 0 updated, 11 unchanged") || !strings.Contains(out, "(+0)") {
			t.Errorf("import again from %s: exit %d, %q %q", file, code, out, errOut)
		}
	}
	if again := statsJSON(t, store); !equalStats(first, again) {
		t.Errorf("importing again changed the counts: %+v -> %+v", first, again)
	}
}

func relationsOf(rs []graph.Relation) string {
	var s []string
	for _, r := range rs {
		s = append(s, string(r.Type)+" "+r.From+" "+r.To)
	}
	return strings.Join(s, "; ")
}

// TestImportGDELTFailWritesNothing: with --on-error fail (the default) a
// file with malformed rows names each FILE:LINE and nothing is written;
// the store is not even created.
func TestImportGDELTFailWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gdelt.db")
	for _, args := range [][]string{
		{"import", "--store", "sqlite:" + path, "--format", "gdelt", gdeltV2, gdeltBad},
		{"import", "--store", "sqlite:" + path, "--format", "gdelt", "--on-error", "fail", gdeltBad},
	} {
		code, out, errOut := eventgraph(t, args...)
		if code != 1 {
			t.Errorf("exit %d, want 1: %s", code, out)
		}
		for _, want := range []string{
			"6 problem(s); nothing was imported",
			gdeltBad + ":2: columns: 60 tab-separated columns",
			gdeltBad + ":3: SQLDATE:",
			gdeltBad + `:4: EventCode: unknown CAMEO code "999"`,
			gdeltBad + ":5: Actor1Code: missing",
			gdeltBad + ":6: SQLDATE: the event's day 2020-09-15 is after",
			gdeltBad + ":8: Actor2Code: a meeting needs two actors",
		} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		}
		if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("the store was created: %v", err)
		}
	}
}

// TestImportGDELTSkip: with --on-error skip every bad row is listed with
// its line, the rest imported, and the summary counts both.
func TestImportGDELTSkip(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "gdelt.db")
	code, out, errOut := eventgraph(t, "import", "--store", store, "--format", "gdelt", "--on-error", "skip", gdeltBad, gdeltV1)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, line := range []string{"2: columns", "3: SQLDATE", "4: EventCode", "5: Actor1Code", "6: SQLDATE", "8: Actor2Code"} {
		if !strings.Contains(errOut, "skipped "+gdeltBad+":"+line) {
			t.Errorf("stderr does not list line %s:\n%s", line, errOut)
		}
	}
	if strings.Count(errOut, "skipped ") != 6 {
		t.Errorf("%d skipped lines listed, want 6:\n%s", strings.Count(errOut, "skipped "), errOut)
	}
	for _, want := range []string{"rows 1-7 of " + gdeltBad + ": 2 added", "rows 1-3 of " + gdeltV1 + ": 3 added", "imported 5 rows, skipped 6"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if st := statsJSON(t, store); st.Articles != 5 {
		t.Errorf("%d articles, want 5", st.Articles)
	}
}

// TestImportGDELTAgainstStore: a row whose id the store holds as another
// kind of node (minsk as an Organization) is refused with its line before
// anything is written (fail), even in chunks after the first, or skipped
// and listed (skip).
func TestImportGDELTAgainstStore(t *testing.T) {
	defer func(n int) { gdeltChunk = n }(gdeltChunk)
	gdeltChunk = 2
	dir := t.TempDir()
	writeArticle(t, dir, "minsk-org", "Minsk said so.", minskAsActor)
	store := "sqlite:" + filepath.Join(t.TempDir(), "gdelt.db")
	if code, _, errOut := eventgraph(t, "import", "--store", store, dir); code != 0 {
		t.Fatalf("import the article: %s", errOut)
	}
	before := statsJSON(t, store)
	code, _, errOut := eventgraph(t, "import", "--store", store, "--format", "gdelt", gdeltV2)
	if code != 1 || !strings.Contains(errOut, gdeltV2+":3: place minsk id:") || !strings.Contains(errOut, gdeltV2+":4: place minsk id:") {
		t.Errorf("fail: exit %d, stderr %s", code, errOut)
	}
	if after := statsJSON(t, store); !equalStats(before, after) {
		t.Errorf("a refused import wrote: %+v -> %+v", before, after)
	}
	code, out, errOut := eventgraph(t, "import", "--store", store, "--format", "gdelt", "--on-error", "skip", gdeltV2)
	if code != 0 || !strings.Contains(errOut, "skipped "+gdeltV2+":3: place minsk id:") || !strings.Contains(out, "imported 9 rows, skipped 2") {
		t.Errorf("skip: exit %d, stdout %s, stderr %s", code, out, errOut)
	}
}

// TestImportGDELTInterrupted stops an import after its first chunk: it
// says how many rows it wrote, and the same command completes it.
func TestImportGDELTInterrupted(t *testing.T) {
	defer func(n int) { gdeltChunk = n }(gdeltChunk)
	gdeltChunk = 4
	store := "sqlite:" + filepath.Join(t.TempDir(), "gdelt.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut bytes.Buffer
	stopAfterFirst := writerFunc(func(p []byte) (int, error) {
		if strings.HasPrefix(string(p), "rows 1-4 ") {
			cancel()
		}
		return out.Write(p)
	})
	code := run(ctx, []string{"import", "--store", store, "--format", "gdelt", gdeltV2}, stopAfterFirst, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "import stopped after writing 4 rows whole (the last "+gdeltV2+":4, article gdelt-930000004") {
		t.Errorf("interrupted: exit %d, stderr %q", code, errOut.String())
	}
	if st := statsJSON(t, store); st.Articles != 4 {
		t.Errorf("%d articles after the interruption, want 4", st.Articles)
	}
	code, stdout, _ := eventgraph(t, "import", "--store", store, "--format", "gdelt", gdeltV2)
	if code != 0 || !strings.Contains(stdout, "rows 1-4 of "+gdeltV2+": 0 added, 0 updated, 4 unchanged") ||
		!strings.Contains(stdout, "rows 9-11 of "+gdeltV2+": 3 added") {
		t.Errorf("re-run: exit %d, %q", code, stdout)
	}
}

func TestImportGDELTUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", "--format", "gdelt", "--on-error", "ignore", gdeltV2}, 2, "--on-error must be fail or skip"},
		{[]string{"import", "--format", "gdelt"}, 2, "at least one GDELT export file"},
		{[]string{"import", "--format", "gdelt", "--write-group", "0", gdeltV2}, 2, "--write-group must be at least 1, not 0"},
		{[]string{"import", "--write-group", "-3", "seeds"}, 2, "--write-group must be at least 1, not -3"},
		{[]string{"import", "--store", "sqlite:" + filepath.Join(t.TempDir(), "x.db"), "--format", "gdelt", "no-such-file.CSV"}, 1, "no-such-file.CSV: cannot read"},
		{[]string{"import", "--store", "sqlite:" + filepath.Join(t.TempDir(), "x.db"), "--format", "gdelt", "--on-error", "skip", "no-such-file.CSV"}, 1, "no-such-file.CSV: cannot read"},
	} {
		code, _, errOut := eventgraph(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

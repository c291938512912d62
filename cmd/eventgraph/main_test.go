package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// eventgraph runs the command line in-process and returns its exit code
// and output.
func eventgraph(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func statsJSON(t *testing.T, store string) graph.Stats {
	t.Helper()
	code, out, errOut := eventgraph(t, "stats", "--store", store, "--json")
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, errOut)
	}
	var st graph.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --json printed %q: %v", out, err)
	}
	return st
}

func TestImportStatsIdempotent(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "cli.db")
	code, out, errOut := eventgraph(t, "import", "--store", store, "../../seeds")
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "added article aljazeera-2020-09-14-lukashenko-putin-sochi") {
		t.Errorf("import output %q does not say what was added", out)
	}
	first := statsJSON(t, store)
	if first.Articles != 1 || first.EventsByType[graph.Meeting] != 2 || first.Edges["PARTICIPATED_IN"] == 0 {
		t.Errorf("stats after import: %+v", first)
	}
	code, out, _ = eventgraph(t, "import", "--store", store, "../../seeds")
	if code != 0 || !strings.Contains(out, "unchanged article") || !strings.Contains(out, "(+0)") {
		t.Errorf("second import: exit %d, output %q", code, out)
	}
	if second := statsJSON(t, store); !equalStats(first, second) {
		t.Errorf("importing twice changed the counts: %+v -> %+v", first, second)
	}
	code, out, _ = eventgraph(t, "stats", "--store", store)
	if code != 0 || !strings.Contains(out, "Meeting") || !strings.Contains(out, "PARTICIPATED_IN") ||
		!strings.Contains(out, fmt.Sprintf("%d nodes: 1 articles, %d actors, %d places", first.Nodes, first.Actors, first.Places)) {
		t.Errorf("stats table: exit %d, %q", code, out)
	}
}

func equalStats(a, b graph.Stats) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

// TestBrokenAnnotationRefused copies the seed, breaks its annotation in
// three ways and checks the import fails with file:line messages and the
// store is untouched.
func TestBrokenAnnotationRefused(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "cli.db")
	if code, _, errOut := eventgraph(t, "import", "--store", store, "../../seeds"); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	before := statsJSON(t, store)

	dir := t.TempDir()
	const base = "aljazeera-2020-09-14-lukashenko-putin-sochi"
	text, err := os.ReadFile(filepath.Join("../../seeds", base+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	ann, err := os.ReadFile(filepath.Join("../../seeds", base+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.NewReplacer(
		"date: {text: \"February 15, 2019\"}", "date: {text: \"February 31, 2019\"}",
		"quotes: [Kremlin-controlled channel RT]\n", "quotes: [Kremlin-owned channel RT]\n",
		"{actor: belarusian-protesters, role: protester}", "{actor: the-protesters, role: protester}",
	).Replace(string(ann))
	os.WriteFile(filepath.Join(dir, base+".txt"), text, 0o644)
	os.WriteFile(filepath.Join(dir, base+".yaml"), []byte(broken), 0o644)

	code, _, errOut := eventgraph(t, "import", "--store", store, dir)
	if code == 0 {
		t.Fatal("a broken annotation was imported")
	}
	file := filepath.Join(dir, base+".yaml")
	for _, want := range []string{
		`events[1].date.text: "February 31, 2019" is not a calendar day`,
		`quotes[0]: "Kremlin-owned channel RT" is not a verbatim substring`,
		`participants[0].actor: "the-protesters" is not a declared actor`,
	} {
		if !strings.Contains(errOut, file+":") || !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q with %s:LINE:\n%s", want, file, errOut)
		}
	}
	if after := statsJSON(t, store); !equalStats(before, after) {
		t.Errorf("a refused import changed the store: %+v -> %+v", before, after)
	}
}

// writeArticle writes an article file and its annotation into dir.
func writeArticle(t *testing.T, dir, name, text, annotation string) {
	t.Helper()
	front := "---\ntitle: " + name + "\noutlet: Test\npublished: 2020-09-15\nlanguage: en\n---\n\n"
	if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(front+text+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".yaml"), []byte(annotation), 0o644); err != nil {
		t.Fatal(err)
	}
}

// minskAsActor makes the seed's city minsk an Organization.
const minskAsActor = `actors:
  - id: belarus-gov
    name: Government
    kind: Organization
    quotes: ["said"]
  - id: minsk
    name: Minsk
    kind: Organization
    quotes: ["Minsk"]
`

// TestBatchCheckedBeforeAnyWrite: an article that gives a seed id another
// kind is refused with its file and line, whether it comes in the same
// batch as the seed (nothing is written, not even the seed) or later
// against the store (check --store says so without writing).
func TestBatchCheckedBeforeAnyWrite(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, dir)
	writeArticle(t, dir, "zz-minsk", "Minsk said no.", minskAsActor)
	store := "sqlite:" + filepath.Join(t.TempDir(), "batch.db")
	want := filepath.Join(dir, "zz-minsk.yaml") + ":6: actors[1].id:"

	for _, args := range [][]string{{"check", dir}, {"import", "--store", store, dir}} {
		code, _, errOut := eventgraph(t, args...)
		if code != 1 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "place") {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", args[0], code, want, errOut)
		}
	}
	if st := statsJSON(t, store); st.Nodes != 0 {
		t.Errorf("a refused batch wrote %d nodes", st.Nodes)
	}
	if code, _, errOut := eventgraph(t, "import", "--store", store, seedDir(dir)); code != 0 {
		t.Fatalf("import the seed: %s", errOut)
	}
	other := filepath.Join(dir, "zz-minsk.txt")
	if code, _, errOut := eventgraph(t, "check", other); code != 0 {
		t.Errorf("the article on its own is fine, check said: %s", errOut)
	}
	code, _, errOut := eventgraph(t, "check", "--store", store, other)
	if code != 1 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "stated by article aljazeera") {
		t.Errorf("check --store: exit %d, stderr lacks %q:\n%s", code, want, errOut)
	}
}

// TestInterruptedImportSaysWhich cancels an import, an article per
// transaction, after its first article: the message says which articles
// were written whole, and the same command run again completes the rest.
func TestInterruptedImportSaysWhich(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a1", "Xi spoke.", "actors:\n  - {id: xi, name: Xi, kind: Person, quotes: [Xi]}\n")
	writeArticle(t, dir, "a2", "Putin spoke.", "actors:\n  - {id: putin, name: Putin, kind: Person, quotes: [Putin]}\n")
	writeArticle(t, dir, "a3", "Lula spoke.", "actors:\n  - {id: lula, name: Lula, kind: Person, quotes: [Lula]}\n")
	store := "sqlite:" + filepath.Join(t.TempDir(), "stop.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out bytes.Buffer
	cancelAfterFirst := writerFunc(func(p []byte) (int, error) {
		if strings.Contains(string(p), "added article a1") {
			cancel()
		}
		return out.Write(p)
	})
	var errOut bytes.Buffer
	code := run(ctx, []string{"import", "--write-group", "1", "--store", store, dir}, cancelAfterFirst, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "after 1 of 3 articles (written whole: a1;") {
		t.Errorf("interrupted import: exit %d, stderr %q", code, errOut.String())
	}
	if st := statsJSON(t, store); st.Articles != 1 {
		t.Errorf("after the interruption the store holds %d articles, want 1", st.Articles)
	}
	code, stdout, _ := eventgraph(t, "import", "--store", store, dir)
	if code != 0 || !strings.Contains(stdout, "unchanged article a1") || !strings.Contains(stdout, "added article a3") {
		t.Errorf("re-run: exit %d, %q", code, stdout)
	}
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func TestUsage(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--help"}, 0, "eventgraph import"},
		{[]string{"import", "--help"}, 0, "Usage: eventgraph import"},
		{[]string{"stats", "--help"}, 0, "--json"},
		{[]string{"check", "--help"}, 0, "Usage: eventgraph check"},
		{[]string{"serve", "--help"}, 0, "--addr"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"import"}, 2, "name at least one article"},
		{[]string{"stats", "--store", "mysql://x"}, 1, `unknown scheme "mysql"`},
		{[]string{"stats", "--store", "sqlite:no-such-dir/typo.db"}, 1, "no such file"},
		{[]string{"check", "--store", "sqlite:no-such-dir/typo.db", "../../seeds"}, 1, "no such file"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, errOut := eventgraph(t, c.args...)
			if code != c.code || !strings.Contains(out+errOut, c.want) {
				t.Errorf("exit %d (want %d), output %q lacks %q", code, c.code, out+errOut, c.want)
			}
		})
	}
}

const seedBase = "aljazeera-2020-09-14-lukashenko-putin-sochi"

// copySeed copies the seed article and annotation into dir/seed.
func copySeed(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(seedDir(dir), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".txt", ".yaml"} {
		b, err := os.ReadFile(filepath.Join("../../seeds", seedBase+ext))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(seedDir(dir), seedBase+ext), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func seedDir(dir string) string { return filepath.Join(dir, "seed") }

// TestReadOnlyCommandsCreateNothing: stats and check --store on a
// mistyped path fail and leave no file behind.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "sub", "typo.db")
	for _, args := range [][]string{{"stats", "--store", "sqlite:" + typo}, {"check", "--store", "sqlite:" + typo, "../../seeds"}} {
		if code, _, _ := eventgraph(t, args...); code != 1 {
			t.Errorf("%s on a missing store: exit %d, want 1", args[0], code)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "sub")); !os.IsNotExist(err) {
		t.Errorf("a read-only command created %s", filepath.Join(dir, "sub"))
	}
}

// TestOutletsMergeRemoveSplit imports the seed and another outlet's report
// of its Sochi meeting, in other spellings and ids: one meeting with two
// sources, the merges listed, one undone, the article removed.
func TestOutletsMergeRemoveSplit(t *testing.T) {
	dir := t.TempDir()
	store := "sqlite:" + filepath.Join(dir, "cli.db")
	code, out, errOut := eventgraph(t, "import", "--store", store, "../../seeds", "testdata/outlets")
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "actor lukashenka is alexander-lukashenko (same-name, 1.00)") {
		t.Errorf("the import report %q does not say what merged", out)
	}
	seedOnly := "sqlite:" + filepath.Join(dir, "seed.db")
	if code, _, errOut := eventgraph(t, "import", "--store", seedOnly, "../../seeds"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if got, want := statsJSON(t, store), statsJSON(t, seedOnly); got.Actors != want.Actors || got.Events != want.Events {
		t.Errorf("the second outlet added nodes: %d actors, %d events; the seed alone has %d, %d", got.Actors, got.Events, want.Actors, want.Events)
	}
	code, out, errOut = eventgraph(t, "merges", "--store", store)
	for _, want := range []string{"lukashenka", "alexander-lukashenko", "same-name", "lukashenka-putin-talks", "same-event", "sochi-city"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("merges: exit %d, output %q lacks %q (%s)", code, out, want, errOut)
		}
	}

	overrides := filepath.Join(dir, "overrides.yaml")
	code, out, errOut = eventgraph(t, "merges", "split", "--store", store, "--overrides", overrides, "lukashenka", "alexander-lukashenko")
	if code != 0 || !strings.Contains(out, "updated rferl-2020-09-15-sochi") {
		t.Fatalf("merges split: exit %d, %q %q", code, out, errOut)
	}
	if st := statsJSON(t, store); st.ActorsByKind[graph.Person] != statsJSON(t, seedOnly).ActorsByKind[graph.Person]+1 {
		t.Errorf("after the split the people are %v, want the seed's and Lukashenka", st.ActorsByKind)
	}
	// Imports that read the overrides keep the pair apart.
	t.Setenv("EVENTGRAPH_OVERRIDES", overrides)
	if code, out, _ := eventgraph(t, "import", "--store", store, "testdata/outlets"); code != 0 || !strings.Contains(out, "unchanged article") {
		t.Errorf("re-import with the overrides: exit %d, %q", code, out)
	}

	if code, _, errOut := eventgraph(t, "remove", "--store", store, "no-such-article"); code != 1 || !strings.Contains(errOut, "no-such-article") {
		t.Errorf("remove of an unknown article: exit %d, %q", code, errOut)
	}
	if code, out, errOut := eventgraph(t, "remove", "--store", store, "rferl-2020-09-15-sochi"); code != 0 || !strings.Contains(out, "removed") {
		t.Fatalf("remove: exit %d, %q %q", code, out, errOut)
	}
	if got, want := statsJSON(t, store), statsJSON(t, seedOnly); !equalStats(got, want) {
		t.Errorf("after removing the outlet the store differs from the seed alone:\n%+v\n%+v", got, want)
	}
}

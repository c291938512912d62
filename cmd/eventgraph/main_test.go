package main

import (
	"bytes"
	"context"
	"encoding/json"
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
	if first.Nodes["Article"] != 1 || first.Nodes["Meeting"] != 2 || first.Edges["PARTICIPATED_IN"] == 0 {
		t.Errorf("stats after import: %+v", first)
	}
	code, out, _ = eventgraph(t, "import", "--store", store, "../../seeds")
	if code != 0 || !strings.Contains(out, "updated article") || !strings.Contains(out, "(+0)") {
		t.Errorf("second import: exit %d, output %q", code, out)
	}
	if second := statsJSON(t, store); !equalStats(first, second) {
		t.Errorf("importing twice changed the counts: %+v -> %+v", first, second)
	}
	code, out, _ = eventgraph(t, "stats", "--store", store)
	if code != 0 || !strings.Contains(out, "Meeting") || !strings.Contains(out, "PARTICIPATED_IN") {
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

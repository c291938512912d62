package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/importer"
)

// goldSets copies the seed article into two gold folders, dev and
// heldout, and makes an empty third, and returns the parent folder.
func goldSets(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, set := range []string{"dev", "heldout", "empty"} {
		dir := filepath.Join(root, set)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if set == "empty" {
			continue
		}
		for _, ext := range []string{".txt", ".yaml"} {
			raw, err := os.ReadFile(filepath.Join("../../seeds", seedBase+ext))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, seedBase+ext), raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

func TestEvalTable(t *testing.T) {
	root := goldSets(t)
	dev, heldout, empty := filepath.Join(root, "dev"), filepath.Join(root, "heldout"), filepath.Join(root, "empty")
	code, out, errOut := eventgraph(t, "eval", dev, heldout, empty)
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"dev (" + dev + "):", "heldout (" + heldout + "):", "empty (" + empty + "): no articles yet", "overall:\n  2 articles",
		"precision", "recall", "F1", "accuracy", "  actors ", "  events ", "  dates ", "  roles ", "  amounts ", "  counts ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "article "+seedBase) {
		t.Errorf("eval without --verbose prints articles:\n%s", out)
	}

	// --verbose adds a line per article; flags may follow the folders.
	code, out, errOut = eventgraph(t, "eval", dev, "--verbose")
	if code != 0 {
		t.Fatalf("eval --verbose: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "  article "+seedBase+": actors ") || strings.Contains(out, "overall:") {
		t.Errorf("eval --verbose of one folder:\n%s", out)
	}

	// After "--" a folder may look like a flag.
	code, out, errOut = eventgraph(t, "eval", "--json", "--", dev, "--verbose")
	if code != 1 || !strings.Contains(errOut, "--verbose") || out != "" {
		t.Errorf("eval -- DIR --verbose: exit %d, %q, %q", code, out, errOut)
	}
}

func TestEvalJSON(t *testing.T) {
	root := goldSets(t)
	code, out, errOut := eventgraph(t, "eval", "--json", "--lexicons", "", filepath.Join(root, "dev"),
		filepath.Join(root, "heldout"), filepath.Join(root, "empty"))
	if code != 0 {
		t.Fatalf("eval --json: exit %d: %s", code, errOut)
	}
	var got evalOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("eval --json printed %q: %v", out, err)
	}
	gold, err := importer.Load([]string{"../../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	actors, events := len(gold.Facts[0].Actors), len(gold.Facts[0].Events)
	if len(got.Sets) != 3 || got.Sets[0].Name != "dev" || got.Sets[1].Name != "heldout" || !got.Sets[2].Empty {
		t.Fatalf("sets %+v", got.Sets)
	}
	for _, s := range got.Sets[:2] {
		o := s.Report.Overall
		if o.Articles != 1 || len(s.Report.Articles) != 1 || s.Report.Articles[0].ID != seedBase {
			t.Errorf("set %s: %+v", s.Name, s.Report)
		}
		// Whatever the extractor finds, every gold fact is a TP or an FN.
		if o.Actors.TP+o.Actors.FN != actors || o.Events.TP+o.Events.FN != events {
			t.Errorf("set %s does not account for %d actors and %d events: %+v", s.Name, actors, events, o)
		}
	}
	o := got.Overall
	if o.Articles != 2 || o.Actors.TP+o.Actors.FN != 2*actors || o.Events.TP != 2*got.Sets[0].Report.Overall.Events.TP ||
		o.Events.F1 != got.Sets[0].Report.Overall.Events.F1 {
		t.Errorf("overall %+v does not add up the two sets", o)
	}
}

func TestEvalErrors(t *testing.T) {
	if code, _, errOut := eventgraph(t, "eval"); code != 2 || !strings.Contains(errOut, "Usage: eventgraph eval") {
		t.Errorf("eval without folders: exit %d, %q", code, errOut)
	}
	if code, _, _ := eventgraph(t, "eval", "--no-such-flag", "x"); code != 2 {
		t.Errorf("eval with a bad flag: exit %d", code)
	}
	if code, _, _ := eventgraph(t, "eval", "--help"); code != 0 {
		t.Errorf("eval --help: exit %d", code)
	}
	if code, _, errOut := eventgraph(t, "eval", filepath.Join(t.TempDir(), "missing")); code != 1 || !strings.Contains(errOut, "missing") {
		t.Errorf("eval of a missing folder: exit %d, %q", code, errOut)
	}
	// A broken gold annotation is an error, not a score.
	root := goldSets(t)
	ann := filepath.Join(root, "dev", seedBase+".yaml")
	raw, _ := os.ReadFile(ann)
	os.WriteFile(ann, []byte(strings.Replace(string(raw), "role: visitor", "role: tourist", 1)), 0o644)
	code, _, errOut := eventgraph(t, "eval", filepath.Join(root, "dev"))
	if code != 1 || !strings.Contains(errOut, ann) {
		t.Errorf("eval of broken gold: exit %d, %q", code, errOut)
	}
}

// TestEvalMerge: --merge adds how a folder's articles merge, in both
// modes, to the text and to the JSON, and the overall sums the folders.
func TestEvalMerge(t *testing.T) {
	story := "../../importer/eval/testdata/merge"
	code, out, errOut := eventgraph(t, "eval", "--merge", "--verbose", story)
	if code != 0 {
		t.Fatalf("eval --merge: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"merges (pairs)", "curated actors", "curated events", "extracted actors", "extracted events"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --merge does not print %q:\n%s", want, out)
		}
	}
	code, out, errOut = eventgraph(t, "eval", "--merge", "--json", story, story)
	if code != 0 {
		t.Fatalf("eval --merge --json: exit %d: %s", code, errOut)
	}
	var got evalOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("eval --merge --json printed %q: %v", out, err)
	}
	if len(got.Sets) != 2 || got.Sets[0].Merges == nil || got.OverallMerges == nil {
		t.Fatalf("sets %+v, overall merges %v", got.Sets, got.OverallMerges)
	}
	one, all := got.Sets[0].Merges.Curated, got.OverallMerges.Curated
	if one.Articles != 3 || one.Actors.TP != 6 || all.Articles != 6 || all.Actors.TP != 12 || all.Events.TP != 2*one.Events.TP {
		t.Errorf("one story %+v, both %+v", one, all)
	}
	// Without --merge, nothing is merged.
	if _, out, _ = eventgraph(t, "eval", "--json", story); strings.Contains(out, `"merges"`) {
		t.Errorf("eval --json without --merge printed merges")
	}
}

package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// mergeThresholdsFile holds the least merge scores: on the merge stories
// (gold/merge, each folder one story told by several outlets), pair F1
// of the annotations and of the drafts; on dev, whose 38 stories are of
// as many crises, the precision of the drafts' actor merges (one story's
// crowd must not become another's).
const mergeThresholdsFile = "testdata/merge_thresholds.json"

// TestMergeThresholds imports each merge story, and then the whole dev
// set, into empty graphs and fails when a merge score falls below its
// threshold.
func TestMergeThresholds(t *testing.T) {
	raw, err := os.ReadFile(mergeThresholdsFile)
	if err != nil {
		t.Fatal(err)
	}
	var th map[string]float64
	if err := json.Unmarshal(raw, &th); err != nil {
		t.Fatalf("%s: %v", mergeThresholdsFile, err)
	}
	ctx := context.Background()
	x := newExtractor(t)
	score := func(dir string) MergeReport {
		gold, got, refused, err := Load(dir, x)
		if err != nil {
			t.Fatal(err)
		}
		for id, why := range refused {
			t.Errorf("the draft of %s was refused: %s", id, why)
		}
		rep, err := ScoreMerges(ctx, gold, got, emptyGraph(true))
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	stories, err := filepath.Glob(filepath.Join(goldRoot, "merge", "*"))
	if err != nil || len(stories) == 0 {
		t.Fatalf("no merge stories under %s: %v", goldRoot, err)
	}
	var all MergeReport
	for _, dir := range stories {
		all = all.Add(score(dir))
	}
	dev := score(filepath.Join(goldRoot, "dev"))
	t.Logf("merge stories: curated actors %+v events %+v; extracted actors %+v events %+v; dev extracted actors %+v",
		all.Curated.Actors, all.Curated.Events, all.Extracted.Actors, all.Extracted.Events, dev.Extracted.Actors)
	got := map[string]float64{
		"curatedActorF1":             all.Curated.Actors.F1,
		"curatedEventF1":             all.Curated.Events.F1,
		"extractedActorF1":           all.Extracted.Actors.F1,
		"extractedEventF1":           all.Extracted.Events.F1,
		"devExtractedActorPrecision": dev.Extracted.Actors.Precision,
	}
	for name, min := range th {
		v, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s: %s is not a merge metric", mergeThresholdsFile, name)
		case v+tolerance < min:
			t.Errorf("%s = %.3f, below the threshold %.3f in %s", name, v, min, mergeThresholdsFile)
		}
	}
}

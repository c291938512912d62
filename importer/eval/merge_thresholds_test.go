package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// mergeThresholdsFile holds the least merge scores: on the merge stories
// (gold/merge, each folder one story told by several outlets) and on the
// held-out ones (gold/merge-heldout, never tuned on), pair F1 of the
// annotations and of the drafts; on dev, whose 38 stories are of as many
// crises, the precision of the drafts' actor merges (one story's crowd
// must not become another's). The held-out thresholds are their first
// measurement: they catch a regression, they were not reached by tuning.
const mergeThresholdsFile = "testdata/merge_thresholds.json"

// TestMergeThresholds imports each merge story, held out or not, and then
// the whole dev set, into empty graphs and fails when a merge score falls below its
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
	stories := func(set string) MergeReport {
		dirs, err := filepath.Glob(filepath.Join(goldRoot, set, "*"))
		if err != nil || len(dirs) == 0 {
			t.Fatalf("no merge stories under %s: %v", filepath.Join(goldRoot, set), err)
		}
		var all MergeReport
		for _, dir := range dirs {
			all = all.Add(score(dir))
		}
		t.Logf("%s: curated actors %+v events %+v; extracted actors %+v events %+v",
			set, all.Curated.Actors, all.Curated.Events, all.Extracted.Actors, all.Extracted.Events)
		return all
	}
	all, held := stories("merge"), stories("merge-heldout")
	dev := score(filepath.Join(goldRoot, "dev"))
	t.Logf("dev extracted actors %+v", dev.Extracted.Actors)
	got := map[string]float64{
		"curatedActorF1":             all.Curated.Actors.F1,
		"curatedEventF1":             all.Curated.Events.F1,
		"extractedActorF1":           all.Extracted.Actors.F1,
		"extractedEventF1":           all.Extracted.Events.F1,
		"devExtractedActorPrecision": dev.Extracted.Actors.Precision,
		"heldoutCuratedActorF1":      held.Curated.Actors.F1,
		"heldoutCuratedEventF1":      held.Curated.Events.F1,
		"heldoutExtractedActorF1":    held.Extracted.Actors.F1,
		"heldoutExtractedEventF1":    held.Extracted.Events.F1,
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

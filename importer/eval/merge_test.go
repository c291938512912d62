package eval

import (
	"context"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
)

// mergeStory holds three articles: two outlets' Sochi meeting of
// 2020-09-14 (two spellings of Lukashenko) and, a month later, another
// meeting of the same two men in Moscow.
const mergeStory = "testdata/merge"

func emptyGraph(resolve bool) func(context.Context) (*graph.Graph, error) {
	return func(ctx context.Context) (*graph.Graph, error) {
		s, err := sqlite.Open(ctx, ":memory:")
		if err != nil {
			return nil, err
		}
		g := graph.New(s)
		if !resolve {
			g = g.WithoutResolution()
		}
		return g, nil
	}
}

func TestScoreMerges(t *testing.T) {
	ctx := context.Background()
	gold, got, refused, err := Load(mergeStory, newExtractor(t))
	if err != nil || len(refused) > 0 {
		t.Fatalf("load: %v, refused %v", err, refused)
	}
	for _, tt := range []struct {
		name    string
		resolve bool
		// Gold pairs across articles: each man in three articles (three
		// pairs each), the Sochi meeting in two (one pair).
		actors, events PRF
	}{
		{"resolved", true, PRF{TP: 6}, PRF{TP: 1}},
		// Without resolution the articles' own ids stay apart.
		{"literal", false, PRF{FN: 6}, PRF{FN: 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := ScoreMerges(ctx, gold, got, emptyGraph(tt.resolve))
			if err != nil {
				t.Fatal(err)
			}
			c := rep.Curated
			if c.Articles != 3 || c.ActorMentions != 6 || c.EventMentions != 3 {
				t.Errorf("curated: %d articles, %d actor and %d event mentions; want 3, 6, 3", c.Articles, c.ActorMentions, c.EventMentions)
			}
			if c.Actors.TP != tt.actors.TP || c.Actors.FP != tt.actors.FP || c.Actors.FN != tt.actors.FN {
				t.Errorf("curated actor pairs %+v, want %+v", c.Actors, tt.actors)
			}
			if c.Events.TP != tt.events.TP || c.Events.FP != tt.events.FP || c.Events.FN != tt.events.FN {
				t.Errorf("curated event pairs %+v, want %+v", c.Events, tt.events)
			}
		})
	}

	// The drafts: the extractor names both men in every article and finds
	// the two meetings; merged, the Sochi meeting is one node and the
	// Moscow one another.
	rep, err := ScoreMerges(ctx, gold, got, emptyGraph(true))
	if err != nil {
		t.Fatal(err)
	}
	x := rep.Extracted
	if x.Articles != 3 || x.Refused != 0 {
		t.Errorf("extracted: %d articles, %d refused", x.Articles, x.Refused)
	}
	if x.Actors.TP != 6 || x.Actors.FP != 0 || x.Actors.FN != 0 {
		t.Errorf("extracted actor pairs %+v, want 6 true", x.Actors)
	}
	if x.Events.TP != 1 || x.Events.FP != 0 || x.Events.FN != 0 {
		t.Errorf("extracted event pairs %+v, want the Sochi meeting's one", x.Events)
	}
}

// TestMergePairs: pairs of mentions in one article are not counted, and
// a merge of two gold ids is a false positive.
func TestMergePairs(t *testing.T) {
	got, wrong := pairs("actor", []mention{
		{0, "a", "n1"}, {0, "b", "n1"}, // one article: not paired
		{1, "a", "n1"}, // with article 0's a: true; with its b: false positive
		{2, "b", "n2"}, // with article 0's b: false negative
		{3, "b", "n1"}, // with 0's b: true; with 0's and 1's a: false positives; with 2's b: false negative
	})
	if got.TP != 2 || got.FP != 3 || got.FN != 2 {
		t.Errorf("pairs %+v, want 2 true positives, 3 false positives, 2 false negatives", got)
	}
	want := []string{"actor a and b merged into n1", "actor b left apart in n1 and n2"}
	var says []string
	for _, m := range wrong {
		says = append(says, m.String())
	}
	if !slices.Equal(says, want) {
		t.Errorf("wrong: %q, want %q", says, want)
	}
}

package extract

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestBeatInAVote: beating someone in a vote is no violence; beating
// people in a place still is.
func TestBeatInAVote(t *testing.T) {
	for _, c := range []struct {
		text     string
		violence bool
	}{
		{"Rumen Radev beat Anastas Gerdzhikov in the run-off on Sunday.", false},
		{"Ms Castro beat the ruling party's candidate with about 51 per cent of the vote on Sunday.", false},
		{"Kais Saied beat his rival in a landslide second round on Sunday.", false},
		{"Riot police beat protesters in the main square on Sunday.", true},
		{"Soldiers beat two journalists in Bamako on Sunday.", true},
	} {
		a := draft(t, c.text, "2022-05-10")
		if got := eventOf(a, string(graph.Violence)) != nil; got != c.violence {
			t.Errorf("%q: violence drafted %v, want %v", c.text, got, c.violence)
		}
	}
}

// TestLexiconNamesKeepTheirDigits: a name the lexicon knows with digits
// ("Democrats 66", "G20") is not found by the words alone.
func TestLexiconNamesKeepTheirDigits(t *testing.T) {
	a := draft(t, "The New Democrats said on Monday they would vote with the government. Democrats in the House said on Monday they would block the bill.", "2022-02-19")
	for _, ac := range a.Actors {
		if ac.ID == "d66" {
			t.Errorf("Democrats drafted as %s (%s)", ac.ID, ac.Name)
		}
	}
	a = draft(t, "D66 leader Rob Jetten said on Monday the coalition would hold. Democrats 66 said on Tuesday it would stay.", "2022-02-19")
	if actorNamed(a, "D66") == nil {
		t.Errorf("D66 not drafted: %+v", a.Actors)
	}
}

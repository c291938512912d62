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

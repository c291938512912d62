package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// ofType are the drafted events of a type, each with the names of its
// participants.
func ofType(a *Annotation, typ graph.EventType) [][]string {
	names := map[string]string{}
	for _, x := range a.Actors {
		names[x.ID] = x.Name
	}
	var out [][]string
	for _, e := range a.Events {
		if e.Type != string(typ) {
			continue
		}
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, names[p.Actor])
		}
		slices.Sort(parts)
		out = append(out, parts)
	}
	return out
}

// TestRound22Deals: a deal, a truce or a ceasefire reached, clinched or
// agreed on is an agreement of those who reached it; one not reached is
// none, and what it is about is no party to it.
func TestRound22Deals(t *testing.T) {
	for _, c := range []struct{ text, pub string }{
		{"Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti reached a deal in Ohrid on Saturday over the European Union's plan.", "2023-03-20"},
		{"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev agreed on a ceasefire in Moscow on Saturday.", "2020-10-12"},
		{"Colombian President Juan Manuel Santos and FARC leader Rodrigo Londono clinched a peace deal in Havana on Wednesday.", "2016-08-26"},
	} {
		t.Run(c.text, func(t *testing.T) {
			a := draft(t, "Leaders agree\n\n"+c.text, c.pub)
			got := ofType(a, graph.Agreement)
			if len(got) != 1 || len(got[0]) < 2 {
				t.Fatalf("agreements %v, want one of the two leaders", got)
			}
			if slices.Contains(got[0], "European Union") {
				t.Errorf("signatories %v: what the deal is about signed it", got[0])
			}
		})
	}
	a := draft(t, "No deal\n\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev failed to reach a deal in Moscow on Saturday.", "2020-10-12")
	if got := ofType(a, graph.Agreement); len(got) != 0 {
		t.Errorf("agreements %v from a deal not reached", got)
	}
}

// TestRound22WordsNotBlows: leaders who clash over a policy quarrel; a
// clash over land that leaves people dead, or with police, is violence
// still.
func TestRound22WordsNotBlows(t *testing.T) {
	a := draft(t, "Candidates face off\n\nPresidential candidates Javier Milei and Sergio Massa clashed over inflation in a televised debate on Sunday.", "2023-11-13")
	if got := ofType(a, graph.Violence); len(got) != 0 {
		t.Errorf("violence %v from a debate", got)
	}
	if got := ofType(a, graph.Debate); len(got) != 1 || !slices.Contains(got[0], "Javier Milei") || !slices.Contains(got[0], "Sergio Massa") {
		t.Errorf("debates %v, want Milei's and Massa's", got)
	}
	for _, text := range []string{
		"Opposition supporters clashed over the election results with police in Nairobi on Sunday.",
		"Protesters clashed over the weekend with riot police in Santiago, officials said.",
	} {
		if got := ofType(draft(t, "Unrest\n\n"+text, "2023-11-13"), graph.Violence); len(got) != 1 {
			t.Errorf("%q: violence %v, want one", text, got)
		}
	}
}

// TestRound22TopicNotTime: "over the weekend" tells when, so the names
// after it still take part.
func TestRound22TopicNotTime(t *testing.T) {
	a := draft(t, "Talks in Brussels\n\nAleksandar Vucic and Albin Kurti held talks in Brussels over the weekend with Josep Borrell and Miroslav Lajcak.", "2023-03-20")
	got := ofType(a, graph.Meeting)
	if len(got) != 1 || !slices.Contains(got[0], "Miroslav Lajčák") {
		t.Errorf("meetings %v, want one with Lajcak", got)
	}
}

// TestRound22TheTwo: "the two had sparred over NATO and Russia" are the
// two told before, not what they sparred over.
func TestRound22TheTwo(t *testing.T) {
	a := draft(t, "Finland votes\n\nAlexander Stubb and Pekka Haavisto debated in Helsinki on Tuesday. "+
		"The two had sparred over NATO and Russia in their final televised debate on Thursday.", "2024-02-10")
	got := ofType(a, graph.Debate)
	if len(got) != 2 {
		t.Fatalf("debates %v, want two", got)
	}
	for _, parts := range got {
		if strings.Join(parts, ", ") != "Alexander Stubb, Pekka Haavisto" {
			t.Errorf("a debate of %v, want Stubb's and Haavisto's", parts)
		}
	}
}

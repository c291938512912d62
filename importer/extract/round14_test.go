package extract

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestDaysCountedFromTheStory: a day told by counting from another —
// "two days later", "the next morning", "a day later" — is counted from
// the day the story told last, an event's or a date's.
func TestDaysCountedFromTheStory(t *testing.T) {
	for _, c := range []struct {
		name, text, typ, want string
	}{
		{"days later", "On November 10 Manuel Merino was sworn in as president. He named Ántero Flores-Aráoz as his prime minister two days later.", string(graph.Appointment), "2020-11-12"},
		{"next morning", "On the evening of July 3 General Abdel Fattah al-Sisi announced on state television that the constitution was suspended. Adly Mansour was sworn in as interim president the next morning.", string(graph.Inauguration), "2013-07-04"},
		{"following morning", "Police detained the opposition leader Ali Hassan on March 3. Hundreds of his supporters rallied outside the court the following morning.", string(graph.Protest), "2021-03-04"},
		{"a day later after a date", "On March 14 some 1,000 Saudi soldiers crossed the causeway into the kingdom. A day later King Hamad declared a three-month state of emergency.", string(graph.Statement), "2011-03-15"},
		{"the following day, trigger late", "On November 24 a crowd gathered outside parliament. The lockdown was ignored. The following day crowds moved through Chinatown, attacking shops and police posts.", string(graph.Violence), "2021-11-25"},
		{"three days earlier", "The president resigned on Friday, June 12. Three days earlier police had arrested 40 students in the capital.", string(graph.Arrest), "2020-06-09"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pub := map[string]string{"2020-11-12": "2020-11-28", "2013-07-04": "2013-07-11", "2021-03-04": "2021-03-10", "2011-03-15": "2011-03-17", "2021-11-25": "2021-12-07", "2020-06-09": "2020-06-20"}[c.want]
			a := draft(t, c.text, pub)
			e := eventOf(a, c.typ)
			if e == nil {
				t.Fatalf("no %s drafted: %+v", c.typ, a.Events)
			}
			if got := e.Date.Start; got != c.want {
				t.Errorf("%s dated %s (%q), want %s", c.typ, got, e.Date.Text, c.want)
			}
		})
	}
}

// TestDatedElectionResults: a clause that tells who won or lost a vote,
// with a date, is that election, however far the date is from its word.
func TestDatedElectionResults(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Maia Sandu studied at Harvard. In November 2020 she defeated Igor Dodon in a runoff to become Moldova's first woman president.", "2020-11-01"},
		{"Abdulla Yameen won the presidency in November 2013.", "2013-11-01"},
	} {
		a := draft(t, c.text, "2024-10-24")
		e := eventOf(a, string(graph.Election))
		if e == nil {
			t.Errorf("%q: no election drafted", c.text)
			continue
		}
		if e.Date.Start != c.want {
			t.Errorf("%q: election dated %s, want %s", c.text, e.Date.Start, c.want)
		}
	}
	// A bare retelling stays none.
	if e := eventOf(draft(t, "Protesters marched after the vote.", "2024-10-24"), string(graph.Election)); e != nil {
		t.Errorf("a retold vote drafted as an election: %+v", e)
	}
}

// TestLastWeekendDatesTheDeed: "in last weekend's unrest" dates the deed,
// not the day it was reported.
func TestLastWeekendDatesTheDeed(t *testing.T) {
	a := draft(t, "Eighteen people were killed in last weekend's unrest in Nukus, police said on Monday.", "2022-07-05")
	e := eventOf(a, string(graph.Violence))
	if e == nil {
		t.Fatalf("no violence drafted: %+v", a.Events)
	}
	if e.Date.Start != "2022-07-02" || e.Date.End != "2022-07-03" {
		t.Errorf("violence dated %s to %s (%q), want the weekend 2022-07-02 to 2022-07-03", e.Date.Start, e.Date.End, e.Date.Text)
	}
}

package extract

import (
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// TestDaysCountedFromANamedEvent: "the morning after the vote", "on the
// eve of the election", "hours after the verdict", "three days after the
// attack" count from the event the noun names, told before.
func TestDaysCountedFromANamedEvent(t *testing.T) {
	for _, c := range []struct {
		name, text, pub, typ, want string
	}{
		{"morning after", "Voters in Ruritania rejected the constitution in a referendum on Sunday, June 7. The morning after the vote, Prime Minister Jan Novak resigned.", "2026-06-12", string(graph.Statement), "2026-06-08"},
		{"eve of", "Marta Lind won the presidential election on March 3. On the eve of the election, thousands of her supporters rallied in Tallinn.", "2026-03-10", string(graph.Protest), "2026-03-02"},
		{"hours after", "On Tuesday, April 14, a court in Dakar sentenced the opposition leader Ousmane Ba to two years in prison. Hours after the verdict, police arrested 40 of his supporters.", "2026-04-18", string(graph.Arrest), "2026-04-14"},
		{"days after", "Gunmen attacked a police post in Bamako on Friday, May 8. Three days after the attack, Interior Minister Moussa Keita met French Foreign Minister Jean Duval in Bamako.", "2026-05-20", string(graph.Meeting), "2026-05-11"},
		{"day before, a noun of the quote", "The electoral commission announced on Monday, November 9 that Kofi Mensah had won. The day before the commission's announcement, opposition leaders declared a rival government.", "2026-11-12", string(graph.Statement), "2026-11-08"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := draft(t, c.text, c.pub)
			var got []string
			for _, e := range a.Events {
				if e.Type == c.typ {
					got = append(got, e.Date.Start)
					if e.Date.Start == c.want {
						return
					}
				}
			}
			t.Errorf("no %s dated %s: got %v in %+v", c.typ, c.want, got, a.Events)
		})
	}
}

// TestEachElectionOfASentence: a sentence may tell several elections,
// each named by a date of its own; a relative clause's date names its
// own election, not the one the main clause tells.
func TestEachElectionOfASentence(t *testing.T) {
	a := draft(t, "Bolivia's President Evo Morales, who was first elected in 2005, lost a referendum on a fourth term in February 2016.", "2019-11-14")
	var got []string
	for _, e := range a.Events {
		if e.Type == string(graph.Election) {
			got = append(got, e.Date.Start)
		}
	}
	if len(got) != 2 || got[0] != "2005-01-01" || got[1] != "2016-02-01" {
		t.Errorf("elections dated %v, want [2005-01-01 2016-02-01]", got)
	}
}

// TestNamesWithTheCountryAfter: a ministry, police or army named with a
// demonym is also known by the names other writers give it: "Interior
// Ministry of Serbia", "Nepal Police".
func TestNamesWithTheCountryAfter(t *testing.T) {
	a := draft(t, "Nepal's interior ministry said on Monday that police had detained 40 people in Kathmandu.", "2025-09-09")
	for name, alias := range map[string]string{"Nepali Interior Ministry": "Interior Ministry of Nepal", "Nepali police": "Nepal Police"} {
		x := actorNamed(a, alias)
		if x == nil {
			t.Errorf("no actor known as %q (want %q): %+v", alias, name, a.Actors)
		} else if x.Name != name {
			t.Errorf("%q names %q, want %q", alias, x.Name, name)
		}
	}
}

// TestRankBeforeAName: a rank right before a name ("Vice Admiral Juan
// Arnez Salvador") makes it a person's, the rank left out, wherever the
// name stands.
func TestRankBeforeAName(t *testing.T) {
	a := draft(t, "Officials say the former navy commander, Rear Admiral Tomás Ruiz Vela, was also detained.", "2024-06-27")
	if actorNamed(a, "Tomás Ruiz Vela") == nil {
		t.Errorf("no Tomás Ruiz Vela: %+v", a.Actors)
	}
	if actorNamed(a, "Rear Admiral Tomás Ruiz Vela") != nil {
		t.Errorf("the rank was kept in the name: %+v", a.Actors)
	}
}

// TestNumericDates: days written in digits, year first (ISO), with dots
// (day first) or slashes (a part above 12 is the day; otherwise the
// reading nearer publication, not after it).
func TestNumericDates(t *testing.T) {
	pub, _ := time.Parse(time.DateOnly, "2020-10-17")
	for in, want := range map[string]string{
		"2020-10-15": "2020-10-15", "15/10/2020": "2020-10-15", "10/15/2020": "2020-10-15",
		"15.10.2020": "2020-10-15", "on 03/10/2020": "2020-10-03", "10/03/2020": "2020-10-03",
		"09/12/2020": "2020-09-12", "31/02/2020": "",
	} {
		day, _, _, ok := resolve(in, pub)
		got := ""
		if ok {
			got = day.Format(time.DateOnly)
		}
		if got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	a := draft(t, "Police detained the student leader Panusaya Sithijirawattanakul at a hotel in Bangkok on 15/10/2020.", "2020-10-17")
	if e := eventOf(a, string(graph.Arrest)); e == nil || e.Date.Start != "2020-10-15" {
		t.Errorf("no arrest on 2020-10-15: %+v", a.Events)
	}
}

// TestDayOfTheMonthToldAParagraphBefore: "On the 21st" opening a
// paragraph is in the month the paragraph before dated a day of.
func TestDayOfTheMonthToldAParagraphBefore(t *testing.T) {
	a := draft(t, "The reform, published by the institute on April 16, 2018, drew small demonstrations in Managua.\n\nOn the 21st, the journalist Ángel Gahona was shot dead in Bluefields.", "2023-04-20")
	if e := eventOf(a, string(graph.Violence)); e == nil || e.Date.Start != "2018-04-21" {
		t.Errorf("no violence on 2018-04-21: %+v", a.Events)
	}
}

// TestForceOnProtestersTellsAProtest: "Police fired tear gas at
// protesters" says that people protested there that day; a sentence
// that drafts a protest of its own adds none.
func TestForceOnProtestersTellsAProtest(t *testing.T) {
	a := draft(t, "Police fired tear gas at hundreds of protesters in Dakar on Sunday.", "2024-02-12")
	p := eventOf(a, string(graph.Protest))
	if p == nil || p.Date.Start != "2024-02-11" || p.Place != "dakar" {
		t.Fatalf("no protest in Dakar on 2024-02-11: %+v", a.Events)
	}
	if r := roles(*p); len(r) != 1 || !slices.Contains(slices.Collect(maps.Values(r)), "protester") {
		t.Errorf("protest roles %v, want the crowd as protester", r)
	}
	a = draft(t, "Thousands marched in Dakar on Sunday, and police fired tear gas at the protesters.", "2024-02-12")
	n := 0
	for _, e := range a.Events {
		if e.Type == string(graph.Protest) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d protests, want 1: %+v", n, a.Events)
	}
}

package extract

import (
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestRound20DatesUpToPublication: a deed told as done this week (or
// undated, which takes publication's week) is dated from Monday to the
// day of publication, some day of those, not to the week's Sunday, which
// has not come; in a paper of Monday the week stays a week. So for this
// month. What the text does not date, after a sentence that names a day
// but tells no event, happened between that day and publication, when
// that day is one of the two weeks before; an older day leaves it in
// publication's week.
func TestRound20DatesUpToPublication(t *testing.T) {
	const meeting = "\n\nPresident Ana Ruiz met General Pedro Soto in a hallway of the palace."
	cases := []struct {
		name, text, pub, typ string
		want                 Date
	}{
		{"this week, in a paper of Thursday", "Police arrested the opposition leader Ana Ruiz this week.", "2024-06-27", string(graph.Arrest),
			Date{Start: "2024-06-24", End: "2024-06-27", Precision: "day"}},
		{"undated, in a paper of Friday", "Kenyan President William Ruto met opposition leader Raila Odinga in Nairobi.", "2024-06-28", string(graph.Meeting),
			Date{Start: "2024-06-24", End: "2024-06-28", Precision: "day"}},
		{"this week, in a paper of Monday", "Police arrested the opposition leader Ana Ruiz this week.", "2024-06-24", string(graph.Arrest),
			Date{Start: "2024-06-24", Precision: "week"}},
		{"earlier this month, in a paper of the 27th", "Police arrested the opposition leader Ana Ruiz earlier this month.", "2024-06-27", string(graph.Arrest),
			Date{Start: "2024-06-01", End: "2024-06-27", Precision: "day"}},
		{"this month, in a paper of the 1st", "Police arrested the opposition leader Ana Ruiz this month.", "2024-06-01", string(graph.Arrest),
			Date{Start: "2024-06-01", Precision: "month"}},
		{"last week, whole", "Police arrested the opposition leader Ana Ruiz last week.", "2024-06-27", string(graph.Arrest),
			Date{Start: "2024-06-17", Precision: "week"}},
		{"undated, after a day told the day before", "On Wednesday afternoon, soldiers and armoured cars rolled into the main square of the capital." + meeting, "2024-06-27", string(graph.Meeting),
			Date{Start: "2024-06-26", End: "2024-06-27", Precision: "day"}},
		{"undated, after a day told long before", "On March 3, soldiers and armoured cars rolled into the main square of the capital." + meeting, "2024-06-27", string(graph.Meeting),
			Date{Start: "2024-06-24", End: "2024-06-27", Precision: "day"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			oneEventDated(t, draft(t, c.text, c.pub), c.typ, c.want)
		})
	}
}

// oneEventDated checks that a draft tells one event of type typ, dated
// want.
func oneEventDated(t *testing.T, a *Annotation, typ string, want Date) {
	t.Helper()
	n := 0
	for _, e := range a.Events {
		if e.Type != typ {
			continue
		}
		n++
		if e.Date == nil || e.Date.Start != want.Start || e.Date.End != want.End || e.Date.Precision != want.Precision {
			t.Errorf("%s dated %+v, want %s..%s (%s)", e.Type, e.Date, want.Start, want.End, want.Precision)
		}
	}
	if n != 1 {
		t.Errorf("%d %s events, want 1: %+v", n, typ, a.Events)
	}
}

// TestRound20ReducedRelativeTellsItsOwnTime: "defying a ban imposed by
// the police the previous day" dates the ban, not the march.
func TestRound20ReducedRelativeTellsItsOwnTime(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "defying a ban imposed the previous day",
			text: "On Tuesday, the government closed the universities. Thousands of students marched in Harare, defying a ban imposed by the police the previous day.", pub: "2024-03-08",
			typ: string(graph.Protest), day: "2024-03-05"},
		{name: "in a sentence with no other aside",
			text: "On Tuesday, the government closed the universities. Thousands marched, defying a ban imposed by police the previous day.", pub: "2024-03-08",
			typ: string(graph.Protest), day: "2024-03-05"},
		{name: "the march's own day still dates it",
			text: "Thousands of students marched in Harare on Wednesday, defying a ban imposed by the police the previous day.", pub: "2024-03-08",
			typ: string(graph.Protest), day: "2024-03-06"},
	})
}

// TestRound20TenureTellsTheOfficesTime: "prime minister until last year"
// dates the office someone held, not what they do now.
func TestRound20TenureTellsTheOfficesTime(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "an office held until last year",
			text: "Ali Demir, leader of the Civic Party and prime minister until last year, has called on the protesters to go home.", pub: "2017-04-27",
			typ: string(graph.Statement), day: "2017-04-27", roles: map[string]string{"ali-demir": "speaker"}},
		{name: "an office held from one year until another",
			text: "Kemal Arslan, president from 2010 until 2019, has urged the army to stay in its barracks.", pub: "2021-03-04",
			typ: string(graph.Statement), day: "2021-03-04", roles: map[string]string{"kemal-arslan": "speaker"}},
	})
}

// TestRound20CapitalAddressed: a capital that a state urges, warns or
// accuses stands for its state, as one that acts does.
func TestRound20CapitalAddressed(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "urged Moscow",
			text: "Kyiv urged Moscow on Monday to withdraw its troops.", pub: "2023-03-28",
			typ: string(graph.Statement), day: "2023-03-27", roles: map[string]string{"ukraine": "speaker", "russia": "addressee"}},
	})
	a := draft(t, "Tehran accuses Washington and London of meddling.", "2023-03-28")
	for _, id := range []string{"united-states", "united-kingdom"} {
		if !slices.ContainsFunc(a.Actors, func(x Actor) bool { return x.ID == id }) {
			t.Errorf("no actor %s: %+v", id, a.Actors)
		}
	}
}

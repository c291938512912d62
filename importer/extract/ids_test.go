package extract

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestScopedIDs: a draft's ids claim no identity its text does not. A
// crowd's id carries its country — the one its name gives, else where
// its events took place, else the story's — so that two countries'
// protesters never share one; an article whose story has no country
// keeps its crowds to itself.
func TestScopedIDs(t *testing.T) {
	x := extractor(t)
	extract := func(id, text string) *Annotation {
		a := article(text, "2019-10-21")
		a.ID = id
		return x.Extract(a)
	}
	groupID := func(ann *Annotation) string {
		for _, a := range ann.Actors {
			if a.Kind == string(graph.Group) {
				return a.ID
			}
		}
		return ""
	}
	protestID := func(ann *Annotation) string {
		if e := eventOf(ann, "Protest"); e != nil {
			return e.ID
		}
		return ""
	}
	for _, c := range []struct {
		name, text, group, event string
	}{
		{"the story's country", "Protesters marched through Santiago on Sunday. Chile's government declared an emergency.",
			"chile-protesters", "protest-chile-protesters-2019-10-20"},
		{"another country", "Protesters marched through Beirut on Sunday. Lebanon's government met on Monday.",
			"lebanon-protesters", "protest-lebanon-protesters-2019-10-20"},
		{"where they marched, not where the story was filed", "VILNIUS, Oct 21 - Protesters marched through Minsk on Sunday, officials in Lithuania said.",
			"belarus-protesters", "protest-belarus-protesters-2019-10-20"},
		{"the name's country", "Peruvian protesters marched on Sunday.", "peruvian-protesters", "protest-peruvian-protesters-2019-10-20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := extract("story-a", c.text)
			if got := groupID(ann); got != c.group {
				t.Errorf("crowd id %q, want %q", got, c.group)
			}
			if protestID(ann) != c.event {
				t.Errorf("protest id %q, want %q", protestID(ann), c.event)
			}
			// Another article of the same story: the same ids.
			if again := extract("story-b", c.text); groupID(again) != groupID(ann) || protestID(again) != protestID(ann) {
				t.Errorf("another article's ids %q, %q; want %q, %q", groupID(again), protestID(again), groupID(ann), protestID(ann))
			}
		})
	}
	// No country anywhere: each article's crowd is its own.
	text := "Protesters marched on Sunday."
	a, b := groupID(extract("story-a", text)), groupID(extract("story-b", text))
	if a == "" || a == b || a == "protesters" {
		t.Errorf("crowds of two articles without a country: %q and %q, want two ids of their own", a, b)
	}
}

// TestDatelineCountry: a dateline's country is the story's unless the
// story names another far more often.
func TestDatelineCountry(t *testing.T) {
	for _, c := range []struct{ text, group string }{
		{"VILNIUS, Aug 17 - Protesters marched again. Belarus's opposition said Belarusian police had detained dozens across Belarus. " +
			"Belarus's president refused to step down, and Belarusian workers struck.", "belarus-protesters"},
		{"CARACAS, Feb 4 - Protesters marched again. The United States said it backed the opposition.", "venezuela-protesters"},
	} {
		ann := draft(t, c.text, "2020-08-17")
		if a := actorNamed(ann, "protesters"); a == nil || a.ID != c.group {
			t.Errorf("%q: protesters %+v, want id %s", c.text, a, c.group)
		}
	}
}

// TestBodyIDs: a body named without its country, which the draft gives
// the story's country by an alias, carries that country in its id; one
// whose id names a country already keeps it.
func TestBodyIDs(t *testing.T) {
	for _, c := range []struct{ text, name, id string }{
		{"CARACAS, Jan 7 - The National Assembly met on Monday. Venezuela faces a crisis.", "National Assembly", "venezuela-national-assembly"},
		{"PARIS, Jan 7 - The National Assembly met on Monday. France faces a strike.", "National Assembly", "france-national-assembly"},
	} {
		if a := actorNamed(draft(t, c.text, "2019-01-08"), c.name); a == nil || a.ID != c.id {
			t.Errorf("%q: %+v, want id %s", c.text, a, c.id)
		}
	}
}

package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestRound21Datelines: a wire dateline after the headline (and a byline
// or a date line) dates what the story leaves undated, with or without
// its year; its agency, the story's credits, a photograph's and a time
// zone name no actor.
func TestRound21Datelines(t *testing.T) {
	cases := []struct {
		name, text, pub, typ, want string
	}{
		{"after a headline", "Dozens detained in Minsk\n\nMINSK, Sept 23 (Reuters) - Police detained dozens of protesters outside the presidential palace.",
			"2020-09-24", string(graph.Arrest), "2020-09-23"},
		{"after a headline, a byline and a date line", "Dozens detained in Minsk\n\nBy Jane Roe\n\nSeptember 24, 2020\n\nMINSK, Sept 23 (Reuters) - Police detained dozens of protesters outside the presidential palace.",
			"2020-09-24", string(graph.Arrest), "2020-09-23"},
		{"with its year", "Ruto declared winner\n\nNAIROBI, Aug. 15, 2022 (AFP) - Kenya's electoral commission declared William Ruto the winner of the presidential election.\n\nPolice arrested two election officials in the capital.",
			"2022-08-18", string(graph.Arrest), "2022-08-15"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			oneEventDated(t, draft(t, c.text, c.pub), c.typ, Date{Start: c.want, End: c.want, Precision: string(graph.Day)})
		})
	}

	// "By Friday, …" is no byline: its actors stay.
	a := draft(t, "Dozens detained\n\nBy Friday, the Belarusian interior ministry said police had detained 300 people.", "2020-09-14")
	if !slices.ContainsFunc(a.Actors, func(x Actor) bool { return strings.Contains(strings.ToLower(x.Name), "interior") }) {
		t.Errorf("actors %+v: a sentence opening with a day lost the interior ministry", a.Actors)
	}
	for _, c := range []struct{ name, text, not string }{
		{"the agency of a dateline without a day", "Erdogan claims victory\n\nISTANBUL (Reuters) - Turkish President Tayyip Erdogan declared victory in a referendum on Sunday.", "Reuters"},
		{"the agency of a dated one, with a region", "Truce collapses in Kyiv\n\nKYIV, Ukraine (AP) — Police fired on protesters on Thursday, killing dozens.", "Associated Press"},
		{"the credits", "Lukashenko flies to Sochi\n\nBelarusian President Alexander Lukashenko met Vladimir Putin in Sochi on Monday.\n\nReporting by Andrei Makhovsky and Reuters staff; Writing by Matthias Williams; Editing by Alison Williams", "Reuters"},
		{"a photograph's credit", "Lukashenko flies to Sochi\n\nLukashenko and Putin meet in Sochi, Russia February 15, 2019 [File: Sergei Chirikov/Pool via Reuters]\n\nBelarusian President Alexander Lukashenko met Vladimir Putin in Sochi on Monday.", "Reuters"},
		{"a photograph's credit in parentheses", "Rioters storm Brasilia\n\nSupporters of Jair Bolsonaro storm the Planalto Palace in Brasilia, January 8, 2023. (AP Photo/Marcos Teixeira)\n\nPolice arrested 1,500 people in Brasilia on Monday.", "Associated Press"},
		{"an agency and its photographer", "Chile agrees new constitution\n\nProtesters clash with riot police in Santiago, Chile, October 25, 2019. REUTERS/Pablo Sanhueza\n\nChilean President Sebastian Pinera met party leaders on Friday.", "Reuters"},
		{"a known agency after a city in ordinary case", "Duque calls for dialogue\n\nBogotá, 5 may (EFE).- Colombian President Ivan Duque met union leaders in Bogotá on Wednesday.", "EFE"},
		{"a byline in capitals", "Police clash with protesters\n\nBy ANA LUKASHENKO and Tom Barlow\n\nPolice detained 40 protesters in Minsk on Sunday, the interior ministry said.", "Alexander Lukashenko"},
		{"a time zone", "Emergency decree in Bangkok\n\nMon 14 Sep 2020 12.05 BST\n\nFirst published on Sun 13 Sep 2020 18.00 BST\n\nThai police arrested 20 protesters in Bangkok on Sunday.", "BST"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := draft(t, c.text, "2020-09-14")
			if len(a.Actors) == 0 {
				t.Fatal("no actors at all")
			}
			for _, x := range a.Actors {
				if x.Name == c.not || strings.Contains(strings.Join(x.Aliases, "|"), c.not) {
					t.Errorf("actor %q drafted from %q", x.Name, x.Quotes)
				}
			}
		})
	}
}

// TestRound21TitleCase: a headline in title case names no one by its
// capitals ("Seizes Power", "Keita Resigns"); the story's sentences still
// do, and a headline in capitals or in sentence case is read as before.
func TestRound21TitleCase(t *testing.T) {
	for _, c := range []struct {
		headline string
		junk     []string
	}{
		{"Mali Army Colonel Seizes Power as President Keita Resigns", []string{"Seizes Power", "Keita Resigns"}},
		{"Thai Police Arrest Protest Leader Ahead of Bangkok Rally", []string{"Arrest Protest Leader Ahead of Bangkok Rally"}},
		{"General Mahamat Deby Named Chad Leader After Father's Death", []string{"After Father's Death", "Mahamat Deby Named Chad"}},
	} {
		t.Run(c.headline, func(t *testing.T) {
			a := draft(t, c.headline+"\n\nPresident Ibrahim Boubacar Keita resigned on Tuesday after soldiers detained him, officials said.", "2020-08-19")
			for _, x := range a.Actors {
				if slices.Contains(c.junk, x.Name) {
					t.Errorf("actor %q drafted from the headline's capitals", x.Name)
				}
			}
			if !slices.ContainsFunc(a.Actors, func(x Actor) bool { return x.ID == "ibrahim-boubacar-keita" }) {
				t.Errorf("actors %+v: the story's own lost", a.Actors)
			}
		})
	}
	for s, want := range map[string]bool{
		"Sudan's Army Ousts Bashir After 30 Years in Power":       true,
		"Protesters Clash with Police Outside Parliament":         true,
		"LIVE | Ecuador: Lasso dissolves the National Assembly":   false,
		"HIGHLAND RIGHTS MONITOR - HUMAN RIGHTS BRIEF No. 7/2022": false,
		"Lukashenko seeks Putin's help in attempt to survive":     false,
		"Mali Army Colonel Seizes Power.":                         false,
	} {
		if got := titleCase(s); got != want {
			t.Errorf("titleCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRound21StreetWordings: crowds that pour onto, return to or flood
// the streets and squares, or join processions and vigils, protest.
func TestRound21StreetWordings(t *testing.T) {
	for _, text := range []string{
		"Thousands of opposition supporters poured onto the streets of Tehran on Saturday.",
		"Thousands of students spilled into the streets of Dhaka on Monday.",
		"Thousands defied the curfew and returned to the streets of Khartoum on Saturday.",
		"Hundreds of supporters of the president flooded the square in La Paz on Wednesday night.",
		"Tens of thousands of believers joined the processions in Podgorica on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			a := draft(t, text, "2022-08-12")
			if !slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == string(graph.Protest) }) {
				t.Errorf("no protest in %+v", a.Events)
			}
		})
	}
}

// TestRound21UnknownOutlet: an article whose outlet is not known (the
// text alone, copied from a page) drafts no actor of the placeholder's
// name from "unknown gunmen"; a known outlet named in the text still is
// one.
func TestRound21UnknownOutlet(t *testing.T) {
	const text = "Gunmen attack police post\n\nUnknown gunmen attacked a police post in Maiduguri on Sunday, killing an unknown number of officers, police told the Lagos Ledger."
	for outlet, want := range map[string]string{"unknown": "", "Lagos Ledger": "Lagos Ledger"} {
		art := article(text, "2020-09-14")
		art.Outlet = outlet
		found := ""
		if ac := actorNamed(extractor(t).Extract(art), outlet); ac != nil {
			found = ac.Name
		}
		if found != want {
			t.Errorf("outlet %q: actor %q drafted, want %q", outlet, found, want)
		}
	}
}

// TestRound21QuotedTimes: the times a statement quotes date what is
// quoted, not the saying; a time outside the quotation still dates it.
func TestRound21QuotedTimes(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		// The seed's: the outlet's own correspondent, a quotation of two
		// sentences.
		{"after a colon", "Putin meets Lukashenko\n\nAl Jazeera’s Step Vaessen, reporting from Minsk, said: “Lukashenko has left Belarus for the first time and his position has not improved after this mass rally on Sunday. He was hoping to keep the numbers low.", "2020-09-14"},
		{"before the verb", "Opposition vows more marches\n\n“We marched on Sunday and we will march again,” opposition leader Svetlana Tikhanovskaya said.", "2020-09-14"},
		{"outside the quotation", "Opposition vows more marches\n\nOpposition leader Svetlana Tikhanovskaya said on Sunday: “We will march again.”", "2020-09-13"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := article(c.text, "2020-09-14")
			art.Outlet = "Al Jazeera"
			oneEventDated(t, extractor(t).Extract(art), string(graph.Statement), Date{Start: c.want, End: c.want, Precision: string(graph.Day)})
		})
	}
}

// TestRound21TheMeeting: a sentence that opens with "The meeting" goes on
// with the meeting told before, though a rally of another day came
// between: one meeting, on its day.
func TestRound21TheMeeting(t *testing.T) {
	a := draft(t, "Lukashenko meets Putin\n\nBelarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Monday.\n\n"+
		"At least 100,000 protesters flooded the streets of Minsk on Sunday.\n\n"+
		"The meeting, in which Lukashenko thanked Putin for his support, marked the first face-to-face talks between the leaders since the election.", "2020-09-14")
	oneEventDated(t, a, string(graph.Meeting), Date{Start: "2020-09-14", End: "2020-09-14", Precision: string(graph.Day)})
}

// TestRound21Population: the people of a nation or a city are no crowd's
// count; a crowd's figure still is.
func TestRound21Population(t *testing.T) {
	for _, c := range []struct {
		text string
		want int64 // 0: no count
	}{
		{"Lukashenko, who has ruled the Eastern European nation of 9.5 million people since 1994, has blamed the West for fomenting demonstrations in Belarus.", 0},
		{"In Minsk, a city of about 2 million people, 100,000 protesters rallied on Sunday.", 100000},
	} {
		a := draft(t, "Headline\n\n"+c.text, "2020-09-14")
		if !slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == string(graph.Protest) }) {
			t.Errorf("%q: no protest drafted", c.text)
		}
		for _, e := range a.Events {
			if e.Type != string(graph.Protest) {
				continue
			}
			got := int64(0)
			if e.Count != nil {
				got = e.Count.Value
			}
			if got != c.want {
				t.Errorf("%q: count %d, want %d", c.text, got, c.want)
			}
		}
	}
}

// TestRound21ContinuedSince: protests told as going on since an event of a
// day run from that day to publication.
func TestRound21ContinuedSince(t *testing.T) {
	for _, c := range []struct{ name, text, pub, start string }{
		{"following", "Maduro meets the army\n\nMaduro met the army's high command in Caracas on Friday, as protests continued across Venezuela following the disputed July 28 election.", "2024-08-03", "2024-07-28"},
		{"since", "Morales under pressure\n\nDemonstrations have raged in La Paz and Santa Cruz since the October 20 vote.", "2019-11-05", "2019-10-20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := draft(t, c.text, c.pub)
			oneEventDated(t, a, string(graph.Protest), Date{Start: c.start, End: c.pub, Precision: string(graph.Day)})
		})
	}
}

package extract

import (
	"testing"
)

// Round 10: rules chosen by an error analysis of the missed and invented
// protests, violence and statements of the dev set, each a general
// pattern of English news writing. Every sentence here is written for
// the test, about other countries and people than the articles'.

// statementOf returns the statement whose speakers include the actor
// named, if any.
func statementOf(ann *Annotation, name string) *Event {
	for i := range ann.Events {
		if e := &ann.Events[i]; e.Type == "Statement" && participant(ann, e, name, "speaker") {
			return e
		}
	}
	return nil
}

// TestPresentSayingIsAStandSinceTheStoryBegan: an undated statement in
// the present of a verb of saying ("insists", "says", "claims") is
// dated like one in the perfect: from the first day the story dates to
// publication, not from the day told last.
func TestPresentSayingIsAStandSinceTheStoryBegan(t *testing.T) {
	const lead = "Police in Budapest detained the opposition mayor on Monday. Thousands marched in his support on Wednesday.\n\n"
	for _, c := range []struct{ name, text, speaker string }{
		{"insists", lead + "Viktor Orban insists that the courts are independent.", "Viktor Orban"},
		{"says", lead + "Viktor Orban says the arrest was lawful.", "Viktor Orban"},
		{"claims", lead + "Viktor Orban claims that the mayor broke the law.", "Viktor Orban"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := statementOf(ann, c.speaker)
			if e == nil {
				t.Fatalf("no statement by %s: %+v", c.speaker, ann.Events)
			}
			if e.Date.Start != "2024-03-04" || e.Date.End != "2024-03-08" {
				t.Errorf("date %+v, want 2024-03-04..2024-03-08", e.Date)
			}
		})
	}
	// A present that is no finite verb, or a statement the text dates,
	// keeps its own date.
	for _, c := range []struct{ name, text, speaker, start string }{
		{"dated", lead + "Viktor Orban said on Thursday that the arrest was lawful.", "Viktor Orban", "2024-03-07"},
		{"infinitive", lead + "Viktor Orban went on television on Thursday to say the arrest was lawful.", "Viktor Orban", "2024-03-07"},
	} {
		t.Run("not: "+c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.speaker); e != nil && e.Date.Start != c.start {
				t.Errorf("date %+v, want start %s", e.Date, c.start)
			}
		})
	}
}

// TestStatementSinceTheEventItNames: an undated statement in the perfect
// that names an event of a kind the story dates ("the election", "the
// deal") was made since that event.
func TestStatementSinceTheEventItNames(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, start string }{
		{"election", "Washington said on Tuesday it would recall its ambassador. Serbians voted in a presidential election on Thursday.\n\nThe European Union has criticised the conduct of the election.", "European Union", "2024-03-07"},
		{"deal", "Talks opened in Warsaw on Monday. Poland and Ukraine signed an agreement on grain on Wednesday.\n\nDonald Tusk has praised the agreement.", "Donald Tusk", "2024-03-06"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := statementOf(ann, c.speaker)
			if e == nil {
				t.Fatalf("no statement by %s: %+v", c.speaker, ann.Events)
			}
			if e.Date.Start != c.start {
				t.Errorf("date %+v, want start %s", e.Date, c.start)
			}
		})
	}
	// A statement that names no event keeps the start of the story.
	t.Run("not: no event named", func(t *testing.T) {
		ann := draft(t, "Washington said on Tuesday it would recall its ambassador. Serbians voted in a presidential election on Thursday.\n\nThe European Union has called for calm.", "2024-03-08")
		if e := statementOf(ann, "European Union"); e != nil && e.Date.Start == "2024-03-07" {
			t.Errorf("date %+v, want the start of the story", e.Date)
		}
	})
}

// TestCrowdBroughtOntoTheStreets: what brings or drives a crowd onto the
// streets is what it protests against; a relative clause that says so
// characterises, and tells no protest.
func TestCrowdBroughtOntoTheStreets(t *testing.T) {
	for _, text := range []string{
		"The arrest of the opposition leader on Sunday brought thousands of students onto the main road in Accra within hours.",
		"The fuel price rise drove the opposition into the streets of Lagos on Monday.",
		"The verdict brought out thousands of students onto the streets of Manila on Friday.",
	} {
		t.Run(text, func(t *testing.T) {
			ann := draft(t, text, "2024-03-08")
			if e := eventOf(ann, "Protest"); e == nil {
				t.Errorf("no protest in %+v", ann.Events)
			}
		})
	}
	for _, text := range []string{
		"The fuel levy that had brought crowds onto the streets of Lusaka was dropped on Monday.",
		"The army drove its tanks into the streets of Lima on Monday.",
	} {
		t.Run("not: "+text, func(t *testing.T) {
			if e := eventOf(draft(t, text, "2024-03-08"), "Protest"); e != nil {
				t.Errorf("protest drafted: %+v", e)
			}
		})
	}
}

// TestCrowdPacksAVenue: a crowd of supporters or protesters packing a
// stadium or a square rallies; fans at a match do not.
func TestCrowdPacksAVenue(t *testing.T) {
	for _, text := range []string{
		"Tens of thousands of supporters of the new president packed the national stadium in Conakry on Sunday.",
		"Hundreds of protesters thronged the main square in Almaty on Saturday.",
		"Thousands of striking workers crammed the central plaza of Lima on Tuesday.",
	} {
		t.Run(text, func(t *testing.T) {
			if e := eventOf(draft(t, text, "2024-03-08"), "Protest"); e == nil {
				t.Errorf("no protest")
			}
		})
	}
	for _, text := range []string{
		"Thousands of fans packed the stadium in Lagos on Sunday for the cup final.",
		"The new minister packed the cabinet with loyalists on Monday.",
	} {
		t.Run("not: "+text, func(t *testing.T) {
			if e := eventOf(draft(t, text, "2024-03-08"), "Protest"); e != nil {
				t.Errorf("protest drafted: %+v", e)
			}
		})
	}
}

// TestForcesStormingIsViolence: security forces storming a place raid
// it, which is violence, not a protest; a crowd storming a protest camp
// attacks the protest.
func TestForcesStormingIsViolence(t *testing.T) {
	for _, text := range []string{
		"Riot police stormed a hostel of the medical school in Kathmandu on Tuesday and detained 40 students.",
		"Soldiers stormed the offices of the opposition newspaper in Luanda on Monday.",
		"On Sunday a mob of ruling-party loyalists stormed the protest camp in Belgrade and beat demonstrators.",
	} {
		t.Run(text, func(t *testing.T) {
			ann := draft(t, text, "2024-03-08")
			if e := eventOf(ann, "Violence"); e == nil {
				t.Errorf("no violence in %+v", ann.Events)
			}
			if e := eventOf(ann, "Protest"); e != nil {
				t.Errorf("protest drafted: %+v", e)
			}
		})
	}
	// A crowd storming a seat of power still protests.
	t.Run("not: crowd storms parliament", func(t *testing.T) {
		ann := draft(t, "Hundreds of protesters stormed the parliament in Dushanbe on Tuesday.", "2024-03-08")
		if e := eventOf(ann, "Protest"); e == nil {
			t.Errorf("no protest in %+v", ann.Events)
		}
	})
}

// TestDaysOfProtestDateTheProtest: "after thirteen days of protest", "the
// fifth day of demonstrations": the protest ran that many days before
// (or up to) the day told.
func TestDaysOfProtestDateTheProtest(t *testing.T) {
	for _, c := range []struct{ name, text, start, end string }{
		{"after N days, undated", "Skopje is calm this morning after twelve days of protest against the government.", "2024-02-25", "2024-03-08"},
		{"after N days, dated", "Parliament met on Tuesday after ten days of protests in Skopje.", "2024-02-24", "2024-03-05"},
		{"nth day", "Thousands marched in Sarajevo on Thursday, the fourth day of anti-government protests.", "2024-03-04", "2024-03-07"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := eventOf(ann, "Protest")
			if e == nil {
				t.Fatalf("no protest in %+v", ann.Events)
			}
			if e.Date.Start != c.start || e.Date.End != c.end {
				t.Errorf("date %+v, want %s..%s", e.Date, c.start, c.end)
			}
		})
	}
	t.Run("not: days of talks", func(t *testing.T) {
		ann := draft(t, "After two days of talks in Oslo, the sides signed a deal on Friday.", "2024-03-08")
		if e := eventOf(ann, "Protest"); e != nil {
			t.Errorf("protest drafted: %+v", e)
		}
	})
}

// TestTrailingAttributionToAPronounOrAnUnnamedVoice: "…, he said." is
// said by the person named last; "…, a spokesperson said." by the body
// the sentence opens with.
func TestTrailingAttributionToAPronounOrAnUnnamedVoice(t *testing.T) {
	for _, c := range []struct{ name, text, speaker string }{
		{"he said", "Viktor Orban spoke on Sunday from a farm near Szeged. He would not resign, he said.", "Viktor Orban"},
		{"she said", "Giorgia Meloni arrived in Tirana on Monday. The talks had gone well, she said.", "Giorgia Meloni"},
		{"a spokesperson", "Hamas had not been told of the plan in advance, a spokesperson said.", "Hamas"},
		{"its spokesman", "The IMF will keep its office in Kathmandu closed on Monday, its spokesman said.", "International Monetary Fund"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.speaker); e == nil {
				t.Errorf("no statement by %s: %+v", c.speaker, ann.Events)
			}
		})
	}
	// An unnamed voice after a sentence that opens with no body speaks
	// for no one the draft knows.
	t.Run("not: no body", func(t *testing.T) {
		ann := draft(t, "Prices rose sharply in Manila on Monday, a spokesperson said.", "2024-03-08")
		if n := countType(ann, "Statement"); n != 0 {
			t.Errorf("%d statements drafted: %+v", n, ann.Events)
		}
	})
}

// TestWhileClauseStatement: "X said A, while Y said B" tells two
// statements; the second clause is no attribution of the first.
func TestWhileClauseStatement(t *testing.T) {
	for _, c := range []struct{ name, text, first, second string }{
		{"while", "The United States said the vote was a step forward, while Britain said it would send observers.", "United States", "United Kingdom"},
		{"while with apposition", "Poland said the deal was fair, while Hungary, its neighbour, said it would not sign.", "Poland", "Hungary"},
		{"whereas", "Japan welcomed the ceasefire, whereas China said it was too late.", "Japan", "China"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if statementOf(ann, c.first) == nil || statementOf(ann, c.second) == nil {
				t.Errorf("want statements by %s and %s: %+v", c.first, c.second, ann.Events)
			}
		})
	}
	// A trailing attribution after a comma stays an attribution.
	t.Run("not: attribution", func(t *testing.T) {
		ann := draft(t, "Turnout was high across Serbia, the electoral commission said.", "2024-03-08")
		if n := countType(ann, "Statement"); n > 1 {
			t.Errorf("%d statements drafted: %+v", n, ann.Events)
		}
	})
}

// TestPerfectStatementIsNotTheDatedOne: a stand told in the perfect is
// not the statement its speaker made on a day the text gives.
func TestPerfectStatementIsNotTheDatedOne(t *testing.T) {
	for _, text := range []string{
		"The State Department said on Wednesday the vote in Belgrade was orderly. The United States has also criticised the arrest of opposition candidates.",
		"Viktor Orban said on Monday the budget would pass. Viktor Orban has repeatedly criticised the central bank.",
	} {
		t.Run(text, func(t *testing.T) {
			ann := draft(t, text, "2024-03-08")
			if n := countType(ann, "Statement"); n != 2 {
				t.Errorf("%d statements, want 2: %+v", n, ann.Events)
			}
		})
	}
	t.Run("not: one statement told twice", func(t *testing.T) {
		ann := draft(t, "Viktor Orban said on Monday the budget would pass. He said the central bank was wrong.", "2024-03-08")
		if n := countType(ann, "Statement"); n != 1 {
			t.Errorf("%d statements, want 1: %+v", n, ann.Events)
		}
	})
}

// TestInvertedAttribution: a verb of saying after what it reports, with
// its speaker after it ("\"We will win,\" said Orban") tells a
// statement by that speaker.
func TestInvertedAttribution(t *testing.T) {
	for _, c := range []struct{ name, text, speaker string }{
		{"said name", "\"The people have spoken,\" said Viktor Orban on Sunday.", "Viktor Orban"},
		{"declared title", "\"We will win,\" declared Mr Orban, the prime minister, before a crowd in Szeged on Sunday.", "Viktor Orban"},
		{"said body", "\"We are ready for talks,\" said Hamas in a statement on Sunday.", "Hamas"},
		{"no quotes", "The country is calm, said Aleksandar Vucic on Monday.", "Aleksandar Vucic"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.speaker); e == nil {
				t.Errorf("no statement by %s: %+v", c.speaker, ann.Events)
			}
		})
	}
	// A name inside the words quoted does not speak them.
	t.Run("not: name quoted", func(t *testing.T) {
		ann := draft(t, "\"Viktor Orban must go,\" said a banner in Szeged on Sunday.", "2024-03-08")
		if e := statementOf(ann, "Viktor Orban"); e != nil {
			t.Errorf("statement by Orban: %+v", e)
		}
	})
}

// TestSayingThroughAMedium: "went on state television to announce",
// "took to social media to deny", "calls in a televised speech for"
// tell statements by the subject.
func TestSayingThroughAMedium(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, start string }{
		{"television", "On Sunday Aleksandar Vucic went on state television to announce that parliament was dissolved.", "Aleksandar Vucic", "2024-03-03"},
		{"social media", "On Monday Javier Milei took to social media to deny the report.", "Javier Milei", "2024-03-04"},
		{"calls in a speech for", "On Tuesday Giorgia Meloni called in a televised speech for calm and unity.", "Giorgia Meloni", "2024-03-05"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := statementOf(ann, c.speaker)
			if e == nil {
				t.Fatalf("no statement by %s: %+v", c.speaker, ann.Events)
			}
			if e.Date.Start != c.start {
				t.Errorf("date %+v, want %s", e.Date, c.start)
			}
		})
	}
	for _, text := range []string{
		"Aleksandar Vucic went on television on Monday.",
		"Javier Milei took to the stage in Cordoba on Monday.",
	} {
		t.Run("not: "+text, func(t *testing.T) {
			if n := countType(draft(t, text, "2024-03-08"), "Statement"); n != 0 {
				t.Errorf("%d statements drafted", n)
			}
		})
	}
}

// TestWithoutAndDeniedThatNegate: "without a shot being fired" and
// "denied that any demonstrator had been killed" tell violence that did
// not happen.
func TestWithoutAndDeniedThatNegate(t *testing.T) {
	for _, text := range []string{
		"The army took over the radio station in Conakry without a shot being fired.",
		"The interior minister denied that any protester had been killed in Lusaka.",
		"The rally in Lima ended without any arrests.",
		"The minister denies that protesters were beaten in Dushanbe.",
	} {
		t.Run(text, func(t *testing.T) {
			ann := draft(t, text, "2024-03-08")
			if e := eventOf(ann, "Violence"); e != nil {
				t.Errorf("violence drafted: %+v", e)
			}
			if e := eventOf(ann, "Arrest"); e != nil {
				t.Errorf("arrest drafted: %+v", e)
			}
		})
	}
	for _, text := range []string{
		"Police shot two protesters in Lusaka on Monday without warning.",
		"The ministry said on Monday that two protesters had been killed in Dushanbe.",
	} {
		t.Run("still: "+text, func(t *testing.T) {
			if e := eventOf(draft(t, text, "2024-03-08"), "Violence"); e == nil {
				t.Errorf("no violence")
			}
		})
	}
}

// TestAsideDatesNoFollowingEvent: an undated sentence takes the date of
// the sentence before it only from that sentence's own telling, not from
// an aside about someone ("a lawyer elected in 2010").
func TestAsideDatesNoFollowingEvent(t *testing.T) {
	for _, text := range []string{
		"Aleksandar Vucic, a former journalist elected in 2017, dissolved parliament on Sunday after a week of strikes in Belgrade. In Nis, crowds set fire to the local party office.",
		"Javier Milei, an economist elected in 2023, dissolved the agency on Monday. In Rosario, protesters set fire to tyres outside the town hall.",
	} {
		t.Run(text, func(t *testing.T) {
			ann := draft(t, text, "2024-03-08")
			for _, e := range ann.Events {
				if e.Type == "Protest" && e.Date != nil && e.Date.Precision == "year" {
					t.Errorf("%s dated by the aside: %+v", e.Type, e.Date)
				}
			}
		})
	}
	// A sentence that tells no event still dates what follows.
	t.Run("still: a dating sentence", func(t *testing.T) {
		ann := draft(t, "The decisive blows came at the weekend. Police units mutinied in Lusaka.", "2024-03-08")
		for _, e := range ann.Events {
			if e.Date != nil && e.Date.Text == "undated: the week of publication" {
				t.Errorf("%s undated: %+v", e.Type, e.Date)
			}
		}
	})
}

// TestSameDayOfAnEarlierClause: "A did X on Tuesday; B did Y the same
// day": the day the earlier clause of the sentence names; a clause that
// opens with "the same day" takes no day from after its verb.
func TestSameDayOfAnEarlierClause(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, start string }{
		{"semicolon", "Poland on Tuesday announced aid of $2 billion for Ukraine; Hungary pledged $1 billion the same day.", "Hungary", "2024-03-05"},
		{"and", "Japan on Monday announced new aid for Zambia, and China promised $3 billion the same day.", "China", "2024-03-04"},
		{"fronted", "The unions struck on Tuesday. The same day Javier Milei suspended the negotiations that had begun on Monday with the unions.", "Javier Milei", "2024-03-05"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := statementOf(ann, c.speaker)
			if e == nil {
				t.Fatalf("no statement by %s: %+v", c.speaker, ann.Events)
			}
			if e.Date.Start != c.start {
				t.Errorf("date %+v, want %s", e.Date, c.start)
			}
		})
	}
	// A day of its own wins.
	t.Run("not: own day", func(t *testing.T) {
		ann := draft(t, "Poland on Tuesday announced aid of $2 billion for Ukraine, and Hungary pledged $1 billion on Thursday.", "2024-03-08")
		if e := statementOf(ann, "Hungary"); e != nil && e.Date.Start != "2024-03-07" {
			t.Errorf("date %+v, want 2024-03-07", e.Date)
		}
	})
}

// TestEndingTalksIsAStatement: "broke off the talks", "pulled out of the
// negotiations" end talks: a statement by who ends them, no meeting.
func TestEndingTalksIsAStatement(t *testing.T) {
	for _, c := range []struct{ name, text, speaker string }{
		{"broke off", "On Tuesday Aleksandar Vucic broke off the talks with the opposition in Belgrade.", "Aleksandar Vucic"},
		{"pulled out", "On Friday Hungary pulled out of the negotiations on the budget in Brussels.", "Hungary"},
		{"suspended", "Poland suspended its dialogue with Slovakia on Monday.", "Poland"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.speaker); e == nil {
				t.Errorf("no statement by %s: %+v", c.speaker, ann.Events)
			}
			if e := eventOf(ann, "Meeting"); e != nil {
				t.Errorf("meeting drafted: %+v", e)
			}
		})
	}
	t.Run("not: talks held", func(t *testing.T) {
		ann := draft(t, "Aleksandar Vucic held talks with Viktor Orban in Belgrade on Tuesday.", "2024-03-08")
		if e := eventOf(ann, "Meeting"); e == nil {
			t.Errorf("no meeting: %+v", ann.Events)
		}
	})
}

// TestTownProtestBesideTheNationwideOne: a new sentence that puts a
// crowd in a town by a verb tells a protest of its own beside the
// nationwide protest told without a town; a noun retells it.
func TestTownProtestBesideTheNationwideOne(t *testing.T) {
	for _, text := range []string{
		"Thousands of people protested across Serbia on Saturday against the election result. In Novi Sad, several hundred people marched to the town hall.",
		"Protests against the fuel price rise spread across Nigeria on Monday. In Kano, crowds set fire to tyres outside the governor's office.",
	} {
		t.Run(text, func(t *testing.T) {
			if n := countType(draft(t, text, "2024-03-08"), "Protest"); n != 2 {
				t.Errorf("%d protests, want 2", n)
			}
		})
	}
	t.Run("not: retold by a noun", func(t *testing.T) {
		text := "Thousands of people protested across Serbia on Saturday against the election result. The march in Belgrade was the largest in years."
		if n := countType(draft(t, text, "2024-03-08"), "Protest"); n != 1 {
			t.Errorf("%d protests, want 1", n)
		}
	})
}

// TestSecondDatedClauseOfASentence: a protest (or violence) told again by
// a later clause of the sentence that names a day of its own is a second
// event of that day.
func TestSecondDatedClauseOfASentence(t *testing.T) {
	for _, c := range []struct {
		name, text, typ string
		days            []string
	}{
		{"protest", "Workers marched in Accra on Monday, and on Thursday crowds set fire to tyres outside parliament.", "Protest", []string{"2024-03-04", "2024-03-07"}},
		{"violence", "Police fired tear gas at students in Jakarta on Tuesday, and on Wednesday soldiers opened fire on a crowd in Surabaya.", "Violence", []string{"2024-03-05", "2024-03-06"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			var got []string
			for _, e := range ann.Events {
				if e.Type == c.typ {
					got = append(got, e.Date.Start)
				}
			}
			if len(got) != len(c.days) || got[0] != c.days[0] || got[1] != c.days[1] {
				t.Errorf("%s days %v, want %v", c.typ, got, c.days)
			}
		})
	}
	// Two clauses of one day, or a clause with no day, tell one event.
	for _, text := range []string{
		"Workers marched in Accra on Monday and set fire to tyres outside parliament.",
		"Thousands marched in Accra on Monday, and crowds later blocked the main road.",
	} {
		t.Run("not: "+text, func(t *testing.T) {
			if n := countType(draft(t, text, "2024-03-08"), "Protest"); n != 1 {
				t.Errorf("%d protests, want 1", n)
			}
		})
	}
}

// TestRunThatBeganOn: a tally of violence or a protest told of a run of
// it "which began on September 27" runs from that day to the day of the
// story, unless the clause names a day of its own.
func TestRunThatBeganOn(t *testing.T) {
	for _, c := range []struct{ name, text, typ, start string }{
		{"fighting", "The health ministry of Ethiopia says at least 900 soldiers were killed in the fighting, which began on February 12.", "Violence", "2024-02-12"},
		{"protests", "Thousands have marched in Skopje in the protests that began on February 20.", "Protest", "2024-02-20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := eventOf(ann, c.typ)
			if e == nil {
				t.Fatalf("no %s in %+v", c.typ, ann.Events)
			}
			if e.Date.Start != c.start || e.Date.End != "2024-03-08" {
				t.Errorf("date %+v, want %s..2024-03-08", e.Date, c.start)
			}
		})
	}
	t.Run("not: a day of its own", func(t *testing.T) {
		ann := draft(t, "Sunday's marches in Skopje, the sixth weekend of protests that started in January, passed off calmly.", "2024-03-08")
		if e := eventOf(ann, "Protest"); e != nil && e.Date.Start != "2024-03-03" {
			t.Errorf("date %+v, want Sunday", e.Date)
		}
	})
}

// TestJudgedThatReports: "judged that", "warned that", "insisted that"
// report what follows as "said that" does: a verb of judging is a
// statement, and a protest or violence named in what it reports is not
// told anew.
func TestJudgedThatReports(t *testing.T) {
	for _, c := range []struct{ name, text, speaker string }{
		{"judged", "On Friday Aleksandar Vucic judged that Thursday's rally had been a success.", "Aleksandar Vucic"},
		{"considered", "Javier Milei considered that the strike of Wednesday had failed.", "Javier Milei"},
		{"warned", "Giorgia Meloni warned that the protests of last week had hurt tourism.", "Giorgia Meloni"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.speaker); e == nil {
				t.Errorf("no statement by %s: %+v", c.speaker, ann.Events)
			}
			if e := eventOf(ann, "Protest"); e != nil {
				t.Errorf("protest drafted: %+v", e)
			}
		})
	}
	t.Run("not: considered an offer", func(t *testing.T) {
		ann := draft(t, "Aleksandar Vucic considered the offer in Belgrade on Friday.", "2024-03-08")
		if n := countType(ann, "Statement"); n != 0 {
			t.Errorf("%d statements drafted: %+v", n, ann.Events)
		}
	})
}

// TestOngoingProtestsRunFromTheFirstDay: protests told as still going on
// ("have spread to", "entered their third week") run from the first day
// the story dates a protest or violence to publication.
func TestOngoingProtestsRunFromTheFirstDay(t *testing.T) {
	for _, c := range []struct{ name, text, start string }{
		{"entered their week", "The fuel protests have now spread to a dozen Kazakh towns and entered their second week.\n\nFebruary 26: Thousands of drivers rally in Almaty.", "2024-02-26"},
		{"have spread", "Anti-government protests have spread to the south of Peru.\n\nOn February 28, police fired tear gas at marchers in Lima.", "2024-02-28"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			var e *Event
			for i := range ann.Events {
				if ann.Events[i].Type == "Protest" && ann.Events[i].Date.End == "2024-03-08" {
					e = &ann.Events[i]
				}
			}
			if e == nil {
				t.Fatalf("no protest up to publication in %+v", ann.Events)
			}
			if e.Date.Start != c.start {
				t.Errorf("date %+v, want %s..2024-03-08", e.Date, c.start)
			}
		})
	}
	t.Run("not: a protest of a day", func(t *testing.T) {
		ann := draft(t, "February 26: Thousands of drivers rally in Almaty.\n\nOn Tuesday thousands marched in Astana.", "2024-03-08")
		for _, e := range ann.Events {
			if e.Type == "Protest" && e.Date.Start != e.Date.End {
				t.Errorf("protest widened: %+v", e.Date)
			}
		}
	})
}

// TestSayingInAClauseQualifyingANoun: "the session that Vucic had called
// for Thursday", "the reform which the president announced": a verb of
// saying in a clause that qualifies a noun tells no statement; after a
// verb of saying, "that" opens what is said.
func TestSayingInAClauseQualifyingANoun(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"Two unions skipped the session that Aleksandar Vucic had called for Thursday.", "Aleksandar Vucic"},
		{"Farmers rejected the plan that Viktor Orban had promised in January.", "Viktor Orban"},
		{"Unions marched in Rome on Friday against the reform which Giorgia Meloni announced in May.", "Giorgia Meloni"},
	} {
		t.Run(c.text, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.not); e != nil {
				t.Errorf("statement by %s: %+v", c.not, e)
			}
		})
	}
	t.Run("still: said that", func(t *testing.T) {
		ann := draft(t, "Hungary's foreign minister said on Monday that Viktor Orban had called for calm.", "2024-03-08")
		if n := countType(ann, "Statement"); n == 0 {
			t.Errorf("no statement: %+v", ann.Events)
		}
	})
}

// TestDecreeIssuedBy: "a decree was issued by X", "a statement was
// released by X": X speaks, told in the passive.
func TestDecreeIssuedBy(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"On Monday a decree was issued by the Serbian government, banning all rallies in Belgrade.", "Serbian government"},
		{"A statement was released by Hamas on Sunday.", "Hamas"},
		{"A communique was read out by the African Union on Tuesday.", "African Union"},
	} {
		t.Run(c.text, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			if e := statementOf(ann, c.speaker); e == nil {
				t.Errorf("no statement by %s: %+v", c.speaker, ann.Events)
			}
		})
	}
	t.Run("not: a warrant", func(t *testing.T) {
		ann := draft(t, "A warrant was issued by the court in Belgrade on Monday.", "2024-03-08")
		if n := countType(ann, "Statement"); n != 0 {
			t.Errorf("%d statements drafted: %+v", n, ann.Events)
		}
	})
}

// TestBanningProtestIsNoProtest: "banning all rallies", "prohibited
// street protests": a rule about protest is no protest; defying a ban is.
func TestBanningProtestIsNoProtest(t *testing.T) {
	for _, text := range []string{
		"On Monday a decree was issued by the Serbian government, banning all rallies in Belgrade.",
		"The Kazakh authorities prohibited street protests in Almaty on Tuesday.",
		"Parliament in Sarajevo voted on Wednesday to outlaw unauthorised demonstrations.",
	} {
		t.Run(text, func(t *testing.T) {
			if e := eventOf(draft(t, text, "2024-03-08"), "Protest"); e != nil {
				t.Errorf("protest drafted: %+v", e)
			}
		})
	}
	t.Run("still: defied a ban", func(t *testing.T) {
		if e := eventOf(draft(t, "Protesters defied a ban and marched in Belgrade on Monday.", "2024-03-08"), "Protest"); e == nil {
			t.Errorf("no protest")
		}
	})
}

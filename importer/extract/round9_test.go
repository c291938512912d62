package extract

import (
	"slices"
	"testing"
)

// Round 9: rules chosen by an error analysis of every miss on the dev
// set, each a general pattern of English news writing rather than a
// wording of one article. Every sentence here is written for the test,
// about other countries and people than the articles'.

// participant reports whether the event has the actor (by name or
// alias) in the role ("" for any role).
func participant(ann *Annotation, e *Event, name, role string) bool {
	a := actorNamed(ann, name)
	if a == nil || e == nil {
		return false
	}
	return slices.ContainsFunc(e.Participants, func(p Participant) bool {
		return p.Actor == a.ID && (role == "" || p.Role == role)
	})
}

// TestChamberVotesAreDebates: a legislature (or its members) voting on a
// measure, passing or rejecting it, or sitting in session debates; the
// chamber is a party even when only its members are named, and the
// votes for the measure are its count.
func TestChamberVotesAreDebates(t *testing.T) {
	for _, c := range []struct {
		name, text, chamber string
		votes               int64
	}{
		{"approved by votes", "The Senate of Paraguay approved, by 31 votes to 12, the president's request to declare a state of emergency on Monday.", "Senate of Paraguay", 31},
		{"members voted to", "The Peruvian Congress met in the capital on Monday. On Tuesday 87 lawmakers voted to remove the president.", "Peruvian Congress", 87},
		{"passes a reading", "3 March: the Sejm passes the second reading of the media bill by 228 votes to 216.", "Sejm", 228},
		{"session", "The Slovak parliament was silent for a week. Then parliament held an emergency session on Thursday and set up an inquiry.", "Slovak parliament", 0},
		{"members backed", "In a show of hands on Friday, 102 of the 150 deputies of the Dutch parliament backed a motion against the minister.", "Dutch parliament", 102},
	} {
		t.Run(c.name, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-08")
			e := eventOf(ann, "Debate")
			if e == nil {
				t.Fatalf("%q: no debate in %+v", c.text, ann.Events)
			}
			if c.chamber != "" && !participant(ann, e, c.chamber, "") && actorNamed(ann, c.chamber) != nil {
				t.Errorf("%q: %s takes no part: %+v", c.text, c.chamber, e.Participants)
			}
			switch {
			case c.votes == 0 && e.Count != nil:
				t.Errorf("%q: count %+v, want none", c.text, e.Count)
			case c.votes > 0 && (e.Count == nil || e.Count.Value != c.votes || e.Count.Qualifier != "exact"):
				t.Errorf("%q: count %+v, want %d exact", c.text, e.Count, c.votes)
			}
		})
	}
	// Others approving, a chamber as a place, a chamber's ballot for a
	// person: no debate.
	for _, text := range []string{
		"The army approved the new budget on Monday.",
		"Protesters gathered outside parliament in Bratislava on Monday.",
		"Parliament will vote on the bill next week.",
		"The IMF board approved a $1 billion loan to Ghana on Monday.",
	} {
		t.Run("not: "+text, func(t *testing.T) {
			if e := eventOf(draft(t, text, "2024-03-08"), "Debate"); e != nil {
				t.Errorf("%q: debate drafted: %+v", text, e)
			}
		})
	}
}

// TestSecondDeedOfAClause: a clause that tells one deed and then, by its
// verb, an arrest ("stormed the campus, detaining dozens", "fired tear
// gas and detained 20") tells two events; an arrest named by a noun
// ("the arrests") still retells the clause's event.
func TestSecondDeedOfAClause(t *testing.T) {
	for _, text := range []string{
		"On Sunday riot police stormed the university in Almaty, detaining dozens of students.",
		"Police fired tear gas at marchers in Tbilisi on Monday and detained 20 of them.",
	} {
		t.Run(text, func(t *testing.T) {
			evs := events(t, text, "2024-03-05")
			if len(evs["Arrest"]) == 0 || len(evs["Violence"])+len(evs["Protest"]) == 0 {
				t.Errorf("%q: want an arrest beside the other deed, got %v", text, evs)
			}
		})
	}
}

// TestProtestsTargetTheRulers: a protest that names no target is against
// the target the story's other protests name, else against the
// government and the ruler of the country the story tells; a rally for
// those in power targets no one.
func TestProtestsTargetTheRulers(t *testing.T) {
	const pub = "2024-03-05"
	t.Run("government and ruler", func(t *testing.T) {
		text := "President Kassym-Jomart Tokayev of Kazakhstan said on Friday the Kazakh government would not resign. " +
			"On Sunday thousands of people marched in Almaty."
		ann := draft(t, text, pub)
		e := eventOf(ann, "Protest")
		if e == nil {
			t.Fatalf("no protest in %+v", ann.Events)
		}
		for _, who := range []string{"Kassym-Jomart Tokayev", "Kazakh government"} {
			if !participant(ann, e, who, "target") {
				t.Errorf("%s is no target: %+v", who, e.Participants)
			}
		}
	})
	t.Run("the story's target", func(t *testing.T) {
		text := "President Kassym-Jomart Tokayev of Kazakhstan spoke on Friday. " +
			"On Saturday students protested against Interior Minister Erlan Turgumbayev in Astana. " +
			"On Sunday thousands of people marched in Almaty."
		ann := draft(t, text, pub)
		for _, e := range ann.Events {
			if e.Type == "Protest" && !participant(ann, &e, "Erlan Turgumbayev", "target") {
				t.Errorf("protest %s is not against Turgumbayev: %+v", e.ID, e.Participants)
			}
		}
	})
	t.Run("rally for the government", func(t *testing.T) {
		text := "President Kassym-Jomart Tokayev of Kazakhstan spoke on Friday. " +
			"On Sunday thousands of pro-government supporters rallied in Almaty."
		ann := draft(t, text, pub)
		if e := eventOf(ann, "Protest"); e != nil && participant(ann, e, "Kassym-Jomart Tokayev", "target") {
			t.Errorf("a rally for Tokayev targets him: %+v", e.Participants)
		}
	})
}

// TestProtestAimedAt: what a protest is aimed at ("against", "outside",
// "demanding the resignation of") is its target, a person or a body.
func TestProtestAimedAt(t *testing.T) {
	for _, c := range []struct{ text, target string }{
		{"On Saturday students protested against Interior Minister Erlan Turgumbayev in Astana.", "Erlan Turgumbayev"},
		{"On Saturday thousands marched in Lima demanding the resignation of President Dina Boluarte.", "Dina Boluarte"},
	} {
		t.Run(c.target, func(t *testing.T) {
			ann := draft(t, c.text, "2024-03-05")
			if e := eventOf(ann, "Protest"); !participant(ann, e, c.target, "target") {
				t.Errorf("%q: %s is no target of %+v", c.text, c.target, e)
			}
		})
	}
}

// TestPerfectStatementSinceWhomItNames: an undated statement told in the
// perfect was made since the latest event the story dates of someone it
// names ("has said he will respect the decision of Iohannis", after
// Iohannis decided); one that names no one else dated goes back to the
// first day the story tells.
func TestPerfectStatementSinceWhomItNames(t *testing.T) {
	const head = "Romanian unions marched in Bucharest on Monday against President Klaus Iohannis.\n\n" +
		"On Wednesday, Iohannis dismissed Defence Minister Angel Tilvar.\n\n"
	for _, c := range []struct{ last, speaker, start string }{
		{"Prime Minister Marcel Ciolacu has said he will respect the decision of Iohannis.", "Marcel Ciolacu", "2024-03-06"},
		{"Prime Minister Marcel Ciolacu has said he will stay in office.", "Marcel Ciolacu", "2024-03-04"},
	} {
		t.Run(c.last, func(t *testing.T) {
			if got := startOf(draft(t, head+c.last, "2024-03-08"), "Statement", c.speaker); got != c.start {
				t.Errorf("%q: statement starts %q, want %s", c.last, got, c.start)
			}
		})
	}
}

// TestAfterTheEventNoun: "Hours after the riot", "after the deal": an
// event dated by a noun for one the story told takes that event's day.
func TestAfterTheEventNoun(t *testing.T) {
	text := "Protesters stormed the parliament in Skopje on Tuesday, smashing windows.\n\n" +
		"Hours after the riot, police detained 30 people across North Macedonia."
	if got := startOf(draft(t, text, "2024-03-08"), "Arrest", "Macedonian police"); got != "2024-03-05" {
		t.Errorf("arrest starts %q, want 2024-03-05", got)
	}
}

// TestSentenceOpeningInstitution: "The Kenyan parliament" opening a
// sentence is Kenya's parliament; a demonym in -k names its country's
// bodies ("Slovak government").
func TestSentenceOpeningInstitution(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The Kenyan parliament met on Monday.", "Kenyan parliament"},
		{"The Slovak government resigned on Monday.", "Slovak government"},
		{"On Monday the Uzbek government resigned.", "Uzbek government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if a := actorNamed(draft(t, c.text, "2024-03-05"), c.name); a == nil || a.Kind != "Organization" {
				t.Errorf("%q: no organisation %q", c.text, c.name)
			}
		})
	}
}

// TestDayBeforeMonthIsNoMarch: "3 March:" dates a timeline's entry; it
// tells no march.
func TestDayBeforeMonthIsNoMarch(t *testing.T) {
	if e := eventOf(draft(t, "3 March: the cabinet of Lithuania resigned.", "2024-03-05"), "Protest"); e != nil {
		t.Errorf("protest drafted: %+v", e)
	}
}

// TestQualifiedEventNounOfTime: "after an emergency cabinet meeting, X
// announced": the meeting only says when; the announcement is told.
func TestQualifiedEventNounOfTime(t *testing.T) {
	text := "That evening, after an emergency cabinet meeting with President Vahagn Khachaturyan, Prime Minister Nikol Pashinyan announced that he had dismissed the governor of Syunik."
	evs := events(t, text, "2024-03-08")
	if len(evs["Meeting"]) > 0 || len(evs["Statement"]) == 0 {
		t.Errorf("%q: want a statement and no meeting, got %v", text, evs)
	}
	// A meeting told as such is still one.
	text = "On Tuesday Prime Minister Nikol Pashinyan held an emergency meeting with President Vahagn Khachaturyan."
	if evs := events(t, text, "2024-03-08"); len(evs["Meeting"]) == 0 {
		t.Errorf("%q: no meeting in %v", text, evs)
	}
}

// TestFormalMinistryNames: a ministry whose short name drops a word also
// goes by its formal name, which other writers use.
func TestFormalMinistryNames(t *testing.T) {
	for _, c := range []struct{ text, alias string }{
		{"The Peruvian Foreign Ministry summoned the envoy on Monday.", "Ministry of Foreign Affairs of Peru"},
		{"The Ukrainian Interior Ministry said on Monday that 12 people were detained.", "Ministry of Internal Affairs of Ukraine"},
		{"The Ukrainian Interior Ministry said on Monday that 12 people were detained.", "Ministry of Interior of Ukraine"},
		{"The Polish Defence Ministry said on Monday that a drone had crashed.", "Ministry of National Defence of Poland"},
	} {
		t.Run(c.alias, func(t *testing.T) {
			if a := actorNamed(draft(t, c.text, "2024-03-05"), c.alias); a == nil || a.Kind != "Organization" {
				t.Errorf("%q: no organisation %q", c.text, c.alias)
			}
		})
	}
	if a := actorNamed(draft(t, "The Peruvian Foreign Ministry summoned the envoy on Monday.", "2024-03-05"), "Ministry of Foreign of Peru"); a != nil {
		t.Errorf("broken formal name drafted: %+v", a)
	}
}

// TestTranscriptSpeakerLabels: the label that says who speaks in a
// transcript ("PETROVA:") is not whom "he" means, nor the subject of
// what the speaker tells.
func TestTranscriptSpeakerLabels(t *testing.T) {
	text := "HOST: Good morning. Our guest is the analyst Nadia Petrova. What did the government do?\n\n" +
		"NADIA PETROVA: Prime Minister Kaja Kallas met the union leaders on Tuesday.\n\n" +
		"PETROVA: He met representatives of the farmers on Wednesday and promised new subsidies."
	ann := draft(t, text, "2024-03-08")
	e := eventOf(ann, "Statement")
	if !participant(ann, e, "Kaja Kallas", "speaker") || participant(ann, e, "Nadia Petrova", "") {
		t.Errorf("want Kallas, not Petrova, to promise: %+v", e)
	}
}

// TestPronounInsideTrigger: "ordered him held": the pronoun the trigger
// holds is its object, the person named last.
func TestPronounInsideTrigger(t *testing.T) {
	text := "Opposition leader Pavel Latushko returned to Belarus on Sunday. A judge in Minsk ordered him held for ten days on Monday."
	ann := draft(t, text, "2024-03-08")
	if e := eventOf(ann, "Arrest"); !participant(ann, e, "Pavel Latushko", "detainee") {
		t.Errorf("Latushko is no detainee of %+v", e)
	}
}

// TestTheTreasury: "the Treasury" in a story on a country is that
// country's treasury, a state body that speaks.
func TestTheTreasury(t *testing.T) {
	text := "Ghana raised fuel prices on Monday, but the Treasury said it would keep collecting the fuel tax."
	ann := draft(t, text, "2024-03-08")
	if a := actorNamed(ann, "Treasury of Ghana"); a == nil || a.Kind != "Organization" {
		t.Fatalf("no Treasury of Ghana in %+v", ann.Actors)
	}
	if e := eventOf(ann, "Statement"); !participant(ann, e, "Treasury of Ghana", "speaker") {
		t.Errorf("the treasury does not speak: %+v", e)
	}
}

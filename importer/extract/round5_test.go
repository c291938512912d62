package extract

import (
	"slices"
	"strings"
	"testing"
)

// dated returns the first event of a type with the actor among its
// participants, if any.
func dated(ann *Annotation, typ, name string) *Event {
	a := actorNamed(ann, name)
	if a == nil {
		return nil
	}
	for i, e := range ann.Events {
		if _, ok := roles(e)[a.ID]; ok && e.Type == typ {
			return &ann.Events[i]
		}
	}
	return nil
}

// TestUndatedStatementSpansSinceLastDay: a statement the text does not
// date was made between the latest day the story has told and
// publication; with only the publication day told, on that day.
func TestUndatedStatementSpansSinceLastDay(t *testing.T) {
	for _, c := range []struct{ text, speaker, start, end string }{
		{"Riot police dispersed a march in Valencia on Tuesday.\n\nThe European Commission has urged both sides to show restraint.", "European Commission", "2024-02-13", "2024-02-16"},
		{"QUITO, Feb 16 (Andes Wire) - Soldiers detained 40 inmates in Guayaquil on Wednesday.\n\nHuman Rights Watch has condemned the detentions.", "Human Rights Watch", "2024-02-14", "2024-02-16"},
		{"Riot police dispersed a march in Valencia on Friday.\n\nThe European Commission has urged both sides to show restraint.", "European Commission", "2024-02-16", "2024-02-16"},
	} {
		ann := draft(t, c.text, "2024-02-16")
		var e *Event
		if c.speaker != "" {
			e = dated(ann, "Statement", c.speaker)
		} else {
			e = eventOf(ann, "Statement")
		}
		if e == nil || e.Date == nil {
			t.Errorf("%q: no dated statement", c.text)
			continue
		}
		end := e.Date.End
		if end == "" {
			end = e.Date.Start
		}
		if e.Date.Start != c.start || end != c.end || e.Date.Precision != "day" {
			t.Errorf("%q: date %+v, want %s..%s (day)", c.text, *e.Date, c.start, c.end)
		}
	}
}

// TestNameWhoseSurnameRecurs: capitalised words whose last word stands
// alone elsewhere the way a surname does name a person, who is then
// found by that word; so do names whose first word recurs so, as where
// people go by their given names, and a name read through a possessive.
func TestNameWhoseSurnameRecurs(t *testing.T) {
	for _, c := range []struct{ text, person, typ string }{
		{"The court acquitted Bongani Dlamini of fraud on Monday. Dlamini thanked his lawyers outside the court.", "Bongani Dlamini", "Statement"},
		{"Thousands cheered Srettha Thavisin in Chiang Mai on Friday. Srettha told the crowd that wages would rise.", "Srettha Thavisin", "Statement"},
		{"Mariam Touré's arrest shocked Bamako. Gendarmes said Touré was detained on Tuesday at her office.", "Mariam Touré", "Arrest"},
	} {
		ann := draft(t, c.text, "2024-02-16")
		if actorNamed(ann, c.person) == nil {
			t.Errorf("%q: no person %s in %+v", c.text, c.person, ann.Actors)
			continue
		}
		if dated(ann, c.typ, c.person) == nil {
			t.Errorf("%q: no %s with %s", c.text, c.typ, c.person)
		}
	}
	// Words apart are not one name; a place named once is no person.
	for _, c := range []struct{ text, not string }{
		{"According to Halvorsen, Ingrid told the board on Monday that she would resign. Halvorsen was not there.", "Halvorsen Ingrid"},
		{"Hundreds marched through Vila Nova on Sunday.", "Vila Nova"},
	} {
		if a := actorNamed(draft(t, c.text, "2024-02-16"), c.not); a != nil {
			t.Errorf("%q: actor %+v", c.text, *a)
		}
	}
}

// TestMoreNamesInApposition: a name after "X's envoy,", before ", whose" or
// ", a … and former minister," is a person's.
func TestMoreNamesInApposition(t *testing.T) {
	for _, c := range []struct{ text, person string }{
		{"Norway's special envoy, Tor Wennesland, urged calm on Monday.", "Tor Wennesland"},
		{"Giorgia Meloni, whose coalition won in September, spoke in Rome on Monday.", "Giorgia Meloni"},
		{"Hamid Karzai, a tribal elder and former interim president, was stopped at the airport on Monday.", "Hamid Karzai"},
	} {
		if actorNamed(draft(t, c.text, "2024-02-16"), c.person) == nil {
			t.Errorf("%q: no person %s", c.text, c.person)
		}
	}
}

// TestBodiesNamedByANoun: a lower-case noun for a body of people next to
// capitalised words names an organisation: "the ruling Frelimo
// coalition", "the farmers' union Coldiretti", "Podemos, a left-wing
// party,"; so does a name ending in "Society".
func TestBodiesNamedByANoun(t *testing.T) {
	for _, c := range []struct{ text, org string }{
		{"The opposition Chama Cha Mapinduzi alliance staged a march in Arusha on Friday.", "Chama Cha Mapinduzi"},
		{"Tractors were driven into Rome on Friday by the farmers' union Coldiretti.", "Coldiretti"},
		{"Podemos, a left-wing party, criticised the budget on Friday.", "Podemos"},
		{"The Royal Geographical Society condemned the expedition on Friday.", "Royal Geographical Society"},
	} {
		a := actorNamed(draft(t, c.text, "2024-02-16"), c.org)
		if a == nil || a.Kind != "Organization" {
			t.Errorf("%q: no organisation %s", c.text, c.org)
		}
	}
}

// TestSemicolonEndsTheClauseDate: a date after a semicolon belongs to
// what follows it, not to an event before it.
func TestSemicolonEndsTheClauseDate(t *testing.T) {
	text := "Wednesday's ruling stunned the capital. Students burned tyres in Lima that night; a vendor said he had sold them the tyres in early January."
	e := eventOf(draft(t, text, "2024-02-16"), "Protest")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-14" {
		t.Errorf("%q: protest %+v, want it on 2024-02-14", text, e)
	}
}

// TestCalledForADay: a strike or march someone calls has not happened,
// and the day it is called for dates nothing; the call is a statement.
func TestCalledForADay(t *testing.T) {
	text := "The dockers' union met in Antwerp on Thursday and called a 48-hour strike for Monday."
	ann := draft(t, text, "2024-02-16")
	if e := eventOf(ann, "Protest"); e != nil {
		t.Errorf("%q: protest %+v", text, *e)
	}
	text = "The teachers' federation called a general strike for Tuesday. Its leader Ana Paiva said on Thursday that talks had failed. She said afterwards that schools would close."
	for _, e := range draft(t, text, "2024-02-16").Events {
		if e.Date != nil && e.Date.Start == "2024-02-13" {
			t.Errorf("%q: %s dated on the Tuesday called for", text, e.Type)
		}
	}
}

// TestPronounOpeningASentence: "He said" at a sentence's start goes on
// with the person the sentence before opened with, not the one it named
// last.
func TestPronounOpeningASentence(t *testing.T) {
	text := "Union leader Kofi Mensah addressed dockworkers in Tema on Friday, saying the deal signed by President Nana Akufo-Addo had failed them. He said the union would appeal to the courts."
	ann := draft(t, text, "2024-02-16")
	for _, e := range ann.Events {
		if e.Type != "Statement" || !slices.ContainsFunc(e.Quotes, func(q string) bool { return strings.HasPrefix(q, "He said") }) {
			continue
		}
		if p := actorNamed(ann, "Kofi Mensah"); p == nil || roles(e)[p.ID] != "speaker" {
			t.Errorf("%q: speaker of %q is not Kofi Mensah: %v", text, e.Quotes[0], roles(e))
		}
		return
	}
	t.Errorf("%q: no statement opening with He", text)
}

// TestPassiveStatement: "was condemned by X": X speaks, what is
// condemned is the subject.
func TestPassiveStatement(t *testing.T) {
	text := "The jailing of the blogger Ahmed Ferhat was condemned by Amnesty International on Monday."
	ann := draft(t, text, "2024-02-16")
	e := eventOf(ann, "Statement")
	ai, af := actorNamed(ann, "Amnesty International"), actorNamed(ann, "Ahmed Ferhat")
	if e == nil || ai == nil || af == nil {
		t.Fatalf("%q: no statement of Amnesty about Ferhat: %+v", text, ann.Events)
	}
	if r := roles(*e); r[ai.ID] != "speaker" || r[af.ID] != "subject" {
		t.Errorf("%q: roles %v", text, r)
	}
}

// TestTimelinePresentTense: timelines tell the past in the present:
// "accuses", "storm the", "gather in", "is picked up"; what someone is
// asked to hold has not happened.
func TestTimelinePresentTense(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"March 3 - Opposition leader Kemal Arslan accuses the governor of rigging the count.", "Statement"},
		{"March 4 - Students storm the rector's office in Izmir.", "Protest"},
		{"March 5 - Hundreds of farmers gather in front of the ministry in Ankara.", "Protest"},
		{"March 6 - Journalist Deniz Kaya is picked up by police at her home.", "Arrest"},
	} {
		if eventOf(draft(t, c.text, "2024-03-10"), c.typ) == nil {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
	}
	text := "March 7 - Opposition leader Kemal Arslan asks supporters to hold marches at the weekend."
	if e := eventOf(draft(t, text, "2024-03-10"), "Protest"); e != nil {
		t.Errorf("%q: protest %+v", text, *e)
	}
}

// TestUndatedEventDatesNothing: an event the text does not date lends
// no date to the sentence after it.
func TestUndatedEventDatesNothing(t *testing.T) {
	text := "Riot police dispersed a march in Valencia on Tuesday.\n\nAt least four people were injured in the unrest, according to medics. The mayor, Ana Ruiz, insists the city is calm."
	ann := draft(t, text, "2024-02-16")
	e := dated(ann, "Statement", "Ana Ruiz")
	if e == nil || e.Date == nil || e.Date.Precision != "day" {
		t.Errorf("%q: statement %+v, want a day interval", text, e)
	}
}

// TestConjoinedClauseStatement: "…, and on Thursday X said" is a
// statement of its own, not an attribution of what precedes.
func TestConjoinedClauseStatement(t *testing.T) {
	text := "Farmers blocked the ring road around Brussels on Monday, and on Thursday Agriculture Minister David Clarinval said the government would meet them."
	ann := draft(t, text, "2024-02-16")
	e := dated(ann, "Statement", "David Clarinval")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-15" {
		t.Errorf("%q: statement %+v, want one on 2024-02-15", text, e)
	}
}

// TestTallySinceTheUnrestBegan: a tally told "since the unrest began"
// runs from the first day of unrest the story dates, even when that day
// is told after it.
func TestTallySinceTheUnrestBegan(t *testing.T) {
	text := "Interior Minister Mateo Rojas told reporters on Friday that 210 people had been arrested since the protests began.\n\nThe protests began on Monday, when taxi drivers blocked roads in Asunción."
	e := eventOf(draft(t, text, "2024-02-16"), "Arrest")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-12" || e.Date.End != "2024-02-16" {
		t.Errorf("%q: arrest %+v, want 2024-02-12..2024-02-16", text, e)
	}
}

// TestLiveEntryIsOfTheDay: a live report's entry stamped with a time of
// day tells what happened that day.
func TestLiveEntryIsOfTheDay(t *testing.T) {
	text := "Live: unrest in the capital\n\n14:20 Riot police detained 30 people near the parliament in Tbilisi.\n\n11:05 GMT Protesters marched to the main square."
	ann := draft(t, text, "2024-02-16")
	for _, typ := range []string{"Arrest", "Protest"} {
		e := eventOf(ann, typ)
		if e == nil || e.Date == nil || e.Date.Start != "2024-02-16" || e.Date.Precision != "day" {
			t.Errorf("%q: %s %+v, want it on 2024-02-16", text, typ, e)
		}
	}
}

// TestTownsAndSites: "the northern city of X" declares a town the
// lexicon does not know, found alone later; a university or hospital
// where something happens is a site, not an actor; a place put first in
// a sentence is where its events happened, and the same deed in two
// towns is two events.
func TestTownsAndSites(t *testing.T) {
	text := "Police fired tear gas at marchers in Lima on Friday. Hundreds more rallied in the southern city of Arequipa.\n\nIn Arequipa, a doctor said police had beaten two students on Friday."
	ann := draft(t, text, "2024-02-16")
	var places []string
	for _, e := range ann.Events {
		if e.Type == "Violence" {
			places = append(places, e.Place)
		}
	}
	if !slices.Contains(places, "arequipa") || !slices.Contains(places, "lima") {
		t.Errorf("%q: violence in %v, want one in Lima and one in Arequipa", text, places)
	}
	text = "Soldiers stormed Kwame Nkrumah University on Sunday, detaining dozens of students."
	ann = draft(t, text, "2024-02-16")
	if a := actorNamed(ann, "Kwame Nkrumah University"); a != nil {
		t.Errorf("%q: the university is an actor", text)
	}
	if !slices.ContainsFunc(ann.Places, func(p Place) bool { return p.Name == "Kwame Nkrumah University" && p.Kind == "site" }) {
		t.Errorf("%q: no site in %+v", text, ann.Places)
	}
}

// TestJudgedNounIsNoEvent: "condemned the arrests" judges arrests told
// elsewhere; it is a statement, not an arrest by who condemns.
func TestJudgedNounIsNoEvent(t *testing.T) {
	text := "Amnesty International condemned the arrests on Tuesday."
	ann := draft(t, text, "2024-02-16")
	if e := eventOf(ann, "Arrest"); e != nil {
		t.Errorf("%q: arrest %+v", text, *e)
	}
	if !hasEvent(ann, "Statement", "Amnesty International") {
		t.Errorf("%q: no statement", text)
	}
}

// TestCountedCrowdMarched: "the ministry counted 90,000 marchers" tells
// a protest; gendarmes are a force of their own.
func TestCountedCrowdMarched(t *testing.T) {
	text := "The interior ministry counted 90,000 marchers in Lisbon on Saturday."
	if eventOf(draft(t, text, "2024-02-16"), "Protest") == nil {
		t.Errorf("%q: no protest", text)
	}
	text = "Gendarmes detained 15 people in Thiès on Saturday."
	ann := draft(t, text, "2024-02-16")
	e := eventOf(ann, "Arrest")
	if e == nil || !slices.ContainsFunc(ann.Actors, func(a Actor) bool {
		return strings.Contains(a.Name, "gendarmerie") || strings.Contains(a.Name, "Gendarmerie")
	}) {
		t.Errorf("%q: no arrest by the gendarmerie: %+v %+v", text, e, ann.Actors)
	}
}

// TestOrgNameStopsBeforeADay: "the Electoral Council on Monday" names the
// council, not "Electoral Council on Monday".
func TestOrgNameStopsBeforeADay(t *testing.T) {
	text := "The Supreme Electoral Council on Monday rejected the appeal."
	ann := draft(t, text, "2024-02-16")
	if actorNamed(ann, "Supreme Electoral Council") == nil {
		t.Errorf("%q: actors %+v", text, ann.Actors)
	}
}

// TestAWeekAway: "a week ago" is the same weekday a week before
// publication, and "a week earlier" a week before the event told last;
// both are days.
func TestAWeekAway(t *testing.T) {
	for _, c := range []struct{ text, typ, start string }{
		{"Soldiers detained the mayor of Cuenca a week ago.", "Arrest", "2024-02-09"},
		{"Police detained the mayor of Cuenca on Thursday.\n\nGovernor Paola Vintimilla, speaking at a rally a week earlier, had warned the mayor to resign.", "Statement", "2024-02-08"},
	} {
		ann := draft(t, c.text, "2024-02-16")
		var e *Event
		for i := range ann.Events {
			if ann.Events[i].Type == c.typ {
				e = &ann.Events[i]
			}
		}
		if e == nil || e.Date == nil || e.Date.Start != c.start || e.Date.Precision != "day" {
			t.Errorf("%q: %s %+v, want it on %s", c.text, c.typ, e, c.start)
		}
	}
}

// TestSubjectBeforeAnAside: "Ruto, speaking in Nakuru, had told …": the
// name the sentence opens with speaks, past the aside.
func TestSubjectBeforeAnAside(t *testing.T) {
	text := "President Lula da Silva opened the summit on Monday. Lula, addressing diplomats in Brasília later, had told them to expect a deal."
	ann := draft(t, text, "2024-02-16")
	found := false
	for _, e := range ann.Events {
		if e.Type == "Statement" && slices.ContainsFunc(e.Quotes, func(q string) bool { return strings.HasPrefix(q, "Lula, addressing") }) {
			found = true
			if p := actorNamed(ann, "Lula da Silva"); p == nil || roles(e)[p.ID] != "speaker" {
				t.Errorf("%q: roles %v", text, roles(e))
			}
		}
	}
	if !found {
		t.Errorf("%q: no statement: %+v", text, ann.Events)
	}
}

// TestInterviewWithAPaper: "said in an interview with the X Y" is an
// interview that happened, with the paper as interviewer; "the channels
// X and Y" names two media.
func TestInterviewWithAPaper(t *testing.T) {
	text := "Defence Minister Rustem Umerov said in an interview with the Kyiv Independent on Tuesday that supplies were late."
	ann := draft(t, text, "2024-02-16")
	e := eventOf(ann, "Interview")
	p, o := actorNamed(ann, "Rustem Umerov"), actorNamed(ann, "Kyiv Independent")
	if e == nil || p == nil || o == nil || roles(*e)[p.ID] != "interviewee" || roles(*e)[o.ID] != "interviewer" {
		t.Errorf("%q: interview %+v", text, e)
	}
	text = "The debate was broadcast on Monday by the channels RTL4 and NPO 1."
	ann = draft(t, text, "2024-02-16")
	for _, n := range []string{"RTL4", "NPO 1"} {
		if actorNamed(ann, n) == nil {
			t.Errorf("%q: no %s in %+v", text, n, ann.Actors)
		}
	}
}

// TestBareGovernment: "the government" is the story's country's.
func TestBareGovernment(t *testing.T) {
	text := "Thousands marched across Ecuador on Monday. The government said the fuel subsidy would stay."
	ann := draft(t, text, "2024-02-16")
	if a := actorNamed(ann, "Government of Ecuador"); a == nil || !hasEvent(ann, "Statement", "Government of Ecuador") {
		t.Errorf("%q: no statement by Ecuador's government: %+v", text, ann.Actors)
	}
}

// TestCrowdAsTheyMarched: "fired tear gas at supporters as they
// marched": the supporters marched, an event of its own.
func TestCrowdAsTheyMarched(t *testing.T) {
	text := "Police fired tear gas at opposition supporters in Caracas on Saturday as they marched on the electoral council."
	ann := draft(t, text, "2024-02-16")
	if eventOf(ann, "Violence") == nil || eventOf(ann, "Protest") == nil {
		t.Errorf("%q: events %+v", text, ann.Events)
	}
}

// TestQuestionsAndMeansTellNothing: a question heading tells no event;
// nor do talks named as the means of what someone is urged to do.
func TestQuestionsAndMeansTellNothing(t *testing.T) {
	for _, text := range []string{
		"Who has the army arrested?",
		"The UN envoy urged both camps on Tuesday to end the standoff through talks.",
	} {
		ann := draft(t, text, "2024-02-16")
		for _, e := range ann.Events {
			if e.Type == "Arrest" || e.Type == "Meeting" {
				t.Errorf("%q: %s %+v", text, e.Type, e)
			}
		}
	}
}

// TestRelativeWithAKnownSurname: "Grace Mugabe" is not Robert Mugabe.
func TestRelativeWithAKnownSurname(t *testing.T) {
	text := "Robert Mugabe resigned on Tuesday. Grace Mugabe, his wife, left for Singapore on Wednesday."
	ann := draft(t, text, "2017-11-23")
	if actorNamed(ann, "Grace Mugabe") == nil || actorNamed(ann, "Robert Mugabe") == nil {
		t.Errorf("%q: actors %+v", text, ann.Actors)
	}
}

// TestCommunityAndRally: "Community" and "Rally" end names of bodies.
func TestCommunityAndRally(t *testing.T) {
	for _, c := range []struct{ text, org string }{
		{"The East African Community suspended talks on Monday.", "East African Community"},
		{"The Democratic Rally won the vote in Nicosia on Sunday.", "Democratic Rally"},
	} {
		if actorNamed(draft(t, c.text, "2024-02-16"), c.org) == nil {
			t.Errorf("%q: no %s", c.text, c.org)
		}
	}
}

// TestDaysAfterWhatItTells: "Five days after the president dissolved
// parliament" dates the dissolution five days before publication; an
// event dated only for want of a date does not narrow the interval of an
// undated statement told later.
func TestDaysAfterWhatItTells(t *testing.T) {
	text := "Four days after President Irfaan Ali accused the opposition of treason, the capital was calm.\n\nSoldiers detained 20 people in Linden on Monday.\n\nThe Caribbean Community has urged restraint."
	ann := draft(t, text, "2024-02-16")
	e := dated(ann, "Statement", "Irfaan Ali")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-12" {
		t.Errorf("%q: statement %+v, want it on 2024-02-12", text, e)
	}
	e = dated(ann, "Statement", "Caribbean Community")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-12" || e.Date.End != "2024-02-16" {
		t.Errorf("%q: statement %+v, want 2024-02-12..2024-02-16", text, e)
	}
}

// TestFallbackDayNarrowsNothing: a statement dated to publication for
// want of a date does not stand for the latest day the story told.
func TestFallbackDayNarrowsNothing(t *testing.T) {
	text := "Opposition leader Aubrey Norton said tensions were high in Georgetown.\n\nSoldiers detained 20 people in Linden on Monday.\n\nThe Caribbean Community has urged restraint."
	e := dated(draft(t, text, "2024-02-16"), "Statement", "Caribbean Community")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-12" || e.Date.End != "2024-02-16" {
		t.Errorf("%q: statement %+v, want 2024-02-12..2024-02-16", text, e)
	}
}

// TestWireStoryGoesOnWithTheDayTold: in a story with a dateline, an
// undated event goes on with the day told last when that is close to
// the dateline's day.
func TestWireStoryGoesOnWithTheDayTold(t *testing.T) {
	text := "LIMA, Feb 16 (Andes Wire) - Thousands of farmers marched on Congress on Thursday.\n\nRiot police fired tear gas at marchers near the Plaza San Martín."
	e := eventOf(draft(t, text, "2024-02-16"), "Violence")
	if e == nil || e.Date == nil || e.Date.Start != "2024-02-15" {
		t.Errorf("%q: violence %+v, want it on 2024-02-15", text, e)
	}
}

// TestVoteOnAMotionElectsNoOne: a vote on motions or a bill is no
// election.
func TestVoteOnAMotionElectsNoOne(t *testing.T) {
	text := "Tuesday's vote on a motion of censure left Prime Minister Luís Montenegro in office."
	if e := eventOf(draft(t, text, "2024-02-16"), "Election"); e != nil {
		t.Errorf("%q: election %+v", text, *e)
	}
}

// TestDatelineInAnyScript: "BOGOTÁ, March 15 (Wire) -" is a dateline:
// its date dates nothing, the weekday after it does.
func TestDatelineInAnyScript(t *testing.T) {
	text := "ASUNCIÓN, March 15 (Probe Wire) - Riot police detained 48 students on Thursday."
	e := eventOf(draft(t, text, "2024-03-15"), "Arrest")
	if e == nil || e.Date == nil || e.Date.Start != "2024-03-14" {
		t.Errorf("%q: arrest %+v, want it on 2024-03-14", text, e)
	}
}

// TestRetoldEventOpensTheSentence: "The detentions came a day after X
// met Y" tells when the detentions came; X was not detained.
func TestRetoldEventOpensTheSentence(t *testing.T) {
	text := "Riot police detained 48 students in Bogotá on Thursday.\n\nThe detentions came a day after President Gustavo Petro met student leader Jennifer Pedraza."
	ann := draft(t, text, "2024-03-15")
	if p := actorNamed(ann, "Gustavo Petro"); p != nil && dated(ann, "Arrest", "Gustavo Petro") != nil {
		t.Errorf("%q: Petro detained: %+v", text, ann.Events)
	}
	if e := dated(ann, "Meeting", "Gustavo Petro"); e == nil || e.Date == nil || e.Date.Start != "2024-03-13" {
		t.Errorf("%q: meeting %+v, want it on 2024-03-13", text, e)
	}
}

// TestSemicolonStartsTheClauseDate: a date before a semicolon does not
// date what follows it when that names its own.
func TestSemicolonStartsTheClauseDate(t *testing.T) {
	text := "On Monday, dockers in Durban walked off the job; by Wednesday the strike had reached Richards Bay, where police used rubber bullets on pickets."
	ann := draft(t, text, "2024-04-20")
	if e := eventOf(ann, "Protest"); e == nil || e.Date == nil || e.Date.Start != "2024-04-15" {
		t.Errorf("%q: protest %+v, want it on 2024-04-15", text, e)
	}
	if e := eventOf(ann, "Violence"); e == nil || e.Date == nil || e.Date.Start != "2024-04-17" {
		t.Errorf("%q: violence %+v, want it on 2024-04-17", text, e)
	}
}

// TestPronounBeforeTheFirstName: "he told the Daily Star in an
// interview": the pronoun speaks, the paper asks.
func TestPronounBeforeTheFirstName(t *testing.T) {
	text := "Labour Minister Nomakhosazana Meth said the wage board would not be rushed. \"We cannot decide under pressure,\" she told the Sowetan in an interview published on Thursday."
	ann := draft(t, text, "2024-04-20")
	e := eventOf(ann, "Interview")
	p, o := actorNamed(ann, "Nomakhosazana Meth"), actorNamed(ann, "Sowetan")
	if e == nil || p == nil || o == nil || roles(*e)[p.ID] != "interviewee" || roles(*e)[o.ID] != "interviewer" {
		t.Errorf("%q: interview %+v", text, e)
	}
}

// TestLastingDetentionIsNoArrest: "whose leader remains under house
// arrest" tells a state; "BNP secretary general X": the party qualifies
// the person detained.
func TestLastingDetentionIsNoArrest(t *testing.T) {
	text := "The Awami League, whose leader Obaidul Quader remains under house arrest, said its members had joined the protests."
	if e := eventOf(draft(t, text, "2024-04-20"), "Arrest"); e != nil {
		t.Errorf("%q: arrest %+v", text, *e)
	}
	text = "Police arrested BNP secretary general Mirza Fakhrul Islam Alamgir at his home in Dhaka on Friday."
	ann := draft(t, text, "2024-04-20")
	e := eventOf(ann, "Arrest")
	if e == nil {
		t.Fatalf("%q: no arrest", text)
	}
	if b := actorNamed(ann, "BNP"); b != nil && roles(*e)[b.ID] != "" {
		t.Errorf("%q: the party takes part: %v", text, roles(*e))
	}
}

// TestUndatedTallyRunsFromTheStart: "at least 40 people have been
// killed" tells the whole unrest's toll, from its first day told.
func TestUndatedTallyRunsFromTheStart(t *testing.T) {
	text := "Security forces opened fire on marchers in Nairobi on April 9.\n\nAt least 40 people have been killed, according to Amnesty International."
	ann := draft(t, text, "2024-04-20")
	var e *Event
	for i := range ann.Events {
		if ann.Events[i].Type == "Violence" && ann.Events[i].Date != nil && ann.Events[i].Date.Start == "2024-04-09" && ann.Events[i].Date.End == "2024-04-20" {
			e = &ann.Events[i]
		}
	}
	if e == nil {
		t.Errorf("%q: no toll over 2024-04-09..2024-04-20: %+v", text, ann.Events)
	}
}

// TestYetToComeAndPromised: a clause that says what is due tells no
// event ("is due to travel to Paris on Monday for talks"); money agreed
// to be lent has not been lent; "earlier in the week" is this week up to
// publication; one held at a police station is detained.
func TestYetToComeAndPromised(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"Prime Minister Robert Abela is due to fly to Brussels on Monday for talks with Ursula von der Leyen.", "Meeting"},
		{"The World Bank has paid out none of the $500 million it agreed to lend Malawi in 2022.", "Loan"},
	} {
		if e := eventOf(draft(t, c.text, "2024-05-10"), c.typ); e != nil {
			t.Errorf("%q: %s %+v", c.text, c.typ, *e)
		}
	}
	text := "Prime Minister Robert Abela met President Myriam Spiteri Debono in Valletta earlier in the week."
	// (Up to publication's day: a deed done this week is done by then.)
	if e := eventOf(draft(t, text, "2024-05-10"), "Meeting"); e == nil || e.Date == nil || e.Date.Start != "2024-05-06" || e.Date.End != "2024-05-10" || e.Date.Precision != "day" {
		t.Errorf("%q: meeting %+v, want a day of 2024-05-06..10", text, e)
	}
	text = "Twelve students were held at a police station in Sliema on Thursday."
	if e := eventOf(draft(t, text, "2024-05-10"), "Arrest"); e == nil {
		t.Errorf("%q: no arrest", text)
	}
	text = "Talks were held in Valletta on Thursday between the unions and the government."
	if e := eventOf(draft(t, text, "2024-05-10"), "Arrest"); e != nil {
		t.Errorf("%q: arrest %+v", text, *e)
	}
}

// TestThoseWhoDidIt: "those who attacked the buildings will be tried"
// describes people; "10,000 people had gathered" tells a protest.
func TestThoseWhoDidIt(t *testing.T) {
	text := "Interior Minister Dragan Mektić has said that those who attacked the parliament will be prosecuted."
	ann := draft(t, text, "2024-05-10")
	if e := eventOf(ann, "Violence"); e != nil {
		t.Errorf("%q: violence %+v", text, *e)
	}
	if !hasEvent(ann, "Statement", "Dragan Mektić") {
		t.Errorf("%q: no statement", text)
	}
	text = "By Thursday evening at least 8,000 people had gathered outside the parliament in Sarajevo."
	if eventOf(draft(t, text, "2024-05-10"), "Protest") == nil {
		t.Errorf("%q: no protest", text)
	}
}

// TestAskedForIsNotHeld: talks asked or called for have not been held;
// "van den" belongs to a name.
func TestAskedForIsNotHeld(t *testing.T) {
	text := "Coalition partner Henri Bontenbal has asked for a new round of talks with Prime Minister Dick Schoof."
	if e := eventOf(draft(t, text, "2024-06-07"), "Meeting"); e != nil {
		t.Errorf("%q: meeting %+v", text, *e)
	}
	text = "Farmers' leader Mark van den Oever said on Friday that the convoy would return."
	if actorNamed(draft(t, text, "2024-06-07"), "Mark van den Oever") == nil {
		t.Errorf("%q: no Mark van den Oever", text)
	}
}

// TestTollInTheNextSentence: a toll told right after the violence, in a
// sentence that tells no event of its own, counts that violence's.
func TestTollInTheNextSentence(t *testing.T) {
	text := "Police fired tear gas at marchers in Kampala on Tuesday. At least 31 people, among them four officers, were treated for injuries, a hospital spokesman said."
	e := eventOf(draft(t, text, "2024-06-07"), "Violence")
	if e == nil || e.Count == nil || e.Count.Value != 31 || e.Count.Qualifier != "at_least" {
		t.Errorf("%q: violence %+v, want a count of at least 31", text, e)
	}
}

// TestPersonOfTheBody: "Ana Souza of the Brazilian Institute of
// Geography said" names a person and a body, apart.
func TestPersonOfTheBody(t *testing.T) {
	text := "Ana Souza of the Brazilian Institute of Geography told reporters on Monday that the census was late."
	ann := draft(t, text, "2024-06-07")
	if actorNamed(ann, "Ana Souza") == nil || actorNamed(ann, "Brazilian Institute of Geography") == nil {
		t.Errorf("%q: actors %+v", text, ann.Actors)
	}
}

// TestAfterClauseTellsItsOwn: "after protesters stormed the assembly" is
// an event of its own beside the main clause's; armed men storming is
// violence, not protest; "In an interview with X, Y said": Y is
// interviewed.
func TestAfterClauseTellsItsOwn(t *testing.T) {
	text := "Police detained 40 people in Skopje on Friday after protesters stormed the assembly."
	ann := draft(t, text, "2024-01-12")
	if eventOf(ann, "Arrest") == nil || eventOf(ann, "Protest") == nil {
		t.Errorf("%q: events %+v", text, ann.Events)
	}
	text = "President Daniel Noboa declared a state of emergency on Tuesday after gunmen stormed a television studio in Guayaquil."
	ann = draft(t, text, "2024-01-12")
	if e := eventOf(ann, "Protest"); e != nil {
		t.Errorf("%q: protest %+v", text, *e)
	}
	if !hasEvent(ann, "Statement", "Daniel Noboa") {
		t.Errorf("%q: no statement", text)
	}
	text = "In an interview with the radio station Radio Canela on Thursday, President Daniel Noboa said he would not negotiate."
	ann = draft(t, text, "2024-01-12")
	e := eventOf(ann, "Interview")
	if p := actorNamed(ann, "Daniel Noboa"); e == nil || p == nil || roles(*e)[p.ID] != "interviewee" {
		t.Errorf("%q: interview %+v", text, e)
	}
}

// TestTitlesTownsAndAcronyms: "Bishop Carlos Herrera" is Carlos
// Herrera; "drew condemnation from X": X speaks; "Rosario Murillo" is a
// person, not the town of Rosario; "Its" is no acronym.
func TestTitlesTownsAndAcronyms(t *testing.T) {
	text := "The arrest of Bishop Rolando Álvarez drew condemnation from Amnesty International on Thursday."
	ann := draft(t, text, "2024-02-23")
	if actorNamed(ann, "Rolando Álvarez") == nil || !hasEvent(ann, "Statement", "Amnesty International") {
		t.Errorf("%q: actors %+v events %+v", text, ann.Actors, ann.Events)
	}
	text = "Vice-president Rosario Murillo said on Thursday that the priests had been expelled. Its decree took effect at once."
	ann = draft(t, text, "2024-02-23")
	if actorNamed(ann, "Rosario Murillo") == nil {
		t.Errorf("%q: no Rosario Murillo", text)
	}
	for _, a := range ann.Actors {
		if a.ID == "argentina" || a.ID == "international-criminal-court" {
			t.Errorf("%q: actor %s", text, a.ID)
		}
	}
}

// TestWonByAndMentor: "was won by X": X won; "X, Y's mentor," names a
// person, whom "He" then continues.
func TestWonByAndMentor(t *testing.T) {
	text := "The presidential election, held on Sunday, was won outright by opposition candidate Peter Mutharika, the electoral commission said."
	ann := draft(t, text, "2024-03-29")
	e := eventOf(ann, "Election")
	if p := actorNamed(ann, "Peter Mutharika"); e == nil || p == nil || roles(*e)[p.ID] != "winner" {
		t.Errorf("%q: election %+v", text, e)
	}
	text = "Joyce Banda, Chakwera's mentor, was not allowed to run. She was detained by police in July."
	ann = draft(t, text, "2024-03-29")
	if a := dated(ann, "Arrest", "Joyce Banda"); a == nil {
		t.Errorf("%q: no arrest of Joyce Banda: %+v", text, ann.Events)
	}
}

// TestWhoseOfficeAndWhere: "the EU's foreign policy chief, X, said": X
// speaks, not the EU; "outside parliament" is where; "for a sixth
// consecutive night" runs six days.
func TestWhoseOfficeAndWhere(t *testing.T) {
	text := "The European Union's foreign policy chief, Kaja Kallas, said on Wednesday that the bloc would review its ties."
	ann := draft(t, text, "2024-09-05")
	e := eventOf(ann, "Statement")
	if eu := actorNamed(ann, "European Union"); e == nil || eu != nil && roles(*e)[eu.ID] == "speaker" {
		t.Errorf("%q: statement %+v", text, e)
	}
	text = "Opposition leader Nika Melia was beaten by riot police outside parliament in Tbilisi on Wednesday."
	ann = draft(t, text, "2024-09-05")
	if e := eventOf(ann, "Violence"); e == nil || len(e.Participants) != 2 {
		t.Errorf("%q: violence %+v", text, e)
	}
	text = "Thousands gathered outside the parliament in Tbilisi on Thursday for a sixth consecutive night."
	if e := eventOf(draft(t, text, "2024-09-05"), "Protest"); e == nil || e.Date == nil || e.Date.Start != "2024-08-31" {
		t.Errorf("%q: protest %+v, want it from 2024-08-31", text, e)
	}
}

// TestPlaceQualifiesAForce: "Sindh police" are the police of a place
// named before them, a group of their own; towns the lexicon knows are
// places.
func TestPlaceQualifiesAForce(t *testing.T) {
	text := "On Friday, Sindh police detained 30 people in Karachi."
	ann := draft(t, text, "2024-06-07")
	if actorNamed(ann, "Sindh police") == nil {
		t.Errorf("%q: actors %+v", text, ann.Actors)
	}
	if e := eventOf(ann, "Arrest"); e == nil || e.Place != "karachi" {
		t.Errorf("%q: arrest %+v, want it in Karachi", text, e)
	}
}

// TestSpokeswomanIsNoParty: "X Y, a party spokeswoman," is a person;
// "The army chief, General X Y, has said" makes X Y the speaker; a year
// after a noun for another event ("recalling the coup … in 2014") dates
// that event, not the saying.
func TestSpokeswomanIsNoParty(t *testing.T) {
	text := "Lerato Mokoena, a party spokeswoman, spoke on Thursday. Mokoena said the party was united."
	ann := draft(t, text, "2023-07-21")
	if a := actorNamed(ann, "Lerato Mokoena"); a == nil || a.Kind != "Person" {
		t.Errorf("%q: actors %+v", text, ann.Actors)
	}
	text = "The navy chief, Admiral Tan Sri Abdul Rahman, has said the fleet will stay in port. \"We have seen this before,\" he said, recalling the coup attempt led by a rival admiral in 2016."
	ann = draft(t, text, "2023-07-21")
	for _, e := range ann.Events {
		if e.Date != nil && e.Date.Start == "2016-01-01" {
			t.Errorf("%q: %s dated 2016", text, e.Type)
		}
	}
	text = "The army chief, General Narongrit Wongsawat, has said the military will stay out of politics."
	if !hasEvent(draft(t, text, "2023-07-21"), "Statement", "Narongrit Wongsawat") {
		t.Errorf("%q: no statement by the army chief", text)
	}
}

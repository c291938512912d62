package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// draft extracts text published on day.
func draft(t *testing.T, text, published string) *Annotation {
	t.Helper()
	return extractor(t).Extract(article(text, published))
}

// actorNamed returns the drafted actor with the name or alias, if any.
func actorNamed(ann *Annotation, name string) *Actor {
	for i, a := range ann.Actors {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			return &ann.Actors[i]
		}
	}
	return nil
}

// draftCase is a text published on pub and what its draft must hold:
// count events of type typ (one when count is 0), each starting on day,
// with the roles given (actor id to role).
type draftCase struct {
	name, text, pub, typ, day string
	roles                     map[string]string
	count                     int
}

// checkDraftCases drafts each case's text and checks its events of the
// case's type.
func checkDraftCases(t *testing.T, cases []draftCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := draft(t, c.text, c.pub)
			var got []Event
			for _, e := range a.Events {
				if e.Type == c.typ {
					got = append(got, e)
				}
			}
			want := max(c.count, 1)
			if len(got) != want {
				t.Fatalf("%d %s events, want %d: %+v", len(got), c.typ, want, a.Events)
			}
			for _, e := range got {
				if e.Date == nil || e.Date.Start != c.day {
					t.Errorf("%s dated %+v, want %s", c.typ, e.Date, c.day)
				}
				r := roles(e)
				for actor, role := range c.roles {
					if r[actor] != role {
						t.Errorf("%s: %s is %q, want %q (roles %v)", c.typ, actor, r[actor], role, r)
					}
				}
			}
		})
	}
}

// noEventCase is a text published on pub whose draft must hold no event
// of type typ.
type noEventCase struct{ name, text, pub, typ string }

// checkNoEvents drafts each case's text and checks that no event of the
// case's type is among its events.
func checkNoEvents(t *testing.T, cases []noEventCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range draft(t, c.text, c.pub).Events {
				if e.Type == c.typ {
					t.Errorf("%s drafted: %+v", c.typ, e)
				}
			}
		})
	}
}

// roles are an event's participants by actor id.
func roles(e Event) map[string]string {
	out := map[string]string{}
	for _, p := range e.Participants {
		out[p.Actor] = p.Role
	}
	return out
}

// eventOf returns the first drafted event of a type, if any.
// countType is how many of the draft's events are of type typ.
func countType(ann *Annotation, typ string) int {
	n := 0
	for _, e := range ann.Events {
		if e.Type == typ {
			n++
		}
	}
	return n
}

func eventOf(ann *Annotation, typ string) *Event {
	for i, e := range ann.Events {
		if e.Type == typ {
			return &ann.Events[i]
		}
	}
	return nil
}

// TestOverlappedWordsDeclareNothing: a group word inside a longer one
// ("supporters" in "opposition supporters") is no actor of its own.
func TestOverlappedWordsDeclareNothing(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"Opposition supporters blocked roads outside Lima on Friday.", "Supporters"},
		{"Riot police fired tear gas in Santiago on Friday.", "riot"},
	} {
		ann := draft(t, c.text, "2019-10-20")
		for _, a := range ann.Actors {
			if strings.EqualFold(a.Name, c.not) {
				t.Errorf("%q declared %q", c.text, a.Name)
			}
		}
	}
}

// TestHeadlineLinesTellNoEvent: a short line without a full stop is a
// headline; the story retells what it announces.
func TestHeadlineLinesTellNoEvent(t *testing.T) {
	text := "LIVE: Tear gas as Nairobi protests grow\n\nKenyan police arrested 40 protesters in Nairobi on Tuesday."
	ann := draft(t, text, "2024-06-26")
	for _, e := range ann.Events {
		for _, q := range e.Quotes {
			if strings.HasPrefix(q, "LIVE") {
				t.Errorf("event %s quotes the headline", e.ID)
			}
		}
	}
}

// TestReportedSpeech: nouns in what someone says are what the statement
// is about; an event reported by a verb is the event, with the one who
// reports it as reporting authority, or its subject when the report
// begins with a pronoun for them.
func TestReportedSpeech(t *testing.T) {
	ann := draft(t, "Kremlin spokesman Dmitry Peskov told reporters on Monday that the protests in Bishkek were organised from abroad.", "2020-10-06")
	if eventOf(ann, "Protest") != nil || eventOf(ann, "Statement") == nil {
		t.Errorf("protests in a statement: %+v", ann.Events)
	}
	cases := []struct {
		text, typ, actor, role string
	}{
		{"Serbia's interior ministry said on Sunday that 45 people were detained in Belgrade.", "Arrest", "serbian-interior-ministry", "reporting authority"},
		{"The Chilean interior ministry said 80 people were injured in clashes in Santiago on Saturday.", "Violence", "chilean-interior-ministry", "reporting authority"},
		{"SANTIAGO, Oct 20 - Police said they had arrested 60 people in the capital on Saturday.", "Arrest", "chilean-police", "detaining authority"},
	}
	for _, c := range cases {
		ann := draft(t, c.text, "2019-10-20")
		e := eventOf(ann, c.typ)
		if e == nil {
			t.Errorf("%q: no %s in %+v", c.text, c.typ, ann.Events)
			continue
		}
		if r := roles(*e); r[c.actor] != c.role {
			t.Errorf("%q: roles %v, want %s %s", c.text, r, c.actor, c.role)
		}
	}
}

// TestRunOfDays: "for a third day on Thursday" began two days before.
func TestRunOfDays(t *testing.T) {
	cases := []struct{ text, published, start, end string }{
		{"Thousands of Iraqis rallied in Baghdad for a third straight day on Thursday.", "2019-10-04", "2019-10-01", "2019-10-03"},
		{"The sit-in by Lebanese students, now in its fifth day, blocked the road to Beirut airport.", "2019-10-21", "2019-10-17", "2019-10-21"},
	}
	for _, c := range cases {
		e := eventOf(draft(t, c.text, c.published), "Protest")
		if e == nil || e.Date.Start != c.start || e.Date.End != c.end || e.Date.Precision != "day" {
			t.Errorf("%q: %+v, want %s..%s", c.text, e, c.start, c.end)
		}
	}
}

// TestStateGroupsTakeTheStorysCountry: police and opposition supporters
// unqualified belong to the country of the dateline.
func TestStateGroupsTakeTheStorysCountry(t *testing.T) {
	ann := draft(t, "BAGHDAD, Oct 5 - Police fired tear gas at opposition supporters near Tahrir Square on Saturday.", "2019-10-05")
	for _, name := range []string{"Iraqi police", "Iraqi opposition supporters"} {
		if a := actorNamed(ann, name); a == nil || a.Kind != "Group" {
			t.Errorf("no group %q in %+v", name, ann.Actors)
		}
	}
	if a := actorNamed(ann, "police"); a == nil || a.Name != "Iraqi police" {
		t.Errorf("the bare word is an alias: %+v", a)
	}
}

// TestOrganisationNames: names joined by "of", "for", "and", "on", head
// nouns first, acronyms in brackets, parties, media and a country's
// institutions.
func TestOrganisationNames(t *testing.T) {
	cases := []struct{ text, name string }{
		{"The Organization of Islamic Cooperation (OIC) met in Jeddah. The OIC said it was concerned.", "OIC"},
		{"He was detained by the Committee for State Security in Minsk.", "Committee for State Security"},
		{"A spokesman for the Taiwan and Mainland Affairs Office spoke on Friday.", "Taiwan and Mainland Affairs Office"},
		{"Nawaz Sharif, leader of the ruling Pakistan Muslim League party, spoke in Lahore.", "Pakistan Muslim League"},
		{"In an interview with the Kenyan daily The Standard, Ruto said he would not resign.", "The Standard"},
		{"State-run Press TV reported the strikes on Monday.", "Press TV"},
		{"Peru's ombudsman said two people had died.", "Ombudsman of Peru"},
		{"Lebanon's central bank froze the accounts.", "Lebanese central bank"},
		{"On Friday Turkey's foreign ministry summoned the envoy.", "Turkish Foreign Ministry"},
	}
	for _, c := range cases {
		ann := draft(t, c.text, "2020-05-01")
		if a := actorNamed(ann, c.name); a == nil || a.Kind != "Organization" {
			t.Errorf("%q: no organisation %q in %+v", c.text, c.name, ann.Actors)
		}
	}
	ann := draft(t, "Morales's party boycotted the session.", "2019-11-14")
	for _, a := range ann.Actors {
		if strings.Contains(a.Name, "Morales's") {
			t.Errorf("a person's party named after the person: %+v", a)
		}
	}
}

// TestNamesInApposition: a name between commas after a noun phrase is a
// person's.
func TestNamesInApposition(t *testing.T) {
	cases := []struct{ text, name string }{
		{"The speaker of the Kenyan parliament, Moses Wetangula, was injured.", "Moses Wetangula"},
		{"Her predecessor, Ranil Wickremesinghe, took office in July.", "Ranil Wickremesinghe"},
		{"Two of the organisers, Maria Reyes Soto and Lucia Pineda, were detained.", "Lucia Pineda"},
	}
	for _, c := range cases {
		if a := actorNamed(draft(t, c.text, "2022-07-30"), c.name); a == nil || a.Kind != "Person" {
			t.Errorf("%q: no person %q", c.text, c.name)
		}
	}
}

// TestDateWordings: the date rules of event sentences.
func TestDateWordings(t *testing.T) {
	cases := []struct {
		name, text, published, typ, start, end, precision string
	}{
		// A day in what is yet to come dates nothing that happened.
		{"future", "Peru's government said President Pedro Castillo would address the nation on Tuesday.", "2022-11-30", "Statement", "2022-11-30", "2022-11-30", "day"},
		{"since a day", "Chile's health ministry said on Wednesday that at least 15 people had been killed in clashes since Saturday.", "2019-10-23", "Violence", "2019-10-19", "2019-10-23", "day"},
		{"in a month", "Saudi Arabia pledged $3bn in aid to Sudan in April.", "2019-06-10", "Loan", "2019-04-01", "", "month"},
		{"day after", "Protests broke out in Minsk the day after the August 9 vote.", "2020-08-20", "Protest", "2020-08-10", "2020-08-10", "day"},
		{"paragraph", "The worst came at the weekend.\nPolice in La Paz mutinied and joined the protesters.", "2019-11-14", "Protest", "2019-11-09", "2019-11-10", "day"},
		{"relative clause", "Russia, which has lent Caracas billions of dollars since 2006, warned on Sunday against foreign meddling.", "2019-02-04", "Statement", "2019-02-03", "2019-02-03", "day"},
	}
	for _, c := range cases {
		e := eventOf(draft(t, c.text, c.published), c.typ)
		if e == nil {
			t.Errorf("%s: no %s", c.name, c.typ)
			continue
		}
		if e.Date.Start != c.start || e.Date.End != c.end || e.Date.Precision != c.precision {
			t.Errorf("%s: %+v, want %s..%s %s", c.name, e.Date, c.start, c.end, c.precision)
		}
	}
}

// TestMonthAlone: "in April" is the last April on or before publication.
func TestMonthAlone(t *testing.T) {
	start, _, prec, ok := resolve("in April", mustDay(t, "2019-06-10"))
	if !ok || start.Format("2006-01-02") != "2019-04-01" || prec != "month" {
		t.Errorf("in April: %v %s %v", start, prec, ok)
	}
	start, _, _, ok = resolve("in November", mustDay(t, "2019-06-10"))
	if !ok || start.Format("2006-01-02") != "2018-11-01" {
		t.Errorf("in November: %v %v", start, ok)
	}
}

// TestMoreTriggers: wordings of statements, protests, violence,
// appointments and sanctions.
func TestMoreTriggers(t *testing.T) {
	cases := []struct{ text, typ string }{
		{"Auditors from the European Union reported irregularities on Sunday.", "Statement"},
		{"The United States and Canada backed Guaido within hours.", "Statement"},
		{"Opposition leaders asked Nigeria on Sunday to reopen the border.", "Statement"},
		{"US President Joe Biden threatened to reimpose sanctions on Myanmar on Monday.", "Statement"},
		{"At least 100,000 protesters filled the avenues of Santiago on Friday.", "Protest"},
		{"Police units in Quito mutinied on Thursday.", "Protest"},
		{"Hundreds of protesters broke into parliament in Colombo on Saturday.", "Protest"},
		{"The mayor of Lviv, Andriy Sadovyi, was dragged from his car and beaten by a crowd on Monday.", "Violence"},
		{"Security forces broke up the sit-in in Khartoum on June 3.", "Violence"},
		{"Vice-President Myint Swe was named acting president on Monday.", "Appointment"},
		{"Parliament confirmed Ariel Henry as prime minister on Wednesday, his office said.", "Appointment"},
		{"The African Union suspended Mali's membership on Thursday.", "Sanction"},
		{"Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had suspended financial aid to Bishkek.", "Sanction"},
	}
	for _, c := range cases {
		if e := eventOf(draft(t, c.text, "2021-02-02"), c.typ); e == nil {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
	}
}

// TestTimeToldByAnotherEvent: "hours after meeting X" dates the event
// told next; it is no meeting of its own.
func TestTimeToldByAnotherEvent(t *testing.T) {
	ann := draft(t, "Hours after meeting Abiy Ahmed, two opposition leaders, Ahmed Rabie and Khalid Omer, were detained by security forces in Khartoum on Friday.", "2019-06-10")
	if eventOf(ann, "Meeting") != nil || eventOf(ann, "Arrest") == nil {
		t.Errorf("events %+v", ann.Events)
	}
}

// TestElectionBesideAnotherEvent: an election told with its date is an
// event even in a clause that tells another.
func TestElectionBesideAnotherEvent(t *testing.T) {
	ann := draft(t, "Protests broke out in Nairobi the day after Kenya's August 8 vote.", "2017-08-20")
	if eventOf(ann, "Election") == nil || eventOf(ann, "Protest") == nil {
		t.Errorf("events %+v", ann.Events)
	}
}

// TestRelativeClauseStatement: a statement whose verb follows a relative
// clause that tells another event is drafted too.
func TestRelativeClauseStatement(t *testing.T) {
	ann := draft(t, "The Sudanese Professionals Association, which led the protests in April, called the strike on Saturday.", "2019-06-10")
	if e := eventOf(ann, "Statement"); e == nil || e.Date.Start != "2019-06-08" {
		t.Errorf("events %+v", ann.Events)
	}
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestParticipantRoles: who speaks to, against or about whom; who is
// appointed; who reports; who suffers.
func TestParticipantRoles(t *testing.T) {
	cases := []struct {
		name, text, typ, actor, role string
	}{
		{"told", "Turkish President Recep Tayyip Erdogan told Vladimir Putin on Monday that the ceasefire would hold.", "Statement", "vladimir-putin", "addressee"},
		{"accused", "Venezuelan President Nicolas Maduro accused Colombia on Sunday of plotting a coup.", "Statement", "colombia", "target"},
		{"said about", "Mexico's Foreign Minister Marcelo Ebrard said on Monday that Bolivia had asked for talks.", "Statement", "bolivia", "subject"},
		{"confirmed as", "Parliament confirmed Sadyr Japarov as prime minister on Wednesday.", "Appointment", "sadyr-japarov", "appointee"},
		{"handed to", "The army said on Monday that power had been handed to Min Aung Hlaing.", "Appointment", "min-aung-hlaing", "appointee"},
		{"reported after", "BAGHDAD, Oct 5 - Two people were killed in clashes with police in Basra on Saturday, the Iraqi health ministry said.", "Violence", "iraqi-health-ministry", "reporting authority"},
		{"forces as victims", "Armenia's defence ministry said on Sunday that 30 Armenian soldiers were killed in the fighting.", "Violence", "armenian-soldiers", "victim"},
		{"interview", "In an interview with the Spanish daily El Mundo on Sunday, Maduro accused the United States of plotting a coup.", "Interview", "united-states", "subject"},
	}
	for _, c := range cases {
		e := eventOf(draft(t, c.text, "2020-10-14"), c.typ)
		if e == nil {
			t.Errorf("%s: no %s", c.name, c.typ)
			continue
		}
		if r := roles(*e); r[c.actor] != c.role {
			t.Errorf("%s: roles %v, want %s %s", c.name, r, c.actor, c.role)
		}
	}
	// A body named beside the one appointed is no appointee.
	e := eventOf(draft(t, "Juan Guaido, head of the opposition-controlled National Assembly, declared himself interim president on January 23.", "2019-02-04"), "Appointment")
	if e == nil || len(e.Participants) != 1 || e.Participants[0].Actor != "juan-guaido" {
		t.Errorf("appointment %+v", e)
	}
}

// TestStatementsOfTwoSpeakersStayTwo: statements merge only when one
// speaker makes both.
func TestStatementsOfTwoSpeakersStayTwo(t *testing.T) {
	text := "General Williams Kaliman urged Evo Morales to step down on Sunday. Evo Morales announced his resignation that afternoon."
	n := countType(draft(t, text, "2019-11-14"), "Statement")
	if n != 2 {
		t.Errorf("%d statements, want 2", n)
	}
}

// TestElectionDates: an election takes the date that names it, a bare
// year included, and its country as subject; a retold election does not
// date what the story tells next.
func TestElectionDates(t *testing.T) {
	ann := draft(t, "Nicolas Maduro, who was sworn in on January 10 after Venezuela's 2018 vote that Western governments called fraudulent, refused to step down.", "2019-02-04")
	if e := eventOf(ann, "Election"); e == nil || e.Date.Start != "2018-01-01" || e.Date.Precision != "year" || roles(*e)["venezuela"] != "subject" {
		t.Errorf("election %+v", e)
	}
	ann = draft(t, "Protests broke out in Bishkek the day after Kyrgyzstan's October 4 vote. Thousands of opposition supporters stormed parliament that night.", "2020-10-15")
	if e := eventOf(ann, "Election"); e == nil || e.Date.Start != "2020-10-04" {
		t.Errorf("election %+v", e)
	}
	for _, e := range ann.Events {
		if e.Type == "Protest" && e.Date.Start != "2020-10-05" {
			t.Errorf("protest %s dated %+v", e.ID, e.Date)
		}
	}
}

// TestRelativeClauses: a relative clause's subject is the name it
// follows; a statement in one is drafted only when it has its own date;
// ", a week after" dates its clause back from the sentence's day.
func TestRelativeClauses(t *testing.T) {
	ann := draft(t, "China, which has lent Islamabad billions of dollars since 2013, warned on Sunday against foreign meddling.", "2022-04-11")
	if e := eventOf(ann, "Loan"); e == nil || roles(*e)["china"] != "lender" {
		t.Errorf("loan %+v", ann.Events)
	}
	ann = draft(t, "Imran Khan was detained on Saturday by the National Accountability Bureau, which accused him of corruption.", "2023-05-10")
	if e := eventOf(ann, "Statement"); e != nil {
		t.Errorf("statement %+v", e)
	}
	ann = draft(t, "Shops stayed shut across Khartoum on Monday, a week after security forces broke up a sit-in outside the army headquarters.", "2019-06-10")
	if e := eventOf(ann, "Violence"); e == nil || e.Date.Start != "2019-06-03" {
		t.Errorf("violence %+v", e)
	}
}

// TestCountsWithModifiers: a count may name its people with words
// between ("1,300 Armenian soldiers") or by the verb alone ("about 1,200
// were injured").
func TestCountsWithModifiers(t *testing.T) {
	cases := map[string]Count{
		"at least 1,300 Armenian soldiers were killed": {1300, "at_least", "soldiers"},
		"about 5,000 black-clad protesters":            {5000, "about", "protesters"},
		"detained at least 10 opposition figures":      {10, "at_least", "figures"},
		"one was killed and about 1,200 were injured":  {1200, "about", "injured"},
	}
	for text, want := range cases {
		if got := countIn(text); got == nil || *got != want {
			t.Errorf("%q: %+v, want %+v", text, got, want)
		}
	}
}

// TestNounsNamingSomethingElse: "the protest movement", "the results of
// the vote" tell no protest and no election.
func TestNounsNamingSomethingElse(t *testing.T) {
	ann := draft(t, "A doctors' committee linked to the protest movement says at least 40 people have been killed by security forces in Omdurman since Monday.", "2019-06-12")
	if eventOf(ann, "Protest") != nil || eventOf(ann, "Violence") == nil {
		t.Errorf("events %+v", ann.Events)
	}
	ann = draft(t, "Kenya's Supreme Court annulled the results of the vote on September 1.", "2017-09-05")
	if eventOf(ann, "Election") != nil || eventOf(ann, "Statement") == nil {
		t.Errorf("events %+v", ann.Events)
	}
}

// TestElectionWinner: "which the NLD won", "results gave him 80%".
func TestElectionWinner(t *testing.T) {
	ann := draft(t, "President Alexander Lukashenko ruled out a rerun of Belarus's August 9 vote, in which official results gave him 80% of the vote.", "2020-08-16")
	if e := eventOf(ann, "Election"); e == nil || roles(*e)["alexander-lukashenko"] != "winner" {
		t.Errorf("election %+v", ann.Events)
	}
}

// TestDateOfANamedEvent: a date that names another event ("the August 9
// vote") does not date the statement that mentions it.
func TestDateOfANamedEvent(t *testing.T) {
	ann := draft(t, "Lukashenko told the crowd he had won the August 9 vote fairly.", "2020-08-16")
	if e := eventOf(ann, "Statement"); e == nil || e.Date.Start != "2020-08-16" {
		t.Errorf("statement %+v", e)
	}
}

// TestGroupsAroundPeople: a group word that qualifies a person ("the
// armed forces commander") is no participant; forces that are the
// subject of a protest protest; "the president" is the story's country's
// president named before.
func TestGroupsAroundPeople(t *testing.T) {
	ann := draft(t, "BOLIVIA - Evo Morales spoke on Saturday. On Sunday the armed forces commander, General Williams Kaliman, urged the president to step down.", "2019-11-14")
	e := eventOf(ann, "Statement")
	for _, x := range ann.Events {
		if x.Type == "Statement" && roles(x)["williams-kaliman"] == "speaker" {
			e = &x
		}
	}
	if r := roles(*e); r["williams-kaliman"] != "speaker" || r["evo-morales"] != "addressee" || r["bolivian-armed-forces"] != "" {
		t.Errorf("statement roles %v", roles(*e))
	}
	ann = draft(t, "QUITO, Oct 5 - Police officers in Guayaquil went on strike on Friday.", "2019-10-05")
	if e := eventOf(ann, "Protest"); e == nil || roles(*e)["ecuadorian-police"] != "protester" {
		t.Errorf("protest %+v", ann.Events)
	}
}

// TestWorldLeaders: well-known leaders are known by their surnames.
func TestWorldLeaders(t *testing.T) {
	ann := draft(t, "Ramaphosa met Ruto in Pretoria on Monday.", "2023-05-10")
	if e := eventOf(ann, "Meeting"); e == nil || len(e.Participants) != 2 {
		t.Errorf("meeting %+v", ann.Events)
	}
}

// TestProtestsOfDifferentDays: a sit-in running since Friday and
// Sunday's marches are two protests though the same protesters join
// both; "the protests" undated refers back and tells none.
func TestProtestsOfDifferentDays(t *testing.T) {
	text := "The airport sit-in, now in its fourth day, was called to protest against police tactics at the weekend.\n\n" +
		"Sunday's marches in Santiago went ahead without police permission.\n\n" +
		"The airline ordered staff who support the protests to stay at home on Friday."
	ann := draft(t, text, "2019-10-21")
	var got []string
	for _, e := range ann.Events {
		if e.Type == "Protest" {
			got = append(got, e.Date.Start+".."+e.Date.End)
		}
	}
	want := []string{"2019-10-18..2019-10-21", "2019-10-20..2019-10-20"}
	if !slices.Equal(got, want) {
		t.Errorf("protests %v, want %v", got, want)
	}
}

// TestStateBodies: more head nouns, an owner country qualifying the
// name, and a state body of the story's country named in full.
func TestStateBodies(t *testing.T) {
	cases := []struct{ text, name string }{
		{"The Airport Authority cancelled all flights on Monday.", "Airport Authority"},
		{"Kenya's Supreme Court annulled the result on Friday.", "Kenyan Supreme Court"},
		{"Kenya's Supreme Court annulled the result on Friday.", "Supreme Court of Kenya"},
		{"NAIROBI, Sept 2 - The Independent Electoral Commission said on Friday that it would comply. Kenya held its vote in August.", "Independent Electoral Commission"},
		{"BISHKEK, Oct 7 - The Central Election Commission annulled the vote on Tuesday.", "Central Election Commission of Kyrgyzstan"},
	}
	for _, c := range cases {
		if a := actorNamed(draft(t, c.text, "2017-09-02"), c.name); a == nil || a.Kind != "Organization" {
			t.Errorf("%q: no organisation %q", c.text, c.name)
		}
	}
}

// TestRallies: one who tells or addresses a rally speaks at it; what he
// tells it is a statement too; rival crowds on one day are two protests.
func TestRallies(t *testing.T) {
	ann := draft(t, "Interior Minister Fadi Haddad told a rally of supporters in Beirut on Sunday that the army would not allow chaos.", "2019-10-21")
	p, st := eventOf(ann, "Protest"), eventOf(ann, "Statement")
	if p == nil || st == nil || roles(*p)["fadi-haddad"] != "speaker" || roles(*p)["lebanon-supporters"] != "protester" {
		t.Errorf("events %+v", ann.Events)
	}
	text := "More than 50,000 protesters marched through central Caracas on Saturday to demand that President Nicolas Maduro step down.\n\n" +
		"Across the city, Maduro addressed about 3,000 government supporters outside the presidential palace."
	n := countType(draft(t, text, "2019-02-04"), "Protest")
	if n != 2 {
		t.Errorf("%d protests, want the march and the rival rally", n)
	}
}

// TestClauseParticipants: who takes part in a clause's event.
func TestClauseParticipants(t *testing.T) {
	// A participle's subject is the sentence's, and the sentence's place
	// makes a host.
	ann := draft(t, "Kenyan President William Ruto flew to Khartoum on Friday, holding talks with General Abdel Fattah al-Burhan.", "2023-06-10")
	if e := eventOf(ann, "Meeting"); e == nil || roles(*e)["william-ruto"] != "visitor" || roles(*e)["abdel-fattah-al-burhan"] != "host" {
		t.Errorf("meeting %+v", ann.Events)
	}
	// Names in a leading phrase of time take no part.
	ann = draft(t, "Hours after meeting William Ruto, two opposition leaders, Ahmed Rabie and Khalid Omer, were detained by security forces on Friday.", "2023-06-10")
	if e := eventOf(ann, "Arrest"); e == nil || roles(*e)["william-ruto"] != "" || roles(*e)["khalid-omer"] != "detainee" {
		t.Errorf("arrest %+v", ann.Events)
	}
	// Names in a relative clause the trigger is not in take no part; a
	// body before a role noun qualifies the person.
	ann = draft(t, "RSF commander Mohamed Hamdan Dagalo, who is also deputy head of the Transitional Military Council, said on Sunday that order would be kept.", "2019-06-10")
	if e := eventOf(ann, "Statement"); e == nil || len(e.Participants) != 1 {
		t.Errorf("statement %+v", ann.Events)
	}
	// The army that says it detained is the detaining authority.
	ann = draft(t, "YANGON, Feb 1 - The army said on Monday it had detained Aung San Suu Kyi.", "2021-02-01")
	if e := eventOf(ann, "Arrest"); e == nil || roles(*e)["burmese-armed-forces"] != "detaining authority" {
		t.Errorf("arrest %+v %+v", ann.Events, ann.Actors)
	}
	if a := actorNamed(draft(t, "YANGON, Feb 1 - Army headquarters stayed closed.", "2021-02-01"), "army"); a != nil {
		t.Errorf("a noun's modifier named a group: %+v", a)
	}
}

// TestTrailingAttribution: "…, his press service said" is said by the
// one named before the verb; no one named, no statement.
func TestTrailingAttribution(t *testing.T) {
	ann := draft(t, "Moscow was ready to help Belarus on Saturday, the Kremlin said.", "2020-08-16")
	if e := eventOf(ann, "Statement"); e == nil || roles(*e)["russia"] != "speaker" || roles(*e)["belarus"] != "subject" {
		t.Errorf("statement %+v", ann.Events)
	}
	ann = draft(t, "Alexander Lukashenko refused to meet the opposition, his press service said.", "2020-08-16")
	if e := eventOf(ann, "Statement"); e != nil {
		t.Errorf("statement %+v", e)
	}
	ann = draft(t, "Thousands marched a week after an election the opposition in Belarus says was rigged.", "2020-08-16")
	if e := eventOf(ann, "Statement"); e != nil {
		t.Errorf("statement %+v", e)
	}
}

// TestObjectRolesNearTheVerb: who is spoken to or against follows the
// verb closely.
func TestObjectRolesNearTheVerb(t *testing.T) {
	ann := draft(t, "Nikol Pashinyan called the deal painful on Tuesday but said he had signed it on the advice of Armenia's armed forces.", "2020-11-12")
	if e := eventOf(ann, "Statement"); e == nil || roles(*e)["nikol-pashinyan"] != "speaker" || slices.Contains([]string{"target", "addressee"}, roles(*e)["armenian-armed-forces"]) {
		t.Errorf("statement %+v", ann.Events)
	}
}

// TestMoreWordings: rules found on texts written for the purpose.
func TestMoreWordings(t *testing.T) {
	// A chamber's vote is no election.
	if e := eventOf(draft(t, "Peru's Congress voted on Wednesday to remove President Pedro Castillo from office.", "2022-12-08"), "Election"); e != nil {
		t.Errorf("election %+v", e)
	}
	// A month and day a few weeks ahead is to come, not a year before.
	ann := draft(t, "The speaker said on Saturday that Gotabaya Rajapaksa had agreed to resign on July 13.", "2022-07-10")
	if e := eventOf(ann, "Statement"); e != nil && strings.HasPrefix(e.Date.Start, "2021") {
		t.Errorf("statement dated %+v", e.Date)
	}
	if _, _, _, ok := resolve("July 13", mustDay(t, "2022-07-10")); ok {
		t.Error("July 13 resolved in a paper of July 10")
	}
	// "later that day" with no event told before: the day named last.
	ann = draft(t, "LIMA, Dec 8 - Congress removed the president on Wednesday.\n\nDina Boluarte was sworn in later that day.", "2022-12-08")
	if e := eventOf(ann, "Inauguration"); e == nil || e.Date.Start != "2022-12-07" {
		t.Errorf("inauguration %+v", ann.Events)
	}
	// A trailing attribution reports the sentence's events; a report
	// that names no party adds to its day's event.
	ann = draft(t, "COLOMBO, July 10 - Police fired tear gas at crowds on Saturday, and at least 45 people were taken to hospital, the National Hospital said. At least 12 people were injured, the health ministry said.", "2022-07-10")
	if eventOf(ann, "Statement") != nil || len(ann.Events) != 1 || roles(ann.Events[0])["sri-lankan-health-ministry"] != "reporting authority" || roles(ann.Events[0])["sri-lankan-police"] != "perpetrator" {
		t.Errorf("events %+v", ann.Events)
	}
	// In clashes both sides fight.
	ann = draft(t, "LIMA, Dec 8 - Hundreds of Castillo supporters clashed with riot police on Wednesday.", "2022-12-08")
	if e := eventOf(ann, "Violence"); e == nil || roles(*e)["peruvian-police"] != "participant" {
		t.Errorf("violence %+v", ann.Events)
	}
	// A word of a name is no trigger.
	ann = draft(t, "Tokayev asked the Collective Security Treaty Organization for help on Wednesday.", "2022-01-06")
	if eventOf(ann, "Agreement") != nil {
		t.Errorf("events %+v", ann.Events)
	}
	// A phone call is a meeting (041).
	ann = draft(t, "US Secretary of State Antony Blinken spoke by phone with Russian Foreign Minister Sergei Lavrov on Thursday.", "2022-01-06")
	if e := eventOf(ann, "Meeting"); e == nil || e.CAMEO != "041" || len(e.Participants) != 2 {
		t.Errorf("events %+v", ann.Events)
	}
	// The Kremlin that criticises acts.
	ann = draft(t, "The Kremlin criticised the visit on Saturday.", "2023-07-08")
	if e := eventOf(ann, "Statement"); e == nil || roles(*e)["russia"] != "speaker" {
		t.Errorf("events %+v", ann.Events)
	}
}

// TestStoryThread: visits of other days stay apart; "after the meeting"
// and "the two leaders" go back to the event told.
func TestStoryThread(t *testing.T) {
	text := "ISTANBUL — Recep Tayyip Erdogan hosted Volodymyr Zelensky in Istanbul on Friday.\n\n" +
		"The two leaders held talks for two hours and signed an agreement on grain exports.\n\n" +
		"Erdogan told reporters after the meeting that the war must end.\n\n" +
		"Zelensky had visited the Czech Republic earlier this week."
	ann := draft(t, text, "2023-07-08")
	if e := eventOf(ann, "Agreement"); e == nil || e.Date.Start != "2023-07-07" || len(e.Participants) != 2 {
		t.Errorf("agreement %+v", ann.Events)
	}
	if e := eventOf(ann, "Statement"); e == nil || e.Date.Start != "2023-07-07" {
		t.Errorf("statement %+v", e)
	}
	if e := eventOf(ann, "Meeting"); e == nil || len(e.Quotes) != 2 {
		t.Errorf("meeting %+v", e)
	}
}

// TestWordingsOfMoneyAndCounts: deposits and loans to a country; counts
// in figures anywhere in the sentence when it has one, else words for a
// crowd's size near the trigger.
func TestWordingsOfMoneyAndCounts(t *testing.T) {
	ann := draft(t, "ISLAMABAD — China has rolled over a $2.3bn loan to Pakistan, Finance Minister Ishaq Dar said on Friday.", "2023-03-04")
	if e := eventOf(ann, "Loan"); e == nil || roles(*e)["pakistan"] != "borrower" || roles(*e)["china"] != "lender" || eventOf(ann, "Statement") != nil {
		t.Errorf("events %+v", ann.Events)
	}
	ann = draft(t, "Qatar and Kuwait, which pledged $3bn to Egypt in March, deposited $1bn in Egypt's central bank the same month.", "2023-06-10")
	if e := eventOf(ann, "Loan"); e == nil || e.Date.Start != "2023-03-01" || e.Date.Precision != "month" {
		t.Errorf("loan %+v", ann.Events)
	}
	if e := eventOf(ann, "Statement"); e == nil || e.Date.Start != "2023-03-01" {
		t.Errorf("pledge %+v", ann.Events)
	}
	// Words for a crowd's size count as the issue asks ("hundreds",
	// "dozens"): at least the least they can mean.
	ann = draft(t, "Imran Khan addressed thousands of supporters in Lahore on Wednesday.", "2023-03-04")
	if e := eventOf(ann, "Protest"); e == nil || e.Count == nil || e.Count.Value != 1000 || e.Count.Qualifier != "at_least" {
		t.Errorf("thousands of supporters: %+v", e)
	}
	ann = draft(t, "COLOMBO, July 10 - Police fired tear gas at crowds near the presidential secretariat on Saturday, and at least 45 people were taken to hospital.", "2022-07-10")
	if e := eventOf(ann, "Violence"); e == nil || e.Count == nil || e.Count.Value != 45 {
		t.Errorf("violence %+v", e)
	}
	ann = draft(t, "Students at Tehran University staged sit-ins on Sunday.", "2022-10-10")
	if eventOf(ann, "Protest") == nil {
		t.Errorf("events %+v", ann.Events)
	}
}

// TestReportersAndObjects: a person who reports an arrest after telling
// it is its reporting authority; "the United States and Israel" share a
// role; titles of officials name people.
func TestReportersAndObjects(t *testing.T) {
	ann := draft(t, "More than 1,500 people have been arrested since the unrest began, Iran's judiciary chief Gholamhossein Mohseni Ejei said on Saturday.", "2022-10-10")
	if e := eventOf(ann, "Arrest"); e == nil || roles(*e)["gholamhossein-mohseni-ejei"] != "reporting authority" {
		t.Errorf("arrest %+v", ann.Events)
	}
	ann = draft(t, "President Ebrahim Raisi blamed the United States and Israel for the unrest on Saturday.", "2022-10-10")
	if e := eventOf(ann, "Statement"); e == nil || roles(*e)["israel"] != "target" {
		t.Errorf("statement %+v", ann.Events)
	}
	ann = draft(t, "Shehbaz Sharif met IMF Managing Director Kristalina Georgieva in Munich on Friday.", "2023-03-04")
	if e := eventOf(ann, "Meeting"); e == nil || roles(*e)["kristalina-georgieva"] == "" {
		t.Errorf("meeting %+v", ann.Events)
	}
}

// TestSentencesOfSeveralStatements: two speakers in two clauses make two
// statements; an interview is the event of its sentence; a pronoun
// subject carries over " and accused"; "in March" is a month.
func TestSentencesOfSeveralStatements(t *testing.T) {
	ann := draft(t, "Emmanuel Macron said on Monday that talks must resume, while Olaf Scholz warned against new sanctions.", "2023-05-10")
	n := countType(ann, "Statement")
	if n != 2 {
		t.Errorf("%d statements, want 2: %+v", n, ann.Events)
	}
	ann = draft(t, "Nicolas Maduro spoke on Friday. In an interview broadcast on Sunday by the Spanish channel Antena Sur, he said he would not resign and accused the United States of plotting a coup.", "2019-02-04")
	if eventOf(ann, "Interview") == nil {
		t.Errorf("no interview: %+v", ann.Events)
	}
	for _, e := range ann.Events {
		if e.Type == "Statement" && roles(e)["antena-sur"] != "" {
			t.Errorf("the channel made a statement: %+v", e)
		}
	}
	ann = draft(t, "Kuwait pledged $1bn to Jordan in March.", "2023-06-10")
	if eventOf(ann, "Protest") != nil {
		t.Errorf("a month made a march: %+v", ann.Events)
	}
}

// TestBareParliament: "Parliament" alone is the story's country's.
func TestBareParliament(t *testing.T) {
	ann := draft(t, "BISHKEK, Oct 15 - Parliament confirmed Sadyr Japarov as prime minister on Wednesday. The speaker of parliament resigned.", "2020-10-15")
	// The lexicon knows it by its own name too (round 25).
	a := actorNamed(ann, "Parliament of Kyrgyzstan")
	if a == nil || a.Name != "Jogorku Kenesh" || actorNamed(ann, "Kyrgyz parliament") != a {
		t.Fatalf("actors %+v", ann.Actors)
	}
	if e := eventOf(ann, "Appointment"); e == nil || roles(*e)[a.ID] == "" {
		t.Errorf("appointment %+v", ann.Events)
	}
	if e := eventOf(ann, "Statement"); e != nil && roles(*e)[a.ID] != "" {
		t.Errorf("the speaker of parliament is no statement of parliament: %+v", e)
	}
}

// TestRiots: burning and looting by a crowd is a protest turned violent.
func TestRiots(t *testing.T) {
	for _, text := range []string{
		"Demonstrators set fire to the prime minister's private home in Colombo late on Saturday.",
		"Rioters looted shops in Durban on Monday as protesters torched trucks.",
	} {
		if eventOf(draft(t, text, "2022-07-10"), "Protest") == nil {
			t.Errorf("%q: no protest", text)
		}
	}
}

// TestHostsWinnersAndPlurals: "welcomed X at" hosts a visit; "declared
// X the winner of Saturday's election" names the winner and the day;
// "candidates X and Y" names two people; "the two leaders announced
// agreements" are the two named before.
func TestHostsWinnersAndPlurals(t *testing.T) {
	ann := draft(t, "WASHINGTON — US President Joe Biden welcomed Narendra Modi at the White House on Thursday, and the two leaders announced agreements on jet engines.", "2023-06-23")
	if e := eventOf(ann, "Visit"); e == nil || roles(*e)["joe-biden"] != "host" || roles(*e)["narendra-modi"] != "visitor" {
		t.Errorf("visit %+v", ann.Events)
	}
	if e := eventOf(ann, "Agreement"); e == nil || len(e.Participants) != 2 {
		t.Errorf("agreement %+v", ann.Events)
	}
	ann = draft(t, "ABUJA, March 1 - Nigeria's electoral commission declared Bola Tinubu the winner of Saturday's presidential election on Wednesday.", "2023-03-02")
	if e := eventOf(ann, "Election"); e == nil || e.Date.Start != "2023-02-25" || roles(*e)["bola-tinubu"] != "winner" {
		t.Errorf("election %+v", ann.Events)
	}
	ann = draft(t, "Opposition candidates Atiku Abubakar and Peter Obi rejected the result on Thursday.", "2023-03-02")
	if e := eventOf(ann, "Statement"); e == nil || roles(*e)["peter-obi"] != "speaker" || roles(*e)["atiku-abubakar"] != "speaker" {
		t.Errorf("statement %+v", ann.Events)
	}
}

// TestDurations: "for three weeks after the vote" counts in weeks from
// the vote; "in the first four days after the election" runs from the
// election's day.
func TestDurations(t *testing.T) {
	text := "Kenya held its presidential election on August 8.\n\nOpposition supporters blocked roads for three weeks after the vote.\n\n" +
		"The interior ministry said police had detained about 900 protesters in the first three days after the election."
	ann := draft(t, text, "2017-09-05")
	for _, e := range ann.Events {
		switch e.Type {
		case "Protest":
			if e.Date.Start != "2017-08-08" || e.Date.Precision != "week" {
				t.Errorf("protest %+v", e.Date)
			}
		case "Arrest":
			if e.Date.Start != "2017-08-08" || e.Date.End != "2017-08-10" || e.Date.Precision != "day" {
				t.Errorf("arrest %+v", e.Date)
			}
		}
	}
	if eventOf(ann, "Protest") == nil || eventOf(ann, "Arrest") == nil {
		t.Errorf("events %+v", ann.Events)
	}
}

// TestGuardsOnVisitsAndNames: "received 40 percent of the vote in" is no
// visit, "spoke to the BBC" no meeting; "welcomed him at" hosts; a rank
// before a name is no part of it.
func TestGuardsOnVisitsAndNames(t *testing.T) {
	ann := draft(t, "Bola Tinubu received 37 percent of the vote in Lagos on Saturday.", "2023-03-02")
	if eventOf(ann, "Visit") != nil {
		t.Errorf("events %+v", ann.Events)
	}
	ann = draft(t, "Joe Biden spoke to the BBC on Monday.", "2023-03-02")
	if eventOf(ann, "Meeting") != nil {
		t.Errorf("events %+v", ann.Events)
	}
	ann = draft(t, "Evo Morales left Bolivia on Monday, and on Tuesday Marcelo Ebrard welcomed him at an air force base in Mexico City.", "2019-11-14")
	if e := eventOf(ann, "Visit"); e == nil || roles(*e)["marcelo-ebrard"] != "host" {
		t.Errorf("events %+v", ann.Events)
	}
	ann = draft(t, "Army head General Mamadi Doumbouya spoke on Sunday.", "2021-09-06")
	if a := actorNamed(ann, "Mamadi Doumbouya"); a == nil {
		t.Errorf("actors %+v", ann.Actors)
	}
}

// TestTriggerPrefilter: every alternative of a trigger passes the
// sentence prefilter when its words are in the sentence.
func TestTriggerPrefilter(t *testing.T) {
	for _, text := range []string{"A sit-in began in Khartoum on Monday.", "Workers went on strike in Abadan on Tuesday.", "Zelensky met Macron in Paris on Monday."} {
		found := false
		for _, e := range draft(t, "KHARTOUM — Residents spoke. "+text, "2019-06-11").Events {
			found = found || e.Type == "Protest" || e.Type == "Meeting"
		}
		if !found {
			t.Errorf("%q: no event", text)
		}
	}
	for _, tg := range triggers {
		for _, l := range tg.lits {
			if len(litKey(l)) < 3 {
				t.Errorf("trigger %s: literal %q too short to filter on", tg.typ, l)
			}
		}
	}
}

// TestAccordingTo: "according to the interior ministry" reports; "as
// thousands protested" is a protest of its own, counted by its own words
// ("thousands"), not by the arrests' count; travel bans are sanctions.
func TestAccordingTo(t *testing.T) {
	ann := draft(t, "TBILISI — Georgian police detained at least 20 people on Tuesday as thousands protested outside parliament, according to the interior ministry.", "2024-05-15")
	a, p := eventOf(ann, "Arrest"), eventOf(ann, "Protest")
	if a == nil || roles(*a)["georgian-interior-ministry"] != "reporting authority" || a.Count == nil || a.Count.Value != 20 {
		t.Errorf("arrest %+v", ann.Events)
	}
	if p == nil || p.Count == nil || p.Count.Value != 1000 || p.Count.Qualifier != "at_least" {
		t.Errorf("protest %+v", p)
	}
	if eventOf(draft(t, "The United States announced travel bans on Georgian officials on Friday.", "2024-05-15"), "Sanction") == nil {
		t.Error("travel bans are no sanction")
	}
}

// TestPronounObjects: "congratulated him" is the person named before,
// other than the one who congratulates; two who congratulate one are
// two congratulations.
func TestPronounObjects(t *testing.T) {
	ann := draft(t, "ABUJA — The commission declared Bola Tinubu the winner on Wednesday. Muhammadu Buhari congratulated him in a statement. William Ruto also congratulated him by phone.", "2023-03-02")
	n := 0
	for _, e := range ann.Events {
		if e.Type == "Congratulation" {
			n++
			if roles(e)["bola-tinubu"] != "addressee" {
				t.Errorf("congratulation %+v", e)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d congratulations, want 2", n)
	}
}

// TestFurtherTriggers: more wordings of protests, violence, sanctions and
// meetings.
func TestFurtherTriggers(t *testing.T) {
	cases := []struct{ text, typ string }{
		{"Opposition supporters boycotted the session in Dhaka on Monday.", "Protest"},
		{"Students occupied the rector's office in Belgrade on Tuesday.", "Protest"},
		{"Gunmen abducted 80 students in Kaduna on Thursday, police said.", "Violence"},
		{"Russian troops shelled Kharkiv on Friday.", "Violence"},
		{"The European Union imposed an arms embargo on Belarus on Monday.", "Sanction"},
		{"Antony Blinken sat down with Wang Yi in Beijing on Monday.", "Meeting"},
	}
	for _, c := range cases {
		if e := eventOf(draft(t, c.text, "2023-06-10"), c.typ); e == nil {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
	}
}

// TestPossessiveOwners: "Bazoum's party said" is said by the party, not
// by Bazoum.
func TestPossessiveOwners(t *testing.T) {
	ann := draft(t, "Mohamed Bazoum's party said on Thursday that a former minister had been arrested by soldiers.", "2023-07-28")
	for _, e := range ann.Events {
		if roles(e)["mohamed-bazoum"] != "" {
			t.Errorf("the owner took part: %+v", e)
		}
	}
}

// TestMoreDayWordings: nights, mornings, weeks ago and the next day.
func TestMoreDayWordings(t *testing.T) {
	pub := mustDay(t, "2020-09-14")
	cases := map[string]string{"last night": "2020-09-13", "this morning": "2020-09-14", "two weeks ago": "2020-08-31"}
	for text, want := range cases {
		if start, _, _, ok := resolve(text, pub); !ok || start.Format("2006-01-02") != want {
			t.Errorf("%q: %v %v, want %s", text, start, ok, want)
		}
	}
	ann := draft(t, "Police detained 30 protesters in Minsk on Saturday.\n\nThe next day, thousands marched through Minsk.", "2020-09-14")
	if e := eventOf(ann, "Protest"); e == nil || e.Date.Start != "2020-09-13" {
		t.Errorf("protest %+v", ann.Events)
	}
}

// TestNameParticlesAndDeals: "el-Sisi" is a name's word; a memorandum
// signed is an agreement; a deposit of money is a loan.
func TestNameParticlesAndDeals(t *testing.T) {
	ann := draft(t, "Egyptian President Abdel Fattah el-Sisi spoke in Cairo on Tuesday.", "2024-03-07")
	if a := actorNamed(ann, "Abdel Fattah el-Sisi"); a == nil {
		t.Errorf("actors %+v", ann.Actors)
	}
	ann = draft(t, "Egyptian Finance Minister Mohamed Maait and the fund's mission chief, Ivanna Vladkova Hollar, signed a memorandum of understanding in Cairo on Wednesday.", "2024-03-07")
	if e := eventOf(ann, "Agreement"); e == nil || len(e.Participants) != 2 {
		t.Errorf("agreement %+v", ann.Events)
	}
	ann = draft(t, "Saudi Arabia extended a $5bn deposit to Egypt's central bank in 2022.", "2024-03-07")
	if e := eventOf(ann, "Loan"); e == nil || e.Amount == nil || e.Amount.Value != 5000000000 {
		t.Errorf("loan %+v", ann.Events)
	}
	ann = draft(t, "Vladimir Putin said Moscow was ready to help under a collective military pact.", "2024-03-07")
	if eventOf(ann, "Agreement") != nil {
		t.Errorf("a pact named made an agreement: %+v", ann.Events)
	}
}

// TestInvalidUTF8Quotes: a quote that is not valid UTF-8 could only be
// written as binary YAML, which no annotation accepts; it is left out.
func TestInvalidUTF8Quotes(t *testing.T) {
	ann := draft(t, "Ahmed Saleh said\x9c!", "2020-09-14")
	for _, e := range ann.Events {
		for _, q := range e.Quotes {
			if !utf8.ValidString(q) {
				t.Errorf("quote %q", q)
			}
		}
	}
}

// TestAmountNearTheTrigger: of two sums, the one nearest the trigger.
func TestAmountNearTheTrigger(t *testing.T) {
	ann := draft(t, "Qatar, which pledged $3bn to Egypt in March, deposited $500m in Egypt's central bank on Monday.", "2023-06-10")
	if e := eventOf(ann, "Loan"); e == nil || e.Amount == nil || e.Amount.Value != 500000000 {
		t.Errorf("loan %+v", ann.Events)
	}
}

// TestCasualtiesJoinTheirViolence: "240 people, 80 of them police
// officers, were treated in hospital" counts the crackdown told before.
func TestCasualtiesJoinTheirViolence(t *testing.T) {
	text := "TBILISI — Riot police fired tear gas at protesters outside parliament on Thursday. More than 240 people, 80 of them police officers, were treated in hospital."
	ann := draft(t, text, "2019-06-21")
	n := 0
	for _, e := range ann.Events {
		if e.Type == "Violence" {
			n++
			if e.Count == nil || e.Count.Value != 240 || e.Count.Qualifier != "at_least" {
				t.Errorf("violence %+v", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d violence events, want 1", n)
	}
}

// TestDayIsNoCount: the day of a dateline or a date is not a number of
// the people after it.
func TestDayIsNoCount(t *testing.T) {
	for _, text := range []string{
		"VILNIUS, Oct 21 - Protesters marched through Minsk on Sunday.",
		"MINSK, Sept. 7 -- Students rallied outside the university on Monday.",
	} {
		for _, e := range draft(t, text, "2019-10-21").Events {
			if e.Count != nil {
				t.Errorf("%q: %s counts %+v", text, e.Type, *e.Count)
			}
		}
	}
	// A word that begins like a month is no month.
	for _, text := range []string{"crowds marched 5,000 people through Minsk", "the junta 300 soldiers strong", "they decided 40 people would go"} {
		if c := countIn(text); c == nil {
			t.Errorf("%q: no count", text)
		}
	}
	// A count after a date is still one.
	ann := draft(t, "On Oct 20, 5,000 protesters marched through Minsk.", "2019-10-21")
	if e := eventOf(ann, "Protest"); e == nil || e.Count == nil || e.Count.Value != 5000 {
		t.Errorf("the march of 5,000: %+v", ann.Events)
	}
}

// TestLiterals: the words a pattern's matches must begin with, looked
// into groups that must match; nil when an alternative may begin with
// anything.
func TestLiterals(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`sworn in|inaugurated`, []string{"sworn in", "inaugurated"}},
		{`(?:judged|deemed)\s+that|insist`, []string{"judged", "deemed", "insist"}},
		{`(?:(?:was|were)\s+held|detained)\s+by|arrest`, []string{"was", "were", "detained", "arrest"}},
		{`(?:very )?good|fine`, nil},
		{`(?:a|bc)\s+x`, nil},
		{`\w+\s+met`, nil},
		{`lend(?:s|ing)?|credit lines?`, []string{"lend", "credit line"}},
	} {
		t.Run(c.pattern, func(t *testing.T) {
			if got := literals(c.pattern); !slices.Equal(got, c.want) {
				t.Errorf("literals = %q, want %q", got, c.want)
			}
		})
	}
}

// TestTimedTitles: a person's lexicon title counts in the years it was
// held, and a person without one then is no ruler of a later story.
func TestTimedTitles(t *testing.T) {
	titles, err := parseTitles("prime minister:2014-2019|president:2019-")
	if err != nil {
		t.Fatal(err)
	}
	e := entry{titles: titles}
	for _, c := range []struct {
		year int
		want string
	}{{2013, ""}, {2014, "prime minister"}, {2018, "prime minister"}, {2019, "president"}, {2030, "president"}} {
		if got := e.titleAt(time.Date(c.year, 6, 1, 0, 0, 0, 0, time.UTC)); got != c.want {
			t.Errorf("%d: title %q, want %q", c.year, got, c.want)
		}
	}
	if got := (&entry{titles: []timedTitle{{title: "king"}}}).titleAt(time.Now()); got != "king" {
		t.Errorf("an untimed title: %q, want king", got)
	}
	for _, bad := range []string{"president:later", "president:2019-2014", "president:2019"} {
		if _, err := parseTitles(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	// Through the extractor: a lexicon of a leader who left office in
	// 2019; a 2024 story's "the president" is not him.
	dir := t.TempDir()
	line := "ilir-vantka\tIlir Vantka\tVantka\talbania\tpresident:2012-2019\n"
	if err := os.WriteFile(filepath.Join(dir, "people.tsv"), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		published string
		title     string
	}{{"2016-05-02", "president"}, {"2024-05-02", ""}} {
		pub, _ := time.Parse("2006-01-02", c.published)
		d := emptyDoc(x, pub)
		a := d.bySurname("Vantka")
		if a == nil || a.ID != "ilir-vantka" || a.title != c.title {
			t.Errorf("%s: Vantka is %+v, want ilir-vantka titled %q", c.published, a, c.title)
		}
	}
}

// TestMayIsAMonth: "May 10" in a dateline or "on May 9" is a month, not
// the "may" of what is only possible (found in the eleventh round, whose
// other rules are not merged: a story published in May lost its events).
func TestMayIsAMonth(t *testing.T) {
	for _, text := range []string{
		"LIMA, May 10 (Test Wire) - Protests continued on Thursday in Puno.",
		"On May 9 protesters stormed the regional government building in Puno.",
		"Since early May, students have marched every week in Cochabamba.",
	} {
		t.Run(text[:20], func(t *testing.T) {
			if ann := draft(t, text, "2024-05-10"); eventOf(ann, "Protest") == nil {
				t.Errorf("%q: no protest: %+v", text, ann.Events)
			}
		})
	}
	t.Run("not: a modal", func(t *testing.T) {
		if ann := draft(t, "Protesters may march on the capital on Thursday.", "2024-05-10"); eventOf(ann, "Protest") != nil {
			t.Errorf("a possible march drafted: %+v", ann.Events)
		}
	})
}

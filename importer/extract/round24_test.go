package extract

import (
	"slices"
	"testing"
)

// TestRound24 holds the wordings of the twenty-fourth round: probes of
// general wordings about invented people in several countries, and the
// misses of the dev sets E19, E20 and E22 (offices, who acts or speaks,
// what a timeline's present tense tells, what did not happen).
func TestRound24(t *testing.T) {
	checkDraftCases(t, []draftCase{
		// A choice of someone for an office is an appointment; the name
		// chosen is a person's even when no title or lexicon says so.
		{name: "chose as acting mayor", text: "Istanbul\n\nThe city council chose Nuri Aslan as acting mayor on Wednesday.",
			pub: "2025-03-28", typ: "Appointment", day: "2025-03-26", roles: map[string]string{"nuri-aslan": "appointee"}},
		{name: "picked as its new leader", text: "Party\n\nOn Wednesday the ruling party picked Ahmed Musa as its new leader.",
			pub: "2025-03-28", typ: "Appointment", day: "2025-03-26", roles: map[string]string{"ahmed-musa": "appointee"}},
		{name: "tapped to be minister", text: "Gabon\n\nOn Wednesday, President Ali Bongo tapped Ahmed Musa to be the new finance minister.",
			pub: "2025-03-28", typ: "Appointment", day: "2025-03-26", roles: map[string]string{"ahmed-musa": "appointee"}},
		// A chief, a head, a leader are offices too.
		{name: "named interim chief", text: "Ottawa\n\nSteve Bell was named interim chief on Tuesday.",
			pub: "2022-02-17", typ: "Appointment", day: "2022-02-15", roles: map[string]string{"steve-bell": "appointee"}},
		// Who replaces or succeeds someone in an office is appointed to
		// it; the one replaced is what it is about.
		{name: "replaced as minister", text: "Peru\n\nAhmed Musa replaced Ali Hassan as finance minister on Monday.",
			pub: "2024-03-12", typ: "Appointment", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "appointee", "ali-hassan": "subject"}},
		{name: "succeeded as leader", text: "Peru\n\nAhmed Musa succeeded Ali Hassan as party leader on Monday.",
			pub: "2024-03-12", typ: "Appointment", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "appointee", "ali-hassan": "subject"}},
		// A win names its winner, unknown as the name may be.
		{name: "unknown winner", text: "Peru\n\nAhmed Musa won the presidential election on Sunday.",
			pub: "2024-03-12", typ: "Election", day: "2024-03-10", roles: map[string]string{"ahmed-musa": "winner"}},
		// Armed men named before their verb do it; forces after it
		// suffer it.
		{name: "gunmen stormed", text: "Peru\n\nGunmen stormed a television studio in Lima on Monday.",
			pub: "2024-03-12", typ: "Violence", day: "2024-03-11", roles: map[string]string{"peru-gunmen": "perpetrator"}},
		{name: "rebels attacked, killing soldiers", text: "Congo\n\nRebels attacked an army base near Goma on Monday, killing 12 soldiers.",
			pub: "2024-03-12", typ: "Violence", day: "2024-03-11", roles: map[string]string{"democratic-republic-of-the-congo-rebels": "perpetrator", "democratic-republic-of-the-congo-soldiers": "victim"}},
		{name: "police stormed", text: "Peru\n\nPolice stormed the university campus in Lima on Monday.",
			pub: "2024-03-12", typ: "Violence", day: "2024-03-11", roles: map[string]string{"peruvian-police": "perpetrator"}},
		// A vote dated by a weekday with its date is on that date, not
		// on the last such weekday.
		{name: "vote on a weekday with its date", text: "Pakistan\n\nWhen the house met to vote on Sunday, April 3, Deputy Speaker Qasim Khan Suri threw the motion out.",
			pub: "2022-04-22", typ: "Election", day: "2022-04-03"},
		// "Deputy Speaker" is a title, not a part of the name.
		{name: "deputy speaker", text: "Pakistan\n\nDeputy Speaker Qasim Khan Suri said on Sunday that the motion was void.",
			pub: "2022-04-22", typ: "Statement", day: "2022-04-17", roles: map[string]string{"qasim-khan-suri": "speaker"}},
		// A timeline's present tense: police shoot dead.
		{name: "shoot dead", text: "Kenya\n\nJan. 16 — Police shoot dead at least five people in Kisumu.",
			pub: "2008-02-29", typ: "Violence", day: "2008-01-16", roles: map[string]string{"kenyan-police": "perpetrator"}},
		// A body named in a former office of the speaker's does not
		// speak.
		{name: "former UN watchdog chief", text: "Egypt\n\nMohamed ElBaradei, the former UN nuclear watchdog chief and opposition figure, told reporters on Friday that this was the greatest day of his life.",
			pub: "2011-02-11", typ: "Statement", day: "2011-02-11", roles: map[string]string{"mohamed-elbaradei": "speaker", "united-nations": ""}},
		// Struck or hit by a tear-gas grenade: a victim of violence.
		{name: "struck by a grenade", text: "France\n\nIn Marseille an 80-year-old woman, Zineb Redouane, was struck in the face by a tear-gas grenade on Saturday.",
			pub: "2018-12-10", typ: "Violence", day: "2018-12-08", roles: map[string]string{"zineb-redouane": "victim"}},
		{name: "described the protests, said", text: "Peru\n\nPresident Ahmed Musa on Monday described the protests as illegal.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "speaker"}},
		// Who swears someone in takes part in the inauguration.
		{name: "sworn in by", text: "Pakistan\n\nShehbaz Sharif was sworn in by Senate chairman Sadiq Sanjrani on Monday.",
			pub: "2022-04-22", typ: "Inauguration", day: "2022-04-18", roles: map[string]string{"shehbaz-sharif": "inaugurated", "sadiq-sanjrani": "participant"}},
		// Agreements: to share power, a ceasefire initialled.
		{name: "agreed to share power", text: "Kenya\n\nPresident Mwai Kibaki and opposition leader Raila Odinga agreed on Thursday to share power.",
			pub: "2008-03-01", typ: "Agreement", day: "2008-02-28", roles: map[string]string{"mwai-kibaki": "signatory", "raila-odinga": "signatory"}},
		{name: "initialled a ceasefire", text: "Sudan\n\nPresident Omar al-Bashir and rebel leader John Garang initialled a ceasefire on Thursday.",
			pub: "2008-03-01", typ: "Agreement", day: "2008-02-28"},
		// Visits: a trip to a city, a landing, a city visited is the
		// visit's place (checked below).
		{name: "trip to", text: "Ukraine\n\nOn Monday Secretary of State Antony Blinken made a surprise trip to Kyiv.",
			pub: "2024-03-12", typ: "Visit", day: "2024-03-11", roles: map[string]string{"antony-blinken": "visitor"}},
		{name: "landed in", text: "Ukraine\n\nSecretary of State Antony Blinken landed in Kyiv on Monday.",
			pub: "2024-03-12", typ: "Visit", day: "2024-03-11", roles: map[string]string{"antony-blinken": "visitor"}},
		// Who gives an interview is interviewed, unknown as the name may be.
		{name: "gave an interview", text: "Peru\n\nAhmed Musa gave an interview to the BBC on Monday.",
			pub: "2024-03-12", typ: "Interview", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "interviewee", "bbc": "interviewer"}},
		// Sanctions: a capital acting with its day between, borders
		// closed, visas revoked, entry banned, a name added to a list.
		{name: "Washington on Monday blacklisted", text: "Belarus\n\nWashington on Monday blacklisted three Belarusian officials.",
			pub: "2024-03-12", typ: "Sanction", day: "2024-03-11", roles: map[string]string{"united-states": "sanctioning party", "belarus": "sanctioned party"}},
		{name: "closed its borders with", text: "Niger\n\nECOWAS closed its borders with Niger on Monday and froze the country's assets.",
			pub: "2024-03-12", typ: "Sanction", day: "2024-03-11", roles: map[string]string{"ecowas": "sanctioning party", "niger": "sanctioned party"}},
		{name: "revoked the visas", text: "Honduras\n\nThe United States revoked the visas of 12 Honduran officials on Monday.",
			pub: "2024-03-12", typ: "Sanction", day: "2024-03-11", roles: map[string]string{"united-states": "sanctioning party"}},
		{name: "banned from entering", text: "Belarus\n\nLithuania banned Belarusian President Alexander Lukashenko from entering the country on Monday.",
			pub: "2024-03-12", typ: "Sanction", day: "2024-03-11", roles: map[string]string{"lithuania": "sanctioning party", "alexander-lukashenko": "sanctioned party"}},
		{name: "added to its sanctions list", text: "Belarus\n\nThe US Treasury added Belarusian President Alexander Lukashenko to its sanctions list on Monday.",
			pub: "2024-03-12", typ: "Sanction", day: "2024-03-11", roles: map[string]string{"alexander-lukashenko": "sanctioned party"}},
		// Vigils and pot-banging are protests; who is among the detained
		// is detained.
		{name: "candlelight vigil", text: "Peru\n\nOpposition supporters held a candlelight vigil in Lima on Saturday.",
			pub: "2024-03-12", typ: "Protest", day: "2024-03-09"},
		{name: "banged pots", text: "Peru\n\nWomen banged pots and pans from their balconies across Lima on Saturday night.",
			pub: "2024-03-12", typ: "Protest", day: "2024-03-09"},
		{name: "among those detained", text: "Peru\n\nTwo journalists were among those detained in Lima on Saturday.",
			pub: "2024-03-12", typ: "Arrest", day: "2024-03-09", roles: map[string]string{"peru-journalists": "detainee"}},
		// Who was declared the winner won, unknown as the name may be.
		{name: "was declared the winner", text: "Peru\n\nAhmed Musa was declared the winner of Sunday's presidential election with 52 per cent.",
			pub: "2024-03-12", typ: "Election", day: "2024-03-10", roles: map[string]string{"ahmed-musa": "winner"}},
		// Talks held cue the name before them.
		{name: "unknown name held talks", text: "Peru\n\nAhmed Musa held talks with Chilean President Gabriel Boric on Monday.",
			pub: "2024-03-12", typ: "Meeting", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "participant", "gabriel-boric": "participant"}},
		// A timeline's present tense: a bomb killing people, who replaces
		// the one who resigned, a reappointment, a capital recalling its
		// ambassador.
		{name: "a bomb killing", text: "Lebanon\n\n14 February 2005 — A bomb explodes in Beirut, killing Prime Minister Rafik al-Hariri and 21 other people.",
			pub: "2005-04-27", typ: "Violence", day: "2005-02-14", roles: map[string]string{"rafik-al-hariri": "victim"}},
		{name: "replaces him", text: "Lebanon\n\n20 October 2004 — Prime Minister Rafik al-Hariri resigns. Former prime minister Omar Karami replaces him.",
			pub: "2005-04-27", typ: "Appointment", day: "2004-10-20", roles: map[string]string{"omar-karami": "appointee"}},
		{name: "reappoints", text: "Lebanon\n\n10 March — President Emile Lahoud reappoints Omar Karami as prime minister.",
			pub: "2005-04-27", typ: "Appointment", day: "2005-03-10", roles: map[string]string{"omar-karami": "appointee"}},
		{name: "Washington recalls", text: "Lebanon\n\n15 February — Washington recalls its ambassador in Damascus, Margaret Scobey, for consultations.",
			pub: "2005-04-27", typ: "Statement", day: "2005-02-15", roles: map[string]string{"united-states": "speaker"}},
		// Those inaugurated are people, not the body whose declaration
		// came before.
		{name: "oath after a commission declared", text: "Zimbabwe\n\nRobert Mugabe took the oath of office at State House in Harare on Sunday afternoon, barely an hour after the Zimbabwe Electoral Commission (ZEC) declared that he had won.",
			pub: "2008-06-30", typ: "Inauguration", day: "2008-06-29", roles: map[string]string{"robert-mugabe": "inaugurated", "zec": "", "zimbabwe-electoral-commission": ""}},
		// A call to congratulate is the congratulation; congratulations
		// received come from someone.
		{name: "phoned to congratulate", text: "Peru\n\nRussian President Vladimir Putin phoned President Ahmed Musa on Monday to congratulate him on his victory.",
			pub: "2024-03-12", typ: "Congratulation", day: "2024-03-11", roles: map[string]string{"vladimir-putin": "speaker", "ahmed-musa": "addressee"}},
		{name: "received congratulations from", text: "Peru\n\nPresident Ahmed Musa received congratulations from Chinese President Xi Jinping on Monday.",
			pub: "2024-03-12", typ: "Congratulation", day: "2024-03-11", roles: map[string]string{"xi-jinping": "speaker", "ahmed-musa": "addressee"}},
		// The day before the saying, told in what it reports.
		{name: "said that the previous day", text: "Peru\n\nInterior Minister Carlos Ruiz said on Monday that police had arrested 40 people the previous day.",
			pub: "2024-03-13", typ: "Arrest", day: "2024-03-10"},
		// Asylum granted is a state's decision.
		{name: "granted him asylum", text: "Ecuador\n\nBrazil granted asylum to Lucio Gutiérrez on Wednesday.",
			pub: "2005-04-22", typ: "Statement", day: "2005-04-20", roles: map[string]string{"brazil": "speaker"}},
		// A claim held, told in a clause about the speaker, neither
		// makes a statement nor dates the one the sentence tells.
		{name: "says in a relative clause", text: "Ukraine\n\nViktor Yushchenko, who fell seriously ill in September and says he was poisoned, has accused the authorities of stealing the election.",
			pub: "2004-12-03", typ: "Statement", day: "2004-12-03", roles: map[string]string{"viktor-yushchenko": "speaker"}},
		// Who speaks for a person, the office or the spokesman, speaks
		// as the person.
		{name: "office said", text: "France\n\nPresident Emmanuel Macron's office said on Monday that he would visit Berlin next week.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"emmanuel-macron": "speaker"}},
		{name: "spokesman said", text: "France\n\nMacron's spokesman said on Monday that the president was ready to talk.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"emmanuel-macron": "speaker"}},
		{name: "unknown person's office", text: "Peru\n\nPresident Ahmed Musa's office said on Monday that he would not resign.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "speaker"}},
		// Praise is a statement, and its verb cues the name before it.
		{name: "hailed", text: "Peru\n\nOn Monday, Foreign Minister Ali Hassan hailed the agreement as historic.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"ali-hassan": "speaker"}},
		{name: "unknown name praised", text: "Peru\n\nAli Hassan praised the protesters' courage in a televised address on Monday.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"ali-hassan": "speaker"}},
	})
	checkNoEvents(t, []noEventCase{
		// Where a meeting is held takes no part in it: with no one else
		// named, no meeting is drafted.
		{name: "received at the Elysee", text: "France\n\nIn an address from the Élysée Palace tonight, President Emmanuel Macron announced a rise in the minimum wage.\n\n" +
			"He received union leaders, employers' organisations and representatives of mayors at the Élysée this morning.", pub: "2018-12-10", typ: "Meeting"},
		// What a statement judges is told elsewhere: no protest or
		// election on the day it is judged.
		{name: "described the protests", text: "Peru\n\nPresident Ahmed Musa on Monday described the protests as illegal.", pub: "2024-03-12", typ: "Protest"},
		{name: "rejected the vote", text: "Peru\n\nOpposition leader Ali Hassan rejected the vote on Monday.", pub: "2024-03-12", typ: "Election"},
		// A strike ended is told elsewhere.
		{name: "to end the strike", text: "Kenya\n\nThe two sides reached an agreement on Thursday to end the strike.", pub: "2008-03-01", typ: "Protest"},
		// Received with no one after it is no meeting.
		{name: "knighthood received", text: "Zimbabwe\n\nTwo days later Queen Elizabeth II stripped Robert Mugabe of the honorary knighthood he received in 1994.", pub: "2008-06-30", typ: "Meeting"},
		// What is denied to be so did not happen.
		{name: "deny that he is under house arrest", text: "Armenia\n\nOpposition leader Levon Ter-Petrosyan was driven home on Saturday. The authorities deny that he is under house arrest.", pub: "2008-03-02", typ: "Arrest"},
		// A death from illness is no violence.
		{name: "died of a heart attack", text: "Togo\n\nPrime Minister Koffi Sama announced on state television on Saturday that President Gnassingbé Eyadéma had died of a heart attack on the plane.", pub: "2005-02-26", typ: "Violence"},
		// A trip come back from is background, not a visit that day.
		{name: "returned from a trip", text: "Kenya\n\nOpposition leader Raila Odinga, who returned from a trip to the United States on Friday, did not attend court.", pub: "2017-11-21", typ: "Visit"},
	})
	// "detained" before the people it describes tells no arrest: one
	// arrest here, not two.
	live := "Egypt\n\n16:20 — A lawyer says military police detained 14 people near the television building this afternoon.\n\n" +
		"22:40 — Many on the square say they will not leave until the army sets a date for elections and frees detained activists."
	if n := len(slices.DeleteFunc(draft(t, live, "2011-02-11").Events, func(e Event) bool { return e.Type != "Arrest" })); n != 1 {
		t.Errorf("%d arrests drafted, want 1", n)
	}
	// People held overnight or for questioning were detained.
	for _, text := range []string{"More than 200 people were held overnight in Lima, police said on Sunday.", "Ali Hassan was held for questioning in Lima on Sunday."} {
		a := draft(t, "Peru\n\n"+text, "2024-03-12")
		if !slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Arrest" }) {
			t.Errorf("%q: no arrest among %+v", text, a.Events)
		}
	}
	// A party's win is no person's: one capitalised word before "won" is
	// not taken for a name (a guard on the cue "won" gives names).
	a := draft(t, "Britain\n\nLabour won the election on Sunday.", "2024-03-12")
	for _, x := range a.Actors {
		if x.Kind == "Person" {
			t.Errorf("a party taken for a person: %+v", x)
		}
	}
}

// TestRound24Dates: days counted back in words up to twelve, holidays on
// a fixed day, "this past weekend".
func TestRound24Dates(t *testing.T) {
	for _, c := range []struct{ wording, start string }{
		{"ten days ago", "2024-03-02"},
		{"twelve days ago", "2024-02-29"},
		{"on New Year's Eve", "2023-12-31"},
		{"on Christmas Day", "2023-12-25"},
		{"on May Day", "2023-05-01"},
		{"this past weekend", "2024-03-09"},
	} {
		t.Run(c.wording, func(t *testing.T) {
			a := draft(t, "Peru\n\nPolice arrested opposition leader Ali Hassan "+c.wording+".", "2024-03-12")
			i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Arrest" })
			if i < 0 {
				t.Fatalf("no arrest among %+v", a.Events)
			}
			if d := a.Events[i].Date; d == nil || d.Start != c.start {
				t.Errorf("dated %+v, want %s", d, c.start)
			}
		})
	}
}

// TestRound24Qualifiers: "nearly", "almost", "close to" bound a count from
// above, as the gold's conventions say; "upwards of" from below.
func TestRound24Qualifiers(t *testing.T) {
	for _, c := range []struct{ words, want string }{
		{"Nearly 3,000", "at_most"}, {"Almost 3,000", "at_most"}, {"Close to 3,000", "at_most"}, {"Upwards of 3,000", "at_least"},
	} {
		t.Run(c.words, func(t *testing.T) {
			a := draft(t, "Peru\n\n"+c.words+" people rallied in Lima on Saturday.", "2024-03-12")
			i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Protest" })
			if i < 0 {
				t.Fatalf("no protest among %+v", a.Events)
			}
			if n := a.Events[i].Count; n == nil || n.Value != 3000 || n.Qualifier != c.want {
				t.Errorf("count %+v, want 3000 %s", n, c.want)
			}
		})
	}
}

// TestRound24AgreedTo: an agreement on an exchange or a timetable is an
// agreement, whatever its day.
func TestRound24AgreedTo(t *testing.T) {
	for _, text := range []string{"Russia and Ukraine agreed to a prisoner exchange on Thursday.", "Mali's junta and ECOWAS agreed on a 24-month transition timetable on Thursday."} {
		a := draft(t, "Talks\n\n"+text, "2022-07-09")
		if !slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Agreement" }) {
			t.Errorf("%q: no agreement among %+v", text, a.Events)
		}
	}
}

// TestRound24VisitedPlace: the city a visit's verb takes is its place.
func TestRound24VisitedPlace(t *testing.T) {
	a := draft(t, "Ukraine\n\nSecretary of State Antony Blinken visited Kyiv on Monday.", "2024-03-12")
	i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Visit" })
	if i < 0 || a.Events[i].Place != "kyiv" {
		t.Errorf("want a visit in kyiv: %+v", a.Events)
	}
}

// TestRound24WeekdayEndsHistory: an obituary's history dated by years,
// then the story's own days by weekday and date: a day and month after
// them is this year's, not the one after the last year the history told.
func TestRound24WeekdayEndsHistory(t *testing.T) {
	text := "Togo\n\nIn December 2002 his parliament removed the two-term limit, and in June 2003 he was returned once more, with 57 per cent.\n\n" +
		"The end came on Saturday 5 February. Prime Minister Koffi Sama announced on state television that evening that the president had died.\n\n" +
		"The younger Gnassingbé, Faure Gnassingbé, was sworn in as president on 7 February before the Constitutional Court."
	a := draft(t, text, "2005-02-26")
	i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Inauguration" })
	if i < 0 {
		t.Fatalf("no inauguration among %+v", a.Events)
	}
	if d := a.Events[i].Date; d == nil || d.Start != "2005-02-07" {
		t.Errorf("inauguration dated %+v, want 2005-02-07", d)
	}
}

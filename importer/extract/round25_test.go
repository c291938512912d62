package extract

import (
	"slices"
	"testing"
)

// TestRound25 holds the wordings of the twenty-fifth round.
func TestRound25(t *testing.T) {
	checkDraftCases(t, []draftCase{
		// A result told after its vote, without naming the vote again,
		// gives the vote its winner and candidates.
		{name: "declares the winner, next paragraph", text: "Kenya\n\nDec. 27 — Kenyans vote in presidential elections.\n\nDec. 30 — The electoral commission declares President Mwai Kibaki the winner by about 230,000 votes.",
			pub: "2008-02-29", typ: "Election", day: "2007-12-27", roles: map[string]string{"mwai-kibaki": "winner"}},
		{name: "shares after the names", text: "Zimbabwe\n\nZimbabweans voted in a presidential election on March 29.\n\nOn May 2 the commission published the result: opposition leader Morgan Tsvangirai 47.9 per cent, President Robert Mugabe 43.2 per cent.",
			pub: "2008-06-30", typ: "Election", day: "2008-03-29", roles: map[string]string{"morgan-tsvangirai": "candidate", "robert-mugabe": "candidate"}},
		{name: "with a share against a share for", text: "Kenya\n\nThe Supreme Court annulled the election of 8 August. The commission had declared President Uhuru Kenyatta the winner of that vote with 54.27% against 44.74% for opposition leader Raila Odinga.",
			pub: "2017-11-21", typ: "Election", day: "2017-08-08", roles: map[string]string{"uhuru-kenyatta": "winner", "raila-odinga": "candidate"}},
	})
}

// TestRound25Legislatures: a country's legislature is one body, whatever
// the story calls it, and carries the names the lexicon knows it by.
func TestRound25Legislatures(t *testing.T) {
	cases := []struct {
		name, text, pub string
		want            []string // names of the one body, in any order
	}{
		{"parliament, then its own name", "Israel\n\nIsrael's parliament voted on Tuesday to pass the bill. The Knesset will meet again next week.", "2023-03-05",
			[]string{"Knesset", "Israeli parliament", "Parliament of Israel"}},
		{"its own name, then parliament", "Serbia\n\nSerbia's National Assembly voted on Tuesday to confirm the government. Opposition deputies walked out of parliament.", "2025-03-05",
			[]string{"National Assembly of Serbia", "Serbian National Assembly", "Serbian parliament"}},
		{"a bare parliament", "Maldives\n\nPresident Mohamed Muizzu addressed parliament on Monday.", "2024-02-06",
			[]string{"People's Majlis", "Maldivian parliament", "Parliament of Maldives"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := draft(t, c.text, c.pub)
			var bodies []string
			for _, x := range a.Actors {
				for _, n := range c.want {
					if actorNamed(&Annotation{Actors: []Actor{x}}, n) != nil {
						bodies = append(bodies, x.ID)
						break
					}
				}
			}
			if len(bodies) != 1 {
				t.Fatalf("want one body named %v, got %v: %+v", c.want, bodies, a.Actors)
			}
			for _, n := range c.want {
				if actorNamed(a, n) == nil {
					t.Errorf("no actor named %q: %+v", n, a.Actors)
				}
			}
		})
	}
}

// TestRound25TheCapital: "in the capital" is the capital the story named
// before, and a protest there is not the one told in another town.
func TestRound25TheCapital(t *testing.T) {
	a := draft(t, "HAVANA — Thousands of Cubans protested on Sunday in San Antonio de los Baños against shortages. "+
		"In the capital, thousands of people marched along the Malecón seawall.", "2021-07-12")
	i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Protest" && e.Place == "havana" })
	if i < 0 {
		t.Fatalf("no protest in havana: %+v", a.Events)
	}
	if n := len(a.Events[i].Quotes); n != 1 {
		t.Errorf("the march in the capital holds %d quotes, want its own only: %+v", n, a.Events[i].Quotes)
	}
	// A capital the story never named stays unsaid: writers call
	// Abidjan the Ivorian capital.
	a = draft(t, "Ivory Coast\n\nThousands of people marched in the capital on Sunday.", "2020-11-02")
	for _, e := range a.Events {
		if e.Place == "yamoussoukro" {
			t.Errorf("a capital the story did not name: %+v", e)
		}
	}
}

// TestRound25HyphenedOffice: an office written with a hyphen in
// apposition ("the secretary-general", "the attorney-general") marks
// the name before it as a person's, as "the spokesman" does.
func TestRound25HyphenedOffice(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "secretary-general", text: "Zimbabwe\n\nOn June 12 Tendai Biti, the MDC secretary-general, was arrested at Harare airport.",
			pub: "2008-06-30", typ: "Arrest", day: "2008-06-12", roles: map[string]string{"tendai-biti": "detainee"}},
		{name: "attorney-general", text: "Peru\n\nAhmed Musa, the attorney-general, said on Monday that the charges stood.",
			pub: "2024-03-12", typ: "Statement", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "speaker"}},
	})
}

// TestRound25VoteSpokenOf: a vote someone speaks of is no election on
// the day of the saying; one that names its own day stays.
func TestRound25VoteSpokenOf(t *testing.T) {
	for _, text := range []string{
		"Observers from the Southern African Development Community said on Sunday that the vote did not represent the will of the people.",
		"Its spokesman, Dmitry Peskov, said on Monday that the vote had been unfree.",
		"Ayatollah Ali Khamenei congratulated Mahmoud Ahmadinejad on 13 June, calling the vote a real celebration.",
	} {
		a := draft(t, "Vote\n\n"+text, "2024-10-23")
		if slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Election" }) {
			t.Errorf("%q: an election drafted: %+v", text, a.Events)
		}
	}
	a := draft(t, "Kenya\n\nRaila Odinga said on Monday that the vote of 8 August was rigged.", "2017-08-15")
	if !slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Election" && e.Date != nil && e.Date.Start == "2017-08-08" }) {
		t.Errorf("the vote of 8 August is lost: %+v", a.Events)
	}
}

// TestRound25SwornIn: a swearing-in told in the active voice is the
// taking of office, the one who administers the oath a participant;
// one to an office the text names is an appointment.
func TestRound25SwornIn(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "swore in", text: "Ivory Coast\n\nChief Justice Paul Yao N'Dré swore in Alassane Ouattara on Friday.", pub: "2011-05-22",
			typ: "Inauguration", day: "2011-05-20", roles: map[string]string{"alassane-ouattara": "inaugurated", "paul-yao-ndre": "participant"}},
		{name: "swore him in, split", text: "Ivory Coast\n\nThe chief justice swore Alassane Ouattara in on Friday.", pub: "2011-05-22",
			typ: "Inauguration", day: "2011-05-20", roles: map[string]string{"alassane-ouattara": "inaugurated"}},
		{name: "swore in as his prime minister", text: "Peru\n\nOn the 18th President Francisco Sagasti swore in Violeta Bermúdez, a lawyer, as his prime minister.", pub: "2020-11-28",
			typ: "Appointment", day: "2020-11-18", roles: map[string]string{"violeta-bermudez": "appointee", "francisco-sagasti": "announcer"}},
	})
}

// TestRound25DueLater: a vote due later has not happened, and its day
// does not date who speaks of it.
func TestRound25DueLater(t *testing.T) {
	a := draft(t, "Pakistan\n\nSUNDAY. Prime Minister Shaukat Aziz told a news conference that the general election due in January could be put off by up to a year.", "2007-11-10")
	for _, e := range a.Events {
		if e.Type == "Election" {
			t.Errorf("an election due later drafted: %+v", e)
		}
	}
	i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Statement" })
	if i < 0 || a.Events[i].Date == nil || a.Events[i].Date.Start != "2007-11-04" {
		t.Errorf("want the statement dated Sunday 2007-11-04: %+v", a.Events)
	}
}

// TestRound25SuspendedPerson: a person suspended is put out of office, a
// statement as dismissals are; a state suspended is sanctioned.
func TestRound25SuspendedPerson(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "a judge suspended", text: "Pakistan\n\nChief Justice Iftikhar Chaudhry ruled against him. Earlier, on March 9, President Pervez Musharraf had suspended Chaudhry for the first time.",
			pub: "2007-11-10", typ: "Statement", day: "2007-03-09", roles: map[string]string{"pervez-musharraf": "speaker"}},
		{name: "a state suspended", text: "Mali\n\nOn Monday ECOWAS suspended Mali from the bloc.",
			pub: "2021-06-02", typ: "Sanction", day: "2021-05-31", roles: map[string]string{"mali": "sanctioned party"}},
	})
}

// TestRound25Confined: confined to one's home is held there.
func TestRound25Confined(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "was confined to his residence", text: "Pakistan\n\nOn Saturday night Chief Justice Iftikhar Chaudhry was confined to his residence by police.",
			pub: "2007-11-10", typ: "Arrest", day: "2007-11-10", roles: map[string]string{"iftikhar-chaudhry": "detainee"}},
		{name: "police confined her to her house", text: "Pakistan\n\nOn Friday police confined Benazir Bhutto to her house in Islamabad.",
			pub: "2007-11-10", typ: "Arrest", day: "2007-11-09"},
	})
}

// TestRound25WeekdayIsNoDateline: "Tuesday, November 11 —" opens a
// timeline's entry, not a wire dateline; "yesterday" after it is the day
// before publication.
func TestRound25WeekdayIsNoDateline(t *testing.T) {
	text := "The dismissal\n\nSir John Kerr dismissed Gough Whitlam on Tuesday.\n\n" +
		"Tuesday, November 11 — Mr Whitlam meets Mr Fraser at Parliament House.\n\n" +
		"Yesterday — The caretaker ministry of Malcolm Fraser is sworn in at Government House."
	a := draft(t, text, "1975-11-13")
	i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == "Inauguration" })
	if i < 0 || a.Events[i].Date == nil || a.Events[i].Date.Start != "1975-11-12" {
		t.Errorf("want the swearing-in on 1975-11-12: %+v", a.Events)
	}
}

// TestRound25Wordings holds verbs and nouns met in E27 (dev): a class
// boycott, a result certified, a leader speaking on television, and a
// loan only offered.
func TestRound25Wordings(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "boycotting classes", text: "Hong Kong\n\nSince last Monday university students have been boycotting classes.", pub: "2014-09-28",
			typ: "Protest", day: "2014-09-22"},
		{name: "certified the victory", text: "Taiwan\n\nThe Central Election Commission formally certified Chen Shui-bian's victory on Friday.", pub: "2004-03-29",
			typ: "Statement", day: "2004-03-26", roles: map[string]string{"taiwan-central-election-commission": "speaker"}},
		{name: "spoke on national television", text: "Venezuela\n\nPresident Hugo Chavez spoke on national television for over an hour on Thursday.", pub: "2002-04-14",
			typ: "Statement", day: "2002-04-11", roles: map[string]string{"hugo-chavez": "speaker"}},
		{name: "a loan offer is no loan", text: "Australia\n\n2 July — Prime Minister Gough Whitlam sacks his Treasurer, Jim Cairns, accusing him of misleading Parliament over a letter about another loan offer.", pub: "1975-11-13",
			typ: "Statement", day: "1975-07-02", roles: map[string]string{"gough-whitlam": "speaker"}},
	})
	a := draft(t, "Australia\n\nOn Monday the minister wrote a letter about another loan offer.", "1975-11-13")
	if slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Loan" }) {
		t.Errorf("a loan offer drafted a loan: %+v", a.Events)
	}
}

// TestRound25JoinedRoundedUp: joining demonstrators named with a word
// before them protests; "were rounded up" is the passive of an arrest.
func TestRound25JoinedRoundedUp(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "joined opposition demonstrators", text: "Maldives\n\nOn Monday several hundred police officers joined opposition demonstrators at Republic Square.", pub: "2012-02-08",
			typ: "Protest", day: "2012-02-06"},
		{name: "were rounded up", text: "Ethiopia\n\nOn Tuesday hundreds of students were rounded up in the capital's poorer districts.", pub: "2005-11-08",
			typ: "Arrest", day: "2005-11-08", roles: map[string]string{"ethiopia-students": "detainee"}},
	})
}

// TestRound25WeekdayWithDateAnchors: "Then, on Sunday 17 September, …
// Within hours … That evening": the day the sentence before names is
// the whole date, not the Sunday before publication.
func TestRound25WeekdayWithDateAnchors(t *testing.T) {
	text := "Hungary\n\nThen, on Sunday 17 September, Hungarian Radio broadcast a recording. Within hours Prime Minister Ferenc Gyurcsány confirmed that the voice was his. " +
		"That evening several thousand people gathered on Kossuth Square, in front of parliament."
	a := draft(t, text, "2006-10-28")
	for _, typ := range []string{"Statement", "Protest"} {
		i := slices.IndexFunc(a.Events, func(e Event) bool { return e.Type == typ })
		if i < 0 || a.Events[i].Date == nil || a.Events[i].Date.Start != "2006-09-17" {
			t.Errorf("want a %s on 2006-09-17: %+v", typ, a.Events)
		}
	}
}

// TestRound25StreetNamedForACity: "the Astoria junction" in Budapest is
// no town in Oregon.
func TestRound25StreetNamedForACity(t *testing.T) {
	a := draft(t, "Hungary\n\nOn Monday Fidesz held a rally of tens of thousands near the Astoria junction in Budapest.", "2006-10-28")
	for _, p := range a.Places {
		if p.ID == "astoria" {
			t.Errorf("a junction made a city: %+v", a.Places)
		}
	}
	for _, x := range a.Actors {
		if x.ID == "united-states" {
			t.Errorf("a junction named the United States: %+v", a.Actors)
		}
	}
}

// TestRound25Denials: a denial is a statement (CAMEO 016); a denial
// suffered ("was denied bail") is none.
func TestRound25Denials(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "denied that", text: "Maldives\n\nOn Tuesday the Maldivian military denied that any soldier had threatened Mohamed Nasheed.", pub: "2012-02-08",
			typ: "Statement", day: "2012-02-07", roles: map[string]string{"maldivian-military": "speaker"}},
		{name: "denied any involvement", text: "Russia\n\nThe Kremlin on Monday denied any involvement.", pub: "2012-02-08",
			typ: "Statement", day: "2012-02-06", roles: map[string]string{"russia": "speaker"}},
	})
	a := draft(t, "Russia\n\nOn Monday opposition leader Alexei Navalny was denied bail.", "2021-01-20")
	for _, e := range a.Events {
		if e.Type == "Statement" {
			t.Errorf("a denial suffered made a statement: %+v", e)
		}
	}
}

// TestRound25BodyResolution: a body that is no chamber adopting a
// resolution states it; a chamber passing a bill still debates.
func TestRound25BodyResolution(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "security council", text: "Venezuela\n\nOn Saturday the UN Security Council adopted a resolution condemning the coup.", pub: "2002-04-14",
			typ: "Statement", day: "2002-04-13", roles: map[string]string{"un-security-council": "speaker"}},
		{name: "a chamber", text: "Brazil\n\nOn Saturday the Senate approved the bill by 60 votes to 40.", pub: "2002-04-14",
			typ: "Debate", day: "2002-04-13", roles: map[string]string{"brazilian-senate": "host"}},
	})
}

// TestRound25MoreSayings: calling off a strike is a statement (new in
// round 25), as "affirmed" and "reiterated" already were.
func TestRound25MoreSayings(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "affirmed that", text: "Nicaragua\n\nOn Wednesday President Daniel Ortega affirmed that the police had orders not to shoot.", pub: "2018-05-17",
			typ: "Statement", day: "2018-05-16", roles: map[string]string{"daniel-ortega": "speaker"}},
		{name: "reiterated", text: "Nicaragua\n\nOn Wednesday President Daniel Ortega reiterated his call for dialogue.", pub: "2018-05-17",
			typ: "Statement", day: "2018-05-16", roles: map[string]string{"daniel-ortega": "speaker"}},
		{name: "called off its strike", text: "Israel\n\nThe Histadrut called off its general strike on Monday.", pub: "2023-03-28",
			typ: "Statement", day: "2023-03-27", roles: map[string]string{"histadrut": "speaker"}},
	})
}

// TestRound25AppointeeApposed: what the one named is, in commas between
// the name and the office, neither hides the appointment nor takes part
// in it.
func TestRound25AppointeeApposed(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "names X, what X is, as", text: "Lebanon\n\n15 April — President Emile Lahoud names Najib Mikati, a telecoms businessman and former transport minister, as prime minister.", pub: "2005-04-27",
			typ: "Appointment", day: "2005-04-15", roles: map[string]string{"najib-mikati": "appointee", "emile-lahoud": "announcer"}},
		{name: "chose X, a councillor, as", text: "Turkey\n\nOn Friday the city council chose Nuri Aslan, a CHP councillor, as acting mayor.", pub: "2025-03-29",
			typ: "Appointment", day: "2025-03-28", roles: map[string]string{"nuri-aslan": "appointee", "chp": ""}},
		{name: "replaced X, a banker, as", text: "Peru\n\nAhmed Musa replaced Ali Hassan, a former banker, as finance minister on Monday.", pub: "2024-03-12",
			typ: "Appointment", day: "2024-03-11", roles: map[string]string{"ahmed-musa": "appointee", "ali-hassan": "subject"}},
	})
}

// TestRound25E29Wordings: wordings met in E29 (dev): diplomats expelled
// in a timeline's present, budget support withheld (with the state
// before the verb acting), both charges denied.
func TestRound25E29Wordings(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "expels diplomats", text: "Georgia\n\nOn Thursday the foreign ministry expels three Russian diplomats.", pub: "2007-11-11",
			typ: "Sanction", day: "2007-11-08", roles: map[string]string{"georgian-foreign-ministry": "sanctioning party"}},
		{name: "withheld budget support", text: "Uganda\n\nOn Monday Britain withheld 15 million pounds of its budget support.", pub: "2006-01-04",
			typ: "Sanction", day: "2006-01-02", roles: map[string]string{"united-kingdom": "sanctioning party"}},
		{name: "denied both charges", text: "Uganda\n\nOn Monday opposition leader Kizza Besigye denied both charges.", pub: "2006-01-04",
			typ: "Statement", day: "2006-01-02", roles: map[string]string{"kizza-besigye": "speaker"}},
	})
}

// TestRound25FirstRound: leading the first round is an election of its
// own, apart from the run-off the sentence tells next.
func TestRound25FirstRound(t *testing.T) {
	text := "Maldives\n\nMohamed Muizzu led the first round on 9 September with 46 per cent of the vote and beat Ibrahim Mohamed Solih in the run-off on 30 September with about 54 per cent."
	a := draft(t, text, "2023-10-09")
	for _, day := range []string{"2023-09-09", "2023-09-30"} {
		if !slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Election" && e.Date != nil && e.Date.Start == day }) {
			t.Errorf("no election on %s: %+v", day, a.Events)
		}
	}
}

// TestRound25FoldedSurname: a word that matches a known leader's
// surname only through folded spelling ("Chai" of "Wan Chai" for Tsai)
// is no mention of the leader, nor a vote for the leader's country;
// a spelling the lexicon knows still is ("Lukashenka", "Hariri's").
func TestRound25FoldedSurname(t *testing.T) {
	a := draft(t, "Hong Kong\n\nSchools in Wan Chai were closed on Monday.", "2014-09-28")
	if x := actorNamed(a, "Tsai Ing-wen"); x != nil {
		t.Errorf("Wan Chai named Tsai: %+v", a.Actors)
	}
	a = draft(t, "Minsk\n\nLukashenka met protesters' representatives on Monday.", "2020-09-14")
	if actorNamed(a, "Alexander Lukashenko") == nil {
		t.Errorf("Lukashenka lost: %+v", a.Actors)
	}
}

// TestRound25TimelinePresent: E31's timeline (dev) in the present:
// an abbreviated rank before a name ends no clause, "quits as" and
// "gives up his post" resign, "in protest" is how, and an offer to hold
// an election holds none.
func TestRound25TimelinePresent(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "Gen. before a name", text: "Sudan\n\nOn Friday Gen. Abdel Fattah al-Burhan said the vote was rigged.", pub: "2006-01-04",
			typ: "Statement", day: "2005-12-30", roles: map[string]string{"abdel-fattah-al-burhan": "speaker"}},
		{name: "declares, an unknown name", text: "Philippines\n\nJan. 19 — Gen. Angelo Reyes declares that the military has withdrawn its support.", pub: "2001-01-22",
			typ: "Statement", day: "2001-01-19", roles: map[string]string{"angelo-reyes": "speaker"}},
		{name: "quits as", text: "Philippines\n\nOct. 12 — Vice President Gloria Arroyo quits as social welfare secretary.", pub: "2001-01-22",
			typ: "Statement", day: "2000-10-12", roles: map[string]string{"gloria-macapagal-arroyo": "speaker"}},
		{name: "gives up his post in protest", text: "Philippines\n\nJan. 16 — Senate President Aquilino Pimentel gives up his post in protest.", pub: "2001-01-22",
			typ: "Statement", day: "2001-01-16", roles: map[string]string{"aquilino-pimentel": "speaker"}},
	})
	for _, c := range []struct{ text, typ string }{
		{"Philippines\n\nJan. 16 — Senate President Aquilino Pimentel gives up his post in protest.", "Protest"},
		{"Philippines\n\nJan. 19 — Late that night, President Joseph Estrada offers in a televised address to hold a snap election in May.", "Election"},
	} {
		a := draft(t, c.text, "2001-01-22")
		if slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == c.typ }) {
			t.Errorf("%q drafted a %s: %+v", c.text, c.typ, a.Events)
		}
	}
}

// TestRound25ProtestNoteMeasures: a letter of protest is a statement, no
// protest; measures imposed on a state sanction it.
func TestRound25ProtestNoteMeasures(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "letter of protest", text: "Pakistan\n\nOn Friday in Hiroshima, Mayor Takashi Hiraoka sent a letter of protest to Prime Minister Nawaz Sharif.", pub: "1998-05-30",
			typ: "Statement", day: "1998-05-29", roles: map[string]string{"takashi-hiraoka": "speaker"}},
		{name: "measures imposed on", text: "Pakistan\n\nOn Thursday Washington imposed identical measures on India.", pub: "1998-05-30",
			typ: "Sanction", day: "1998-05-28", roles: map[string]string{"united-states": "sanctioning party", "india": "sanctioned party"}},
	})
	a := draft(t, "Pakistan\n\nOn Friday in Hiroshima, Mayor Takashi Hiraoka sent a letter of protest to Prime Minister Nawaz Sharif.", "1998-05-30")
	if slices.ContainsFunc(a.Events, func(e Event) bool { return e.Type == "Protest" }) {
		t.Errorf("a letter of protest drafted a protest: %+v", a.Events)
	}
}

// TestRound25HandedResignation: a resignation handed to someone named
// between is a statement.
func TestRound25HandedResignation(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "handed Congress his resignation", text: "Guatemala\n\nPresident Otto Pérez Molina handed Congress his resignation late on Wednesday.", pub: "2015-09-04",
			typ: "Statement", day: "2015-09-02", roles: map[string]string{"otto-perez-molina": "speaker"}},
	})
}

// TestRound25E33Wordings: wordings met in E33 (dev): a denial with its
// day between and a denial of reports (new), aid pledged to a state (a
// guard).
func TestRound25E33Wordings(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "denied on Thursday that", text: "Libya\n\nThe Foreign Office, for its part, denied on Thursday that it had struck any bargain with Tripoli.", pub: "1984-04-29",
			typ: "Statement", day: "1984-04-26", roles: map[string]string{"foreign-office": "speaker"}},
		{name: "denied reports", text: "Portugal\n\nOn Friday the junta spokesman Carlos Fabião denied reports that Marcelo Caetano had been mistreated.", pub: "1974-04-26",
			typ: "Statement", day: "1974-04-26", roles: map[string]string{"carlos-fabiao": "speaker"}},
		// (A bare sum pledged stays a pledge, a statement, as
		// TestWordingsOfMoneyAndCounts has it; aid pledged with its sum
		// is a loan, as it was before this round.)
		{name: "aid pledged to", text: "Latvia\n\nIn December the European Union pledged 3.1 billion euros in aid to Latvia.", pub: "2009-03-13",
			typ: "Loan", day: "2008-12-01", roles: map[string]string{"european-union": "lender", "latvia": "borrower"}},
	})
}

// TestRound25ApposedOnlyWhatAPersonIs: only a lowercase or numeric
// phrase in commas is taken for what the appointee is (", a CHP
// councillor,", ", 51,"); a phrase that opens with a name may be a list.
// A guard: the narrowing came from a review of the round's diff, and no
// sentence of this test drafted otherwise before it.
func TestRound25ApposedOnlyWhatAPersonIs(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "a name's possessive in commas", text: "Peru\n\nOn Monday President Ahmed Musa named Ali Hassan, Lima's former mayor, as finance minister.", pub: "2024-03-12",
			typ: "Appointment", day: "2024-03-11", roles: map[string]string{"ali-hassan": "appointee", "ahmed-musa": "announcer"}},
	})
}

package extract

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestRound23 holds the wordings of the twenty-third round, each about a
// crisis other than the seed's: a deed's date after its verb, arrests
// announced, a loan given to someone, promises.
func TestRound23(t *testing.T) {
	checkDraftCases(t, []draftCase{
		// A date after a deed, with nothing to come between, dates the
		// deed: a month and day weeks after publication is last year's.
		{name: "suspended on a day after publication's", text: "Tunisia\n\nTunisian President Kais Saied suspended parliament on July 25.",
			pub: "2022-06-27", typ: "Statement", day: "2021-07-25", roles: map[string]string{"kais-saied": "speaker"}},
		{name: "resignation announced", text: "Japan\n\nJapan's Prime Minister Fumio Kishida announced his resignation on August 14.",
			pub: "2025-06-27", typ: "Statement", day: "2024-08-14"},
		// Who announces the arrests the story told is their speaker,
		// not their detainee.
		{name: "arrests announced", text: "Bolivia\n\nInterior Minister Eduardo del Castillo announced the arrests on Wednesday night.",
			pub: "2024-06-27", typ: "Statement", day: "2024-06-26", roles: map[string]string{"eduardo-del-castillo": "speaker"}},
		// Who is given the loan borrows; a leader lends for his state.
		{name: "given a loan", text: "Sochi\n\nPutin gave Belarus a $1.5bn loan on Monday.",
			pub: "2020-09-16", typ: "Loan", day: "2020-09-14", roles: map[string]string{"russia": "lender", "belarus": "borrower"}},
		{name: "lent a state", text: "Pakistan\n\nChinese President Xi Jinping lent Pakistan $2bn on Monday.",
			pub: "2019-03-06", typ: "Loan", day: "2019-03-04", roles: map[string]string{"china": "lender", "pakistan": "borrower"}},
	})
	checkNoEvents(t, []noEventCase{
		{name: "arrests announced", text: "Bolivia\n\nInterior Minister Eduardo del Castillo announced the arrests on Wednesday night.", pub: "2024-06-27", typ: "Arrest"},
		// A promise is a statement; what is promised has not happened.
		{name: "promised referendum", text: "Tunisia\n\nSaied promised a referendum on July 25.", pub: "2022-06-27", typ: "Election"},
		{name: "promised loan", text: "Sochi\n\nPutin promised Lukashenko a $1.5bn loan.", pub: "2020-09-16", typ: "Loan"},
	})
	// What is promised for a day keeps that day out of the promise's.
	a := draft(t, "Tunisia\n\nSaied said he would dissolve parliament on July 25.", "2022-06-27")
	for _, e := range a.Events {
		if e.Type == string(graph.Statement) && e.Date != nil && e.Date.Start == "2021-07-25" {
			t.Errorf("the saying dated by what it says is to come: %+v", e.Date)
		}
	}
}

// TestRound23PlaceOfSeveralWords: a demonym or a place of two or three
// words before a group names the group whole.
func TestRound23PlaceOfSeveralWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Sri Lankan police fired tear gas at protesters in Colombo on Saturday.", "Sri Lankan police"},
		{"South African police fired rubber bullets at protesters in Durban on Saturday.", "South African police"},
		{"Hong Kong police arrested 47 activists on Sunday.", "Hong Kong police"},
	} {
		t.Run(c.want, func(t *testing.T) {
			a := draft(t, "Police\n\n"+c.text, "2022-07-11")
			if actorNamed(a, c.want) == nil {
				var names []string
				for _, x := range a.Actors {
					names = append(names, x.Name)
				}
				t.Errorf("no actor %q among %q", c.want, names)
			}
		})
	}
}

// TestRound23PartOfYear: a part of a year dates an event to that year.
func TestRound23PartOfYear(t *testing.T) {
	for _, w := range []string{"In early 2021", "In mid-2021", "At the end of 2021", "In the first half of 2021", "By late 2021"} {
		t.Run(w, func(t *testing.T) {
			a := draft(t, "Tunisia\n\n"+w+", protesters clashed with police in Tunis.", "2023-05-18")
			got := false
			for _, e := range a.Events {
				if e.Type == string(graph.Violence) {
					got = true
					if e.Date == nil || e.Date.Start != "2021-01-01" || e.Date.Precision != string(graph.Year) {
						t.Errorf("dated %+v, want the year 2021", e.Date)
					}
				}
			}
			if !got {
				t.Errorf("no clash drafted: %+v", a.Events)
			}
		})
	}
}

// TestRound23EnvoysMet: an unnamed envoy, ambassador, delegation or
// foreign minister of a state is met as that state.
func TestRound23EnvoysMet(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "ambassador", text: "Tunisia\n\nPresident Kais Saied met the French ambassador on Tuesday.", pub: "2024-06-27", typ: "Meeting", day: "2024-06-25",
			roles: map[string]string{"kais-saied": "participant", "france": "participant"}},
		{name: "foreign minister received", text: "Tunisia\n\nPresident Kais Saied received the Algerian foreign minister on Tuesday.", pub: "2024-06-27", typ: "Meeting", day: "2024-06-25",
			roles: map[string]string{"kais-saied": "host", "algeria": "visitor"}},
		{name: "delegation", text: "Tunisia\n\nPresident Kais Saied met a Chinese delegation on Tuesday.", pub: "2024-06-27", typ: "Meeting", day: "2024-06-25",
			roles: map[string]string{"china": "participant"}},
	})
}

// TestRound23DatelineWithAgency: "CARACAS (CC) —" is a dateline: its
// city's country is the story's, however often another is named.
func TestRound23DatelineWithAgency(t *testing.T) {
	text := "Rival flees\n\nCARACAS (CC) — Venezuelan opposition candidate Edmundo González has left the country for Spain, officials said on Sunday.\n\n" +
		"He flew out on a Spanish air force plane on Saturday, Spain's foreign minister told reporters in Madrid. Madrid granted him asylum.\n\n" +
		"González had been in hiding since the July 28 election, which the electoral council said Nicolás Maduro won.\n\n" +
		"Rights groups say more than 1,700 people have been detained since the election."
	a := draft(t, text, "2024-09-09")
	for _, x := range a.Actors {
		if x.ID == "spain-rights-groups" {
			t.Errorf("rights groups made Spain's: %+v", a.Actors)
		}
	}
	if actorNamed(a, "Venezuela") == nil {
		t.Errorf("no Venezuela among %+v", a.Actors)
	}
}

// TestRound23OfficeOfAState: "Spain's foreign minister X" names whose
// office X holds; X speaks, not Spain.
func TestRound23OfficeOfAState(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "lower-case office", text: "Asylum\n\nSpain's foreign minister José Manuel Albares told reporters in Madrid on Monday that González had asked for asylum.",
			pub: "2024-09-10", typ: "Statement", day: "2024-09-09", roles: map[string]string{"jose-manuel-albares": "speaker", "spain": ""}},
	})
}

// TestRound23SinceTheVote: a tally since the vote the story told runs
// from the day of the vote to publication.
func TestRound23SinceTheVote(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"Venezuelans voted in a presidential election on July 28. More than 1,700 people have been detained since the election, according to rights groups.", "Arrest"},
		{"Venezuelans voted in a presidential election on July 28. At least 24 people have been killed since the disputed vote, rights groups say.", "Violence"},
	} {
		t.Run(c.typ, func(t *testing.T) {
			a := draft(t, "Venezuela\n\n"+c.text, "2024-09-09")
			n := 0
			for _, e := range a.Events {
				if e.Type != c.typ {
					continue
				}
				n++
				if e.Date == nil || e.Date.Start != "2024-07-28" || e.Date.End != "2024-09-09" {
					t.Errorf("tally dated %+v, want 2024-07-28 to 2024-09-09", e.Date)
				}
			}
			if n != 1 {
				t.Errorf("%d %s events, want 1: %+v", n, c.typ, a.Events)
			}
		})
	}
}

// TestRound23BoycottsAndBlockades: a boycott of a vote is on the vote's
// day and its boycotters do not vote; people blocking a highway
// protest, police blocking a road do not.
func TestRound23BoycottsAndBlockades(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "boycott of a dated vote", text: "Vote\n\nThe opposition in Georgia boycotted Sunday's vote.", pub: "2024-09-27", typ: "Protest", day: "2024-09-22"},
		{name: "highway blocked", text: "Chile\n\nTruck drivers blocked the main highway into Santiago on Wednesday.", pub: "2024-09-27", typ: "Protest", day: "2024-09-25"},
	})
	checkNoEvents(t, []noEventCase{
		{name: "police blocking", text: "Palace\n\nPolice blocked the road to the palace on Monday.", pub: "2024-09-27", typ: "Protest"},
	})
	a := draft(t, "Vote\n\nThe Georgian opposition boycotted Sunday's vote.", "2024-09-27")
	for _, e := range a.Events {
		if e.Type != string(graph.Election) {
			continue
		}
		for _, p := range e.Participants {
			if p.Role == "voter" || p.Role == "candidate" {
				t.Errorf("a boycotter takes part in the vote: %+v", e.Participants)
			}
		}
	}
}

// TestRound23TallySinceItBegan: a tally told today of what happened
// since something began on a day runs from that day.
func TestRound23TallySinceItBegan(t *testing.T) {
	a := draft(t, "Convoy\n\nPolice chief Steve Bell told a news conference this afternoon that 170 people had been arrested since the operation began on Friday morning.", "2022-02-19")
	n := 0
	for _, e := range a.Events {
		if e.Type != string(graph.Arrest) {
			continue
		}
		n++
		if e.Date == nil || e.Date.Start != "2022-02-18" || e.Date.End != "2022-02-19" {
			t.Errorf("tally dated %+v, want 2022-02-18 to 2022-02-19", e.Date)
		}
	}
	if n != 1 {
		t.Errorf("%d arrests, want 1: %+v", n, a.Events)
	}
}

// TestRound23PossessiveBeforeBody: "Sweden's NATO bid" names Sweden and
// NATO, not a Swedish branch of NATO.
func TestRound23PossessiveBeforeBody(t *testing.T) {
	a := draft(t, "NATO\n\nErdogan said on Tuesday that Turkey would not approve Sweden's NATO bid.", "2023-07-06")
	for _, x := range a.Actors {
		if strings.Contains(x.ID, "swedens") {
			t.Errorf("actor %q from a country's possessive", x.Name)
		}
	}
	if actorNamed(a, "NATO") == nil {
		t.Errorf("no NATO among %+v", a.Actors)
	}
}

// TestRound23PaymentsSuspended: a lender suspending its payments to a
// state sanctions it.
func TestRound23PaymentsSuspended(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "disbursements", text: "Sudan\n\nThe World Bank suspended disbursements to Sudan on Wednesday after the military takeover.", pub: "2021-10-29",
			typ: "Sanction", day: "2021-10-27", roles: map[string]string{"world-bank": "sanctioning party", "sudan": "sanctioned party"}},
	})
}

// TestRound23PutOff: the day a vote is put off to dates neither the
// putting off nor a vote that happened.
func TestRound23PutOff(t *testing.T) {
	text := "Senegal\n\nOn February 3, President Macky Sall announced that he was repealing the decree that set the election date. " +
		"Two days later, parliament voted to postpone the election to December 15."
	checkDraftCases(t, []draftCase{
		{name: "vote to postpone", text: text, pub: "2024-02-20", typ: "Debate", day: "2024-02-05"},
	})
	checkNoEvents(t, []noEventCase{
		{name: "postponed election", text: text, pub: "2024-02-20", typ: "Election"},
	})
}

// TestRound23CountsOfAWhole: a live entry's time is no count, and a part
// named after "including" does not stand for the whole.
func TestRound23CountsOfAWhole(t *testing.T) {
	for _, c := range []struct {
		text, typ string
		value     int64
	}{
		{"14:45 Thousands of protesters have stormed Ganabhaban, the prime minister's official residence.", "Protest", 1000},
		{"At least 94 people, including 14 police officers, were killed on Sunday, police said.", "Violence", 94},
	} {
		t.Run(c.typ, func(t *testing.T) {
			a := draft(t, "Dhaka\n\n"+c.text, "2024-08-05")
			n := 0
			for _, e := range a.Events {
				if e.Type != c.typ {
					continue
				}
				n++
				if e.Count == nil || e.Count.Value != c.value {
					t.Errorf("%s counted %+v, want %d", c.typ, e.Count, c.value)
				}
			}
			if n == 0 {
				t.Errorf("no %s drafted: %+v", c.typ, a.Events)
			}
		})
	}
}

// TestRound23ReportedResignation: who says a resignation happened
// reports it, and "He said" after goes on with that speaker.
func TestRound23ReportedResignation(t *testing.T) {
	text := "Dhaka\n\nSheikh Hasina has resigned as prime minister and left the country, army chief General Waker-Uz-Zaman said in a televised address. He said an interim government would be formed."
	a := draft(t, text, "2024-08-05")
	var resigned, went bool
	for _, e := range a.Events {
		if e.Type != string(graph.Statement) {
			continue
		}
		r := roles(e)
		if r["sheikh-hasina"] == "speaker" && r["waker-uz-zaman"] == "reporting authority" {
			resigned = true
		}
		if r["waker-uz-zaman"] == "speaker" && r["sheikh-hasina"] == "" {
			went = true
		}
	}
	if !resigned || !went {
		t.Errorf("statements %+v: want Hasina's resignation reported by Waker-Uz-Zaman, and his own saying after", a.Events)
	}
}

// TestRound23Calls: leaders who talk by phone or by video meet.
func TestRound23Calls(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "video call", text: "Call\n\nScholz held a video call with Zelensky on Tuesday.", pub: "2024-07-12", typ: "Meeting", day: "2024-07-09",
			roles: map[string]string{"olaf-scholz": "participant", "volodymyr-zelensky": "participant"}},
		{name: "talked by phone", text: "Call\n\nPutin and Lukashenko talked by phone on Thursday.", pub: "2024-07-12", typ: "Meeting", day: "2024-07-11",
			roles: map[string]string{"vladimir-putin": "participant", "alexander-lukashenko": "participant"}},
	})
}

// TestRound23PledgesOathsCurrencies: aid pledged with its sum is aid
// given (as the gold's writers annotate it), a leader who swears himself
// in is inaugurated, and a Canadian dollar is no US one.
func TestRound23PledgesOathsCurrencies(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "aid pledged", text: "Aid\n\nOn January 24 Secretary of State Mike Pompeo pledged $20 million in humanitarian aid for Venezuelans.", pub: "2019-02-05",
			typ: "Loan", day: "2019-01-24", roles: map[string]string{"united-states": "lender", "venezuela": "borrower"}},
		{name: "sworn himself in", text: "Caracas\n\nJuan Guaidó raised his right hand and swore himself in as interim president on January 23.", pub: "2019-02-05",
			typ: "Inauguration", day: "2019-01-23", roles: map[string]string{"juan-guaido": "inaugurated"}},
	})
	a := draft(t, "Ottawa\n\nOn February 4 the Lima Group met in Ottawa, where Canada pledged C$53 million in aid.", "2019-02-05")
	loans := 0
	for _, e := range a.Events {
		if e.Type != string(graph.Loan) {
			continue
		}
		loans++
		if e.Amount == nil || e.Amount.Currency != "CAD" || e.Amount.Value != 53e6 {
			t.Errorf("aid of %+v, want 53 million CAD", e.Amount)
		}
	}
	if loans != 1 {
		t.Errorf("%d loans of aid, want 1: %+v", loans, a.Events)
	}
}

// TestRound23VictimsTakenOrHit: people abducted or hit by tear gas are
// victims, not perpetrators; abductions are no crowd met, and a court
// named for its building is no party.
func TestRound23VictimsTakenOrHit(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "abducted", text: "Nairobi\n\nSeveral activists were abducted in Nairobi on Monday, rights groups said.", pub: "2024-06-25",
			typ: "Violence", day: "2024-06-24", roles: map[string]string{"kenya-activists": "victim", "kenya-rights-groups": "reporting authority"}},
		{name: "hit by tear gas", text: "Nairobi\n\nFormer chief justice David Maraga was among those hit by tear gas near the Supreme Court on Tuesday.", pub: "2024-06-25",
			typ: "Violence", day: "2024-06-25", roles: map[string]string{"david-maraga": "victim", "supreme-court": ""}},
	})
	checkNoEvents(t, []noEventCase{
		{name: "abducted protesters", text: "Nairobi\n\nKenyan police abducted dozens of protesters on Monday, rights groups said.", pub: "2024-06-25", typ: "Protest"},
	})
}

// TestRound23RallyCalledForTomorrow: a rally called for a day just after
// publication dates the rally to come, not the call a year before.
func TestRound23RallyCalledForTomorrow(t *testing.T) {
	a := draft(t, "Belgrade\n\nThe students have called a rally in Belgrade on 15 March.", "2025-03-14")
	if len(a.Events) == 0 {
		t.Fatal("no statement drafted for the call")
	}
	for _, e := range a.Events {
		if e.Date != nil && e.Date.Start == "2024-03-15" {
			t.Errorf("%s dated a year before the rally it calls: %+v", e.Type, e.Date)
		}
	}
}

// TestRound23DaysAfterASacking: "two days after the sacking" counts from
// the dismissal the story told.
func TestRound23DaysAfterASacking(t *testing.T) {
	a := draft(t, "Israel\n\nLate on Sunday, Netanyahu dismissed Defence Minister Yoav Gallant. Two days after the sacking, President Joe Biden said Israel cannot continue down this road.", "2023-03-31")
	found := false
	for _, e := range a.Events {
		if e.Type == string(graph.Statement) && roles(e)["joe-biden"] == "speaker" {
			found = true
			if e.Date == nil || e.Date.Start != "2023-03-28" {
				t.Errorf("Biden's statement dated %+v, want 2023-03-28", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no statement of Biden's: %+v", a.Events)
	}
}

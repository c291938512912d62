package extract

import "testing"

// TestNamesBeforeWhatTheyAre: an unknown name of several capitalised
// words followed by a phrase saying what the person is (an office, a
// relation, an age) is a person; so is one that ends a sentence after
// the office it holds.
func TestNamesBeforeWhatTheyAre(t *testing.T) {
	cases := []struct{ text, name string }{
		{"Samuel Okonjo, the 64-year-old Labour Party leader who lost the vote, was detained.", "Samuel Okonjo"},
		{"The cabinet appointed Ilse Vantrimpont, a former police adviser, to run the ministry.", "Ilse Vantrimpont"},
		{"Marisol Quispe Huamán, 34, was arrested in Cusco on Friday.", "Marisol Quispe Huamán"},
		{"The decree was read out in parliament by the Speaker, Tomasz Wierzbicki.", "Tomasz Wierzbicki"},
		{"Police questioned Aigerim Nurlanovna, the governor's daughter, on Monday.", "Aigerim Nurlanovna"},
	}
	for _, c := range cases {
		if a := actorNamed(draft(t, c.text, "2023-05-12"), c.name); a == nil || a.Kind != "Person" {
			t.Errorf("%q: no person %q", c.text, c.name)
		}
	}
	// Places and organisations before an apposition stay what they are.
	for _, c := range []struct{ text, not string }{
		{"Protesters gathered in Santa Cruz, the country's largest city, on Friday.", "Santa Cruz"},
	} {
		if a := actorNamed(draft(t, c.text, "2023-05-12"), c.not); a != nil && a.Kind == "Person" {
			t.Errorf("%q: %q drafted as a person", c.text, c.not)
		}
	}
}

// TestDatesOutsideTheMainClause: a date in an apposition to a name, or
// in a comparison with an earlier time, dates nothing the sentence tells.
func TestDatesOutsideTheMainClause(t *testing.T) {
	cases := []struct {
		name, text, published, typ, start string
	}{
		{"apposition", "Castillo, a former schoolteacher elected in 2021, announced the measures late on Wednesday after a day of protests in Lima.", "2022-12-09", "Protest", "2022-12-07"},
		{"apposition with the", "The ruling party named Maria Quispe, the minister the president had sacked on March 2, as its leader on Monday, and protesters rallied in Cusco.", "2023-03-21", "Protest", "2023-03-20"},
		{"first time since", "Troops patrolled the streets of Bishkek for the first time since the end of the civil unrest in 2010 after President Almazbek Atambayev declared an emergency on Friday.", "2020-10-10", "Statement", "2020-10-09"},
	}
	for _, c := range cases {
		e := eventOf(draft(t, c.text, c.published), c.typ)
		if e == nil {
			t.Errorf("%s: no %s", c.name, c.typ)
			continue
		}
		if e.Date.Start != c.start {
			t.Errorf("%s: %+v, want start %s", c.name, e.Date, c.start)
		}
	}
}

// TestMoneySoughtIsNotLent: a loan asked for, negotiated or discussed
// has not been granted; "fired on" a day is a dismissal.
func TestMoneySoughtIsNotLent(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"Pakistan has been seeking a bailout of $6 billion from the International Monetary Fund.", "Loan"},
		{"Egyptian officials held talks with the International Monetary Fund in Cairo from May 2 to 9 on a $3 billion loan.", "Loan"},
		{"Ghana requested a loan of up to $3 billion from the International Monetary Fund on Friday.", "Loan"},
		{"Venezuelan President Nicolás Maduro fired on June 3 the defence minister he had appointed in 2014.", "Violence"},
	} {
		if e := eventOf(draft(t, c.text, "2022-07-20"), c.typ); e != nil {
			t.Errorf("%q drafted %s %s", c.text, e.Type, e.ID)
		}
	}
	if e := eventOf(draft(t, "Police fired on protesters in Nairobi on Tuesday.", "2022-07-20"), "Violence"); e == nil {
		t.Error("fired on protesters: no Violence")
	}
	// Money lent stays a loan, in credit lines as in loans.
	if e := eventOf(draft(t, "China has extended $2 billion in credit lines to Pakistan since March.", "2022-07-20"), "Loan"); e == nil {
		t.Error("credit lines: no Loan")
	}
}

// TestMoreDateWordings: "overnight", "on the 14th", a range whose end is
// a day of its start's month, and "the same day" after a sentence that
// names a day.
func TestMoreDateWordings(t *testing.T) {
	cases := []struct {
		name, text, published, typ, start, end string
	}{
		{"overnight", "Police detained 40 protesters in Quito overnight.", "2019-10-09", "Arrest", "2019-10-08", "2019-10-09"},
		{"the 14th", "Ecuadorian police arrested 30 students in Quito on the 4th.", "2019-10-09", "Arrest", "2019-10-04", "2019-10-04"},
		{"the 14th of last month", "Bolivian police arrested 12 miners in Potosí on the 28th.", "2019-11-05", "Arrest", "2019-10-28", "2019-10-28"},
		{"range in one month", "Lebanese Prime Minister Hassan Diab held talks with French President Emmanuel Macron in Paris from March 3 to 5.", "2020-03-20", "Meeting", "2020-03-03", "2020-03-05"},
		{"same day", "Peruvian President Pedro Castillo resigned on Thursday.\n\nOn Monday, the ruling party removed Castillo as its leader and named Dina Boluarte in his place. Castillo met army commander General Walter Córdova at the palace the same day.", "2022-12-09", "Meeting", "2022-12-05", "2022-12-05"},
	}
	for _, c := range cases {
		e := eventOf(draft(t, c.text, c.published), c.typ)
		if e == nil {
			t.Errorf("%s: no %s", c.name, c.typ)
			continue
		}
		if e.Date.Start != c.start || e.Date.End != c.end {
			t.Errorf("%s: %+v, want %s..%s", c.name, e.Date, c.start, c.end)
		}
	}
}

// TestClausesOfTimeAndRelatives: "hours after ..." and "after a day of
// ..." open clauses of their own, so that the main verb keeps its event
// and actors; words inside a relative clause ("and disputed elections")
// divide nothing outside it; who is named inside the words quoted is not
// who says them.
func TestClausesOfTimeAndRelatives(t *testing.T) {
	type want struct{ typ, actor, role string }
	cases := []struct {
		text, published string
		want            want
	}{
		{"Ecuador's Interior Minister Maria Paula Romo resigned on October 14, hours after government supporters attacked a protest camp in Quito.", "2019-10-20",
			want{"Statement", "maria-paula-romo", "speaker"}},
		{"Lebanese Prime Minister Saad Hariri announced his resignation late on Tuesday after a day of protests in Beirut and Tripoli.", "2019-10-31",
			want{"Statement", "saad-hariri", "speaker"}},
		{"Evo Morales, who led Bolivia from 2006 and clung to power through protests and disputed elections, resigned as president on Sunday.", "2019-11-12",
			want{"Statement", "evo-morales", "speaker"}},
		{"\"President Alpha Condé will stay in custody,\" Guinean junta spokesman Amara Camara told reporters on Monday.", "2021-09-07",
			want{"Statement", "amara-camara", "speaker"}},
	}
	for _, c := range cases {
		ann := draft(t, c.text, c.published)
		var found bool
		for _, e := range ann.Events {
			if e.Type == c.want.typ && roles(e)[c.want.actor] == c.want.role {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s with %s as %s: %+v", c.text, c.want.typ, c.want.actor, c.want.role, ann.Events)
		}
	}
	// The person quoted is no party to the statement.
	ann := draft(t, cases[3].text, cases[3].published)
	if e := eventOf(ann, "Statement"); e != nil {
		if _, ok := roles(*e)["alpha-conde"]; ok {
			t.Errorf("quoted name took part: %v", e.Participants)
		}
	}
}

// TestKnownNamesAreProperNouns: lower-case words that fold to a known
// name's key ("a group of" people, the Group of 20) name nothing.
func TestKnownNamesAreProperNouns(t *testing.T) {
	ann := draft(t, "Zimbabwean police said a group of activists trained abroad had been arrested in Harare on Monday.", "2023-03-14")
	if a := actorNamed(ann, "G20"); a != nil {
		t.Errorf("a group of activists drafted %s", a.Name)
	}
	ann = draft(t, "The Group of 20 met in Bali on Tuesday, and Indonesia hosted the talks.", "2022-11-16")
	if a := actorNamed(ann, "G20"); a == nil {
		t.Error("the Group of 20 is no longer the G20")
	}
}

// TestCommentsOnTheProtests: "comments on the protests", "a crackdown
// on the protests" refer to protests told elsewhere; the sentence tells
// what was said.
func TestCommentsOnTheProtests(t *testing.T) {
	for _, text := range []string{
		"In a speech to army cadets on Monday, Thai Prime Minister Prayuth Chan-ocha blamed foreign groups, his first public comments on the protests.",
		"Chilean President Sebastián Piñera blamed criminal gangs on Tuesday in his remarks on the protests.",
	} {
		ann := draft(t, text, "2020-10-20")
		if e := eventOf(ann, "Protest"); e != nil {
			t.Errorf("%q drafted %s", text, e.ID)
		}
		if e := eventOf(ann, "Statement"); e == nil {
			t.Errorf("%q: no Statement", text)
		}
	}
}

// TestTimelineEntries: a timeline tells the past in the present, each
// entry under its day: "- March 3: police detain ...", "Sunday: troops
// fire on ...".
func TestTimelineEntries(t *testing.T) {
	text := "What happened when?\n\n- March 3: Riot police detain opposition leader Ousmane Sonko in Dakar.\n- Sunday: Senegalese security forces fire on protesters in Ziguinchor."
	ann := draft(t, text, "2021-03-09")
	for typ, start := range map[string]string{"Arrest": "2021-03-03", "Violence": "2021-03-07"} {
		e := eventOf(ann, typ)
		if e == nil {
			t.Errorf("no %s", typ)
			continue
		}
		if e.Date.Start != start {
			t.Errorf("%s dated %+v, want %s", typ, e.Date, start)
		}
	}
	// "under house arrest" is a detention told by its state.
	if e := eventOf(draft(t, "Guinea's army placed President Alpha Condé under house arrest on Sunday.", "2021-09-07"), "Arrest"); e == nil {
		t.Error("under house arrest: no Arrest")
	}
	// "came under fire on Monday" is no shooting on Monday.
	if e := eventOf(draft(t, "The minister came under fire on Monday over the fuel shortages.", "2021-03-09"), "Violence"); e != nil {
		t.Errorf("under fire drafted %s", e.ID)
	}
}

// TestPassiveSanctionsAndPlaceNames: "was placed under sanctions by X"
// makes X the sanctioning party; a name after a preposition of place is
// no person, whatever apposition follows it.
func TestPassiveSanctionsAndPlaceNames(t *testing.T) {
	ann := draft(t, "Former Moldovan prime minister Vladimir Plahotniuc was placed under sanctions by the European Union in January.", "2020-03-02")
	e := eventOf(ann, "Sanction")
	if e == nil {
		t.Fatal("no Sanction")
	}
	if r := roles(*e); r["european-union"] != "sanctioning party" || r["vladimir-plahotniuc"] != "sanctioned party" {
		t.Errorf("roles %v", r)
	}
	for _, text := range []string{
		"Three people died when a store in Puente Alto, south of Santiago, was set on fire.",
		"Protesters blocked the main road in Villa Tunari, a town in the Chapare region, on Monday.",
	} {
		for _, a := range draft(t, text, "2020-03-02").Actors {
			if a.Kind == "Person" {
				t.Errorf("%q: person %q", text, a.Name)
			}
		}
	}
}

// TestNamelessOfficialsActForTheirState: "Egyptian officials" are Egypt
// in the model, so talks with them are talks with Egypt.
func TestNamelessOfficialsActForTheirState(t *testing.T) {
	ann := draft(t, "A team from the International Monetary Fund held talks with Egyptian officials in Cairo from May 2 to 9.", "2022-07-20")
	e := eventOf(ann, "Meeting")
	if e == nil {
		t.Fatal("no Meeting")
	}
	if _, ok := roles(*e)["egypt"]; !ok {
		t.Errorf("participants %v", e.Participants)
	}
	if e.Date.Start != "2022-05-02" || e.Date.End != "2022-05-09" {
		t.Errorf("date %+v", e.Date)
	}
	// A demonym before other nouns still only qualifies them.
	ann = draft(t, "Egyptian journalists were detained in Cairo on Monday.", "2022-07-20")
	if a := actorNamed(ann, "Egypt"); a != nil {
		if e := eventOf(ann, "Arrest"); e != nil {
			if _, ok := roles(*e)["egypt"]; ok {
				t.Errorf("Egypt took part: %v", e.Participants)
			}
		}
	}
}

// TestMoreCountries: states the lexicon lacked are countries, by name,
// demonym and capital.
func TestMoreCountries(t *testing.T) {
	for _, c := range []struct{ text, country string }{
		{"Angolan President João Lourenço flew to Harare on Wednesday.", "Angola"},
		{"Soldiers detained Guinean President Alpha Condé in Conakry on Sunday.", "Guinea"},
		{"Burkinabe officers seized the state broadcaster in Ouagadougou on Friday.", "Burkina Faso"},
		{"Ghana signed a deal with the International Monetary Fund on Tuesday.", "Ghana"},
	} {
		if a := actorNamed(draft(t, c.text, "2022-10-05"), c.country); a == nil || a.Kind != "Country" {
			t.Errorf("%q: no country %s", c.text, c.country)
		}
	}
}

// TestEnvoysAndNamedAcronyms: envoys sent to a capital make a visit on
// their sender's behalf; an acronym said once with the kind of body it
// names is an organisation.
func TestEnvoysAndNamedAcronyms(t *testing.T) {
	ann := draft(t, "Nigerian President Muhammadu Buhari sent his foreign minister to Bamako on Thursday to press the junta.", "2020-08-22")
	if e := eventOf(ann, "Visit"); e == nil {
		t.Error("envoy: no Visit")
	} else if roles(*e)["muhammadu-buhari"] != "visitor" {
		t.Errorf("envoy: participants %v", e.Participants)
	}
	ann = draft(t, "Thai Prime Minister Prayuth Chan-ocha received leaders of the SRT workers union at Government House on Monday.", "2020-10-20")
	if a := actorNamed(ann, "SRT"); a == nil || a.Kind != "Organization" {
		t.Error("SRT workers union: no organisation SRT")
	}
}

// TestNamedToAnOffice: "named X to run the ministry", "named X in his
// place" appoint X, on the day the main clause says, not the day in an
// apposition to X.
func TestNamedToAnOffice(t *testing.T) {
	cases := []struct{ text, published, appointee, announcer, start string }{
		{"On Thursday, Malian President Ibrahim Boubacar Keïta named Boubou Cissé, a former mines adviser, to run the finance ministry.", "2020-08-01", "boubou-cisse", "ibrahim-boubacar-keita", "2020-07-30"},
		{"On Sunday, the ruling FLN party removed Abdelaziz Bouteflika as its leader and named Mouad Bouchareb, the party's deputy leader since May 6, in his place.", "2019-06-05", "mouad-bouchareb", "", "2019-06-02"},
	}
	for _, c := range cases {
		e := eventOf(draft(t, c.text, c.published), "Appointment")
		if e == nil {
			t.Errorf("%q: no Appointment", c.text)
			continue
		}
		r := roles(*e)
		if r[c.appointee] != "appointee" || c.announcer != "" && r[c.announcer] != "announcer" {
			t.Errorf("%q: roles %v", c.text, r)
		}
		if e.Date.Start != c.start {
			t.Errorf("%q: date %+v, want %s", c.text, e.Date, c.start)
		}
	}
}

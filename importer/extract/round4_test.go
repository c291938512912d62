package extract

import "testing"

// hasEvent reports whether the draft holds an event of the type with the
// actor among its participants.
func hasEvent(ann *Annotation, typ, name string) bool {
	a := actorNamed(ann, name)
	if a == nil {
		return false
	}
	for _, e := range ann.Events {
		if e.Type != typ {
			continue
		}
		if _, ok := roles(e)[a.ID]; ok {
			return true
		}
	}
	return false
}

// TestBriefingIsAStatement: "told reporters that 40 people were
// arrested" reports an arrest and is itself a briefing that happened, so
// both are drafted; an attribution at the end of a sentence ("…, the
// ministry said") still only reports.
func TestBriefingIsAStatement(t *testing.T) {
	for _, c := range []struct{ text, typ, speaker string }{
		{"Interior Minister Bruno Retailleau told reporters on Tuesday that 412 people had been arrested overnight.", "Arrest", "Bruno Retailleau"},
		{"Police chief Dariusz Kowal told a news conference on Friday that 60 protesters had been detained in Warsaw.", "Arrest", "Dariusz Kowal"},
		{"Prime Minister Ulf Kristersson told parliament on Wednesday that police had clashed with rioters in Malmo.", "Violence", "Ulf Kristersson"},
	} {
		ann := draft(t, c.text, "2023-05-12")
		if eventOf(ann, c.typ) == nil {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
		if !hasEvent(ann, "Statement", c.speaker) {
			t.Errorf("%q: no statement by %s", c.text, c.speaker)
		}
	}
	for _, c := range []struct{ text, speaker string }{
		{"Police arrested 412 people in Lyon on Tuesday, Interior Minister Bruno Retailleau said.", "Bruno Retailleau"},
	} {
		if hasEvent(draft(t, c.text, "2023-05-12"), "Statement", c.speaker) {
			t.Errorf("%q: a statement by %s", c.text, c.speaker)
		}
	}
}

// TestReceiverHosts: who receives or hosts a meeting is its host and the
// other side the visitor, even where no place names a country; in the
// passive, the one received is the visitor.
func TestReceiverHosts(t *testing.T) {
	for _, c := range []struct{ text, host, visitor string }{
		{"President Andrzej Duda received envoys of the African Union at the Belweder Palace on Monday.", "Andrzej Duda", "African Union"},
		{"Chancellor Olaf Scholz hosted Emmanuel Macron for dinner on Tuesday.", "Olaf Scholz", "Emmanuel Macron"},
		{"Emmanuel Macron was received by Olaf Scholz on Tuesday.", "Olaf Scholz", "Emmanuel Macron"},
	} {
		ann := draft(t, c.text, "2023-05-12")
		e := eventOf(ann, "Meeting")
		h, v := actorNamed(ann, c.host), actorNamed(ann, c.visitor)
		if e == nil || h == nil || v == nil {
			t.Errorf("%q: no meeting of %s and %s", c.text, c.host, c.visitor)
			continue
		}
		if r := roles(*e); r[h.ID] != "host" || r[v.ID] != "visitor" {
			t.Errorf("%q: roles %v, want %s host and %s visitor", c.text, r, h.ID, v.ID)
		}
	}
}

// TestPartyNamedAfterItsLeader: a party called after a person of the
// story ("the Plahotniuc party of Vlad Plahotniuc") keeps the noun in its
// name so that it and the person stay apart; other parties keep their
// bare names.
func TestPartyNamedAfterItsLeader(t *testing.T) {
	for _, c := range []struct{ text, party, person string }{
		{"The rally, organised by the Plahotniuc party of fugitive businessman Vlad Plahotniuc, drew thousands to Chisinau on Sunday.", "Plahotniuc party", "Vlad Plahotniuc"},
		{"Opposition leader Gaston Tremblay spoke in Montreal on Sunday. The Tremblay party said 20,000 people had joined them.", "Tremblay party", "Gaston Tremblay"},
	} {
		ann := draft(t, c.text, "2023-05-12")
		p, q := actorNamed(ann, c.party), actorNamed(ann, c.person)
		if p == nil || p.Name != c.party || p.Kind != "Organization" {
			t.Errorf("%q: party %+v, want %q", c.text, p, c.party)
		}
		if q == nil || q.Kind != "Person" || p != nil && q.ID == p.ID {
			t.Errorf("%q: person %+v apart from the party", c.text, q)
		}
	}
	for _, c := range []struct{ text, party string }{
		{"The Likud party won 32 seats in the election on Tuesday.", "Likud"},
		{"The rally was organised by the Vanguard party on Sunday.", "Vanguard"},
	} {
		if p := actorNamed(draft(t, c.text, "2023-05-12"), c.party); p == nil || p.Name != c.party {
			t.Errorf("%q: party %+v, want %q", c.text, p, c.party)
		}
	}
}

// TestCasualtiesReportedByPolice: a toll told without who caused it and
// attributed at the end of the sentence to the police or a named person
// is an event with its reporter, not only the reporter's statement.
func TestCasualtiesReportedByPolice(t *testing.T) {
	for _, c := range []struct{ text, typ, reporter string }{
		{"Twelve people were killed in clashes in Dhaka on Friday, police said.", "Violence", "Police"},
		{"At least 40 people were arrested in Lagos on Saturday, police said.", "Arrest", "Police"},
		{"Four people were injured in the stampede in Kampala on Sunday, city mayor Erias Lukwago said.", "Violence", "Erias Lukwago"},
	} {
		ann := draft(t, c.text, "2022-07-10")
		e, a := eventOf(ann, c.typ), actorNamed(ann, c.reporter)
		if e == nil || a == nil {
			t.Errorf("%q: no %s reported by %s", c.text, c.typ, c.reporter)
			continue
		}
		if r := roles(*e); r[a.ID] != "reporting authority" {
			t.Errorf("%q: roles %v, want %s reporting authority", c.text, r, a.ID)
		}
	}
}

// TestSpelledOutCounts: news spells out small numbers; "Nine people were
// killed" counts nine, as "9 people" would.
func TestSpelledOutCounts(t *testing.T) {
	for _, c := range []struct {
		text, typ string
		value     int64
	}{
		{"Nine people were killed in clashes with police in Nairobi on Tuesday.", "Violence", 9},
		{"Police arrested twelve students outside the university in Dhaka on Monday.", "Arrest", 12},
		{"Security forces shot dead three protesters in Khartoum on Friday.", "Violence", 3},
	} {
		e := eventOf(draft(t, c.text, "2022-07-10"), c.typ)
		if e == nil || e.Count == nil || e.Count.Value != c.value || e.Count.Qualifier != "exact" {
			t.Errorf("%q: %+v, want a count of %d", c.text, e, c.value)
		}
	}
}

// TestProtestingInPerson: who stages a sit-in, goes on hunger strike or
// walks out protests in person: a protester, not the organiser of some
// unnamed crowd.
func TestProtestingInPerson(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"On Monday, opposition leader Leopoldo Mendes was stopped by police at the gates of parliament in Lisbon. He staged a sit-in outside the building for six hours.", "Leopoldo Mendes"},
		{"Activist Alaa Farouk went on hunger strike in Cairo on Tuesday.", "Alaa Farouk"},
		{"Senator Maria Lindqvist walked out of the chamber in Stockholm on Thursday.", "Maria Lindqvist"},
	} {
		ann := draft(t, c.text, "2023-05-12")
		e, a := eventOf(ann, "Protest"), actorNamed(ann, c.who)
		if e == nil || a == nil {
			t.Errorf("%q: no protest by %s", c.text, c.who)
			continue
		}
		if r := roles(*e); r[a.ID] != "protester" {
			t.Errorf("%q: roles %v, want %s protester", c.text, r, a.ID)
		}
	}
}

// TestImposingACurfew: imposing a curfew, a state of emergency or martial
// law is a decree announced, a statement by who imposes it; imposing
// sanctions stays a sanction.
func TestImposingACurfew(t *testing.T) {
	for _, c := range []struct{ text, who, start string }{
		{"General Ahmed Salah, the officer put in charge of security, imposed a curfew in Khartoum from 8pm on Saturday.", "Ahmed Salah", "2023-05-06"},
		{"President Gustavo Petro imposed a state of emergency in Cali on Thursday.", "Gustavo Petro", "2023-05-11"},
		{"Prime Minister Prayuth Chan-ocha imposed martial law across the south on Monday.", "Prayuth Chan-ocha", "2023-05-08"},
	} {
		ann := draft(t, c.text, "2023-05-12")
		e, a := eventOf(ann, "Statement"), actorNamed(ann, c.who)
		if e == nil || a == nil {
			t.Errorf("%q: no statement by %s", c.text, c.who)
			continue
		}
		if r := roles(*e); r[a.ID] != "speaker" || e.Date.Start != c.start {
			t.Errorf("%q: roles %v on %s, want %s speaker on %s", c.text, r, e.Date.Start, a.ID, c.start)
		}
	}
	if e := eventOf(draft(t, "The United States imposed sanctions on three Nicaraguan judges on Monday.", "2023-05-12"), "Sanction"); e == nil {
		t.Errorf("imposed sanctions: no sanction")
	}
}

// TestDateInThatRelative: "a camp that had been occupied since early
// April" dates the camp, not the attack on it; a "that" followed by its
// own subject ("said that he had been") is no relative clause.
func TestDateInThatRelative(t *testing.T) {
	for _, c := range []struct{ text, typ, start string }{
		{"Prime Minister Imran Khan resigned on May 9, hours after his supporters attacked a protest camp outside parliament that had been occupied since early April.", "Violence", "2022-05-09"},
		{"Soldiers raided a radio station in Bamako that had been closed since March 2021.", "Violence", "2022-07-04"},
		{"Police detained 30 protesters at a square that has been occupied since January.", "Arrest", "2022-07-04"},
		{"Rioters stormed a police station in Lahore that had been attacked in 2019.", "Protest", "2022-07-04"},
		{"Police said on Friday that she had been arrested in Minsk on June 2.", "Arrest", "2022-06-02"},
	} {
		e := eventOf(draft(t, c.text, "2022-07-10"), c.typ)
		if e == nil || e.Date.Start != c.start {
			t.Errorf("%q: %+v, want a %s on %s", c.text, e, c.typ, c.start)
		}
	}
}

// TestHisSupporters: "his supporters" are the supporters of the person
// named last before, in the sentence or the one before; unowned
// supporters stay a bare group.
func TestHisSupporters(t *testing.T) {
	for _, c := range []struct{ text, group string }{
		{"The former prime minister, Imran Khan, was arrested in Islamabad on May 9, hours before his supporters stormed an army building in Lahore.", "Supporters of Imran Khan"},
		{"Opposition leader Raila Odinga addressed a rally in Nairobi on Monday. Police fired tear gas at his supporters.", "Supporters of Raila Odinga"},
		{"Evo Morales flew to Mexico on Tuesday, and his supporters blocked roads around La Paz.", "Supporters of Evo Morales"},
	} {
		if a := actorNamed(draft(t, c.text, "2023-05-12"), c.group); a == nil || a.Kind != "Group" {
			t.Errorf("%q: no group %q", c.text, c.group)
		}
	}
	if a := actorNamed(draft(t, "Supporters of the ruling party rallied in Harare on Sunday.", "2023-05-12"), "Supporters"); a == nil {
		t.Errorf("bare supporters: no group")
	}
}

// TestNameGivenAnAge: "Hamdi, 34, was detained": a single name with an
// age in commas is a person, under the full name the story gives.
func TestNameGivenAnAge(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Who was Nika Shakarami? Shakarami, 16, disappeared after a protest in Tehran on September 20.", "Nika Shakarami"},
		{"Okafor, 34, was arrested in Lagos on Friday.", "Okafor"},
		{"Police detained Vasquez, 19, outside the stadium in Quito on Sunday.", "Vasquez"},
	} {
		if a := actorNamed(draft(t, c.text, "2023-05-12"), c.name); a == nil || a.Kind != "Person" {
			t.Errorf("%q: no person %q", c.text, c.name)
		}
	}
	// A place or a date before a number is no person.
	for _, c := range []struct{ text, not string }{
		{"In Lagos, 34, 000 people marched on Friday.", "Lagos"},
		{"On Friday, 12, then 40 people were arrested in Quito.", "Friday"},
	} {
		if a := actorNamed(draft(t, c.text, "2023-05-12"), c.not); a != nil && a.Kind == "Person" {
			t.Errorf("%q: %q drafted as a person", c.text, c.not)
		}
	}
}

// TestKinOfTheDead: "families of soldiers killed in the clashes" names
// who they are by deaths told elsewhere; neither the killing nor the
// clashes are events of the sentence.
func TestKinOfTheDead(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"President Gustavo Petro, who met families of security personnel killed in the protests on Saturday, has promised a full investigation.", "Violence"},
		{"President Gustavo Petro, who met families of security personnel killed in the protests on Saturday, has promised a full investigation.", "Protest"},
		{"Prime Minister Kyriakos Mitsotakis, who visited relatives of passengers killed in the crash on Friday, has promised an inquiry.", "Violence"},
	} {
		if e := eventOf(draft(t, c.text, "2023-05-12"), c.not); e != nil {
			t.Errorf("%q: a %s %+v", c.text, c.not, e)
		}
	}
	if e := eventOf(draft(t, "Police killed three protesters in Bogota on Saturday.", "2023-05-12"), "Violence"); e == nil {
		t.Errorf("a killing told: no violence")
	}
}

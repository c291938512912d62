package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/dates"
)

// trigger is a wording that reports an event of a type, with its CAMEO
// code and the roles of the actors before (subject) and after (object)
// the trigger.
type trigger struct {
	typ     graph.EventType
	cameo   string
	re      *regexp.Regexp
	subject string
	object  string
	passive bool // "was arrested": the subject is the object role
}

func tr(typ graph.EventType, cameo, pattern, subject, object string) trigger {
	return trigger{typ: typ, cameo: cameo, re: regexp.MustCompile(`(?i)\b(?:` + pattern + `)\b`), subject: subject, object: object}
}

// triggers are checked in order; a sentence reports at most one event of
// each type.
var triggers = []trigger{
	tr(graph.Inauguration, "", `sworn in|inaugurated|inauguration|took the oath`, "inaugurated", "inaugurated"),
	tr(graph.Loan, "071", `lend|lends|lent|loan|loans|credit line|bailout|financial aid|economic aid`, "lender", "borrower"),
	tr(graph.Arrest, "173", `arrested|detained|jailed|arrests|detentions|detained|taken into custody|rounded up`, "detaining authority", "detainee"),
	{typ: graph.Arrest, cameo: "173", re: regexp.MustCompile(`(?i)\b(?:was|were|been|being|had been|have been)\s+(?:\w+\s+)?(?:arrested|detained|jailed)\b`), subject: "detainee", object: "detaining authority", passive: true},
	tr(graph.Protest, "141", `protest|protests|protested|protesting|rally|rallies|rallied|march|marched|demonstration|demonstrations|demonstrated|took to the streets|flooded the streets|poured into the streets|strike|strikes|went on strike|sit-in|gathered|converged on|blocked roads|stormed`, "protester", "target"),
	{typ: graph.Violence, cameo: "175", re: regexp.MustCompile(`(?i)\b(?:was|were|been|being|had been|have been)\s+(?:\w+\s+)?(?:beaten|attacked|injured|wounded|killed|shot|assaulted)\b`), subject: "victim", object: "perpetrator", passive: true},
	tr(graph.Violence, "175", `clashed|clashes|beat|beaten|beating|fired on|opened fire|killed|wounded|attacked|crackdown|tear gas|stun grenades|rubber bullets`, "perpetrator", "victim"),
	tr(graph.Visit, "042", `visited|visit to|arrived in|travelled to|traveled to|flew to`, "visitor", "host"),
	tr(graph.Meeting, "040", `met|meet|meeting|talks|summit|held talks|hosted|received`, "participant", "participant"),
	tr(graph.Election, "", `election|elections|vote|voted|ballot|referendum|polls`, "candidate", "candidate"),
	tr(graph.Sanction, "163", `sanctions|sanctioned|imposed sanctions|asset freeze|travel ban|suspending (?:passenger )?flights|suspended (?:passenger )?flights|banned imports`, "sanctioning party", "sanctioned party"),
	tr(graph.Agreement, "057", `signed (?:an? |the )?(?:agreement|accord|treaty|deal)|agreement|accord|treaty|peace deal`, "signatory", "signatory"),
	tr(graph.Congratulate, "018", `congratulated|congratulate|congratulations`, "speaker", "addressee"),
	tr(graph.Appointment, "", `appointed|named as|nominated|sacked|took office|assumed power|assumed the presidency|assumed presidential powers|declared himself|declared herself|became president|became interim president|became acting president`, "appointee", "announcer"),
	tr(graph.Interview, "", `interview|told reporters in an interview`, "interviewee", "interviewer"),
	tr(graph.Debate, "", `debate|debated`, "participant", "participant"),
	tr(graph.Statement, "010", `warned|urged|called on|called for|condemned|denounced|accused|vowed|demanded|announced|declared|insisted|rejected|criticised|criticized|told|said|says|resigned|described|dismissed|addressed|assured|pledged|claimed|blamed|called (?:the|it|him|her|them)|calling (?:the|it|him|her|them|\p{Lu}\p{L}+)`, "speaker", "addressee"),
}

// notHappened marks a trigger that reports what did not (or not yet)
// happen: refusals, denials, plans, possibilities. Such events are left
// out of the draft: the graph holds what happened.
var notHappened = regexp.MustCompile(`(?i)\b(?:not|never|no|refused to|declined to|denied|denies|plans? to|planned to|planning to|intends? to|will|would|could|might|may|expected to|set to|due to|threatened to|ready to|to be held|scheduled|upcoming|if|against|agreed to (?:host|hold|meet|visit|sign|discuss)|promised to|offered to|wants? to|seeks? to|hopes? to)\s+(?:\S+\s+){0,4}$`)

// clauseRE ends a clause inside a sentence: events told in one sentence
// ("X met Y on Monday, as protests continued, following a disputed
// election") each take the actors and date of their own clause.
var clauseRE = regexp.MustCompile(`(?i),\s+(?:as|after|while|when|but|following|which|including|amid|and)\b|;|\s(?:following|amid)\s|\.\s`)

// clause returns the byte range of the clause of s that holds at.
func clause(s string, at int) (int, int) {
	start, end := 0, len(s)
	for _, m := range clauseRE.FindAllStringIndex(s, -1) {
		if m[1] <= at && m[0] >= start {
			start = m[0]
		}
		if m[0] > at && m[0] < end {
			end = m[0]
		}
	}
	return start, end
}

// findEvents finds the events a sentence reports: the first trigger of
// each type, in the order they appear, each with its clause.
func (d *doc) findEvents(i int, s sentence, ref *time.Time, last *eventDraft) []*eventDraft {
	type hit struct {
		t   trigger
		loc []int
	}
	var hits []hit
	for _, t := range triggers {
		for _, loc := range t.re.FindAllStringIndex(s.text, -1) {
			if notHappened.MatchString(s.text[:loc[0]]) || d.quoted(s.start+loc[0]) || adjectival(s.text, loc) {
				continue
			}
			// An election is named with its date: "the August 9 vote",
			// "elections on October 4"; a bare "after the vote" retells it.
			if t.typ == graph.Election && !dateNear(s.text, loc) {
				continue
			}
			hits = append(hits, hit{t, loc})
			break
		}
	}
	// The reporting verb comes last: "the ministry said 300 people were
	// detained" reports an arrest, with the ministry as its reporting
	// authority.
	slices.SortStableFunc(hits, func(a, b hit) int {
		as, bs := a.t.typ == graph.Statement, b.t.typ == graph.Statement
		if as != bs {
			if as {
				return 1
			}
			return -1
		}
		return a.loc[0] - b.loc[0]
	})
	var out []*eventDraft
	seen := map[graph.EventType]bool{}
	clauses := map[int]bool{}
	for _, h := range hits {
		cs, _ := clause(s.text, h.loc[0])
		// One event per clause: a clause's other triggers retell it ("met
		// for talks"), except a loan's talks.
		if seen[h.t.typ] || (clauses[cs] && !(h.t.typ == graph.Meeting && seen[graph.Loan])) {
			continue
		}
		if h.t.typ == graph.Meeting && seen[graph.Visit] || h.t.typ == graph.Statement && len(out) > 0 {
			continue
		}
		e := d.event(i, s, h.t, h.loc, ref, last)
		if e == nil {
			continue
		}
		seen[h.t.typ], clauses[cs] = true, true
		out = append(out, e)
	}
	return out
}

// event builds one event of a sentence from its trigger.
func (d *doc) event(i int, s sentence, t trigger, loc []int, ref *time.Time, last *eventDraft) *eventDraft {
	e := &eventDraft{Event: Event{Type: string(t.typ), CAMEO: t.cameo}, para: s.para}
	var before, after []*actorDraft
	place := ""
	cs, ce := clause(s.text, loc[0])
	for _, m := range d.mentions[i] {
		if m.start < cs || m.end > ce {
			continue
		}
		if m.actor == nil {
			if place == "" && prepBefore(strings.ToLower(strings.TrimSpace(s.text[max(0, m.start-24):m.start]))) {
				place = m.asPlace
			}
			continue
		}
		if m.modifier {
			continue
		}
		if m.actor.Kind == string(graph.Country) && prepBefore(strings.ToLower(strings.TrimSpace(s.text[max(0, m.start-24):m.start]))) {
			if place == "" {
				place = m.actor.ID
			}
			continue
		}
		if m.start < loc[0] {
			before = append(before, m.actor)
		} else {
			after = append(after, m.actor)
		}
	}
	// "he resigned": a pronoun before the trigger is the person named
	// last before it.
	if len(before) == 0 {
		if pronounRE.MatchString(s.text[cs:loc[0]]) {
			if p := d.lastPerson(i, loc[0]); p != nil {
				before = append(before, p)
			}
		}
	}
	roles := map[string]string{}
	add := func(a *actorDraft, role string) {
		if _, ok := roles[a.ID]; !ok {
			roles[a.ID] = role
			e.Participants = append(e.Participants, Participant{Actor: a.ID, Role: role})
		}
	}
	for _, a := range before {
		add(a, d.roleFor(t, a, t.subject))
	}
	for _, a := range after {
		add(a, d.roleFor(t, a, t.object))
	}
	if t.typ == graph.Election && len(e.Participants) == 0 {
		// "a disputed August 9 election": the country votes; the first
		// person the sentence names stands.
		if c := d.mainCountry(); c != nil {
			add(c, "subject")
		}
		for _, m := range d.mentions[i] {
			if m.actor != nil && m.actor.Kind == string(graph.Person) {
				add(m.actor, "candidate")
				break
			}
		}
	}
	e.Participants = d.prune(t.typ, e.Participants, i, cs, ce, loc)
	if t.typ == graph.Arrest || t.typ == graph.Violence {
		// Who reports it: "..., the interior ministry said".
		for _, m := range d.mentions[i] {
			if m.actor != nil && !m.modifier && m.actor.Kind == string(graph.Organization) && speechRE.MatchString(s.text[m.end:]) &&
				!slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Actor == m.actor.ID }) {
				e.Participants = append(e.Participants, Participant{Actor: m.actor.ID, Role: "reporting authority"})
			}
		}
		if t.typ == graph.Arrest && !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Role == "detainee" }) &&
			protestWordRE.MatchString(s.text) {
			d.actor("protesters", "Protesters", graph.Group, protestWordRE.FindString(s.text))
			e.Participants = append(e.Participants, Participant{Actor: "protesters", Role: "detainee"})
		}
	}
	if place == "" && acrossRE.MatchString(s.text[cs:ce]) {
		if c := d.mainCountry(); c != nil {
			place = c.ID
		}
	}
	if len(e.Participants) == 0 || (t.typ == graph.Meeting && len(e.Participants) < 2) {
		return nil
	}
	if t.typ == graph.Meeting || t.typ == graph.Visit {
		d.hostAndVisitor(e, place)
	}
	if t.typ == graph.Statement && len(before) == 0 {
		return nil
	}
	if t.typ == graph.Election && !dateRE.MatchString(s.text[cs:ce]) {
		return nil
	}
	e.Place = place
	e.Quotes = []string{s.text}
	e.Amount = d.amount(s.text)
	if t.typ == graph.Loan && e.Amount == nil && !strings.Contains(strings.ToLower(s.text), "loan") {
		return nil
	}
	if t.typ == graph.Protest || t.typ == graph.Arrest || t.typ == graph.Violence {
		e.Count = countNear(s.text, loc)
	}
	d.date(e, s, cs, ce, loc[0], ref, last)
	e.Title = title(t.typ, e.Participants, d)
	return e
}

var determinerBeforeRE = regexp.MustCompile(`(?i)\b(?:of|the|a|an|for|with|their|his|her|its|newly|recently)\s+$`)

// adjectival reports whether a participle trigger qualifies a noun ("of
// detained activists", "the arrested men") rather than tells an event.
func adjectival(s string, loc []int) bool {
	w := strings.ToLower(s[loc[0]:loc[1]])
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	return determinerBeforeRE.MatchString(s[:loc[0]])
}

// dateNear reports whether a date wording stands within a few words of
// the trigger.
func dateNear(s string, loc []int) bool {
	lo, hi := max(0, loc[0]-30), min(len(s), loc[1]+30)
	for lo > 0 && s[lo]&0xc0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xc0 == 0x80 {
		hi++
	}
	return dateRE.MatchString(s[lo:hi])
}

var (
	protestWordRE = regexp.MustCompile(`(?i)\b(?:protest|protests|protesters|rally|rallies|demonstrators|demonstrations|marchers)\b`)
	acrossRE      = regexp.MustCompile(`(?i)\b(?:across the country|nationwide|throughout the country|across the nation)\b`)
)

// quoted reports whether byte at of the text is within quotation marks,
// which may span sentences: reported speech tells what someone says, not
// what happened.
func (d *doc) quoted(at int) bool {
	before := d.text[:at]
	// A paragraph break closes any quote left open.
	if p := strings.LastIndex(before, "\n\n"); p >= 0 {
		before = before[p:]
	}
	open := strings.Count(before, "“") - strings.Count(before, "”")
	return open > 0 || strings.Count(before, `"`)%2 == 1
}

var pronounRE = regexp.MustCompile(`(?i)\b(?:he|she)\b`)

// lastPerson is the person named last before byte at of sentence i.
func (d *doc) lastPerson(i, at int) *actorDraft {
	for j := i; j >= 0 && j >= i-3; j-- {
		ms := d.mentions[j]
		for k := len(ms) - 1; k >= 0; k-- {
			if (j < i || ms[k].end <= at) && ms[k].actor != nil && ms[k].actor.Kind == string(graph.Person) {
				return ms[k].actor
			}
		}
	}
	return nil
}

// prune keeps the participants a type of event can have: protests need
// protesters (a count of people marching makes them); a loan is between
// states and institutions; a meeting's countries stand behind the people
// who met.
// i is the sentence, cs..ce the trigger's clause, loc the trigger, all in
// the sentence's byte offsets.
func (d *doc) prune(t graph.EventType, parts []Participant, i, cs, ce int, loc []int) []Participant {
	s := d.sents[i].text
	kind := func(p Participant) string {
		if a := d.byID[p.Actor]; a != nil {
			return a.Kind
		}
		return ""
	}
	keep := func(ok func(Participant) bool) []Participant {
		var out []Participant
		for _, p := range parts {
			if ok(p) {
				out = append(out, p)
			}
		}
		return out
	}
	switch t {
	case graph.Protest:
		// A protest is protesters' by definition, named or not.
		if !slices.ContainsFunc(parts, func(p Participant) bool { return p.Role == "protester" }) {
			d.actor("protesters", "Protesters", graph.Group, s[loc[0]:loc[1]])
			parts = append(parts, Participant{Actor: "protesters", Role: "protester"})
		}
		return keep(func(p Participant) bool {
			return p.Role == "protester" || p.Role == "target" && kind(p) == string(graph.Person)
		})
	case graph.Loan:
		hasState := slices.ContainsFunc(parts, func(p Participant) bool {
			k := kind(p)
			return k == string(graph.Country) || k == string(graph.Organization)
		})
		// "a loan with Minsk": the capital stands for its state.
		for _, m := range d.mentions[i] {
			if m.asPlace == "" || m.start < loc[1] || m.end > ce {
				continue
			}
			if c := d.lex.cityCountry(m.asPlace); c != nil {
				a := d.actor(c.id, c.name, graph.Country, s[m.start:m.end])
				if !slices.ContainsFunc(parts, func(p Participant) bool { return p.Actor == a.ID }) {
					parts = append(parts, Participant{Actor: a.ID, Role: "borrower"})
				}
				hasState = true
			}
		}
		if hasState {
			return keep(func(p Participant) bool { return kind(p) != string(graph.Person) })
		}
	case graph.Meeting, graph.Visit:
		people := keep(func(p Participant) bool { return kind(p) == string(graph.Person) })
		if len(people) >= 2 || (t == graph.Visit && len(people) == 1) {
			return people
		}
	}
	return parts
}

// roleFor adjusts a role for who the actor is: a group of protesters
// protests; police detain.
func (d *doc) roleFor(t trigger, a *actorDraft, role string) string {
	switch t.typ {
	case graph.Arrest:
		if a.Kind == string(graph.Group) && (a.ID == "police" || a.ID == "security-forces") ||
			a.Kind == string(graph.Organization) && strings.Contains(a.ID, "ministry") {
			return "detaining authority"
		}
		if a.Kind == string(graph.Country) {
			return "detaining authority"
		}
		if role == "detaining authority" && (a.Kind == string(graph.Person) || a.ID == "protesters") {
			return "detainee"
		}
	case graph.Protest:
		if a.Kind == string(graph.Group) && a.ID != "police" && a.ID != "security-forces" {
			return "protester"
		}
		if a.Kind == string(graph.Person) {
			return "organizer"
		}
		return "target"
	case graph.Violence:
		if a.ID == "police" || a.ID == "security-forces" || a.ID == "soldiers" {
			return "perpetrator"
		}
	case graph.Interview:
		if a.Kind == string(graph.Person) {
			return "interviewee"
		}
		return "interviewer"
	case graph.Election:
		if a.Kind == string(graph.Group) {
			return "voter"
		}
		if a.Kind == string(graph.Organization) || a.Kind == string(graph.Country) {
			return "organizer"
		}
	}
	return role
}

// hostAndVisitor gives the roles of a meeting: the participant whose
// country holds the place hosts, the others visit; a meeting elsewhere
// is between participants.
func (d *doc) hostAndVisitor(e *eventDraft, place string) {
	country := place
	if p, ok := d.placeBy[place]; ok {
		country = p.In
	}
	if country == "" {
		return
	}
	host := -1
	for i, p := range e.Participants {
		a := d.byID[p.Actor]
		if a != nil && (a.ID == country || a.country == country) {
			host = i
		}
	}
	if host < 0 {
		return
	}
	for i := range e.Participants {
		if i == host {
			e.Participants[i].Role = "host"
		} else {
			e.Participants[i].Role = "visitor"
		}
	}
	e.CAMEO = "043"
}

func title(t graph.EventType, parts []Participant, d *doc) string {
	var names []string
	for _, p := range parts {
		if a := d.byID[p.Actor]; a != nil && len(names) < 3 {
			names = append(names, a.Name)
		}
	}
	return string(t) + ": " + strings.Join(names, ", ")
}

// ---- dates ----

var (
	monthNames = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`
	weekday    = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	// dayRef is one day named by a weekday or a month and day.
	dayRef = `(?:(?:` + weekday + `)|(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?)`
	// rangeRE names an interval of days: "between Friday and Sunday",
	// "from June 3 to June 5".
	rangeRE    = regexp.MustCompile(`(?i)\b(?:between|from)\s+(` + dayRef + `)\s+(?:and|to|until)\s+(` + dayRef + `)\b`)
	dateRE     = regexp.MustCompile(`(?i)\b(?:(?:on\s+)?(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:` + monthNames + `)(?:\s+\d{4})?|(?:last|this)\s+(?:week|month|year|` + weekday + `)|(?:` + weekday + `)(?:’s|'s)?|yesterday|today|in\s+(?:` + monthNames + `)?\s*\d{4}|(?:earlier|later)\s+this\s+(?:week|month|year)|at\s+the\s+weekend|over\s+the\s+weekend|(?:two|three|four|five|six|\d+)\s+days\s+ago|next\s+week)\b`)
	datelineRE = regexp.MustCompile(`^\s*[A-Z][A-Z .'\-]+,\s+((?:` + monthNames + `)\s+\d{1,2})\s*(?:\([^)]*\))?\s*[-–—]`)
)

// dateline reads the day of a wire dateline ("MINSK, Sept 23 (Reuters) -"):
// the day the story's "today" means.
func (d *doc) dateline() *time.Time {
	m := datelineRE.FindStringSubmatch(d.text)
	if m == nil {
		return nil
	}
	dt, err := dates.Resolve(m[1], dates.Context{Published: d.pub})
	if err != nil {
		return nil
	}
	t, _ := graph.ParseDay(dt.Start)
	return &t
}

// date gives an event the date its sentence states; else the date of the
// event the sentence continues (in the same paragraph); else the
// dateline's day; else the week of publication, since nothing says which
// day (a wrong day would be worse than a wide interval).
func (d *doc) date(e *eventDraft, s sentence, cs, ce, at int, ref *time.Time, last *eventDraft) {
	published := d.pub
	if ref != nil {
		published = *ref
	}
	// The clause's own date first, then the sentence's nearest; a
	// dateline's date is the story's, not the event's.
	if m := datelineRE.FindStringIndex(s.text); m != nil && cs < m[1] {
		cs = m[1]
	}
	for _, span := range [][2]int{{cs, ce}, {cs, len(s.text)}} {
		if start, end, text, ok := resolveRange(s.text[span[0]:span[1]], published); ok {
			e.start, e.end, e.precision, e.Date = start, end, graph.Day, &Date{Text: text}
			return
		}
		if m := dateRE.FindString(s.text[span[0]:span[1]]); m != "" {
			if start, end, prec, ok := resolve(m, published); ok {
				e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: m}
				return
			}
		}
	}
	if m := sameDayRE.FindString(s.text[cs:ce]); m != "" && d.lastEvent != nil {
		l := d.lastEvent
		e.start, e.end, e.precision, e.Date = l.start, l.end, l.precision, &Date{Text: m}
		return
	}
	if m := dayAfterRE.FindStringSubmatch(s.text[:at]); m != nil {
		n := map[string]int{"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}[strings.ToLower(m[1])]
		base := published
		if last != nil && last.para == s.para {
			base = last.start
		}
		day := base.AddDate(0, 0, -n)
		e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m[0]}
		return
	}
	if last != nil && last.para == s.para {
		e.start, e.end, e.precision, e.Date = last.start, last.end, last.precision, &Date{Text: last.Date.Text}
		return
	}
	if ref != nil {
		e.start, e.end, e.precision, e.Date = *ref, *ref, graph.Day, &Date{Text: "the dateline's day"}
		return
	}
	// What someone said is reported when it is said: the day of
	// publication. Other undated events get the week.
	if e.Type == string(graph.Statement) {
		e.start, e.end, e.precision, e.Date = published, published, graph.Day, &Date{Text: "reported on the day of publication"}
		return
	}
	start, end := dates.Widen(published, graph.Week)
	e.start, e.end, e.precision, e.Date = start, end, graph.Week, &Date{Text: "undated: the week of publication"}
}

// sameDayRE refers back to the day of the event told last.
var sameDayRE = regexp.MustCompile(`(?i)\b(?:that (?:afternoon|morning|evening|night|day)|the same day|later that day|hours later|within hours)\b`)

var dayAfterRE = regexp.MustCompile(`(?i)\b(a|one|the|two|three) days? after\s+(?:\S+\s+){0,3}$`)

// resolveRange finds an interval of days in s, both ends resolved like
// single days (the end on or before publication). Its precision is day,
// as for a run of days.
func resolveRange(s string, pub time.Time) (time.Time, time.Time, string, bool) {
	m := rangeRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, time.Time{}, "", false
	}
	from, to := m[1], m[2]
	// The end first; the start is then the most recent such day on or
	// before it ("between Sunday and Tuesday" in a Monday paper: the week
	// before).
	end, _, p2, ok2 := resolve(to, pub)
	if !ok2 || p2 != graph.Day {
		return time.Time{}, time.Time{}, "", false
	}
	start, _, p1, ok1 := resolve(from, end)
	if !ok1 || p1 != graph.Day || end.Before(start) {
		return time.Time{}, time.Time{}, "", false
	}
	return start, end, m[0], true
}

var agoRE = regexp.MustCompile(`(?i)^(\w+)\s+days\s+ago$`)

// resolve turns a date wording into an interval, with what the dates
// package resolves and the wordings it leaves to the extractor.
func resolve(text string, pub time.Time) (time.Time, time.Time, graph.Precision, bool) {
	w := strings.ToLower(strings.TrimSpace(text))
	switch {
	case strings.HasPrefix(w, "earlier this") || strings.HasPrefix(w, "later this"):
		w = "this " + strings.Fields(w)[2]
	case strings.Contains(w, "weekend"):
		// The most recent Saturday and Sunday, on or before publication.
		sat := pub.AddDate(0, 0, -((int(pub.Weekday()) + 1) % 7))
		if pub.Weekday() == time.Sunday {
			sat = pub.AddDate(0, 0, -1)
		}
		return sat, sat.AddDate(0, 0, 1), graph.Week, true
	case agoRE.MatchString(w):
		n, err := strconv.Atoi(agoRE.FindStringSubmatch(w)[1])
		if err != nil {
			n = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[agoRE.FindStringSubmatch(w)[1]]
		}
		if n == 0 {
			return time.Time{}, time.Time{}, "", false
		}
		day := pub.AddDate(0, 0, -n)
		return day, day, graph.Day, true
	case w == "next week":
		return time.Time{}, time.Time{}, "", false
	}
	w = strings.TrimPrefix(w, "on ")
	dt, err := dates.Resolve(w, dates.Context{Published: pub})
	if err != nil {
		return time.Time{}, time.Time{}, "", false
	}
	start, err1 := graph.ParseDay(dt.Start)
	end, err2 := graph.ParseDay(dt.End)
	if err1 != nil || err2 != nil || start.After(pub) {
		return time.Time{}, time.Time{}, "", false
	}
	return start, end, dt.Precision, true
}

// ---- amounts and counts ----

var (
	amountRE = regexp.MustCompile(`(?i)(US\$|\$|€|£|¥)\s?(\d+(?:[.,]\d+)?)\s?(bn|billion|m|mn|million|k|thousand|trillion)?\b|\b(\d+(?:[.,]\d+)?)\s?(billion|million|thousand|trillion|bn|m)?\s+(US dollars|dollars|euros|roubles|rubles|pounds|yuan|bolivares|kyats)\b`)
	countRE  = regexp.MustCompile(`(?i)\b(at least|more than|over|about|around|nearly|almost|some|up to|roughly|an estimated|fewer than|as many as)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million)?\s+(people|protesters|demonstrators|detainees|persons|supporters|students|workers|journalists|activists|civilians|opposition supporters|residents|marchers)\b`)
	vagueRE  = regexp.MustCompile(`(?i)\b(hundreds|thousands|tens of thousands|dozens|scores)\s+of\s+(people|protesters|demonstrators|supporters|students|workers|activists|civilians)\b`)
)

var currencies = map[string]string{
	"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "us dollars": "USD", "dollars": "USD",
	"euros": "EUR", "roubles": "RUB", "rubles": "RUB", "pounds": "GBP", "yuan": "CNY", "bolivares": "VES", "kyats": "MMK",
}

var scales = map[string]float64{"bn": 1e9, "billion": 1e9, "m": 1e6, "mn": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3, "trillion": 1e12}

func (d *doc) amount(s string) *Amount {
	m := amountRE.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	sym, num, scale := m[1], m[2], m[3]
	if sym == "" {
		sym, num, scale = m[6], m[4], m[5]
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || v <= 0 {
		return nil
	}
	if f, ok := scales[strings.ToLower(scale)]; ok {
		v *= f
	}
	cur := currencies[strings.ToLower(sym)]
	if cur == "" {
		return nil
	}
	return &Amount{Value: int64(v + 0.5), Currency: cur}
}

var qualifiers = map[string]string{
	"at least": "at_least", "more than": "at_least", "over": "at_least", "about": "about", "around": "about",
	"nearly": "about", "almost": "about", "some": "about", "roughly": "about", "an estimated": "about",
	"up to": "at_most", "fewer than": "at_most", "as many as": "at_most",
}

// countNear is the count nearest a trigger, within a few words of it.
func countNear(s string, loc []int) *Count {
	lo, hi := max(0, loc[0]-70), min(len(s), loc[1]+70)
	for lo > 0 && s[lo]&0xc0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xc0 == 0x80 {
		hi++
	}
	return countIn(s[lo:hi])
}

func countIn(s string) *Count {
	if m := countRE.FindStringSubmatch(s); m != nil {
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
		if err != nil {
			return nil
		}
		if f, ok := scales[strings.ToLower(m[3])]; ok {
			v *= f
		}
		q := qualifiers[strings.ToLower(m[1])]
		if q == "" {
			q = "exact"
		}
		return &Count{Value: int64(v + 0.5), Qualifier: q, Unit: strings.ToLower(m[4])}
	}
	if m := vagueRE.FindStringSubmatch(s); m != nil {
		v := map[string]int64{"hundreds": 100, "thousands": 1000, "tens of thousands": 10000, "dozens": 12, "scores": 20}[strings.ToLower(m[1])]
		return &Count{Value: v, Qualifier: "at_least", Unit: strings.ToLower(m[2])}
	}
	return nil
}

// ---- duplicates ----

// addEvent adds an event, or merges it into one already drafted that it
// retells: same type (or a visit retold as a meeting), overlapping
// dates, a shared participant (two for meetings). It returns the event
// that holds it.
func (d *doc) addEvent(e *eventDraft) *eventDraft {
	for _, o := range d.events {
		if !compatible(o.Type, e.Type) || e.start.After(o.end) || o.start.After(e.end) {
			continue
		}
		shared := 0
		for _, p := range e.Participants {
			if slices.ContainsFunc(o.Participants, func(q Participant) bool { return q.Actor == p.Actor }) {
				shared++
			}
		}
		need := 1
		if e.Type == string(graph.Meeting) {
			need = 2
		}
		// One article tells of one agreement, election or protest on a
		// day in a place, whoever each sentence names.
		sameDay := e.precision == graph.Day && o.precision == graph.Day && e.start.Equal(o.start) &&
			(e.Place == "" || o.Place == "" || e.Place == o.Place) &&
			(e.Type == string(graph.Agreement) || e.Type == string(graph.Election) || e.Type == string(graph.Protest))
		if shared < need && !sameDay {
			continue
		}
		for _, p := range e.Participants {
			if !slices.ContainsFunc(o.Participants, func(q Participant) bool { return q.Actor == p.Actor }) {
				o.Participants = append(o.Participants, p)
			}
		}
		for _, q := range e.Quotes {
			if !slices.Contains(o.Quotes, q) {
				o.Quotes = append(o.Quotes, q)
			}
		}
		if o.Place == "" {
			o.Place = e.Place
		}
		if o.Type == string(graph.Meeting) || o.Type == string(graph.Visit) {
			d.hostAndVisitor(o, o.Place)
		}
		if o.Amount == nil {
			o.Amount = e.Amount
		}
		if o.Count == nil {
			o.Count = e.Count
		}
		// The finer date wins: a retelling may say the day.
		if precRank(e.precision) < precRank(o.precision) {
			o.start, o.end, o.precision, o.Date = e.start, e.end, e.precision, e.Date
		}
		return o
	}
	e.ID = d.uniqueID(slug(string(e.Type) + "-" + firstParticipant(e) + "-" + graph.FormatDay(e.start)))
	d.events = append(d.events, e)
	return e
}

func precRank(p graph.Precision) int { return slices.Index(graph.Precisions, p) }

func compatible(a, b string) bool {
	if a == b {
		return true
	}
	mv := func(t string) bool { return t == string(graph.Meeting) || t == string(graph.Visit) }
	return mv(a) && mv(b)
}

func firstParticipant(e *eventDraft) string {
	if len(e.Participants) == 0 {
		return "event"
	}
	return e.Participants[0].Actor
}

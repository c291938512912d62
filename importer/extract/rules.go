package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/graph"
)

// doc is one article on its way to a draft.
type doc struct {
	lex   *Lexicon
	a     graph.Article
	text  string
	pub   time.Time
	sents []sentence

	actors  []*actorDraft
	byID    map[string]*actorDraft
	places  []*placeDraft
	placeBy map[string]*placeDraft
	// mentions are the actor mentions of each sentence, in text order.
	mentions [][]mention
	events   []*eventDraft
	rels     []Relation
	relSeen  map[string]bool
	// acronyms are the organisations named by the acronyms given after
	// their names.
	acronyms map[string]*actorDraft
	// keys memoises name keys of words; paraStart holds where each
	// sentence's paragraph begins.
	keys      map[string]string
	paraStart []int
	// lastEvent is the event told last, in text order.
	lastEvent *eventDraft
	// main is the country the article names most; mainQuote the words
	// that first name it.
	main, mainQuote string
	// cur is the sentence whose actors are being found.
	cur int
}

type actorDraft struct {
	Actor
	// group is the lexicon's id of a group's word ("police" for
	// "Georgian police").
	group   string
	country string
	title   string
	// surname is the name key of the last word of a person's name.
	surname string
}

type placeDraft struct {
	Place
}

// mention is where a sentence names an actor, by byte offsets in the
// sentence; modifier is set for a demonym that qualifies a noun
// ("Belarusian opposition"), which names the country without making it
// a participant.
type mention struct {
	actor      *actorDraft
	start, end int
	modifier   bool
	asPlace    string // the place id when the mention is a place ("in Minsk")
}

type eventDraft struct {
	Event
	start, end time.Time
	precision  graph.Precision
	para       int
	// at is where its trigger is in its first sentence, sent that
	// sentence.
	at, sent int
}

func (x *Extractor) extract(a graph.Article) *Annotation {
	pub, _ := graph.ParseDay(a.Published)
	d := &doc{lex: x.lex, a: a, text: a.Text, pub: pub, byID: map[string]*actorDraft{},
		placeBy: map[string]*placeDraft{}, relSeen: map[string]bool{}, acronyms: map[string]*actorDraft{},
		keys: map[string]string{}}
	d.sents = sentences(a.Text)
	d.paraStart = make([]int, len(d.sents))
	for i, s := range d.sents {
		if i > 0 && s.para == d.sents[i-1].para {
			d.paraStart[i] = d.paraStart[i-1]
		} else {
			d.paraStart[i] = s.start
		}
	}
	d.main = d.countMainCountry()
	d.mentions = make([][]mention, len(d.sents))
	for i, s := range d.sents {
		d.cur = i
		d.mentions[i] = d.findActors(s.text)
	}
	ref := d.dateline()
	var last *eventDraft
	for i, s := range d.sents {
		evs := d.findEvents(i, s, ref, last)
		for _, e := range evs {
			held := d.addEvent(e)
			// An election is mostly retold as the background of what
			// follows; the story's thread goes on from other events.
			if e.Type != string(graph.Election) {
				last = held
				d.lastEvent = last
			}
		}
	}
	return d.annotation()
}

// ---- actors ----

// titles that introduce a person's name, longest first; head says the
// title makes its holder a country's leader.
var titles = []struct {
	words string
	head  bool
}{
	{"prime minister", true}, {"foreign minister", false}, {"defence minister", false}, {"defense minister", false},
	{"interior minister", false}, {"finance minister", false}, {"deputy prime minister", false},
	{"secretary of state", false}, {"secretary-general", false}, {"opposition leader", false},
	{"opposition politician", false}, {"opposition figure", false}, {"chief executive", true},
	{"president-elect", false}, {"president", true}, {"chancellor", true}, {"premier", true}, {"king", true},
	{"leader", true}, {"minister", false}, {"spokesman", false}, {"spokeswoman", false}, {"spokesperson", false},
	{"ambassador", false}, {"mayor", false}, {"general", false}, {"gen.", false}, {"commander", false},
	{"junta chief", true}, {"army chief", false}, {"activist", false}, {"candidate", false}, {"envoy", false},
	{"managing director", false}, {"director-general", false}, {"director general", false}, {"director", false},
	{"chairman", false}, {"chairwoman", false}, {"commissioner", false}, {"vice-president", false},
	{"vice president", false}, {"crown prince", true}, {"queen", true}, {"prince", false}, {"emir", true},
	{"state counsellor", true}, {"secretary", false}, {"chief", false}, {"head", false},
	{"candidates", false}, {"ministers", false}, {"leaders", false}, {"activists", false}, {"journalists", false},
	{"lawmaker", false}, {"deputy", false}, {"speaker", false}, {"senator", false}, {"governor", false},
	{"judge", false}, {"prosecutor", false}, {"colonel", false}, {"journalist", false}, {"editor", false},
	{"blogger", false}, {"analyst", false}, {"professor", false}, {"businessman", false}, {"opposition activist", false},
	{"interim president", true}, {"former president", false}, {"ousted president", false}, {"dictator", true},
}

// orgHeadWordRE finds a head noun alone, a cheap test before orgRE.
var orgHeadWordRE = regexp.MustCompile(`\b(?:` + orgHeads + `)\b`)

func orgMatches(s string) [][]int {
	if !orgHeadWordRE.MatchString(s) {
		return nil
	}
	return orgRE.FindAllStringSubmatchIndex(s, -1)
}

// capWord is a capitalised word.
const capWord = `[A-Z][\p{L}’'\-]+`

var (
	orgHeads = `Ministry|Council|Committee|Commission|Party|Agency|Service|Court|Parliament|Assembly|Bank|Fund|` +
		`Union|Office|Army|Guard|Front|Movement|Centre|Center|Institute|Organization|Organisation|Coalition|` +
		`Alliance|Federation|Senate|Congress|Duma|Government|Police|Forces|Network|Foundation|Association|Tribunal|` +
		`Authority|Administration|Bureau|Directorate|Board|Corps|Airlines|Airways|Group|Hospital|University|Church|Department`
	// orgRE is an organisation's name: capitalised words ending in a
	// head noun, joined by "of", "for", "and" or "on" ("Hong Kong and
	// Macau Affairs Office"), with an "of" tail ("State Committee for
	// National Security", "Organization of American States").
	orgRE      = regexp.MustCompile(`\b(?:the\s+)?((?:` + capWord + `\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}(?:` + orgHeads + `)(?:\s+(?:of|for|on)\s+(?:the\s+)?` + capWord + `(?:\s+(?:and\s+)?` + capWord + `){0,3})?)\b`)
	ministryRE = regexp.MustCompile(`(?i)\b(?:(\p{Lu}\p{L}+(?:’s|'s)?)\s+)?(interior|foreign|defen[cs]e|health|finance|justice|emergenc(?:y|ies)|economy)\s+ministry\b`)
	nameRE     = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}’'\-]+|(?:al|el|ad|as|ash)-[\p{Lu}][\p{L}]+|von|der|van|de|da|dos|di|du|bin|ibn|bint)$`)
	speechRE   = regexp.MustCompile(`^\s*,?\s*(?:said|says|told|wrote|added|warned|tweeted|insisted|argued)\b`)
	// appositionRE follows a person's name: ", editor-in-chief of", ", a
	// spokesman for", " of the Belarusian Institute".
	appositionRE = regexp.MustCompile(`^(?:,\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}[\p{L}\-]+\s+){0,3}(?:of|for|at|who|from|with|in)\b|\s+of\s+the\s+\p{Lu}|\s+as\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?(?:president|prime minister|premier|chancellor|speaker)\b)`)
	// roleAppositionRE follows a person's name with what the person is,
	// a phrase that ends in a noun for a person or gives an age: ", the
	// 80-year-old party leader who", ", a former security adviser,", ",
	// 34, a teacher". Names of several capitalised words are rarely
	// anything else before such a phrase.
	roleAppositionRE = regexp.MustCompile(`^,\s+(?:\d{1,3},|(?:the|a|an|his|her|their)\s+(?:[\p{L}\d’'\-]+\s+){0,4}?(?:` + personNouns + `)(?:,|\.|;|\s+(?:who|whose|since|until)\b))`)
	orgHeadRE        = regexp.MustCompile(`^(?:` + orgHeads + `|Institute|University|News|Times|Post|Agency|Republic|Kingdom|Sea|River|Square|Street|Avenue)$`)
	calendarRE       = regexp.MustCompile(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|At|But|And|He|She|They|It|His|Her|This|That|When|After|Before|As|While|If)$`)
)

// findActors finds the actors a sentence names.
func (d *doc) findActors(s string) []mention {
	var out []mention
	taken := make([]bool, len(s)+1)
	// free reports whether no mention taken so far overlaps start..end:
	// a name is declared only when its mention is taken, so that the
	// words of a longer name taken first ("opposition supporters") do
	// not also declare a shorter one ("supporters").
	free := func(start, end int) bool {
		for i := start; i < end; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	take := func(m mention) {
		if !free(m.start, m.end) {
			return
		}
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		out = append(out, m)
	}
	ws := words(s)
	lower := lowerKeepingOffsets(s)
	// Titled names: "Foreign Minister Sergei Lavrov", "opposition leader
	// Svetlana Tikhanovskaya".
	for _, t := range titles {
		for _, at := range allIndexes(lower, t.words) {
			after := at + len(t.words)
			name, end := nameAfter(s, ws, after)
			if name == "" || !free(at, end) {
				continue
			}
			country := d.countryBefore(s, at)
			p := d.person(name, country, strings.TrimSuffix(t.words, "s"), s[at:end])
			take(mention{actor: p, start: at, end: end})
			// "candidates Atiku Abubakar and Peter Obi": a plural title
			// names each.
			if strings.HasSuffix(t.words, "s") {
				if m := andNameRE.FindStringIndex(s[end:]); m != nil {
					if name2, end2 := nameAfter(s, ws, end+m[1]-1); name2 != "" && free(end+m[1]-1, end2) {
						take(mention{actor: d.person(name2, country, strings.TrimSuffix(t.words, "s"), name2), start: end + m[1] - 1, end: end2})
					}
				}
			}
			if country != nil && t.head {
				d.relation("LEADER_OF", p.ID, country.ID, t.words, s[at:end])
			}
		}
	}
	// Groups: protesters, police; longest words first, so that
	// "opposition supporters" is one group. A demonym or a known person's
	// name before the word qualifies it: "Venezuelan opposition
	// supporters", "Lukashenko supporters".
	var owned [][2]int
	for _, word := range d.lex.groupWords {
		g := d.lex.groups[word]
		for _, at := range allIndexes(lower, word) {
			end := at + len(word)
			if (at > 0 && isLetter(lower[at-1])) || (end < len(lower) && isLetter(lower[end])) {
				continue
			}
			// "Rapid Support Forces": a capitalised word after another
			// is part of a name.
			if capitalised(s[at:end]) && at > 0 {
				if w := words(s[max(0, at-30):at]); len(w) > 0 && capitalised(w[len(w)-1].text) && strings.TrimSpace(s[max(0, at-30)+w[len(w)-1].end:at]) == "" && !d.isDemonym(w[len(w)-1].text) {
					continue
				}
			}
			// "opposition figures", "opposition-controlled": the word
			// qualifies what follows and names no group itself.
			if modifierWords[word] && (end < len(s) && s[end] == '-' || qualifiesNext(s[end:])) {
				continue
			}
			// "his supporters": whose they are is known once the
			// sentence's names are; they are declared then.
			if g.id == "supporters" && possessiveBeforeRE.MatchString(s[max(0, at-6):at]) {
				owned = append(owned, [2]int{at, end})
				continue
			}
			id, name, start := g.id, g.name, at
			if q, qs := d.qualifier(s, at); q != "" {
				name, start = q+" "+strings.ToLower(s[at:end]), qs
				id = slug(name)
			} else if forces[g.id] || national[g.id] {
				// Police and soldiers unqualified are the state's that the
				// story is about: "police detained 300" in a story on
				// Georgia are Georgian police.
				if c := d.lex.country(d.main); c != nil {
					name = demonym(c) + " " + strings.ToLower(g.name)
					id = slug(name)
				}
			}
			if !free(start, end) {
				continue
			}
			a := d.actor(id, name, graph.Group, s[start:end])
			a.group = g.id
			if bare := s[at:end]; !strings.EqualFold(bare, a.Name) && !slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.EqualFold(x, bare) }) {
				a.Aliases = append(a.Aliases, strings.ToLower(bare))
			}
			// "the armed forces commander": the group qualifies the
			// person who acts.
			take(mention{actor: a, start: start, end: end, modifier: groupHeadRE.MatchString(s[end:])})
		}
	}
	d.named(s, free, take)
	// Ministries and organisations by their head noun.
	for _, m := range ministryRE.FindAllStringSubmatchIndex(s, -1) {
		var country *actorDraft
		if m[2] >= 0 {
			country = d.countryOf(s[m[2]:m[3]])
		}
		if country == nil {
			country = d.mainCountry()
		}
		kind := strings.ToLower(s[m[4]:m[5]])
		name := strings.ToUpper(kind[:1]) + kind[1:] + " Ministry"
		if country != nil {
			// Named as people write it: "Belarusian Interior Ministry".
			qualifier := country.Name
			if c := d.lex.country(country.ID); c != nil {
				qualifier = demonym(c)
			}
			name = qualifier + " " + name
		}
		id := slug(name)
		take(mention{actor: d.actor(id, name, graph.Organization, s[m[0]:m[1]]), start: m[0], end: m[1]})
		if country != nil {
			d.relation("PART_OF", id, country.ID, "", s[m[0]:m[1]])
		}
	}
	for _, m := range orgMatches(s) {
		start := m[2]
		for {
			first, _, _ := strings.Cut(s[start:m[3]], " ")
			if !calendarRE.MatchString(first) || start+len(first)+1 >= m[3] {
				break
			}
			start += len(first) + 1
		}
		// "Kenya’s Supreme Court": the owner is not part of the name, but
		// a country owner qualifies it ("Kenyan Supreme Court").
		var owner *entry
		if first, rest, ok := strings.Cut(s[start:m[3]], " "); ok && (strings.HasSuffix(first, "’s") || strings.HasSuffix(first, "'s")) {
			start = m[3] - len(rest)
			for _, e := range d.lex.lookup(first) {
				if e.kind == graph.Country {
					owner = e
				}
			}
		}
		name := s[start:m[3]]
		if !strings.Contains(name, " ") || !free(start, m[3]) {
			continue
		}
		full := name
		if owner != nil {
			full = demonym(owner) + " " + name
		}
		// A name the lexicon knows is its organisation.
		if es := d.lex.lookup(name); len(es) > 0 && es[0].kind == graph.Organization {
			take(mention{actor: d.actor(es[0].id, es[0].name, graph.Organization, name), start: start, end: m[3]})
			continue
		}
		a := d.actor(slug(full), full, graph.Organization, name)
		if owner == nil && stateBodyRE.MatchString(name) {
			// "the Central Election Commission" in a story about a
			// country is that country's: its full name says so.
			owner = d.lex.country(d.main)
		}
		if owner != nil && !slices.Contains(a.Aliases, name+" of "+owner.name) {
			a.Aliases = append(a.Aliases, name+" of "+owner.name)
			d.relation("PART_OF", a.ID, owner.id, "", s[m[2]:m[3]])
		}
		d.acronym(a, s[m[3]:])
		take(mention{actor: a, start: start, end: m[3]})
	}
	// Known names: people, countries, organisations, cities. Each word's
	// name key is made once; a phrase's key is its words' keys joined,
	// as graph.NameKey would make it.
	keys, baseKeys := make([]string, len(ws)), make([]string, len(ws))
	for i, w := range ws {
		keys[i] = d.key(w.text)
		if base, ok := cutPossessive(w.text); ok {
			baseKeys[i] = d.key(base)
		}
	}
	phraseKey := func(i, n int, last string) string {
		var b strings.Builder
		for k := i; k < i+n; k++ {
			key := keys[k]
			if k == i+n-1 {
				key = last
			}
			if key == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(key)
		}
		return b.String()
	}
	for i := 0; i < len(ws); i++ {
		for n := min(5, len(ws)-i); n >= 1; n-- {
			phrase := s[ws[i].start:ws[i+n-1].end]
			es := d.lex.byKey[phraseKey(i, n, keys[i+n-1])]
			if len(es) == 0 && baseKeys[i+n-1] != "" {
				// "Georgia’s parliament": the possessive names Georgia.
				es = d.lex.byKey[phraseKey(i, n, baseKeys[i+n-1])]
			}
			// A known name is a proper noun: "a group of people" is not
			// the Group of 20, whose number folds away in its key.
			if len(es) == 0 || (n == 1 && !capitalised(phrase)) || (n > 1 && !slices.ContainsFunc(ws[i:i+n], func(w word) bool { return capitalised(w.text) })) {
				continue
			}
			if !free(ws[i].start, ws[i+n-1].end) {
				i += n - 1
				break
			}
			m := d.known(es[0], s, ws[i].start, ws[i+n-1].end, phrase)
			if m != nil {
				take(*m)
			}
			i += n - 1
			break
		}
	}
	// Acronyms of three to six capitals name organisations ("PDVSA").
	for _, w := range ws {
		if a := d.acronyms[w.text]; a != nil {
			take(mention{actor: a, start: w.start, end: w.end})
			continue
		}
		// Said twice, or once with a noun that says what it is: "the
		// UGTT labour federation".
		if acronymRE.MatchString(w.text) && len(d.lex.lookup(w.text)) == 0 && (strings.Count(d.text, w.text) >= 2 || orgNounAfterRE.MatchString(s[w.end:])) {
			take(mention{actor: d.actor(slug(w.text), w.text, graph.Organization, w.text), start: w.start, end: w.end})
		}
	}
	// Unknown people: two or three capitalised words followed by "said",
	// by an apposition ("Margarita Simonyan, editor-in-chief of") or by
	// "of the" and an organisation.
	// chain is where a name that follows an apposed one after "and"
	// begins: "two of those leaders, Mohamed Esmat and Ismail Jalab,".
	chain := -1
	for i := 0; i+1 < len(ws); i++ {
		for n := 3; n >= 2; n-- {
			if i+n > len(ws) {
				continue
			}
			ok := true
			for _, w := range ws[i : i+n] {
				ok = ok && nameRE.MatchString(w.text) && capitalised(w.text) && !taken[w.start] &&
					!strings.HasSuffix(w.text, "’s") && !strings.HasSuffix(w.text, "'s") && len(d.lex.lookup(w.text)) == 0 &&
					!orgHeadRE.MatchString(w.text) && !calendarRE.MatchString(w.text)
			}
			end := ws[i+n-1].end
			if !ok {
				continue
			}
			// "a supermarket in San Bernardo, south of Santiago": a name
			// after a preposition of place is a place.
			if placePrepRE.MatchString(s[:ws[i].start]) && !speechRE.MatchString(s[end:]) {
				continue
			}
			apposed := nameEndsRE.MatchString(s[end:]) && (ws[i].start == chain || appositiveNameRE.MatchString(tail(s[:ws[i].start], 120))) ||
				nameEndsSentenceRE.MatchString(s[end:]) && roleApposedRE.MatchString(tail(s[:ws[i].start], 80))
			if speechRE.MatchString(s[end:]) || appositionRE.MatchString(s[end:]) || roleAppositionRE.MatchString(s[end:]) || apposed {
				if m := andNameRE.FindStringIndex(s[end:]); apposed && m != nil {
					chain = end + m[1] - 1
				}
				name := s[ws[i].start:end]
				take(mention{actor: d.person(name, nil, "", name), start: ws[i].start, end: end})
				break
			}
		}
	}
	// "Amini, 22, was visiting": a single name given an age is a
	// person's surname; the story may give the full name elsewhere.
	for _, w := range ws {
		if taken[w.start] || !capitalised(w.text) || !nameRE.MatchString(w.text) || len(d.lex.lookup(w.text)) > 0 ||
			orgHeadRE.MatchString(w.text) || calendarRE.MatchString(w.text) || !agedRE.MatchString(s[w.end:]) || placePrepRE.MatchString(s[:w.start]) {
			continue
		}
		name := w.text
		if full := fullNameRE(w.text).FindString(d.text); full != "" && !calendarRE.MatchString(strings.Fields(full)[0]) {
			name = full
		}
		take(mention{actor: d.person(name, nil, "", w.text), start: w.start, end: w.end})
	}
	// Later mentions: a surname alone, "the Russian leader".
	for _, w := range ws {
		if taken[w.start] || !capitalised(w.text) {
			continue
		}
		if p := d.bySurname(w.text); p != nil {
			take(mention{actor: p, start: w.start, end: w.end})
		}
	}
	for _, m := range roleRefRE.FindAllStringSubmatchIndex(lower, -1) {
		qualifier := ""
		if m[2] >= 0 {
			qualifier = s[m[2]:m[3]]
		}
		if p := d.byRole(qualifier, s[m[4]:m[5]]); p != nil {
			take(mention{actor: p, start: m[0], end: m[1]})
		}
	}
	for _, o := range owned {
		if !free(o[0], o[1]) {
			continue
		}
		g := d.lex.groups["supporters"]
		id, name := g.id, g.name
		if p := d.owner(o[0], out); p != nil {
			name = "Supporters of " + p.Name
			id = slug(name)
		}
		a := d.actor(id, name, graph.Group, s[o[0]:o[1]])
		a.group = g.id
		take(mention{actor: a, start: o[0], end: o[1]})
	}
	// "Bazoum’s party said", "Erdogan’s office": who owns the noun is
	// not who acts.
	for k, m := range out {
		if m.actor != nil && (m.actor.Kind == string(graph.Person) || m.actor.Kind == string(graph.Country)) {
			if _, poss := cutPossessive(s[m.start:m.end]); poss && ownedNounRE.MatchString(s[m.end:]) {
				out[k].modifier = true
			}
		}
	}
	// "RSF commander Dagalo", "the ministry spokesman": a body named
	// before a role qualifies the person who holds it.
	for k, m := range out {
		if m.actor != nil && (m.actor.Kind == string(graph.Organization) || m.actor.Kind == string(graph.Group)) && groupHeadRE.MatchString(s[m.end:]) {
			out[k].modifier = true
		}
	}
	slices.SortFunc(out, func(a, b mention) int { return a.start - b.start })
	return out
}

// appositiveNameRE ends a noun phrase that a name in commas follows:
// "The speaker of parliament, Ararat Mirzoyan, was", "his predecessor,
// Hugo Chávez, took office".
var appositiveNameRE = regexp.MustCompile(`(?i)(?:^|[\s(])(?:the|a|an|his|her|its|their|two|three|both|one)\s+(?:[\p{L}’'\-]+\s+){0,4}\p{Ll}[\p{L}’'\-]*,\s+$`)

var andNameRE = regexp.MustCompile(`^\s+and\s+\p{Lu}`)

// nameEndsRE follows a name in apposition: a comma or "and" and another
// name.
var nameEndsRE = regexp.MustCompile(`^(?:,|\s+and\s+\p{Lu})`)

// stateAgentsRE follows a demonym: nameless people acting for the state.
var stateAgentsRE = regexp.MustCompile(`^\s+(?:government\s+)?(?:officials|authorities|negotiators|diplomats)\b`)

// orgNounAfterRE follows an acronym with the kind of body it names.
var orgNounAfterRE = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,2}(?:federation|union|party|movement|alliance|coalition|militia|agency|council|committee|confederation|front|network|bloc|group)\b`)

// placePrepRE ends with a preposition of place.
var placePrepRE = regexp.MustCompile(`(?i)\b(?:in|at|near|outside|inside|across|around|into|south of|north of|east of|west of)\s+$`)

// personNouns are nouns for what a person is, in an apposition.
const personNouns = `leader|adviser|advisor|minister|wife|husband|widow|son|daughter|brother|sister|spokesman|spokeswoman|spokesperson|` +
	`commander|chief|official|activist|journalist|reporter|lawyer|businessman|businesswoman|tycoon|candidate|general|governor|mayor|` +
	`president|vice-president|speaker|chairman|chairwoman|secretary|envoy|ambassador|director|editor|founder|professor|cleric|` +
	`opposition figure|dissident|blogger|student|economist|banker|politician|lawmaker|legislator|deputy|senator|judge|prosecutor`

// roleApposedRE ends a noun phrase for a person's office that the name
// follows in apposition: "by the Speaker, Jacob Mudenda." The name may
// then end the sentence.
var roleApposedRE = regexp.MustCompile(`(?i)(?:^|[\s(])(?:the|a|an|his|her|its|their)\s+(?:[\p{L}’'\-]+\s+){0,3}(?:` + personNouns + `),\s+$`)

var nameEndsSentenceRE = regexp.MustCompile(`^(?:[.;]|\s*$)`)

// Parties, media and institutions named by the noun that says what they
// are: "the ruling Georgian Dream party", "the Mexican daily La Voz del
// Sur", "Bolivia’s ombudsman".
var (
	partyRE    = regexp.MustCompile(`\b((?:` + capWord + `\s+){1,3})party\b`)
	mediaRE    = regexp.MustCompile(`\b(?:daily|newspaper|weekly|channel|broadcaster|news agency|station|tabloid|news site|magazine|television|radio|company|firm|airline|carrier)\s+(` + capWord + `(?:\s+(?:` + capWord + `|del|de|la|el|di|du|der))*)`)
	tvRE       = regexp.MustCompile(`\b((?:` + capWord + `\s+){1,2}(?:TV|Television|Radio))\b`)
	institutRE = regexp.MustCompile(`\b((?:` + capWord + `\s+){0,2}` + capWord + `)(?:’s|'s)?\s+(government|parliament|ombudsman|central bank|election commission|electoral commission|supreme court|constitutional court|cabinet|presidency|press service|national guard)\b`)
)

// namesPerson reports whether text names someone whose last name is
// word: a capitalised word before it ("Ilan Shor") and no "party" after.
func namesPerson(text, word string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], word)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(word)
		if rest := text[at:]; rest != "" && (isLetter(rest[0]) || strings.HasPrefix(strings.ToLower(rest), " party")) {
			continue
		}
		if k > 0 && isLetter(text[k-1]) {
			continue
		}
		before := text[max(0, k-30):k]
		if w := words(before); len(w) > 0 && capitalised(w[len(w)-1].text) && strings.TrimSpace(before[w[len(w)-1].end:]) == "" &&
			!notFirstNameRE.MatchString(w[len(w)-1].text) {
			return true
		}
	}
}

// notFirstNameRE is a capitalised word that begins a sentence or a
// title, not a name: "The Likud", "In Likud".
var notFirstNameRE = regexp.MustCompile(`^(?:The|A|An|In|On|At|Of|And|But|For|By|With|From|To|As|Under|After|Before|Its|Their|His|Her|Party|Leader|Chairman|Chairwoman|President|Minister)$`)

// named declares the organisations a noun names: parties, media,
// institutions of a country.
func (d *doc) named(s string, free func(int, int) bool, take func(mention)) {
	for _, m := range partyRE.FindAllStringSubmatchIndex(s, -1) {
		name := strings.TrimSpace(s[m[2]:m[3]])
		start := m[2]
		if first, rest, ok := strings.Cut(name, " "); ok && calendarRE.MatchString(first) {
			name, start = rest, start+len(first)+1
		}
		// "Morales’s party" is a person's, not a party's name.
		if _, poss := cutPossessive(name); poss || d.countryOfLookup(name) != "" || calendarRE.MatchString(name) || !free(start, start+len(name)) {
			continue
		}
		end := start + len(name)
		// "the Shor party of Ilan Shor": a party named after a person of
		// the story keeps its noun, else it and the person share a name.
		if !strings.Contains(name, " ") && namesPerson(d.text, name) {
			name += " party"
			end = m[1]
		}
		a := d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]])
		if short := strings.TrimSuffix(name, " party"); short != name && !slices.Contains(a.Aliases, short) {
			a.Aliases = append(a.Aliases, short)
		}
		take(mention{actor: a, start: start, end: end})
	}
	for _, re := range []*regexp.Regexp{mediaRE, tvRE} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			// "Military-owned Myawaddy TV": who owns it is no part of
			// its name.
			if first, rest, ok := strings.Cut(s[m[2]:m[3]], " "); ok && strings.Contains(first, "-") {
				m[2] = m[3] - len(rest)
			}
			name := s[m[2]:m[3]]
			if d.countryOfLookup(name) != "" || !free(m[2], m[3]) {
				continue
			}
			take(mention{actor: d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]]), start: m[2], end: m[3]})
		}
	}
	// "Parliament confirmed Japarov", "stormed parliament": a bare
	// parliament is the story's country's.
	for _, m := range bareParliamentRE.FindAllStringIndex(s, -1) {
		c := d.lex.country(d.main)
		if c == nil || !free(m[0], m[1]) || (m[0] > 0 && (s[m[0]-1] == '-' || isLetter(s[m[0]-1]))) {
			continue
		}
		if w := words(s[:m[0]]); len(w) > 0 && capitalised(w[len(w)-1].text) && strings.TrimSpace(s[w[len(w)-1].end:m[0]]) == "" {
			continue // a name's word: "Georgia's parliament", "European Parliament"
		}
		// "the speaker of parliament" names a person, not the body.
		if roleOfRE.MatchString(tail(s[:m[0]], 40)) {
			continue
		}
		name := demonym(c) + " parliament"
		a := d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]])
		if alias := "Parliament of " + c.name; !slices.Contains(a.Aliases, alias) {
			a.Aliases = append(a.Aliases, alias)
		}
		mod := qualifiesNext(s[m[1]:]) && !verbAfterRE.MatchString(s[m[1]:])
		take(mention{actor: a, start: m[0], end: m[1], modifier: mod})
		d.relation("PART_OF", a.ID, c.id, "", s[m[0]:m[1]])
	}
	for _, m := range institutRE.FindAllStringSubmatchIndex(s, -1) {
		owner, noun := s[m[2]:m[3]], s[m[4]:m[5]]
		var name, alias, country string
		for _, e := range d.lex.lookup(owner) {
			switch {
			case e.kind == graph.Country:
				name, alias, country = demonym(e)+" "+noun, upperFirst(noun)+" of "+e.name, e.id
			case e.place == graph.City && !e.capital:
				// "Hong Kong’s government": a city that governs itself.
				name, country = e.name+" "+noun, e.country
			}
			if name != "" {
				break
			}
		}
		if name == "" || !free(m[2], m[1]) {
			continue
		}
		a := d.actor(slug(name), name, graph.Organization, s[m[2]:m[1]])
		if alias != "" && !slices.Contains(a.Aliases, alias) {
			a.Aliases = append(a.Aliases, alias)
		}
		take(mention{actor: a, start: m[2], end: m[1]})
		if country != "" {
			d.relation("PART_OF", a.ID, country, "", s[m[2]:m[1]])
		}
	}
}

var roleOfRE = regexp.MustCompile(`(?i)\b(?:speaker|member|members|chairman|chair|head|deputy|deputies|president|leader|spokesman|spokeswoman)\s+of\s+(?:the\s+)?$`)

var bareParliamentRE = regexp.MustCompile(`\b[Pp]arliament\b`)

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var groupHeadRE = regexp.MustCompile(`(?i)^\s+(?:commander|commanders|chief|chiefs|spokesman|spokeswoman|spokesperson|head|headquarters|leadership|command)\b`)

// modifierWords name a group only when no noun follows: "the army said"
// but "army headquarters", "the opposition" but "opposition figures".
var modifierWords = map[string]bool{"opposition": true, "army": true, "military": true}

// ownedNounRE is a noun after a possessive that stands for its owner's
// people or body.
var ownedNounRE = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,2}(?:party|office|spokesman|spokeswoman|spokesperson|government|lawyer|lawyers|family|wife|husband|aide|aides|campaign|allies|supporters|administration|ministry|camp|team)\b`)

// forces are the groups that act for a state: police, soldiers.
var forces = map[string]bool{"police": true, "security-forces": true, "soldiers": true, "armed-forces": true}

// national are the groups a country's politics divides into: unqualified,
// they are the country's that the story is about, as forces are.
var national = map[string]bool{"opposition": true, "opposition-supporters": true, "government-supporters": true,
	"opposition-leaders": true, "opposition-figures": true}

// demonym is the word for a country's people as an adjective
// ("Georgian"), else its name ("Myanmar").
func demonym(c *entry) string {
	for _, w := range c.demonym {
		if !strings.EqualFold(w, c.name) && demonymRE.MatchString(w) {
			return w
		}
	}
	return c.name
}

var demonymRE = regexp.MustCompile(`(?:an|ese|ish|i|ch|ic|z|kh)$`)

// stateBodyRE begins the name of a state's body.
var stateBodyRE = regexp.MustCompile(`^(?:Central|National|Supreme|Constitutional|State|Federal|High|Electoral|Election|Presidential)\s`)

// acronymAfterRE is an acronym given in brackets after a name: "the
// Organization of American States (OAS)".
var acronymAfterRE = regexp.MustCompile(`^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)`)

// acronym records the acronym that follows an organisation's name, so
// that later mentions of it name the organisation.
func (d *doc) acronym(a *actorDraft, after string) {
	m := acronymAfterRE.FindStringSubmatch(after)
	if m == nil || d.acronyms[m[1]] != nil {
		return
	}
	d.acronyms[m[1]] = a
	if !slices.Contains(a.Aliases, m[1]) {
		a.Aliases = append(a.Aliases, m[1])
	}
}

var acronymRE = regexp.MustCompile(`^\p{Lu}{3,6}$`)

var roleRefRE = regexp.MustCompile(`\bthe\s+(\p{L}+\s+)?(president|leader|prime minister|opposition leader|foreign minister|chancellor)\b`)

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func allIndexes(s, sub string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return out
		}
		at := i + j
		if (at == 0 || !isLetter(s[at-1])) && (at+len(sub) >= len(s) || !isLetter(s[at+len(sub)])) {
			out = append(out, at)
		}
		i = at + len(sub)
	}
}

// nameAfter reads a person's name (two to four name words) that starts
// after byte after, skipping spaces.
func nameAfter(s string, ws []word, after int) (string, int) {
	i := slices.IndexFunc(ws, func(w word) bool { return w.start >= after })
	if i < 0 || strings.TrimSpace(s[after:ws[i].start]) != "" {
		return "", 0
	}
	j := i
	for j < len(ws) && j-i < 4 && nameRE.MatchString(ws[j].text) && (j == i || strings.TrimSpace(s[ws[j-1].end:ws[j].start]) == "") {
		j++
	}
	// "head General Abdel Fattah al-Burhan": a rank before the name is
	// no part of it.
	for j-i > 2 && rankRE.MatchString(ws[i].text) {
		i++
	}
	if j-i < 2 || !capitalised(ws[i].text) {
		return "", 0
	}
	return s[ws[i].start:ws[j-1].end], ws[j-1].end
}

var rankRE = regexp.MustCompile(`^(?:General|Gen|Colonel|Col|Major|Lieutenant|Admiral|Marshal|Senior|Brigadier|Captain|Sheikh|Dr|Mr|Mrs|Ms|Prof|Professor|Senator|President|Minister|Judge|Justice|Sir|Dame|Lord|Lady)$`)

// qualifier returns the word before byte at when it is a demonym or a
// known person's name, with where it starts.
func (d *doc) qualifier(s string, at int) (string, int) {
	ws := words(s[:at])
	if len(ws) == 0 || strings.TrimSpace(s[ws[len(ws)-1].end:at]) != "" {
		return "", 0
	}
	w := ws[len(ws)-1]
	for _, e := range d.lex.lookup(w.text) {
		if (e.kind == graph.Country && !strings.EqualFold(w.text, e.name) && capitalised(w.text)) || e.kind == graph.Person {
			return w.text, w.start
		}
	}
	// "Japarov’s supporters": a person named before.
	if base, ok := cutPossessive(w.text); ok && capitalised(base) {
		for _, a := range d.actors {
			if a.Kind == string(graph.Person) && a.surname == nameKey(base) {
				return w.text, w.start
			}
		}
	}
	return "", 0
}

// agedRE follows a name given an age: ", 22,".
var agedRE = regexp.MustCompile(`^,\s+(?:[1-9]|[1-9]\d|10\d),`)

// fullNameRE finds a first name and the surname given.
func fullNameRE(surname string) *regexp.Regexp {
	return regexp.MustCompile(`\b\p{Lu}\p{Ll}+\s+` + regexp.QuoteMeta(surname) + `\b`)
}

// owner is the person "his supporters" or "her supporters" stand
// behind: the one named last before them, in the sentence (its mentions
// so far) or the one before.
func (d *doc) owner(at int, found []mention) *actorDraft {
	last := func(ms []mention, before int) *actorDraft {
		var p *actorDraft
		best := -1
		for _, m := range ms {
			if m.actor != nil && m.actor.Kind == string(graph.Person) && m.end <= before && m.start > best {
				p, best = m.actor, m.start
			}
		}
		return p
	}
	if p := last(found, at); p != nil {
		return p
	}
	if d.cur > 0 && d.cur <= len(d.mentions) {
		return last(d.mentions[d.cur-1], len(d.sents[d.cur-1].text))
	}
	return nil
}

var possessiveBeforeRE = regexp.MustCompile(`(?i)\b(?:his|her)\s+$`)

func cutPossessive(w string) (string, bool) {
	for _, suf := range []string{"’s", "'s"} {
		if base, ok := strings.CutSuffix(w, suf); ok {
			return base, true
		}
	}
	return w, false
}

// countryBefore finds a country named right before a title: "Belarus
// President", "Russian Foreign Minister".
func (d *doc) countryBefore(s string, at int) *actorDraft {
	ws := words(s[:at])
	for n := 1; n <= 3 && n <= len(ws); n++ {
		phrase := s[ws[len(ws)-n].start:ws[len(ws)-1].end]
		if c := d.countryOf(phrase); c != nil {
			return c
		}
	}
	return nil
}

// countryOf returns the country a name or demonym names, declaring it.
func (d *doc) countryOf(name string) *actorDraft {
	for _, e := range d.lex.lookup(name) {
		if e.kind == graph.Country {
			return d.actor(e.id, e.name, graph.Country, name)
		}
	}
	return nil
}

// isDemonym reports whether w names a country as an adjective
// ("Russian").
func (d *doc) isDemonym(w string) bool {
	for _, e := range d.lex.lookup(w) {
		if e.kind == graph.Country {
			return true
		}
	}
	return false
}

// key is nameKey, made once per word of the document.
func (d *doc) key(w string) string {
	if k, ok := d.keys[w]; ok {
		return k
	}
	k := nameKey(w)
	d.keys[w] = k
	return k
}

// countMainCountry finds the country the whole text names most, by name
// or demonym, before any sentence is read.
func (d *doc) countMainCountry() string {
	// A dateline names where the story is told from: "CARACAS, Feb 4 -",
	// "LA PAZ —". Its country is the story's.
	if m := datelinePlaceRE.FindStringSubmatch(d.text); m != nil {
		for _, e := range d.lex.lookup(m[1]) {
			c := e.country
			if e.kind == graph.Country {
				c = e.id
			}
			if e.place == graph.City || e.kind == graph.Country {
				if ce := d.lex.country(c); ce != nil {
					d.mainQuote = m[1]
					return c
				}
			}
		}
	}
	count := map[string]int{}
	first := map[string]string{}
	best, n := "", 0
	for _, w := range words(d.text) {
		if !capitalised(w.text) {
			continue
		}
		es := d.lex.byKey[d.key(w.text)]
		if base, ok := cutPossessive(w.text); ok && len(es) == 0 {
			es = d.lex.byKey[d.key(base)]
		}
		for _, e := range es {
			if e.kind == graph.Country {
				count[e.id]++
				if first[e.id] == "" {
					first[e.id] = w.text
				}
				if count[e.id] > n || count[e.id] == n && e.id < best {
					best, n = e.id, count[e.id]
				}
			}
		}
	}
	d.mainQuote = first[best]
	return best
}

// datelinePlaceRE is the place of a dateline at the start of a line.
var datelinePlaceRE = regexp.MustCompile(`(?m)^\s*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})(?:,\s|\s+[—–-]\s)`)

// mainCountry is the country the article names most, if any.
func (d *doc) mainCountry() *actorDraft {
	if c := d.lex.country(d.main); c != nil {
		return d.actor(c.id, c.name, graph.Country, d.mainQuote)
	}
	var best *actorDraft
	n := 0
	count := map[string]int{}
	for _, ms := range d.mentions {
		for _, m := range ms {
			if m.actor != nil && m.actor.Kind == string(graph.Country) {
				count[m.actor.ID]++
				if count[m.actor.ID] > n {
					best, n = m.actor, count[m.actor.ID]
				}
			}
		}
	}
	return best
}

// known turns a lexicon match into a mention.
func (d *doc) known(e *entry, s string, start, end int, phrase string) *mention {
	switch {
	case e.place == graph.City:
		// Declared whether or not it stands for its state here.
		d.placeOf(e, phrase)
		before := strings.ToLower(strings.TrimSpace(s[max(0, start-24):start]))
		after := s[end:]
		// A capital that acts stands for its state: "Minsk agreed".
		if e.capital && !prepBefore(before) && actsAfter(after) {
			if country := d.lex.country(e.country); country != nil {
				return &mention{actor: d.actor(country.id, country.name, graph.Country, phrase), start: start, end: end}
			}
		}
		return &mention{actor: nil, start: start, end: end, asPlace: e.id}
	case e.kind == graph.Country:
		a := d.actor(e.id, e.name, graph.Country, phrase)
		// "Russian journalists", "Kremlin-backed": a name that qualifies
		// the next word names the country without making it act.
		modifier := !strings.EqualFold(phrase, e.name) && qualifiesNext(s[end:])
		// "held talks with Sri Lankan officials": officials with no name
		// act for their state, which the model makes the country.
		if modifier && stateAgentsRE.MatchString(s[end:]) {
			modifier = false
		}
		return &mention{actor: a, start: start, end: end, modifier: modifier}
	case e.kind == graph.Person:
		a := d.actor(e.id, e.name, graph.Person, phrase)
		a.country, a.title, a.surname = e.country, e.title, nameKey(lastWord(e.name))
		// "Erdogan’s office": the name is Erdogan.
		phrase, _ = cutPossessive(phrase)
		if phrase != e.name && !slices.Contains(a.Aliases, phrase) {
			a.Aliases = append(a.Aliases, phrase)
		}
		return &mention{actor: a, start: start, end: end}
	case e.kind == graph.Organization:
		return &mention{actor: d.actor(e.id, e.name, graph.Organization, phrase), start: start, end: end}
	}
	return nil
}

var verbAfterRE = regexp.MustCompile(`^\s+(?:has|have|had|is|was|were|will|would|said|says|say|told|agreed|warned|denied|accused|rejected|announced|insisted|demanded|urged|responded|refused|threatened|signed|lent|offered|promised|called|condemned|detained|arrested|seized|took|launched|fired|killed|opened|stormed|deployed|moved|raided|imposed|declared|dispersed|broke|shot|beat|surrounded|blocked|ordered|and|,|\.)\b`)

// qualifiesNext reports whether the text after a name goes on with the
// noun the name qualifies rather than a verb or the end of the phrase.
func qualifiesNext(after string) bool {
	if verbAfterRE.MatchString(after) {
		return false
	}
	t := strings.TrimLeft(after, " \u00a0")
	// "the Kremlin criticised": a word in -ed after a name is its verb.
	if w := pastVerbRE.FindString(t); w != "" {
		return false
	}
	return len(t) > 0 && len(t) < len(after) && (isLetter(t[0]) || t[0] >= 0x80)
}

var pastVerbRE = regexp.MustCompile(`^\p{Ll}+ed\b`)

var prepRE = regexp.MustCompile(`(?:^|\s)(?:in|at|to|from|across|near|of|through|outside|into|around|throughout)(?:\s+(?:central|downtown|the|northern|southern|eastern|western))?$`)

// prepBefore reports whether the words before a name make it a place:
// "in Minsk", "through central Minsk".
func prepBefore(before string) bool { return prepRE.MatchString(before) }

var actsRE = regexp.MustCompile(`^\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:agreed|said|says|warned|accused|rejected|denied|announced|insisted|demanded|urged|responded|refused|threatened|signed|lent|offered|promised|called|condemned|imposed|sanctioned|recognised|recognized|backed|suspended|expelled|summoned|sent|pledged|ordered)\b`)

func actsAfter(after string) bool { return actsRE.MatchString(after) }

func lastWord(name string) string {
	f := strings.Fields(name)
	return f[len(f)-1]
}

// actor declares an actor once; later declarations add a quote.
func (d *doc) actor(id, name string, kind graph.ActorKind, quote string) *actorDraft {
	if id == "" {
		// A name in another script: an id from its place in the draft.
		id = fmt.Sprintf("actor-%d", len(d.actors)+1)
	}
	if a, ok := d.byID[id]; ok {
		return a
	}
	a := &actorDraft{Actor: Actor{ID: id, Name: name, Kind: string(kind), Quotes: []string{quote}}}
	d.byID[id] = a
	d.actors = append(d.actors, a)
	return a
}

// person declares a person met by name, unless a known one has the name
// or the surname.
func (d *doc) person(name string, country *actorDraft, title, quote string) *actorDraft {
	if es := d.lex.lookup(name); len(es) > 0 && es[0].kind == graph.Person {
		a := d.actor(es[0].id, es[0].name, graph.Person, quote)
		a.country, a.title, a.surname = es[0].country, es[0].title, nameKey(lastWord(es[0].name))
		if name != es[0].name && !slices.Contains(a.Aliases, name) {
			a.Aliases = append(a.Aliases, name)
		}
		return a
	}
	key := nameKey(lastWord(name))
	// "Tayyip Erdogan" is the lexicon's Recep Tayyip Erdogan: same surname
	// and another of the names shared.
	for _, e := range d.lex.lookup(lastWord(name)) {
		if e.kind == graph.Person && sharesGivenName(e.name, name) {
			a := d.actor(e.id, e.name, graph.Person, quote)
			a.country, a.title, a.surname = e.country, e.title, nameKey(lastWord(e.name))
			if name != e.name && !slices.Contains(a.Aliases, name) {
				a.Aliases = append(a.Aliases, name)
			}
			return a
		}
	}
	for _, a := range d.actors {
		if a.Kind == string(graph.Person) && a.surname == key && nameKey(a.Name) != nameKey(name) &&
			strings.HasPrefix(nameKey(a.Name), nameKey(name)[:1]) {
			if !slices.Contains(a.Aliases, name) {
				a.Aliases = append(a.Aliases, name)
			}
			return a
		}
	}
	a := d.actor(slug(name), name, graph.Person, quote)
	a.surname = key
	if a.title == "" {
		a.title = title
	}
	if country != nil && a.country == "" {
		a.country = country.ID
	}
	return a
}

func sharesGivenName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	for _, x := range fa[:len(fa)-1] {
		for _, y := range fb[:len(fb)-1] {
			if nameKey(x) == nameKey(y) {
				return true
			}
		}
	}
	return false
}

// bySurname finds a person named earlier, or a known person, by surname.
func (d *doc) bySurname(w string) *actorDraft {
	key := nameKey(w)
	for _, a := range d.actors {
		if a.Kind == string(graph.Person) && a.surname == key {
			return a
		}
	}
	for _, e := range d.lex.lookup(w) {
		if e.kind == graph.Person {
			return d.person(e.name, nil, "", w)
		}
	}
	return nil
}

// byRole finds the person a role reference means: "the Russian leader",
// "the opposition leader".
func (d *doc) byRole(qualifier, role string) *actorDraft {
	q := strings.TrimSpace(qualifier)
	var country string
	if q != "" {
		if c := d.countryOfLookup(q); c != "" {
			country = c
		}
	}
	for _, a := range d.actors {
		if a.Kind != string(graph.Person) {
			continue
		}
		switch {
		case q == "opposition" && strings.Contains(a.title, "opposition"):
			return a
		case country != "" && a.country == country && (strings.Contains(a.title, role) ||
			(role == "leader" && (a.title == "president" || a.title == "prime minister"))):
			return a
		}
	}
	// "the president", unqualified, in a story about a country: its
	// president named earlier.
	if q == "" && d.main != "" && (role == "president" || role == "prime minister" || role == "chancellor") {
		for _, a := range d.actors {
			if a.Kind == string(graph.Person) && a.country == d.main && a.title == role {
				return a
			}
		}
	}
	return nil
}

func (d *doc) countryOfLookup(name string) string {
	for _, e := range d.lex.lookup(name) {
		if e.kind == graph.Country {
			return e.id
		}
	}
	return ""
}

// placeOf declares a city, and its country when the lexicon knows it.
func (d *doc) placeOf(e *entry, quote string) *placeDraft {
	if p, ok := d.placeBy[e.id]; ok {
		return p
	}
	p := &placeDraft{Place{ID: e.id, Name: e.name, Kind: string(graph.City), Quotes: []string{quote}}}
	if c := d.lex.country(e.country); c != nil {
		d.actor(c.id, c.name, graph.Country, quote)
		p.In = c.id
	}
	d.placeBy[e.id] = p
	d.places = append(d.places, p)
	return p
}

func (d *doc) relation(typ, from, to, title, quote string) {
	key := typ + " " + from + " " + to
	if from == to || d.relSeen[key] {
		return
	}
	d.relSeen[key] = true
	d.rels = append(d.rels, Relation{Type: typ, From: from, To: to, Title: title, Quotes: []string{quote}})
}

// ---- output ----

func (d *doc) annotation() *Annotation {
	d.keepVerbatim()
	ann := &Annotation{}
	for _, a := range d.actors {
		ann.Actors = append(ann.Actors, a.Actor)
	}
	// A place and an actor may have come to one id ("Minister Mexico City"
	// read as a person): an id names one node, so the place gives way.
	renamed := map[string]string{}
	for _, p := range d.places {
		pl := p.Place
		if _, clash := d.byID[pl.ID]; clash {
			id := pl.ID + "-place"
			for i := 2; d.declared(id); i++ {
				id = fmt.Sprintf("%s-place-%d", pl.ID, i)
			}
			renamed[pl.ID], pl.ID = id, id
		}
		ann.Places = append(ann.Places, pl)
	}
	for _, e := range d.events {
		if id, ok := renamed[e.Place]; ok {
			e.Place = id
		}
	}
	for _, e := range d.events {
		ev := e.Event
		ev.Date = &Date{Text: ev.Date.Text, Start: graph.FormatDay(e.start), End: graph.FormatDay(e.end), Precision: string(e.precision)}
		if e.precision != graph.Day {
			ev.Date.End = ""
		}
		// Wording such as "will meet next week" dates an event after the
		// article: announced, not yet happened.
		ev.Planned = e.start.After(d.pub)
		ann.Events = append(ann.Events, ev)
	}
	// Relations need both ends declared, and a place's "in" is already
	// a LOCATED_IN.
	for _, r := range d.rels {
		if d.declared(r.From) && d.declared(r.To) && len(r.Quotes) > 0 {
			ann.Relations = append(ann.Relations, r)
		}
	}
	return ann
}

// keepVerbatim drops every quote that is not a verbatim part of the text,
// then every fact left without a quote and every reference to it, so that
// a draft always passes the importer's checks.
func (d *doc) keepVerbatim() {
	verbatim := func(qs []string) []string {
		var out []string
		for _, q := range qs {
			// A quote with invalid UTF-8 cannot be written as YAML text.
			if strings.TrimSpace(q) != "" && utf8.ValidString(q) && strings.Contains(d.text, q) && !slices.Contains(out, q) {
				out = append(out, q)
			}
		}
		return out
	}
	var actors []*actorDraft
	for _, a := range d.actors {
		if a.Quotes = verbatim(a.Quotes); len(a.Quotes) > 0 {
			actors = append(actors, a)
		} else {
			delete(d.byID, a.ID)
		}
	}
	d.actors = actors
	var places []*placeDraft
	for _, p := range d.places {
		if p.In != "" && !d.declared(p.In) {
			p.In = ""
		}
		if p.Quotes = verbatim(p.Quotes); len(p.Quotes) > 0 {
			places = append(places, p)
		} else {
			delete(d.placeBy, p.ID)
		}
	}
	d.places = places
	var events []*eventDraft
	for _, e := range d.events {
		e.Quotes = verbatim(e.Quotes)
		var parts []Participant
		for _, p := range e.Participants {
			if _, ok := d.byID[p.Actor]; ok {
				parts = append(parts, p)
			}
		}
		e.Participants = parts
		if e.Place != "" && !d.declared(e.Place) {
			e.Place = ""
		}
		if len(e.Quotes) > 0 && len(e.Participants) > 0 {
			events = append(events, e)
		}
	}
	d.events = events
	for i := range d.rels {
		d.rels[i].Quotes = verbatim(d.rels[i].Quotes)
	}
}

func (d *doc) declared(id string) bool {
	_, a := d.byID[id]
	_, p := d.placeBy[id]
	return a || p
}

// uniqueID makes an id unique among the draft's ids.
func (d *doc) uniqueID(base string) string {
	id := base
	for i := 2; d.declared(id) || slices.ContainsFunc(d.events, func(e *eventDraft) bool { return e.ID == id }); i++ {
		id = fmt.Sprintf("%s-%d", base, i)
	}
	return id
}

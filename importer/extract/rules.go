package extract

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
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
	// turns marks the paragraphs that open with a transcript's label
	// ("GUEST:"): a conversation goes on from one turn to the next.
	// paraOrd numbers the paragraphs that hold a sentence, in order, and
	// talkRun is, for each of those, the number of turns in a row it
	// ends (0 for a paragraph that is no turn).
	turns   map[int]bool
	paraOrd map[int]int
	talkRun []int
	// lastEvent is the event told last, in text order.
	lastEvent *eventDraft
	// told is set for each sentence that told an event.
	told []bool
	// main is the country the article names most; mainQuote the words
	// that first name it.
	main, mainQuote string
	// cur is the sentence whose actors are being found.
	cur int
	// partyOf is the party or movement each person leads, by the
	// person's id, as the story says ("Tsarukyan, leader of the
	// Prosperous Armenia party").
	partyOf map[string]*actorDraft
	// outlet is the article's own outlet, once the text names it.
	outlet *actorDraft
	// yearDates caches yearDate by sentence.
	yearDates []*string
}

type actorDraft struct {
	Actor
	// group is the lexicon's id of a group's word ("police" for
	// "Georgian police").
	group   string
	country string
	title   string
	// offices are the titles the text introduced the person with.
	offices []string
	// surname is the name key of the last word of a person's name.
	surname string
}

type placeDraft struct {
	Place
	// local is set for a place the story declares that the lexicon does
	// not know ("the western city of Kisumu").
	local bool
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
	// sinceStart is set for a tally told "since the unrest began": it
	// runs from the first day of the unrest the story tells.
	sinceStart bool
	// perfect is set for a statement told in the perfect ("has said"):
	// undated, it was made since the story began.
	perfect bool
	// named is set for an election dated by a wording that names it:
	// "Thursday's poll", "the August 9 vote".
	named      bool
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
		keys: map[string]string{}, partyOf: map[string]*actorDraft{}}
	d.sents = sentences(a.Text)
	d.paraStart = make([]int, len(d.sents))
	for i, s := range d.sents {
		if i > 0 && s.para == d.sents[i-1].para {
			d.paraStart[i] = d.paraStart[i-1]
		} else {
			d.paraStart[i] = s.start
		}
	}
	d.turns = map[int]bool{}
	for i, s := range d.sents {
		if d.paraStart[i] == s.start && turnRE.MatchString(s.text) {
			d.turns[s.para] = true
		}
	}
	if len(d.turns) < 3 {
		d.turns = nil
	} else {
		d.paraOrd = map[int]int{}
		for _, s := range d.sents {
			if _, ok := d.paraOrd[s.para]; ok {
				continue
			}
			d.paraOrd[s.para] = len(d.talkRun)
			run := 0
			if d.turns[s.para] {
				run = 1
				if n := len(d.talkRun); n > 0 {
					run += d.talkRun[n-1]
				}
			}
			d.talkRun = append(d.talkRun, run)
		}
	}
	d.main = d.countMainCountry()
	d.mentions = make([][]mention, len(d.sents))
	for i, s := range d.sents {
		d.cur = i
		// "ISTANBUL (Reuters) - Erdogan declared victory": the agency
		// of a wire dateline tells the story; it acts in none of it.
		text := s.text
		if a := datelineAgency(text); a != nil {
			text = text[:a[0]] + strings.Repeat(" ", a[1]-a[0]) + text[a[1]:]
		}
		// "Reporting by Reuters staff; Editing by Tom Barlow", "By ANA
		// MORALES and Tom Barlow": who wrote the story is not in it.
		if creditLineRE.MatchString(text) || byline(text) {
			text = strings.Repeat(" ", len(text))
		}
		// "Mali Army Colonel Seizes Power as President Keita Resigns": in
		// a headline in title case every word looks like a name, and the
		// story names its actors again in sentence case.
		if titleCase(text) {
			text = strings.Repeat(" ", len(text))
		}
		// "[File: Sergei Chirikov/Pool via Reuters]", "Photo: AFP": who
		// took a picture is not in the story either.
		for _, c := range photoCreditRE.FindAllStringIndex(text, -1) {
			text = text[:c[0]] + strings.Repeat(" ", c[1]-c[0]) + text[c[1]:]
		}
		d.mentions[i] = d.findActors(text)
		// "PETROVA: He met …": the label of a transcript's speaker
		// declares them but is no part of what they tell.
		d.mentions[i] = slices.DeleteFunc(d.mentions[i], func(m mention) bool { return m.actor != nil && speakerLabel(s.text, m) })
		// "ANNA KELLER (HOST):": in a transcript, a label with a full
		// name declares the person who speaks ("BREAKING NEWS:" in a
		// story is no one).
		if m := fullLabelRE.FindStringSubmatch(s.text); m != nil && d.turns != nil && len(d.lex.lookup(m[1])) == 0 && !slices.ContainsFunc(strings.Fields(m[1]), labelWordRE.MatchString) {
			d.person(titleWords(m[1]), nil, "", m[1])
		}
	}
	ref := d.dateline()
	var last, election *eventDraft
	d.told = make([]bool, len(d.sents))
	for i, s := range d.sents {
		evs := d.findEvents(i, s, ref, last)
		if len(evs) == 0 {
			d.casualtiesOf(i, last)
		}
		if !slices.ContainsFunc(evs, func(e *eventDraft) bool { return e.Type == string(graph.Election) }) {
			d.resultsOf(i, election)
		}
		d.told[i] = len(evs) > 0
		for _, e := range evs {
			held := d.addEvent(e)
			// A retelling moves the thread to where it is told: "The
			// Carabineros fired water cannon … The minister said 18
			// officers were injured" goes on with the retold clash.
			if held != e && e.para > held.para {
				held.para = e.para
			}
			if held.Type == string(graph.Election) {
				election = held
			}
			// An election is mostly retold as the background of what
			// follows; the story's thread goes on from other events. So
			// is what an aside tells: "Muhyiddin, a former deputy prime
			// minister who was sacked in 2015, made an address".
			if e.Type != string(graph.Election) && !inAside(s.text, e.at) {
				last = held
				d.lastEvent = last
			}
		}
	}
	d.sinceBegan()
	d.sincePerfect()
	d.sharedTargets()
	return d.annotation()
}

// turnRE opens a transcript's turn with the label of who speaks:
// "GUEST:", "ANNA KELLER (HOST):".
var turnRE = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\s.’'\-]*(?:\([^)]{0,30}\))?\s*:`)

// continuesTurns reports whether paragraph p goes on with the talk of
// paragraph q before it: both are turns of a transcript, as is every
// paragraph between, and at most four turns apart (two exchanges).
func (d *doc) continuesTurns(q, p int) bool {
	if d.turns == nil || p <= q || !d.turns[q] || !d.turns[p] {
		return false
	}
	oq, op := d.paraOrd[q], d.paraOrd[p]
	// Every paragraph from q to p is a turn, and at most three lie between.
	return op-oq <= 4 && d.talkRun[op]-d.talkRun[oq] == op-oq
}

// lastPossessive returns where the last word in the possessive of a
// name of several words ends (before the space after it), 0 for none.
func lastPossessive(name string) int {
	ws := nonSpaceRE.FindAllStringIndex(name, -1)
	at := 0
	for i, w := range ws {
		if t := name[w[0]:w[1]]; i < len(ws)-1 && (strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'s")) {
			at = w[1]
		}
	}
	return at
}

var nonSpaceRE = regexp.MustCompile(`\S+`)

// inAside reports whether byte at of sentence s lies in an aside that
// dates another time than the sentence's.
func inAside(s string, at int) bool {
	if at < 0 || at >= len(s) || s[at] == ' ' {
		return false
	}
	return maskAsides(s, -1)[at] == ' '
}

// ---- actors ----

// formalMinistries are the formal names of ministries whose short name
// is not "Ministry of" its word.
var formalMinistries = map[string][]string{
	"foreign":  {"Foreign Affairs"},
	"interior": {"Internal Affairs", "the Interior", "Home Affairs"},
	"defence":  {"Defense", "National Defence", "National Defense"},
	"defense":  {"Defence", "National Defense", "National Defence"},
	"health":   {"Public Health"},
	"finance":  {"Economy and Finance"},
}

// titles that introduce a person's name, longest first; head says the
// title makes its holder a country's leader.
var titles = []struct {
	words string
	head  bool
}{
	{"prime minister", true}, {"foreign minister", false}, {"defence minister", false}, {"defense minister", false},
	{"interior minister", false}, {"finance minister", false}, {"deputy prime minister", false},
	{"deputy speaker", false}, {"deputy leader", false}, {"deputy minister", false},
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
	{"judge", false}, {"chief justice", false}, {"justice", false}, {"prosecutor", false}, {"colonel", false}, {"journalist", false}, {"editor", false},
	{"blogger", false}, {"analyst", false}, {"professor", false}, {"businessman", false}, {"opposition activist", false},
	{"interim president", true}, {"former president", false}, {"ousted president", false}, {"dictator", true},
	{"politician", false}, {"economist", false}, {"sociologist", false}, {"historian", false}, {"diplomat", false},
	{"writer", false}, {"novelist", false}, {"poet", false}, {"singer", false}, {"rapper", false}, {"artist", false},
	{"dissident", false}, {"cleric", false}, {"preacher", false}, {"scholar", false}, {"academic", false}, {"researcher", false},
	{"tycoon", false}, {"oligarch", false}, {"banker", false}, {"entrepreneur", false}, {"businesswoman", false},
	{"pope", false}, {"patriarch", false}, {"grand mufti", false}, {"grand imam", false}, {"ayatollah", false},
	{"bishop", false}, {"archbishop", false}, {"cardinal", false}, {"imam", false}, {"pastor", false}, {"priest", false},
}

// oneNameTitles are the titles that a single name may follow: monarchs
// and clerics are called by their given or religious names.
var oneNameTitles = map[string]bool{"pope": true, "patriarch": true, "prince": true, "crown prince": true, "king": true,
	"queen": true, "emir": true, "ayatollah": true, "cardinal": true, "archbishop": true, "bishop": true, "imam": true,
	"grand mufti": true}

// oneNameAfter returns the single capitalised name right after byte
// after of s, with where it ends; "" when the word is no name (a body's
// head, a month) or another capitalised word follows it.
func oneNameAfter(s string, ws []word, after int) (string, int) {
	i := slices.IndexFunc(ws, func(w word) bool { return w.start >= after })
	if i < 0 || s[after:ws[i].start] != " " {
		return "", 0
	}
	w := ws[i]
	if !capitalised(w.text) || !nameRE.MatchString(w.text) || orgHeadRE.MatchString(w.text) || calendarRE.MatchString(w.text) ||
		strings.HasSuffix(w.text, "’s") || strings.HasSuffix(w.text, "'s") ||
		i+1 < len(ws) && capitalised(ws[i+1].text) && s[w.end:ws[i+1].start] == " " {
		return "", 0
	}
	return w.text, w.end
}

// memberNounRE is a word for people of a body that a capital at the
// head of a sentence joins to the body's name: "Leaders of the Bulgarian
// Socialist Party met…" names the party.
var memberNounRE = regexp.MustCompile(`^(?i:(?:` + personNouns + `|member|supporter|representative|head|delegate|worker|employee|officer)s?|officials|staff|men|women)$`)

// orgHeadWordRE finds a head noun alone, a cheap test before orgRE.
var orgHeadWordRE = mustStartRE(`\b(?:` + orgHeads + `)\b`)

// lowerBodyRE is a state body named in lower case after "the".
var lowerBodyRE = mustStartRE(`\b[Tt]he\s+((?:(?:central|national|independent|federal)\s+)?(?:electoral|election)\s+(?:commission|council|board|tribunal|authority)|(?:supreme|constitutional|high)\s+court|constitutional\s+council|central\s+bank)\b`)

func orgMatches(s string) [][]int {
	// "the electoral commission", "the supreme court": a state body
	// named in lower case is the body all the same.
	lower := lowerBodyRE.FindAllStringSubmatchIndex(s, -1)
	if !orgHeadWordRE.MatchString(s) {
		return lower
	}
	ms := append(orgRE.FindAllStringSubmatchIndex(s, -1), lower...)
	// "the Electoral Council on Monday": a day after "on" is no part of
	// the name.
	for _, m := range ms {
		if k := strings.Index(s[m[2]:m[3]], " on "); k >= 0 {
			if w := words(s[m[2]+k+4 : m[3]]); len(w) > 0 && calendarRE.MatchString(w[0].text) {
				if orgHeadWordRE.MatchString(s[m[2] : m[2]+k]) {
					m[3] = m[2] + k
					m[1] = m[3]
					continue
				}
				// "in La Paz on Wednesday and the Catholic Church": the
				// name is what follows the day.
				rest := m[2] + k + 4 + w[0].end
				if j := afterDayRE.FindStringIndex(s[rest:m[3]]); j != nil {
					rest += j[1]
				}
				m[0], m[2] = rest, rest
			}
		}
	}
	return ms
}

// titled capitalises each word of a lower-case name: "electoral
// commission" is named "Electoral Commission".
func titled(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

// afterDayRE is what joins a day to the name after it: " and the ".
var afterDayRE = regexp.MustCompile(`^[\s,]*(?:(?:and|or|as well as)\s+)?(?:the\s+)?`)

// capWord is a capitalised word.
const capWord = `[A-Z][\p{L}’'\-]+`

// mediaName is the name of a paper or a channel, which may hold digits:
// "TF1", "France 24", "Canal+".
const mediaName = `[A-Z][\p{L}\d’'\-+]*(?:\s+[A-Z\d][\p{L}\d’'\-+]*)?`

var (
	orgHeads = `Ministry|Council|Committee|Commission|Party|Agency|Service|Court|Parliament|Assembly|Bank|Fund|` +
		`Union|Office|Army|Guard|Front|Movement|Centre|Center|Institute|Organization|Organisation|Coalition|` +
		`Alliance|Federation|Senate|Congress|Duma|Government|Police|Forces|Network|Foundation|Association|Tribunal|` +
		`Authority|Administration|Bureau|Directorate|Board|Corps|Airlines|Airways|Group|Hospital|University|Church|Department|Society|Community|Rally|` +
		`Confederation|Conference|League|Syndicate|Chamber`
	// orgRE is an organisation's name: capitalised words ending in a
	// head noun, joined by "of", "for", "and" or "on" ("Hong Kong and
	// Macau Affairs Office"), with an "of" tail, or two ("State Committee
	// for National Security", "Organization of American States",
	// "Confederation of Indigenous Nationalities of Ecuador").
	orgRE      = regexp.MustCompile(`\b(?:the\s+)?((?:` + capWord + `\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}(?:` + orgHeads + `)(?:\s+(?:of|for|on)\s+(?:the\s+)?` + capWord + `(?:\s+(?:and\s+)?` + capWord + `){0,3}){0,2})\b`)
	ministryRE = regexp.MustCompile(`(?i)\b(?:(\p{Lu}\p{L}+(?:’s|'s)?)\s+)?(interior|foreign|defen[cs]e|health|finance|justice|emergenc(?:y|ies)|economy)\s+ministry\b`)
	nameRE     = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}’'\-]+|(?:al|el|ad|as|ash)-[\p{Lu}][\p{L}]+|von|der|den|van|de|da|dos|di|du|del|la|ten|ter|bin|ibn|bint)$`)
	speechRE   = regexp.MustCompile(`^\s*,?\s*(?:said|says|told|wrote|added|warned|tweeted|insisted|argued)\b`)
	// appositionRE follows a person's name: ", editor-in-chief of", ", a
	// spokesman for", " of the Belarusian Institute".
	appositionRE = regexp.MustCompile(`^(?:,\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}[\p{L}\-]+\s+){0,3}(?:of|for|at|who|whose|from|with|in)\b|\s+of\s+the\s+\p{Lu}|\s+as\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?(?:president|prime minister|premier|chancellor|speaker)\b)`)
	// roleAppositionRE follows a person's name with what the person is,
	// a phrase that ends in a noun for a person or gives an age: ", the
	// 80-year-old party leader who", ", a former security adviser,", ",
	// 34, a teacher". Names of several capitalised words are rarely
	// anything else before such a phrase.
	roleAppositionRE = regexp.MustCompile(`^,\s+(?:\d{1,3},|(?:the|a|an|his|her|their|` + capWord + `(?:’s|'s))\s+(?:[\p{L}\d’'\-]+\s+){0,6}?(?:\p{L}+-)?(?i:` + personNouns + `)s?(?:\s+(?:of|for|to|at|in)\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+)?(?:,|\.|;|\s+(?:who|whose|since|until)\b))`)
	orgHeadRE        = regexp.MustCompile(`^(?:` + orgHeads + `|Institute|University|News|Times|Post|Agency|Republic|Kingdom|Sea|River|Square|Street|Avenue)$`)
	calendarRE       = regexp.MustCompile(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|At|But|And|He|She|They|It|His|Her|This|That|When|After|Before|As|While|If|How|Why|What|Whether|Where|Who|Although|Though|Once|Yet|So|Now|Then|Meanwhile|Even|Only|Also|Still|Since|Until|Afterwards|Later|Earlier|Neither|Nor|Either|Instead|However|Both|Hence|Thus|Indeed|Separately|Elsewhere|Finally|Initially|Eventually|Subsequently|Previously|Overnight|Today|Yesterday|Tomorrow|Tonight|Was|Were|Is|Are|Did|Does|Do|Has|Have|Had|Can|Could|Will|Would|Should)$`)
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
			// "Pope Francis", "Patriarch Kirill", "Prince Hamzah": a
			// monarch's or a cleric's title takes one name.
			if name == "" && oneNameTitles[t.words] {
				// Named with the title, as they are known: "Patriarch
				// Kirill", not "Kirill".
				if n, e := oneNameAfter(s, ws, after); n != "" && capitalised(s[at:after]) {
					name, end = s[at:e], e
				}
			}
			if name == "" || !free(at, end) {
				continue
			}
			country := d.countryBefore(s, at)
			title := strings.TrimSuffix(t.words, "s")
			p := d.person(name, country, title, s[at:end])
			// "former prime minister Mahathir": an office held once, which
			// "the former premier" names later and "the prime minister"
			// does not.
			if formerBeforeRE.MatchString(lower[:at]) && !strings.HasPrefix(title, "former ") {
				p.offices = slices.DeleteFunc(p.offices, func(o string) bool { return o == title })
				if !slices.Contains(p.offices, "former "+title) {
					p.offices = append(p.offices, "former "+title)
				}
			}
			take(mention{actor: p, start: at, end: end})
			d.bodyBeforeRole(s, ws, at, t.words, free, take)
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
	var ofOwned [][3]int
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
			// "supporters of former president Jair Bolsonaro": whose they
			// are is the person named next, known once names are.
			// "supporters and opponents of the president": each word
			// of the pair is owned by whom the "of" names.
			if g.id == "supporters" || g.id == "opponents" {
				rest := end
				if c := coordGroupRE.FindStringIndex(s[end:]); c != nil {
					rest = end + c[1]
				}
				if m := supportersOfRE.FindStringIndex(s[rest:]); m != nil {
					ofOwned = append(ofOwned, [3]int{at, end, rest + m[1]})
					continue
				}
				if g.id == "opponents" {
					continue // opponents are no group without whose
				}
			}
			id, name, start := g.id, g.name, at
			var owner *entry
			if q, qs := d.qualifier(s, at); q != "" {
				name, start = q+" "+strings.ToLower(s[at:end]), qs
				id = slug(name)
				owner = d.demonymCountry(q)
				// "Beninese troops": the demonym names the country too.
				if owner != nil && owner.kind == graph.Country && free(start, end) {
					d.actor(owner.id, owner.name, graph.Country, s[start:end])
				}
			} else if forces[g.id] || national[g.id] {
				// Police and soldiers unqualified are the state's that the
				// story is about: "police detained 300" in a story on
				// Georgia are Georgian police.
				if c := d.lex.country(d.main); c != nil {
					name = demonym(c) + " " + strings.ToLower(g.name)
					id = slug(name)
					owner = c
				}
			} else if a := d.onlyGroup(g.id); a != nil {
				// "supporters of Imran Khan … supporters gathered": the
				// bare word goes back to the one group the story named.
				id, name = a.ID, a.Name
			}
			if !free(start, end) {
				continue
			}
			a := d.actor(id, name, graph.Group, s[start:end])
			a.group = g.id
			if owner != nil && forces[g.id] {
				addAliases(a, forceAliases(g, owner)...)
			}
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
		a := d.actor(id, name, graph.Organization, s[m[0]:m[1]])
		if country != nil && country.Kind == string(graph.Country) {
			// The formal name too: "Ministry of Defence of Colombia".
			if kind != "foreign" {
				addAliases(a, "Ministry of "+strings.ToUpper(kind[:1])+kind[1:]+" of "+country.Name)
			}
			// …and the short name with the country after it: "Interior
			// Ministry of Serbia".
			addAliases(a, strings.ToUpper(kind[:1])+kind[1:]+" Ministry of "+country.Name)
			// …and the formal names of the offices whose short names
			// drop a word: "Ministry of Foreign Affairs of Russia",
			// "Ministry of Internal Affairs of Ukraine".
			for _, f := range formalMinistries[kind] {
				addAliases(a, "Ministry of "+f+" of "+country.Name)
			}
		}
		take(mention{actor: a, start: m[0], end: m[1]})
		if country != nil {
			d.relation("PART_OF", id, country.ID, "", s[m[0]:m[1]])
		}
	}
	// "the western city of Kisumu": a town the lexicon does not know.
	for _, m := range townsOf(s) {
		if name := s[m[2]:m[3]]; free(m[2], m[3]) && len(d.lex.lookup(name)) == 0 && !calendarRE.MatchString(name) {
			p := d.site(name, graph.City, s[m[0]:m[1]])
			take(mention{start: m[2], end: m[3], asPlace: p.ID})
		}
	}
	// "in the capital", "across the Ivorian capital": the capital of the
	// country a demonym names, else of the story's country, when the
	// text does not name it next ("the capital, Abidjan") and has named it
	// before. (Writers call Abidjan the Ivorian capital, which the
	// lexicon says is Yamoussoukro; a story that named the city says
	// which it means.)
	if strings.Contains(s, "capital") {
		for _, m := range theCapitalRE.FindAllStringSubmatchIndex(s, -1) {
			c := d.lex.country(d.main)
			if m[2] >= 0 {
				c = d.demonymCountry(s[m[2]:m[3]])
			}
			if c == nil || !free(m[0], m[1]) || namedNextRE.MatchString(s[m[1]:]) {
				continue
			}
			if e := d.lex.capitalOf(c.id); e != nil && d.placeBy[e.id] != nil {
				take(mention{start: m[0], end: m[1], asPlace: e.id})
			}
		}
	}
	// A town or site declared so is named alone later: "In Kisumu,".
	for _, p := range d.places {
		if !p.local {
			continue
		}
		for _, at := range allIndexes(s, p.Name) {
			end := at + len(p.Name)
			if (at > 0 && isLetter(s[at-1])) || (end < len(s) && isLetter(s[end])) || !free(at, end) {
				continue
			}
			take(mention{start: at, end: end, asPlace: p.ID})
		}
	}
	for _, m := range orgMatches(s) {
		// "police stormed Sharif University", "in Kenyatta Hospital": a
		// campus or a hospital where something happens is a site.
		if h := siteHeadRE.FindStringIndex(s[m[2]:m[3]]); h != nil && siteBeforeRE.MatchString(s[:m[2]]) && free(m[2], m[3]) {
			end := m[3]
			// "Kwame Nkrumah University on Sunday": a day is no part of
			// the name.
			if rest := s[m[2]+h[1] : m[3]]; strings.HasPrefix(rest, " on ") {
				end = m[2] + h[1]
			}
			p := d.site(s[m[2]:end], graph.Site, s[m[2]:end])
			take(mention{start: m[2], end: end, asPlace: p.ID})
			continue
		}
		start := m[2]
		for {
			first, _, _ := strings.Cut(s[start:m[3]], " ")
			if !calendarRE.MatchString(first) || start+len(first)+1 >= m[3] {
				break
			}
			start += len(first) + 1
		}
		// "until Friday for the Government to accept": the words that
		// joined the day to the name go with it.
		if k := joinerRE.FindStringIndex(s[start:m[3]]); k != nil && start > m[2] {
			start += k[1]
		}
		// "Katsiaryna Shmatsina of the Belarusian Institute": a person's
		// name before "of the" is no part of the body's.
		if k := strings.Index(s[start:m[3]], " of the "); k > 0 {
			pre := s[start : start+k]
			n := len(strings.Fields(pre))
			if (n >= 2 && n <= 3 || n == 1 && memberNounRE.MatchString(pre)) && !orgHeadWordRE.MatchString(pre) && orgHeadWordRE.MatchString(s[start+k:m[3]]) {
				start += k + len(" of the ")
			}
		}
		// "Kenya’s Supreme Court": the owner is not part of the name, but
		// a country owner qualifies it ("Kenyan Supreme Court").
		var owner *entry
		// "Marine Le Pen's National Rally": whoever the possessive
		// names, the body's name is what follows it.
		if k := lastPossessive(s[start:m[3]]); k > 0 {
			first := s[start : start+k]
			start += k + 1
			for _, e := range d.lex.lookup(lastWord(" " + first)) {
				if e.kind == graph.Country && !strings.Contains(first, " ") {
					owner = e
				}
			}
		}
		// "the United States and the European Union": "and the"
		// begins another noun phrase.
		if k := strings.LastIndex(s[start:m[3]], " and the "); k >= 0 {
			start += k + len(" and the ")
		}
		name := s[start:m[3]]
		if !strings.Contains(name, " ") || !free(start, m[3]) {
			continue
		}
		quote := name
		if lowerBodyRE.MatchString("the " + name) {
			name = titled(name)
		}
		full := name
		if owner != nil {
			full = demonym(owner) + " " + name
		}
		// A name the lexicon knows is its organisation.
		if es := d.lex.lookup(name); len(es) > 0 && es[0].kind == graph.Organization {
			a := d.actor(es[0].id, es[0].name, graph.Organization, name)
			addAliases(a, es[0].names[1:]...)
			if name != es[0].name {
				addAliases(a, name)
			}
			d.acronym(a, s[m[3]:])
			take(mention{actor: a, start: start, end: m[3]})
			continue
		}
		if owner == nil && stateBodyRE.MatchString(name) {
			// "the Central Election Commission" in a story about a
			// country is that country's: its full name says so.
			owner = d.lex.country(d.main)
		}
		// "the electoral commission declared … Electoral Commission of
		// Zambia chairman": a body named short and in full is one.
		a := d.orgNamed(full)
		if a == nil && owner != nil {
			a = d.orgNamed(name + " of " + owner.name)
		}
		// "Serbia's National Assembly": the legislature the lexicon
		// knows, which a bare "parliament" names too.
		if a == nil && owner != nil {
			if a = d.countryOrg(owner, quote, full, name+" of "+owner.name); a != nil {
				addAliases(a, name)
			}
		}
		if a == nil {
			a = d.actor(slug(full), full, graph.Organization, quote)
		}
		if owner != nil && !strings.EqualFold(a.Name, name+" of "+owner.name) && !slices.Contains(a.Aliases, name+" of "+owner.name) {
			a.Aliases = append(a.Aliases, name+" of "+owner.name)
		}
		if owner != nil {
			d.relation("PART_OF", a.ID, owner.id, "", s[m[2]:m[3]])
		}
		d.acronym(a, s[m[3]:])
		d.acronymBefore(a, s[:m[0]])
		take(mention{actor: a, start: start, end: m[3]})
	}
	// Later mentions by office: "the Russian leader", "the president".
	// Before known names, so that the demonym is read as the office's
	// qualifier, not as its country.
	for _, m := range roleRefRE.FindAllStringSubmatchIndex(lower, -1) {
		qualifier := ""
		if m[2] >= 0 {
			qualifier = s[m[2]:m[3]]
		}
		role := lower[m[4]:m[5]]
		// "the prime minister": the qualifier the pattern took is part of
		// the office.
		if q := strings.ToLower(strings.TrimSpace(qualifier)); compoundOffices[q+" "+role] {
			qualifier, role = "", q+" "+role
		}
		// "the general strike", "the king of", "the minister for": an
		// office named alone refers back only as the subject of what
		// follows it.
		if roleAloneRE.MatchString(role) && !roleActsRE.MatchString(lower[m[5]:]) {
			continue
		}
		if p := d.byRole(qualifier, role); p != nil {
			take(mention{actor: p, start: m[0], end: m[1]})
		}
	}
	// Known names: people, countries, organisations, cities. Each word's
	// name key is made once; a phrase's key is its words' keys joined,
	// as graph.NameKey would make it.
	keys, baseKeys := make([]string, len(ws)), make([]string, len(ws))
	for i, w := range ws {
		keys[i] = d.key(w.text)
		// "pro-Russian", "anti-American": the country is named all the
		// same.
		if rest, ok := cutStance(w.text); ok {
			keys[i] = d.key(rest)
		}
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
			es := sameDigits(d.lex.byKey[phraseKey(i, n, keys[i+n-1])], phrase)
			if len(es) == 0 && baseKeys[i+n-1] != "" {
				// "Georgia’s parliament": the possessive names Georgia.
				es = sameDigits(d.lex.byKey[phraseKey(i, n, baseKeys[i+n-1])], phrase)
			}
			// A known name is a proper noun: "a group of people" is not
			// the Group of 20, whose number folds away in its key.
			if rest, ok := cutStance(phrase); ok && n == 1 {
				phrase = rest
			}
			// "Kenyans voted", "thousands of Iranians": a demonym in the
			// plural names the country; after a word for a crowd it only
			// says whose the crowd is.
			if len(es) == 0 && n == 1 && capitalised(phrase) {
				if c := d.pluralDemonym(phrase); c != nil && free(ws[i].start, ws[i].end) {
					a := d.actor(c.id, c.name, graph.Country, phrase)
					take(mention{actor: a, start: ws[i].start, end: ws[i].end, modifier: crowdOfRE.MatchString(s[:ws[i].start])})
					break
				}
			}
			if len(es) == 0 || (n == 1 && !capitalised(phrase)) || (n > 1 && !slices.ContainsFunc(ws[i:i+n], func(w word) bool { return capitalised(w.text) })) {
				continue
			}
			if !free(ws[i].start, ws[i+n-1].end) {
				i += n - 1
				break
			}
			// "Muscat said": a town's name that is the surname of a
			// person of the story names that person.
			if n == 1 && es[0].place == graph.City && d.bySurnameOf(phrase) != nil {
				break
			}
			// "Rosario Murillo", "Lagos Ochoa": a town's name before an
			// unknown capitalised word is a given name.
			if n == 1 && es[0].place == graph.City && i+1 < len(ws) && d.surnameAfter(s, ws, i) {
				break
			}
			// "Its" folds to the key of "ICC": an acronym is matched only
			// by a word in capitals.
			if n == 1 && !acronymMatch(es[0], phrase) {
				break
			}
			// "Neil Wigan": a town's name after a given name is a
			// surname ("Greater Manchester" is no person).
			if n == 1 && i > 0 && es[0].place == graph.City && !regionWordRE.MatchString(ws[i-1].text) && d.givenNameBefore(s, ws, i, es[0]) {
				break
			}
			// "San Antonio de los Baños": a town's name that opens or
			// ends a longer one is part of another place's.
			if es[0].place == graph.City && (longerNameAfterRE.MatchString(s[ws[i+n-1].end:]) || longerNameBeforeRE.MatchString(s[:ws[i].start])) {
				i += n - 1
				break
			}
			// "Grace Mugabe": a known surname after another given name
			// is a relative's, left for the names the story gives.
			if n == 1 && i > 0 && es[0].kind == graph.Person && d.givenNameBefore(s, ws, i, es[0]) {
				break
			}
			// "schools in Wan Chai": a word that matches a known surname
			// only through folded spelling ("Chai" for "Tsai") names that
			// person only in a story that names the person's country.
			if n == 1 && es[0].kind == graph.Person && !spelledAs(es[0], phrase) && !d.namesCountry(es[0].country) {
				break
			}
			// "Sayyed Hassan Nasrallah": a title may spell a known
			// surname; the name it opens is another person's.
			if n == 1 && es[0].kind == graph.Person && isRank(phrase) {
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
		// "HOST:", "AMNA IDRIS (GUEST):": a transcript's labels name
		// no body.
		if speakerLabel(s, mention{start: w.start, end: w.end}) || roleLabelRE.MatchString(s[w.end:]) || labelWordRE.MatchString(w.text) {
			continue
		}
		// Said twice, or once with a noun that says what it is: "the
		// UGTT labour federation".
		// "12.05 BST", "3:41 PM GMT+2": a time zone names no body.
		if acronymRE.MatchString(w.text) && len(d.lex.lookup(w.text)) == 0 && !timeZones[w.text] && (strings.Count(d.text, w.text) >= 2 || orgNounAfterRE.MatchString(s[w.end:])) {
			take(mention{actor: d.actor(slug(w.text), w.text, graph.Organization, w.text), start: w.start, end: w.end})
		}
	}
	// Unknown people: two to four capitalised words ("Luis Manuel Otero
	// Alcántara") followed by "said", by an apposition ("Margarita
	// Simonyan, editor-in-chief of") or by "of the" and an organisation.
	// chain is where a name that follows an apposed one after "and"
	// begins: "two of those leaders, Mohamed Esmat and Ismail Jalab,".
	chain := -1
	for i := 0; i+1 < len(ws); i++ {
		for n := 5; n >= 2; n-- {
			if i+n > len(ws) {
				continue
			}
			ok := true
			// "Bishop Carlos Herrera": a rank or a title opens no name;
			// the name follows it. Nor does a word that opens a part of
			// a place: "Police in Greater Manchester said".
			if isRank(ws[i].text) || regionWordRE.MatchString(ws[i].text) {
				continue
			}
			// "on Jalan M.H. Thamrin": a street's word opens no name, nor
			// is the street's name a person's.
			if streetWordRE.MatchString(ws[i].text) || i > 0 && streetWordRE.MatchString(ws[i-1].text) {
				continue
			}
			// "Pita Limjaroenrat’s second bid": a possessive may end a
			// name that recurs in the story.
			possessive := 0
			for k, w := range ws[i : i+n] {
				text := w.text
				if base, poss := cutPossessive(text); poss && k == n-1 {
					text, possessive = base, len(w.text)-len(base)
				}
				// "Soraya Saenz de Santamaria", "Hazem el-Beblawi": a
				// particle inside a name, an article before its last word.
				inner := k > 0 && (k < n-1 && particle(text) || k == n-1 && articleRE.MatchString(text))
				// "George W. Bush", "M.K. Stalin": initials before the
				// surname.
				initial := k < n-1 && initialWord(s, w)
				ok = ok && (nameRE.MatchString(text) || initial) && (capitalised(text) || inner) && !taken[w.start] &&
					!strings.HasSuffix(text, "’s") && !strings.HasSuffix(text, "'s")
				if ok {
					// "Grace Mugabe, the president's wife": a relative bears
					// a known person's surname.
					es := d.lex.lookup(text)
					kin := k == n-1 && k > 0 && len(es) > 0 && es[0].kind == graph.Person
					// "Rosario Murillo": a town's name may be a given name.
					given := k == 0 && n == 2 && len(es) > 0 && es[0].place == graph.City
					// "Neil Wigan": and a surname, after a word that does
					// not open the sentence ("Former Nairobi governor").
					surname := k == n-1 && k > 0 && len(es) > 0 && es[0].place == graph.City && !es[0].capital &&
						ws[i].start > 0 && !regionWordRE.MatchString(ws[i].text)
					ok = (len(es) == 0 || kin || given || surname) && !orgHeadRE.MatchString(text) && !calendarRE.MatchString(text)
				}
				// "According to Chonthicha, Pita told": words apart are
				// two names, not one.
				if k > 0 && !nameGap(s, ws[i+k-1], w) {
					ok = false
				}
			}
			end := ws[i+n-1].end - possessive
			if !ok {
				continue
			}
			if possessive > 0 {
				name := s[ws[i].start:end]
				if by := d.recurringName(name); by != "" {
					p := d.person(name, nil, "", name)
					if p.surname == "" || by != lastWord(name) {
						p.surname = nameKey(by)
					}
					take(mention{actor: p, start: ws[i].start, end: end})
					break
				}
				continue
			}
			// "a supermarket in San Bernardo, south of Santiago": a name
			// after a preposition of place is a place.
			// "swore in Violeta Bermúdez": that "in" is the verb's.
			if placePrepRE.MatchString(s[:ws[i].start]) && !speechRE.MatchString(s[end:]) && !swornInRE.MatchString(tail(s[:ws[i].start], 12)) {
				continue
			}
			apposed := nameEndsRE.MatchString(s[end:]) && (ws[i].start == chain || appositiveNameRE.MatchString(tail(s[:ws[i].start], 120))) ||
				nameEndsSentenceRE.MatchString(s[end:]) && roleApposedRE.MatchString(tail(s[:ws[i].start], 80))
			by := d.recurringName(s[ws[i].start:end])
			// "Police detained Petra Dvorak", "Jan Novak was arrested": a
			// name of two or three words that a verb done to or by people
			// takes is a person's.
			cued := n <= 3 && !d.isDemonym(ws[i].text) && !acronymRE.MatchString(ws[i+n-1].text) &&
				(personVerbBeforeRE.MatchString(tail(s[:ws[i].start], 30)) || personVerbAfterRE.MatchString(s[end:]) || asOfficeAfterRE.MatchString(s[end:]) ||
					n >= 2 && wonAfterRE.MatchString(s[end:]))
			// "Vice Admiral Juan Arnez Salvador": a rank right before
			// names a person.
			cued = cued || i > 0 && isRank(ws[i-1].text) && strings.TrimSpace(s[ws[i-1].end:ws[i].start]) == "" && !acronymRE.MatchString(ws[i+n-1].text) &&
				(i+n == len(ws) || !capitalised(ws[i+n].text) || strings.TrimSpace(s[ws[i+n-1].end:ws[i+n].start]) != "")
			if speechRE.MatchString(s[end:]) || appositionRE.MatchString(s[end:]) || roleAppositionRE.MatchString(s[end:]) || apposed || by != "" || cued {
				if m := andNameRE.FindStringIndex(s[end:]); apposed && m != nil {
					chain = end + m[1] - 1
				}
				name := s[ws[i].start:end]
				// "jailed Iker Zabala and Ander Goikoetxea, the leaders
				// of": the name joined before shares the apposition.
				if roleAppositionRE.MatchString(s[end:]) {
					d.joinedBefore(s, ws, i, free, take)
				}
				p := d.person(name, nil, "", name)
				// "Pita Limjaroenrat … Pita said": the story calls the
				// person by the given name.
				if by != "" && by != lastWord(name) && !d.wordRecurs(name, lastWord(name)) {
					p.surname = nameKey(by)
				}
				take(mention{actor: p, start: ws[i].start, end: end})
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
		// "K.P. Sharma Oli resigned … Oli, 73,": a surname of a person
		// met before is that person's.
		if p := d.bySurname(w.text); p != nil {
			take(mention{actor: p, start: w.start, end: w.end})
			continue
		}
		take(mention{actor: d.person(d.fullName(w.text), nil, "", w.text), start: w.start, end: w.end})
	}
	// Later mentions: a surname alone, "the Russian leader". A title is
	// none, though it may spell one: "Sayyed Hassan Nasrallah" is no
	// Saied.
	for _, w := range ws {
		// "al-Burhan", "el-Sisi": a surname may open with its particle.
		if taken[w.start] || !capitalised(w.text) && !particleNameRE.MatchString(w.text) || isRank(w.text) {
			continue
		}
		if p := d.bySurname(w.text); p != nil {
			take(mention{actor: p, start: w.start, end: w.end})
		} else if base, poss := cutPossessive(w.text); poss {
			// "Pita’s meeting with": the possessive names the person.
			if p := d.bySurname(base); p != nil {
				take(mention{actor: p, start: w.start, end: w.end})
			}
		}
	}
	// "Mr Kovacs, the union leader, said": a courtesy title before one
	// name the story gives no more of names a person all the same.
	for k, w := range ws {
		if k == 0 || taken[w.start] || !capitalised(w.text) || !nameRE.MatchString(w.text) || !courtesyRE.MatchString(ws[k-1].text) ||
			!courtesyGapRE.MatchString(s[ws[k-1].end:w.start]) || calendarRE.MatchString(w.text) || orgHeadRE.MatchString(w.text) ||
			k+1 < len(ws) && capitalised(ws[k+1].text) && s[w.end:ws[k+1].start] == " " {
			continue
		}
		if es := d.lex.lookup(w.text); len(es) > 0 && es[0].kind != graph.Person {
			continue
		}
		take(mention{actor: d.person(d.fullName(w.text), nil, "", w.text), start: w.start, end: w.end})
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
	d.supportersOf(s, ofOwned, out, free, take)
	d.ownOutlet(s, free, take)
	d.stateMedia(s, lower, free, take)
	d.bodyByHead(s, lower, free, take)
	d.itsPeople(s, free, take)
	d.partiesLed(s, out)
	d.possessedParties(s, out)
	// "Bazoum’s party said", "Erdogan’s office": who owns the noun is
	// not who acts.
	for k, m := range out {
		if m.actor != nil && (m.actor.Kind == string(graph.Person) || m.actor.Kind == string(graph.Country)) {
			// "Macron's office said", "Lam's spokesman said": who speaks
			// for a person speaks as the person.
			if _, poss := cutPossessive(s[m.start:m.end]); poss && ownedNounRE.MatchString(s[m.end:]) &&
				!(m.actor.Kind == string(graph.Person) && speaksForRE.MatchString(s[m.end:])) {
				out[k].modifier = true
			}
		}
		// "The European Union's foreign policy chief, Josep Borrell,
		// said": the body is whose the speaker is.
		if m.actor != nil && m.actor.Kind == string(graph.Organization) {
			rest := s[m.end:]
			_, poss := cutPossessive(s[m.start:m.end])
			if r, ok := strings.CutPrefix(rest, "’s"); ok {
				rest, poss = r, true
			} else if r, ok := strings.CutPrefix(rest, "'s"); ok {
				rest, poss = r, true
			}
			if poss && (ownedNounRE.MatchString(rest) || ownedRoleRE.MatchString(rest)) {
				out[k].modifier = true
			}
		}
	}
	// "RSF commander Dagalo", "the ministry spokesman": a body named
	// before a role qualifies the person who holds it.
	// With no name after the role, the body speaks through it: "A State
	// Department spokesman said".
	for k, m := range out {
		if m.actor == nil || (m.actor.Kind != string(graph.Organization) && m.actor.Kind != string(graph.Group)) {
			continue
		}
		if h := groupHeadRE.FindStringIndex(s[m.end:]); h != nil && !(m.actor.Kind == string(graph.Organization) && speakerRoleRE.MatchString(s[m.end:]) && !nameAfterRE.MatchString(s[m.end+h[1]:])) {
			out[k].modifier = true
		}
	}
	slices.SortFunc(out, func(a, b mention) int { return a.start - b.start })
	return out
}

// speakerRoleRE follows a body with the one who speaks for it.
var speakerRoleRE = regexp.MustCompile(`(?i)^\s+(?:spokes(?:man|woman|person)|officials?)\b`)

// nameAfterRE opens a name after a role: " Dmitry", ", Dmitry".
var nameAfterRE = regexp.MustCompile(`^,?\s+\p{Lu}`)

// appositiveNameRE ends a noun phrase that a name in commas follows:
// "The speaker of parliament, Ararat Mirzoyan, was", "his predecessor,
// Hugo Chávez, took office".
var appositiveNameRE = regexp.MustCompile(`(?i)(?:^|[\s(])(?:the|a|an|his|her|its|their|two|three|both|one|\p{Lu}\p{L}+(?:’s|'s))\s+(?:[\p{L}’'\-]+\s+){0,4}\p{Ll}[\p{L}’'\-]*,\s+$`)

var andNameRE = regexp.MustCompile(`^\s+and\s+\p{Lu}`)

// nameEndsRE follows a name in apposition: a comma or "and" and another
// name.
var nameEndsRE = regexp.MustCompile(`^(?:,|\s+and\s+\p{Lu}|\s*[—–)]|\s+-\s)`)

// possessiveOfficeRE follows a country's name with the office of the
// person named next: "(Spain)'s foreign minister José Manuel Albares";
// officeAfterRE does so after a name that holds its possessive, which
// possessiveRE ends.
var (
	possessiveOfficeRE = regexp.MustCompile(`(?i)^(?:['’]s|['’])\s+(?:\p{L}+\s+){0,2}?` + officeWords + `,?\s+\p{Lu}`)
	officeAfterRE      = regexp.MustCompile(`(?i)^\s+(?:\p{L}+\s+){0,2}?` + officeWords + `,?\s+\p{Lu}`)
	possessiveRE       = regexp.MustCompile(`['’]s?$`)
)

// summonedRE ends the words before the demonym of a summoned envoy.
var summonedRE = regexp.MustCompile(`(?i)\bsummon(?:ed|s|ing)\s+(?:the\s+|its\s+|their\s+|a\s+)?$`)

// stateAgentsRE follows a demonym: nameless people acting for the state.
var stateAgentsRE = regexp.MustCompile(`^\s+(?:government\s+)?(?:officials|authorities|negotiators|diplomats|delegations?|envoys?|ambassadors?|emissar(?:y|ies)|foreign\s+minister|counterparts?)\b`)

// orgNounAfterRE follows an acronym with the kind of body it names.
var orgNounAfterRE = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,2}(?:federation|union|party|movement|alliance|coalition|militia|agency|council|committee|confederation|front|network|bloc|group)\b`)

// placePrepRE ends with a preposition of place.
var placePrepRE = regexp.MustCompile(`(?i)\b(?:in|at|near|outside|inside|across|around|into|south of|north of|east of|west of)\s+$`)

// personNouns are nouns for what a person is, in an apposition.
const personNouns = `leader|adviser|advisor|minister|wife|husband|widow|son|daughter|brother|sister|spokesman|spokeswoman|spokesperson|` +
	`commander|chief|official|activist|journalist|reporter|lawyer|businessman|businesswoman|tycoon|candidate|general|governor|mayor|` +
	`president|vice-president|speaker|chairman|chairwoman|secretary|envoy|ambassador|director|editor|founder|professor|cleric|` +
	`opposition figure|dissident|blogger|student|economist|banker|politician|lawmaker|legislator|deputy|senator|judge|prosecutor|` +
	`mentor|successor|predecessor|aide|protégé|protege|running mate|councillor|councilor|councilman|councilwoman|diplomat|academic|historian|` +
	`doctor|physician|surgeon|engineer|teacher|lecturer|pastor|priest|imam|bishop|colonel`

// roleApposedRE ends a noun phrase for a person's office that the name
// follows in apposition: "by the Speaker, Jacob Mudenda." The name may
// then end the sentence.
var roleApposedRE = regexp.MustCompile(`(?i)(?:^|[\s(])(?:the|a|an|his|her|its|their)\s+(?:[\p{L}’'\-]+\s+){0,3}(?:` + personNouns + `),\s+$`)

var nameEndsSentenceRE = regexp.MustCompile(`^(?:[.;]|\s*$)`)

// Parties, media and institutions named by the noun that says what they
// are: "the ruling Georgian Dream party", "the Mexican daily La Voz del
// Sur", "Bolivia’s ombudsman".
var (
	// bodyNouns are lower-case nouns for bodies of people that a name
	// goes with.
	bodyNouns = `coalition|alliance|movement|bloc|front|union|group|federation|confederation|network|militia`
	// bodyAfterRE: "the opposition Azimio la Umoja coalition".
	bodyAfterRE = regexp.MustCompile(`\b(` + capWord + `(?:\s+(?:la|de|del|el|al|e|y|i)\s+` + capWord + `|\s+` + capWord + `){0,3})\s+(?:` + bodyNouns + `)\b`)
	// bodyBeforeRE: "the left-wing alliance Nupes".
	bodyBeforeRE = regexp.MustCompile(`\b(?:` + bodyNouns + `|party)\s+(` + capWord + `(?:\s+` + capWord + `){0,3})\b(?:[^\p{L}’'\-]|$)`)
	// mediaPairRE: "the channels TF1 and France 2".
	mediaPairRE = regexp.MustCompile(`\b(?:channels|newspapers|broadcasters|dailies|stations|networks|papers)\s+(` + mediaName + `)\s+and\s+(` + mediaName + `)`)
	// bodyInterviewRE: "in an interview with the Mekong Review".
	bodyInterviewRE = regexp.MustCompile(`\binterview\s+(?:with|to|given to|published by|broadcast by)\s+the\s+(` + capWord + `(?:\s+` + capWord + `){0,3})\b(?:[^\p{L}’'\-]|$)|\btold\s+the\s+(` + capWord + `(?:\s+` + capWord + `){0,3})\s+in\s+an?\s+(?:\S+\s+)?interview\b`)
	// bodyApposedRE: "Pastef, Sonko's party,", "Iran Human Rights, a
	// group based in Oslo".
	bodyApposedRE = regexp.MustCompile(`\b(` + capWord + `(?:\s+` + capWord + `){0,3}),\s+(?:a|an|the|` + capWord + `(?:’s|'s))\s+(?:[\p{L}\-]+\s+){0,3}?(?:party|` + bodyNouns + `|organi[sz]ation|charity|watchdog)(?:[,.;:]|\s+(?:that|which|whose|based|founded|led|close|linked|in|of|from|with|known|set)\b)`)
	// bodyNamedAfterRE: "Bazoum's party, the PNDS-Tarayya, said": the
	// name in apposition to a noun for a body.
	bodyNamedAfterRE = regexp.MustCompile(`\b(?:party|` + bodyNouns + `),\s+the\s+(` + capWord + `(?:\s+(?:(?:of|for|and|de|du|la)\s+)?` + capWord + `){0,4})(?:\s+\(\p{Lu}{2,8}\))?,`)
	// bodyListRE: "two parties close to the president, Alpha and Beta
	// Union, won": the names a plural noun for bodies lists.
	bodyListRE = regexp.MustCompile(`\b(?:parties|movements|coalitions|alliances|blocs|unions|federations)(?:\s+[\p{Ll}\-]+){0,4}?(?:\s+` + capWord + `,)?(?:,|:)?\s+(` + capWord + `(?:\s+` + capWord + `){0,2})(?:,\s+|\s+and\s+)(` + capWord + `(?:\s+` + capWord + `){0,2})[,.;]`)
	// bodyLedRE: "Hristo Ivanov, leader of the opposition Democratic
	// Bulgaria": the body an office is held in.
	bodyLedRE = regexp.MustCompile(`\b(?:leader|head|founder|chairman|chairwoman|president|secretary-general|spokesman|spokeswoman|member|members)\s+of\s+the\s+(?:(?:opposition|ruling|main|governing|far-right|far-left|centre-right|centre-left|conservative|liberal|nationalist|socialist|pro-\p{L}+|anti-\p{L}+)\s+)?(` + capWord + `(?:\s+` + capWord + `){0,3})(?:[^\p{L}’'\-]|$)`)
	// notLedRE ends a name after "of the" that is no body led: "president
	// of the Republic", "leader of the House".
	notLedRE   = regexp.MustCompile(`^(?:Republic|Nation|State|Country|House|People|Opposition|Left|Right|Day|Year|Week|Month|Movement|Party|Government|Army)$`)
	partyRE    = regexp.MustCompile(`\b((?:` + capWord + `\s+){1,3})party\b`)
	mediaRE    = regexp.MustCompile(`\b(?:daily|newspaper|weekly|channel|broadcaster|news agency|station|tabloid|news site|magazine|television|radio|company|firm|airline|carrier)\s+(` + capWord + `(?:\s+(?:` + capWord + `|del|de|la|el|di|du|der))*)`)
	tvRE       = regexp.MustCompile(`\b((?:` + capWord + `\s+){1,2}(?:TV|Television|Radio))\b`)
	institutRE = regexp.MustCompile(`\b((?:` + capWord + `\s+){0,2}` + capWord + `)(?:’s|'s)?\s+(government|parliament|ombudsman|central bank|election commission|electoral commission|supreme court|constitutional court|cabinet|presidency|press service|national guard|authorities|regime)\b`)
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

// longerNameAfterRE and longerNameBeforeRE are the particles that join
// the words of a longer place name around a town's: "San Antonio de los
// Baños".
var (
	longerNameAfterRE  = regexp.MustCompile(`^ (?:de|del|da|do|dos|das)(?: la| las| los| el)? \p{Lu}`)
	longerNameBeforeRE = regexp.MustCompile(`\p{Lu}\p{L}* (?:de|del|da|do|dos|das)(?: la| las| los| el)? $`)
)

// courtesyRE is a courtesy title; courtesyGapRE what may follow it
// before the name ("Mr Kovacs", "Mrs. Ruiz").
var (
	courtesyRE    = regexp.MustCompile(`^(?:Mr|Mrs|Ms|Mme|Mlle|Dr|Madam|Madame|Monsieur|Señor|Senor|Señora|Senora|Herr|Frau)$`)
	courtesyGapRE = regexp.MustCompile(`^\.?\s$`)
)

// streetWordRE is a word for a street that opens its name.
var streetWordRE = regexp.MustCompile(`^(?:Jalan|Jl|Avenida|Avenue|Rue|Calle|Rua|Via|Ulitsa|Prospekt|Boulevard)$`)

// regionWordRE is a word that opens the name of a part of a place.
var regionWordRE = regexp.MustCompile(`^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower|Old|New|Inner|Outer|Downtown|Metropolitan)$`)

// personVerbBeforeRE ends the words before a name that a verb done to
// people takes: "detained", "met with", "sentenced".
var personVerbBeforeRE = regexp.MustCompile(`(?i)\b(?:detained|detains|detain|arrested|arrests|arrest|jailed|jails|sentenced|freed|frees|released|releases|met|meets|met\s+with|meeting\s+with|talks\s+with|visited|visits|hosted|hosts|received|receives|killed|kills|shot|beat|appointed|appoints|named|names|sacked|sacks|fires|dismissed|dismisses|charged|summoned|interviewed|abducted|kidnapped|expelled|deported|nominated|defeated|replaced|succeeded|pardoned|convicted|acquitted|questioned|congratulated|phoned|called|swore\s+in|swears\s+in|installed|(?:replaced|succeeded)\s+(?:\S+\s+){0,3}?by)\s+$`)

// particleNameRE is a surname that opens with a lower-case particle:
// "al-Burhan", "el-Sisi".
var particleNameRE = regexp.MustCompile(`^(?:al|el|ad|ar|as|at|az|ash|an|ul|bin|ibn)-\p{Lu}`)

// swornInRE ends "swore in" before the name of whom it swears in.
var swornInRE = regexp.MustCompile(`(?i)\bsw(?:ore|ears|earing)\s+in\s+$`)

// wonAfterRE follows a name with a win or a succession: "Ahmed Musa won
// the run-off", "Ahmed Musa replaced Ali Hassan as finance minister". Only
// names of two words or more are cued so: "Labour won" is a party's win.
var wonAfterRE = regexp.MustCompile(`^\s+(?:(?:has|had)\s+)?(?:won|wins|replaced|replaces|succeeded|succeeds)\s`)

// asOfficeAfterRE follows a name with the office it is chosen for: "chose
// Nuri Aslan as acting mayor", "tapped Ahmed Musa to be finance minister".
var asOfficeAfterRE = regexp.MustCompile(`(?i)^,?\s+(?:as|to\s+be|to\s+serve\s+as)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?` + officeWords + `\b`)

// personVerbAfterRE follows a name with a verb done by or to people:
// "(Jan Novak) was arrested", "(Jan Novak) met".
var personVerbAfterRE = regexp.MustCompile(`^\s+(?:(?:was|were|has\s+been|had\s+been|is\s+being|is|are)\s+(?:\p{Ll}+ly\s+)?(?:detained|arrested|jailed|sentenced|freed|released|killed|shot|beaten|appointed|named|elected|declared|sworn|charged|summoned|questioned|abducted|kidnapped|expelled|deported|pardoned|convicted|acquitted|taken|injured|wounded|hospitali[sz]ed|(?:hit|struck)\s+(?:in\s+the\s+\p{L}+\s+)?(?:by|with)|held\s+(?:for\s+questioning|in\s+custody|overnight|incommunicado|without\s+charge))|(?:(?:has|had)\s+)?(?:met|meets|visited|visits|resigned|resigns|urged|urges|warned|warns|accused|accuses|denied|denies|announced|announces|fled|flees|returned|returns|vowed|vows|pledged|pledges|condemned|condemns|rejected|rejects|insisted|insists|tweeted|wrote|writes|stated|affirmed|declared|declares|arrives|arrived|testified|testifies|explained|stressed|noted|replied|responded|claimed|alleged|argued|confirmed|acknowledged|admitted|promised|demanded|threatened|appealed|added|told|quit|quits|stepped\s+down|steps\s+down|conceded|concedes|praised|praises|hailed|hails|welcomed|welcomes|gave\s+an\s+interview|gives\s+an\s+interview|held\s+(?:\S+\s+)?talks|holds\s+(?:\S+\s+)?talks|critici[sz]ed|critici[sz]es|blamed|blames|dismissed|dismisses|described|describes|thanked|thanks)\s)`)

// labelWordRE is a word in capitals that labels rather than names: a
// fact-check's verdict, a live page's tag, a dated heading's month or
// weekday ("WEDNESDAY, JAN. 6 -").
var labelWordRE = regexp.MustCompile(`^(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN|FALSE|TRUE|MISLEADING|UNPROVEN|UNVERIFIED|MOSTLY|PARTLY|UPDATE|UPDATED|BREAKING|LIVE|ANALYSIS|EXCLUSIVE|VERDICT|CLAIM|FACT|FACTS|NEWS|OPINION|EDITORIAL|WATCH|READ|MORE|PHOTO|VIDEO|CORRECTION|LATEST|TIMELINE|EXPLAINER|QUESTION|ANSWER)$`)

// fullLabelRE is a transcript's label that gives a full name: "ANNA
// KELLER (HOST):".
var fullLabelRE = regexp.MustCompile(`^([\p{Lu}][\p{Lu}’'\-]+(?:\s+[\p{Lu}][\p{Lu}’'\-]+){1,3})\s*(?:\([^)]{0,30}\))?\s*:`)

// titleWords writes each word of a name in capitals with only its first
// letter so: "ANNA KELLER" is Anna Keller.
func titleWords(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		ws[i] = upperFirst(w)
	}
	return strings.Join(ws, " ")
}

// roleLabelRE follows the role in a transcript's label: "(HOST):".
var roleLabelRE = regexp.MustCompile(`^\)\s*:`)

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
	// "the opposition Azimio la Umoja coalition", "the left-wing
	// alliance Nupes", "Pastef, Sonko's party": a name that a noun for a
	// body of people qualifies or follows.
	// Cheap tests first: a body noun, or the word "interview".
	hasNoun := slices.ContainsFunc(bodyNounWords, func(n string) bool { return strings.Contains(s, n) })
	for k, re := range []*regexp.Regexp{bodyAfterRE, bodyBeforeRE, bodyApposedRE, bodyInterviewRE, bodyNamedAfterRE, bodyListRE, bodyLedRE} {
		if k < 3 && !hasNoun || k == 3 && !strings.Contains(s, "interview") || k == 4 && !hasNoun || k == 5 && !pluralBody(s) || k == 6 && !ledBody(s) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if m[2] < 0 && len(m) > 5 {
				m[2], m[3] = m[4], m[5] // the second form's name
			}
			// "parties close to him, Alpha and Beta Union": each name of
			// the list is a body.
			if k == 5 {
				// "parties in Bucha, Irpin and Hostomel": places.
				if listPlaceRE.MatchString(s[m[0]:m[2]]) {
					continue
				}
				for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
					name := s[g[0]:g[1]]
					if calendarRE.MatchString(name) || notFirstNameRE.MatchString(name) || len(d.lex.lookup(name)) > 0 || d.bySurname(lastWord(name)) != nil || !free(g[0], g[1]) {
						continue
					}
					take(mention{actor: d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]]), start: g[0], end: g[1]})
				}
				continue
			}
			start, end := m[2], m[3]
			name := s[start:end]
			if first, rest, ok := strings.Cut(name, " "); ok && calendarRE.MatchString(first) {
				name, start = rest, start+len(first)+1
			}
			if calendarRE.MatchString(name) || notFirstNameRE.MatchString(name) || len(d.lex.lookup(name)) > 0 || !free(start, end) {
				continue
			}
			// "leader of the Knesset", not "president of the Republic"
			// nor "head of the Supreme Court", which orgRE reads.
			if k == 6 && (acronymRE.MatchString(name) || orgHeadRE.MatchString(lastWord(" "+name)) || notLedRE.MatchString(lastWord(" "+name)) || d.isDemonym(strings.Fields(name)[0])) {
				continue
			}
			if _, poss := cutPossessive(name); poss {
				continue
			}
			// A person of the story is no body: "Khan, whose party".
			if d.bySurname(lastWord(name)) != nil && !strings.Contains(name, " ") {
				continue
			}
			take(mention{actor: d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]]), start: start, end: end})
		}
	}
	// "the channels TF1 and France 2": two media a plural noun names.
	for _, m := range mediaPairWords(s) {
		for _, k := range []int{2, 4} {
			name := s[m[k]:m[k+1]]
			// "France 2" is a channel, though its key folds to France's.
			if !strings.ContainsAny(name, "0123456789") && d.countryOfLookup(name) != "" || !free(m[k], m[k+1]) {
				continue
			}
			take(mention{actor: d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]]), start: m[k], end: m[k+1]})
		}
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
		if !free(m[0], m[1]) || (m[0] > 0 && (s[m[0]-1] == '-' || isLetter(s[m[0]-1]))) {
			continue
		}
		if w := words(s[:m[0]]); len(w) > 0 && capitalised(w[len(w)-1].text) && strings.TrimSpace(s[w[len(w)-1].end:m[0]]) == "" {
			// "Peru's Congress": the country's chamber.
			base, poss := cutPossessive(w[len(w)-1].text)
			if !poss || s[m[0]:m[1]] != "Congress" || d.countryOfLookup(base) == "" {
				continue // a name's word: "Georgia's parliament", "European Parliament"
			}
			c = d.lex.country(d.countryOfLookup(base))
		} else if s[m[0]:m[1]] == "Congress" {
			continue // bareInstitutions names it
		}
		if c == nil {
			continue
		}
		// "the speaker of parliament" names a person, not the body.
		if roleOfRE.MatchString(tail(s[:m[0]], 40)) {
			continue
		}
		a := d.legislature(c, s[m[0]:m[1]])
		if a == nil {
			name := demonym(c) + " parliament"
			a = d.actor(slug(name), name, graph.Organization, s[m[0]:m[1]])
		}
		addAliases(a, "Parliament of "+c.name)
		if s[m[0]:m[1]] == "Congress" {
			addAliases(a, "Congress of "+c.name, "National Congress of "+c.name, demonym(c)+" Congress")
		}
		mod := qualifiesNext(s[m[1]:]) && !verbAfterRE.MatchString(s[m[1]:])
		// "beaten by officers outside parliament": the building is
		// where, not who.
		if buildingPrepRE.MatchString(s[:m[0]]) {
			mod = true
		}
		take(mention{actor: a, start: m[0], end: m[1], modifier: mod})
		d.relation("PART_OF", a.ID, c.id, "", s[m[0]:m[1]])
	}
	// "the government said": a bare government is the story's
	// country's, named as institutRE names "Moldova's government".
	for _, m := range bareGovernmentRE.FindAllStringSubmatchIndex(s, -1) {
		c := d.lex.country(d.main)
		if c == nil || !free(m[2], m[3]) || qualifiesNext(s[m[3]:]) && !verbAfterRE.MatchString(s[m[3]:]) {
			continue
		}
		name := demonym(c) + " government"
		a := d.actor(slug(name), name, graph.Organization, s[m[2]:m[3]])
		if alias := "Government of " + c.name; !slices.Contains(a.Aliases, alias) {
			a.Aliases = append(a.Aliases, alias)
		}
		take(mention{actor: a, start: m[2], end: m[3]})
		d.relation("PART_OF", a.ID, c.id, "", s[m[2]:m[3]])
	}
	d.bareInstitutions(s, free, take)
	for _, m := range institutRE.FindAllStringSubmatchIndex(s, -1) {
		// "The Kenyan parliament" opening a sentence: the article is no
		// part of whose it is.
		for _, art := range []string{"The ", "A "} {
			if strings.HasPrefix(s[m[2]:m[3]], art) && m[3]-m[2] > len(art) {
				m[2] += len(art)
			}
		}
		owner, noun := s[m[2]:m[3]], s[m[4]:m[5]]
		// "Cuban authorities", "the Syrian regime": the government, as
		// writers call it when they keep their distance.
		if noun == "authorities" || noun == "regime" {
			noun = "government"
		}
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
		var a *actorDraft
		if noun == "parliament" {
			a = d.legislature(d.lex.country(country), s[m[2]:m[1]])
		}
		if a == nil {
			a = d.actor(slug(name), name, graph.Organization, s[m[2]:m[1]])
		}
		if alias != "" {
			addAliases(a, alias)
		}
		take(mention{actor: a, start: m[2], end: m[1]})
		if country != "" {
			d.relation("PART_OF", a.ID, country, "", s[m[2]:m[1]])
		}
	}
}

// legislature declares the national legislature of country c that the
// lexicon knows by its own name, nil when it knows none: "Israel's
// parliament" and "the Knesset" are one body, whose name "Knesset" is.
// The lexicon names it "<Demonym> parliament" or "Parliament of
// <Country>" among its other names.
func (d *doc) legislature(c *entry, quote string) *actorDraft {
	if c == nil {
		return nil
	}
	return d.countryOrg(c, quote, demonym(c)+" parliament", "Parliament of "+c.name)
}

// countryOrg declares the organisation of country c that the lexicon
// knows by one of names, nil when it knows none. A body the story named
// already by another of its names is that one: "Serbia's National
// Assembly … parliament".
func (d *doc) countryOrg(c *entry, quote string, names ...string) *actorDraft {
	for _, n := range names {
		for _, e := range d.lex.lookup(n) {
			if e.kind != graph.Organization || e.country != c.id {
				continue
			}
			var a *actorDraft
			for _, en := range e.names {
				if a = d.orgNamed(en); a != nil {
					break
				}
			}
			if a == nil {
				a = d.actor(e.id, e.name, graph.Organization, quote)
			}
			addAliases(a, e.names...)
			return a
		}
	}
	return nil
}

// bareGovernmentRE is "the government" with nothing that says whose,
// also capitalised as some papers write it ("the Government") and after
// a word that only says which ("the new government", "the pro-Western
// government").
var bareGovernmentRE = regexp.MustCompile(`\b(?:the|The)\s+(?:(?:new|current|outgoing|incoming|caretaker|ruling|pro-\p{Lu}[\p{L}]+)\s+)?([Gg]overnment)\b`)

var roleOfRE = regexp.MustCompile(`(?i)\b(?:speaker|member|members|chairman|chair|head|deputy|deputies|president|leader|spokesman|spokeswoman)\s+of\s+(?:the\s+)?$`)

var bareParliamentRE = regexp.MustCompile(`\b(?:[Pp]arliament|Congress)\b`)

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var groupHeadRE = regexp.MustCompile(`(?i)^\s+(?:(?:nuclear|human\s+rights|refugee|peacekeeping|aid|health|food|atomic|rights|watchdog|agency|council|mission)\s+){0,2}(?:commander|commanders|chief|chiefs|spokesman|spokeswoman|spokesperson|head|headquarters|leadership|command|leader|chairman|chairwoman|secretary[- ]general|general secretary|vice-chairman|vice-chair)\b`)

// modifierWords name a group only when no noun follows: "the army said"
// but "army headquarters", "the opposition" but "opposition figures".
var modifierWords = map[string]bool{"opposition": true, "army": true, "military": true}

// ownedRoleRE follows a body's possessive with the office of who acts
// for it: "the EU's foreign policy chief".
var ownedRoleRE = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,3}(?:chief|head|envoy|leader|president|director|secretary|secretary-general|commissioner|representative|ambassador|negotiator|boss)\b`)

// speaksForRE is a noun after a person's possessive for who speaks for
// the person: "Macron's office", "Lam's spokesman".
var speaksForRE = regexp.MustCompile(`^\s+(?:press\s+)?(?:office|spokesman|spokeswoman|spokesperson)\b`)

// ownedNounRE is a noun after a possessive that stands for its owner's
// people or body.
var ownedNounRE = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,2}(?:party|office|spokesman|spokeswoman|spokesperson|government|lawyer|lawyers|family|wife|husband|aide|aides|campaign|allies|supporters|administration|ministry|camp|team)\b`)

// forces are the groups that act for a state: police, soldiers.
var forces = map[string]bool{"police": true, "security-forces": true, "soldiers": true, "armed-forces": true, "gendarmerie": true}

// tellers are the groups whose word counts the dead and the detained:
// "prosecutors said", "rights groups say".
var tellers = map[string]bool{"prosecutors": true, "rights-groups": true}

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

var demonymRE = regexp.MustCompile(`(?:an|ese|ish|i|ch|ic|z|kh|ak|ek|ik)$`)

// stateBodyRE begins the name of a state's body, or is one whole: "the
// Senate" in a story on a country is its Senate.
var stateBodyRE = regexp.MustCompile(`^(?:Central|National|Supreme|Constitutional|State|Federal|High|Electoral|Election|Presidential)\s|^(?:Senate|Congress|Chamber of Deputies|Cabinet|Council of Ministers)$`)

// joinerRE opens a name's words with a word that joins it to what came
// before: "for the", "of".
var joinerRE = regexp.MustCompile(`^(?:(?:of|for|and|on)\s+)(?:the\s+)?`)

// acronymAfterRE is an acronym given in brackets after a name: "the
// Organization of American States (OAS)".
var acronymAfterRE = regexp.MustCompile(`^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)`)

// acronym records the acronym that follows an organisation's name, so
// that later mentions of it name the organisation.
func (d *doc) acronym(a *actorDraft, after string) {
	if m := acronymAfterRE.FindStringSubmatch(after); m != nil {
		d.nameAcronym(a, m[1])
	}
}

// acronymBeforeRE ends an acronym that a body's full name follows in
// apposition: "CONAPE, the National Confederation of Teachers".
var acronymBeforeRE = regexp.MustCompile(`\b(\p{Lu}{3,8}),\s+(?:the\s+)?$`)

// acronymBefore names a by the acronym apposed before its full name.
func (d *doc) acronymBefore(a *actorDraft, before string) {
	if m := acronymBeforeRE.FindStringSubmatch(before); m != nil {
		d.nameAcronym(a, m[1])
	}
}

// nameAcronym makes acr a's alias and the name its later mentions find,
// unless it already names something.
func (d *doc) nameAcronym(a *actorDraft, acr string) {
	if d.acronyms[acr] != nil {
		return
	}
	d.acronyms[acr] = a
	addAliases(a, acr)
}

var acronymRE = regexp.MustCompile(`^\p{Lu}{3,6}$`)

var roleRefRE = regexp.MustCompile(`\bthe\s+(\p{L}+\s+)?(president|leader|prime minister|opposition leader|foreign minister|chancellor|premier|king|queen|emir|monarch|general|minister|governor|mayor)\b`)

// formerBeforeRE ends the words before a title held once.
var formerBeforeRE = regexp.MustCompile(`\b(?:former|ex-)\s*$`)

// compoundOffices are offices of two words whose first roleRefRE may
// take for a qualifier.
var compoundOffices = map[string]bool{"prime minister": true, "foreign minister": true, "opposition leader": true,
	"interior minister": true, "defence minister": true, "defense minister": true, "finance minister": true}

// roleAloneRE are the offices of roleRefRE that refer back only when
// what follows them says what their holder did (roleActsRE): "the general
// said", "the king's speech", not "the general election", "the minister
// of defence".
var (
	roleAloneRE = regexp.MustCompile(`^(?:premier|king|queen|emir|monarch|general|minister|governor|mayor)$`)
	roleActsRE  = regexp.MustCompile(`^(?:\s*[,.;:]|['’]s\b|\s+(?:said|says|told|tells|had|has|was|is|who|would|will|also|then|later|added|insisted|denied|warned|announced|declared|replied|responded|appeared|arrived|met|spoke|wrote|ordered|vowed|promised|urged|called|accused|signed|visited|flew|left|returned|resigned|agreed|refused)\b)`)
)

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

// particle reports whether a word of a name is a particle: lower case
// and unhyphenated ("da", "von"), unlike "al-Burhan".
func particle(w string) bool { return !capitalised(w) && !strings.Contains(w, "-") }

// nameAfter reads a person's name (two to four name words) that starts
// after byte after, skipping spaces.
func nameAfter(s string, ws []word, after int) (string, int) {
	i := slices.IndexFunc(ws, func(w word) bool { return w.start >= after })
	if i < 0 || strings.TrimSpace(s[after:ws[i].start]) != "" {
		return "", 0
	}
	// Particles ("da", "de", "bin") join the words of a name without
	// counting as one: "Luiz Inácio Lula da Silva" has four.
	j, particles := i, 0
	for j < len(ws) && j-i-particles < 4 && (nameRE.MatchString(ws[j].text) || initialWord(s, ws[j])) && (j == i || nameGap(s, ws[j-1], ws[j])) {
		if particle(ws[j].text) {
			particles++
		}
		j++
	}
	// A name ends on a name word, not on a particle or an initial.
	for j > i && (particle(ws[j-1].text) || initialWord(s, ws[j-1])) {
		j--
	}
	// "head General Abdel Fattah al-Burhan": a rank before the name is
	// no part of it.
	for j-i > 2 && isRank(ws[i].text) {
		i++
	}
	// "General Waker-Uz-Zaman": one word of capitalised parts joined by
	// hyphens is a whole name after a title.
	if j-i == 1 && compoundName(ws[i].text) {
		return ws[i].text, ws[i].end
	}
	if j-i < 2 || !capitalised(ws[i].text) {
		return "", 0
	}
	return s[ws[i].start:ws[j-1].end], ws[j-1].end
}

// initialWord reports whether w is a capital initial, or initials
// joined by dots, with its dot after it: "W" of "George W. Bush", "K.P"
// of "K.P. Sharma Oli"; abbreviations such as "U.S." are not.
func initialWord(s string, w word) bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r) && w.end < len(s) && s[w.end] == '.' && initialsRE.MatchString(w.text) && !abbreviations[strings.ToLower(w.text)]
}

// nameGap reports whether what lies between two words of a name joins
// them: a space, or an initial's dot and a space.
func nameGap(s string, prev, w word) bool {
	gap := s[prev.end:w.start]
	return gap == " " || gap == ". " && initialWord(s, prev)
}

// compoundName reports whether w is a name of two or more capitalised
// parts joined by hyphens: "Waker-Uz-Zaman", not "Al-Jazeera"'s article
// alone nor "Pro-Western".
func compoundName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || !capitalised(p) || len(p) < 2 {
			return false
		}
	}
	return true
}

// ranks are the ranks and titles that may come before a name, as a
// set: they are looked up for most capitalised words.
var ranks = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Split(rankWords, "|") {
		out[w] = true
	}
	return out
}()

// rankWords are the ranks, "|"-separated.
const rankWords = "General|Gen|Colonel|Col|Major|Lieutenant|Admiral|Vice|Rear|Commodore|Commander|Sergeant|Sgt|Corporal|Marshal|Senior|Brigadier|Captain|Sheikh|Dr|Mr|Mrs|Ms|Prof|Professor|Senator|President|Minister|Judge|Justice|Sir|Dame|Lord|Lady|Bishop|Archbishop|Cardinal|Father|Imam|Rabbi|Ayatollah|Sayyed|Sayyid|Sayed|Mullah|Hojatoleslam|Mufti|Pastor|Reverend|Rev"

// isRank reports whether w is a rank or title: "General", "Sayyed".
func isRank(w string) bool { return ranks[w] }

// qualifier returns the word before byte at when it is a demonym or a
// known person's name, with where it starts.
func (d *doc) qualifier(s string, at int) (string, int) {
	ws := words(s[:at])
	if len(ws) == 0 || strings.TrimSpace(s[ws[len(ws)-1].end:at]) != "" {
		return "", 0
	}
	w := ws[len(ws)-1]
	// "Sri Lankan police", "Hong Kong protesters": a demonym or a place
	// of several words is one qualifier, not its last word.
	for n := 3; n >= 2; n-- {
		if len(ws) < n {
			continue
		}
		first := ws[len(ws)-n]
		joined := s[first.start:w.end]
		if strings.ContainsAny(joined, ",;:()\"“”") || strings.Contains(joined, "  ") || !capitalised(first.text) || sentenceEndBeforeRE.MatchString(s[:first.start]) && first.start > 0 {
			continue
		}
		for _, e := range d.lex.lookup(joined) {
			if e.kind == graph.Country && !strings.EqualFold(joined, e.name) || e.place != "" {
				return joined, first.start
			}
		}
	}
	for _, e := range d.lex.lookup(w.text) {
		if (e.kind == graph.Country && !strings.EqualFold(w.text, e.name) && capitalised(w.text)) || e.kind == graph.Person {
			return w.text, w.start
		}
	}
	// "Punjab police", "Kisumu supporters": a place, or a capitalised
	// word unknown to the lexicon, named right before within the
	// sentence (a body's name, "NATO troops", stays its own actor).
	if w.start > 0 && capitalised(w.text) && nameRE.MatchString(w.text) && !calendarRE.MatchString(w.text) && !notFirstNameRE.MatchString(w.text) &&
		!orgHeadRE.MatchString(w.text) && !sentenceEndBeforeRE.MatchString(s[:w.start]) {
		es := d.lex.lookup(w.text)
		if len(es) == 0 && !acronymRE.MatchString(w.text) && d.acronyms[w.text] == nil || len(es) > 0 && es[0].place != "" {
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

// supportersOfRE follows "supporters" with "of" and what may come
// before a person's name: "of the ousted prime minister".
var supportersOfRE = regexp.MustCompile(`^\s+of\s+(?:(?:the|former|ousted|jailed|exiled|deposed|detained|late|opposition|president|prime|minister|leader|general|army|chief|party)\s+){0,4}`)

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

// spelledAs reports whether w is one of e's names, or the last word of
// one, as spelled (case and diacritics aside), not merely as folded.
func spelledAs(e *entry, w string) bool {
	// "al-Hariri" and "Hariri's" are spelled as "Hariri": the article
	// and the possessive drop.
	w, _ = cutPossessive(w)
	f, bare := graph.Fold(w), graph.Fold(bareSurname(w))
	return slices.ContainsFunc(e.names, func(n string) bool {
		last := graph.Fold(bareSurname(lastWord(n)))
		return graph.Fold(n) == f || last == f || last == bare
	})
}

// namesCountry reports whether the story is on country id or names it.
func (d *doc) namesCountry(id string) bool {
	if id == "" || id == d.main {
		return true
	}
	c := d.lex.country(id)
	return c == nil || slices.ContainsFunc(c.names, func(n string) bool { return strings.Contains(d.text, n) })
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
	count := map[string]int{}
	first := map[string]string{}
	best, n := "", 0
	// A dateline names where the story is told from: "CARACAS, Feb 4 -",
	// "LA PAZ —". Its country is the story's, unless the story names
	// another far more often (a correspondent in Vilnius on Minsk): it
	// counts as datelineVotes mentions.
	if m := datelinePlaceRE.FindStringSubmatch(d.text); m != nil {
		for _, e := range d.lex.lookup(m[1]) {
			c := e.country
			if e.kind == graph.Country {
				c = e.id
			}
			if e.place == graph.City || e.kind == graph.Country {
				if ce := d.lex.country(c); ce != nil {
					count[c] += datelineVotes
					first[c] = m[1]
					best, n = c, count[c]
					break
				}
			}
		}
	}
	ws := words(d.text)
	// "Joseph Muscat … Muscat said": a town's name that follows a given
	// name somewhere in the story is a surname there, and names no
	// country anywhere in it.
	surnames := map[string]bool{}
	for k := 1; k < len(ws); k++ {
		prev := ws[k-1]
		if capitalised(ws[k].text) && capitalised(prev.text) && d.text[prev.end:ws[k].start] == " " && nameRE.MatchString(prev.text) &&
			!calendarRE.MatchString(prev.text) && !regionWordRE.MatchString(prev.text) && !isRank(prev.text) && len(d.lex.lookup(prev.text)) == 0 &&
			prev.text != strings.ToUpper(prev.text) {
			surnames[d.key(ws[k].text)] = true
		}
	}
	for _, w := range ws {
		if !capitalised(w.text) {
			continue
		}
		es := d.lex.byKey[d.key(w.text)]
		if surnames[d.key(w.text)] {
			es = slices.DeleteFunc(slices.Clone(es), func(e *entry) bool { return e.place == graph.City })
		}
		if base, ok := cutPossessive(w.text); ok && len(es) == 0 {
			es = d.lex.byKey[d.key(base)]
		}
		for _, e := range es {
			// "crowds gathered in central Ulaanbaatar": a city the
			// lexicon knows names its country as well.
			id := e.id
			switch {
			case e.kind == graph.Person && e.country != "" && !slices.ContainsFunc(es, func(o *entry) bool { return o.country != e.country }):
				// "Lukashenka told them": a known leader's name votes for
				// the country he leads (a story from Vilnius on Minsk),
				// once, whoever of the family it names.
				// (Not a spelling that only folds to the name: "Chai" of
				// "Wan Chai" is no Tsai.)
				if e != es[0] || !spelledAs(e, w.text) {
					continue
				}
				id = e.country
			case e.kind != graph.Country:
				if e.place != graph.City || e.country == "" || !acronymMatch(e, w.text) {
					continue
				}
				id = e.country
			case first[id] == "":
				first[id] = w.text // quoted by its own name
			}
			count[id]++
			if count[id] > n || count[id] == n && id < best {
				best, n = id, count[id]
			}
		}
	}
	d.mainQuote = first[best]
	if d.mainQuote == "" && best != "" {
		if c := d.lex.country(best); c != nil {
			d.mainQuote = c.name
		}
	}
	return best
}

// datelineVotes is how many mentions a dateline's country counts for.
const datelineVotes = 3

// datelinePlaceRE is the place of a dateline at the start of a line.
var datelinePlaceRE = regexp.MustCompile(`(?m)^\s*(\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,2})(?:,\s|\s+[—–-]\s|\s+\([^()\n]{1,40}\)\s*[—–-]\s)`)

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

// streetAfterRE follows a name with a noun that makes it a street's or
// a crossing's: "(Astoria) junction", "(Baghdad) Street".
var streetAfterRE = regexp.MustCompile(`(?i)^\s+(?:junction|square|street|avenue|boulevard|road|bridge|hotel|roundabout|intersection|crossing|lane|gate)\b`)

// known turns a lexicon match into a mention.
func (d *doc) known(e *entry, s string, start, end int, phrase string) *mention {
	switch {
	case e.place == graph.City:
		// "near the Astoria junction", "on Baghdad Street": a city's name
		// that names a street or a crossing is neither the city nor where.
		if streetAfterRE.MatchString(s[end:]) {
			return nil
		}
		// Declared whether or not it stands for its state here.
		d.placeOf(e, phrase)
		before := strings.ToLower(strings.TrimSpace(s[max(0, start-24):start]))
		after := s[end:]
		// A capital that acts stands for its state: "Minsk agreed".
		// "In Washington, the deputy secretary said": a capital that
		// opens a sentence sets the scene of its government's response.
		if e.capital && frontedInRE.MatchString(s[:start]) && strings.HasPrefix(after, ",") {
			if country := d.lex.country(e.country); country != nil {
				d.actor(country.id, country.name, graph.Country, strings.TrimLeft(s[max(0, start-3):end], " "))
			}
		}
		_, owns := cutPossessive(s[:end])
		owns = owns && stateOwnsRE.MatchString(after)
		// …and so does one that another state urges, warns or accuses:
		// "Tehran accuses Washington and London of meddling".
		addressed := objectVerbBeforeRE.MatchString(s[max(0, start-60):start])
		if e.capital && !prepBefore(before) && (owns || addressed || actsAfter(after) || actsAfter(afterList(after))) {
			if country := d.lex.country(e.country); country != nil {
				return &mention{actor: d.actor(country.id, country.name, graph.Country, phrase), start: start, end: end}
			}
		}
		return &mention{actor: nil, start: start, end: end, asPlace: e.id}
	case e.kind == graph.Country:
		a := d.actor(e.id, e.name, graph.Country, phrase)
		// "Russian journalists", "Kremlin-backed": a name that qualifies
		// the next word names the country without making it act.
		// "a loan to Britain on Monday": another name of the country
		// before a preposition is no demonym.
		modifier := !strings.EqualFold(phrase, e.name) && qualifiesNext(s[end:]) && !prepAfterRE.MatchString(strings.TrimLeft(s[end:], " \u00a0"))
		// "held talks with Sri Lankan officials": officials with no name
		// act for their state, which the model makes the country.
		// ("summoned the Swedish ambassador" stays a statement to the
		// state, which the trigger names.)
		if modifier && stateAgentsRE.MatchString(s[end:]) && !summonedRE.MatchString(s[:start]) {
			modifier = false
		}
		// "Spain's foreign minister José Manuel Albares told reporters":
		// whose the office is; the person named acts.
		if possessiveOfficeRE.MatchString(s[end:]) || possessiveRE.MatchString(phrase) && officeAfterRE.MatchString(s[end:]) {
			modifier = true
		}
		return &mention{actor: a, start: start, end: end, modifier: modifier}
	case e.kind == graph.Person:
		a := d.actor(e.id, e.name, graph.Person, phrase)
		a.country, a.title, a.surname = e.country, e.titleAt(d.pub), nameKey(lastWord(e.name))
		// "Erdogan’s office": the name is Erdogan.
		phrase, _ = cutPossessive(phrase)
		if phrase != e.name && !slices.Contains(a.Aliases, phrase) {
			a.Aliases = append(a.Aliases, phrase)
		}
		return &mention{actor: a, start: start, end: end}
	case e.kind == graph.Organization:
		// "the Burundian Red Cross": an international body's name after
		// a demonym is its national branch's.
		// ("Sweden's NATO bid": a country's possessive is no demonym.)
		if w := words(s[:start]); e.country == "" && len(w) > 0 && strings.TrimSpace(s[w[len(w)-1].end:start]) == "" && !possessiveRE.MatchString(w[len(w)-1].text) {
			if c := d.demonymCountry(w[len(w)-1].text); c != nil {
				name := w[len(w)-1].text + " " + phrase
				a := d.actor(slug(name), name, graph.Organization, s[w[len(w)-1].start:end])
				return &mention{actor: a, start: start, end: end}
			}
		}
		a := d.actor(e.id, e.name, graph.Organization, phrase)
		// Its other names are its aliases: "IMF" names the International
		// Monetary Fund in every article.
		addAliases(a, e.names[1:]...)
		// "Solidarnosc", "the Organization of Islamic Cooperation (OIC)":
		// the story's spelling and acronym name it too.
		if base, _ := cutPossessive(phrase); base != e.name && base != strings.ToUpper(base) {
			addAliases(a, base)
		}
		d.acronym(a, s[end:])
		return &mention{actor: a, start: start, end: end}
	}
	return nil
}

// objectVerbBeforeRE ends the words before a capital that a verb of
// address or blame takes as its object, or the second of two such:
// "accused Moscow", "urged Washington and London".
var objectVerbBeforeRE = regexp.MustCompile(`(?i:\b(?:accuse[sd]?|accusing|warn(?:s|ed)?|urg(?:es|ed)|critici[sz](?:es|ed)|condemn(?:s|ed)|blam(?:es|ed)|call(?:s|ed)\s+on|tells|told|sanction(?:s|ed)|threaten(?:s|ed)|press(?:es|ed)|pressur(?:es|ed)))\s+(?:\p{Lu}\p{L}+\s+and\s+)?$`)

var verbAfterRE = regexp.MustCompile(`^\s+(?:has|have|had|is|was|were|will|would|said|says|say|told|agreed|warned|denied|accused|rejected|announced|insisted|demanded|urged|responded|refused|threatened|signed|lent|offered|promised|called|condemned|detained|arrested|seized|took|launched|fired|killed|opened|stormed|deployed|moved|raided|imposed|declared|dispersed|broke|shot|beat|surrounded|blocked|ordered|withheld|froze|and|,|\.)\b`)

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

// prepAfterRE opens the words after a country's name with a
// preposition.
var prepAfterRE = regexp.MustCompile(`^(?:on|in|at|to|for|with|from|by|over|after|before|during|since|until|into|against|amid|under)\b`)

var prepRE = regexp.MustCompile(`(?:^|\s)(?:in|at|to|from|across|near|of|through|outside|into|around|throughout)(?:\s+(?:central|downtown|the|northern|southern|eastern|western))?$`)

// prepBefore reports whether the words before a name make it a place:
// "in Minsk", "through central Minsk".
func prepBefore(before string) bool { return prepRE.MatchString(before) }

var actsRE = regexp.MustCompile(`^\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:agreed|said|says|warned|accused|rejected|denied|announced|insisted|demanded|urged|responded|refused|threatened|signed|lent|offered|promised|called|condemned|imposed|sanctioned|recognised|recognized|backed|suspended|expelled|summoned|sent|pledged|ordered|halted|paused|stopped|cut|froze|withdrew|recalled|welcomed|criticised|criticized|followed|closed|blocked|approved|granted|deposited|agrees|warns|accuses|rejects|denies|announces|insists|demands|urges|responds|refuses|threatens|signs|lends|offers|promises|condemns|imposes|recognises|recognizes|suspends|expels|summons|sends|pledges|halts|freezes|withdraws|recalls|welcomes|criticises|criticizes|approves|grants)\b`)

func actsAfter(after string) bool {
	// "Washington on Monday blacklisted": the day between says nothing
	// of who acts.
	if m := timeBetweenRE.FindString(after); m != "" {
		after = after[len(m)-1:]
	}
	return actsRE.MatchString(after) || pastActsRE.MatchString(after)
}

// timeBetweenRE is a day told between a name and its verb: " on Monday",
// ", on Monday,", " yesterday".
var timeBetweenRE = regexp.MustCompile(`^,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+week|this\s+week),?\s`)

// pastActsRE follows a capital with a verb in the past that is no
// participle of place ("Washington dropped Kosovo from the exercise"):
// the state acted. stateOwnsRE follows it with what a state has:
// "Washington’s envoy" (after the possessive, which the name's word
// holds).
var (
	pastActsRE  = regexp.MustCompile(`^\s+(?:also\s+|then\s+|later\s+|quickly\s+|swiftly\s+)?(?:\p{Ll}{3,}ed|sent|took|gave|made|struck|told|drew|led|held|kept|put|set|met|chose|broke|fought|sought)\s+(?:the|a|an|its|his|her|their|\p{Lu}|\d|to|on|for|with|that|two|three|four|five|six|seven|eight|nine|ten|several|dozens|some|more|all)`)
	stateOwnsRE = regexp.MustCompile(`^\s+(?:(?:new|top|chief|special|former)\s+)?(?:envoy|ambassador|response|decision|government|officials?|position|stance|allies|ally|support|demands?|proposal|offer|plan|policy|sanctions|troops|forces|military|delegation|representatives?|foreign\s+minister|diplomats?|backing|pressure|warning|intervention)\b`)
)

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

// fullName is the full name the story gives for a surname, the surname
// itself when it gives none: "Muhammad Yunus", not the "Dr Yunus" of a
// title.
func (d *doc) fullName(surname string) string {
	for _, full := range fullNameRE(surname).FindAllString(d.text, -1) {
		if first := strings.Fields(full)[0]; !calendarRE.MatchString(first) && !isRank(first) {
			return full
		}
	}
	return surname
}

// orgNamed returns the organisation declared so far whose name or one
// of whose aliases is name (by name key), nil when none is.
func (d *doc) orgNamed(name string) *actorDraft {
	k := nameKey(name)
	for _, a := range d.actors {
		if a.Kind == string(graph.Organization) && (nameKey(a.Name) == k || slices.ContainsFunc(a.Aliases, func(al string) bool { return nameKey(al) == k })) {
			return a
		}
	}
	return nil
}

// person declares a person met by name, unless a known one has the name
// or the surname.
func (d *doc) person(name string, country *actorDraft, title, quote string) (p *actorDraft) {
	// "President Ahmed Musa's office": the name is without its
	// possessive.
	name, _ = cutPossessive(name)
	// The title the text gives is an office a later mention may name,
	// whatever the lexicon's title ("General Burhan": "the general").
	defer func() {
		if p != nil && title != "" && !slices.Contains(p.offices, title) {
			p.offices = append(p.offices, title)
		}
	}()
	if es := d.lex.lookup(name); len(es) > 0 && es[0].kind == graph.Person && (strings.Contains(name, " ") || spelledAs(es[0], name) || d.namesCountry(es[0].country)) {
		a := d.actor(es[0].id, es[0].name, graph.Person, quote)
		a.country, a.title, a.surname = es[0].country, es[0].titleAt(d.pub), nameKey(lastWord(es[0].name))
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
			a.country, a.title, a.surname = e.country, e.titleAt(d.pub), nameKey(lastWord(e.name))
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

// bySurnameOf is the person of the story, already named, whose surname
// w is; unlike bySurname it declares no one from the lexicon.
func (d *doc) bySurnameOf(w string) *actorDraft {
	key := nameKey(w)
	for _, a := range d.actors {
		if a.Kind == string(graph.Person) && a.surname == key {
			return a
		}
	}
	return nil
}

// bySurname finds a person named earlier, or a known person, by surname.
func (d *doc) bySurname(w string) *actorDraft {
	if a := d.bySurnameOf(w); a != nil {
		return a
	}
	key := nameKey(w)
	// "Hariri" is Saad al-Hariri: writers drop the article of an Arabic
	// surname.
	for _, a := range d.actors {
		if last := lastWord(a.Name); a.Kind == string(graph.Person) && bareSurname(last) != last && d.key(bareSurname(last)) == key {
			return a
		}
	}
	for _, e := range d.lex.lookup(w) {
		// (Not "Chai" of "Wan Chai" for "Tsai": a spelling folded to a
		// known surname needs the person's country in the story.)
		if e.kind == graph.Person && (spelledAs(e, w) || d.namesCountry(e.country)) {
			return d.person(e.name, nil, "", w)
		}
	}
	// "Cholnan Srikaew … Cholnan said": where a story calls people by
	// their given names, the one person who has it.
	var given *actorDraft
	for _, a := range d.actors {
		if first, _, ok := strings.Cut(a.Name, " "); ok && a.Kind == string(graph.Person) && len(first) > 2 && nameKey(first) == key {
			if given != nil {
				return nil
			}
			given = a
		}
	}
	return given
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
	// "the king", "the general", "the former premier": the one person
	// named so far who holds that office, when only one does.
	if q == "" || roleQualifierRE.MatchString(q) {
		// "the former president" is not the president.
		if strings.EqualFold(q, "former") {
			role = "former " + role
		}
		var only *actorDraft
		for _, a := range d.actors {
			if a.Kind != string(graph.Person) || !holdsOffice(a.title, role) && !slices.ContainsFunc(a.offices, func(t string) bool { return holdsOffice(t, role) }) {
				continue
			}
			if only != nil {
				return nil
			}
			only = a
		}
		return only
	}
	return nil
}

// roleQualifierRE is a word before an office that says nothing of whose
// it is: "the former premier", "the embattled president".
var roleQualifierRE = regexp.MustCompile(`(?i)^(?:former|then|new|interim|acting|late|embattled|ousted|deposed|veteran|outgoing|incoming|current|elderly|ailing|defiant|beleaguered)$`)

// holdsOffice says whether a person introduced with title holds the
// office a later mention names by role.
func holdsOffice(title, role string) bool {
	title = strings.TrimPrefix(title, "interim ")
	// A former office is named as one: "the former premier".
	if rest, ok := strings.CutPrefix(role, "former "); ok {
		t, was := strings.CutPrefix(title, "former ")
		return was && holdsOffice(t, rest)
	}
	if strings.HasPrefix(title, "former ") {
		return false
	}
	switch role {
	case "premier", "prime minister":
		return title == "prime minister" || title == "premier"
	case "monarch":
		return title == "king" || title == "queen" || title == "emir"
	case "general":
		return title == "general" || title == "gen."
	case "minister":
		return title == "minister" || strings.HasSuffix(title, " minister") && title != "prime minister" && title != "deputy prime minister"
	case "leader", "opposition leader":
		return false
	}
	return title == role
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
	p := &placeDraft{Place: Place{ID: e.id, Name: e.name, Kind: string(graph.City), Quotes: []string{quote}}}
	if c := d.lex.country(e.country); c != nil {
		// "a flight from Paris", "a group based in Oslo": a city
		// abroad is where, and makes its country no actor; the story's
		// own country is one.
		if c.id == d.main {
			d.actor(c.id, c.name, graph.Country, quote)
		}
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
	d.nationalCrowd()
	ann := &Annotation{}
	for _, a := range d.actors {
		// Text with bytes that are not UTF-8 (no article is imported so,
		// but a draft is made of any text) must not reach names: YAML
		// writes them as binary, which no annotation may hold.
		a.Name = strings.ToValidUTF8(a.Name, "")
		a.Aliases = slices.DeleteFunc(a.Aliases, func(s string) bool { return !utf8.ValidString(s) })
		ann.Actors = append(ann.Actors, a.Actor)
	}
	// A place and an actor may have come to one id ("Minister Mexico City"
	// read as a person): an id names one node, so the place gives way.
	renamed := map[string]string{}
	for _, p := range d.places {
		pl := p.Place
		// A place is in its country only when the country is an actor
		// of the story.
		if pl.In != "" && !d.declared(pl.In) {
			pl.In = ""
		}
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
		// What has happened this week or this month happened by
		// publication: some day from Monday (or the 1st) to publication's,
		// not up to a Sunday or a month's end that has not come. (In a
		// paper of Monday, or of the 1st, that would be the day itself: the
		// week or month stays.) A year stays whole: clipped, it cost dev a
		// date.
		if (e.precision == graph.Week || e.precision == graph.Month) && e.start.Before(d.pub) && e.end.After(d.pub) {
			e.end, e.precision = d.pub, graph.Day
		}
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
	d.scopeIDs(ann)
	return ann
}

// groupCountries gives each group the country its events took place in
// most often, where the draft places them in a city or country the
// lexicon knows: the protesters who marched in Minsk are Belarus's, even
// in a story told from Vilnius.
func (d *doc) groupCountries(ann *Annotation) map[string]string {
	places := map[string]Place{}
	for _, p := range ann.Places {
		places[p.ID] = p
	}
	countryOf := func(place string) string {
		p, ok := places[place]
		if !ok {
			return ""
		}
		if c := d.lex.country(p.In); c != nil {
			return c.id
		}
		if c := d.countryOfLookup(p.Name); c != "" {
			return c
		}
		for _, e := range d.lex.lookup(p.Name) {
			if e.place == graph.City && e.country != "" {
				return e.country
			}
		}
		return ""
	}
	n := map[string]map[string]int{}
	for _, e := range ann.Events {
		c := countryOf(e.Place)
		if c == "" {
			continue
		}
		for _, p := range e.Participants {
			if n[p.Actor] == nil {
				n[p.Actor] = map[string]int{}
			}
			n[p.Actor][c]++
		}
	}
	out := map[string]string{}
	for actor, counts := range n {
		best := ""
		for c, k := range counts {
			if best == "" || k > counts[best] || k == counts[best] && c < best {
				best = c
			}
		}
		out[actor] = best
	}
	return out
}

// countryIn returns the id of the first country a word of the names
// names, by name or demonym ("Peruvian protesters": peru), or "".
func (d *doc) countryIn(names ...string) string {
	for _, n := range names {
		ws := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' })
		// Runs of up to five words: "Sri Lankan", "Central African",
		// "Democratic Republic of the Congo".
		for i := range ws {
			for j := i + 1; j <= min(i+5, len(ws)); j++ {
				if c := d.countryOfLookup(strings.Trim(strings.Join(ws[i:j], " "), ".,;:’'")); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// scopeIDs keeps a draft's ids from claiming more than its text says. An
// id two articles share makes import take their two facts for one node
// without asking resolution. A name may claim that ("Alexander
// Lukashenko", "Belarus"); a description may not: the protesters of a
// story on Chile and of one on Lebanon are two crowds, and two articles'
// protests on one day are one only if resolution finds them alike
// (participants, dates, place). So a group's id carries its country (the
// one its name gives, else where it acted, else the story's; the
// article's own key when the draft knows none), and so does the id of an
// event a group leads: one day's protest by a country's protesters is
// one event in every article, another country's is another. A body the
// draft gives a country by an alias ("National Assembly of Venezuela")
// carries it too.
func (d *doc) scopeIDs(ann *Annotation) {
	h := fnv.New32a()
	h.Write([]byte(d.a.ID))
	key := fmt.Sprintf("%06x", h.Sum32()&0xffffff)
	taken := map[string]bool{}
	for _, a := range ann.Actors {
		taken[a.ID] = true
	}
	for _, p := range ann.Places {
		taken[p.ID] = true
	}
	for _, e := range ann.Events {
		taken[e.ID] = true
	}
	unique := func(id string) string {
		out := id
		for i := 2; taken[out]; i++ {
			out = fmt.Sprintf("%s-%d", id, i)
		}
		taken[out] = true
		return out
	}
	where := d.groupCountries(ann)
	renamed := map[string]string{}
	for i, a := range ann.Actors {
		// "lebanese-armed-forces" says whose they are already.
		if d.countryIn(a.ID) != "" {
			continue
		}
		// A state body the draft took for a country's ("National
		// Assembly", also "National Assembly of Venezuela"): every
		// country has one.
		if a.Kind == string(graph.Organization) {
			for _, al := range a.Aliases {
				if rest, ok := strings.CutPrefix(al, a.Name+" of "); ok && d.countryIn(rest) != "" {
					id := unique(d.countryIn(rest) + "-" + a.ID)
					renamed[a.ID], ann.Actors[i].ID = id, id
					break
				}
			}
			continue
		}
		if a.Kind != string(graph.Group) {
			continue
		}
		id := a.ID + "-" + key
		// Its name first, then where it acted, then the names the
		// draft gave it (a national crowd's is the story's country).
		if c := cmp.Or(d.countryIn(a.Name), where[a.ID], d.countryIn(a.Aliases...), d.main); c != "" {
			id = c + "-" + a.ID
		}
		id = unique(id)
		renamed[a.ID], ann.Actors[i].ID = id, id
	}
	for i := range ann.Events {
		e := &ann.Events[i]
		for j, p := range e.Participants {
			if id, ok := renamed[p.Actor]; ok {
				e.Participants[j].Actor = id
				// The event's id is its type and the participant it
				// had first, then its day.
				if rest, ok := strings.CutPrefix(e.ID, slug(e.Type)+"-"+p.Actor+"-"); ok {
					e.ID = unique(slug(e.Type) + "-" + id + "-" + rest)
				}
			}
		}
	}
	for i, r := range ann.Relations {
		if id, ok := renamed[r.From]; ok {
			ann.Relations[i].From = id
		}
		if id, ok := renamed[r.To]; ok {
			ann.Relations[i].To = id
		}
	}
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

// surnameRecurs reports whether the last word of name, a run of
// capitalised words, stands alone elsewhere in the text the way a
// person's surname does after the full name: after a lower-case word or
// at a sentence's start, and before a lower-case word, a possessive or a
// comma ("acquitted Ousmane Sonko of rape ... the city where Sonko is
// mayor"). A place or a body is rarely cut to its last word so.
func (d *doc) surnameRecurs(name string) bool {
	return strings.Contains(name, " ") && d.wordRecurs(name, lastWord(name))
}

// recurringName is the word of name, a run of capitalised words, that
// the story uses alone for the person: the surname, else the first
// word ("Prayut Chan-o-cha … Prayut, who dissolved"); "" when neither
// recurs so.
func (d *doc) recurringName(name string) string {
	first, _, ok := strings.Cut(name, " ")
	switch {
	case !ok:
		return ""
	case d.wordRecurs(name, lastWord(name)):
		return lastWord(name)
	case d.wordRecurs(name, first):
		return first
	}
	return ""
}

// wordRecurs reports whether the word last of name stands alone
// elsewhere in the text the way surnameRecurs describes.
func (d *doc) wordRecurs(name, last string) bool {
	if len(last) < 3 {
		return false
	}
	for at := 0; ; {
		k := strings.Index(d.text[at:], last)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(last)
		if k > 0 && (isLetter(d.text[k-1]) || d.text[k-1] == '-') || at < len(d.text) && (isLetter(d.text[at]) || d.text[at] == '-') {
			continue
		}
		before := strings.TrimRight(d.text[max(0, k-40):k], " ")
		if strings.HasPrefix(d.text[k:], name) || strings.HasSuffix(before, strings.TrimSuffix(name, " "+last)) && strings.HasSuffix(name, " "+last) {
			continue // the full name again
		}
		bw := words(before)
		prevOK := len(bw) == 0 || !capitalised(bw[len(bw)-1].text) || strings.TrimSpace(before[bw[len(bw)-1].end:]) != "" ||
			strings.HasSuffix(strings.TrimSpace(before), ".") ||
			isRank(bw[len(bw)-1].text) // "Mr Mugenzi", "General Kagame"
		if !prevOK {
			continue
		}
		rest := d.text[at:]
		if strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, ",") {
			return true
		}
		if r := strings.TrimLeft(rest, " "); len(r) < len(rest) && len(r) > 0 && r[0] >= 'a' && r[0] <= 'z' {
			return true
		}
	}
}

// sentenceEndBeforeRE ends text that a new sentence or line follows.
var sentenceEndBeforeRE = regexp.MustCompile(`(?:[.!?:;"“”•\-–—]\s*|\n\s*)$`)

// townOfRE names a town by its kind: "the western city of Kisumu", "the
// port town of Mocímboa".
var townOfRE = regexp.MustCompile(`\b(?:city|town|village|port|capital|district)\s+of\s+(` + capWord + `(?:\s+` + capWord + `)?)`)

// siteHeadRE ends the name of a site that is rarely an actor where
// something happens in it.
var siteHeadRE = regexp.MustCompile(`\b(?:University|Hospital|Church|Stadium|Airport|Square|Mosque|Cathedral|Campus)\b`)

// siteBeforeRE ends what puts an event in a site: "at", "stormed".
var siteBeforeRE = regexp.MustCompile(`(?i)\b(?:in|at|near|outside|inside|into|on|storm(?:ed|s|ing)?|raid(?:ed|s|ing)?|entered|surrounded|occupied)\s+(?:the\s+)?$`)

// site declares a place the lexicon does not know, in the story's
// country.
func (d *doc) site(name string, kind graph.PlaceKind, quote string) *placeDraft {
	id := slug(name)
	if p, ok := d.placeBy[id]; ok {
		return p
	}
	if d.byID[id] != nil {
		id += "-" + string(kind)
	}
	p := &placeDraft{Place: Place{ID: id, Name: name, Kind: string(kind), Quotes: []string{quote}}, local: true}
	if c := d.lex.country(d.main); c != nil {
		d.actor(c.id, c.name, graph.Country, c.name)
		p.In = c.id
	}
	d.placeBy[id] = p
	d.places = append(d.places, p)
	return p
}

// givenNameBefore reports whether word i of s, a known person's surname,
// follows right after a capitalised word that is no title, no known name
// and none of that person's names: another person's given name.
func (d *doc) givenNameBefore(s string, ws []word, i int, e *entry) bool {
	w := ws[i-1]
	if s[w.end:ws[i].start] != " " || !capitalised(w.text) || !nameRE.MatchString(w.text) || calendarRE.MatchString(w.text) ||
		notFirstNameRE.MatchString(w.text) || isRank(w.text) || len(d.lex.lookup(w.text)) > 0 {
		return false
	}
	if _, poss := cutPossessive(w.text); poss || strings.Contains(nameKey(e.name), nameKey(w.text)) {
		return false
	}
	for _, t := range titles {
		if strings.EqualFold(t.words, w.text) {
			return false
		}
	}
	return true
}

// mediaPairWords finds mediaPairRE in s, after a cheap test for its
// nouns.
func mediaPairWords(s string) [][]int {
	for _, n := range []string{"channels", "newspapers", "broadcasters", "dailies", "stations", "networks", "papers"} {
		if strings.Contains(s, n) {
			return mediaPairRE.FindAllStringSubmatchIndex(s, -1)
		}
	}
	return nil
}

// bodyNounWords are the nouns of the body patterns, a cheap test before
// them.
var bodyNounWords = append(strings.Split(bodyNouns, "|"), "party", "organisation", "organization", "charity", "watchdog")

// acronymMatch reports whether the one word w may name e: unless w is
// all capitals itself, e must have a name other than an acronym whose
// key is w's.
func acronymMatch(e *entry, w string) bool {
	if w == strings.ToUpper(w) {
		// "AAPP" folds to the key of "AP": a word in capitals is the
		// name spelt so, letter for letter (a dateline's "MINSK" too).
		base, _ := cutPossessive(w)
		letters := func(s string) string { return strings.ReplaceAll(graph.Fold(s), ".", "") }
		return slices.ContainsFunc(e.names, func(n string) bool {
			return strings.EqualFold(letters(n), letters(w)) || strings.EqualFold(letters(n), letters(base))
		})
	}
	if !slices.ContainsFunc(e.names, func(n string) bool { return n == strings.ToUpper(n) }) {
		return true
	}
	base, _ := cutPossessive(w)
	kw, kb := nameKey(w), nameKey(base)
	for _, n := range e.names {
		if n != strings.ToUpper(n) && (nameKey(n) == kw || nameKey(n) == kb) {
			return true
		}
	}
	return false
}

// surnameAfter reports whether word i of s is followed right away by a
// capitalised word that no lexicon knows and that names no kind of
// place: a surname after a given name.
func (d *doc) surnameAfter(s string, ws []word, i int) bool {
	w := ws[i+1]
	if s[ws[i].end:w.start] != " " || !capitalised(w.text) || !nameRE.MatchString(w.text) || calendarRE.MatchString(w.text) ||
		orgHeadRE.MatchString(w.text) || placeNounRE.MatchString(w.text) || len(d.lex.lookup(w.text)) > 0 {
		return false
	}
	_, poss := cutPossessive(ws[i].text)
	return !poss
}

// placeNounRE is a capitalised noun that goes with a town's name: "Homs
// Province", "Lagos State".
var placeNounRE = regexp.MustCompile(`^(?:Province|Governorate|Region|State|District|County|Prefecture|Oblast|Airport|Port|Harbour|Harbor|City|Bay|Valley|Stadium|Station|Prison|Mall|Market|Bridge|Road|Highway|Declaration|Accord|Agreement|Protocol|Summit|Process|Talks)$`)

// theCapitalRE is a capital named by its noun: "the capital", "the
// Ivorian capital", "the country's capital".
var theCapitalRE = regexp.MustCompile(`\b[Tt]he\s+(?:country(?:’s|'s)\s+|(\p{Lu}\p{L}+)\s+)?capital\b`)

// namedNextRE opens the name given after a noun: "(the capital), Abidjan",
// "(the capital) Kinshasa", "(the capital) of Mali".
var namedNextRE = regexp.MustCompile(`^(?:,?\s+\p{Lu}|\s+of\b|\s+cit(?:y|ies)\s+of\b|(?:’s|'s)?\s+(?:\S+\s+)?(?:cit(?:y|ies)|district|region|province)\s+of\b)`)

// townsOf finds townOfRE in s, after a cheap test for " of ".
func townsOf(s string) [][]int {
	if !strings.Contains(s, " of ") {
		return nil
	}
	return townOfRE.FindAllStringSubmatchIndex(s, -1)
}

// buildingPrepRE ends the words that put something at a building:
// "outside", "in front of", "near the".
var buildingPrepRE = regexp.MustCompile(`(?i)\b(?:outside|inside|near|in\s+front\s+of|opposite|around)\s+(?:the\s+)?$`)

// addAliases gives a an alias for each name it does not already go by.
func addAliases(a *actorDraft, names ...string) {
	for _, n := range names {
		if n == "" || strings.EqualFold(n, a.Name) || slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.EqualFold(x, n) }) {
			continue
		}
		a.Aliases = append(a.Aliases, n)
	}
}

// pluralDemonym is the country whose people w names in the plural
// ("Kenyans"), nil for any other word.
func (d *doc) pluralDemonym(w string) *entry {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || len(base) < 4 {
		return nil
	}
	for _, e := range d.lex.byKey[d.key(base)] {
		if e.kind == graph.Country && slices.ContainsFunc(e.demonym, func(x string) bool { return x == base && !strings.EqualFold(x, e.name) }) {
			return e
		}
	}
	return nil
}

// crowdOfRE ends the words for a crowd that a plural demonym
// qualifies: "thousands of", "many", "young".
var crowdOfRE = regexp.MustCompile(`(?i)(?:(?:hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|dozens|scores|crowds|groups|a\s+crowd|a\s+group|\d[\d,]*)\s+of|many|some|ordinary|young|angry|furious)\s+(?:\p{Ll}+\s+)?$`)

// demonymCountry is the country a demonym ("Colombian") names, nil for
// any other word.
func (d *doc) demonymCountry(w string) *entry {
	for _, e := range d.lex.lookup(w) {
		if e.kind == graph.Country && !strings.EqualFold(w, e.name) {
			return e
		}
	}
	return nil
}

// nationalPolice are the countries whose police force is formally the
// National Police: the Spanish-speaking world's Policía Nacional and a
// few others.
var nationalPolice = map[string]bool{"colombia": true, "ecuador": true, "peru": true, "nicaragua": true, "spain": true,
	"dominican-republic": true, "honduras": true, "panama": true, "paraguay": true, "uruguay": true, "el-salvador": true,
	"guatemala": true, "haiti": true, "ukraine": true, "philippines": true, "indonesia": true, "cambodia": true, "afghanistan": true}

// forceAliases are the formal names of a country's force that writers
// and annotators use beside the demonym ("Colombian police"): "Police of
// Colombia", "National Police of Colombia", "Armed Forces of Ecuador".
func forceAliases(g entry, c *entry) []string {
	switch g.id {
	case "police":
		// "Bangladesh Police", "Nepal Police": many forces' own names.
		out := []string{"Police of " + c.name, c.name + " Police"}
		if nationalPolice[c.id] {
			out = append(out, "National Police of "+c.name)
		}
		return out
	case "armed-forces":
		return []string{"Armed Forces of " + c.name, c.name + " Armed Forces"}
	case "security-forces":
		return []string{"Security forces of " + c.name}
	}
	return nil
}

// nationalCrowd names the story's unqualified protesters also for the
// country the story is about ("Colombian protesters"), as police are:
// the crowd a story on one country tells of is that country's, and
// other writers name it so.
func (d *doc) nationalCrowd() {
	a, ok := d.byID["protesters"]
	if !ok {
		return
	}
	if c := d.lex.country(d.main); c != nil {
		addAliases(a, demonym(c)+" protesters")
	}
}

// onlyGroup is the one group of the lexicon's group id that the story
// has named with a qualifier so far ("Khan supporters"), nil when it has
// named none or several.
func (d *doc) onlyGroup(group string) *actorDraft {
	var only *actorDraft
	for _, a := range d.actors {
		if a.group != group || a.ID == group {
			continue
		}
		if only != nil {
			return nil
		}
		only = a
	}
	return only
}

// articleRE is the Arabic article that opens a surname: "al-", "el-",
// "ad-", "ash-".
var articleRE = regexp.MustCompile(`^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]r|[Aa]t|[Aa]z|[Aa]n)-`)

// bareSurname is a surname without its article: "Hariri" for
// "al-Hariri".
func bareSurname(s string) string {
	// Cheap test first: an article is two or three letters and a hyphen.
	if i := strings.IndexByte(s, '-'); i < 2 || i > 3 {
		return s
	}
	if loc := articleRE.FindStringIndex(s); loc != nil {
		return s[loc[1]:]
	}
	return s
}

// partyNounRE follows a person's possessive with a noun for the body
// the person leads.
var partyNounRE = regexp.MustCompile(`^\s+(?:party|movement)\b`)

// leaderOfRE follows a person's name with the office of leading a body:
// ", leader of the", ", the head of".
var leaderOfRE = regexp.MustCompile(`^,\s+(?:the\s+)?(?:leader|head|chairman|chairwoman|chair|founder|president)\s+of\s+(?:the\s+)?$`)

// partiesLed records the body each person of the sentence is said to
// lead: "Gagik Tsarukyan, leader of the Prosperous Armenia party".
func (d *doc) partiesLed(s string, ms []mention) {
	for _, m := range ms {
		if m.actor == nil || m.actor.Kind != string(graph.Person) {
			continue
		}
		for _, o := range ms {
			if o.actor != nil && o.actor.Kind == string(graph.Organization) && o.start > m.end && leaderOfRE.MatchString(s[m.end:o.start]) {
				d.partyOf[m.actor.ID] = o.actor
				break
			}
		}
	}
}

// headRefRE is "the" and up to two lower-case words: "the strike
// committee", "the commission".
var headRefRE = regexp.MustCompile(`\b[Tt]he\s+((?:[a-z]+\s+){0,1}[a-z]+)\b`)

// bodyHeads are head nouns that, lower case after "the", stand for a
// body ("the committee"), unlike "the rally" or "the post".
var bodyHeads = []string{"committee", "commission", "council", "union", "party", "movement", "tribunal", "court", "confederation",
	"federation", "conference", "alliance", "coalition", "front", "league", "agency", "bank", "fund", "authority", "ministry",
	"service", "bureau", "directorate"}

// bodyHeadRE is one of bodyHeads, whole.
var bodyHeadRE = regexp.MustCompile(`^(?:` + strings.Join(bodyHeads, "|") + `)$`)

// bodyByHead finds a body the story has named in full, called again by
// its last words in lower case: "the National Strike Committee … the
// strike committee". Only a head noun that names one body of the story
// does so.
func (d *doc) bodyByHead(s, lower string, free func(int, int) bool, take func(mention)) {
	// Cheap test first: a head noun after a space.
	if !slices.ContainsFunc(bodyHeads, func(h string) bool { return strings.Contains(lower, " "+h) }) {
		return
	}
	for _, m := range headRefRE.FindAllStringSubmatchIndex(s, -1) {
		ref := s[m[2]:m[3]]
		if !bodyHeadRE.MatchString(lastWord(" "+ref)) || !free(m[2], m[3]) {
			continue
		}
		var found *actorDraft
		for _, a := range d.actors {
			name := strings.ToLower(a.Name)
			if a.Kind != string(graph.Organization) || !strings.Contains(name, " ") || !strings.HasSuffix(name, " "+ref) {
				continue
			}
			if found != nil {
				found = nil
				break
			}
			found = a
		}
		if found != nil {
			take(mention{actor: found, start: m[2], end: m[3]})
		}
	}
}

// itsPeopleRE opens a sentence with the people who act for a body named
// before: "Its leaders met", "Its negotiators walked out".
var itsPeopleRE = regexp.MustCompile(`^\W*(?:Its|Their)\s+(?:leaders|leadership|representatives|delegates|delegation|negotiators|members)\b`)

// itsPeople makes "Its leaders" that open a sentence the body the
// sentence before named last.
func (d *doc) itsPeople(s string, free func(int, int) bool, take func(mention)) {
	m := itsPeopleRE.FindStringIndex(s)
	if m == nil || d.cur == 0 || !free(m[0], m[1]) {
		return
	}
	var body *actorDraft
	best := -1
	for _, o := range d.mentions[d.cur-1] {
		if o.actor != nil && o.actor.Kind == string(graph.Organization) && o.start > best {
			body, best = o.actor, o.start
		}
	}
	if body != nil {
		take(mention{actor: body, start: m[0], end: m[1]})
	}
}

// outletNameRE is an outlet's name up to a parenthesis: "La Prensa (English
// edition)" is La Prensa.
var outletNameRE = regexp.MustCompile(`^\s*([^(]+?)\s*(?:\(|$)`)

// creditBeforeRE ends the words that open a credit: "(", "By the".
var creditBeforeRE = regexp.MustCompile(`(?:\(|^\W*[Bb]y\s+(?:the\s+)?)$`)

// ownOutlet finds the article's own outlet where the text names it ("one
// of them told The Meridian by phone"): the paper is an actor of what it
// reports doing.
func (d *doc) ownOutlet(s string, free func(int, int) bool, take func(mention)) {
	m := outletNameRE.FindStringSubmatch(d.a.Outlet)
	if m == nil || len(m[1]) < 3 {
		return
	}
	name := m[1]
	// An outlet's name is a proper name; "unknown", what an article
	// copied without its outlet gets, names no one ("unknown gunmen").
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsLower(r) {
		return
	}
	for _, at := range allIndexes(s, name) {
		end := at + len(name)
		if at > 0 && isLetter(s[at-1]) || end < len(s) && isLetter(s[end]) || !free(at, end) {
			continue
		}
		// "(Daily Ledger) -", "By the Review politics desk": a credit
		// names who wrote, not who acts.
		if creditBeforeRE.MatchString(s[:at]) || end < len(s) && s[end] == ')' {
			continue
		}
		if d.outlet == nil {
			d.outlet = d.actor(slug(name), name, graph.Organization, name)
		}
		take(mention{actor: d.outlet, start: at, end: end})
	}
}

// stateMediaRE is a state's broadcaster named by what it is, then a verb
// that makes it act: "State television has put the toll at 41".
var stateMediaRE = regexp.MustCompile(`\b[Ss]tate\s+(television|TV|media|broadcaster)\s+(?:has|have|had|said|says|reported|reports|put|puts|showed|shows|broadcast|aired|quoted|quotes|announced)\b`)

// stateMedia declares the state broadcaster of the story's country where
// it acts; "on state television" is only where something was said.
func (d *doc) stateMedia(s, lower string, free func(int, int) bool, take func(mention)) {
	c := d.lex.country(d.main)
	if c == nil || !strings.Contains(lower, "state ") {
		return
	}
	for _, m := range stateMediaRE.FindAllStringSubmatchIndex(s, -1) {
		end := m[3]
		if !free(m[0], end) {
			continue
		}
		kind := strings.ToLower(s[m[2]:m[3]])
		if kind == "tv" {
			kind = "television"
		}
		// "Iranian state media" in a story from Beijing: the demonym
		// before says whose.
		owner := c
		if w := words(s[:m[0]]); len(w) > 0 && strings.TrimSpace(s[w[len(w)-1].end:m[0]]) == "" {
			if q := d.demonymCountry(w[len(w)-1].text); q != nil {
				owner = q
			}
		}
		name := demonym(owner) + " state " + kind
		take(mention{actor: d.actor(slug(name), name, graph.Organization, s[m[0]:end]), start: m[0], end: end})
	}
}

// supportersOf declares the groups of "supporters of <person>": each
// of ofs holds where the word starts and ends and where the name may
// begin, and ms the names the sentence is known to hold.
func (d *doc) supportersOf(s string, ofs [][3]int, ms []mention, free func(int, int) bool, take func(mention)) {
	for _, o := range ofs {
		k := slices.IndexFunc(ms, func(m mention) bool {
			return m.actor != nil && m.actor.Kind == string(graph.Person) && m.start >= o[1] && m.start <= o[2] && (m.end > o[2] || roleRefRE.MatchString(strings.ToLower(s[m.start:m.end])))
		})
		if !free(o[0], o[1]) {
			continue
		}
		g := d.lex.groups[strings.ToLower(s[o[0]:o[1]])]
		if g.id == "opponents" && k < 0 {
			continue
		}
		if k < 0 {
			// "Supporters of the ruling party": no one's name follows.
			a := d.actor(g.id, g.name, graph.Group, s[o[0]:o[1]])
			a.group = g.id
			take(mention{actor: a, start: o[0], end: o[1]})
			continue
		}
		p := ms[k].actor
		// Named as "Bolsonaro supporters" is, so that both wordings
		// are one group.
		name := lastWord(p.Name) + " " + g.id
		a := d.actor(slug(name), name, graph.Group, s[o[0]:o[1]])
		a.group = g.id
		addAliases(a, upperFirst(g.id)+" of "+p.Name, strings.ToLower(s[o[0]:o[1]]))
		take(mention{actor: a, start: o[0], end: o[1]})
	}
}

// possessedParties makes "Tsarukyan's party" the party the story says
// the person leads, which then acts.
func (d *doc) possessedParties(s string, ms []mention) {
	for k, m := range ms {
		if m.actor == nil || m.actor.Kind != string(graph.Person) {
			continue
		}
		if _, poss := cutPossessive(s[m.start:m.end]); !poss {
			continue
		}
		if loc := partyNounRE.FindStringIndex(s[m.end:]); loc != nil && d.partyOf[m.actor.ID] != nil {
			ms[k] = mention{actor: d.partyOf[m.actor.ID], start: m.start, end: m.end + loc[1]}
		}
	}
}

// bodyRoles are the offices a body's name may qualify before the
// holder's name: "Solidarnosc chairman Piotr Duda".
var bodyRoles = map[string]bool{"leader": true, "chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "secretary-general": true, "head": true, "chief": true, "director": true}

// notBodyWordRE is a capitalised word before an office that names no
// body: it qualifies the office ("Deputy", "Former") or opens the
// sentence.
var notBodyWordRE = regexp.MustCompile(`^(?:Deputy|Former|Acting|Interim|Vice|Senior|Assistant|Then|New|Ex|Outgoing|Incoming|Party|Opposition|Union|Army|Military|Police|Government|State|Rebel|Protest|Student|Movement|Junta|Coup|Regional|Local|Provincial|National|Federal|Group|Campaign|Strike|Pro|Anti|Longtime|Veteran)$`)

// bodyBeforeRole declares the body whose unknown name (one to three
// capitalised words) stands right before a lower-case office and its
// holder's name: "Solidarnosc chairman Piotr Duda", "Fidesz spokesman
// Zoltan Kovacs". The body qualifies the person, who acts.
func (d *doc) bodyBeforeRole(s string, ws []word, at int, title string, free func(int, int) bool, take func(mention)) {
	if !bodyRoles[title] || s[at:at+len(title)] != title {
		return
	}
	i := slices.IndexFunc(ws, func(w word) bool { return w.start >= at }) - 1
	j := i
	for j >= 0 && i-j < 3 && capitalised(ws[j].text) && nameRE.MatchString(ws[j].text) && !calendarRE.MatchString(ws[j].text) &&
		!isRank(ws[j].text) && !notFirstNameRE.MatchString(ws[j].text) && !notBodyWordRE.MatchString(ws[j].text) &&
		strings.TrimSpace(s[ws[j].end:ws[j+1].start]) == "" && !strings.ContainsAny(s[ws[j].end:ws[j+1].start], "\n") {
		if _, poss := cutPossessive(ws[j].text); poss {
			break
		}
		j--
	}
	if j == i || i < 0 || ws[i+1].start != at && strings.TrimSpace(s[ws[i].end:at]) != "" {
		return
	}
	start, end := ws[j+1].start, ws[i].end
	name := s[start:end]
	if len(d.lex.lookup(name)) > 0 || d.isDemonym(ws[i].text) || d.bySurname(lastWord(name)) != nil || !free(start, end) {
		return
	}
	for _, w := range ws[j+1 : i+1] {
		if len(d.lex.lookup(w.text)) > 0 || d.isDemonym(w.text) {
			return
		}
	}
	take(mention{actor: d.actor(slug(name), name, graph.Organization, s[start:at+len(title)]), start: start, end: end, modifier: true})
}

// cutStance cuts "pro-" or "anti-" off a word whose rest is capitalised:
// "pro-Russian" is "Russian".
func cutStance(w string) (string, bool) {
	for _, p := range []string{"pro-", "anti-", "Pro-", "Anti-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && capitalised(rest) {
			return rest, true
		}
	}
	return w, false
}

// bareInstitutionRE is a state body named by its noun alone: "the
// presidency said", "supporters of the junta", "sent to Congress", "the
// Senate followed".
var bareInstitutionRE = regexp.MustCompile(`\b(?:(?:the|The)\s+(?:(?:former|ruling|military|new|national)\s+)?(presidency|junta|[Ss]enate|[Cc]ongress|central bank|ombudsman(?:’s|'s) office|[Tt]reasury)|(Senate|Congress))\b`)

// bareInstitutions declares the story's country's presidency, junta,
// senate or congress that the text names by its noun alone, as it does
// a bare government: "Ruritanian presidency", also "Presidency of
// Ruritania", "Ruritania presidency" and the noun itself.
func (d *doc) bareInstitutions(s string, free func(int, int) bool, take func(mention)) {
	if !strings.Contains(s, "residency") && !strings.Contains(s, "junta") && !strings.Contains(s, "enate") && !strings.Contains(s, "ongress") &&
		!strings.Contains(s, "central bank") && !strings.Contains(s, "mbudsman") && !strings.Contains(s, "reasury") {
		return
	}
	c := d.lex.country(d.main)
	if c == nil {
		return
	}
	for _, m := range bareInstitutionRE.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[2], m[3]
		if start < 0 {
			start, end = m[4], m[5]
		}
		if !free(start, end) || roleOfRE.MatchString(tail(s[:start], 40)) {
			continue
		}
		// "the US Congress", "Senate Foreign Relations Committee": a
		// capitalised word before or after makes another name.
		if w := words(s[:start]); len(w) > 0 && capitalised(w[len(w)-1].text) && strings.TrimSpace(s[w[len(w)-1].end:start]) == "" && !calendarRE.MatchString(w[len(w)-1].text) {
			continue
		}
		if w := words(s[end:]); len(w) > 0 && capitalised(w[0].text) && strings.TrimSpace(s[end:end+w[0].start]) == "" {
			continue
		}
		noun := strings.ToLower(s[start:end])
		name := demonym(c) + " " + noun
		// "the National Congress … Congress": the body the story named
		// in full before.
		if a := d.countryBody(c, noun); a != nil {
			take(mention{actor: a, start: start, end: end})
			continue
		}
		a := d.actor(slug(name), name, graph.Organization, s[start:end])
		addAliases(a, upperFirst(noun)+" of "+c.name, c.name+" "+noun, noun)
		mod := qualifiesNext(s[end:]) && !verbAfterRE.MatchString(s[end:])
		take(mention{actor: a, start: start, end: end, modifier: mod})
		d.relation("PART_OF", a.ID, c.id, "", s[start:end])
	}
}

// countryBody is the body of country c declared so far whose name ends
// in noun and says it is c's: "National Congress" with its alias
// "National Congress of Brazil".
func (d *doc) countryBody(c *entry, noun string) *actorDraft {
	for _, a := range d.actors {
		if a.Kind != string(graph.Organization) || !strings.HasSuffix(strings.ToLower(a.Name), " "+noun) {
			continue
		}
		if slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.HasSuffix(x, " of "+c.name) }) {
			return a
		}
	}
	return nil
}

// coordGroupRE joins a second word for a side to the first: "supporters
// and opponents (of the president)".
var coordGroupRE = regexp.MustCompile(`^\s+and\s+(?:supporters|opponents)\b`)

// joinedBefore declares the person whose name of two or three
// capitalised words stands before word i, joined by "and": "Iker Zabala
// and Ander Goikoetxea, the leaders of".
func (d *doc) joinedBefore(s string, ws []word, i int, free func(int, int) bool, take func(mention)) {
	if i < 3 || s[ws[i-1].start:ws[i-1].end] != "and" {
		return
	}
	for n := 3; n >= 2; n-- {
		j := i - 1 - n
		if j < 0 {
			continue
		}
		ok := true
		for k := j; k < i-1; k++ {
			w := ws[k].text
			ok = ok && capitalised(w) && nameRE.MatchString(w) && !calendarRE.MatchString(w) && !isRank(w) && len(d.lex.lookup(w)) == 0 &&
				!orgHeadRE.MatchString(w) && (k == j || s[ws[k-1].end:ws[k].start] == " ")
		}
		if !ok || s[ws[i-2].end:ws[i-1].start] != " " || !free(ws[j].start, ws[i-2].end) {
			continue
		}
		// Not the end of a longer run of capitalised words.
		if j > 0 && capitalised(ws[j-1].text) && s[ws[j-1].end:ws[j].start] == " " && !calendarRE.MatchString(ws[j-1].text) {
			return
		}
		name := s[ws[j].start:ws[i-2].end]
		take(mention{actor: d.person(name, nil, "", name), start: ws[j].start, end: ws[i-2].end})
		return
	}
}

// listRestRE is the next name of a list of capitalised names; bothRE
// says the list acts together: "(Berlin), Paris and London all said".
var (
	listRestRE = regexp.MustCompile(`^(?:,\s*|\s+and\s+|,\s+and\s+)\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?`)
	allBothRE  = regexp.MustCompile(`^(?:\s+(?:has|have|had))?\s+(?:all|both|each|too|also)\b`)
)

// afterList returns what follows a list of names that after opens, past
// "all" or "both": the verb the list shares.
func afterList(after string) string {
	rest, n := after, 0
	for n < 6 {
		m := listRestRE.FindStringIndex(rest)
		if m == nil {
			break
		}
		rest, n = rest[m[1]:], n+1
	}
	if m := allBothRE.FindStringIndex(rest); m != nil {
		return rest[m[1]:]
	}
	if n == 0 {
		return ""
	}
	return rest
}

// frontedInRE is "In" opening a sentence before a place.
var frontedInRE = regexp.MustCompile(`(?:^|[.!?]\s+|\n)\W*In\s+$`)

// pluralBody reports whether s holds a plural noun for bodies, a cheap
// test before bodyListRE.
func pluralBody(s string) bool {
	for _, w := range []string{"parties", "movements", "coalitions", "alliances", "blocs", "unions", "federations"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ledBody reports whether s may hold an office "of the" a body, a cheap
// test before bodyLedRE.
func ledBody(s string) bool {
	if !strings.Contains(s, " of the ") {
		return false
	}
	for _, w := range []string{"leader", "head", "founder", "chair", "president", "secretary", "spokes", "member"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// listPlaceRE finds a preposition of place between a plural noun for
// bodies and the names after it, which are then places.
var listPlaceRE = regexp.MustCompile(`\b(?:in|at|near|outside|inside|across|around|from|into|throughout)\b`)

package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
	// lits are words one of which a sentence must hold to match.
	lits []string
	// byOutlet is set for a trigger that tells an event only when the
	// article's own outlet does it: "The Review spoke to Ayala".
	byOutlet bool
	// verbs, when set, are words one of which the lower-cased sentence
	// must contain: a finer test than lits for a trigger whose verbs
	// begin as common words do ("overran" as "over").
	verbs []string
	// before, when set, must match the words of the trigger's clause
	// before it: "the Senate approved" is a chamber's vote, "the army
	// approved" is not.
	before *regexp.Regexp
	// unless, when set, must not match the sentence: "fans packed the
	// stadium for the final" is no rally.
	unless *regexp.Regexp
	// agentFirst is set for a trigger whose match opens with the doer's
	// noun, "gunmen stormed": a mention where the match begins is the
	// subject, not what follows the verb.
	agentFirst bool
}

// triggerStarts finds where each trigger may match (see startIndex).
var triggerStarts = newStartIndex(triggerPatterns(triggers))

func triggerPatterns(ts []trigger) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(ts))
	for i, t := range ts {
		out[i] = t.re
	}
	return out
}

// verbTrigger is a trigger of each verb followed by what must come after
// it, tried only on a sentence that holds one of the verbs.
func verbTrigger(typ graph.EventType, cameo string, verbs []string, after, subject, object string) trigger {
	t := tr(typ, cameo, eachVerb(verbs, after), subject, object)
	t.verbs = verbs
	return t
}

// agentFirst marks t as opening with its doer's noun.
func agentFirst(t trigger) trigger {
	t.agentFirst = true
	return t
}

func tr(typ graph.EventType, cameo, pattern, subject, object string) trigger {
	return trigger{typ: typ, cameo: cameo, re: regexp.MustCompile(`(?i)\b(?:` + pattern + `)\b`), subject: subject, object: object,
		lits: literals(pattern)}
}

// literals returns the words each alternative of a pattern begins with
// (at least three letters each), so that a sentence holding none of them
// is not searched; nil when an alternative begins with no such word.
func literals(pattern string) []string {
	var out []string
	start := 0
	alts := []string{}
	eachUnescaped(pattern, func(i, depth int) bool {
		if pattern[i] == '|' && depth == 0 {
			alts = append(alts, pattern[start:i])
			start = i + 1
		}
		return true
	})
	alts = append(alts, pattern[start:])
	for _, a := range alts {
		// An alternative that opens with a group that must match begins
		// with one of the group's alternatives: "(?:judged|deemed)\s+that".
		if end := groupEnd(a); end > 0 && (end+1 == len(a) || !strings.ContainsRune("?*{", rune(a[end+1]))) {
			inner := literals(a[3:end])
			if inner == nil {
				return nil
			}
			out = append(out, inner...)
			continue
		}
		n := 0
		for n < len(a) && (a[n] >= 'a' && a[n] <= 'z' || a[n] == ' ' || a[n] == '-') {
			n++
		}
		// A quantifier after the literal makes its last letter optional.
		if n < len(a) && strings.ContainsRune("?*{", rune(a[n])) && n > 0 {
			n--
		}
		if n < 3 {
			return nil
		}
		out = append(out, a[:n])
	}
	return out
}

// groupEnd returns the index of the ")" that closes a pattern opening
// with a non-capturing group "(?:", or -1.
func groupEnd(a string) int {
	if !strings.HasPrefix(a, "(?:") {
		return -1
	}
	end := -1
	eachUnescaped(a, func(i, depth int) bool {
		if a[i] == ')' && depth == 0 {
			end = i
			return false
		}
		return true
	})
	return end
}

// eachUnescaped calls visit with the index of each byte of a pattern
// that no backslash escapes, and the depth of groups after it, until
// visit returns false.
func eachUnescaped(pattern string, visit func(i, depth int) bool) {
	depth := 0
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			i++
			continue
		case '(':
			depth++
		case ')':
			depth--
		}
		if !visit(i, depth) {
			return
		}
	}
}

// triggers are checked in order; a sentence reports at most one event of
// each type.
var triggers = []trigger{
	// "was sworn in by the chairman of the Senate": who swears someone
	// in takes part; he is not inaugurated.
	tr(graph.Inauguration, "", `sworn\s+in\s+(?:\S+\s+){0,4}?by`, "inaugurated", "participant"),
	// "Sirisena swore in Mahinda Rajapaksa", "the judge swore Ouattara
	// in": a swearing-in is the taking of office, as the gold annotates
	// it four times in five, whoever administers the oath.
	// ("swore in Violeta Bermúdez as his prime minister" names her to
	// an office: an appointment, below.)
	{typ: graph.Inauguration, re: regexp.MustCompile(`\bsw(?:ore|ears)\s+in\b`), subject: "participant", object: "inaugurated", lits: []string{"swore", "swears"}, unless: sworeInAsRE},
	{typ: graph.Inauguration, re: regexp.MustCompile(`\bsw(?:ore|ears)\s+(?:\p{Lu}[\p{L}’'\-]+\s+){1,3}in\b`), subject: "participant", object: "inaugurated", lits: []string{"swore", "swears"}},
	tr(graph.Inauguration, "", `sworn in|inaugurated|inauguration|took the oath|sw(?:ore|ears|earing)\s+(?:himself|herself)\s+in`, "inaugurated", "inaugurated"),
	tr(graph.Loan, "071", `lend|lends|lent|loan|loans|credit lines?|lines of credit|currency swaps?|bailout|financial aid|economic aid|deposited|deposit|rolled over|disbursed|disburses`, "lender", "borrower"),
	// "Britain announced £20 million in new humanitarian funding", "had
	// made 33 million euros available": aid given, which a loan event
	// holds (CAMEO 070s) when an amount says what. Aid pledged with its
	// sum is one too, as the gold's writers annotate it ("pledged $20
	// million in humanitarian aid"); a loan promised is not.
	tr(graph.Loan, "070", `(?:announced|released|provided|gave|delivered|sent|approved|allocated|disbursed|granted|extended|pledged|pledges|committed)\s+(?:\S+\s+){0,5}?(?:aid|assistance|funding|grants?|credits?|financing|budget\s+support|financial\s+support|programmes?|programs?|arrangements?|facility|facilities)|made\s+(?:\S+\s+){1,5}?available`, "lender", "borrower"),
	// The present ("detains", "is detained") tells the past in timelines
	// and captions: "September 13: Amini is detained in Tehran".
	// "Zuma handed himself in to police": who gives himself up is
	// detained by whom he gives himself to.
	tr(graph.Arrest, "173", `(?:handed|hands|turned|turns|gave|gives)\s+(?:himself|herself|themselves)\s+(?:in|over|up)|(?:surrendered|surrenders)\s+to\s+(?:the\s+)?(?:police|authorities|soldiers|troops|army|prosecutors|court|ICC)`, "detainee", "detaining authority"),
	tr(graph.Arrest, "173", `arrested|arresting|(?:police|troops|soldiers|authorities|officers|agents)\s+(?:\S+\s+)?arrest|seized\s+(?:President|Prime\s+Minister|the\s+president|the\s+prime\s+minister|him|her|them)\b|detained|jailed|arrests|detentions|detain|detaining|detains|picked\s+(?:him|her|them)\s+up|under house arrest|confined\s+(?:\p{Lu}[\p{L}’'\-]+\s+){1,3}to\s+(?:his|her|their)\s+(?:home|house|residence|quarters|compound|villa|palace)|taken into custody|(?:took|takes|taking)\s+(?:\S+\s+){1,6}?into\s+custody|rounded up|picked up|taken in|remanded|ordered (?:him|her|them) held`, "detaining authority", "detainee"),
	// "Two journalists were among those detained": who is among the
	// detained is detained.
	{typ: graph.Arrest, cameo: "173", re: regexp.MustCompile(`(?i)\b(?:was|were)\s+among\s+(?:those|the\s+people|the\s+protesters|the\s+\S+)\s+(?:detained|arrested|held|rounded\s+up)\b`),
		subject: "detainee", object: "detaining authority", passive: true, lits: []string{"among"}, unless: reportedAmongRE},
	{typ: graph.Arrest, cameo: "173", re: regexp.MustCompile(`(?i)\b(?:was|were|been|being|had been|have been|is|are)\s+(?:\w+\s+)?(?:arrested|detained|jailed|seized|picked up|rounded up|taken into custody|confined\s+to\s+(?:his|her|their)\s+(?:home|homes|house|houses|residence|residences|quarters|compound|villa|palace)|held\s+(?:in\s+custody|in\s+(?:police|military)\s+custody|in\s+detention|incommunicado|without\s+charge|overnight|for\s+questioning|at\s+(?:a|the)\s+(?:police|military|detention)|by\s+(?:the\s+)?(?:police|soldiers|security|army|military)))\b`), subject: "detainee", object: "detaining authority", passive: true},
	tr(graph.Protest, "141", `protest|protests|protested|protesting|rally|rallies|addressed\s+(?:\S+\s+){0,3}?(?:supporters|crowds?|demonstrators)|rallied|march|marched|marches|demonstration|demonstrations|demonstrated|took to the streets|(?:poured|spilled|streamed|surged|flocked|returned|headed)\s+(?:back\s+)?(?:in|on)?to\s+the\s+streets|flooded\s+(?:into\s+)?(?:the\s+)?(?:streets|squares?|avenues?|plaza|boulevards?)|crowded into|packed\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:square|streets|avenue)|strike|strikes|went on strike|sit-in|sit-ins|staged\s+(?:a\s+|an\s+)?(?:\S+\s+)?(?:protests?|rall(?:y|ies)|sit-ins?|strikes?|walkouts?|demonstrations?|marches)|gathered|converged on|storms? (?:the|a|an)|walked off the job|walked out|downed tools|gathers? (?:in|at|outside|on|near)|blocked roads|(?:blocked|blocking|blockaded|barricaded)\s+(?:the\s+|a\s+|several\s+|major\s+|main\s+|key\s+|two\s+|three\s+)*(?:[\p{L}\-]+\s+){0,2}?(?:highways?|motorways?|roads?|bridges?|border\s+crossings?|intersections?|railway\s+lines?|rail\s+lines?|ports?)|stormed|mutinied|broke into|filled\s+(?:\S+\s+){0,2}?(?:streets|avenues|squares?|roads|boulevards)|joined (?:the\s+)?(?:(?:opposition|anti-government|pro-democracy|student|striking)\s+)?(?:protests?|protesters|demonstrators|demonstrations?|marches|march|marchers|rall(?:y|ies)|strikes?|sit-ins?|processions?|vigils?)|civil disobedience|walked out|walkout|demonstrate\s+(?:in|against|outside|at|near|on)|demonstrating|marching|camped|camping|drew\s+(?:\S+\s+)?crowds|set fire to|set (?:it|them) on fire|torched|looted|ransacked|burned|burnt|boycott|boycotted|boycotting|picketed|occupied|blockaded|hunger strike|(?:held|hold|holds|staged|stage)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,2}?vigils?|(?:banged|banging|bang)\s+(?:on\s+)?pots`, "protester", "target"),
	// "overran the president's residence", "invaded the Congress": a
	// crowd forcing its way into a seat of power. Only a building as
	// object: armies overrun towns and invade countries.
	verbTrigger(graph.Protest, "141", []string{"overran", "overrun", "invaded", "forced their way into", "forced its way into",
		"pushed their way into", "breached", "scaled the gates of", "scaled the walls of"},
		`(?:the\s+)?(?:[\p{L}’'\-]+\s+){0,4}?(?:residence|palace|parliament|congress|assembly|senate|building|buildings|headquarters|offices?|compound|ministry|court|legislature|state house|presidency|chamber)`, "protester", "target"),
	// "The decree drove the opposition into the streets", "the ruling
	// brought tens of thousands of people onto the highway": what
	// brings a crowd out is what it protests against.
	verbTrigger(graph.Protest, "141", []string{"brought", "brings", "bringing", "drove", "drives", "driven", "pushed", "propelled"},
		`(?:out\s+)?(?:\S+\s+){0,5}?`+crowdWords+`\s+(?:\S+\s+){0,2}?(?:out\s+)?(?:onto|into|on\s+to|to)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:streets?|squares?|highways?|roads?|avenues?|boulevards?)`, "target", "protester"),
	// "supporters of the junta packed the national stadium": a crowd
	// filling a venue rallies.
	{typ: graph.Protest, cameo: "141", re: regexp.MustCompile(`(?i)\b(?:packed|packing|thronged|thronging|crammed|jammed|filled|filling)\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,4}?(?:stadium|square|arena|esplanade|plaza|park|parade ground)\b`),
		subject: "protester", object: "target", lits: []string{"packed", "packing", "thronged", "thronging", "crammed", "jammed", "filled", "filling"}, before: crowdBeforeRE,
		unless: leisureRE},
	// "tens of thousands of marchers reached the gates", "Dozens of
	// anti-government demonstrators cheered them": a crowd of protesters
	// doing anything is a protest.
	{typ: graph.Protest, cameo: "141", re: regexp.MustCompile(`(?i)\b(?:(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds)|dozens|scores|crowds?|groups?|\d[\d,.]*(?:\s+(?:million|thousand))?)\s+(?:of\s+)?(?:[\p{L}\-]+\s+)?(?:marchers|protesters|demonstrators)\s+(?:(?:then|also|again|later|first|briefly)\s+)?\p{Ll}+ed\b`),
		subject: "protester", object: "target", lits: []string{"marchers", "protesters", "demonstrators"}, before: crowdOpensRE},
	// "students blocked three Danube bridges", "some 10,000 persons
	// assembled at the intersection": a crowd blocking a way or
	// massing; "was obstructed by demonstrators": a crowd doing it.
	{typ: graph.Protest, cameo: "141", re: regexp.MustCompile(`(?i)\b(?:blocked|blocking|blockaded|barricaded)\s+(?:\S+\s+){0,4}?(?:roads?|bridges?|interchanges?|highways?|motorways?|streets?|squares?|crossings?|railways?|rail\s+lines?|tracks|entrances?|ports?|roundabouts?|junctions?|avenues?|intersections?)\b|\b(?:assembled|massed|turned\s+out)\b`),
		subject: "protester", object: "target", lits: []string{"blocked", "blocking", "blockaded", "barricaded", "assembled", "massed", "turned"}, before: crowdBeforeRE},
	{typ: graph.Protest, cameo: "141", re: regexp.MustCompile(`(?i)\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:obstructed|blocked|surrounded|besieged|occupied|stormed|blockaded)\s+by\s+(?:\S+\s+){0,3}?(?:demonstrators|protesters|crowds?|marchers|students|supporters|rioters)\b`),
		subject: "target", object: "protester", passive: true, lits: []string{"obstructed", "blocked", "surrounded", "besieged", "occupied", "stormed", "blockaded"}},
	// "Hundreds of employees chanted 'Leave!'", "was jeered by workers":
	// a crowd shouting at someone protests.
	{typ: graph.Protest, cameo: "141", re: regexp.MustCompile(`(?i)\b(?:chanted|chanting|jeered|jeering|heckled|heckling|booed|booing)\b`),
		subject: "protester", object: "target", lits: []string{"chant", "jeer", "heckl", "booed", "booing"}, before: crowdBeforeRE},
	{typ: graph.Protest, cameo: "141", re: regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:jeered|heckled|booed|shouted\s+down)\s+by\b`),
		subject: "target", object: "protester", passive: true, lits: []string{"jeered", "heckled", "booed", "shouted"}},
	// "The ministry counted 80,000 marchers": a crowd counted marched.
	tr(graph.Protest, "141", `counted\s+(?:\S+\s+){0,4}?(?:marchers|protesters|demonstrators)`, "reporting authority", "protester"),
	{typ: graph.Violence, cameo: "175", re: regexp.MustCompile(`(?i)\b(?:was|were|been|being|had been|have been|is|are)\s+(?:\w+\s+)?(?:(?:\S+\s+){1,5}?and\s+)?(?:beaten|attacked|injured|wounded|killed|shot|assaulted|tortured|hurt|hospitali[sz]ed|treated in hospital|taken to hospital|shelled|bombed|raided|looted|dispersed|abducted|kidnapped|(?:hit|struck)\s+(?:in\s+the\s+\p{L}+\s+)?(?:by|with)\s+(?:a\s+|an\s+)?(?:tear[\s-]gas(?:\s+(?:grenade|canister|cartridge|shell)s?)?|rubber\s+bullets?|water\s+cannon|batons?|stones|live\s+rounds|bullets?|stun\s+grenades?|grenades?))\b|\bamong\s+(?:those|the\s+people|the\s+protesters)\s+(?:hit|hurt|injured|wounded|beaten|shot|tear-gassed)\b`), subject: "victim", object: "perpetrator", passive: true},
	// "Senegalese troops crossed into The Gambia": an armed force
	// entering a country.
	agentFirst(tr(graph.Violence, "190", `(?:troops|forces|soldiers|tanks|columns|units)\s+(?:\S+\s+){0,2}?(?:crossed|poured|rolled|advanced|pushed)\s+into`, "perpetrator", "victim")),
	// "Riot police stormed the campus", "troops raided the offices":
	// security forces breaking in use force.
	{typ: graph.Violence, cameo: "175", re: regexp.MustCompile(`(?i)\b(?:police(?:men)?|officers|troops|soldiers|security forces|gendarmes|guards|commandos|special forces|agents)\s+(?:\S+\s+)?(?:stormed|storm|storms|storming)\b`),
		subject: "perpetrator", object: "victim", verbs: []string{"storm"}, agentFirst: true},
	// "gunmen stormed a television studio": armed men break in;
	// "the soldiers looted hospitals": armed men plunder.
	agentFirst(tr(graph.Violence, "180", `(?:gunmen|militants|attackers|assailants|rebels|insurgents|jihadists)\s+(?:\S+\s+)?(?:stormed|raided|seized|overran|attacked)|(?:soldiers|troops|militiamen|militias|paramilitaries)\s+(?:\S+\s+)?(?:looted|ransacked|torched|burned|burnt|pillaged)`, "perpetrator", "victim")),
	tr(graph.Violence, "175", `clashed|clashes|(?:protesters|demonstrators|students|police|troops|soldiers|supporters|crowds|rioters|militants|rebels|forces|fighters)\s+(?:\S+\s+)?clash\s+with|beat|beaten|beating|kicked|kicking|batons|truncheons|live ammunition|threw stones|hurled stones|threw rocks|pelted|running battles|confrontations|skirmishes|death toll|deaths|(?:(?:has|have|had)\s+)?left\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost|up\s+to)\s+)?[\w,-]+\s+(?:(?:people|persons|civilians|protesters|demonstrators|students|officers|soldiers|others)\s+)?(?:dead|injured|wounded)|people\s+(?:have\s+|had\s+)?died|persons\s+(?:have\s+|had\s+)?died|protesters\s+(?:have\s+|had\s+)?died|demonstrators\s+(?:have\s+|had\s+)?died|students\s+(?:have\s+|had\s+)?died|civilians\s+(?:have\s+|had\s+)?died|officers\s+(?:have\s+|had\s+)?died|soldiers\s+(?:have\s+|had\s+)?died|have\s+died|has\s+died|had\s+died|fired on|fires? on|shoots?\s+dead|opened fire|opens fire|live fire|exchanged\s+(?:\S+\s+)?fire|traded\s+(?:\S+\s+)?fire|punches\s+were\s+thrown|came\s+to\s+blows|scuffled|scuffles|brawl|killed|kills|kill|killing\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|up\s+to\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|the|his|her|their|a|an|(?-i:\p{Lu})\p{L}*)\b|wounded|attacked|attacking|crackdown|tear gas|stun grenades|rubber bullets|water cannon|shot|broke up|dispersed|(?:cleared|clears)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?(?:park|square|camp|encampment|sit-in|protest\s+site|barricades|roadblocks|streets|occupation)|raided|raid|fighting|abducted|kidnapped|assassinated|stabbed|bombed|shelled|air ?strikes?|(?:missile|drone|rocket|artillery|mortar)\s+(?:and\s+(?:missile|drone|rocket|artillery)\s+)?(?:strikes?|attacks?|barrages?)|shelling`, "perpetrator", "victim"),
	// "the bodies of three people were found", "was found dead": a
	// death, whoever caused it; who was found is its victim.
	tr(graph.Violence, "175", `bod(?:y|ies)\s+(?:of\s+(?:\S+\s+){1,4}?)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:found|discovered|recovered)`, "victim", "victim"),
	tr(graph.Violence, "175", `(?:was|were|has\s+been|have\s+been|had\s+been)\s+found\s+dead`, "victim", "perpetrator"),
	// "welcomed Modi at the White House": a name or a pronoun, then where.
	{typ: graph.Visit, cameo: "043", re: regexp.MustCompile(`\b(?:[Ww]elcomed|[Rr]eceived)\s+(?:(?:him|her|them)\s+|(?:\p{Lu}[\p{L}\-’']+\s+){1,4})(?:at|in|to)\b`),
		subject: "host", object: "visitor", lits: []string{"welcomed", "received"}},
	tr(graph.Visit, "042", `visited|visits|visit to|arrived in|arrives in|landed in|lands in|travelled to|traveled to|travels to|flew to|flies to|flew into|flies into|toured|tours|(?:trip|journey)\s+to`, "visitor", "host"),
	// "flew on an air force plane to Malé", "boarded a Saudi Arabian
	// Airlines flight to Singapore": a trip told by its means.
	{typ: graph.Visit, cameo: "042", re: regexp.MustCompile(`\b(?:[Ff]lew|[Ff]lown|[Tt]ravell?ed|[Bb]oarded)\s+(?:[^\s.;,]+\s+){1,6}?to\s+\p{Lu}`), unless: homeTripRE,
		subject: "visitor", object: "host", lits: []string{"flew", "flown", "travel", "boarded"}},
	// "Zuma sent his defence minister to Harare": envoys visit on their
	// sender's behalf.
	tr(graph.Visit, "042", `sent\s+(?:\S+\s+){0,5}?(?:envoys?|ministers?|delegations?|mediators?|emissar(?:y|ies)|representatives?|negotiators)\s+to`, "visitor", "host"),
	tr(graph.Meeting, "041", `(?:spoke|spoken|speaks|held\s+(?:a\s+)?(?:tele)?phone\s+talks) (?:by (?:tele)?phone )?with|(?:spoke|spoken|talked)\s+(?:to|with)\s+(?:\S+\s+){1,4}?(?:by|on\s+the)\s+(?:tele)?phone|(?:tele)?phone (?:call|conversation) with|telephoned|phoned|(?:spoke|talked|conferred)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|(?:video|phone)\s+(?:call|conference|link|talks)\s+with|(?:spoke|talked)\s+(?:to|with)\s+(?:\S+\s+){1,4}?by\s+video(?:\s+link)?`, "participant", "participant"),
	// "He received union leaders at the palace", "Zagreb hosted the
	// talks": who receives or hosts is the host, whoever the place is.
	{typ: graph.Meeting, cameo: "043", re: regexp.MustCompile(`(?i)\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:received|hosted)\s+by\b`), subject: "visitor", object: "host", passive: true},
	{typ: graph.Meeting, cameo: "043", re: regexp.MustCompile(`(?i)\b(?:hosted|received)\b`), subject: "host", object: "visitor", lits: []string{"hosted", "received"},
		unless: tallyReceivedRE},
	tr(graph.Meeting, "040", `met|meet|meets|meeting|talks|summit|held talks|holds talks|sat down (?:together|with)|conferred with|dialogue|negotiations`, "participant", "participant"),
	// "He sat with Burhan and with Hamdok", "went to see Hamdok at the
	// residence", "had a long session with the Russian president".
	tr(graph.Meeting, "040", `discussed|discussing|sat\s+with|went\s+to\s+see|(?:had|held)\s+(?:a|an)\s+(?:\S+\s+){0,2}?(?:session|conversation|discussion|audience)\s+with`, "participant", "participant"),
	// "Muizzu called on President Droupadi Murmu at Rashtrapati
	// Bhavan": a call paid somewhere, not a call to do something;
	// "summoned the Chinese ambassador": a meeting the host orders.
	{typ: graph.Meeting, cameo: "042", re: regexp.MustCompile(`\bcalled\s+on\s+(?:\p{Lu}[\p{L}’'\-]+\s+){1,5}(?:at|in)\s+\p{Lu}`), subject: "visitor", object: "host", lits: []string{"called"}},
	{typ: graph.Meeting, cameo: "043", re: regexp.MustCompile(`(?i)\bsummon(?:ed|s)\s+(?:the|its|their|a)\s+(?:\S+\s+){0,3}?(?:ambassador|envoy|charg[ée]\s+d'affaires|diplomat)`), subject: "host", object: "visitor", lits: []string{"summon"}},
	tr(graph.Election, "", `election|elections|vote|voted|ballot|referendum|polls|runoff|run-off|runoffs|rerun|re-run|elected\s+(?:(?:president|prime\s+minister|mayor|premier|speaker|chancellor|governor|leader)\s+)?in\s+(?:19|20)\d\d|(?:was|were|been|is|being)\s+(?:\p{Ll}+\s+)?elected\s+(?:as\s+)?(?:the\s+)?(?:new\s+|first\s+)?(?:president|prime\s+minister|premier|mayor|speaker|chancellor|governor|leader)|won\s+the\s+presidency`, "candidate", "candidate"),
	// "beat Yildirim by 13,000 votes", "won by more than 800,000 votes".
	tr(graph.Election, "", `(?:beat|beats|defeated|defeats)\s+(?:\S+\s+){1,5}?by\s+`+voteMargin+`|won\s+by\s+`+voteMargin, "winner", "candidate"),
	// "won a fourth consecutive term", "was re-elected in April 2022",
	// "came first with 51 seats", "emerges as the largest party": a
	// result tells the vote.
	tr(graph.Election, "", `won\s+(?:a|an|his|her|their|its)\s+(?:\S+\s+){0,2}?(?:term|mandate)|re-?elected|came\s+first|(?:led|leads|topped|tops|won|wins)\s+the\s+first\s+round|(?:emerged?|emerges|emerging)\s+as\s+the\s+(?:largest|biggest|strongest)\s+(?:party|force|bloc)`, "candidate", "candidate"),
	// "Turnout in Thursday's poll", "the presidential poll": "poll"
	// alone is as often a survey of opinion, so only a day's or an
	// election's qualifier makes it a vote.
	{typ: graph.Election, re: regexp.MustCompile(`(?i)\bpoll\b`), subject: "candidate", object: "candidate", lits: []string{"poll"}, before: pollBeforeRE},
	// "parliament elected him with 134 votes": a chamber's ballot for a
	// person, told by its tally.
	{typ: graph.Election, re: regexp.MustCompile(`(?i)\b(?:chose|elected|picked)\s+(?:him|her|(?-i:\p{Lu}[\p{L}’'\-]+)(?:\s+(?-i:\p{Lu}[\p{L}’'\-]+)){0,3})\s+(?:with|by)\s+\d+\s+votes\b`),
		subject: "organizer", object: "candidate", lits: []string{"chose", "elected", "picked"}, before: chamberBeforeRE},
	// "Congress chose Francisco Sagasti as its new president": a chamber
	// electing someone to an office holds an election.
	{typ: graph.Election, re: regexp.MustCompile(`(?i)\b(?:chose|elected|picked|voted\s+in)\s+(?:[^\s.;]+\s+){1,24}?as\s+(?:its\s+|the\s+|the\s+country's\s+)?(?:new\s+|interim\s+)?(?:president|head\s+of\s+state|prime\s+minister|speaker|premier)\b`),
		subject: "organizer", object: "candidate", lits: []string{"chose", "elected", "picked", "voted"}, before: chamberBeforeRE},
	// "was placed under sanctions by the United States": the subject is
	// sanctioned.
	{typ: graph.Sanction, cameo: "163", re: regexp.MustCompile(`(?i)\b(?:was|were|been|being|had been|have been|is|are)\s+(?:\w+\s+)?(?:sanctioned|blacklisted|suspended\s+from|(?:placed|put)\s+under\s+sanctions|hit\s+with\s+sanctions|targeted\s+(?:by|with)\s+sanctions)\b`),
		subject: "sanctioned party", object: "sanctioning party", passive: true},
	tr(graph.Sanction, "163", `sanctions|sanctioned|imposed sanctions|(?:imposed|imposes)\s+(?:\S+\s+){0,2}?(?:measures|penalties|restrictions|tariffs|an?\s+embargo)\s+(?:on|against)|asset freezes?|travel bans?|visa\s+(?:bans?|restrictions)|suspending (?:passenger )?flights|banned imports|embargo|blacklisted|suspend(?:ed|s|ing)\s+(?:\S+\s+){0,3}?(?:aid|assistance|membership|flights|cooperation|imports|exports|funding|loans|budget support|disbursements|payments|grants|financing)|(?:froze|frozen|freezes|paused|halted|cut\s+off)\s+(?:\S+\s+){0,3}?(?:assets|payments|aid|assistance|disbursements|funding|loans)|(?:withheld|withholds|withholding)\s+(?:\S+\s+){0,6}?(?:aid|assistance|budget\s+support|disbursements|funding|loans|payments|grants)|suspended\s+(?-i:\p{Lu}\p{Ll}+)\s+(?:from|until|over|on|in|after|for)|froze\s+(?:\S+\s+){0,3}?assets|(?:expelled|expels|expelling)\s+(?:\S+\s+){0,2}?(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|charg[eé]\s+d['’]affaires)|(?:closed|closes|shut)\s+(?:its|their|the)\s+(?:\S+\s+)?(?:borders?|frontiers?|airspace)\s+(?:with|to)|revoked\s+(?:the\s+)?(?:\S+\s+)?visas?|banned\s+(?:\S+\s+){1,6}?from\s+entering|added\s+(?:\S+\s+){1,6}?to\s+(?:its|their|the)\s+(?:\S+\s+)?(?:sanctions?|black|entity)\s*list`, "sanctioning party", "sanctioned party"),
	// "ECOWAS suspends Mali.", "suspended Sudan, a step": a body
	// suspending a state, the sentence or clause ending there (tr's
	// closing \b would need a letter after the stop).
	{typ: graph.Sanction, cameo: "163", re: regexp.MustCompile(`(?i)\bsuspend(?:ed|s)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:from|until|over|on|in|after|for)\b|\s*[,.;]|$)`),
		subject: "sanctioning party", object: "sanctioned party", lits: []string{"suspend"}},
	// "France halted development aid", "Nigeria cut power exports": a
	// state withholding what it gave is a sanction.
	verbTrigger(graph.Sanction, "163", withheldVerbs, withheldWhat, "sanctioning party", "sanctioned party"),
	// "Egypt brokered a ceasefire between Israel and Hamas", "a truce
	// brokered by Qatar": who brokers organises what others sign.
	{typ: graph.Agreement, cameo: "057", re: regexp.MustCompile(`(?i)\bbrokered\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:ceasefire|truce|deal|agreement|accord|pact)\b`),
		subject: "organizer", object: "signatory", lits: []string{"brokered"}},
	{typ: graph.Agreement, cameo: "057", re: regexp.MustCompile(`(?i)\b(?:ceasefire|truce|deal|agreement|accord|pact)\s+(?:was\s+|had\s+been\s+)?brokered\s+by\b`),
		subject: "signatory", object: "organizer", passive: true, lits: []string{"ceasefire", "truce", "deal", "agreement", "accord", "pact"}},
	tr(graph.Agreement, "057", `(?:signed|signs|sign|inked|inks|initialled|initialed|initials) (?:an? |the )?(?:\S+ )?(?:agreements?|ceasefire|truce|accords?|treaty|treaties|deals?|pacts?|memorandum|memorandums|contracts?)|agreements?|accords?|treaty|treaties|peace deal|memorandum of understanding|(?:agreed|agrees|agree)\s+(?:\S+\s+){0,3}?to\s+(?:restore|resume|normali[sz]e|re-?establish|establish|set\s+up|create|end|halt|stop|form|extend|reopen|exchange|swap|withdraw|pull\s+back|cease|share|release|free|hold\s+talks|open\s+talks|begin\s+talks|start\s+talks)|agreed\s+(?:a|an|the)\s+(?:\S+\s+)?(?:ceasefire|truce|deal|pact|accord)|(?:agreed|agrees|agree)\s+(?:\S+\s+){0,3}?(?:on|to)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:ceasefire|truce|deal|pact|compromise|(?:prisoner\s+)?(?:exchange|swap)|timetable|roadmap|road\s+map|framework|settlement)|(?:reached|reach|reaches|clinched|sealed|hammered\s+out|concluded)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:ceasefire|truce|deal|pact|compromise)|(?:the\s+two\s+(?:sides|parties|governments|countries|camps|delegations)|both\s+sides|the\s+parties)\s+(?:\S+\s+){0,2}?agreed\s+(?:on|to|that)|(?:was|were)\s+signed\s+by|struck\s+(?:a|an)\s+(?:\S+\s+)?(?:deal|agreement|pact|bargain)|signed\s+off\s+on|adopted\s+(?:a|an|the)\s+joint\s+(?:\S+\s+)?(?:vision|statement|declaration|communiqu[eé]|plan)|agreed\s+with\s+(?:\S+\s+){1,4}?(?:to|on)\s`, "signatory", "signatory"),
	// "Musa received congratulations from Xi Jinping": who receives them
	// is congratulated by whom they come from.
	tr(graph.Congratulate, "018", `(?:received|receives|receiving)\s+(?:\S+\s+){0,2}?congratulations\s+(?:\S+\s+){0,3}?from`, "addressee", "speaker"),
	tr(graph.Congratulate, "018", `congratulated|congratulates|congratulate|congratulations`, "speaker", "addressee"),
	// "the president named X, a former adviser, to run the ministry",
	// "named X in his place", "to replace him", "a decree naming X as
	// prime minister": who names is the announcer.
	tr(graph.Appointment, "", `(?:named|naming)\s+(?:\S+\s+){1,12}?(?:to\s+(?:run|head|lead|replace|succeed)|in\s+(?:his|her|their)\s+place|as\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:new\s+|acting\s+|interim\s+)?(?:president|prime minister|premier|chancellor|speaker|leader|head|chief|minister|governor|commander))`, "announcer", "appointee"),
	tr(graph.Appointment, "", `appointed|appoints|named as|nominated|nominates|took office|(?:assumed|assumes|assuming)\s+(?:the\s+)?office|assumed power|assumed the presidency|assumed presidential powers|declared\s+(?:himself|herself)\s+(?:the\s+)?(?:new\s+|interim\s+|acting\s+|transitional\s+)?(?:president|leader|head|ruler|prime\s+minister|chief|emperor|king)|became president|became interim president|became acting president|(?:was|were|been)\s+(?:named|chosen|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?(?:president|prime minister|premier|chancellor|speaker|leader|head)|confirmed\s+(?:\S+\s+){1,3}?as\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?(?:president|prime minister|premier|chancellor|speaker|leader|head)|(?:power|powers)\s+(?:had\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:handed|passed|pass|transferred)\s+to`, "appointee", "announcer"),
	// "fired Police Minister Bheki Cele", "fired his interior minister":
	// fired an office holder, not fired on or at one.
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\bfire[sd]\s+(?:(?:his|her|its|their|the)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:prime\s+minister|minister|premier|chief|head|director|governor|commander|ambassador|spokes(?:man|woman|person)|cabinet|government)\b`),
		subject: "speaker", object: "addressee", lits: []string{"fired", "fires"}, unless: firedAtRE},
	// "Rajoelina sacked his energy minister", "was dismissed as
	// interior minister": a dismissal is a statement of whoever
	// dismisses, about whom it dismisses, as the gold annotates it.
	tr(graph.Statement, "010", `sacked|sacks|dismissed\s+(?:(?:his|her|its|their|the)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:prime\s+minister|minister|premier|chief|head|director|governor|commander|ambassador|cabinet|government)`, "speaker", "addressee"),
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:was|were|been)\s+(?:removed|dismissed|sacked|ousted|fired)\s+as\b`), subject: "addressee", object: "speaker", passive: true},
	// "installed General Pikulas as chief of staff", "made him minister
	// of housing": who names is the announcer.
	{typ: graph.Appointment, re: sworeInAsRE, subject: "announcer", object: "appointee", lits: []string{"swore", "swears"}},
	tr(graph.Appointment, "", `installed\s+(?:\S+\s+){1,5}?as|(?:named|makes|made|appointed)\s+(?:him|her)\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:president|prime\s+minister|premier|chancellor|speaker|head\s+of\s+state)|made\s+(?:him|her)\s+(?:\S+\s+)?(?:minister|prime\s+minister|premier|head|chief|ambassador|governor|commander)`, "announcer", "appointee"),
	// "Mudavadi was named foreign minister", "Ruto named Mudavadi
	// foreign minister": an office after the name.
	tr(graph.Appointment, "", `(?:was|were|has\s+been|had\s+been)\s+(?:named|designated)\s+(?:as\s+)?(?:the\s+)?(?:country's\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:`+officeWords+`|head\s+of\s+state|head\s+of\s+government)`, "appointee", "announcer"),
	// "the council chose Nuri Aslan as acting mayor", "tapped Ahmed Musa
	// to be finance minister", "she was picked as party leader": a
	// choice of someone for an office is an appointment.
	tr(graph.Appointment, "", `(?:chose|picked|tapped|selected)\s+`+nameApposed+`(?:as|to\s+be|to\s+serve\s+as)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?`+officeWords, "announcer", "appointee"),
	tr(graph.Appointment, "", `(?:was|were|has\s+been|had\s+been)\s+(?:chosen|picked|tapped|selected)\s+(?:as|to\s+be|to\s+serve\s+as)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?`+officeWords, "appointee", "announcer"),
	tr(graph.Appointment, "", `(?:named|designated|names|designates|reappointed|reappoints)\s+`+nameApposed+`(?:as\s+)?(?:the\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:`+officeWords+`|head\s+of\s+state|head\s+of\s+government)`, "announcer", "appointee"),
	// "took over as acting president": who takes an office over is
	// appointed to it, by whom the clause may not say.
	tr(graph.Appointment, "", `(?:took|takes|taking)\s+over\s+as\s+(?:the\s+)?(?:country's\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:`+officeWords+`|head\s+of\s+state|head\s+of\s+government)`, "appointee", "announcer"),
	// "He was replaced the same day by Euclid Tsakalotos": the one
	// replaced is what the appointment is about. "Smailov becomes
	// acting prime minister", "she became prime minister".
	tr(graph.Appointment, "", `(?:was|were)\s+replaced\s+(?:\S+\s+){0,3}?by`, "subject", "appointee"),
	// "Omar Karami replaces him": after a resignation told, who replaces
	// the one who left is appointed.
	tr(graph.Appointment, "", `(?:replaced|replaces|succeeded|succeeds)\s+(?:him|her)\b`, "appointee", "subject"),
	// "Ahmed Musa replaced Ali Hassan as finance minister", "succeeded
	// him as party leader": who replaces is appointed.
	tr(graph.Appointment, "", `(?:replaced|replaces|succeeded|succeeds)\s+(?:(?:him|her)\s+|`+nameApposed+`)as\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:new\s+|acting\s+|interim\s+|caretaker\s+)?(?:[\p{L}\-]+\s+){0,2}?`+officeWords, "appointee", "subject"),
	// "Kem Sokha was elected to replace him": a body's choice of a
	// successor.
	tr(graph.Appointment, "", `(?:was|were|been)\s+(?:\S+\s+)?(?:elected|chosen|picked|voted\s+in)\s+to\s+(?:replace|succeed)`, "appointee", "subject"),
	tr(graph.Appointment, "", `becomes\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?(?:president|prime\s+minister|premier|chancellor|speaker|head\s+of\s+state)|became\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?(?:prime\s+minister|premier|chancellor|speaker|head\s+of\s+state)`, "appointee", "announcer"),
	tr(graph.Interview, "", `interview|told reporters in an interview`, "interviewee", "interviewer"),
	// "With me from Khartoum is Dr Amna Osman Idris", "Joining me in
	// the studio is": a broadcast's guest, interviewed.
	tr(graph.Interview, "", `(?:with|joining)\s+me\s+(?:\S+\s+){0,6}?(?:is|are)`, "interviewer", "interviewee"),
	// "The Highland Review spoke on Friday to Veronica Ayala": the
	// paper speaking to someone interviews them.
	{typ: graph.Interview, re: regexp.MustCompile(`(?i)\b(?:spoke|talked|speaks|talks)\s+(?:\S+\s+){0,3}?(?:to|with)\b`), subject: "interviewer", object: "interviewee",
		lits: []string{"spoke", "talked", "speaks", "talks"}, byOutlet: true},
	tr(graph.Debate, "", `debate|debated`, "participant", "participant"),
	// "the Senate approved the request by 214 votes to 47", "80
	// deputies voted to dismiss the president", "parliament held an
	// extraordinary session": a chamber deciding on a measure debates.
	// A chamber's ballot for a person is an election (below).
	{typ: graph.Debate, re: regexp.MustCompile(`(?i)\b(?:(?:removed|ousted|impeached)\s+(?:\S+\s+){0,4}?from\s+(?:office|power)|impeached|voted\s+(?:(?:on|last|this|late|early)\s+\S+\s+)?(?:(?:overwhelmingly|unanimously|narrowly)\s+)?(?:\d+\s*(?:-|–|to)\s*\d+\s+)?(?:to\s+\p{Ll}+|(?:for|against|on|in\s+favou?r\s+of)\s+(?:(?:a|an|the|its|his|her|their|both|two)\s+)?(?:\S+\s+){0,2}?` + measureWords + `)|(?:approved|approves|passed|passes|adopted|adopts|backed|backs|rejected|rejects|endorsed|endorses|ratified|ratifies|overturned|overturns),?\s+(?:\S+\s+){0,8}?` + measureWords + `|held\s+(?:a|an)\s+(?:\S+\s+)?(?:session|sitting)|(?:met|convened)\s+(?:in\s+)?(?:a|an)\s+(?:extraordinary|emergency|special|closed|urgent)\s+(?:session|sitting))\b`),
		subject: "host", object: "subject", lits: []string{"voted", "removed", "ousted", "impeached", "approv", "pass", "adopt", "back", "reject", "endors", "ratif", "overturn", "held", "met", "conven"},
		before: chamberBeforeRE},
	// "The UN Security Council adopted a resolution condemning the
	// coup": a body that is no chamber passing a text states it (a
	// chamber's vote is a debate, above).
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:adopted|adopts|approved|approves|passed|passes|issued|issues)\s+(?:a|an|the|its)\s+(?:\S+\s+){0,2}?(?:resolution|declaration|communiqu[eé])\b`),
		subject: "speaker", object: "subject", lits: []string{"adopt", "approv", "pass", "issue"}, before: nonChamberBeforeRE},
	// "The arrest was condemned by the bar association": who condemns
	// speaks; what is condemned is the subject.
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:condemned|critici[sz]ed|denounced|welcomed|praised|rejected|dismissed|hailed|announced|declared|revealed|confirmed|read\s+out)\s+(?:(?:on|the|this|that|last|following|next|same|late|early|in|at)\s+(?:\S+\s+){0,2}?)?by|(?:decree|statement|declaration|communiqu[eé]|ultimatum|warning|appeal)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:issued|published|read\s+out|released|broadcast)\s+by|dr[ae]w\s+(?:\w+\s+)?(?:condemnation|criticism|praise|protests?|rebukes?)\s+from)\b`),
		subject: "subject", object: "speaker", passive: true},
	// "The military denied that any soldier had threatened Nasheed",
	// "the Kremlin denied any involvement": a denial is a statement
	// (CAMEO 016); what it denies gets no event. ("was denied bail" is
	// a refusal suffered, no statement.)
	{typ: graph.Statement, cameo: "016", re: regexp.MustCompile(`(?i)\b(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:(?:on|late\s+on|earlier\s+on)\s+\p{Lu}\p{Ll}+\s+|again\s+|flatly\s+)?(?:that\b|(?:(?:any|all|both|the|these|those|such|its|his|her|their|a|an)\s+)?(?:\S+\s+){0,2}?(?:involvement|role|responsibility|charges?|accusations?|allegations?|claims?|reports?|suggestions?|wrongdoing|link|links|part))`),
		subject: "speaker", object: "subject", lits: []string{"denied", "denies", "rejected", "rejects", "dismissed", "dismisses"}, unless: deniedPassiveRE},
	tr(graph.Statement, "010", `warned|urged|apologi[sz]ed|apologi[sz]es|called on|called for|insists|described|accuses|urges|warns|tells|blames|vows|demands|condemns|calls on|calls for|condemned|denounced|accused|vowed|promised|demanded|defended|announced|annulled|cancell?ed|canceled|overturned|ordered|declared|insisted|rejected|criticised|criticized|told|said|says|say|unveiled|unveils|announces|resigned|resigns|stepped down|steps down|quits\s+as|quit|(?:gave|gives)\s+up\s+(?:his|her)\s+(?:post|job|seat|office|portfolio)|offered\s+(?:\S+\s+){0,5}?to\s+(?:resign|step\s+down|quit)|(?:offered|tendered|handed\s+in|handed|submitted)\s+(?:(?:\p{Lu}[\p{L}\-]+\s+){1,3}|(?:the\s+)?(?:president|king|speaker|parliament|congress)\s+)?(?:his|her|their|its)\s+resignation|described|dismissed|addressed|assured|pledged|claimed|blamed|reported|suggested|backed|asked|threatened|posted|issued (?:a |an |similar )?(?:\S+\s+)?statements?|recogni[sz]ed|welcomed|praised|hailed|hails|lauded|applauded|thanked|acknowledged|admitted|confirmed|stated|tweeted|wrote|appealed|called (?:the|it|him|her|them)|called (?:a|an)\s+(?:\S+\s+){0,4}?(?:strikes?|protests?|rall(?:y|ies)|marches|march|boycott|demonstrations?|walkouts?|sit-ins?|day of)|calling (?:the|it|him|her|them|\p{Lu}\p{L}+)|imposed (?:a |an )?(?:\S+\s+)?(?:curfews?|state of emergency|martial law|lockdown)|(?:sent|sends|delivered|delivers|lodged|lodges|handed|hands)\s+(?:a|an)\s+(?:\S+\s+)?(?:letter|note|notice|message)\s+of\s+protest|(?:certified|certifies)\s+(?:\S+\s+){0,3}?(?:victory|win|results?|election|vote|count|tally)|(?:spoke|speaks)\s+(?:(?:live|briefly|again)\s+)?(?:on|to)\s+(?:national\s+|state\s+|public\s+)?(?:television|TV|radio|the\s+nation)`, "speaker", "addressee"),
	// "went on state television to announce", "took to social media to
	// deny", "calls in a televised speech for": saying through a medium.
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:(?:went|goes|appeared|appears|took|takes)\s+(?:on|to)\s+(?:state\s+|national\s+|public\s+|local\s+)?(?:television|tv|radio|the\s+airwaves|social\s+media|twitter|facebook|telegram|instagram)\s+to\s+\p{Ll}+|call(?:s|ed)\s+(?:in|on|during|through)\s+(?:a|an|the|his|her|its|their)\s+(?:\S+\s+){0,2}?(?:speech|statement|address|interview|letter|broadcast|post|video|message)\s+for)\b`),
		subject: "speaker", object: "addressee", lits: []string{"went", "goes", "appeared", "appears", "took", "takes", "calls", "called"}},
	// "dissolved the National Assembly", "invoked the Emergencies Act",
	// "signed a decree", "withdrew the reform", "lifted the ban": what a
	// ruler or a body decides is announced, a statement of its stand
	// (the gold sets annotate such acts as statements).
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:dissolv(?:ed|es|ing)\s+(?:the\s+|his\s+|its\s+|her\s+)?(?:\S+\s+){0,3}?(?:parliament|assembly|government|cabinet|congress|legislature|house|council|senate|party|commission)|(?:suspended|suspends|prorogued|prorogues|adjourned|adjourns)\s+(?:the\s+)?(?:parliament|assembly|congress|legislature|constitution|house)|invok(?:ed|es|ing)\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,2}?(?:act|law|article|clause|powers|emergency|provisions?)|(?:signed|signs|issued|issues|published|publishes)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:decree|gazette|executive\s+order|order|proclamation|ordinance)|(?:withdrew|withdraws|scrapped|scraps|repealed|repeals|revoked|revokes|shelved|shelves|rescinded|rescinds|dropped|drops)\s+(?:the|his|its|her|their|a)\s+(?:\S+\s+){0,3}?(?:reform|bill|law|decree|plan|measure|tax|taxes|increase|increases|decision|order|ban|proposal|legislation|amendment)|(?:lifted|lifts|ended|ends|extended|extends)\s+(?:the|a|an|its)\s+(?:\S+\s+){0,2}?(?:curfew|state\s+of\s+emergency|ban|martial\s+law|lockdown|blockade)|(?:curfew|state\s+of\s+emergency|martial\s+law)\s+(?:was|were|had\s+been|has\s+been)\s+(?:imposed|declared|lifted|extended)|(?:postponed|postpones|delayed|delays|called\s+off|calls\s+off|put\s+off|puts\s+off)\s+(?:the|a|an|his|her|its|their|this|next)\s+(?:\S+\s+){0,3}?(?:elections?|vote|referendum|polls?|summit|talks|visit|trip|meeting|session|ceremony|inauguration|strikes?|protests?|march|rally|boycott|walkout|sit-in|blockade))\b`),
		subject: "speaker", object: "subject", lits: []string{"dissolv", "suspended", "suspends", "prorogu", "adjourn", "invok", "signed", "signs", "issued", "issues", "published", "publishes", "withdr", "scrap", "repeal", "revok", "shelv", "rescind", "dropp", "drops", "lifted", "lifts", "ended", "ends", "extend", "curfew", "state", "martial", "postpone", "delay", "called", "calls", "put", "puts"}},
	// "prosecutors opened an investigation into the mayor", "the
	// governor banned all demonstrations": a body's decision is its
	// statement.
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:(?:opened|opens|launched|launches)\s+(?:a|an|two|three|several|new|its\s+own|\S+\s+more)\s+(?:\S+\s+)?(?:criminal\s+)?(?:investigations?|probes?|inquir(?:y|ies)|cases?)|(?:banned|bans|outlawed|outlaws|prohibited|prohibits)\s+(?:all\s+|the\s+|any\s+)?(?:\S+\s+){0,2}?(?:demonstrations|protests|gatherings|rallies|marches|assemblies|public\s+events))\b`),
		subject: "speaker", object: "subject", lits: []string{"opened", "opens", "launched", "launches", "banned", "bans", "outlaw", "prohibit"}},
	// "summoned the Swedish ambassador": a protest lodged with another
	// state through its envoy, a statement to it.
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:summoned|summons|summoning)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,2}?(?:ambassadors?|envoys?|diplomats?|charg[eé]\s+d['’]affaires|head\s+of\s+mission)\b`),
		subject: "speaker", object: "addressee", lits: []string{"summon"}},
	// "Brasília granted him asylum": a state's decision about someone.
	tr(graph.Statement, "010", `(?:granted|grants|granting)\s+(?:\S+\s+){0,4}?(?:political\s+)?asylum`, "speaker", "addressee"),
	// "recalled its ambassador": a stand taken toward another state
	// (the gold sets annotate it as a statement).
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b(?:recalled|recalls|recalling)\s+(?:its|their|his|her|the)\s+(?:\S+\s+)?(?:ambassadors?|envoys?|diplomats?|charg[eé]\s+d['’]affaires)\b`),
		subject: "speaker", object: "addressee", lits: []string{"recalled", "recalls", "recalling"}},
	// "broke off the talks", "pulled out of the negotiations": ending
	// talks is a stand announced, not a meeting.
	{typ: graph.Statement, cameo: "010", re: regexp.MustCompile(`(?i)\b` + endedTalks + `\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\S+\s+){0,2}?(?:talks|negotiations|dialogue)\b`),
		subject: "speaker", object: "addressee", lits: []string{"broke", "breaks", "suspended", "suspends", "pulled", "pulls", "walked", "walks", "withdrew", "withdraws", "called", "calls", "quit", "quits", "abandoned", "abandons"}},
	// More verbs of saying, in the past and in the present of timelines
	// and press reviews: a trigger of its own, whose words are looked for
	// only where they may occur.
	tr(graph.Statement, "010", `(?:judged|considered|deemed|remarked|commented|lamented|regretted|observed)\s+that|insist|replied|responded|affirmed|reaffirmed|expressed|stressed|argued|noted|explained|asserted|reiterated|maintained|conceded|promises|pledges|writes|declares|rejects|criticises|criticizes|welcomes|praises|confirms|claims|admits|acknowledges|appeals|replies|responds|stresses|argues|explains|reiterates|describes|dismisses|orders|threatens|judged|calls (?:it|them|him|her|the)|issued (?:a |an )?(?:\S+\s+)?(?:declaration|decree|communiqu[eé]|ultimatum)`, "speaker", "addressee"),
}

// withheldVerbs stop or cut what withheldWhat names, which one state
// gives another: aid, budget support, power.
var withheldVerbs = []string{"halted", "halts", "halting", "paused", "pauses", "pausing", "stopped", "stops", "cut", "cuts", "cutting",
	"postponed", "postpones", "withheld", "withholds", "delayed", "delays",
	"froze", "freezes", "freezing", "withdrew", "withdraws", "curtailed", "curtails", "slashed", "scrapped",
	"ended", "ends", "ending", "terminated", "terminates"}

const withheldWhat = `(?:off\s+)?(?:\S+\s+){0,4}?(?:aid|assistance|budget support|development support|financial support|funding|loans|power exports|electricity(?:\s+(?:exports|supplies))?|gas supplies|power supplies|oil supplies|military cooperation|security cooperation|trade)\b`

// eachVerb is a pattern of each verb (words of lower-case letters and
// spaces) followed by what must come after it, each its own
// alternative, so that the trigger's literals find the verbs.
func eachVerb(verbs []string, after string) string {
	alts := make([]string, len(verbs))
	for i, v := range verbs {
		alts[i] = strings.ReplaceAll(v, " ", `\s+`) + `\s+` + after
	}
	return strings.Join(alts, "|")
}

// rallyBehindRE follows "rally" used for backing: "behind Kamto",
// "around the flag", "to his side".
var rallyBehindRE = regexp.MustCompile(`(?i)^\s+(?:behind|around|to\s+(?:his|her|their|its|the)\s+(?:side|cause|defen[cs]e|support))\b`)

// armedStrikeBeforeRE ends the words before "strikes" of arms: "air",
// "missile", "Israeli drone"; armedStrikeAfterRE follows them with what
// arms do: "killed", "hit", "destroyed".
var (
	armedStrikeBeforeRE = regexp.MustCompile(`(?i)\b(?:air|aerial|missile|drone|rocket|artillery|military|naval|precision|retaliatory|pre-?emptive|targeted|bombing|nuclear|cruise\s+missile)\s+$`)
	armedStrikeAfterRE  = regexp.MustCompile(`(?i)^\s+(?:(?:have|has|had)\s+)?(?:killed|kill|kills|hit|hits|struck|targeted|destroyed|pounded|levelled|leveled|wounded|left\s+\d)\b`)
)

// armsBetweenRE is what may stand between a demonym and a trigger of
// arms: " ", " air ", " missile and drone ".
var armsBetweenRE = regexp.MustCompile(`^\s+(?:(?:air|aerial|missile|drone|rocket|artillery|military|naval|and)\s+){0,3}$`)

// firedAtRE is "fired" in the sense of shooting: "fired on the
// minister's convoy", "fired tear gas".
// sworeInAsRE is a swearing-in to an office that the text names: "swore
// in Violeta Bermúdez, a lawyer, as his prime minister".
var sworeInAsRE = regexp.MustCompile(`\bsw(?:ore|ears)\s+in\s+(?:[^\s.;]+\s+){1,8}?as\s+(?:his|her|its|their|the)\s+`)

// deniedPassiveRE is a denial suffered: "was denied bail", "were denied
// entry".
var deniedPassiveRE = regexp.MustCompile(`(?i)\b(?:was|were|been|being|is|are)\s+(?:\S+\s+)?denied\b`)

var firedAtRE = regexp.MustCompile(`(?i)\bfire[sd]?\s+(?:on|at|upon|into|towards?|from|in|over|off|back|shots?|rounds?|bullets?|tear|rubber|live|warning|rockets?|missiles?|shells?|mortars?|guns?|weapons?|pellets|water)\b`)

// firedOnDayRE is "fired" followed by the day it happened: the sense of
// dismissing someone.
var firedOnDayRE = regexp.MustCompile(`(?i)^(?:fired|fires|fire)\s+(?:him\s+|her\s+|them\s+)?on\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)\b|` + dayRef + `)`)

// soughtRE ends what asks for or negotiates a loan that has not been
// granted: "has been seeking a", "requested an", "held talks with
// officials on a".
var soughtRE = regexp.MustCompile(`(?i)(?:\b(?:seek|seeks|seeking|sought|request|requests|requested|requesting|asks?\s+for|asked\s+for|asking\s+for|appl(?:y|ies|ied|ying)\s+for|negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)\s+(?:\S+\s+){0,3}|\btalks\b[^.;]{0,70}?\b(?:on|over|about|for)\s+(?:\S+\s+){0,3})$|\b(?:agreed|pledged|offered|promised)\s+to\s+$`)

// notHappened marks a trigger that reports what did not (or not yet)
// happen: refusals, denials, plans, possibilities. Such events are left
// out of the draft: the graph holds what happened.
var notHappened = mustStartRE(`(?i)\b(?:(?:plans?|planned|planning|threaten(?:s|ed|ing)?)\s+(?:(?:a|an|the|new|more|further|fresh|its|their|his|her)\s+)?(?:[\p{L}\d\-]+\s+)?$|den(?:ied|ies|y)\s+that\s+(?:[^\s,;]+\s+){0,3}?(?:had|has|have|was|were|is|are)\s+(?:been\s+|being\s+|(?:held\s+)?under\s+)?$|without\s+(?:a|any|a\s+single)\s+(?:\S+\s+)?$|(?:not|never|no|refused to|declined to|denied|denies|plans? to|planned to|planning to|intends? to|will|would|could|might|may|expected to|set to|due to|threatened to|ready to|to be held|scheduled|upcoming|if|against|agreed to (?:host|hold|meet|visit|sign|discuss|lend|provide|give)|(?:promised|vow(?:s|ed)?|pledg(?:es|ed)|sw(?:ore|ears))\s+(?:(?:on|last|this)\s+\p{L}+\s+)?to|offer(?:s|ed|ing)?\s+(?:[^\s,;]+\s+){0,4}?to|wants? to|seeks? to|hopes? to|ask(?:s|ed)? for|call(?:s|ed)? for|demand(?:s|ed)?|propos(?:es|ed)|(?:has|have|is|are)\s+yet\s+to|fail(?:s|ed)?\s+to|(?:is|are|was|were|seems?|seemed)\s+(?:un)?likely\s+to)\s+(?:[^\s,;]+\s+){0,4}$|(?:cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|postpon(?:ed|es|e|ing)|put\s+off|scrap(?:ped|s)?|delay(?:ed|s|ing)?|reschedul(?:ed|es|e|ing))\s+(?:(?:his|her|their|its|the|a|an|this|next|planned|upcoming|scheduled)\s+){1,2}(?:[\p{L}\-]+\s+)?$|\brumou?rs?\s+(?:\S+\s+)?that\s+(?:[^\s,;]+\s+){0,4}$|(?:promis(?:ed|es|ing)|pledg(?:ed|es|ing)|vow(?:ed|s|ing))\s+(?:\p{Lu}[\p{L}\-]+\s+){0,3}(?:(?:a|an|the|new|fresh|early|snap|free|more|further|\$?[\d.,]+\s*(?:bn|billion|m|million)?|[\p{L}\-]+'s)\s+){0,3}$)`)

// calledToRE is a call made to congratulate, before the verb: "called
// Sandu on Monday to".
var calledToRE = regexp.MustCompile(`(?i)\b(?:called|phoned|telephoned|rang|wrote\s+to)\s+(?:[^\s,;.]+\s+){1,6}?to\s+$`)

// inBeforeRE and adverbialAfterRE hold "protest" used as an adverb: "(in)
// protest (at the ruling)"; ofProtestRE ends a note that protests, a
// statement: "a letter of (protest)".
var (
	ofProtestRE      = regexp.MustCompile(`(?i)\b(?:letter|note|notes|notice|message|statement|complaint|cable|gesture)\s+of\s+$`)
	inBeforeRE       = regexp.MustCompile(`(?i)\bin\s+$`)
	adverbialAfterRE = regexp.MustCompile(`^(?:\s+(?:at|against|over|of)\b|\s*[,.;:)]|\s*$)`)
)

// presentVerbRE is a trigger in the present of a timeline or a
// headline ("appoints", "meets", "signs"); habitualBeforeRE ends the
// words of a relative clause before it ("which", "who often").
var (
	presentVerbRE    = regexp.MustCompile(`(?i)^(?:appoints|nominates|sacks|fires|names|meets|visits|arrives|travels|flies|signs|sign|resigns|congratulates|kills|kill|agrees|agree)\b`)
	habitualBeforeRE = regexp.MustCompile(`(?i)\b(?:which|who|that)\s+(?:\p{Ll}+ly\s+)?$`)
)

// calledOffAfterRE follows an event's word with its cancellation:
// "(meeting) with Lukashenko on Monday was called off".
var calledOffAfterRE = regexp.MustCompile(`(?i)^\s+(?:[^\s,;.]+\s+){0,6}?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:called\s+off|cancell?ed|postponed|put\s+off|scrapped)\b`)

// eventNounRE is a trigger that names an event by a noun, which the
// words after it may put in the future.
var eventNounRE = regexp.MustCompile(`(?i)^(?:elections?|polls?|votes?|ballots?|referend(?:um|ums|a)|talks|summits?|meetings?|rall(?:y|ies)|protests?|marches|march|demonstrations?|strikes?|inaugurations?|swearing-in|visits?|negotiations|debates?|sanctions|loans?|interviews?|ceremony)$`)

// toComeRE follows a noun trigger with its future: "would be held",
// "is scheduled for", "are to take place".
var toComeRE = regexp.MustCompile(`(?i)^\s+(?:[\p{L}\-]+\s+){0,2}?(?:(?:would|will|could|might|may|should|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|planned|likely)?\s*to)\s+(?:(?:not|now|also|soon)\s+)?(?:be\s+(?:held|staged|organi[sz]ed|called|signed)|take\s+place|go\s+ahead|happen|resume|begin|start|open)\b|(?:is|are|was|were)\s+(?:now\s+)?(?:scheduled|planned|expected|due|set)\s+(?:for|on|in|next|this)\b)`)

// notHappenedTo marks a trigger that someone is called on or asked to
// hold ("called a strike", "asked supporters to hold rallies") or that
// is the means of a purpose ("to end the standoff through talks"). It is
// tried only where "call" or " to " occurs.
var notHappenedTo = regexp.MustCompile(`(?i)\bcall(?:ed|s|ing)(?:\s+for)?\s+(?:a|an)\s+(?:\S+\s+){0,6}$|\bto\s+\p{Ll}+\s+(?:\S+\s+){0,4}?(?:through|via)\s+$|\b(?:asks?|asked|asking|urges?|urged|urging|tells?|told|calls? on|called on|appeal(?:s|ed)? to)\s+(?:\S+\s+){0,3}?to\s+(?:\S+\s+){0,4}$`)

// participleBeforeRE ends the words before a participle in the passive:
// "was (appointed)", "X, (appointed)".
var participleBeforeRE = regexp.MustCompile(`(?i)(?:\b(?:was|were|been|being|is|are)\s+|,\s*)$`)

// byAfterRE follows a passive participle with who did it: "(appointed)
// acting president by".
var byAfterRE = regexp.MustCompile(`^\s+(?:[\p{L}\-]+\s+){0,5}?by\s+\p{Lu}`)

// untoldRE ends the words of a refusal to tell before a trigger: "did
// not say how many people had been".
var untoldRE = mustStartRE(`(?i)\b(?:did\s+not|didn't|would\s+not|wouldn't|could\s+not|couldn't|declined\s+to|refused\s+to)\s+(?:say|disclose|confirm|reveal|specify|explain)\s+(?:how|whether|if|when|who|where|what|why)\b[^.;]*$`)

// monthMayRE is the month of May, told by a day or a preposition:
// "May 10", "9 May", "in May", "since early May".
var monthMayRE = regexp.MustCompile(`\bMay\s+\d{1,2}(?:st|nd|rd|th)?\b|\bMay\s+(?:19|20)\d\d\b|\b\d{1,2}\s+May\b|\b(?:in|since|of|early|late|mid|last|until|by|from|through)\s+May\b`)

// didNotHappen reports whether the words before a trigger tell that it
// did not (or not yet) happen.
func didNotHappen(before string) bool {
	// "He did not say how many people had been detained": what is not
	// told is not told as having happened.
	if untoldRE.MatchString(tail(before, 110)) {
		return true
	}
	// "LIMA, May 10 -", "on May 9": the month is no "may" of what is
	// only possible.
	if strings.Contains(before, "May") {
		before = monthMayRE.ReplaceAllStringFunc(before, func(m string) string { return strings.Replace(m, "May", "Mai", 1) })
	}
	// Its words and four more fit in the last 110 bytes.
	if notHappened.MatchString(tail(before, 110)) {
		// "refused to join the cabinet and called for": a refusal of
		// another verb does not reach the verb joined after it.
		return !refusedAndRE.MatchString(tail(before, 110))
	}
	return (strings.Contains(before, "call") || strings.Contains(before, " to ")) && notHappenedTo.MatchString(before)
}

// clauseRE ends a clause inside a sentence: events told in one sentence
// ("X met Y on Monday, as protests continued, following a disputed
// election", "resigned on May 9, hours after his supporters attacked",
// "announced it after a day of protests") each take the actors and date
// of their own clause.
var clauseRE = regexp.MustCompile(`(?i),\s+(?:as|after|while|when|but|following|which|who|whom|whose|where|including|amid|and|(?:with|of|to|for|by|from|among|under)\s+(?:whom|which))\b|,\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}(?:who|which|where)\b|,\s+(?:(?:a|an|one|two|three|four|five|six|several)\s+)?(?:days?|weeks?|months?|hours?|minutes|moments)\s+(?:after|before)\b|\s(?:after|following)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many)\s+)?(?:days?|nights?|weeks?|months?)\s+of\s|,\s+(?:holding|meeting|signing|visiting|hosting)\b|\sas\s+(?:thousands|hundreds|tens of thousands|crowds|protesters|demonstrators|police|troops|soldiers|they)\b|,?\s+and\s+(?:then\s+)?` + pastVerb + `|,\s+(?:[\p{L}’'\-]+\s+){1,5}(?:said|says|told|added)\b|,\s+(?:and|but)\s+(?:(?:late|early)\s+)?on\s+(?:` + weekday + `)\b|\s(?:after|before|when)\s+(?:\p{Ll}+\s+){1,2}(?:had\s+)?\p{Ll}+ed\b|\s(?:who|which)\s+(?:had\s+)?(?:marched|rallied|protested|gathered|demonstrated|took\s+to\s+the\s+streets)\b|;|\s(?:following|amid|despite|while|whereas)\s|\.\s`)

// openingSubordinateRE is a subordinate clause that opens a sentence,
// to its first comma: "When Sam Rainsy resigned as leader in February,".
var openingSubordinateRE = regexp.MustCompile(`^(?:When|After|Before|Once|Although|Though|While|Because|Until)\s+[^,;]{8,}?,`)

// clauseCache keeps the clause bounds of the sentences drafted lately:
// a sentence's bounds are asked for once per trigger, date and actor,
// and finding them took about a tenth of drafting. Bounded, shared by
// concurrent drafts.
var clauseCache = struct {
	sync.Mutex
	m map[string][][]int
}{m: map[string][][]int{}}

// clauseBounds returns clauseRE's matches in s. The slices are shared:
// callers must not change them.
func clauseBounds(s string) [][]int {
	clauseCache.Lock()
	defer clauseCache.Unlock()
	if b, ok := clauseCache.m[s]; ok {
		return b
	}
	b := clauseRE.FindAllStringIndex(s, -1)
	if len(clauseCache.m) >= 1024 {
		clear(clauseCache.m)
	}
	// A copy: the sentence is a slice of its article, whose text a key
	// would otherwise keep alive.
	clauseCache.m[strings.Clone(s)] = b
	return b
}

// clause returns the byte range of the clause of s that holds at.
func clause(s string, at int) (int, int) {
	start, end := 0, len(s)
	var bounds [][]int
	for _, m := range clauseBounds(s) {
		bounds = append(bounds, []int{m[0], m[1]})
	}
	// "When Sam Rainsy resigned in February, Kem Sokha was elected": a
	// clause that opens the sentence with a subordinator ends at its
	// first comma.
	if loc := openingSubordinateRE.FindStringIndex(s); loc != nil {
		bounds = append(bounds, []int{loc[1] - 1, loc[1]})
		slices.SortFunc(bounds, func(a, b []int) int { return a[0] - b[0] })
	}
	// A relative clause the trigger is not in is one unit: its own "and
	// disputed elections" or ", as" divides nothing outside it.
	var rels [][2]int
	for _, m := range bounds {
		if close := relativeEnd(s, m); close > 0 && !(at >= m[0] && at < close) {
			rels = append(rels, [2]int{m[0], close})
		}
	}
	for _, m := range bounds {
		if slices.ContainsFunc(rels, func(r [2]int) bool { return m[0] > r[0] && m[0] < r[1] }) {
			continue
		}
		// "K.P. Sharma Oli", "George W. Bush", "the U.S. envoy":
		// initials end no clause.
		if f := strings.Fields(s[:m[0]]); s[m[0]] == '.' && len(f) > 0 && initialsRE.MatchString(strings.TrimLeft(f[len(f)-1], `"“(`)) {
			continue
		}
		// "Gen. Abdel Fattah al-Burhan said": an abbreviated title ends
		// no clause (the clause began inside the name, and lost its
		// subject).
		if f := strings.Fields(s[:m[0]]); s[m[0]] == '.' && len(f) > 0 && abbreviations[strings.ToLower(strings.TrimLeft(f[len(f)-1], `"“(`))] &&
			!monthAbbrevEndRE.MatchString(s[:m[0]]) {
			continue
		}
		// "the Oct. 4 election": a month's abbreviated name before a day
		// ends no clause.
		if s[m[0]] == '.' && m[1] < len(s) && s[m[1]] >= '0' && s[m[1]] <= '9' && monthAbbrevEndRE.MatchString(s[:m[0]]) {
			continue
		}
		// " after protesters stormed": the clause begins at "after",
		// before its subject and verb.
		if p := subordinateRE.FindStringIndex(s[m[0]:m[1]]); p != nil && p[0] == 0 {
			m[1] = m[0] + p[1]
		} else if p := whoOpensRE.FindStringIndex(s[m[0]:m[1]]); p != nil {
			// " who marched": the clause begins at "who", before its verb.
			m[1] = m[0] + p[1]
		} else if i := strings.Index(s[m[0]:m[1]], "and "); i >= 0 && !relativeRE.MatchString(s[m[0]:]) {
			m[1] = m[0] + i + len("and ")
		} else if attributionEndRE.MatchString(s[m[0]:m[1]]) {
			// ", Dar said": the attribution's clause holds its verb.
			m[1] = m[0] + 1
		}
		// ", which led the protests in April," is a clause of its own
		// between commas: a trigger after it belongs to the clause it
		// interrupts.
		if close := relativeEnd(s, m); close > 0 && close <= at {
			continue
		} else if close > 0 && m[1] <= at && close < end {
			end = close
		}
		if m[1] <= at && m[0] >= start {
			start = m[0]
		}
		if m[0] > at && m[0] < end {
			end = m[0]
		}
	}
	return start, end
}

var bothRE = regexp.MustCompile(`(?i)\b(?:the two (?:leaders|men|women|presidents|ministers)|both (?:leaders|men|women))\b`)

// participleRE begins a clause whose subject is the sentence's: ",
// holding talks with", " and signed an agreement".
var attributionEndRE = regexp.MustCompile(`^,.*\b(?:said|says|told|added)$`)

// conjoinedRE begins a clause joined by a conjunction, which tells what
// it says on its own ("…, and on Thursday Cholnan said"), no attribution.
var conjoinedRE = regexp.MustCompile(`^,\s+(?:and|but|while|whereas)\s[^,]*$|^,\s+(?:while|whereas)\s[^,]*,[^,]*,\s+(?:\p{Ll}+\s+)?(?:said|says|told|added)$`)

// saidNothingRE follows a verb of saying with silence: "nothing at all",
// "nothing publicly", "nothing since".
var saidNothingRE = regexp.MustCompile(`(?i)^\s+nothing(?:\s+(?:at\s+all|publicly|in\s+public|so\s+far|yet|since|about|on|of)\b|\s*[.,;:]|\s*$)`)

// voteMargin is a margin of votes: "about 13,000 votes".
const voteMargin = `(?:(?:about|some|nearly|almost|over|more\s+than|just|only|a\s+margin\s+of)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:votes|ballots)`

// byVotesRE follows "beat X" with a margin of votes.
var byVotesRE = regexp.MustCompile(`(?i)^\s+(?:\S+\s+){1,5}?by\s+` + voteMargin + `\b`)

// inquiryBeforeRE ends "an inquiry into the": what follows is its
// subject.
var inquiryBeforeRE = regexp.MustCompile(`(?i)\b(?:inquiry|inquiries|investigation|investigations|probe|probes)\s+into\s+(?:the\s+)?(?:\S+\s+){0,2}$`)

// untilBeforeRE ends an "until" clause's words before its verb.
var untilBeforeRE = regexp.MustCompile(`(?i)\buntil\s+(?:\S+\s+){0,6}$`)

// pastTriggerRE opens a trigger that is a verb in the past: a word in
// -ed or a common irregular past.
// eventObjectRE is a noun for an event that a statement's verb may take:
// "called a (rally)", "announced (talks)".
var eventObjectRE = regexp.MustCompile(`(?i)\b(?:rall(?:y|ies)|protests?|march(?:es)?|strikes?|votes?|elections?|referend(?:um|a)|polls|meetings?|talks|summit|session|hearing|ceremony|visit|inauguration|swearing-in|debate|demonstrations?|sit-in|walkout)\b`)

// toComeBetweenRE is a word, between a statement's verb and a date after
// it, that makes the date that of what is promised, planned or asked for:
// "promised an orderly transition on January 20", "said he would travel
// to Moscow on July 25", "called for elections on August 14".
var toComeBetweenRE = regexp.MustCompile(`(?i)\b(?:would|will|shall|to|for|until|by|promis\w*|pledg\w*|vow\w*|plans?|planned|intends?|intended|set|scheduled|due|next|upcoming|coming|proposed|that)\b`)

var pastTriggerRE = regexp.MustCompile(`(?i)^(?:\p{L}+ed|beat|won|lost|met|held|took|gave|lent|fled|led|spoke|told|said|fought|shot|struck|sent|left|quit|became|came|went|ran|sought|rose|broke|began|drew|threw|swore|froze|stood|chose|stole|hit|set|cut|put|bore|wrote)\b`)

// nameApposed is a name of one to four capitalised words, with what it
// is in commas after it when the text gives it, and the space after:
// "Najib Mikati, a telecoms businessman, ".
const nameApposed = `(?:\p{Lu}[\p{L}\-]+\s+){0,3}\p{Lu}[\p{L}\-]+(?:,\s+[^,]{1,60},)?\s+`

// officeWords are the offices an appointment names.
const officeWords = `(?:minister|president|prime\s+minister|premier|chancellor|speaker|governor|commander|ambassador|envoy|spokes(?:man|woman|person)|secretary|director|mayor|chief\s+of\s+staff|attorney\s+general|central\s+bank\s+governor|chief|head|leader|chair(?:man|woman|person)?|prosecutor|ombudsman|commissioner)`

// toBeforeRE ends "a loan to": what follows receives.
var toBeforeRE = regexp.MustCompile(`\bto\s+(?:the\s+)?$`)

var (
	monthBeforeRE = regexp.MustCompile(`(?i)\b(?:in|since|until|from|by|of|early|late|last|next|mid|this|through)[\s-]+$|\b\d{1,2}(?:st|nd|rd|th)?\s+$`)
	monthAfterRE  = regexp.MustCompile(`^\s*(?:\d|,)`)
)

var casualtyRE = regexp.MustCompile(`(?i)\b(?:killed|injured|wounded|hurt|hospital|dead|died)\b`)

// accusedOfRE is what comes between who accuses and what the accused is
// said to have done: "(Ukraine) accused Russia of (shelling)".
var accusedOfRE = regexp.MustCompile(`(?i)^\s+(?:(?:has|have|had|also|then|again)\s+)*accus(?:ed|es|ing)\s+(?:\S+\s+){1,8}?of\s+$`)

// accordingRE ends the words before who reports, in "according to".
var accordingRE = regexp.MustCompile(`(?i)\baccording\s+to\s+(?:the\s+)?(?:\S+\s+){0,2}$`)

var coordRE = regexp.MustCompile(`^(?:\s+and\s+|,\s+|\s+or\s+)(?:the\s+)?$`)

var participleRE = regexp.MustCompile(`(?i)^(?:,\s+(?:holding|meeting|signing|visiting|hosting)\b|,?\s+and\s+(?:then\s+)?` + pastVerb + `)`)

const pastVerb = `(?:\p{Ll}+ed|met|held|took|gave|made|sent|won|lost|fled|left|began|broke|spoke|told|said|shot|beat|fought|threw|struck|sought|led|ran|flew)\b`

// whomBeforeRE ends "whom" and the subject of its clause before the
// verb: "whom Farmaajo appointed", "whom the junta had named".
var whomBeforeRE = regexp.MustCompile(`\bwhom\s+(?:(?:the\s+)?[\p{L}’'\-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?$`)

// whoOpensRE is the "who" that opens a relative clause without a comma.
var whoOpensRE = regexp.MustCompile(`^\s(?:who|which)\s+(?:had\s+)?`)

// sayAfterRE follows a name with its verb of saying and what it says,
// up to a trigger: "(rights groups) say has", "(the ministry) said 20
// people were".
var sayAfterRE = regexp.MustCompile(`^\s+` + sayVerbs + `\s+(?:that\s+)?[^,;]*$`)

// sayNextRE follows a name with its verb of saying: "(rights groups) say".
var sayNextRE = regexp.MustCompile(`^\s+` + sayVerbs + `\b`)

// sayVerbs are the verbs of saying that attribute a count or a deed.
const sayVerbs = `(?:say|says|said|claim|claims|claimed|estimate|estimates|estimated|report|reports|reported)`

// ledByRE ends the words between a protest and who leads it: "(protests)
// led by opposition MP", "(a march) organised by".
var ledByRE = regexp.MustCompile(`(?i)^\s+(?:\S+\s+){0,3}?(?:led|organi[sz]ed|called|headed|spearheaded)\s+by\s+(?:\S+\s+){0,3}?$`)

// alongWithRE ends the words between a trigger and who shares its fate
// or deed: "(detained on Sunday) along with two other".
var alongWithRE = regexp.MustCompile(`(?i)^\s+(?:\S+\s+){0,4}?(?:along|together)\s+with\s+(?:\S+\s+){0,3}?$`)

// whoBeforeRE ends the words before a trigger with the "who" of a
// relative clause: "supporters who marched", "who had gathered".
var whoBeforeRE = regexp.MustCompile(`\bwho\s+(?:(?:had|have|has|then|later|also|again)\s+)?$`)

var relativeRE = regexp.MustCompile(`(?i)^,\s+(?:(?:a|an)\s+(?:[\p{L}\-]+\s+){0,4})?(?:which|who|whom|whose|(?:with|of|to|for|by|from|among|under)\s+(?:whom|which))\b`)

// relativeEnd returns where a relative clause that opens at boundary m
// closes (its next comma), or 0 when m opens none.
func relativeEnd(s string, m []int) int {
	if !relativeRE.MatchString(s[m[0]:]) {
		return 0
	}
	if i := strings.IndexByte(s[m[1]:], ','); i >= 0 {
		return m[1] + i
	}
	return len(s)
}

// findEvents finds the events a sentence reports: the first trigger of
// each type, in the order they appear, each with its clause.
func (d *doc) findEvents(i int, s sentence, ref *time.Time, last *eventDraft) []*eventDraft {
	type hit struct {
		t   trigger
		loc []int
		// second is set for a later match of a trigger in a clause of
		// its own that names its own day: "The protests began on the
		// 14th …, and turned violent on Friday as crowds set fire to
		// stations".
		second bool
		// fallback is set for a later match in a clause of its own,
		// tried only when the first made no event.
		fallback bool
	}
	// A short line without a full stop (or the first line) is a headline,
	// a byline or a label: it announces what the story tells, and the
	// story tells it again. A long one is a caption, which may tell more.
	if headline(s.text) && (i == 0 || len(strings.Fields(s.text)) <= 14) {
		return nil
	}
	// "What has the government said?": a question tells nothing that
	// happened.
	if q := strings.TrimRight(s.text, " \u00a0\"'”’)"); strings.HasSuffix(q, "?") && !strings.ContainsAny(q, "\"“”") {
		return nil
	}
	var hits []hit
	// The three- and four-letter beginnings of the sentence's words: a
	// trigger none of whose words begins so cannot match.
	lower := strings.ToLower(s.text)
	starts := map[string]bool{}
	for _, m := range wordStartRE.FindAllStringIndex(lower, -1) {
		w := lower[m[0]:m[1]]
		starts[w[:min(3, len(w))]] = true
		if len(w) >= 4 {
			starts[w[:4]] = true
		}
	}
	cands := triggerStarts.candidates(s.text)
	for ti, t := range triggers {
		if t.lits != nil && !slices.ContainsFunc(t.lits, func(l string) bool { return starts[litKey(l)] }) {
			continue
		}
		if t.verbs != nil && !slices.ContainsFunc(t.verbs, func(v string) bool { return strings.Contains(lower, v) }) {
			continue
		}
		if t.byOutlet && d.outlet == nil {
			continue
		}
		firstAt, firstCS, firstCE := -1, 0, 0
		var locs [][]int
		if triggerStarts.anchored[ti] != nil {
			locs = triggerStarts.findAll(ti, s.text, cands[ti], -1)
		} else {
			locs = t.re.FindAllStringIndex(s.text, -1)
		}
		for _, loc := range locs {
			if didNotHappen(tail(s.text[:loc[0]], 160)) || d.quoted(s.start+loc[0]) || adjectival(s.text, loc) {
				continue
			}
			// "the council, which appoints judges": a verb in the present
			// after a relative pronoun tells what someone does as a rule.
			if presentVerbRE.MatchString(s.text[loc[0]:loc[1]]) && habitualBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) {
				continue
			}
			// "gives up his post in protest", "walked out in protest at the
			// ruling": how another deed was done, no protest of its own.
			if t.typ == graph.Protest && strings.EqualFold(s.text[loc[0]:loc[1]], "protest") && (inBeforeRE.MatchString(tail(s.text[:loc[0]], 8)) && adverbialAfterRE.MatchString(s.text[loc[1]:]) || ofProtestRE.MatchString(tail(s.text[:loc[0]], 40))) {
				continue
			}
			// "Putin's meeting with Lukashenko on Monday was called off".
			if t.typ != graph.Statement && calledOffAfterRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "Canada has said nothing at all": silence is no statement
			// ("said nothing would change" is one).
			if t.typ == graph.Statement && saidNothingRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "beat Yildirim by 13,000 votes": a win at the ballot box,
			// no blow.
			if t.typ == graph.Violence && byVotesRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "an inquiry into the deaths": what is inquired into is told
			// elsewhere.
			if t.typ == graph.Violence && inquiryBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) {
				continue
			}
			// "until a newly elected president is sworn in": what an
			// "until" waits for has not happened.
			if t.typ != graph.Statement && untilBeforeRE.MatchString(s.text[clauseStart(s.text, loc[0]):loc[0]]) {
				continue
			}
			// "new elections would be held soon", "talks are scheduled
			// for Friday": what a noun names is to come.
			if eventNounRE.MatchString(s.text[loc[0]:loc[1]]) && toComeRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "met families of security personnel killed in the
			// protests": the dead describe who is met; their deaths are
			// told elsewhere.
			if t.typ == graph.Violence && bereavedRE.MatchString(tail(s.text[:loc[0]], 60)) || bereavedInRE.MatchString(tail(s.text[:loc[0]], 90)) {
				continue
			}
			// "broke off the talks": talks ended are no meeting; the
			// statement trigger tells the ending.
			if t.typ == graph.Meeting && endedTalksRE.MatchString(tail(s.text[:loc[0]], 50)) {
				continue
			}
			// "went on television to scrap every agreement": a deal
			// undone is no deal made; the statement tells the undoing.
			if t.typ == graph.Agreement && undoneRE.MatchString(tail(s.text[:loc[0]], 50)) {
				continue
			}
			// "gunmen stormed a studio": armed men storming is violence,
			// which the violence trigger tells.
			if t.typ == graph.Protest && armedBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) {
				continue
			}
			// "Police stormed polling stations", "men loyal to the
			// government stormed the protest camp": storming by security
			// forces, or of a protest, is violence, which the violence
			// triggers tell.
			// "the tax overhaul that had brought thousands onto the
			// streets": a relative clause characterises; the protest is
			// told elsewhere.
			if t.typ == graph.Protest && t.subject == "target" && (inRelative(s.text, loc[0]) || relPronounBeforeRE.MatchString(tail(s.text[:loc[0]], 30))) {
				continue
			}
			// "Police blocked the road to the palace": forces blocking a
			// way do not protest.
			if t.typ == graph.Protest && blockWordRE.MatchString(s.text[loc[0]:loc[1]]) && forcesBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) {
				continue
			}
			if t.typ == graph.Protest && strings.HasPrefix(strings.ToLower(s.text[loc[0]:loc[1]]), "storm") &&
				(forcesBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) || protestSiteAfterRE.MatchString(s.text[loc[1]:])) {
				continue
			}
			// "those who attacked military buildings will be tried": the
			// verb says who is meant; the deed is told elsewhere.
			if t.typ != graph.Statement && whoeverRE.MatchString(tail(s.text[:loc[0]], 30)) {
				continue
			}
			// "He is due to travel to Paris on Monday for talks": what a
			// clause says is yet to come has not happened.
			if t.typ != graph.Statement && dueClauseRE.MatchString(s.text[:loc[0]]) && dueClauseRE.MatchString(s.text[clauseStart(s.text, loc[0]):loc[0]]) {
				continue
			}
			// "The Supreme Court declares the arrest unlawful": a court's
			// ruling is no statement.
			if t.typ == graph.Statement && rulingVerbRE.MatchString(s.text[loc[0]:loc[1]]) && courtBeforeRE.MatchString(tail(s.text[:loc[0]], 60)) {
				continue
			}
			// "new marches have been called for Friday", "a strike is
			// planned for Monday": what is set for later has not happened.
			if t.typ != graph.Statement && plannedAfterRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "the right to peaceful protest", "a ban on rallies": a
			// right or a rule about protest is no protest.
			if t.typ == graph.Protest && protestRuleRE.MatchString(tail(s.text[:loc[0]], 40)) {
				continue
			}
			// "whose leader remains under house arrest": a state, not an
			// arrest.
			if t.typ == graph.Arrest && stillRE.MatchString(tail(s.text[:loc[0]], 30)) {
				continue
			}
			// "had died of a heart attack on the plane": a death from
			// illness is no violence.
			if t.typ == graph.Violence && strings.HasSuffix(strings.ToLower(s.text[loc[0]:loc[1]]), "died") && naturalDeathRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "phoned Ahmed Musa on Monday to congratulate him": a call to
			// congratulate is the congratulation, which its own trigger
			// tells.
			if t.typ == graph.Meeting && congratulateCallRE.MatchString(s.text[loc[1]:]) && callWordRE.MatchString(s.text[loc[0]:loc[1]]) {
				continue
			}
			// "returned from a trip to the United States": the trip is
			// over, told as background; when it was the text does not say.
			if t.typ == graph.Visit && tripWordRE.MatchString(s.text[loc[0]:loc[1]]) && fromTripRE.MatchString(tail(s.text[:loc[0]], 30)) {
				continue
			}
			// "the knighthood he received in 1994": received with no one
			// after it is no meeting. ("was received in Conakry by the
			// officers" is one.)
			if t.typ == graph.Meeting && !t.passive && receivedNoObjectRE.MatchString(s.text[loc[1]:]) && strings.EqualFold(s.text[loc[0]:loc[1]], "received") &&
				!passiveBeforeRE.MatchString(tail(s.text[:loc[0]], 12)) {
				continue
			}
			// "Yushchenko, who fell ill in September and says he was
			// poisoned, has accused": what someone says, as a lasting
			// claim, in a clause about him is no statement of its own.
			if t.typ == graph.Statement && claimNowRE.MatchString(s.text[loc[0]:loc[1]]) && inRelative(s.text, loc[0]) {
				continue
			}
			// "until the army frees detained activists", "the families of
			// detained protesters": "detained" before the people it
			// describes tells no arrest.
			if t.typ == graph.Arrest && strings.EqualFold(s.text[loc[0]:loc[1]], "detained") &&
				detainedAdjBeforeRE.MatchString(tail(s.text[:loc[0]], 30)) && detainedAdjAfterRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "withdrew to rally behind Kamto": rallying to someone is
			// backing, not a rally.
			if t.typ == graph.Protest && strings.HasPrefix(strings.ToLower(s.text[loc[0]:loc[1]]), "rall") && rallyBehindRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "Israeli air strikes killed 40", "drone strikes on Odesa": a
			// strike of arms is no walkout.
			if t.typ == graph.Protest && strings.HasPrefix(strings.ToLower(s.text[loc[0]:loc[1]]), "strike") &&
				(armedStrikeBeforeRE.MatchString(tail(s.text[:loc[0]], 30)) || armedStrikeAfterRE.MatchString(s.text[loc[1]:])) {
				continue
			}
			// "beat Solih in the run-off", "beat the incumbent with 54
			// per cent": winning a vote is no violence.
			if t.typ == graph.Violence && strings.HasPrefix(strings.ToLower(s.text[loc[0]:loc[1]]), "beat") && electoralWinRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "clashed over inflation in a televised debate": a quarrel
			// of words, unless someone is hurt or force is used.
			if t.typ == graph.Violence && clashWordRE.MatchString(s.text[loc[0]:loc[1]]) && quarrelRE.MatchString(s.text[loc[1]:]) &&
				!timeAfterOverRE.MatchString(quarrelRE.ReplaceAllString(s.text[loc[1]:], "")) && !casualtyRE.MatchString(s.text) && !forceWordRE.MatchString(s.text) {
				continue
			}
			// "the minister he had fired on November 6": a dismissal,
			// not shooting.
			if t.typ == graph.Violence && firedOnDayRE.MatchString(s.text[loc[0]:]) {
				continue
			}
			// "has been seeking a loan", "talks on a bailout": money
			// asked for or discussed has not been lent.
			if t.typ == graph.Loan && soughtRE.MatchString(tail(s.text[:loc[0]], 100)) {
				continue
			}
			if t.byOutlet && !d.outletBefore(i, loc[0]) {
				continue
			}
			if t.before != nil && !t.before.MatchString(s.text[clauseStart(s.text, loc[0]):loc[0]]) {
				continue
			}
			if t.unless != nil && t.unless.MatchString(s.text) {
				continue
			}
			// "in March", "March 3": the month, not a march.
			if s.text[loc[0]:loc[1]] == "March" && (monthBeforeRE.MatchString(tail(s.text[:loc[0]], 12)) || monthAfterRE.MatchString(s.text[loc[1]:])) {
				continue
			}
			// "the Collective Security Treaty Organization": a word of a
			// name tells nothing.
			if slices.ContainsFunc(d.mentions[i], func(m mention) bool { return m.actor != nil && m.start <= loc[0] && loc[1] <= m.end }) {
				continue
			}
			// "X told reporters that the protests were illegal": a noun
			// in what is reported names an event the statement is
			// about, not one it reports as news.
			if t.typ != graph.Statement && t.typ != graph.Election && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && reportBefore(s.text, loc[0]) >= 0 &&
				!(t.typ == graph.Interview && saidInRE.MatchString(tail(s.text[:loc[0]], 40))) &&
				!(t.typ == graph.Protest && tookPartRE.MatchString(tail(s.text[:loc[0]], 50))) {
				continue
			}
			// "HRW condemned the detentions": what is judged is told
			// elsewhere; the judging is the statement.
			if t.typ != graph.Statement && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && judgedRE.MatchString(tail(s.text[:loc[0]], 50)) {
				continue
			}
			// "the protest movement", "the election commission", "the
			// results of the vote": the noun names something else.
			if nominalRE.MatchString(s.text[loc[0]:loc[1]]) && (modifiedNounRE.MatchString(s.text[loc[1]:]) || resultsOfRE.MatchString(tail(s.text[:loc[0]], 40))) {
				continue
			}
			// "staff who support the protests": the protests, undated,
			// are those the story tells elsewhere.
			if (t.typ == graph.Protest || t.typ == graph.Violence || t.typ == graph.Arrest) && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && theBeforeRE.MatchString(tail(s.text[:loc[0]], 8)) {
				if cs, ce := clause(s.text, loc[0]); refBeforeRE.MatchString(tail(s.text[:loc[0]], 30)) || announcedTheRE.MatchString(tail(s.text[:loc[0]], 30)) && !ofAfterRE.MatchString(s.text[loc[1]:]) ||
					!dateRE.MatchString(s.text[cs:ce]) && !nthDayRE.MatchString(s.text[cs:ce]) {
					continue
				}
			}
			// "denounced the election as a farce": the election is told
			// elsewhere, if at all.
			if t.typ == graph.Election && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && judgedTheRE.MatchString(tail(s.text[:loc[0]], 30)) {
				continue
			}
			// "Observers said on Sunday that the vote did not represent
			// the will of the people", "calling the vote a celebration":
			// the vote someone speaks of is told elsewhere, if at all;
			// the day is the saying's. ("said the vote of 8 August was
			// rigged" names its own day.)
			if t.typ == graph.Election && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && saidTheRE.MatchString(tail(s.text[:loc[0]], 60)) && !ownDayAfterRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "The detentions came a day after …": a sentence that opens
			// with the event told before says when it came, not anew.
			if t.typ != graph.Statement && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && retoldOpenRE.MatchString(s.text[:loc[0]]) && retoldVerbRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "an election the opposition says was rigged": a clause that
			// qualifies a noun, not a statement told.
			if t.typ == graph.Statement && reducedRE.MatchString(s.text[loc[1]:]) {
				continue
			}
			// "talks that Piñera had called for Monday", "the reform
			// which the president announced in May": a verb of saying in
			// a clause that qualifies a noun tells no statement.
			if t.typ == graph.Statement && !t.passive {
				if m := objRelativeRE.FindStringSubmatch(tail(s.text[:loc[0]], 70)); m != nil && !thatVerbRE.MatchString(m[1]) {
					continue
				}
			}
			// "was condemned by": the passive trigger tells it.
			if t.typ == graph.Statement && !t.passive && passiveBeforeRE.MatchString(tail(s.text[:loc[0]], 20)) {
				continue
			}
			// ", which accused him of organising unrest": a relative
			// clause characterises; it tells no statement of its own.
			if t.typ == graph.Statement && inRelative(s.text, loc[0]) && !relativeDated(s.text, loc[0]) {
				continue
			}
			// "Hours after meeting Abiy", "before the talks": a time
			// told by another event, which is told elsewhere.
			if t.typ != graph.Election && timeRefRE.MatchString(tail(s.text[:loc[0]], 40)) {
				continue
			}
			// "after an emergency cabinet meeting, Rajoy announced": a
			// noun for an event, qualified, after a word of time is a
			// time too.
			// ("after a day of protests" tells the protests.)
			if m := timeRefNounRE.FindString(tail(s.text[:loc[0]], 60)); m != "" && t.typ != graph.Election && nominalRE.MatchString(s.text[loc[0]:loc[1]]) && !strings.Contains(m, " of ") {
				continue
			}
			// "Congress voted to remove the president": a chamber's vote
			// is no election.
			if t.typ == graph.Election && (chamberVoteRE.MatchString(tail(s.text[:loc[1]], 60)) || motionVoteRE.MatchString(s.text[loc[1]:]) || legislatorsVoteRE.MatchString(s.text[loc[1]:])) {
				continue
			}
			// An election is named with its date: "the August 9 vote",
			// "elections on October 4"; a bare "after the vote" retells it.
			if t.typ == graph.Election && t.subject != "organizer" && !dateNear(s.text, loc) && !yearBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) && !datedResult(s.text, loc) {
				continue
			}
			if t.typ != graph.Statement && firstAt >= 0 {
				// A second match of the trigger: kept only in a clause of
				// its own with a day of its own.
				if t.typ == graph.Protest || t.typ == graph.Violence {
					if cs, ce := clause(s.text, loc[0]); cs != firstCS && ownDayRE.MatchString(s.text[cs:ce]) && firstDate(s.text[cs:ce]) != firstDate(s.text[firstCS:firstCE]) {
						hits = append(hits, hit{t: t, loc: loc, second: true})
					} else if cs != firstCS {
						// "Six people were killed in riots after supporters
						// clashed with police": tried when the first clause
						// names no one.
						hits = append(hits, hit{t: t, loc: loc, fallback: true})
					}
				} else if cs, ce := clause(s.text, loc[0]); cs != firstCS {
					// "Condé, first elected in 2010, was returned to
					// office after a referendum in March 2020": another
					// clause with a date of its own tells another event.
					if m := nearestDate(s.text, cs, ce, loc[0]); m != "" && m != nearestDate(s.text, firstCS, firstCE, firstAt) ||
						t.typ == graph.Election && electionDay(s.text, loc[0], d.pub) != "" && electionDay(s.text, loc[0], d.pub) != electionDay(s.text, firstAt, d.pub) {
						hits = append(hits, hit{t: t, loc: loc, second: true})
					}
				}
				continue
			}
			hits = append(hits, hit{t: t, loc: loc})
			// Statements by several speakers may share a sentence: "X
			// said A, while Y warned B".
			if t.typ != graph.Statement {
				firstAt = loc[0]
				firstCS, firstCE = clause(s.text, loc[0])
			}
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
	var elected []string // the days of the elections drafted so far
	for _, h := range hits {
		if h.fallback && seen[h.t.typ] {
			continue
		}
		cs, _ := clause(s.text, h.loc[0])
		// "first elected in 2017 and re-elected in April 2022": another
		// trigger's election with a day of its own is another election.
		if h.t.typ == graph.Election && seen[graph.Election] && !h.second {
			if day := electionDay(s.text, h.loc[0], d.pub); day != "" && !slices.Contains(elected, day) {
				h.second = true
			}
		}
		// One event per clause: a clause's other triggers retell it ("met
		// for talks"), except a loan's talks, and an arrest told by its
		// verb ("fired tear gas and detained 20", "stormed the campus,
		// detaining dozens"): detaining is a deed of its own.
		// An election told with its date is an event of its own ("protests
		// broke out after the October 4 vote").
		if seen[h.t.typ] && h.t.typ != graph.Statement && !(h.second && !clauses[cs]) || (clauses[cs] && !(h.t.typ == graph.Meeting && seen[graph.Loan]) && h.t.typ != graph.Election && !(h.t.typ == graph.Arrest && !nominalRE.MatchString(s.text[h.loc[0]:h.loc[1]])) &&
			!(h.t.typ == graph.Statement && (d.ownClause(s.text, h.loc[0], out) || briefingRE.MatchString(s.text[h.loc[1]:])))) {
			continue
		}
		// "…, and 45 were hurt, the hospital said.": the attribution
		// reports the sentence's events; it is no statement of its own.
		// "In an interview, he said …": the interview is what happened.
		if h.t.typ == graph.Statement && seen[graph.Interview] {
			continue
		}
		if h.t.typ == graph.Statement && len(out) > 0 && !briefingRE.MatchString(s.text[h.loc[1]:]) && (!d.ownClause(s.text, h.loc[0], out) || sentenceEndRE.MatchString(s.text[h.loc[1]:]) ||
			attributionEndRE.MatchString(s.text[cs:h.loc[1]]) && !conjoinedRE.MatchString(s.text[cs:h.loc[1]])) {
			continue
		}
		e := d.event(i, s, h.t, h.loc, ref, last)
		if e == nil {
			continue
		}
		d.withHim(e, i, s.text[h.loc[1]:], h.t.subject)
		if h.t.typ == graph.Statement && seen[graph.Statement] &&
			slices.ContainsFunc(out, func(o *eventDraft) bool { return o.Type == e.Type && speaker(o) == speaker(e) }) {
			continue
		}
		seen[h.t.typ] = true
		// An election retold takes no clause from what the clause tells.
		if h.t.typ != graph.Election {
			clauses[cs] = true
		} else {
			elected = append(elected, electionDay(s.text, h.loc[0], d.pub))
		}
		out = append(out, e)
	}
	if e := d.followedSuit(i, s, ref, last, out); e != nil {
		out = append(out, e)
	}
	// Before the violence, which stays the event the story told last.
	if e := d.crowdMet(out); e != nil {
		out = slices.Insert(out, slices.IndexFunc(out, func(o *eventDraft) bool { return o.Type == string(graph.Violence) }), e)
	}
	if len(out) == 0 {
		d.crowdEstimate(i, s.text)
	}
	return out
}

// crowdEstimateRE tells a crowd's size in a sentence of its own: "The
// interior ministry put Saturday's crowd at 107,000", "Organisers said
// 230,000 took part; police put the figure at 56,000".
var crowdEstimateRE = regexp.MustCompile(`(?i)\b(?:crowds?|turnout|attendance|took\s+part|turned\s+out|the\s+figure|the\s+number\s+of\s+(?:protesters|demonstrators|marchers|participants))\b`)

// figureRE is a figure of a crowd's size: "107,000", "1.2 million",
// "56 000"; a year, a percentage or a small number is none.
var figureRE = regexp.MustCompile(`(?i)\b(\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million))?\b(\s*(?:%|per\s*cent|percent))?`)

// crowdEstimate gives the protest told last, at most three sentences
// before sentence i, the size that
// sentence i, which tells no event, puts its crowd at when the protest
// has none or only words for it: the lowest estimate, "at least" when
// there are several. The sentence becomes one of the protest's quotes.
func (d *doc) crowdEstimate(i int, text string) {
	if !crowdEstimateRE.MatchString(text) {
		return
	}
	var p *eventDraft
	for _, o := range slices.Backward(d.events) {
		if o.Type == string(graph.Protest) && o.sent < i && o.sent >= i-3 {
			p = o
			break
		}
	}
	if p == nil || p.Count != nil && !vagueCount(p.Count) {
		return
	}
	var low float64
	n := 0
	for _, m := range figureRE.FindAllStringSubmatch(text, -1) {
		if m[3] != "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.NewReplacer(",", "", " ", "").Replace(m[1]), 64)
		if err != nil {
			continue
		}
		if f, ok := scales[strings.ToLower(m[2])]; ok {
			v *= f
		} else if !strings.ContainsAny(m[1], ", ") && v >= 1900 && v <= 2100 {
			continue // a year
		}
		if v < 100 {
			continue
		}
		if n == 0 || v < low {
			low = v
		}
		n++
	}
	if n == 0 {
		return
	}
	q := "exact"
	if n > 1 {
		q = "at_least"
	}
	p.Count = &Count{Value: int64(low + 0.5), Qualifier: q, Unit: "people"}
	// The sentence that states the size is the figure's provenance.
	if !slices.Contains(p.Quotes, text) {
		p.Quotes = append(p.Quotes, text)
	}
}

// crowdMet is the protest that force used on protesters tells: "Police
// fired tear gas at protesters in Dakar on Feb. 4" says that people
// protested there that day, which a reader of the timeline expects to
// see. Nil when the sentence drafted a protest, or its violence hit no
// crowd of protesters. The protest has the violence's date, place and
// quote; its retellings merge with it as any protest's do.
// abductedRE is people taken away by force one by one.
var abductedRE = regexp.MustCompile(`(?i)\b(?:abduct(?:ed|ion|ions|s)?|kidnapp?(?:ed|ing|ings)?|disappeared)\b`)

func (d *doc) crowdMet(out []*eventDraft) *eventDraft {
	var v *eventDraft
	for _, e := range out {
		switch e.Type {
		case string(graph.Protest):
			return nil
		case string(graph.Violence):
			if v == nil {
				v = e
			}
		}
	}
	// "reports that protesters had been abducted": taken one by one,
	// not met as a crowd.
	if v == nil || len(v.Quotes) > 0 && abductedRE.MatchString(v.Quotes[0]) {
		return nil
	}
	for _, p := range v.Participants {
		a := d.byID[p.Actor]
		if a == nil || a.group != "protesters" || p.Role != "victim" {
			continue
		}
		e := &eventDraft{Event: v.Event, start: v.start, end: v.end, precision: v.precision, para: v.para, at: v.at, sent: v.sent}
		e.Type, e.CAMEO, e.Title, e.Count, e.Amount = string(graph.Protest), "141", "", nil, nil
		e.Participants = []Participant{{Actor: p.Actor, Role: "protester"}}
		e.Quotes, e.NotSameAs = slices.Clone(v.Quotes), nil
		// "to drive thousands of demonstrators off Rustaveli Avenue":
		// the crowd's size, not the violence's toll.
		if len(v.Quotes) > 0 {
			if m := crowdFigureRE.FindString(v.Quotes[0]); m != "" {
				e.Count = countIn(m)
			}
		}
		if v.Date != nil {
			date := *v.Date
			e.Date = &date
		}
		e.Title = title(graph.Protest, e.Participants, d)
		return e
	}
	return nil
}

// electionDay is the date wording that names the election told at at,
// relative clauses it is not in left out, read as of pub: a wording
// that does not resolve then is passed over as the election's date
// would pass it over.
func electionDay(s string, at int, pub time.Time) string {
	_, _, _, text, _ := electionDate(maskRelatives(s, at), at, pub, time.Time{})
	return text
}

// nearestDate is the date wording of s[cs:ce] nearest the trigger at
// at, "" when the clause names none.
func nearestDate(s string, cs, ce, at int) string {
	best, dist := "", -1
	for _, l := range findDates(s[cs:ce]) {
		d := max(cs+l[0]-at, at-(cs+l[1]))
		if dist < 0 || d < dist {
			best, dist = s[cs+l[0]:cs+l[1]], d
		}
	}
	return best
}

// withHimRE follows a trigger with the one who did it too: "took the
// oath with him".
var withHimRE = regexp.MustCompile(`^\s+(?:\S+\s+){0,2}?(?:along\s+)?with\s+(?:him|her)\b`)

// withHim makes the person the sentence before opens with a participant
// of e in the role of its doers, when e was done "with him": "Yunus was
// sworn in. Thirteen advisers took the oath with him."
func (d *doc) withHim(e *eventDraft, i int, after, role string) {
	if e.Type == string(graph.Statement) || !withHimRE.MatchString(after) {
		return
	}
	p := d.subjectOf(i - 1)
	if p == nil || slices.ContainsFunc(e.Participants, func(q Participant) bool { return q.Actor == p.ID }) {
		return
	}
	e.Participants = append(e.Participants, Participant{Actor: p.ID, Role: role})
}

// outletBefore reports whether the article's outlet is named right
// before byte at of sentence i, as the subject of the verb there.
func (d *doc) outletBefore(i, at int) bool {
	return slices.ContainsFunc(d.mentions[i], func(m mention) bool {
		return m.actor == d.outlet && m.end <= at && len(strings.Fields(d.sents[i].text[m.end:at])) == 0
	})
}

// followedSuitRE says that someone did as another had: "the European
// Union followed suit", "Germany did the same".
var followedSuitRE = regexp.MustCompile(`(?i)\b(?:followed|follows|following)\s+suit\b|\bdid\s+(?:the\s+same|likewise)\b`)

// followedSuit is the event that "X followed suit" tells: one of the
// type of the event told just before (in the sentence, else the one
// told last), with X in the role its doer had. What the clause does not
// date happened when that event did ("followed suit the same day").
func (d *doc) followedSuit(i int, s sentence, ref *time.Time, last *eventDraft, out []*eventDraft) *eventDraft {
	if !strings.Contains(s.text, "suit") && !strings.Contains(s.text, "did ") {
		return nil
	}
	loc := followedSuitRE.FindStringIndex(s.text)
	if loc == nil {
		return nil
	}
	base := last
	for _, o := range out {
		if o.at < loc[0] {
			base = o
		}
	}
	if base == nil || base.Type == string(graph.Statement) || didNotHappen(tail(s.text[:loc[0]], 160)) {
		return nil
	}
	k := slices.IndexFunc(triggers, func(t trigger) bool { return string(t.typ) == base.Type && !t.passive })
	if k < 0 {
		return nil
	}
	e := d.event(i, s, triggers[k], loc, ref, last)
	if e == nil || slices.ContainsFunc(e.Participants, func(p Participant) bool {
		return slices.ContainsFunc(base.Participants, func(q Participant) bool { return q.Actor == p.Actor && q.Role == p.Role })
	}) {
		return nil
	}
	if cs, ce := clause(s.text, loc[0]); firstDate(s.text[cs:ce]) == "" || sameDayRE.MatchString(s.text[cs:ce]) {
		e.start, e.end, e.precision, e.Date = base.start, base.end, base.precision, base.Date
	}
	return e
}

// briefingRE follows "told" when the telling was a briefing of its own
// ("told reporters on Sunday that 308 people had been arrested"): the
// briefing happened beside what it reports, so both are drafted.
var briefingRE = regexp.MustCompile(`(?i)^\s+(?:reporters|journalists|the press|a (?:news|press) conference|a (?:news |press )?briefing|(?:the )?parliament|lawmakers)\b`)

// bereavedRE ends "families of those" before a participle that
// describes the dead or hurt they are kin of.
var bereavedRE = regexp.MustCompile(`(?i)\b(?:families|family|relatives|parents|mothers|fathers|widows|orphans|funerals?|graves|bodies|memory|names|photos|pictures)\s+of\s+(?:the\s+|those\s+)?(?:[\p{L}\-]+\s+){0,3}$`)

// bereavedInRE ends "families of those killed in the": the protests or
// clashes named next are where they died, told elsewhere.
var bereavedInRE = regexp.MustCompile(`(?i)\b(?:families|family|relatives|parents|mothers|fathers|widows|orphans|funerals?|graves|bodies|memory|names|photos|pictures)\s+of\s+(?:the\s+|those\s+)?(?:[\p{L}\-]+\s+){0,3}(?:killed|wounded|injured|hurt|shot|detained|arrested|jailed)\s+(?:in|during|at)\s+(?:the\s+)?$`)

// personalProtestRE begins a protest one does in person rather than leads.
var personalProtestRE = regexp.MustCompile(`(?i)^(?:staged\s+(?:a\s+)?(?:\S+\s+)?sit-ins?|sit-ins?|hunger strike|walked out|walkout|went on (?:a\s+)?hunger strike)\b`)

var leadTimeRE = regexp.MustCompile(`(?i)^[^,]{0,40}?\b(?:after|before|since|following)\b[^,]{0,60},`)

// relativeSpans are the relative clauses of s that do not hold byte at.
func relativeSpans(s string, at int) [][2]int {
	var out [][2]int
	for _, m := range clauseBounds(s) {
		if close := relativeEnd(s, m); close > 0 && !(at >= m[0] && at < close) {
			out = append(out, [2]int{m[0], close})
		}
	}
	return out
}

// maskRelatives blanks the relative clauses of s (", which ... ,") that
// do not hold byte at, keeping offsets.
func maskRelatives(s string, at int) string {
	var b []byte
	for _, m := range clauseBounds(s) {
		close := relativeEnd(s, m)
		if close == 0 || (at >= m[0] && at < close) {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := m[0]; k < close; k++ {
			if b[k] < 0x80 {
				b[k] = ' '
			}
		}
	}
	// "a camp that had been occupied since early April": a relative
	// clause without commas, its subject the noun before it, tells of
	// the noun, not of the sentence's events. A "that" with a subject
	// after it ("said that he was") is no such clause.
	for _, m := range thatRelativeRE.FindAllStringIndex(s, -1) {
		if at >= m[0] && at < m[1] {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := m[0]; k < m[1]; k++ {
			if b[k] < 0x80 {
				b[k] = ' '
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

var thatRelativeRE = regexp.MustCompile(`\s(?:that|which)\s+(?:had|has|have)\s+been\s+\p{Ll}+(?:ed|en)\b[^,;.]*`)

// firstTimeRE opens a comparison with an earlier time, which dates
// nothing the sentence tells: "for the first time since 1990".
var firstTimeRE = mustStartRE(`(?i)\bfor\s+the\s+first\s+time\s+(?:since|in)\b|\b(?:the\s+)?(?:highest|lowest|biggest|largest|smallest|worst|best|deadliest|strongest|weakest|most|least)\s+(?:\S+\s+){0,3}?(?:since|in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:a|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:decades?|years?))\b`)

// firstTimeEndRE ends such a comparison: the clause that goes on.
var firstTimeEndRE = regexp.MustCompile(`(?i)[,;.]|\s(?:after|as|when|while|because)\s`)

// appositiveRE is a noun phrase in commas: ", a former law professor
// elected in 2019,".
var appositiveRE = regexp.MustCompile(`^,\s+(?:a|an|the)\s+[^,;"“”]{3,150}?,`)

// frontedRE begins a sentence with a place or time, whose comma opens no
// apposition: "In Tunis, the president met".
var frontedRE = regexp.MustCompile(`(?i)^\W*(?:in|on|at|from|late|early|after|before|by|during|since|until|outside|inside|near|across|for)\s`)

// sinceBeganInRE is a run told since another event began: "for the
// first time since the invasion of Ukraine began in February", "in
// power since a coup in 1994", "since independence in 1960".
var sinceBeganInRE = regexp.MustCompile(`(?i)\bsince\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,5}?(?:began|started|broke\s+out|erupted)\s+(?:in|on)\s+[^,;.]+|\b(?:since|in\s+power\s+since)\s+(?:a\s+|the\s+|its\s+|his\s+|her\s+)?(?:independence|a\s+coup|the\s+coup|coup|the\s+revolution|the\s+war|the\s+end\s+of\s+the\s+war|(?:the\s+)?\p{L}+\s+revolution)\s+in\s+\d{4}`)

// quotedRE is words in quotation marks.
var quotedRE = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// maskOtherTimes blanks, keeping offsets, the words that tell the time
// of something else than the events of s, unless they hold byte at: the
// words quoted ("told him that \"today's era is not an era of war\"")
// and the beginning of a run that goes on ("since the invasion began in
// February").
func maskOtherTimes(s string, at int) string {
	if !strings.ContainsAny(s, "\"“") && !strings.Contains(s, "since") {
		return s
	}
	b := []byte(s)
	for _, re := range []*regexp.Regexp{quotedRE, sinceBeganInRE} {
		for _, m := range re.FindAllStringIndex(s, -1) {
			if at >= m[0] && at < m[1] {
				continue
			}
			for k := m[0]; k < m[1]; k++ {
				if b[k] < 0x80 {
					b[k] = ' '
				}
			}
		}
	}
	return string(b)
}

// dueDayRE is the day something is due, set for later: "(the general
// election) due in January", "(a vote) scheduled for 14 March". It dates
// what is due, not who speaks of it.
var dueDayRE = regexp.MustCompile(`(?i)\b(?:due|scheduled|slated)\s+(?:for|on|in|by)\s+((?:(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:` + monthNames + `)|(?:next\s+)?(?:` + weekday + `)|(?:` + monthNames + `))(?:,?\s+\d{4})?)`)

// targetDayRE is a day something is put off or moved to: "postponed
// the election to December 15", "extended the curfew until Friday"; the
// day is not when the putting off happened. Its group is the date.
var targetDayRE = regexp.MustCompile(`(?i)\b(?:postpon\w*|delay\w*|mov(?:ed|es|ing|e)|push(?:ed|es|ing)?\s+back|reschedul\w*|brought\s+forward|extend\w*|prolong\w*)\s+(?:[^\s,;.]+\s+){0,5}?(?:to|until|till)\s+((?:(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:` + monthNames + `)|(?:next\s+)?(?:` + weekday + `)|(?:` + monthNames + `))(?:,?\s+\d{4})?)`)

// maskTargetDays blanks the days things are put off or moved to, keeping
// offsets.
func maskTargetDays(s string) string {
	ms := append(targetDayRE.FindAllStringSubmatchIndex(s, -1), dueDayRE.FindAllStringSubmatchIndex(s, -1)...)
	if ms == nil {
		return s
	}
	b := []byte(s)
	for _, m := range ms {
		for k := m[2]; k < m[3]; k++ {
			if b[k] < 0x80 {
				b[k] = ' '
			}
		}
	}
	return string(b)
}

// maskAsides blanks what tells of another time than the sentence's
// events, keeping offsets: a comparison with an earlier time, and a noun
// phrase in apposition to a name ("Saied, a former law professor
// elected in 2019, announced") that does not hold byte at.
func maskAsides(s string, at int) string {
	var b []byte
	blank := func(from, to int) {
		if at >= from && at < to {
			return
		}
		if b == nil {
			b = []byte(s)
		}
		for k := from; k < to; k++ {
			if b[k] < 0x80 {
				b[k] = ' '
			}
		}
	}
	// "marched on Friday, defying a ban announced by the ministry the
	// previous day": a participle that qualifies a noun after a
	// preposition or a verb of defiance tells that noun's own time.
	if reducedLead(s) {
		for _, m := range reducedRelativeRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	// "Gruevski, prime minister until last year, has called": the end
	// of an office someone held dates the office, not what they do now.
	if strings.Contains(s, "until ") {
		for _, m := range tenureRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	// Cheap tests first: most sentences hold none of the rest.
	if !strings.Contains(s, "first time") && !strings.Contains(s, ", a") && !strings.Contains(s, ", the") && !strings.Contains(s, "since") && !strings.Contains(s, " in ") {
		if b == nil {
			return s
		}
		return string(b)
	}
	for _, m := range firstTimeRE.FindAllStringIndex(s, -1) {
		end := len(s)
		if e := firstTimeEndRE.FindStringIndex(s[m[1]:]); e != nil {
			end = m[1] + e[0]
		}
		blank(m[0], end)
	}
	// "Vučić, first elected president in 2017 and re-elected in April
	// 2022, faces": a participle's aside about the subject tells its own
	// times.
	for _, m := range participleAsideRE.FindAllStringIndex(s, -1) {
		blank(m[0], m[1])
	}
	// ", a step it had threatened in April": a noun summing up the
	// clause, qualified in the pluperfect, tells an earlier time.
	if strings.Contains(s, " had ") {
		for _, m := range pluperfectAsideRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	// Each comma may open one: "On Sunday, the party named X, the aide
	// it had fired on May 6, in his place" holds a false one first.
	for c := strings.IndexByte(s, ','); c >= 0; c = nextComma(s, c) {
		m := appositiveRE.FindStringIndex(s[c:])
		if m == nil {
			continue
		}
		m[0], m[1] = m[0]+c, m[1]+c
		w := words(s[:m[0]])
		if len(w) == 0 || !capitalised(w[len(w)-1].text) || calendarRE.MatchString(w[len(w)-1].text) || w[len(w)-1].end != m[0] {
			continue
		}
		if frontedRE.MatchString(s[:m[0]]) && !strings.Contains(s[:m[0]], ",") {
			continue
		}
		if !dateRE.MatchString(s[m[0]:m[1]]) {
			continue
		}
		blank(m[0], m[1]-1)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// participleAsideRE is an aside that a participle of office opens,
// between commas, after a name: ", first elected president in 2017,".
var participleAsideRE = regexp.MustCompile(`\p{Lu}[\p{L}’'\-]*,\s+(?:(?:first|once|twice|later|then|since|previously|briefly)\s+)?(?:re-?)?(?:elected|appointed|named|sworn\s+in|installed|ousted|jailed|arrested|convicted|exiled|deposed|overthrown|chosen)\b[^,;.]*,`)

// reducedRelativeRE is a noun qualified by a participle and its time,
// after a preposition or a verb of defiance: "(defying) a ban announced
// by the ministry the previous day", "under a decree issued on Monday".
var reducedRelativeRE = regexp.MustCompile(`\b(?:defying|despite|under|against|after|following|ignoring|flouting|breaking|violating|over)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\-]+\s+){0,3}?(?:announced|issued|imposed|declared|signed|passed|adopted|published|released|agreed|reached|brokered|approved|lifted|extended|ordered|introduced|decreed|enacted)\s+(?:by|on|last|the|in|at|earlier|this|a)\b[^,;]*`)

// tenureRE is an office held until a time: "prime minister until last
// year", "president from 2010 until 2019", "leader of the party until
// March", to the next comma.
var tenureRE = regexp.MustCompile(`(?i)\b(?:` + officeWords + `|leader|head|chief|chairman|chairwoman)\s+(?:of\s+[^,;]{1,40}?\s+)?(?:(?:from|since)\s+[^,;]{1,20}?\s+)?until\s+[^,;]*`)

// reducedLeads are the words reducedRelativeRE begins with: a cheap test
// before it.
var reducedLeads = []string{"defying ", "despite ", "under ", "against ", "after ", "following ", "ignoring ", "flouting ", "breaking ", "violating ", "over "}

func reducedLead(s string) bool {
	return slices.ContainsFunc(reducedLeads, func(w string) bool { return strings.Contains(s, w) })
}

// pluperfectAsideRE is a noun after a comma that a pluperfect clause
// with no relative pronoun qualifies, to the clause's end: ", a step it
// had threatened in April", ", the plan the generals had accepted".
var pluperfectAsideRE = regexp.MustCompile(`,\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?(?:it|they|he|she|we|the\s+\p{Ll}+|\p{Lu}[\p{L}’'\-]+)\s+had\s+(?:(?:already|long|once|first|earlier|previously|also)\s+)?\p{Ll}+(?:ed|en|wn|ght|ne|ld)\b[^,;]*`)

// monthAbbrevEndRE ends text in a month's abbreviated name: "on Oct".
var monthAbbrevEndRE = regexp.MustCompile(`\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$`)

// nextComma returns the index of the first comma of s after byte c, or -1.
func nextComma(s string, c int) int {
	if i := strings.IndexByte(s[c+1:], ','); i >= 0 {
		return c + 1 + i
	}
	return -1
}

// relativeDated reports whether the relative clause holding byte at
// states its own date: "which pledged $3bn in April".
func relativeDated(s string, at int) bool {
	for _, m := range clauseBounds(s) {
		if close := relativeEnd(s, m); close > 0 && at >= m[0] && at < close {
			return dateRE.MatchString(s[m[0]:close])
		}
	}
	return false
}

// inRelative reports whether byte at of s is inside a relative clause.
func inRelative(s string, at int) bool {
	for _, m := range clauseBounds(s) {
		if close := relativeEnd(s, m); close > 0 && at >= m[0] && at < close {
			return true
		}
	}
	return false
}

// timeRefNounRE ends a phrase of time before a qualified noun: "after an
// emergency cabinet", "before the second round of".
var timeRefNounRE = regexp.MustCompile(`(?i)\b(?:after|before|following|ahead\s+of|since)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}\-]+\s+){1,3}$`)

var timeRefRE = regexp.MustCompile(`(?i)\b(?:after|before|since|until|following|ahead of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?$`)

var (
	activeAppointRE = regexp.MustCompile(`^(?:appointed|appoints|named|names|nominated|nominates|confirmed|confirms|sacked|sacks|fired|fires)\b`)
	passiveBeforeRE = regexp.MustCompile(`(?i)\b(?:was|were|been|being)\s+$`)
	// addressRE are verbs whose object is spoken to; targetRE verbs
	// whose object is spoken against.
	addressRE = regexp.MustCompile(`^(?:told|urged|asked|assured|warned|addressed|called on|appealed|thanked|congratulated)`)
	targetRE  = regexp.MustCompile(`^(?:accused|critici[sz]ed|condemned|denounced|blamed|called|calling|rejected|dismissed|threatened)`)
)

// statementObjectRole is the role of the k-th actor named after a
// statement's verb: "told the crowd" speaks to it, "accused Russia"
// against it, "said Morales had been granted asylum" about him.
func statementObjectRole(verb string, k int) string {
	switch {
	case addressRE.MatchString(verb) && k == 0:
		return "addressee"
	case targetRE.MatchString(verb) && k == 0:
		return "target"
	}
	return "subject"
}

var (
	modifiedNounRE = regexp.MustCompile(`(?i)^\s+(?:movement|leaders?|group|groups|organi[sz]ers|camp|site|commission|committee|observers|officials|law|laws|results?|fraud|campaign|monitors|authorities|body|bodies|chief|official|offers?|request|requests|application|talks|negotiations)\b`)
	resultsOfRE    = regexp.MustCompile(`(?i)\b(?:results?|outcome|annulment)\s+of\s+(?:the|a|this|last)\s+(?:\S+\s+){0,2}$`)
)

// addressedRallyRE ends the words of one who speaks to a rally.
var addressedRallyRE = regexp.MustCompile(`(?i)\b(?:told|addressed|addressing|speaking\s+(?:to|at)|spoke\s+(?:to|at))\s+(?:a|the|an)?\s*(?:\S+\s+){0,3}?(?:rally|rallies|crowd|supporters|demonstrators)\b`)

// refBeforeRE ends words that take an event already told as their
// object: "staff who support the protests", "during the clashes",
// "described the protests as illegal". ("called the rally" may have
// organised it.)
var refBeforeRE = regexp.MustCompile(`(?i)\b(?:support|supports|supported|supporting|oppose|opposed|opposes|back|backed|condemn|condemned|cover|covered|covering|during|over|about|of|end|ends|ended|ending|call\s+off|called\s+off|calling\s+off|lift|lifted|lifting|described|describes|denounced|denounces|critici[sz]ed|critici[sz]es|praised|praises|welcomed|welcomes|defended|defends|blamed|blames|hailed|dismissed|dismisses|(?:comments?|remarks|views?|statements?|crackdown|report|reports|debate)\s+on)\s+the\s+$`)

var theBeforeRE = regexp.MustCompile(`\bthe\s+$`)

// judgedTheRE is a verb that judges what the story has told: "denounced
// the election".
var judgedTheRE = regexp.MustCompile(`(?i)\b(?:condemned|condemns|described|describes|denounced|denounces|critici[sz]ed|critici[sz]es|praised|praises|welcomed|welcomes|defended|defends|blamed|blames|hailed|hails|dismissed|dismisses|rejected|rejects)\s+the\s+$`)

// saidTheRE ends the words of a saying before what it speaks of: "said on
// Sunday that the", "calling the".
var saidTheRE = regexp.MustCompile(`(?i)\b(?:said|says|say|insisted|insists|added|argued|claimed|claims|warned|stated|calling|called)\s+(?:(?:on|late\s+on|early\s+on|earlier|last|this)\s+(?:\S+\s+){0,2}?)?(?:that\s+)?(?:the|this|that)\s+(?:\p{Ll}+\s+)?$`)

// ownDayAfterRE follows a vote's noun with its own day: "(the vote) of 8
// August", "on Sunday".
var ownDayAfterRE = regexp.MustCompile(`^\s+(?:of|on|held\s+on)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`)

// announcedTheRE is a verb that makes known what the story has told:
// "del Castillo announced the arrests on Wednesday night" is his
// statement; the arrests are told before. ("announced the arrest of 20
// people" tells them, so ofAfterRE lets that through.)
var announcedTheRE = regexp.MustCompile(`(?i)\b(?:announced|announces|confirmed|confirms|reported|disclosed|revealed|acknowledged)\s+the\s+$`)

// ofAfterRE opens what a noun is of: "the arrest of 20 people".
var ofAfterRE = regexp.MustCompile(`^\s+of\b`)

var reducedRE = regexp.MustCompile(`^\s+(?:was|were|is|are|had been|has been|have been)\b`)

// attributionRE is a trailing attribution up to its verb: ", his press
// service ", ", the Kremlin ".
// invertedSaidRE ends what a statement reports before a verb of saying
// that comes before its speaker: "\"We will win,\" (said Orban)".
var invertedSaidRE = regexp.MustCompile(`[,?!]["”’]?\s+$`)

// unnamedSourceRE is an attribution to an unnamed voice of a body: ",
// a spokesperson", ", its operator", ", an official".
var unnamedSourceRE = regexp.MustCompile(`(?i)^,\s+(?:a|an|its|their|the)\s+(?:senior\s+|government\s+|company\s+|party\s+)?(?:spokes(?:man|woman|person)|official|operator|representative|press\s+(?:office|service)|statement)\s+$`)

// openingBody is the organisation, or the country, that sentence i
// names first before byte at, as the subject it opens with: "The White
// House had not been informed, a spokesperson said".
func (d *doc) openingBody(i, at int) *actorDraft {
	for _, m := range d.mentions[i] {
		if m.end > at {
			break
		}
		if m.actor == nil || m.modifier || m.asPlace != "" {
			continue
		}
		if m.actor.Kind == string(graph.Organization) && bodyOpensRE.MatchString(d.sents[i].text[:m.start]) {
			return m.actor
		}
		return nil
	}
	return nil
}

// bodyOpensRE is the opening of a sentence before the body that is its
// subject: "The ", "• The ".
var bodyOpensRE = regexp.MustCompile(`^[\W]*(?:[Tt]he\s+)?$`)

var attributionRE = regexp.MustCompile(`^,\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\p{L}’'\-]+\s+){1,4}$`)

var trailingVerbRE = regexp.MustCompile(`^(?:said|says|added|wrote|reported)\s*[.,;]`)

var sentenceEndRE = regexp.MustCompile(`^\s*[.!]?["”’]?\s*$`)

// measureWords are what a chamber votes on.
const measureWords = `(?:bills?|laws?|motions?|resolutions?|decrees?|requests?|amendments?|budgets?|reading|constitution|impeachment|measures?|legislation|reforms?|proposals?|treaty|deal|agreement|state\s+of\s+emergency|martial\s+law|article\s+\d+|declaration)\b`

// undoneRE ends the words before an agreement that is undone: "to
// scrap every", "tore up the", "pulled out of the".
var undoneRE = regexp.MustCompile(`(?i)\b(?:scrap(?:s|ped|ping)?|tore\s+up|tear(?:s|ing)?\s+up|annul(?:s|led|ling)?|abandon(?:s|ed|ing)?|renounce[sd]?|renouncing|repudiat(?:e|es|ed|ing)|pull(?:s|ed|ing)?\s+out\s+of|withdr(?:ew|aw|aws|awing)\s+from|quit|quits|suspend(?:s|ed|ing)?|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?)\s+(?:(?:every|all|the|an?|its|their|his|her|this|that)\s+)?(?:[\p{L}\-]+\s+){0,2}$`)

// crowdOpensRE ends the words of a clause before a crowd that is its
// subject: nothing, or a comma, "and" or a word of estimate. A crowd
// further in ("cancelled departures after about 5,000 protesters
// filled the hall") tells why, which its own trigger tells.
var crowdOpensRE = regexp.MustCompile(`(?i)(?:^|[,;:•]\s*|\band\s+)(?:(?:about|some|nearly|around|almost|more\s+than|at\s+least|up\s+to|over|roughly|an\s+estimated|perhaps|the)\s+)*$`)

// homeTripRE is a trip home, no visit: "flew back to Harare".
var homeTripRE = regexp.MustCompile(`(?i)\b(?:flew|flown|travell?ed|boarded)\s+(?:\S+\s+){0,3}?(?:back|home)\b`)

// tallyReceivedRE is a candidate's share of a vote: "received
// 2,810,757 votes", "received 52 percent".
var tallyReceivedRE = regexp.MustCompile(`(?i)\breceived\s+(?:(?:about|some|nearly|almost|more\s+than|over|just|only|around|roughly)\s+)*\d[\d,.]*\s*(?:%|percent|per\s+cent|votes|million\s+votes|of\s+the)`)

// pollBeforeRE ends the words before "poll" when it is a vote: a day's
// possessive ("Thursday's"), or a kind of election ("presidential").
var pollBeforeRE = regexp.MustCompile(`(?i)(?:(?:` + dayRef + `)(?:’s|'s)\s+(?:\p{L}+\s+)?|\b(?:presidential|parliamentary|general|legislative|municipal|snap|disputed|national|regional|first-round|second-round|run-off|runoff)\s+)$`)

// nonChamberBeforeRE ends a clause's words before its verb when a body
// that is no chamber is its subject: "the UN Security Council
// (adopted)", "the OAS Permanent Council on Saturday (approved)".
var nonChamberBeforeRE = regexp.MustCompile(`(?i)\b(?:council|union|commission|committee|organi[sz]ation|group|league|bloc|community|summit|board|ECOWAS|SADC|OAS|NATO|ASEAN|EU|AU|UN)\b(?:’s|'s)?(?:\s+(?:on|late\s+on|early\s+on)\s+\p{Lu}\p{Ll}+|\s+(?:also|then|later|unanimously|formally))?\s+$`)

// chamberBeforeRE ends a clause's words before its verb when a
// legislature or its members are the subject: "the Senate in Madrid",
// "80 deputies", "Catalonia's parliament", "the Knesset".
var chamberBeforeRE = regexp.MustCompile(`(?i)\b(?:parliament|assembly|senate|congress|knesset|duma|rada|sejm|bundestag|majlis|khural|legislature|chamber|house\s+of\s+(?:representatives|commons|lords|deputies)|(?:lower|upper)\s+house|deputies|lawmakers|legislators|mps|senators|members\s+of\s+parliament)\b(?:’s|'s)?(?:\s+(?:in|of)\s+\p{Lu}\p{L}+)?(?:\s+(?:also|then|later|again|finally|quickly|narrowly|overwhelmingly|unanimously))?\s+$`)

// legislatureRE is in the name of a legislature.
var legislatureRE = regexp.MustCompile(`(?i)\b(?:parliament|assembly|senate|congress|knesset|duma|rada|sejm|bundestag|majlis|khural|legislature|chamber\s+of\s+deputies|house\s+of\s+(?:representatives|commons|lords|deputies))\b`)

// isLegislature reports whether a names a legislature, by its name or an
// alias: the Seimas is also the "Lithuanian parliament".
func isLegislature(a *actorDraft) bool {
	return a != nil && (legislatureRE.MatchString(a.Name) || slices.ContainsFunc(a.Aliases, legislatureRE.MatchString))
}

// lastLegislature is the legislature named last before byte at of
// sentence i, in the sentence or before it.
func (d *doc) lastLegislature(i, at int) *actorDraft {
	for j := i; j >= 0; j-- {
		for _, m := range slices.Backward(d.mentions[j]) {
			if j == i && m.start >= at || m.actor == nil || m.actor.Kind != string(graph.Organization) {
				continue
			}
			if isLegislature(m.actor) {
				return m.actor
			}
		}
	}
	return nil
}

// votesForRE counts the votes a measure carried: "by 214 votes to 47",
// "70 of the 135 deputies backed".
var votesForRE = regexp.MustCompile(`(?i)\bby\s+(\d[\d,]*)\s+votes?\s+to\s+\d|\b(\d[\d,]*)\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:deputies|lawmakers|legislators|mps|senators|members)\s+(?:\S+\s+){0,4}?(?:voted|backed|approved|supported)\b`)

// votesFor is the count of votes for a measure s tells, if any.
func votesFor(s string) *Count {
	m := votesForRE.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(m[1]+m[2], ",", ""), 10, 64)
	if err != nil {
		return nil
	}
	return &Count{Value: n, Qualifier: string(graph.Exact), Unit: "votes in favour"}
}

var chamberVoteRE = regexp.MustCompile(`(?i)\b(?:congress|parliament|senate|assembly|lawmakers|legislators|deputies|mps|legislature|chamber|duma|council|court|judges)(?:’s|'s)?\s+(?:\S+\s+){0,3}?(?:voted|vote)$|\b(?:impeachment|confidence|no-confidence|censure|parliamentary)\s+vote$`)

// tookPartRE ends the words before a protest's noun that count who took
// part: "2 million took part in Sunday's", "thousands joined the".
var tookPartRE = regexp.MustCompile(`(?i)\b(?:took\s+part\s+in|joined|attended|turned\s+out\s+for)\s+(?:\S+\s+){0,3}$`)

// judgedRE ends the words of a judgement before the noun of what it
// judges: "condemned the", "welcomed Tuesday's".
var judgedRE = regexp.MustCompile(`(?i)\b(?:hail(?:ed|s|ing)?|applaud(?:ed|s|ing)?|celebrat(?:ed|es|ing)|condemn(?:ed|s|ing)?|critici[sz](?:ed|es|ing)|denounc(?:ed|es|ing)|welcom(?:ed|es|ing)|prais(?:ed|es|ing)|deplor(?:ed|es|ing)|defend(?:ed|s|ing)?|question(?:ed|s|ing)?)\s+(?:\S+\s+){0,3}$`)

// reportRE is a verb of saying that introduces what is reported.
var reportRE = regexp.MustCompile(`(?i)\b(?:said|says|say|told\s+(?:\S+\s+){0,5}?that|reported|announced that|added|confirmed|claimed|stated|alleged|(?:judged|judges|considered|considers|believed|believes|argued|argues|insisted|insists|warned|warns|stressed|stresses|lamented)\s+that)\b`)

// nominalRE is a trigger that is a noun rather than a verb of the past.
var nominalRE = regexp.MustCompile(`(?i)^(?:protests?|rall(?:y|ies)|march|demonstrations?|strikes?|sit-in|elections?|vote|ballot|referendum|polls|talks|summit|meeting|agreement|accord|treaty|deal|peace deal|sanctions|interview|debate|crackdown|clashes|tear gas|rubber bullets|stun grenades|loans?|credit line|bailout|financial aid|economic aid|inauguration|arrests|detentions|asset freeze|travel ban|visit to)$`)

// reportBefore returns where the last verb of saying before byte at of s
// ends, or -1.
func reportBefore(s string, at int) int {
	end := -1
	for _, m := range reportRE.FindAllStringIndex(s[:at], -1) {
		end = m[1]
	}
	return end
}

var saidOnRE = regexp.MustCompile(`(?i)^\s+(?:late\s+|early\s+)?on\s+(?:` + dayRef + `)\b`)

// pronounSubjectRE starts a report whose subject is its speaker: "police
// said they had arrested".
var pronounSubjectRE = regexp.MustCompile(`(?i)^\s*(?:(?:on|late on|early on)\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she)\b`)

// ownClause reports whether a statement's verb at stands in a clause of
// its own, apart from the events found in the sentence: "The union, which
// led the protests in April, called a strike".
func (d *doc) ownClause(s string, at int, found []*eventDraft) bool {
	for _, e := range found {
		// A statement in a relative clause is apart from the clause it
		// interrupts: "Saudi Arabia, which pledged $3bn in April,
		// deposited $500m".
		if slices.ContainsFunc(relativeSpans(s, e.at), func(r [2]int) bool { return at >= r[0] && at < r[1] }) {
			continue
		}
		// An election is retold beside what is said about it; a rally
		// spoken to is an event beside what is said to it.
		if e.Type == string(graph.Election) || e.Type == string(graph.Protest) && addressedRallyRE.MatchString(tail(s[:min(e.at+30, len(s))], 70)) &&
			!strings.HasPrefix(strings.ToLower(s[at:]), "addressed") {
			continue
		}
		if cs, ce := clause(s, e.at); at >= cs && at < ce {
			return false
		}
	}
	return true
}

// declaredWinnerRE is a win declared of who stands inside it, in the
// past or, as timelines tell, the present: "declared Bola Tinubu the
// winner", "declares Kibaki the winner".
var declaredWinnerRE = regexp.MustCompile(`(?i)\b(?:declared|declares|named|names|confirmed|confirms|proclaimed|proclaims)\s+(?:\S+\s+){1,8}?(?:as\s+)?(?:the\s+)?winner\b`)

var wonRE = regexp.MustCompile(`(?i)\b(?:won|wins|had won|gave (?:him|her)\s+\d+(?:\.\d+)?\s*%|declared (?:him|her) (?:the )?winner)`)

// wonBeforeRE ends the words between a winner and the election's word:
// "won Sunday's", "has won the presidential".
var wonBeforeRE = regexp.MustCompile(`(?i)\b(?:won|wins|has\s+won|had\s+won)\s+(?:\S+\s+){0,3}$`)

// setRole gives actor the role in e, adding it as a participant when it
// is not one yet.
func (e *eventDraft) setRole(actor, role string) {
	for k, p := range e.Participants {
		if p.Actor == actor {
			e.Participants[k].Role = role
			return
		}
	}
	e.Participants = append(e.Participants, Participant{Actor: actor, Role: role})
}

// declaredWinnerPassiveRE is a win declared of who stands before it: "was
// declared the winner", "was proclaimed winner".
var declaredWinnerPassiveRE = regexp.MustCompile(`(?i)\b(?:was|has\s+been|had\s+been)\s+(?:declared|proclaimed|confirmed\s+as)\s+(?:the\s+)?(?:outright\s+)?winner`)

// winner marks who won an election its sentence tells: "which the NLD
// won", "official results gave him 80%".
func (d *doc) winner(e *eventDraft, i int, loc []int) {
	s := d.sents[i].text
	// "a former professor elected in 2019": who was elected won.
	if strings.HasPrefix(strings.ToLower(s[loc[0]:loc[1]]), "elected") {
		for k, p := range e.Participants {
			if a := d.byID[p.Actor]; a != nil && a.Kind == string(graph.Person) {
				e.Participants[k].Role = "winner"
				return
			}
		}
	}
	// "declared Bola Tinubu the winner of Saturday's election".
	if dm := declaredWinnerRE.FindStringIndex(s); dm != nil {
		for _, mn := range d.mentions[i] {
			if mn.actor != nil && mn.actor.Kind == string(graph.Person) && mn.start >= dm[0] && mn.end <= dm[1] {
				e.setRole(mn.actor.ID, "winner")
				return
			}
		}
	}
	// "Ahmed Musa was declared the winner of Sunday's election": the one
	// right before it won.
	if pm := declaredWinnerPassiveRE.FindStringIndex(s); pm != nil {
		for _, mn := range slices.Backward(d.mentions[i]) {
			if mn.actor != nil && !mn.modifier && mn.actor.Kind == string(graph.Person) && mn.end <= pm[0] && strings.TrimSpace(s[mn.end:pm[0]]) == "" {
				e.setRole(mn.actor.ID, "winner")
				return
			}
		}
	}
	// "was won outright by X": the one after "by" won.
	if wm := wonByRE.FindStringIndex(s[loc[1]:]); wm != nil {
		for _, mn := range d.mentions[i] {
			if mn.actor != nil && !mn.modifier && mn.actor.Kind == string(graph.Person) && mn.start >= loc[1]+wm[1] {
				e.setRole(mn.actor.ID, "winner")
				return
			}
		}
	}
	// "Noboa won Sunday's run-off": the person before "won" won.
	if wb := wonBeforeRE.FindStringIndex(tail(s[:loc[0]], 60)); wb != nil {
		at := loc[0] - len(tail(s[:loc[0]], 60)) + wb[0]
		for _, mn := range slices.Backward(d.mentions[i]) {
			if mn.actor != nil && !mn.modifier && mn.actor.Kind == string(graph.Person) && mn.end <= at && at-mn.end <= 2 {
				e.setRole(mn.actor.ID, "winner")
				return
			}
		}
	}
	m := wonRE.FindStringIndex(s[loc[1]:])
	if m == nil {
		return
	}
	at := loc[1] + m[0]
	var who *actorDraft
	for _, mn := range d.mentions[i] {
		if mn.actor != nil && !mn.modifier && mn.end <= at && at-mn.end <= 2 && mn.start >= loc[1] {
			who = mn.actor
		}
	}
	if who == nil && strings.HasPrefix(strings.ToLower(s[at:]), "won") {
		return
	}
	for k, p := range e.Participants {
		if who == nil && d.byID[p.Actor] != nil && d.byID[p.Actor].Kind == string(graph.Person) || who != nil && p.Actor == who.ID {
			e.Participants[k].Role = "winner"
			return
		}
	}
	if who != nil {
		e.Participants = append(e.Participants, Participant{Actor: who.ID, Role: "winner"})
	}
}

// tail is the last n bytes of s or fewer, from a rune's start: enough for
// a pattern anchored at the end that looks a few words back, without
// scanning a long sentence from every position.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && s[i]&0xc0 == 0x80 {
		i++
	}
	return s[i:]
}

var wordStartRE = regexp.MustCompile(`\b[a-z]{1,4}`)

// litKey is the beginning of a literal that a sentence's word would
// begin with: up to four letters ("sit" for "sit-in").
func litKey(l string) string {
	n := 0
	for n < len(l) && n < 4 && l[n] >= 'a' && l[n] <= 'z' {
		n++
	}
	return l[:n]
}

// headline reports whether a sentence ends without the punctuation that
// ends a sentence of running text.
func headline(s string) bool {
	s = strings.TrimRight(s, " \u00a0\"'”’)")
	return s != "" && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}

// titleCase reports whether s is a headline in title case: no full stop,
// at least four words of four letters or more, and every one of them
// capitalised but prepositions and conjunctions ("Sudan's Army Ousts
// Bashir After 30 Years in Power", "Protesters Clash with Police").
func titleCase(s string) bool {
	if !headline(s) {
		return false
	}
	long, lower, capitals := 0, 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "\"'“‘(")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if minorWords[w] {
			continue
		}
		long++
		if !unicode.IsUpper(r) {
			lower++
		}
		if strings.ToUpper(w) == w {
			capitals++
		}
	}
	// "HUMAN RIGHTS BRIEF No. 7/2022" is in capitals, not title case.
	return long >= 4 && lower == 0 && capitals*2 < long
}

// minorWords are the words of four letters or more that title case
// leaves in lower case.
var minorWords = map[string]bool{"with": true, "from": true, "into": true, "over": true, "amid": true, "than": true,
	"upon": true, "onto": true, "after": true, "before": true, "against": true, "about": true, "during": true,
	"without": true, "while": true, "when": true, "since": true, "until": true, "near": true}

// event builds one event of a sentence from its trigger.
func (d *doc) event(i int, s sentence, t trigger, loc []int, ref *time.Time, last *eventDraft) *eventDraft {
	// "Musharraf had suspended Chaudhry for the first time": a person
	// suspended is put out of office, a statement as dismissals are; a
	// state or body suspended ("suspended Mali from the bloc") is
	// sanctioned.
	if t.typ == graph.Sanction && d.suspendsPerson(i, s.text, loc) {
		t.typ, t.cameo, t.subject, t.object = graph.Statement, "010", "speaker", "addressee"
	}
	e := &eventDraft{Event: Event{Type: string(t.typ), CAMEO: t.cameo}, para: s.para, at: loc[0], sent: i}
	var before, after []*actorDraft
	place := ""
	cs, ce := clause(s.text, loc[0])
	// "The ministry said (that) 300 people were detained": who says it
	// reports the event, and is its subject only when the report
	// begins with a pronoun for them ("police said they arrested").
	var speakers, reporters []*actorDraft
	var afterAt, afterEnd []int
	speakerRole := ""
	// ps is where the event's own words begin: after the verb of saying.
	ps := cs
	if t.typ != graph.Statement && t.typ != graph.Interview && t.typ != graph.Election {
		if rp := reportBefore(s.text[cs:], loc[0]-cs); rp >= 0 {
			rp += cs
			vs := strings.LastIndex(strings.ToLower(s.text[:rp]), " ") + 1
			if m := reportRE.FindAllStringIndex(s.text[cs:loc[0]], -1); len(m) > 0 {
				vs = cs + m[len(m)-1][0]
			}
			for _, m := range d.mentions[i] {
				if m.actor != nil && !m.modifier && m.asPlace == "" && m.start >= cs && m.end <= vs {
					speakers = append(speakers, m.actor)
				}
			}
			// "said on Wednesday that ...": that day is the saying's.
			if m := saidOnRE.FindStringIndex(s.text[rp:loc[0]]); m != nil {
				rp += m[1]
			}
			if pronounSubjectRE.MatchString(s.text[rp:loc[0]]) {
				speakerRole = t.subject
			} else if t.typ == graph.Arrest || t.typ == graph.Violence {
				speakerRole = "reporting authority"
			} else {
				speakerRole = "announcer"
			}
			ps = rp
		}
	}
	// "Hours after meeting Abiy, two leaders were detained": names in
	// a leading phrase of time are no parties to what follows it.
	if m := leadTimeRE.FindStringIndex(s.text); m != nil && m[1] <= loc[0] && ps < m[1] {
		ps = m[1]
	}
	relatives := relativeSpans(s.text, loc[0])
	// "chose Nuri Aslan, a CHP councillor, as acting mayor": what the
	// one chosen is, in commas inside the trigger, takes no part. ("named
	// Ahmed, Hassan and Ali as ministers" is a list, not what Ahmed is.)
	apposed := [2]int{-1, -1}
	if t.typ == graph.Appointment {
		if a := strings.Index(s.text[loc[0]:loc[1]], ", "); a >= 0 && apposOpenRE.MatchString(s.text[loc[0]+a:]) {
			if b := strings.IndexByte(s.text[loc[0]+a+2:loc[1]], ','); b >= 0 {
				apposed = [2]int{loc[0] + a, loc[0] + a + 2 + b}
			}
		}
	}
	for _, m := range d.mentions[i] {
		if m.start < ps || m.end > ce || m.start >= apposed[0] && m.end <= apposed[1] {
			continue
		}
		// ", who is also deputy head of the TMC,": a relative clause
		// the trigger is not in names no party to it.
		if slices.ContainsFunc(relatives, func(r [2]int) bool { return m.start >= r[0] && m.end <= r[1] }) {
			continue
		}
		if m.actor == nil {
			if place == "" && prepBefore(strings.ToLower(strings.TrimSpace(s.text[max(0, m.start-24):m.start]))) {
				place = m.asPlace
			}
			continue
		}
		// "Israeli air strikes", "Russian shelling": the state whose
		// arms strike does it.
		if m.modifier && t.typ == graph.Violence && m.actor.Kind == string(graph.Country) && m.end <= loc[0] && armsBetweenRE.MatchString(s.text[m.end:loc[0]]) {
			before = append(before, m.actor)
			continue
		}
		if m.modifier {
			continue
		}
		// "sparred over NATO and Russia", "a deal over the European
		// Union's plan": what a debate, a meeting or an agreement is
		// about takes no part in it.
		if (t.typ == graph.Debate || t.typ == graph.Meeting || t.typ == graph.Agreement) && aboutTopic(s.text[max(cs, m.start-60):m.start]) {
			continue
		}
		// "\"The president has told me he will go,\" the speaker said":
		// who is named in the words quoted is not who says them.
		if t.typ == graph.Statement && !d.quoted(s.start+loc[0]) && d.quoted(s.start+m.start) {
			continue
		}
		if m.actor.Kind == string(graph.Country) && prepBefore(strings.ToLower(strings.TrimSpace(s.text[max(0, m.start-24):m.start]))) &&
			!((t.typ == graph.Loan || t.typ == graph.Sanction) && m.start > loc[1] && toBeforeRE.MatchString(s.text[:m.start])) {
			// "President Kassym-Jomart Tokayev of Kazakhstan arrived in
			// Beijing": the country after a person's name is whose the
			// person is, not where the event was.
			if d.personOf(i, m) {
				continue
			}
			if place == "" {
				place = m.actor.ID
			}
			continue
		}
		// "hit by tear gas near the Supreme Court": a body's building
		// named as where it happened takes no part in violence or an
		// arrest.
		if (t.typ == graph.Violence || t.typ == graph.Arrest) && m.actor.Kind == string(graph.Organization) && buildingPrepRE.MatchString(tail(s.text[:m.start], 24)) {
			continue
		}
		// "received union leaders at the Élysée": where a meeting is held
		// takes no part in it.
		if (t.typ == graph.Meeting || t.typ == graph.Visit) && m.actor.Kind == string(graph.Organization) && m.start >= loc[1] && venueAtRE.MatchString(tail(s.text[:m.start], 12)) {
			continue
		}
		// ", the health ministry said", "according to the ministry": who
		// reports an event after telling it is no party to it.
		if m.start >= loc[1] && t.typ != graph.Statement && (speechRE.MatchString(s.text[m.end:]) || accordingRE.MatchString(tail(s.text[:m.start], 30)) ||
			t.typ != graph.Interview && sayNextRE.MatchString(s.text[m.end:])) {
			reporters = append(reporters, m.actor)
			continue
		}
		// "a crackdown that rights groups say has killed scores",
		// "According to the ministry, 300 people were arrested",
		// "Ukraine accused Russia of shelling a hospital": who says so
		// (or accuses) before the trigger reports it.
		if m.end <= loc[0] && t.typ != graph.Statement && t.typ != graph.Interview && (sayAfterRE.MatchString(s.text[m.end:loc[0]]) || accordingRE.MatchString(tail(s.text[:m.start], 30)) ||
			accusedOfRE.MatchString(s.text[m.end:loc[0]])) {
			reporters = append(reporters, m.actor)
			continue
		}
		if m.start < loc[0] || t.agentFirst && m.start == loc[0] && m.end < loc[1] {
			before = append(before, m.actor)
		} else {
			after = append(after, m.actor)
			afterAt, afterEnd = append(afterAt, m.start), append(afterEnd, m.end)
		}
	}
	// "tear gas at supporters of Evo Morales who marched": the subject of
	// a relative clause is what "who" follows, a crowd before a person
	// it belongs to.
	if w := whoBeforeRE.FindStringIndex(s.text[:loc[0]]); w != nil && w[0] >= cs {
		var ante *actorDraft
		for _, m := range slices.Backward(d.mentions[i]) {
			if m.end > w[0] || m.actor == nil || m.modifier || m.asPlace != "" {
				continue
			}
			if ante == nil {
				ante = m.actor
			}
			if m.actor.Kind == string(graph.Group) && w[0]-m.end < 80 {
				ante = m.actor
				break
			}
			if w[0]-m.end >= 80 {
				break
			}
		}
		if ante != nil {
			before = []*actorDraft{ante}
		}
	}
	// "the two former presidents said in a joint statement": the pair
	// the story told last is the subject named right before the verb.
	if t.subject != t.object && !t.passive {
		pre := tail(s.text[:loc[0]], 60)
		if m := twoSidesRE.FindStringIndex(pre); m != nil && pairBeforeRE.MatchString(pre[m[1]:]) {
			// "the two opposition leaders": the words' own group is the
			// pair.
			from, to := loc[0]-len(pre)+m[0], loc[0]-len(pre)+m[1]
			inPhrase := func(a *actorDraft) bool {
				return slices.ContainsFunc(d.mentions[i], func(x mention) bool { return x.actor == a && x.start >= from && x.end <= to })
			}
			if !slices.ContainsFunc(before, func(a *actorDraft) bool { return !inPhrase(a) }) {
				if pair := d.lastPair(); pair != nil {
					before = before[:0]
					for _, id := range pair {
						before = append(before, d.byID[id])
					}
				}
			}
		}
	}
	// "Roble, whom Farmaajo appointed in September,": the one "whom"
	// follows is the verb's object; who is named after it, its subject.
	if w := whomBeforeRE.FindStringIndex(s.text[:loc[0]]); w != nil {
		var ante *actorDraft
		for _, m := range slices.Backward(d.mentions[i]) {
			if m.end <= w[0] && m.actor != nil && !m.modifier && m.asPlace == "" {
				ante = m.actor
				break
			}
		}
		if ante != nil {
			var subj []*actorDraft
			for _, m := range d.mentions[i] {
				if m.start >= w[0] && m.end <= loc[0] && m.actor != nil && !m.modifier && m.asPlace == "" {
					subj = append(subj, m.actor)
				}
			}
			before = subj
			after = append([]*actorDraft{ante}, after...)
			afterAt, afterEnd = append([]int{loc[1]}, afterAt...), append([]int{loc[1]}, afterEnd...)
		}
	}

	// "In Kisumu, a hospital official said two men were shot": a place
	// fronted before the sentence's first comma is where it all happened.
	if place == "" {
		for _, m := range d.mentions[i] {
			if m.asPlace != "" && frontedPlaceRE.MatchString(s.text[:m.start]) && strings.HasPrefix(s.text[m.end:], ",") {
				place = m.asPlace
				break
			}
		}
	}
	// "The two leaders signed an agreement": the people of the event
	// told last.
	inherits := participleRE.MatchString(s.text[cs:])
	if len(before) == 0 && (bothRE.MatchString(s.text[ps:loc[0]]) || inherits && bothRE.MatchString(s.text[:cs])) {
		// The two named before in the sentence, else in the event told
		// last.
		for _, m := range d.mentions[i] {
			if m.end <= cs && m.actor != nil && m.actor.Kind == string(graph.Person) && !slices.Contains(before, m.actor) {
				before = append(before, m.actor)
			}
		}
		if len(before) < 2 && d.lastEvent != nil {
			before = before[:0]
			for _, p := range d.lastEvent.Participants {
				if a := d.byID[p.Actor]; a != nil && a.Kind == string(graph.Person) {
					before = append(before, a)
				}
			}
		}
	}
	// ", holding talks with Burhan": a participle's subject is the
	// sentence's.
	if len(before) == 0 && inherits {
		// The subject of the clause before: its first name, or the
		// person a pronoun there stands for ("…, he said A and accused
		// B").
		ps0, _ := clause(s.text, max(0, cs-1))
		for _, m := range d.mentions[i] {
			if m.actor != nil && !m.modifier && m.asPlace == "" && m.start >= ps0 && m.end <= cs {
				if pronounRE.MatchString(s.text[ps0:m.start]) {
					break
				}
				before = append(before, m.actor)
				break
			}
		}
		if len(before) == 0 && pronounRE.MatchString(s.text[ps0:cs]) {
			if p := d.lastPerson(i, ps0); p != nil {
				before = append(before, p)
			}
		}
		if len(before) == 0 {
			for _, m := range d.mentions[i] {
				if m.actor != nil && !m.modifier && m.asPlace == "" && m.end <= cs {
					before = append(before, m.actor)
					break
				}
			}
		}
	}
	// "police fired tear gas at supporters as they marched": "they" is
	// the crowd named last before.
	if len(before) == 0 && asTheyRE.MatchString(s.text[cs:loc[0]]) {
		for _, m := range slices.Backward(d.mentions[i]) {
			if m.end <= cs && m.actor != nil && !m.modifier && m.actor.Kind == string(graph.Group) {
				before = append(before, m.actor)
				break
			}
		}
	}
	// "Ruto, speaking in Nakuru a week earlier, had told": after an
	// aside only an auxiliary stands before the verb; the subject is
	// the name the sentence opens with.
	if len(before) == 0 && auxOnlyRE.MatchString(s.text[cs:loc[0]]) {
		for _, m := range d.mentions[i] {
			if m.actor != nil && !m.modifier && m.asPlace == "" && m.end <= cs {
				// The name the aside follows, or the one apposed to the
				// sentence's opening noun: "The army chief, General X,".
				if !strings.HasPrefix(s.text[m.end:], ",") || strings.Count(s.text[:m.start], ",") > 1 {
					break
				}
				before = append(before, m.actor)
				break
			}
		}
	}
	// "Russia, which has lent Caracas billions": the relative clause's
	// subject is the name it follows.
	if len(before) == 0 && relativeRE.MatchString(s.text[cs:]) {
		for _, m := range slices.Backward(d.mentions[i]) {
			if m.end <= cs && m.actor != nil && !m.modifier {
				before = append(before, m.actor)
				break
			}
		}
	}
	// "he resigned": a pronoun before the trigger is the person named
	// last before it; "he told the Daily Star in an interview": so is a
	// pronoun before the first name.
	if len(before) == 0 {
		if pronounRE.MatchString(s.text[cs:loc[0]]) {
			if p := d.lastPerson(i, loc[0]); p != nil {
				before = append(before, p)
			}
		}
	} else if k := slices.IndexFunc(d.mentions[i], func(m mention) bool { return m.actor == before[0] && m.start >= cs }); k >= 0 {
		if at := d.mentions[i][k].start; pronounRE.MatchString(s.text[cs:at]) && !slices.ContainsFunc(before, func(a *actorDraft) bool { return a.Kind == string(graph.Person) }) {
			if p := d.lastPerson(i, at); p != nil && !slices.Contains(before, p) {
				before = append([]*actorDraft{p}, before...)
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
	for _, a := range speakers {
		if speakerRole == t.subject {
			add(a, d.roleFor(t, a, t.subject))
		} else {
			add(a, speakerRole)
		}
	}
	// "congratulated him", "welcomed her at": the person named last
	// before, other than who acts.
	// "ordered him held": the pronoun inside the trigger is its object.
	if len(after) == 0 && t.typ != graph.Statement && (objectPronounRE.MatchString(s.text[loc[1]:]) || (t.typ == graph.Meeting || t.typ == graph.Visit) && withPronounRE.MatchString(s.text[loc[1]:])) || innerPronounRE.MatchString(s.text[loc[0]:loc[1]]) || t.typ == graph.Visit && objectPronounRE.MatchString(strings.TrimPrefix(strings.TrimPrefix(s.text[loc[0]:], "welcomed"), "received")) {
		p := d.otherPerson(i, loc[0], before)
		// "X also congratulated him": the one the event before, of its
		// kind, was for.
		if l := d.lastEvent; l != nil && l.Type == string(t.typ) {
			for _, q := range l.Participants {
				if a := d.byID[q.Actor]; q.Role == t.object && a != nil && a.Kind == string(graph.Person) && !slices.Contains(before, a) {
					p = a
					break
				}
			}
		}
		if p != nil && !slices.Contains(after, p) {
			after = append(after, p)
			afterAt, afterEnd = append(afterAt, loc[1]), append(afterEnd, loc[1])
		}
	}
	subject, object := t.subject, t.object
	if t.typ == graph.Violence && strings.HasPrefix(strings.ToLower(s.text[loc[0]:loc[1]]), "clash") {
		// In clashes both sides fight.
		subject, object = "participant", "participant"
	}
	trig := strings.ToLower(s.text[loc[0]:loc[1]])
	if t.typ == graph.Appointment {
		// "Parliament confirmed Japarov as prime minister", "power was
		// handed to X": the one named after the verb is appointed.
		if activeAppointRE.MatchString(trig) && !passiveBeforeRE.MatchString(tail(s.text[:loc[0]], 20)) {
			subject, object = "announcer", "appointee"
		} else if strings.HasSuffix(trig, " to") {
			object = "appointee"
		}
	}
	// "Biden called Sandu on Monday to congratulate her": who is called
	// is congratulated.
	if t.typ == graph.Congratulate {
		if c := calledToRE.FindStringIndex(tail(s.text[:loc[0]], 100)); c != nil {
			from := loc[0] - len(tail(s.text[:loc[0]], 100)) + c[0]
			var keep []*actorDraft
			for _, a := range before {
				if slices.ContainsFunc(d.mentions[i], func(m mention) bool { return m.actor == a && m.start > from && m.end <= loc[0] }) {
					after = append(after, a)
					afterAt, afterEnd = append(afterAt, loc[1]), append(afterEnd, loc[1])
				} else {
					keep = append(keep, a)
				}
			}
			before = keep
		}
	}
	// "\"We will win,\" said Orban": a verb of saying after what it
	// reports has its speaker after it.
	if t.typ == graph.Statement && len(before) == 0 && len(after) > 0 && invertedSaidRE.MatchString(tail(s.text[:loc[0]], 6)) &&
		afterAt[0] >= loc[1] && afterAt[0]-loc[1] <= 40 && !strings.ContainsAny(s.text[loc[1]:afterAt[0]], ".;:") {
		before = append(before, after[0])
		after, afterAt, afterEnd = after[1:], afterAt[1:], afterEnd[1:]
	}
	if t.typ == graph.Statement {
		// "Lukashenka refused to meet them, his press service said": the
		// speaker is named between the last comma and the verb; the
		// others are what is said about.
		if c := strings.LastIndex(s.text[:loc[0]], ","); c >= 0 && attributionRE.MatchString(s.text[c:loc[0]]) && trailingVerbRE.MatchString(s.text[loc[0]:]) {
			var speakers, others []*actorDraft
			for _, a := range before {
				if slices.ContainsFunc(d.mentions[i], func(m mention) bool { return m.actor == a && m.start > c && m.end <= loc[0] }) {
					speakers = append(speakers, a)
				} else {
					others = append(others, a)
				}
			}
			// "…, he said.": the person named last before speaks; "…, a
			// spokesperson said.", "…, its operator said.": the body
			// the sentence opens with.
			if len(speakers) == 0 {
				if pronounRE.MatchString(s.text[c:loc[0]]) {
					if p := d.lastPerson(i, c); p != nil {
						speakers = append(speakers, p)
						others = slices.DeleteFunc(others, func(o *actorDraft) bool { return o == p })
					}
				} else if unnamedSourceRE.MatchString(s.text[c:loc[0]]) {
					if a := d.openingBody(i, c); a != nil {
						speakers = append(speakers, a)
						others = slices.DeleteFunc(others, func(o *actorDraft) bool { return o == a })
					}
				}
			}
			if len(speakers) == 0 {
				return nil
			}
			before = speakers
			for _, a := range others {
				add(a, "subject")
			}
		}
	}
	for _, a := range before {
		add(a, d.roleFor(t, a, subject))
	}
	// "Moscow was ready to help Belarus, the Kremlin said": what the
	// attribution reports is what the statement is about.
	if t.typ == graph.Statement && cs > 0 && attributionEndRE.MatchString(s.text[cs:loc[1]]) && !conjoinedRE.MatchString(s.text[cs:loc[1]]) {
		for _, m := range d.mentions[i] {
			if m.end <= cs && m.actor != nil && !m.modifier && m.asPlace == "" {
				add(m.actor, "subject")
			}
		}
	}
	var aimed []string
	for k, a := range after {
		role := object
		if t.typ == graph.Statement && !t.passive {
			// Spoken to or against is who the verb takes right after it:
			// "told Putin", not "called the deal ... on the army's advice".
			n := k
			if afterAt[k]-loc[1] > 12 {
				n = -1
			}
			role = statementObjectRole(trig, n)
			// "blamed the United States and Israel": a pair shares its
			// role.
			// (An actor added after the others stands at the verb, before
			// where the one named before it ends: no pair.)
			if k > 0 && afterEnd[k-1] <= afterAt[k] && coordRE.MatchString(s.text[afterEnd[k-1]:afterAt[k]]) {
				role = roles[after[k-1].ID]
			}
		}
		// "marched against Interior Minister X", "rallied outside the
		// ministry", "protests demanding the resignation of X": what a
		// protest is aimed at is its target, a person or a body.
		if t.typ == graph.Protest && !t.passive && (a.Kind == string(graph.Person) || a.Kind == string(graph.Organization)) && afterAt[k] >= loc[1] &&
			aimedAtRE.MatchString(s.text[loc[1]:afterAt[k]]) {
			add(a, "target")
			aimed = append(aimed, a.ID)
			continue
		}
		// "protests led by opposition MP Nikol Pashinyan": who leads a
		// protest organises it.
		if t.typ == graph.Protest && afterAt[k] >= loc[1] && ledByRE.MatchString(s.text[loc[1]:afterAt[k]]) {
			add(a, "organizer")
			aimed = append(aimed, a.ID)
			continue
		}
		// "detained on Sunday along with two other opposition figures":
		// who goes along shares the role of the one named before.
		if afterAt[k] >= loc[1] && alongWithRE.MatchString(s.text[loc[1]:afterAt[k]]) && len(before) > 0 && roles[before[0].ID] != "" {
			add(a, roles[before[0].ID])
			continue
		}
		add(a, d.roleFor(t, a, role))
	}
	for _, a := range reporters {
		role := "reporting authority"
		if t.typ != graph.Arrest && t.typ != graph.Violence {
			role = "announcer"
		}
		add(a, role)
	}
	// "In an interview with Radio Canela on Thursday, Noboa said": who
	// speaks after the opening phrase is interviewed.
	if t.typ == graph.Interview && !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Role == "interviewee" }) {
		for _, m := range d.mentions[i] {
			if m.start >= ce && m.actor != nil && !m.modifier && m.actor.Kind == string(graph.Person) && speechRE.MatchString(s.text[m.end:]) {
				add(m.actor, "interviewee")
				break
			}
		}
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
	if t.typ == graph.Election && !slices.ContainsFunc(e.Participants, func(p Participant) bool { return d.byID[p.Actor].Kind == string(graph.Country) }) {
		// A country votes in its elections.
		if c := d.mainCountry(); c != nil {
			add(c, "subject")
		}
	}
	if t.typ == graph.Election {
		d.winner(e, i, loc)
	}
	if t.typ == graph.Protest && addressedRallyRE.MatchString(tail(s.text[:loc[1]], 60)) {
		// "told a rally of supporters", "addressed 5,000 supporters":
		// who speaks to the rally is its speaker.
		for k, p := range e.Participants {
			if p.Role == "organizer" {
				e.Participants[k].Role = "speaker"
			}
		}
	}
	if t.typ == graph.Protest && personalProtestRE.MatchString(s.text[loc[0]:]) {
		// "He staged a sit-in in his car", "the mayor went on hunger
		// strike": who protests in person is a protester, not an
		// organiser.
		for k, p := range e.Participants {
			if a := d.byID[p.Actor]; p.Role == "organizer" && slices.Contains(before, a) {
				e.Participants[k].Role = "protester"
			}
		}
	}
	kept := d.prune(t.typ, e.Participants, i, cs, ce, loc)
	for _, p := range e.Participants {
		if slices.Contains(aimed, p.Actor) && !slices.Contains(kept, p) {
			kept = append(kept, p)
		}
	}
	e.Participants = kept
	// "Hasina has resigned, the army chief said": a resignation or
	// another deed told as a statement is reported by who says so.
	if t.typ == graph.Statement && !sayingRE.MatchString(s.text[loc[0]:loc[1]]) {
		for _, m := range d.mentions[i] {
			if m.actor != nil && !m.modifier && m.start > loc[1] && strings.Contains(s.text[loc[1]:m.start], ",") && speechRE.MatchString(s.text[m.end:]) &&
				!slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Actor == m.actor.ID }) {
				e.Participants = append(e.Participants, Participant{Actor: m.actor.ID, Role: "reporting authority"})
			}
		}
	}
	if t.typ == graph.Arrest || t.typ == graph.Violence {
		// Who reports it: "..., the interior ministry said".
		for _, m := range d.mentions[i] {
			// Police and officials report too: "Nine people were killed,
			// police said".
			if m.actor != nil && !m.modifier && (m.actor.Kind == string(graph.Organization) || m.actor.Kind == string(graph.Group) && (forces[m.actor.group] || tellers[m.actor.group]) || m.actor.Kind == string(graph.Person)) &&
				(speechRE.MatchString(s.text[m.end:]) || sayNextRE.MatchString(s.text[m.end:]) || accordingRE.MatchString(tail(s.text[:m.start], 30))) &&
				!slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Actor == m.actor.ID }) {
				e.Participants = append(e.Participants, Participant{Actor: m.actor.ID, Role: "reporting authority"})
			}
		}
		if t.typ == graph.Arrest && !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Role == "detainee" }) &&
			protestWordRE.MatchString(s.text) {
			d.actor("protesters", "Protesters", graph.Group, protestWordRE.FindString(s.text))
			e.Participants = append(e.Participants, Participant{Actor: "protesters", Role: "detainee"})
		}
		// "hundreds of thousands marched again; at least seven people
		// were killed": people hurt where a crowd protests, no one else
		// named, are of that crowd.
		if t.typ == graph.Violence && t.passive && len(e.Participants) == 0 && peopleHurtRE.MatchString(tail(s.text[:loc[0]], 40)) && protestVerbRE.MatchString(s.text) {
			w := protestVerbRE.FindString(s.text)
			d.actor("protesters", "Protesters", graph.Group, w)
			e.Participants = append(e.Participants, Participant{Actor: "protesters", Role: "victim"})
		}
	}
	if place == "" && acrossRE.MatchString(s.text[cs:ce]) {
		if c := d.mainCountry(); c != nil {
			place = c.ID
		}
	}
	// "80 deputies voted to dismiss the president", "parliament held a
	// session": members of a chamber, or a chamber not named, are the
	// chamber the story named last.
	if t.typ == graph.Debate && !slices.ContainsFunc(e.Participants, func(p Participant) bool { return isLegislature(d.byID[p.Actor]) }) {
		if a := d.lastLegislature(i, loc[0]); a != nil {
			e.Participants = append([]Participant{{Actor: a.ID, Role: t.subject}}, e.Participants...)
		}
	}
	// "On May 15 the two sides agreed": the two the story last told
	// together.
	if len(e.Participants) < 2 && t.subject == t.object && twoSidesRE.MatchString(s.text[cs:ce]) {
		if pair := d.lastPair(); pair != nil {
			for _, a := range pair {
				if !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Actor == a }) {
					e.Participants = append(e.Participants, Participant{Actor: a, Role: t.subject})
				}
			}
		}
	}
	if len(e.Participants) == 0 || (t.typ == graph.Meeting && len(e.Participants) < 2) {
		return nil
	}
	if (t.typ == graph.Meeting || t.typ == graph.Visit) && place == "" {
		// "flew to Khartoum, holding talks with Burhan": the sentence's
		// place is the meeting's.
		for _, m := range d.mentions[i] {
			// "visited Kyiv": the place the verb takes.
			if m.asPlace != "" && (prepBefore(strings.ToLower(strings.TrimSpace(s.text[max(0, m.start-24):m.start]))) ||
				t.typ == graph.Visit && m.start >= loc[1] && strings.TrimSpace(s.text[loc[1]:m.start]) == "") {
				place = m.asPlace
				break
			}
		}
	}
	if t.typ == graph.Meeting || t.typ == graph.Visit {
		d.hostAndVisitor(e, place)
	}
	// A statement needs who speaks: named before the verb, or after
	// "by" in the passive.
	if t.typ == graph.Statement && len(before) == 0 && !(t.passive && len(after) > 0) {
		return nil
	}
	if t.typ == graph.Election && t.subject != "organizer" && !dateRE.MatchString(s.text[cs:ce]) && !yearBeforeRE.MatchString(tail(s.text[:loc[0]], 40)) {
		return nil
	}
	e.Place = place
	e.Quotes = []string{s.text}
	e.Amount = d.amountNear(s.text, loc)
	// A loan says what was lent: an amount, the word "loan", or the verb
	// with money after it ("lent Caracas billions of dollars").
	if t.typ == graph.Loan && e.Amount == nil && !strings.Contains(strings.ToLower(s.text), "loan") &&
		!lentMoneyRE.MatchString(s.text[loc[0]:]) {
		return nil
	}
	if t.typ == graph.Protest || t.typ == graph.Arrest || t.typ == graph.Violence {
		// A figure of the trigger's own clause ("20 detained as thousands
		// protested" counts the detained).
		e.Count = countNear(s.text[cs:ce], []int{loc[0] - cs, loc[1] - cs})
		if ms := countRE.FindAllStringIndex(s.text[cs:ce], -1); e.Count == nil && len(ms) == 1 && !populationRE.MatchString(s.text[:cs+ms[0][0]]) {
			e.Count = countIn(s.text[cs+ms[0][0] : cs+ms[0][1]])
		}
		// "At least 94 people, including 14 police officers, were
		// killed": the clause of the trigger opens with the part; the
		// whole is counted just before it.
		if includingOpenRE.MatchString(s.text[cs:ce]) {
			if ms := countRE.FindAllStringIndex(s.text[:cs], -1); len(ms) > 0 && strings.TrimSpace(s.text[ms[len(ms)-1][1]:cs]) == "" {
				e.Count = countIn(s.text[ms[len(ms)-1][0]:ms[len(ms)-1][1]])
			}
		}
		// Casualties counted anywhere in the sentence are the violence's:
		// "police fired tear gas, and 45 people were taken to hospital".
		if ms := countRE.FindAllString(s.text, -1); e.Count == nil && t.typ == graph.Violence && len(ms) == 1 && casualtyRE.MatchString(s.text) {
			e.Count = countIn(ms[0])
		}
	}
	// "Ranil Wickremesinghe, appointed acting president by Rajapaksa":
	// the passive turns who appoints and who is appointed around.
	if t.typ == graph.Appointment && participleBeforeRE.MatchString(tail(s.text[:loc[0]], 20)) && byAfterRE.MatchString(s.text[loc[1]:]) {
		for k, p := range e.Participants {
			switch p.Role {
			case "announcer":
				e.Participants[k].Role = "appointee"
			case "appointee":
				e.Participants[k].Role = "announcer"
			}
		}
	}
	if t.typ == graph.Debate {
		e.Count = votesFor(s.text)
	}
	d.date(e, s, ps, cs, ce, loc[0], ref, last)
	// "1,700 people have been detained since the election": a tally
	// from the day of the vote the story told to publication.
	if (t.typ == graph.Arrest || t.typ == graph.Violence) && sinceVoteRE.MatchString(s.text[cs:]) {
		for _, o := range slices.Backward(d.events) {
			if o.Type == string(graph.Election) && o.precision == graph.Day && o.start.Equal(o.end) && o.start.Before(d.pub) {
				e.start, e.end, e.precision, e.Date = o.start, d.pub, graph.Day, &Date{Text: sinceVoteRE.FindString(s.text[cs:])}
				break
			}
		}
	}
	// "170 people had been arrested since the operation began on Friday
	// morning": a tally from the day the clause says it began.
	if (t.typ == graph.Arrest || t.typ == graph.Violence) && e.precision == graph.Day {
		if m := sinceBeganInRE.FindStringIndex(s.text[cs:ce]); m != nil && m[0] > loc[1]-cs {
			span := s.text[cs+m[0] : cs+m[1]]
			if ds := findDates(span); len(ds) > 0 {
				from := d.pub
				if ref != nil {
					from = *ref
				}
				if day, _, prec, ok := resolve(span[ds[0][0]:ds[0][1]], from); ok && prec == graph.Day && !day.After(e.end) && day.Before(e.start) {
					e.start, e.Date = day, &Date{Text: strings.TrimSpace(span)}
				}
			}
		}
	}
	e.sinceStart = (t.typ == graph.Arrest || t.typ == graph.Violence) && (sinceBeganRE.MatchString(s.text[cs:]) ||
		fallbackDate(e) && tallyRE.MatchString(s.text[cs:])) && (e.precision == graph.Day || fallbackDate(e)) ||
		// "Protests have spread to dozens of cities and entered their
		// third week": protests told as still going on run from the
		// first day the story dates.
		t.typ == graph.Protest && fallbackDate(e) && ongoingRE.MatchString(s.text[cs:])
	// "as protests continued across Belarus … following a disputed
	// August 9 election": protests told as going on since an event the
	// clause dates run from that event's day to publication.
	if t.typ == graph.Protest {
		if m := continuedSinceRE.FindStringSubmatchIndex(s.text[loc[0]:]); m != nil {
			named := s.text[loc[0]+m[4] : loc[0]+m[5]]
			if start, _, prec, ok := resolve(named, d.pub); ok && prec == graph.Day && start.Before(d.pub) {
				e.start, e.end, e.precision, e.Date = start, d.pub, graph.Day, &Date{Text: s.text[loc[0]+m[2] : loc[0]+m[3]]}
			}
		}
	}
	d.nthDay(e, s.text[cs:ce], ref)
	d.beganWhen(e, s.text[cs:], loc[0]-cs, ref)
	lasting(e, s.text[cs:], d.pub)
	d.firstDays(e, s.text[cs:])
	e.Title = title(t.typ, e.Participants, d)
	return e
}

var lentMoneyRE = regexp.MustCompile(`(?i)^(?:lent|lends?)\s+(?:\S+\s+){0,3}?(?:billions|millions|money|funds|dollars|euros|roubles|rubles|yuan)\b`)

var determinerBeforeRE = regexp.MustCompile(`(?i)\b(?:of|the|a|an|for|with|their|his|her|its|newly|recently)\s+$`)

// apposOpenRE opens what a name is, in commas after it: ", a CHP
// councillor", ", 51", ", the former minister".
var apposOpenRE = regexp.MustCompile(`^,\s+(?:\d|\p{Ll})`)

// suspendsPerson reports whether the trigger at loc in sentence i is a
// suspension of the person named right after its verb.
func (d *doc) suspendsPerson(i int, s string, loc []int) bool {
	v := strings.ToLower(s[loc[0]:min(loc[1], loc[0]+7)])
	if v != "suspend" {
		return false
	}
	at := loc[0] + strings.IndexFunc(s[loc[0]:], unicode.IsSpace)
	if at < loc[0] {
		return false
	}
	at += len(s[at:]) - len(strings.TrimLeft(s[at:], " "))
	for _, m := range d.mentions[i] {
		if m.start == at && m.actor != nil {
			return m.actor.Kind == string(graph.Person)
		}
	}
	return false
}

// adjectival reports whether a participle trigger qualifies a noun ("of
// detained activists", "the arrested men") rather than tells an event.
func adjectival(s string, loc []int) bool {
	w := strings.ToLower(s[loc[0]:loc[1]])
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	return determinerBeforeRE.MatchString(tail(s[:loc[0]], 40))
}

// datedResult reports whether the clause of the election word at loc
// tells a result and a date: "In November 2020 she defeated Dodon in a
// runoff" is the runoff, however far the date is from its word.
func datedResult(s string, loc []int) bool {
	cs, ce := clause(s, loc[0])
	return electoralResultRE.MatchString(s[cs:ce]) && dateRE.MatchString(s[cs:ce])
}

// electoralResultRE is a verb for the result of a vote.
var electoralResultRE = regexp.MustCompile(`(?i)\b(?:won|defeated|beat|lost|came\s+(?:first|second|third)|finished\s+(?:first|second|third)|(?:was|were)\s+(?:re-?)?elected|re-?elected)\b`)

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
	// protestVerbRE is a crowd protesting, told by its verb or by its
	// name.
	protestVerbRE = regexp.MustCompile(`(?i)\b(?:marched|rallied|protested|demonstrated|took\s+to\s+the\s+streets|protesters|demonstrators|marchers)\b`)
	// peopleHurtRE ends the subject of a passive hurt when it names no
	// one: "at least seven people (were killed)".
	peopleHurtRE  = regexp.MustCompile(`(?i)\b(?:people|persons|others|civilians|demonstrators|protesters|marchers)\s+$`)
	protestWordRE = regexp.MustCompile(`(?i)\b(?:protest|protests|protesters|rally|rallies|demonstrators|demonstrations|marchers)\b`)
	acrossRE      = regexp.MustCompile(`(?i)\b(?:across the country|nationwide|throughout the country|across the nation)\b`)
)

// quoted reports whether byte at of the text is within quotation marks,
// which may span sentences: reported speech tells what someone says, not
// what happened.
func (d *doc) quoted(at int) bool {
	before := d.text[:at]
	// A paragraph break closes any quote left open; the sentences'
	// paragraphs are known, so only the last one is searched.
	from := 0
	for i := len(d.sents) - 1; i >= 0; i-- {
		if d.sents[i].start <= at {
			from = d.paraStart[i]
			break
		}
	}
	if p := strings.LastIndex(before[from:], "\n\n"); p >= 0 {
		before = before[from+p:]
	} else if p := strings.LastIndex(before[:from], "\n\n"); p >= 0 {
		before = before[p:]
	}
	open := strings.Count(before, "“") - strings.Count(before, "”")
	return open > 0 || strings.Count(before, `"`)%2 == 1
}

// continuedSinceRE follows a protest's word with its going on since an
// event of a day: "protests continued across Belarus … following a
// disputed August 9 election". Group 1 is the wording of the event,
// group 2 its day.
var continuedSinceRE = regexp.MustCompile(`(?i)^\S*\s+(?:have\s+|has\s+)?(?:continued|continue|continuing|raged|persisted|went\s+on|gone\s+on)\b[^.;]{0,80}?\b((?:following|since|after)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}+\s+){0,2}?((?:` + monthNames + `)\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:` + monthNames + `)(?:\s+\d{4})?)\s+(?:\p{Ll}+\s+)?(?:election|vote|polls?|referendum|coup|arrest|verdict|ruling))\b`)

// populationRE ends what a population follows: "a nation of", "the
// city of some".
var populationRE = regexp.MustCompile(`(?i)\b(?:nation|country|countries|state|republic|island|islands|region|province|city|town|capital|metropolis|territory|enclave|kingdom|population)\s+of(?:\s+(?:some|about|around|nearly|almost|roughly|more\s+than|over|fewer\s+than|less\s+than|just\s+under|just\s+over))?\s*$`)

// maskQuotes blanks what s holds inside quotation marks (“…” or "…"),
// keeping its length and the marks; open says s begins inside a quote.
func maskQuotes(s string, open bool) string {
	b := []byte(s)
	straight := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“':
			open = true
		case r == '”':
			open = false
		case r == '"':
			straight = !straight
		case open || straight:
			for k := i; k < i+size; k++ {
				b[k] = ' '
			}
		}
		i += size
	}
	return string(b)
}

var pronounRE = regexp.MustCompile(`(?i)\b(?:he|she)\b`)

// lastPerson is the person named last before byte at of sentence i.
var objectPronounRE = regexp.MustCompile(`(?i)^\s*(?:him|her)\b`)

// withPronounRE follows a meeting's noun with whom it was held, a
// pronoun: "(talks) with him".
var withPronounRE = regexp.MustCompile(`(?i)^\s+with\s+(?:him|her)\b`)

// innerPronounRE is a trigger that holds its object as a pronoun:
// "ordered him held".
var innerPronounRE = regexp.MustCompile(`(?i)\s(?:him|her)\s`)

// otherPerson is the person named last before byte at of sentence i who
// is not one of those given.
func (d *doc) otherPerson(i, at int, not []*actorDraft) *actorDraft {
	for j := i; j >= 0 && j >= i-3; j-- {
		ms := d.mentions[j]
		for k := len(ms) - 1; k >= 0; k-- {
			if (j < i || ms[k].end <= at) && ms[k].actor != nil && ms[k].actor.Kind == string(graph.Person) && !slices.Contains(not, ms[k].actor) {
				return ms[k].actor
			}
		}
	}
	return nil
}

func (d *doc) lastPerson(i, at int) *actorDraft {
	// "He was granted asylum …, a day after he resigned": a pronoun of a
	// sentence that opened with the same one, no person named between,
	// is the person the opening one is.
	text := d.sents[i].text
	if op := openingPronounRE.FindStringSubmatchIndex(text); op != nil && op[1] < at {
		ps := pronounRE.FindAllStringIndex(text[:at], -1)
		named := slices.ContainsFunc(d.mentions[i], func(m mention) bool {
			return m.actor != nil && m.actor.Kind == string(graph.Person) && m.start >= op[1] && m.end <= at
		})
		if len(ps) > 1 && !named && strings.EqualFold(text[ps[len(ps)-1][0]:ps[len(ps)-1][1]], text[op[2]:op[3]]) {
			return d.lastPerson(i, op[1])
		}
	}
	// "Odinga addressed supporters, telling them the law signed by
	// Ruto … He said": a pronoun that opens its sentence goes on with the
	// subject of the sentence before, the person it opens with.
	if pre := d.sents[i].text[:min(at, len(d.sents[i].text))]; strings.TrimSpace(pre) == "" || sentenceOpensRE.MatchString(pre) {
		// "Hasina has resigned, army chief Waker-Uz-Zaman said. He said
		// an interim government would be formed": who goes on saying is
		// who said the sentence before.
		if p := d.attributedSpeaker(i - 1); p != nil && at < len(d.sents[i].text) && sayingRE.MatchString(d.sents[i].text[at:]) && d.sents[i-1].para == d.sents[i].para {
			return p
		}
		if p := d.subjectOf(i - 1); p != nil && d.sents[i-1].para == d.sents[i].para {
			return p
		}
	}
	// "Tsipras formed a coalition with the Independent Greeks of Panos
	// Kammenos. He was sworn in": a person named after a preposition is
	// rarely whom the next "he" means; the one named last otherwise is.
	for j := i; j >= 0 && j >= i-3; j-- {
		var nearest *actorDraft
		ms := d.mentions[j]
		for k := len(ms) - 1; k >= 0; k-- {
			if (j < i || ms[k].end <= at) && ms[k].actor != nil && ms[k].actor.Kind == string(graph.Person) {
				if j == i || !prepositionBeforeRE.MatchString(tail(d.sents[j].text[:ms[k].start], 40)) {
					return ms[k].actor
				}
				if nearest == nil {
					nearest = ms[k].actor
				}
			}
		}
		if nearest != nil {
			return nearest
		}
	}
	return nil
}

// prepositionBeforeRE ends the words before a name that a preposition
// takes: "of Panos", "with Foreign Minister".
var prepositionBeforeRE = regexp.MustCompile(`\b(?:of|with|by|to|from|for|against|about)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}$`)

// giveToRE ends the words before who is given something: "Russia gave
// (Belarus a loan)", "Moscow has lent (Minsk $1.5bn)".
var giveToRE = regexp.MustCompile(`(?i)\b(?:gave|give|gives|giving|granted|grants|granting|offered|offers|offering|extended|extends|extending|handed|hands|lent|lends|lending|sent|sends)\s+$`)

// loanObjectRE is what stands between who is given and the word for
// the loan: "(gave Belarus) a $1.5bn (loan)", "(lent Minsk) $1.5bn".
var loanObjectRE = regexp.MustCompile(`(?i)^\s+(?:(?:a|an|the|another|new|fresh|further|emergency|\S*\d\S*|(?:bn|billion|million|m)|(?:US\s+)?dollars?|euros?|roubles?|rubles?|yuan)\s+){0,5}$|^\s*$`)

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
			return p.Role == "protester" || p.Role == "speaker" || p.Role == "target" && kind(p) == string(graph.Person)
		})
	case graph.Loan:
		// "Putin gave Belarus a $1.5bn loan": a loan is between states,
		// so a person whose state the draft knows lends or borrows for
		// it.
		var states []Participant
		for _, p := range parts {
			a := d.byID[p.Actor]
			if a != nil && a.Kind == string(graph.Person) && a.country != "" {
				if c := d.lex.country(a.country); c != nil {
					if slices.ContainsFunc(parts, func(q Participant) bool { return q.Actor == c.id }) ||
						slices.ContainsFunc(states, func(q Participant) bool { return q.Actor == c.id }) {
						continue
					}
					quote := a.Name
					if k := slices.IndexFunc(d.mentions[i], func(m mention) bool { return m.actor == a }); k >= 0 {
						quote = s[d.mentions[i][k].start:d.mentions[i][k].end]
					}
					ca := d.actor(c.id, c.name, graph.Country, quote)
					states = append(states, Participant{Actor: ca.ID, Role: p.Role})
					continue
				}
			}
			states = append(states, p)
		}
		parts = states
		// "gave Belarus a loan", "lent Minsk $1.5bn": who is given to,
		// right after the verb, borrows.
		for _, m := range d.mentions[i] {
			if m.actor == nil || m.start < cs || m.end > loc[0] || !giveToRE.MatchString(s[cs:m.start]) || !loanObjectRE.MatchString(s[m.end:loc[0]]) {
				continue
			}
			id := m.actor.ID
			if m.actor.Kind == string(graph.Person) && m.actor.country != "" {
				if c := d.lex.country(m.actor.country); c != nil {
					id = c.id
				}
			}
			for k := range parts {
				if parts[k].Actor == id {
					parts[k].Role = "borrower"
				}
			}
		}
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
	case graph.Election:
		// "The opposition boycotted Sunday's vote": who boycotts a vote
		// takes no part in it.
		if boycottBeforeRE.MatchString(tail(s[:loc[0]], 60)) {
			return keep(func(p Participant) bool { return kind(p) == string(graph.Country) })
		}
	case graph.Appointment:
		// Those appointed are people; a body named beside them ("head of
		// the National Assembly") is no appointee.
		if slices.ContainsFunc(parts, func(p Participant) bool { return kind(p) == string(graph.Person) && p.Role == "appointee" }) {
			return keep(func(p Participant) bool { return kind(p) == string(graph.Person) || p.Role != "appointee" })
		}
	case graph.Inauguration:
		// "took the oath an hour after the Electoral Commission declared
		// he had won": those inaugurated are people.
		if slices.ContainsFunc(parts, func(p Participant) bool { return kind(p) == string(graph.Person) && p.Role == "inaugurated" }) {
			return keep(func(p Participant) bool { return kind(p) == string(graph.Person) || p.Role != "inaugurated" })
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
		if a.Kind == string(graph.Group) && forces[a.group] ||
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
		// "Police units mutinied": forces that are the subject of a
		// protest protest themselves.
		if a.Kind == string(graph.Group) && (!forces[a.group] || role == t.subject) {
			return "protester"
		}
		if a.Kind == string(graph.Person) {
			return "organizer"
		}
		return "target"
	case graph.Violence:
		// "1,300 soldiers were killed": forces suffer violence too.
		// "Rebels attacked an army base, killing 12 soldiers": forces
		// after a verb whose armed doer the trigger names are its victims.
		if forces[a.group] && !(t.passive && role == "victim") && !(t.agentFirst && role == "victim") && role != "participant" {
			return "perpetrator"
		}
	case graph.Interview:
		if a.Kind == string(graph.Person) {
			return "interviewee"
		}
		// A state named in an interview is what it is about.
		if a.Kind == string(graph.Country) {
			return "subject"
		}
		return "interviewer"
	case graph.Election:
		if a.Kind == string(graph.Group) {
			return "voter"
		}
		// A country is what votes; a body runs the vote.
		if a.Kind == string(graph.Country) {
			return "subject"
		}
		if a.Kind == string(graph.Organization) {
			return "organizer"
		}
	}
	return role
}

// personOf reports whether the mention m of sentence i, a country,
// follows a person's name and "of": "Tokayev of Kazakhstan".
func (d *doc) personOf(i int, m mention) bool {
	text := d.sents[i].text
	return slices.ContainsFunc(d.mentions[i], func(p mention) bool {
		return p.actor != nil && p.actor.Kind == string(graph.Person) && p.end <= m.start && personOfRE.MatchString(text[p.end:m.start])
	})
}

// personOfRE joins a person's name to a country: " of ", " of the ".
var personOfRE = regexp.MustCompile(`^\s+of\s+(?:the\s+)?$`)

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
	// "from June 20 to 30": the end may be a day of the start's month.
	rangeRE = regexp.MustCompile(`(?i)\b(?:between|from)\s+(` + dayRef + `)\s*(?:\s(?:and|to|until|through)\s|[-–])\s*(` + dayRef + `|\d{1,2}(?:st|nd|rd|th)?)\b`)
	dateRE  = mustStartRE(`(?i)\b(?:(?:in\s+)?(?:` + monthNames + `)\s+(?:of\s+)?(?:last|this)\s+year|(?:on\s+)?(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:` + monthNames + `)(?:\s+\d{4})?|(?:last|this)\s+(?:week|month|year|` + weekday + `)|(?:on\s+)?the\s+(?:` + weekday + `)\b|(?:on\s+)?the\s+(?:` + spelledOrdinal + `|\d{1,2}(?:st|nd|rd|th))\s+of\s+(?:` + monthNames + `)(?:,?\s+\d{4})?|(?:` + weekday + `)(?:’s|'s)?|yesterday|today|in\s+(?:` + monthNames + `)?\s*\d{4}|(?:(?:in|by)\s+)?(?:early|late|mid)[\s-]?(?:19|20)\d\d|(?:(?:at|by)\s+)?the\s+(?:start|beginning|end|middle)\s+of\s+(?:19|20)\d\d|(?:in\s+)?the\s+(?:first|second)\s+half\s+of\s+(?:19|20)\d\d|(?:in|since|early|late|during|throughout)\s+(?:mid-?\s?)?(?:` + monthNames + `)(?:,?\s+\d{4})?|(?:` + monthNames + `)(?:’s|'s)|since\s+\d{4}|(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)|(?:over\s+|on\s+)?the\s+weekend\s+of\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:` + monthNames + `)(?:,?\s+\d{4})?|at\s+the\s+weekend|over\s+the\s+weekend|(?:last|this\s+past)\s+weekend(?:’s|'s)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+days\s+ago|(?:on\s+)?(?:New\s+Year(?:’s|'s)\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Boxing\s+Day|May\s+Day)|(?:a|one|two|three|\d+)\s+weeks?\s+ago|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:months?|years?)\s+ago|last\s+night|(?:shortly|just|moments|minutes)\s+before\s+midnight|(?:at\s+the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:` + monthNames + `)(?:\s+\d{4})?|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|next\s+week|overnight|(?:a|one)\s+fortnight\s+ago|(?:on\s+)?(?:` + weekday + `)\s+(?:of\s+)?last\s+week|(?:in\s+)?(?:the\s+)?(?:spring|summer|autumn|fall)\s+(?:of\s+)?\d{4}|(?:last|this)\s+(?:spring|summer|autumn|fall)|(?:at\s+the\s+)?(?:start|beginning|end)\s+of\s+(?:the|this|last)\s+(?:month|year)|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th)|(?:on\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}))\b`)
	// creditLineRE opens the credits of a wire story: "Reporting by …;
	// Editing by …", "Additional reporting by …".
	creditLineRE = regexp.MustCompile(`^\s*(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|Compiled|Produced|Translated|Research|Graphics)\s+by\s`)
	// bylineRE is a byline: "By IRYNA KOVALENKO and MARK DELANEY", "By
	// Selin Kaya, Murat Demir | May 14, 2024", "Par Claire Dumoulin
	// (Caracas)". Up to four names of up to four words each.
	bylineRE = regexp.MustCompile(`^\s*(?:By|BY|Par|PAR|Por|POR|Von|VON)\s+` + bylineName + `(?:\s*(?:,|and|&|AND|et|y|und)\s+` + bylineName + `){0,3}` +
		`\s*(?:$|[|,·•(–—-]|\s+in\s|\s+for\s|\s+(?:\p{Lu}+\s+)?(?:EDITOR|CORRESPONDENT|REPORTER)\b)`)
	// photoCreditRE is the credit of a picture: "[File: Sergei
	// Chirikov/Pool via Reuters]", "(Photo: AFP)", "(AP Photo/Marcos
	// Teixeira)", "Photo: Reuters", or "JUAN PÉREZ / AFP" and
	// "REUTERS/Pablo Sanhueza" closing a caption.
	photoCreditRE = regexp.MustCompile(`\[\s*(?:File|Photo|Photograph|Image|Picture|Credit)\s*:[^\[\]]*\]` +
		`|\(\s*(?:Photo|Photograph|Image|Picture|Credit)\s*:[^()]*\)` +
		`|(?:^|[.!?]\s+)(?:Photo|Photograph|Image|Picture|Photo credit|Credit)\s*:\s*[^.!?]*$` +
		`|\(\s*(?:\p{L}+\s+){0,2}Photo\s*/[^()]*\)` +
		`|\s/\s*(?:Pool\s+)?(?:Reuters|AFP|AP|EPA|Getty Images|Anadolu|Xinhua|TASS|EFE|dpa|Bloomberg)(?:\s+via\s+[\p{L} ]+)?\s*$` +
		`|\b(?:REUTERS|Reuters|AFP|AP|EPA|EFE|XINHUA|Xinhua)\s*/\s*\p{Lu}[\p{L}.’' -]+$`)
	// agencyDatelineRE is a wire dateline with its agency, dated or not:
	// "ISTANBUL (Reuters) -", "KYIV, Ukraine (AP) —", "SEOUL, Dec. 4, 2024
	// (Yonhap) --", "Bogotá, 5 may (EFE).-". Group 1 is the place, group 2
	// the agency.
	agencyDatelineRE = regexp.MustCompile(`^\s*(\p{Lu}[\p{L} .'’\-]*?)(?:,\s*\p{Lu}[\p{L} ]+)?(?:,\s+[^()]{1,30}?)?\s*\(([^()]{2,40})\)\.?\s*[-–—]`)
	// datelineRE is a wire dateline with its day, at the start of a line:
	// "BOGOTÁ, March 15 (Wire) -", a place in capitals of any script,
	// "NAIROBI, Aug. 15, 2022 (AFP) -". Group 1 is the day.
	datelineRE = regexp.MustCompile(`(?m)^\s*\p{Lu}[\p{L} .'’\-]+,\s+((?:` + monthNames + `)\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:` + monthNames + `)(?:,?\s+\d{4})?)\s*(?:\([^)]*\))?\s*[-–—]`)
)

// newsAgencies are agencies whose datelines name a city in ordinary case
// ("Bogotá, 5 may (EFE).-"), folded.
var newsAgencies = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "efe": true, "dpa": true, "ansa": true, "xinhua": true,
	"tass": true, "interfax": true, "yonhap": true, "kyodo": true, "pti": true, "ians": true,
	"anadolu": true, "bernama": true, "antara": true, "lusa": true, "belta": true, "ukrinform": true,
	"irna": true, "prensa latina": true, "europa press": true, "notimex": true, "jiji": true, "apa": true,
}

// datelineAgency is where the agency of a wire dateline opening s stands,
// or nil: after a place in capitals any name in brackets, after one in
// ordinary case only a known agency's.
func datelineAgency(s string) []int {
	m := agencyDatelineRE.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	if place := s[m[2]:m[3]]; strings.ToUpper(place) != place && !newsAgencies[graph.Fold(strings.TrimSpace(s[m[4]:m[5]]))] {
		return nil
	}
	return m[4:6]
}

// DatelineAgency is the agency a wire dateline opening line names
// ("MINSK, Sept 23 (Reuters) -"), or "": who published a story copied
// without its outlet.
func DatelineAgency(line string) string {
	if a := datelineAgency(line); a != nil {
		return strings.TrimSpace(line[a[0]:a[1]])
	}
	return ""
}

// byline reports whether s is a byline: a short line, not "By Friday, the
// death toll had reached 27".
func byline(s string) bool {
	if !bylineRE.MatchString(s) || len(strings.Fields(s)) > 14 {
		return false
	}
	first := strings.Trim(strings.Fields(s)[1], ",.")
	_, day := weekdays[strings.ToLower(first)]
	return !day && !timeWordRE.MatchString(first)
}

// timeWordRE is a word that opens a time after "By": "By May", "By then",
// "By midday".
var timeWordRE = regexp.MustCompile(`^(?:` + monthNames + `|Then|Now|Midday|Noon|Midnight|Nightfall|Dawn|Dusk|Evening|Morning|Afternoon|Night)$`)

// bylineName is a name in a byline: capitalised words, or words in
// capitals, with initials and particles.
const bylineName = `\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|al|el|bin|le|la|di|del|dos)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`

// timeZones are the abbreviations of time zones news stamps use: no
// body goes by them.
var timeZones = map[string]bool{}

func init() {
	for _, z := range strings.Fields("GMT UTC BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST HST AST ADT JST KST HKT SGT PHT ICT WIB AEST AEDT ACST AWST NZST NZDT WAT EAT CAT SAST BRT ART PKT GST") {
		timeZones[z] = true
	}
}

// nonEmptyLines counts the lines of s that hold more than spaces.
func nonEmptyLines(s string) int {
	n := 0
	for l := range strings.Lines(s) {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// findDateline returns where a wire dateline is in s, with its date's
// bounds, nil when there is none. A weekday is no place: "Tuesday,
// November 11 — 9 a.m.:" opens an entry of a timeline.
func findDateline(s string) []int {
	loc := datelineRE.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	place, _, _ := strings.Cut(strings.TrimSpace(s[loc[0]:loc[2]]), ",")
	if weekdayRE.MatchString(upperFirst(strings.ToLower(place))) {
		return nil
	}
	return loc
}

// datelineLines is how far down a wire dateline may open the story:
// after the headline, a standfirst, a byline and a date line.
const datelineLines = 12

// dateline reads the day of a wire dateline ("MINSK, Sept 23 (Reuters) -"):
// the day the story's "today" means. It opens one of the first lines.
func (d *doc) dateline() *time.Time {
	loc := findDateline(d.text)
	if loc == nil || nonEmptyLines(d.text[:loc[0]]) >= datelineLines {
		return nil
	}
	m := []string{d.text[loc[0]:loc[1]], d.text[loc[2]:loc[3]]}
	dt, err := dates.Resolve(m[1], dates.Context{Published: d.pub})
	if err != nil {
		return nil
	}
	t, _ := graph.ParseDay(dt.Start)
	return &t
}

// date gives an event the date its sentence states; else the date of the
// event the sentence continues (in the same paragraph); else, for a
// statement, the days from the latest day told to publication; else, in
// a wire story, the day told last when it is close to the dateline's, or
// the dateline's day; else, in an entry of a live report stamped with a
// time, the day of publication; else the week of publication, since
// nothing says which day (a wrong day would be worse than a wide
// interval).
func (d *doc) date(e *eventDraft, s sentence, ps, cs, ce, at int, ref *time.Time, last *eventDraft) {
	published := d.pub
	if ref != nil {
		published = *ref
	}
	told := d.toldMonth(e.sent, published)
	// "With me from Khartoum is Dr Amna Osman Idris": the broadcast's
	// guest is interviewed on the day it goes out.
	if e.Type == string(graph.Interview) && guestRE.MatchString(s.text[at:]) {
		e.start, e.end, e.precision, e.Date = published, published, graph.Day, &Date{Text: "reported on the day of publication"}
		return
	}
	// "Ruto, speaking a week earlier, had told": the aside is the
	// clause's own.
	if auxOnlyRE.MatchString(s.text[cs:min(at, len(s.text))]) {
		cs = 0
	}
	// The clause's own date first, then the sentence's nearest; a
	// dateline's date is the story's, not the event's.
	// (Not when the trigger is inside what reads as a dateline: "AA, May
	// 0(rAllY An. a0000)-", found by fuzzing.)
	if m := findDateline(s.text); m != nil && cs < m[1] && m[1] <= ce {
		cs = m[1]
	}
	if ps < cs {
		ps = cs
	}
	// "said on Monday that police had arrested 40 people the previous
	// day": a day before the saying's, told in what it reports.
	if e.Type != string(graph.Statement) && at < len(s.text) {
		if sm := saidThatRE.FindStringIndex(s.text[:at]); sm != nil {
			// (Not "the day before the vote": counted from that.)
			if pm := dayBeforeRE.FindStringIndex(s.text[at:]); pm != nil && !beforeWhatRE.MatchString(s.text[at+pm[1]:]) {
				if day, ok := lastDayIn(s.text[:sm[1]], published); ok {
					day = day.AddDate(0, 0, -1)
					e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: s.text[at+pm[0] : at+pm[1]]}
					return
				}
			}
		}
	}
	// A relative clause the trigger is not in tells of another time:
	// "Russia, which has lent Caracas billions since 2006, warned on
	// Sunday".
	st := maskTargetDays(maskOtherTimes(maskAsides(maskRelatives(s.text, at), at), at))
	// "Vaessen said: “… this mass rally on Sunday”": what a statement
	// quotes has its own times; they date what is quoted, not the saying.
	if e.Type == string(graph.Statement) {
		st = maskQuotes(st, d.quoted(s.start))
	}
	if e.Type == string(graph.Election) {
		// "after a 2018 vote", "the October 4 vote": an election's date
		// is the one that names it.
		// "Morales, who was first elected in 2005, lost a referendum in
		// February 2016": a relative clause the trigger is not in names
		// another election.
		if start, end, prec, text, ok := electionDate(maskRelatives(s.text, at), at, published, told); ok {
			e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: text}
			e.named = namingDate(s.text, at, text)
			return
		}
	}
	// ", a week after security forces broke up the sit-in": so long
	// before the day the sentence tells.
	if m := beforeMainRE.FindStringSubmatch(s.text[cs:ce]); m != nil {
		base := published
		if loc := dateRE.FindStringIndex(maskRelatives(s.text[:cs], at)); loc != nil {
			if b, _, p, ok := resolve(s.text[loc[0]:loc[1]], published); ok && p == graph.Day {
				base = b
			}
		}
		n := smallNumbers[strings.ToLower(m[1])]
		if strings.HasPrefix(strings.ToLower(m[2]), "week") {
			n *= 7
		}
		if n > 0 && !strings.HasPrefix(strings.ToLower(m[2]), "hour") {
			day := base.AddDate(0, 0, -n)
			e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: strings.TrimLeft(m[0], ", ")}
			return
		}
	}
	// "The morning after the vote, the finance minister resigned",
	// "hours after the deal was announced": a day counted from an event
	// the story told, when the clause names no date of its own.
	if start, end, prec, text, ok := d.anchoredDay(e.sent, s.text, cs, ce, at, st, published); ok {
		e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: text}
		return
	}
	// "Putin congratulated Lukashenko on his victory at the time": the
	// time of the event the clause names.
	if m := atTheTimeRE.FindStringSubmatch(s.text[cs:ce]); m != nil && !dateRE.MatchString(st[cs:ce]) {
		start, end, prec := d.namedEvent(e.sent, strings.ToLower(m[1]), published)
		// "his victory": the election the story told last.
		if resultNounRE.MatchString(m[1]) {
			prec = ""
			for _, o := range slices.Backward(d.events) {
				if o.Type == string(graph.Election) && !fallbackDate(o) {
					start, end, prec = o.start, o.end, o.precision
					break
				}
			}
		}
		if prec != "" {
			e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: "at the time"}
			return
		}
	}
	// The sentence's date wordings are found once; each span looks at
	// those inside it.
	all := findDates(st)
	ranges := rangeRE.MatchString(st) || sinceDayRE.MatchString(st)
	months := monthRangeRE.MatchString(st)
	after := dayAfterDateRE.MatchString(st)
	var prev [2]int
	dl := 0
	if m := findDateline(s.text); m != nil {
		dl = m[1]
	}
	// What follows a semicolon is another statement with its own time:
	// "protesters set fire to bins; bins had piled up since early March".
	limit := len(s.text)
	if k := strings.IndexByte(s.text[ce:], ';'); k >= 0 {
		limit = ce + k
	}
	// …and what comes before one is too: "On Monday workers walked
	// out; by Wednesday police fired rubber bullets".
	if k := strings.LastIndexByte(s.text[:cs], ';'); k >= 0 && dl < k+1 {
		dl = k + 1
	}
	// "phoned Lula the same day and invited him in early February": a
	// clause that dates itself by the event told before takes no date
	// from the clauses after it.
	relative := sameDayRE.MatchString(s.text[cs:ce]) || nextDayRE.MatchString(s.text[cs:ce])
	for k, span := range [][2]int{{ps, ce}, {cs, ce}, {cs, limit}, {dl, limit}} {
		if k > 0 && span == prev || k > 1 && relative {
			continue
		}
		prev = span
		if ranges {
			if start, end, text, ok := resolveRange(st[span[0]:span[1]], published); ok {
				e.start, e.end, e.precision, e.Date = start, end, graph.Day, &Date{Text: text}
				return
			}
		}
		if months {
			if start, end, text, ok := monthRange(st[span[0]:span[1]], published); ok {
				e.start, e.end, e.precision, e.Date = start, end, graph.Month, &Date{Text: text}
				return
			}
		}
		if after {
			if start, end, text, ok := dayAfter(st[span[0]:span[1]], published); ok {
				e.start, e.end, e.precision, e.Date = start, end, graph.Day, &Date{Text: text}
				return
			}
		}
		for _, whole := range all {
			if whole[0] < span[0] || whole[1] > span[1] {
				continue
			}
			loc := []int{whole[0] - span[0], whole[1] - span[0]}
			m := s.text[span[0]+loc[0] : span[0]+loc[1]]
			// "The same day he broke off the talks that had opened on
			// Monday": a clause that opens with a day told before takes
			// no day from after its verb.
			if relative && span[0]+loc[0] > at {
				if r := relDayRE.FindStringIndex(s.text[cs:ce]); r != nil && cs+r[0] < at && relPronounRE.MatchString(s.text[at:span[0]+loc[0]]) {
					continue
				}
			}
			// "said Lam would hold a news conference on Tuesday": a day
			// in what is yet to come dates nothing that happened.
			if futureRE.MatchString(st[max(span[0], span[0]+loc[0]-60):span[0]+loc[0]]) || forDay(st, span[0]+loc[0], span[0]+loc[1]) {
				continue
			}
			// "has called for more marches on Friday": a day after what is
			// called for dates that, not the call.
			if e.Type == string(graph.Statement) && calledForRE.MatchString(st[max(span[0], span[0]+loc[0]-80):span[0]+loc[0]]) {
				continue
			}
			// "she said, recalling the coup led by Prayut in 2014": a
			// year after a noun for another event dates that event.
			if yearWordingRE.MatchString(m) && span[0]+loc[0] > at {
				if n := pastEventNounRE.FindStringIndex(st[max(at, span[0]+loc[0]-60) : span[0]+loc[0]]); n != nil {
					continue
				}
				// "annulled his degree, citing irregularities in his
				// transfer in 1990": a participle after the clause
				// tells its own time.
				if ingPhraseRE.MatchString(st[at : span[0]+loc[0]]) {
					continue
				}
			}
			// "ruled out a rerun of the August 9 vote": a date that names
			// another event than the trigger's dates that one.
			// ("boycotted Sunday's vote": a boycott of a vote is on its
			// day.)
			if n := namedEventRE.FindStringIndex(st[span[0]+loc[1]:]); n != nil && !(e.Type == string(graph.Protest) && boycottAtRE.MatchString(s.text[at:])) {
				if ns, ne := span[0]+loc[1]+n[0], span[0]+loc[1]+n[1]; at < ns || at >= ne {
					continue
				}
			}
			// "That Tuesday evening, thousands gathered": the Tuesday of
			// the week the story is telling.
			if day, ok := d.thatWeekday(m, s.text[:span[0]+loc[0]], published); ok {
				e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m}
				return
			}
			// "conceded on 2 December. A week later, on the 9th": a day
			// of the month the paragraph is telling.
			if day, ok := d.nthOfToldMonth(m, e.sent, span[0]+loc[0], published); ok {
				e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m}
				return
			}
			if start, end, prec, ok := resolveTold(m, published, told); ok {
				e.start, e.end, e.precision, e.Date = start, end, dayRun(m, prec), &Date{Text: m}
				return
			}
			// "On March 31 Imamoglu beat Yildirim" in a paper of March 28:
			// a day just after publication is the coming one only for
			// what is to come; a deed told in the past had it a year
			// before. (Not a statement's after its verb: "promised an
			// orderly transition on January 20" dates what is promised;
			// "On March 2, Sall said" and a timeline's "March 2: Sall
			// said" date the saying, and so does a date after a deed
			// told with no word of what is to come between: "suspended
			// parliament on July 25".)
			if told.IsZero() && (e.Type != string(graph.Statement) || span[0]+loc[1] <= at || span[0]+loc[0] > at && !toComeBetweenRE.MatchString(s.text[at:span[0]+loc[0]])) && pastTriggerRE.MatchString(s.text[at:]) {
				// (After a statement's verb and a noun for an event, a day
				// weeks after publication is that event's, to come:
				// "called a rally on 15 March" the day before.)
				if start, end, prec, ok := resolveFrom(m, published, e.Type == string(graph.Statement) && span[0]+loc[0] > at && eventObjectRE.MatchString(s.text[at:span[0]+loc[0]])); ok {
					e.start, e.end, e.precision, e.Date = start, end, dayRun(m, prec), &Date{Text: m}
					return
				}
			}
		}
	}
	// "deposited $500m the same month": the month of the date told
	// before it.
	if m := sameUnitRE.FindStringSubmatch(s.text[cs:ce]); m != nil {
		prec := map[string]graph.Precision{"week": graph.Week, "month": graph.Month, "year": graph.Year}[strings.ToLower(m[1])]
		if locs := dateRE.FindAllStringIndex(afterDateline(s.text[:cs+strings.Index(s.text[cs:ce], m[0])]), -1); len(locs) > 0 {
			pre := afterDateline(s.text[:cs+strings.Index(s.text[cs:ce], m[0])])
			if t0, _, p, ok := resolve(pre[locs[len(locs)-1][0]:locs[len(locs)-1][1]], published); ok && precRank(p) <= precRank(prec) {
				start, end := dates.Widen(t0, prec)
				e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: m[0]}
				return
			}
		}
	}
	// "On Sunday, the party named him leader. He met the army chief the
	// same day": the day the sentence before names, when it told no
	// event of its own, rather than an event told further back.
	// "told reporters that what had happened the previous day": a day
	// counted in what a statement reports dates what it reports, not
	// the telling.
	own := s.text[cs:ce]
	if e.Type == string(graph.Statement) && at >= cs && at < ce {
		if k := complementRE.FindStringIndex(s.text[at:ce]); k != nil {
			own = s.text[cs : at+k[0]]
		}
	}
	// "Saudi Arabia on Tuesday announced a package; the Emirates
	// pledged $3 billion the same day": the day an earlier clause of
	// the sentence names.
	if m := sameDayRE.FindString(own); m != "" && cs > 0 {
		if day, ok := lastDayIn(afterDateline(s.text[:cs]), published); ok {
			e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m}
			return
		}
	}
	// "The turmoil began on Monday … It was accepted by the king. The
	// same day Bersatu announced": the day a sentence of the paragraph
	// since the event told last names.
	if m := sameDayRE.FindString(own); m != "" {
		for j := e.sent - 1; j >= 0 && d.sents[j].para == s.para && (d.lastEvent == nil || d.lastEvent.sent < j); j-- {
			prev := d.sents[j].text
			if locs := findDates(maskAsides(afterDateline(prev), -1)); locs != nil {
				loc := locs[0]
				if start, end, prec, ok := resolve(afterDateline(prev)[loc[0]:loc[1]], published); ok && prec == graph.Day {
					e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: m}
					return
				}
				break
			}
		}
	}
	if m := sameDayRE.FindString(own); m != "" && d.lastEvent != nil {
		l := d.lastEvent
		e.start, e.end, e.precision, e.Date = l.start, l.end, l.precision, &Date{Text: m}
		return
	}
	// "the next day", "two days later": a day counted from the day the
	// story told last, an event's or a date's.
	// The clause may end before its last words: "rallied outside the
	// court the following morning".
	ext := s.text[cs:min(len(s.text), cs+len(own)+len("following afternoon"))]
	// (Not in an aside of another time: "defying a ban announced the
	// previous day".)
	loc := nextDayRE.FindStringIndex(maskAsides(s.text, at)[cs : cs+len(ext)])
	if loc != nil && loc[0] >= len(own) {
		loc = nil
	}
	// …and the sentence may open with it for all its clauses: "The
	// following day crowds moved through Chinatown, looting shops".
	if loc == nil && cs > 0 {
		ext = s.text
		// …or with a clause that holds it: "After a cabinet session the
		// next day, Hariri announced".
		if loc = nextDayRE.FindStringIndex(ext); loc != nil && loc[0] > 0 {
			if sub := openingSubordinateRE.FindStringIndex(ext); sub == nil || loc[1] > sub[1] {
				loc = nil
			}
		}
	}
	// …or close with it after asides of its one clause: "He named
	// Flores-Aráoz, a former defence minister, as his prime minister two
	// days later."
	if loc == nil && ce < len(s.text) {
		if l := nextDayRE.FindStringIndex(s.text[ce:]); l != nil && closingRE.MatchString(s.text[ce+l[1]:]) && !otherClauseRE.MatchString(s.text[ce:ce+l[0]]) {
			ext, loc = s.text, []int{ce + l[0], ce + l[1]}
		}
	}
	if loc != nil && !countsFromNoun(ext[loc[0]:loc[1]], ext[loc[1]:]) {
		m := ext[loc[0]:loc[1]]
		// "On Thursday he met the unions' leader; they had struck the
		// day before": the day an earlier clause of the sentence names.
		from := loc[0]
		if ext != s.text {
			from += cs
		}
		base, ok := lastDayIn(afterDateline(s.text[:from]), published)
		if !ok {
			base, ok = d.lastToldDay(e.sent, published)
		}
		if ok {
			if day := base.AddDate(0, 0, countedDays(m)); !day.After(published) {
				e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m}
				return
			}
		}
	}
	if m := sameDayRE.FindString(own); m != "" && d.lastEvent == nil {
		// No event told yet: the day the story named last.
		if day, ok := d.lastToldDay(e.sent, published); ok {
			e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m}
			return
		}
	}
	if m := dayAfterRE.FindStringSubmatch(tail(s.text[:at], 120)); m != nil {
		n := map[string]int{"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}[strings.ToLower(m[1])]
		base := published
		// "The detentions came a day after": counted from the event the
		// sentence opens with, told last.
		if last != nil && (last.para == s.para || retoldSentenceRE.MatchString(s.text)) {
			base = last.start
		}
		day := base.AddDate(0, 0, -n)
		e.start, e.end, e.precision, e.Date = day, day, graph.Day, &Date{Text: m[0]}
		return
	}
	// A sentence of the paragraph told after the last event may date
	// what follows: "The decisive blows came at the weekend. Police
	// units mutinied."
	for j := e.sent - 1; j >= 0 && d.sents[j].para == s.para && (last == nil || j >= last.sent); j-- {
		if last != nil && j == last.sent {
			break
		}
		// "Saied, a law professor elected in 2019, announced the
		// measures on Sunday. In Touzeur, demonstrators ransacked …": an
		// aside of a sentence that told an event dates no event.
		txt := maskOtherTimes(d.sents[j].text, -1)
		if j < len(d.told) && d.told[j] {
			txt = maskAsides(txt, len(txt))
		}
		if m := firstDate(afterDateline(txt)); m != "" {
			if start, end, prec, ok := resolveTold(m, published, told); ok {
				e.start, e.end, e.precision, e.Date = start, end, dayRun(m, prec), &Date{Text: m}
				return
			}
		}
	}
	// "What happened on Tuesday?", "Here is what we know about Sunday.":
	// the heading of an explainer's, an interview's or a live report's
	// section dates what it heads.
	if start, end, prec, text, ok := d.questionDate(e.sent, published); ok {
		e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: text}
		return
	}
	// "told reporters after the meeting": the day of the meeting told.
	if m := afterTheRE.FindStringSubmatch(s.text); m != nil {
		typ := eventNouns[strings.ToLower(m[1])]
		// The event told by that very noun first ("a video conference of
		// donors … at the conference"), else the last of its kind.
		var found *eventDraft
		for _, o := range slices.Backward(d.events) {
			if !compatible(o.Type, string(typ)) {
				continue
			}
			if slices.ContainsFunc(o.Quotes, func(q string) bool { return strings.Contains(strings.ToLower(q), strings.ToLower(m[1])) }) {
				found = o
				break
			}
			if found == nil {
				found = o
			}
		}
		if found != nil {
			e.start, e.end, e.precision, e.Date = found.start, found.end, found.precision, &Date{Text: m[0]}
			return
		}
	}
	// "The meeting, in which Lukashenko thanked Putin, marked …": a
	// sentence that opens with a definite event noun of the event's own
	// kind goes on with the last such event the story told, even when
	// other events came between.
	if m := openingEventRE.FindStringSubmatch(s.text); m != nil && at < len(m[0]) {
		if typ, ok := eventNouns[strings.ToLower(m[1])]; ok && compatible(e.Type, string(typ)) {
			for _, o := range slices.Backward(d.events) {
				if compatible(o.Type, string(typ)) && !fallbackDate(o) {
					e.start, e.end, e.precision, e.Date = o.start, o.end, o.precision, &Date{Text: o.Date.Text}
					return
				}
			}
		}
	}
	// "The two leaders held talks": a sentence that refers back goes on
	// with the event told last, even in a new paragraph.
	// "The SPA called for civil disobedience. The soldiers opened fire":
	// a deed goes on past an undated statement, with the event dated
	// last.
	cont := last
	if cont != nil && fallbackDate(cont) && e.Type != string(graph.Statement) {
		if l := d.lastDated(); l != nil && (l.para == s.para || d.continuesTurns(l.para, s.para)) {
			cont = l
		}
	}
	if cont != nil && (cont.para == s.para || anaphoraRE.MatchString(s.text) || d.continuesTurns(cont.para, s.para)) && !strings.HasPrefix(cont.Date.Text, "undated") {
		e.start, e.end, e.precision, e.Date = cont.start, cont.end, cont.precision, &Date{Text: cont.Date.Text}
		return
	}
	// "Khan has insisted": a statement told in the perfect was made at
	// some time since the story began, dated once the story is read (a
	// live entry's, on the entry's day).
	// "Khan insists", "officials say": the present of a verb of saying
	// tells a stand taken since the story began, as the perfect does.
	if e.Type == string(graph.Statement) && (perfectRE.MatchString(tail(s.text[:min(at, len(s.text))], 40)) || presentSaying(s.text, at)) && !clockRE.MatchString(d.text[d.paraStart[e.sent]:]) {
		e.perfect = true
	}
	// What someone said and the text does not date was said between the
	// latest day the story has told and publication (or the dateline's
	// day); with nothing told before that day, on it.
	if ref != nil {
		if from, ok := d.toldSince(*ref); ok && e.Type == string(graph.Statement) {
			e.start, e.end, e.precision, e.Date = from, *ref, graph.Day, &Date{Text: "undated: between the last event told and publication"}
			return
		}
		// "Police fired tear gas at marchers": in a wire story, what
		// the text does not date goes on with the day told last, when
		// that is the dateline's day or one of the two before.
		if l := d.lastDated(); e.Type != string(graph.Statement) && l != nil && l.precision == graph.Day && !l.start.After(*ref) && ref.Sub(l.start) <= 2*24*time.Hour {
			e.start, e.end, e.precision, e.Date = l.start, l.end, l.precision, &Date{Text: l.Date.Text}
			return
		}
		e.start, e.end, e.precision, e.Date = *ref, *ref, graph.Day, &Date{Text: "the dateline's day"}
		return
	}
	// "18:05 Gendarmes detained 12 people": an entry of a live report
	// stamped with a time of day tells what happened on the day of
	// publication (or of the dateline).
	if e.Type != string(graph.Statement) && clockRE.MatchString(d.text[d.paraStart[e.sent]:]) {
		e.start, e.end, e.precision, e.Date = published, published, graph.Day, &Date{Text: "a live entry of the day of publication"}
		return
	}
	// Other undated events get the week.
	if e.Type == string(graph.Statement) {
		if from, ok := d.toldSince(published); ok {
			e.start, e.end, e.precision, e.Date = from, published, graph.Day, &Date{Text: "undated: between the last event told and publication"}
			return
		}
		e.start, e.end, e.precision, e.Date = published, published, graph.Day, &Date{Text: "reported on the day of publication"}
		return
	}
	// What the text does not date happened between the last day it told
	// and publication: "On Wednesday afternoon, soldiers rolled into the
	// square. … Arce met him in a hallway of the palace." Not a tally of
	// the whole unrest ("have been killed") or what is still going on,
	// which run from its first day (sinceBegan).
	if day, ok := d.dayToldBefore(e.sent, published); ok && !tallyRE.MatchString(s.text[cs:]) && !ongoingRE.MatchString(s.text[cs:]) {
		e.start, e.end, e.precision, e.Date = day, published, graph.Day, &Date{Text: "undated: between the last day told and publication"}
		return
	}
	start, end := dates.Widen(published, graph.Week)
	e.start, e.end, e.precision, e.Date = start, end, graph.Week, &Date{Text: "undated: the week of publication"}
}

// dayToldBefore is the last day the text named before sentence i, when
// it is one of the two weeks before publication.
func (d *doc) dayToldBefore(i int, published time.Time) (time.Time, bool) {
	for j := i - 1; j >= 0; j-- {
		day, ok := lastDayIn(afterDateline(d.sents[j].text), published)
		if !ok {
			continue
		}
		return day, day.Before(published) && published.Sub(day) < 15*24*time.Hour
	}
	return time.Time{}, false
}

// nthDayRE says how many days an event has run: "for a third day",
// "now in its fourth day", "for a second straight day".
var nthDayRE = regexp.MustCompile(`(?i)\b(?:for\s+(?:a|the)|(?:now\s+)?in\s+(?:its|their))\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night|evening)\b`)

// protestNouns names protest by a noun after "days of": "after thirteen
// days of protest", "a fourth day of anti-government demonstrations".
const protestNouns = `(?:\S+\s+){0,2}?(?:protests?|demonstrations?|rallies|marches|strikes?|unrest|sit-ins?|blockades|civil disobedience)\b`

// daysOfRE tells a protest's run by a noun: "after thirteen days of
// protest" (cardinal, days before), "the fifth day of protests" (ordinal,
// the days up to the day told).
var daysOfRE = regexp.MustCompile(`(?i)\b(?:(?:after|following|with)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d+)\s+(?:straight\s+|consecutive\s+|successive\s+)?days|(?:a|the|its|their)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day)\s+of\s+` + protestNouns)

// smallNumbers are the counts news spells out for spans of time: "a
// year ago", "three days later".
var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

var cardinals = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20}

// daysOf widens a protest whose clause tells how many days the protests
// have run by a noun: "after thirteen days of protest" ran the thirteen
// days before the day of the story; "on the fifth day of protests" ran
// the five days up to the day told. It reports whether it did.
func (d *doc) daysOf(e *eventDraft, clause string, ref *time.Time) bool {
	m := daysOfRE.FindStringSubmatch(clause)
	if m == nil {
		return false
	}
	end := d.pub
	if ref != nil {
		end = *ref
	}
	dated := e.precision == graph.Day && e.start.Equal(e.end) && !fallbackDate(e)
	var start time.Time
	if m[1] != "" {
		n, ok := cardinals[strings.ToLower(m[1])]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		if n < 2 || n > 60 {
			return false
		}
		// "met on Tuesday after twelve days of protest": the days
		// before the day told.
		if dated {
			end = e.end
		}
		start = end.AddDate(0, 0, -n)
	} else {
		w := strings.ToLower(m[2])
		n, ok := dayOrdinals[w]
		if !ok {
			n, _ = strconv.Atoi(strings.TrimRight(w, "stndrh"))
		}
		if n < 2 || n > 60 {
			return false
		}
		if dated {
			end = e.end
		}
		start = end.AddDate(0, 0, -(n - 1))
	}
	e.start, e.end, e.precision = start, end, graph.Day
	e.Date = &Date{Text: m[0]}
	return true
}

// beganWhenRE qualifies a noun for a run of protest or fighting with
// the day it began: "the fighting, which began on September 27",
// "demonstrations that began in June".
var beganWhenRE = regexp.MustCompile(`(?i)\b(?:fighting|war|protests|demonstrations|unrest|clashes|strike|uprising|violence|sit-in|blockades|rallies|marches)\s*,?\s+(?:which|that)\s+(?:had\s+)?(?:began|started|erupted|broke\s+out)\s+((?:on|in)\s+[^,;.]+)`)

// beganWhen dates a protest or violence told of a run of it "which began
// on September 27" from that day to the day of the story, when the
// clause gives no day of its own.
func (d *doc) beganWhen(e *eventDraft, clause string, at int, ref *time.Time) {
	if e.Type != string(graph.Protest) && e.Type != string(graph.Violence) {
		return
	}
	m := beganWhenRE.FindStringSubmatchIndex(clause)
	if m == nil || m[0] < at-120 || dateRE.MatchString(clause[:m[0]]) {
		return
	}
	w := dateRE.FindString(clause[m[2]:m[3]])
	if w == "" {
		return
	}
	end := d.pub
	if ref != nil {
		end = *ref
	}
	start, _, prec, ok := resolve(w, end)
	if !ok || start.After(e.start) || start.After(end) {
		return
	}
	e.start, e.end, e.precision, e.Date = start, end, prec, &Date{Text: clause[m[0]:m[3]]}
}

// nthOfToldMonth resolves "on the 9th" (m) in sentence i before byte at
// to the day of the month the paragraph last named with a month ("on 2
// December"), when it names one; ok is false otherwise.
func (d *doc) nthOfToldMonth(m string, i, at int, published time.Time) (time.Time, bool) {
	nm := nthRE.FindStringSubmatch(strings.ToLower(strings.TrimSpace(m)))
	if nm == nil {
		return time.Time{}, false
	}
	n, _ := strconv.Atoi(nm[1])
	// The paragraph, or the one before when it names no month: "… on
	// April 16, 2018. ¶ On the 21st, a journalist was shot".
	prev := d.sents[i].para
	for k := i; k >= 0; k-- {
		if d.sents[k].para != d.sents[i].para {
			prev = d.sents[k].para
			break
		}
	}
	for j := i; j >= 0 && (d.sents[j].para == d.sents[i].para || d.sents[j].para == prev); j-- {
		txt := afterDateline(d.sents[j].text)
		if j == i {
			txt = d.sents[j].text[:min(at, len(d.sents[j].text))]
		}
		locs := findDates(txt)
		for k := len(locs) - 1; k >= 0; k-- {
			w := txt[locs[k][0]:locs[k][1]]
			if !monthWordRE.MatchString(w) {
				continue
			}
			start, _, prec, ok := resolveTold(w, published, d.toldMonth(i, published))
			// The paragraph before tells the month by a day of it: "in
			// January" there may be what is to come.
			if !ok || d.sents[j].para != d.sents[i].para && prec != graph.Day {
				continue
			}
			day := time.Date(start.Year(), start.Month(), n, 0, 0, 0, 0, time.UTC)
			if day.Month() != start.Month() || day.After(published) {
				return time.Time{}, false
			}
			return day, true
		}
	}
	return time.Time{}, false
}

// thatBeforeRE ends the words before a weekday that is the story's:
// "That (Tuesday)", "that same (Wednesday)".
var thatBeforeRE = regexp.MustCompile(`(?i)\bthat\s+(?:same\s+)?$`)

// thatWeekday resolves a weekday told as "that Tuesday" (m, after the
// words before) to that weekday nearest the day the story told last,
// when it told one; ok is false otherwise.
func (d *doc) thatWeekday(m, before string, published time.Time) (time.Time, bool) {
	wd, ok := weekdays[strings.ToLower(strings.TrimSpace(m))]
	if !ok || !thatBeforeRE.MatchString(before) {
		return time.Time{}, false
	}
	l := d.lastDated()
	if l == nil || l.precision != graph.Day {
		return time.Time{}, false
	}
	best, found := time.Time{}, false
	for _, k := range []int{0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6} {
		if day := l.start.AddDate(0, 0, k); day.Weekday() == wd {
			best, found = day, true
			break
		}
	}
	if !found || best.After(published) {
		return time.Time{}, false
	}
	return best, true
}

// holidayRE is a holiday on a fixed day of the year; holidays are their
// days, as resolve reads them.
var (
	holidayRE = regexp.MustCompile(`^(?:on\s+)?(new\s+year(?:’s|'s)\s+(?:eve|day)|christmas\s+(?:eve|day)|boxing\s+day|may\s+day)$`)
	holidays  = map[string]string{"new year's eve": "December 31", "new year's day": "January 1", "christmas eve": "December 24",
		"christmas day": "December 25", "boxing day": "December 26", "may day": "May 1"}
)

// weekdays are the days of the week by their lower-cased names.
var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// monthWordRE holds the name of a month.
var monthWordRE = regexp.MustCompile(`(?i)\b(?:` + monthNames + `)\b`)

// dayOrdinals are the ordinals news spells out, the days of a month
// among them: "the fifth day of protests", "the twentieth of November".
var dayOrdinals = func() map[string]int {
	units := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	teens := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	out := map[string]int{"twentieth": 20, "thirtieth": 30}
	for i := 1; i < 10; i++ {
		out[units[i]] = i
		out["twenty-"+units[i]] = 20 + i
	}
	for i, w := range teens {
		out[w] = 10 + i
	}
	out["thirty-first"] = 31
	return out
}()

// spelledOrdinal is a day of a month spelled as an ordinal: "twentieth",
// "twenty-first".
const spelledOrdinal = `(?:twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`

// spelledDayRE is "the twentieth of November", "the 10th of July".
var spelledDayRE = regexp.MustCompile(`^(?:on\s+)?the\s+(` + spelledOrdinal + `|\d{1,2}(?:st|nd|rd|th))\s+of\s+`)

// nthDay widens an event that has run for n days to the n days that end
// on its day: "rallied for a third day on Thursday" began on Tuesday. An
// event the clause does not date ends on the day of the story.
func (d *doc) nthDay(e *eventDraft, clause string, ref *time.Time) {
	if e.Type == string(graph.Protest) && d.daysOf(e, clause, ref) {
		return
	}
	m := nthDayRE.FindStringSubmatch(clause)
	if m == nil {
		return
	}
	w := strings.ToLower(m[1])
	n, ok := dayOrdinals[w]
	if !ok {
		n, _ = strconv.Atoi(strings.TrimRight(w, "stndrh"))
	}
	if n < 2 || n > 60 {
		return
	}
	end := e.end
	// "now in its fourth day" counts to the day of the story.
	if !strings.HasPrefix(strings.ToLower(m[0]), "for") {
		end = d.pub
		if ref != nil {
			end = *ref
		}
	} else if e.precision != graph.Day || !e.start.Equal(e.end) {
		if !strings.HasPrefix(e.Date.Text, "undated") && e.Date.Text != "the dateline's day" {
			return
		}
		end = d.pub
		if ref != nil {
			end = *ref
		}
	}
	e.start, e.end, e.precision = end.AddDate(0, 0, -(n-1)), end, graph.Day
	e.Date = &Date{Text: m[0]}
}

// conjoinedYearRE is a year followed by a conjunction.
var conjoinedYearRE = regexp.MustCompile(`\s(?:and|or|but|then)\s`)

var yearBeforeRE = regexp.MustCompile(`\b((?:(?:` + monthNames + `)\s+)?(?:1[89]\d\d|20\d\d))(?:’s|'s)?\s+(?:\p{Ll}+\s+){0,2}$`)

// electionDate is the date wording nearest an election's trigger at,
// within a few words, or a year right before it ("a 2018 vote").
func electionDate(s string, at int, pub, told time.Time) (time.Time, time.Time, graph.Precision, string, bool) {
	// "the 2018 presidential election"; not "elected in 2017 and
	// (re-elected)", whose year is the first election's.
	if m := yearBeforeRE.FindStringSubmatch(tail(s[:at], 40)); m != nil && !conjoinedYearRE.MatchString(m[0]) {
		if start, end, prec, ok := resolve(m[1], pub); ok {
			return start, end, prec, m[1], true
		}
	}
	// "Saturday's presidential election": a date that names it.
	for _, m := range dateRE.FindAllStringIndex(s[max(0, at-50):at], -1) {
		off := max(0, at-50)
		if n := namedEventRE.FindStringIndex(s[off+m[1]:]); n != nil && off+m[1]+n[1] >= at {
			if start, end, prec, ok := resolveTold(s[off+m[0]:off+m[1]], pub, told); ok {
				return start, end, prec, s[off+m[0] : off+m[1]], true
			}
		}
	}
	best, dist := "", 1<<30
	lo, hi := max(0, at-40), min(len(s), at+50)
	for lo > 0 && s[lo]&0xc0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xc0 == 0x80 {
		hi++
	}
	// A date after the trigger counts from the end of its word:
	// "re-elected in April 2022" is nearer than "in 2017 and".
	wordEnd := at
	for wordEnd < len(s) && (s[wordEnd] >= 'a' && s[wordEnd] <= 'z' || s[wordEnd] >= 'A' && s[wordEnd] <= 'Z' || s[wordEnd] == '-') {
		wordEnd++
	}
	for _, m := range dateRE.FindAllStringIndex(s[lo:hi], -1) {
		// "to vote on Sunday, April 3": the weekday with its date.
		m = withWeekdayTail(s[lo:hi], m)
		d := at - (lo + m[1])
		if lo+m[0] > at {
			d = max(0, lo+m[0]-wordEnd)
		}
		if d < dist {
			best, dist = s[lo+m[0]:lo+m[1]], d
		}
	}
	if best == "" {
		return time.Time{}, time.Time{}, "", "", false
	}
	start, end, prec, ok := resolveTold(best, pub, told)
	return start, end, prec, best, ok
}

// guestRE opens a broadcast's introduction of its guest.
var guestRE = regexp.MustCompile(`(?i)^(?:with|joining)\s+me\b`)

// yearDateRE is a date with its year: "August 2023", "17 November 2023",
// "March 3, 2019", "the spring of 2019".
var yearDateRE = regexp.MustCompile(`(?i)\b(?:(?:` + monthNames + `)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:` + monthNames + `)\s+|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)(?:(?:19|20)\d\d\b|(?:this|last)\s+year\b)`)

// backgroundBeforeRE ends words in the pluperfect or of a relative
// clause: a date after them ("long after a court had sentenced him, in
// June 2011,", "Khan, who was ousted in April last year,", "the town
// where police shot 14 workers in December 2011") is the
// background's, not where the story has got to.
var backgroundBeforeRE = regexp.MustCompile(`(?i)(?:\bhad\s+(?:\p{L}+\s+)?\p{L}+(?:ed|en|wn|ght)\b|\b(?:who|whom|whose|which|where)\b)[^.;]*$`)

// toldMonth is the time a story told in the past has reached at sentence
// i: "In August 2023 the court upheld the ruling … Muizzu
// led the first round on 9 September" tells September 2023, not the
// September before publication. It is the day to read a day and month
// without a year against: the end of the tenth month after the one that
// the last date with a year of the sentence, its paragraph or the
// toldParas before names; zero when there is none or that is not before
// publication.
func (d *doc) toldMonth(i int, pub time.Time) time.Time {
	paras, prev := 0, d.sents[i].para // paragraphs gone back, and the last one's
	for j := i; j >= 0; j-- {
		if p := d.sents[j].para; p != prev {
			if paras++; paras > toldParas {
				break
			}
			prev = p
		}
		// The whole of sentence i: "the election of January 25 this
		// year" tells its own year.
		m := d.yearDate(j)
		if m == "" {
			// "The end came on Saturday 5 February": a weekday with its
			// day tells the story's own days, near publication; what
			// the sentences before it dated by their years is history.
			if j < i && weekdayDayRE.MatchString(d.sents[j].text) {
				return time.Time{}
			}
			continue
		}
		// "January 25 this year": the year of publication.
		if k := strings.Index(strings.ToLower(m), " this year"); k > 0 {
			m = m[:k] + " " + strconv.Itoa(pub.Year())
		} else if k := strings.Index(strings.ToLower(m), " last year"); k > 0 {
			m = m[:k] + " " + strconv.Itoa(pub.Year()-1)
		}
		start, _, _, ok := resolve(m, pub)
		if !ok {
			return time.Time{}
		}
		first := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
		// Stories go forward more than back: ten months after, two
		// before.
		if t := first.AddDate(0, 11, -1); t.Before(pub) {
			return t
		}
		return time.Time{}
	}
	return time.Time{}
}

// weekdayDayRE is a weekday with its day of the month and no year:
// "Saturday 5 February", "Monday, March 3".
var weekdayDayRE = regexp.MustCompile(`(?i)\b(?:` + weekday + `),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:` + monthNames + `)|(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?)\b`)

// yearDate is the last date with its year that sentence j tells, not in
// its background; "" when there is none. Each sentence is read once.
func (d *doc) yearDate(j int) string {
	if d.yearDates == nil {
		d.yearDates = make([]*string, len(d.sents))
	}
	if m := d.yearDates[j]; m != nil {
		return *m
	}
	text := d.sents[j].text
	m := ""
	if strings.ContainsAny(text, "0123456789") || strings.Contains(text, " year") {
		locs := yearDateRE.FindAllStringIndex(text, -1)
		for len(locs) > 0 && backgroundBeforeRE.MatchString(tail(text[:locs[len(locs)-1][0]], 80)) {
			locs = locs[:len(locs)-1]
		}
		if len(locs) > 0 {
			m = text[locs[len(locs)-1][0]:locs[len(locs)-1][1]]
		}
	}
	d.yearDates[j] = &m
	return m
}

// toldParas is how many paragraphs before a sentence's own toldMonth
// looks back for a year (two did best on dev: one missed chronicles'
// later paragraphs, three and five gained nothing more).
const toldParas = 2

// resolveTold resolves date m as resolve does, a day and month without
// a year against told (from toldMonth) when it is set: the latest such
// day on or before it, even when the same day after publication is
// near, since the story is telling the past.
func resolveTold(m string, pub, told time.Time) (time.Time, time.Time, graph.Precision, bool) {
	w := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(m)), "on ")
	if told.IsZero() || !monthDayRE.MatchString(w) && !weekendOfRE.MatchString(w) {
		return resolve(m, pub)
	}
	return resolveFrom(m, told, false)
}

// namingDate reports whether date, found by electionDate near byte at
// of s, names the election there: "Thursday's poll", "the August 9
// vote", not "won, the commission declared on Monday".
func namingDate(s string, at int, date string) bool {
	k := strings.LastIndex(s[:at], date)
	return k >= 0 && namedEventRE.MatchString(s[k+len(date):])
}

// boycottBeforeRE ends the words before what is boycotted: "boycotted
// (Sunday's vote)", "a boycott of the (election)".
var boycottBeforeRE = regexp.MustCompile(`(?i)\bboycott(?:ed|s|ing)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d’'\-]+\s+){0,3}$`)

// venueAtRE ends the words before where something is held: "at the".
var venueAtRE = regexp.MustCompile(`(?i)\bat\s+(?:the\s+)?$`)

// blockWordRE opens a blockade's trigger.
var blockWordRE = regexp.MustCompile(`(?i)^(?:block|barricad)`)

// boycottAtRE is a boycott's word at the trigger.
var boycottAtRE = regexp.MustCompile(`(?i)^boycott`)

// namedEventRE follows a date that names an event: "the August 9 vote".
var namedEventRE = regexp.MustCompile(`(?i)^(?:’s|'s)?\s+(?:presidential\s+|parliamentary\s+|general\s+|local\s+)?(?:vote|election|elections|poll|polls|ballot|referendum|raid|attack|attacks|war|coup|massacre|crackdown|siege|storming|bombing|blast|explosion|shooting|riots?|uprising|verdict|ruling|runoff|run-off)\b`)

// futureRE ends words that put what follows in the future.
var futureRE = regexp.MustCompile(`(?i)\b(?:will|would|shall|to\s+take\s+effect|takes?\s+effect|taking\s+effect|effective|starting|is to|are to|is due to|are due to|plans? to|planned to|intends? to|next|agreed to|(?:promis|pledg|vow)(?:ed|ing|es|e|s)?\s+(?:not\s+)?to|expected to|set to|scheduled)\b(?:\s+\S+){0,7}\s*$`)

// dayAfterRE counts days from a dated event: "the day after the October
// 4 vote", "two days after June 3".
var dayAfterDateRE = regexp.MustCompile(`(?i)\b(the|a|one|two|three|four|five)\s+days?\s+(after|before)\s+(?:the\s+)?(?:\p{Lu}\p{L}*(?:’s|'s)\s+)?((?:` + monthNames + `)\s+\d{1,2}|\d{1,2}\s+(?:` + monthNames + `)|` + weekday + `)\b`)

// dayAfter resolves "the day after <date>" in s.
func dayAfter(s string, pub time.Time) (time.Time, time.Time, string, bool) {
	m := dayAfterDateRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, time.Time{}, "", false
	}
	base, _, prec, ok := resolve(m[3], pub)
	if !ok || prec != graph.Day {
		return time.Time{}, time.Time{}, "", false
	}
	n := map[string]int{"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}[strings.ToLower(m[1])]
	if strings.EqualFold(m[2], "before") {
		n = -n
	}
	day := base.AddDate(0, 0, n)
	if day.After(pub) {
		return time.Time{}, time.Time{}, "", false
	}
	return day, day, m[0], true
}

var beforeMainRE = regexp.MustCompile(`(?i)^,\s+(a|an|one|two|three|four|five|six)\s+(days?|weeks?|hours?)\s+after\b`)

// dayRun gives "at the weekend" the precision of the two days it names,
// as a run of days, rather than the whole week around them.
func dayRun(text string, prec graph.Precision) graph.Precision {
	if strings.Contains(strings.ToLower(text), "weekend") {
		return graph.Day
	}
	return prec
}

// afterDateline is a sentence without its dateline, whose date is the
// story's rather than an event's.
func afterDateline(s string) string {
	if m := findDateline(s); m != nil {
		return s[m[1]:]
	}
	return s
}

var (
	afterTheRE = regexp.MustCompile(`(?i)\b(?:after|before|during|at|following)\s+the\s+(meeting|talks|summit|rally|protest|protests|vote|election|signing|visit|march|clashes|raid|deal|agreement|accord|riot|riots|attack|crackdown|arrest|detention|speech|address|announcement|inauguration|swearing-in|oath|debate|session|conference)\b`)
	// openingEventRE opens a sentence with a definite event noun: "The
	// meeting, in which …". Group 1 is the noun.
	openingEventRE = regexp.MustCompile(`^The\s+(meeting|talks|summit|visit|rally|march|protest|protests|agreement|deal|accord)\b`)
	anaphoraRE     = regexp.MustCompile(`^(?:The two (?:leaders|men|women|sides|presidents|ministers|delegations)|The (?:meeting|talks|visit|summit|rally|march|protest|protests|agreement|deal|accord|ceasefire|truce)|Both (?:leaders|sides|men)|They|It was|In the (?:morning|afternoon|evening)|(?:That|The same) (?:morning|afternoon|evening|night|day)|(?:Hours|Moments|Minutes) later|Later that (?:day|morning|afternoon|evening|night)|Shortly (?:after|afterwards))\b|^In \p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?,`)
	eventNouns     = map[string]graph.EventType{"meeting": graph.Meeting, "talks": graph.Meeting, "summit": graph.Meeting,
		"visit": graph.Visit, "rally": graph.Protest, "protest": graph.Protest, "protests": graph.Protest, "march": graph.Protest,
		"vote": graph.Election, "election": graph.Election, "signing": graph.Agreement, "clashes": graph.Violence, "raid": graph.Violence,
		"deal": graph.Agreement, "agreement": graph.Agreement, "accord": graph.Agreement, "riot": graph.Protest, "riots": graph.Protest,
		"attack": graph.Violence, "crackdown": graph.Violence, "arrest": graph.Arrest, "detention": graph.Arrest,
		"speech": graph.Statement, "address": graph.Statement, "announcement": graph.Statement,
		"inauguration": graph.Inauguration, "swearing-in": graph.Inauguration, "oath": graph.Inauguration, "debate": graph.Debate, "session": graph.Debate, "conference": graph.Meeting}
)

// anchoredRE counts from an event named by a noun: "the morning after
// the vote", "on the eve of the election", "hours after the verdict",
// "three days after the attack", "two years before Monday's
// storming". Group 1 is the part of the day before "after" or "before",
// 2 "eve", 3 the words that count ("hours", "three days"), 4 the
// direction, 5 a day named in the possessive and 6 the noun.
var anchoredRE = regexp.MustCompile(`(?i)\b(?:the\s+(?:(morning|day|night|evening|afternoon)\s+|(eve)\s+)|((?:hours|minutes|moments|shortly|soon|just|within\s+hours|within\s+minutes)|(?:(?:exactly|almost|nearly|just)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|hours?|months?|years?))\s+)(after|before|of|following)\s+(?:the|a|an|its|their|his|her|this|that|((?-i:\p{Lu})\p{L}+)(?:’s|'s))\s+(?:[\p{L}\-’']+\s+){0,2}?(` + anchorNounList + `)\b`)

// forBeforeRE ends a text with "for": a length of time follows.
var forBeforeRE = regexp.MustCompile(`(?i)\bfor\s+$`)

// anchorNounList names what anchoredRE counts from: the nouns of
// eventNouns and others that tell an event of a type the model has.
const anchorNounList = `meeting|talks|summit|visit|rally|protests?|march|vote|elections?|referendum|ballot|polls?|run-?off|signing|clashes|raid|deal|agreement|accord|riots?|attack|crackdown|arrests?|detention|speech|address|announcement|inauguration|swearing-in|oath|debate|session|conference|verdict|ruling|decree|resignation|sacking|dismissal|firing|ouster|removal|impeachment|explosion|blast|shooting|killings?|massacre|storming|assault|coup|strike|walkout|demonstrations?|sit-in|blockade|uprising|unrest`

// atTheTimeRE is a noun for an event, then "at the time": "on his
// victory at the time".
var atTheTimeRE = regexp.MustCompile(`(?i)\b(?:his|her|their|its|the|that)\s+(?:[\p{L}\-]+\s+){0,2}?(` + anchorNounList + `|victory|win|defeat|re-election)\s+at\s+the\s+time\b`)

// resultNounRE names an election by its result.
var resultNounRE = regexp.MustCompile(`(?i)^(?:victory|win|defeat|re-election)$`)

// anchorTypes gives the event types a noun of anchorNounList may tell,
// beyond eventNouns; a noun with no type here is found only in the
// quotes of the event it names.
var anchorTypes = map[string]graph.EventType{
	"protests": graph.Protest, "elections": graph.Election, "referendum": graph.Election, "ballot": graph.Election,
	"polls": graph.Election, "runoff": graph.Election, "run-off": graph.Election, "arrests": graph.Arrest,
	"killing": graph.Violence, "killings": graph.Violence, "shooting": graph.Violence, "massacre": graph.Violence,
	"strike": graph.Protest, "walkout": graph.Protest, "demonstration": graph.Protest, "demonstrations": graph.Protest,
	"sit-in": graph.Protest, "blockade": graph.Protest,
}

// stemsOf gives the verbs a noun of anchorNounList is told by when its
// own stem is not theirs: "the sacking" is told by "dismissed".
var stemsOf = map[string]string{
	"sacking": `(?:sack|dismiss|fire|oust|remov)`, "dismissal": `(?:sack|dismiss|fire|oust|remov)`, "firing": `(?:sack|dismiss|fire|oust|remov)`,
	"ouster": `(?:oust|remov|topple|depos)`, "removal": `(?:oust|remov|topple|depos)`, "impeachment": `impeach`,
}

// namedEvent is when the event a noun names was, told before sentence
// i: the last event whose quotes use the noun's stem ("the
// announcement" is told by "announced"), else the last of the type the
// noun names, else a day a recent sentence using the noun names. prec is
// "" when none is found.
func (d *doc) namedEvent(i int, noun string, published time.Time) (start, end time.Time, prec graph.Precision) {
	typ, typed := eventNouns[noun]
	if !typed {
		typ, typed = anchorTypes[noun]
	}
	stem := noun
	for _, suf := range []string{"s", "ment", "ation", "ion", "ing", "e"} {
		if len(stem)-len(suf) >= 4 {
			stem = strings.TrimSuffix(stem, suf)
		}
	}
	stemRE := regexp.QuoteMeta(stem)
	if alt, ok := stemsOf[noun]; ok {
		stemRE = alt
	}
	nounRE := regexp.MustCompile(`(?i)\b` + stemRE + `\p{L}*`)
	var found *eventDraft
	for _, o := range slices.Backward(d.events) {
		if slices.ContainsFunc(o.Quotes, nounRE.MatchString) {
			found = o
			break
		}
		if found == nil && typed && compatible(o.Type, string(typ)) {
			found = o
		}
	}
	if found != nil && !fallbackDate(found) {
		return found.start, found.end, found.precision
	}
	// "The electoral commission announced on Monday that …": a sentence
	// that tells of it without an event drafted, with a day.
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		txt := afterDateline(d.sents[j].text)
		if !nounRE.MatchString(txt) {
			continue
		}
		if day, ok := lastDayIn(txt, published); ok {
			return day, day, graph.Day
		}
	}
	return time.Time{}, time.Time{}, ""
}

// anchoredDay dates a clause that counts from an event the story told
// before: "The morning after the vote, the finance minister resigned"
// is the day after the vote. The event is the last one told whose
// quotes use the noun, else the last of its type; a count of days needs
// it dated to the day. ok is false when the clause names a date of its
// own, when the trigger at is the noun counted from ("a day after the
// rally" dates the rally by another rule), or when no event fits.
func (d *doc) anchoredDay(i int, s string, cs, ce, at int, masked string, published time.Time) (time.Time, time.Time, graph.Precision, string, bool) {
	var loc []int
	// Found in the masked text: "Lam, who was sworn in two years before
	// Monday's storming, condemned" counts the swearing-in, not the
	// condemnation.
	if l := anchoredRE.FindStringSubmatchIndex(masked[cs:ce]); l != nil {
		loc = l
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += cs
			}
		}
	} else if l := anchoredRE.FindStringSubmatchIndex(masked); l != nil && strings.TrimSpace(afterDateline(s[:l[0]])) == "" {
		// A sentence that opens with it dates all its clauses.
		loc = l
	}
	// "blocked roads for three weeks after the vote" tells how long, not
	// when (lasting).
	if loc == nil || at >= loc[0] && at < loc[1] || forBeforeRE.MatchString(s[:loc[0]]) {
		return time.Time{}, time.Time{}, "", "", false
	}
	for _, l := range findDates(masked[cs:ce]) {
		if cs+l[0] < loc[0] || cs+l[1] > loc[1] {
			return time.Time{}, time.Time{}, "", "", false
		}
	}
	group := func(k int) string {
		if loc[2*k] < 0 {
			return ""
		}
		return strings.ToLower(s[loc[2*k]:loc[2*k+1]])
	}
	start, end, prec := d.namedEvent(i, group(6), published)
	// "two years before Monday's storming": the day the possessive
	// names.
	if day := group(5); day != "" {
		if t, _, p, ok := resolve(day, published); ok && p == graph.Day {
			start, end, prec = t, t, graph.Day
		}
	}
	if prec == "" {
		return time.Time{}, time.Time{}, "", "", false
	}
	days := 0
	switch {
	case group(1) != "" && group(4) == "of":
		// "the morning of the vote"
	case group(1) != "" || group(2) != "":
		days = 1
	default:
		w := strings.Fields(group(3))
		if len(w) == 3 {
			w = w[1:] // "exactly two years"
		}
		if len(w) == 2 && (strings.HasPrefix(w[1], "year") || strings.HasPrefix(w[1], "month")) {
			// "sworn in exactly two years before Monday's storming":
			// that day, years or months earlier.
			n, ok := smallNumbers[w[0]]
			if !ok {
				n, _ = strconv.Atoi(w[0])
			}
			if n == 0 || prec != graph.Day {
				return time.Time{}, time.Time{}, "", "", false
			}
			if group(4) == "before" {
				n = -n
			}
			day := start.AddDate(n, 0, 0)
			if strings.HasPrefix(w[1], "month") {
				day = start.AddDate(0, n, 0)
			}
			if day.After(published) {
				return time.Time{}, time.Time{}, "", "", false
			}
			return day, day, graph.Day, s[loc[0]:loc[1]], true
		}
		if len(w) == 2 && !strings.HasPrefix(w[1], "hour") {
			days = countedDays(w[0] + " " + w[1] + " later")
		}
	}
	if group(4) == "before" || group(2) == "eve" {
		days = -days
	}
	text := s[loc[0]:loc[1]]
	if days == 0 {
		return start, end, prec, text, true
	}
	if prec != graph.Day {
		return time.Time{}, time.Time{}, "", "", false
	}
	day := start.AddDate(0, 0, days)
	if day.After(published) {
		return time.Time{}, time.Time{}, "", "", false
	}
	return day, day, graph.Day, text, true
}

var sameUnitRE = regexp.MustCompile(`(?i)\b(?:the same|that)\s+(week|month|year)\b`)

// lastingRE tells how long an event went on from its start: "blocked
// roads for three weeks after the vote".
var lastingRE = regexp.MustCompile(`(?i)\bfor\s+(a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(weeks?|months?)\s+(?:after|since|following)\b`)

// lasting widens an event that went on for weeks or months from the day
// it began: its precision is the unit the text counts in.
func lasting(e *eventDraft, clause string, pub time.Time) {
	m := lastingRE.FindStringSubmatch(clause)
	if m == nil || e.precision != graph.Day {
		return
	}
	n := map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 2}[strings.ToLower(m[1])]
	if n == 0 {
		n, _ = strconv.Atoi(m[1])
	}
	if n <= 0 {
		return
	}
	end := e.start.AddDate(0, 0, 7*n)
	prec := graph.Week
	if strings.HasPrefix(strings.ToLower(m[2]), "month") {
		end, prec = e.start.AddDate(0, n, 0), graph.Month
	}
	if end.After(pub) {
		end = pub
	}
	e.end, e.precision = end, prec
	e.Date = &Date{Text: m[0]}
}

var firstDaysRE = regexp.MustCompile(`(?i)\bin\s+the\s+(?:first|initial)\s+(two|three|four|five|six|seven|\d+)\s+days\s+(?:after|since|of|following)\s+the\s+(\w+)`)

// firstDays dates an event told over the first days after another:
// "detained 6,700 in the first four days after the election" ran from
// the election's day.
func (d *doc) firstDays(e *eventDraft, clause string) {
	m := firstDaysRE.FindStringSubmatch(clause)
	if m == nil {
		return
	}
	typ, ok := eventNouns[strings.ToLower(m[2])]
	if !ok {
		return
	}
	n := map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}[strings.ToLower(m[1])]
	if n == 0 {
		n, _ = strconv.Atoi(m[1])
	}
	for _, o := range slices.Backward(d.events) {
		if compatible(o.Type, string(typ)) && o.precision == graph.Day && n > 0 {
			e.start, e.end, e.precision = o.start, o.start.AddDate(0, 0, n-1), graph.Day
			e.Date = &Date{Text: m[0]}
			return
		}
	}
}

var nextDayRE = regexp.MustCompile(`(?i)\b(?:the\s+(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:day|night|evening)\s+before|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:later|earlier|before|afterwards))\b`)

// nounAfterRE opens a noun phrase: "two days before the vote" counts
// from the vote, not from the day told last.
var nounAfterRE = regexp.MustCompile(`^\s+(?:the|a|an|his|her|their|its|this|that|\p{Lu}|\d)`)

// closingRE is what may follow a sentence's last words: its stop.
var closingRE = regexp.MustCompile(`^\s*[.!?]?["”’]?\s*$`)

// otherClauseRE marks words that open a clause of their own, which
// would take a closing day for itself: "and", "but", "while".
var otherClauseRE = regexp.MustCompile(`(?i)\b(?:and|but|while|when|before|after|who|which|that)\b|;`)

// countsFromNoun says whether m, a "… before" of nextDayRE, is followed
// by what it counts from in rest.
func countsFromNoun(m, rest string) bool {
	return strings.HasSuffix(strings.ToLower(m), "before") && nounAfterRE.MatchString(rest)
}

// countedDays is the days a nextDayRE wording counts, negative back in
// time: "the next morning" 1, "three days earlier" -3, "a week later" 7.
func countedDays(m string) int {
	w := strings.Fields(strings.ToLower(m))
	n := 1
	if len(w) == 3 && w[0] != "the" {
		n = smallNumbers[w[0]]
		if n == 0 {
			n, _ = strconv.Atoi(w[0])
		}
		if strings.HasPrefix(w[1], "week") {
			n *= 7
		}
	}
	switch w[len(w)-1] {
	case "earlier", "before":
		return -n
	}
	if w[1] == "previous" {
		return -n
	}
	return n
}

// lastToldDay is the day the story told last before sentence i: a day
// named in a sentence after the event told last (which told no event of
// its own: "On March 14 Saudi troops crossed the causeway. A day
// later …"), or else that event's day. ok is false when neither is a
// single day.
func (d *doc) lastToldDay(i int, published time.Time) (time.Time, bool) {
	stop := 0
	if d.lastEvent != nil {
		stop = d.lastEvent.sent + 1
	}
	for j := i - 1; j >= stop; j-- {
		if day, ok := lastDayIn(afterDateline(d.sents[j].text), published); ok {
			return day, true
		}
	}
	if d.lastEvent != nil && d.lastEvent.precision == graph.Day {
		return d.lastEvent.start, true
	}
	return time.Time{}, false
}

// lastDayIn is the last single day that text names.
func lastDayIn(text string, published time.Time) (time.Time, bool) {
	locs := findDates(text)
	for k := len(locs) - 1; k >= 0; k-- {
		if day, _, prec, ok := resolve(text[locs[k][0]:locs[k][1]], published); ok && prec == graph.Day {
			return day, true
		}
	}
	return time.Time{}, false
}

// ongoingRE tells that protests have gone on for a while: "entered
// their third week", "have spread to".
var ongoingRE = regexp.MustCompile(`(?i)\b(?:entered|entering|enters|now\s+in)\s+(?:their|its)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(?:week|month)|\b(?:have|has)\s+(?:now\s+|since\s+)?(?:spread|continued|persisted|raged|gone\s+on)\b`)

// ownDayRE is a day named in a clause: "on Friday", "on the 14th".
var ownDayRE = regexp.MustCompile(`(?i)\bon\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)\b|` + dayRef + `)`)

// objRelativeRE ends a noun, "that" or "which", and the subject of a
// clause that qualifies the noun, before its verb: "talks that Piñera
// had (called)", "the reform which the president (announced)".
var objRelativeRE = regexp.MustCompile(`\b(\p{Ll}+)\s+(?:that|which)\s+(?:the\s+\p{Ll}+|\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2})\s+(?:had\s+|has\s+|have\s+)?$`)

// thatVerbRE is a word before "that" that makes it open what is said or
// thought, not a clause that qualifies a noun.
var thatVerbRE = regexp.MustCompile(`^(?:said|says|say|told|tells|announced|announces|warned|warns|insisted|insists|argued|argues|claimed|claims|added|adds|stated|states|noted|notes|believes|believed|thinks|thought|hoped|hopes|feared|fears|knew|knows|ruled|rules|agreed|agrees|admitted|admits|denied|denies|confirmed|confirms|reported|reports|showed|shows|suggested|suggests|estimated|estimates|judged|judges|considered|considers|stressed|stresses|recalled|recalls|so|such|now|and|but|after|before|given|ensure|ensured|means|meant|mean|clear|sure|fact|news|hope|fear|view|belief|claim|promise|pledge|assurance|warning|sign|signs|evidence|proof|true|likely|possible|unlikely|feel|felt|seems|seemed|is|was|are|were|be|been)$`)

// relPronounRE is a relative pronoun: what follows it qualifies a noun.
var relPronounRE = regexp.MustCompile(`(?i)\b(?:that|which|who|whom|where)\b`)

// relDayRE is a day told by reference to another: "the same day",
// "the next day".
var relDayRE = regexp.MustCompile(sameDayRE.String() + `|` + nextDayRE.String())

// sameDayRE refers back to the day of the event told last.
var sameDayRE = regexp.MustCompile(`(?i)\b(?:that (?:afternoon|morning|evening|night|day)|the same day|(?:later|earlier) that day|(?:hours|minutes) (?:later|earlier)|within hours)\b`)

// saidThatRE is a verb of saying with its day, then what it reports:
// "said on Monday that"; dayBeforeRE the day before the saying, told in
// what it reports; beforeWhatRE follows "the day before" with what it is
// before ("the vote"), when it counts from that instead.
var (
	saidThatRE   = regexp.MustCompile(`(?i)\b(?:said|told\s+\S+|announced|reported|confirmed|added)\s+(?:(?:on|late\s+on|early\s+on)\s+\S+\s+)?that\s`)
	beforeWhatRE = regexp.MustCompile(`^\s+(?:the|a|an|his|her|its|their|this|that|(?-i:\p{Lu}))`)
	dayBeforeRE  = regexp.MustCompile(`(?i)\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+(?:day|night|evening)\s+before)\b`)
)

// complementRE opens what a statement reports: "that", "whether".
var complementRE = regexp.MustCompile(`(?i)\b(?:that|whether)\b`)

// numberedRE opens a numbered subheading: "2. "; loneNumberRE is its
// number when the sentences split there.
var (
	numberedRE   = regexp.MustCompile(`^\W*\d{1,2}[.)]\s`)
	loneNumberRE = regexp.MustCompile(`^\W*\d{1,2}[.)]$`)
)

// accountRE is a line that opens an account of a day: "Here is what we
// know about Sunday.", "What happened on Tuesday?", "Recap of Friday:".
var accountRE = regexp.MustCompile(`(?i)\b(?:what\s+we\s+know|what\s+happened|what\s+we\s+learned|recap|catch\s+up)\b`)

// questionDate is the date of the section sentence i is in, in an
// explainer, an interview or a live report: the question that heads it
// ("What happened on Tuesday?"), a line that opens an account of a day
// ("Here is what we know about Sunday.") or a subheading ("1. What
// happened on Sunday") dates what follows until the next heading or
// time-stamped entry. ok is false outside such a section or when its
// heading names no day.
func (d *doc) questionDate(i int, published time.Time) (time.Time, time.Time, graph.Precision, string, bool) {
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		q := d.sents[j]
		heading := strings.HasSuffix(strings.TrimSpace(q.text), "?") || accountRE.MatchString(q.text) ||
			headline(q.text) && (numberedRE.MatchString(q.text) || j > 0 && d.sents[j-1].para == q.para && loneNumberRE.MatchString(d.sents[j-1].text))
		if heading && q.para < d.sents[i].para {
			m := firstDate(q.text)
			if m == "" {
				break
			}
			start, end, prec, ok := resolve(m, published)
			return start, end, dayRun(m, prec), m, ok
		}
		// A time-stamped entry or a heading without a day ends the search.
		if heading || (j == 0 || d.sents[j-1].para != q.para) && clockRE.MatchString(q.text) {
			break
		}
	}
	return time.Time{}, time.Time{}, "", "", false
}

var dayAfterRE = regexp.MustCompile(`(?i)\b(a|one|the|two|three|four|five|six|seven|eight|nine|ten) days? after\s+(?:[^\s,;]+\s+){0,5}$`)

// resolveRange finds an interval of days in s, both ends resolved like
// single days (the end on or before publication). Its precision is day,
// as for a run of days.
func resolveRange(s string, pub time.Time) (time.Time, time.Time, string, bool) {
	m := rangeRE.FindStringSubmatch(s)
	if m == nil {
		// "killed in clashes since Sunday": from that day to the story's.
		if m = sinceDayRE.FindStringSubmatch(s); m != nil {
			if start, _, p, ok := resolve(m[1], pub); ok && p == graph.Day && start.Before(pub) {
				return start, pub, m[0], true
			}
		}
		return time.Time{}, time.Time{}, "", false
	}
	from, to := m[1], m[2]
	if to[0] >= '0' && to[0] <= '9' {
		// "from June 20 to 30"; "from Monday to 30" names no month.
		month, _, ok := strings.Cut(from, " ")
		if !ok {
			return time.Time{}, time.Time{}, "", false
		}
		to = month + " " + to
	}
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

// monthRangeRE is a span of months: "between June and July 2021",
// "from March to May".
var monthRangeRE = regexp.MustCompile(`(?i)\b(?:between|from)\s+(?:early\s+|late\s+|mid-?)?(` + monthNames + `)(?:\s+((?:19|20)\d\d))?\s+(?:and|to|until|through)\s+(?:early\s+|late\s+|mid-?)?(` + monthNames + `)(?:\s+((?:19|20)\d\d))?\b`)

// monthRange resolves the first span of months in s: from the first day
// of its first month to the last of its last, the year its own or the
// last month's, else the latest on or before pub.
func monthRange(s string, pub time.Time) (time.Time, time.Time, string, bool) {
	m := monthRangeRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, time.Time{}, "", false
	}
	last := m[3]
	if m[4] != "" {
		last += " " + m[4]
	}
	_, end, p, ok := resolve("in "+last, pub)
	if !ok || p != graph.Month {
		return time.Time{}, time.Time{}, "", false
	}
	first := m[1]
	if m[2] != "" {
		first += " " + m[2]
	}
	start, _, p, ok := resolve("in "+first, end)
	if !ok || p != graph.Month || end.Before(start) {
		return time.Time{}, time.Time{}, "", false
	}
	return start, end, m[0], true
}

var sinceDayRE = regexp.MustCompile(`(?i)\bsince\s+(` + dayRef + `)\b`)

// monthPartRE is a part of a month: "at the end of April 2020"; or of
// a month or a year named by where it stands: "at the end of last
// month", "at the start of the year".
var monthPartRE = regexp.MustCompile(`^(?:at\s+the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:(the|this|last)\s+(month|year)|(\p{L}+\.?(?:\s+\d{4})?))$`)

// monthPartYearRE is a part of a month of a year: "mid-July 2019",
// "late May 2013".
var monthPartYearRE = regexp.MustCompile(`^(?:in\s+)?(?:(?:early|late|during|throughout)\s+(?:mid-?\s?)?|mid-?\s?)(` + strings.ToLower(monthNames) + `),?\s+(\d{4})$`)

var monthOnlyRE = regexp.MustCompile(`^(?:(?:in|since|early|late|during|throughout)\s+)?(?:mid-?\s?)?(` + strings.ToLower(monthNames) + `)(?:’s|'s)?$`)

// monthOfYearRE is a month of last year or this: "in march last year".
var monthOfYearRE = regexp.MustCompile(`^(?:in\s+)?(` + strings.ToLower(monthNames) + `)\s+(?:of\s+)?(last|this)\s+year$`)

// lastWeekDayRE is a weekday of the week before: "monday last week".
var lastWeekDayRE = regexp.MustCompile(`^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?last\s+week$`)

// seasonRE is a season of a year, or the last or this one; seasonMonths
// the month each begins in (winter, across two years, is left out).
var (
	seasonRE     = regexp.MustCompile(`^(?:in\s+)?(?:the\s+)?(spring|summer|autumn|fall)\s+(?:of\s+)?(\d{4})$|^(?:(last|this)\s+)(spring|summer|autumn|fall)$`)
	seasonMonths = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
)

var weeksAgoRE = regexp.MustCompile(`(?i)^(a|one|two|three|\d+)\s+weeks?\s+ago$`)

// weekendOfRE is "the weekend of 8 and 9 January": its first day, its
// last, and the month (with its year).
var weekendOfRE = regexp.MustCompile(`^(?:over\s+|on\s+)?the\s+weekend\s+of\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(\d{1,2})(?:st|nd|rd|th)?)?\s+(\p{L}+\.?(?:,?\s+\d{4})?)$`)

// partOfYearRE is a part of a year: "mid-2022", "late 2020", "the end
// of 2019", "the first half of 2021"; its group is the year.
var partOfYearRE = regexp.MustCompile(`^(?:in\s+|by\s+|at\s+)?(?:(?:early|late|mid)[\s-]?|the\s+(?:start|beginning|end|middle)\s+of\s+|the\s+(?:first|second)\s+half\s+of\s+)(\d{4})$`)

var agoRE = regexp.MustCompile(`(?i)^(\w+)\s+days\s+ago$`)

// longAgoRE is "two years ago", "a month ago": that year or month,
// counted back from publication.
var longAgoRE = regexp.MustCompile(`(?i)^(\w+)\s+(month|year)s?\s+ago$`)

// resolve turns a date wording into an interval, with what the dates
// package resolves and the wordings it leaves to the extractor.
func resolve(text string, pub time.Time) (time.Time, time.Time, graph.Precision, bool) {
	return resolveFrom(text, pub, true)
}

// resolveFrom is resolve; upcoming says whether a day and month a few
// weeks after pub is that coming day rather than the one a year before.
func resolveFrom(text string, pub time.Time, upcoming bool) (time.Time, time.Time, graph.Precision, bool) {
	w := strings.ToLower(strings.TrimSpace(text))
	switch {
	case strings.HasPrefix(w, "earlier this") || strings.HasPrefix(w, "later this"):
		w = "this " + strings.Fields(w)[2]
	case strings.HasPrefix(w, "earlier in the") || strings.HasPrefix(w, "later in the"):
		// "earlier in the week": the week of publication.
		w = "this " + strings.Fields(w)[3]
	case partOfYearRE.MatchString(w):
		// "in mid-2022", "at the end of 2019", "in the first half of
		// 2021": that year; which part of it the text does not say
		// precisely enough for months.
		w = "in " + partOfYearRE.FindStringSubmatch(w)[1]
	case weekendOfRE.MatchString(w):
		// "over the weekend of 8 and 9 January": those days.
		m := weekendOfRE.FindStringSubmatch(w)
		first, _, p, ok := resolveFrom(m[1]+" "+m[3], pub, upcoming)
		if !ok || p != graph.Day {
			return time.Time{}, time.Time{}, "", false
		}
		last := first.AddDate(0, 0, 1)
		if m[2] != "" {
			n, _ := strconv.Atoi(m[2])
			last = first.AddDate(0, 0, n-first.Day())
		}
		if last.Before(first) || last.Sub(first) > 3*24*time.Hour {
			return time.Time{}, time.Time{}, "", false
		}
		return first, last, graph.Day, true
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
			n = smallNumbers[agoRE.FindStringSubmatch(w)[1]]
			if n == 0 {
				n = cardinals[agoRE.FindStringSubmatch(w)[1]]
			}
		}
		if n == 0 {
			return time.Time{}, time.Time{}, "", false
		}
		day := pub.AddDate(0, 0, -n)
		return day, day, graph.Day, true
	case longAgoRE.MatchString(w):
		m := longAgoRE.FindStringSubmatch(w)
		n, ok := smallNumbers[m[1]]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		if n == 0 {
			return time.Time{}, time.Time{}, "", false
		}
		if m[2] == "year" {
			start, end := dates.Widen(pub.AddDate(-n, 0, 0), graph.Year)
			return start, end, graph.Year, true
		}
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		start, end := dates.Widen(first.AddDate(0, -n, 0), graph.Month)
		return start, end, graph.Month, true
	case w == "next week":
		return time.Time{}, time.Time{}, "", false
	case monthOfYearRE.MatchString(w):
		// "in March last year": that month of the year named.
		m := monthOfYearRE.FindStringSubmatch(w)
		year := pub.Year()
		if m[2] == "last" {
			year--
		}
		return resolveFrom("in "+m[1]+" "+strconv.Itoa(year), pub, upcoming)
	case holidayRE.MatchString(w):
		// "on New Year's Eve", "on Christmas Day": that day, the latest
		// on or before publication (or the coming one, for what is to
		// come).
		return resolveFrom(holidays[strings.ReplaceAll(holidayRE.FindStringSubmatch(w)[1], "’", "'")], pub, upcoming)
	case w == "a fortnight ago" || w == "one fortnight ago":
		start, end := dates.Widen(pub.AddDate(0, 0, -14), graph.Week)
		return start, end, graph.Week, true
	case lastWeekDayRE.MatchString(w):
		// "on Monday last week": that weekday of the week before the
		// story's (weeks run Monday to Sunday).
		name := lastWeekDayRE.FindStringSubmatch(w)[1]
		monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)-7)
		for k := range 7 {
			if day := monday.AddDate(0, 0, k); strings.EqualFold(day.Weekday().String(), name) {
				return day, day, graph.Day, true
			}
		}
		return time.Time{}, time.Time{}, "", false
	case seasonRE.MatchString(w):
		// "in the autumn of 2019", "last summer": its three months.
		m := seasonRE.FindStringSubmatch(w)
		first := seasonMonths[m[1]+m[4]]
		year := pub.Year()
		switch {
		case m[2] != "":
			year, _ = strconv.Atoi(m[2])
		case m[3] == "last" && int(pub.Month()) < first+3:
			// The season past: last year's, unless this year's is over.
			year--
		}
		start := time.Date(year, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
		end := start.AddDate(0, 3, -1)
		if start.After(pub) {
			return time.Time{}, time.Time{}, "", false
		}
		return start, end, graph.Month, true
	case dates.NumericRE.MatchString(strings.TrimPrefix(w, "on ")):
		if day, ok := dates.Numeric(strings.TrimPrefix(w, "on "), pub); ok {
			return day, day, graph.Day, true
		}
		return time.Time{}, time.Time{}, "", false
	case w == "overnight":
		// The night that ends on the story's day: it began the day
		// before.
		return pub.AddDate(0, 0, -1), pub, graph.Day, true
	case nthRE.MatchString(w):
		// "on the 14th": the latest 14th on or before publication.
		n, _ := strconv.Atoi(nthRE.FindStringSubmatch(w)[1])
		for k := 0; k < 2 && n >= 1 && n <= 31; k++ {
			first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -k, 0)
			if day := first.AddDate(0, 0, n-1); day.Month() == first.Month() && !day.After(pub) {
				return day, day, graph.Day, true
			}
		}
		return time.Time{}, time.Time{}, "", false
	case strings.HasSuffix(w, "before midnight"):
		// "resigned shortly before midnight", told the next morning:
		// the day before the story.
		day := pub.AddDate(0, 0, -1)
		return day, day, graph.Day, true
	case monthPartRE.MatchString(w):
		// "at the end of April": that month; "at the end of last
		// month": last month.
		m := monthPartRE.FindStringSubmatch(w)
		if m[2] != "" {
			which := "this"
			if m[1] == "last" {
				which = "last"
			}
			return resolveFrom(which+" "+m[2], pub, upcoming)
		}
		return resolveFrom("in "+m[3], pub, upcoming)
	case w == "last night":
		// The night before the story: the day before.
		day := pub.AddDate(0, 0, -1)
		return day, day, graph.Day, true
	case strings.HasPrefix(w, "this morning") || strings.HasPrefix(w, "this afternoon") || strings.HasPrefix(w, "this evening") ||
		w == "tonight" || w == "earlier today":
		return pub, pub, graph.Day, true
	case w == "a week ago" || w == "one week ago":
		// The same weekday a week before: a day, as "a week ago" is
		// told of one.
		day := pub.AddDate(0, 0, -7)
		return day, day, graph.Day, true
	case weeksAgoRE.MatchString(w):
		n := smallNumbers[weeksAgoRE.FindStringSubmatch(w)[1]]
		if n == 0 {
			n, _ = strconv.Atoi(weeksAgoRE.FindStringSubmatch(w)[1])
		}
		if n == 0 {
			return time.Time{}, time.Time{}, "", false
		}
		start, end := dates.Widen(pub.AddDate(0, 0, -7*n), graph.Week)
		return start, end, graph.Week, true
	case monthPartYearRE.MatchString(w):
		// "in mid-July 2019", "late May 2013": that month.
		m := monthPartYearRE.FindStringSubmatch(w)
		return resolveFrom("in "+m[1]+" "+m[2], pub, upcoming)
	case monthOnlyRE.MatchString(w):
		// "in April": the last April on or before publication.
		name := monthOnlyRE.FindStringSubmatch(w)[1]
		for k := 0; k < 12; k++ {
			t := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -k, 0)
			if strings.HasPrefix(strings.ToLower(t.Month().String()), strings.TrimSuffix(name, ".")[:3]) {
				start, end := dates.Widen(t, graph.Month)
				return start, end, graph.Month, true
			}
		}
		return time.Time{}, time.Time{}, "", false
	case strings.HasPrefix(w, "since "):
		w = strings.TrimPrefix(w, "since ")
	}
	w = strings.TrimPrefix(w, "on ")
	// "they picked him up on the Monday": a weekday told with "the" is
	// one the talk has turned to, never the day of publication.
	if the, ok := strings.CutPrefix(w, "the "); ok && weekdayRE.MatchString(upperFirst(the)) {
		if dt, err := dates.Resolve(the, dates.Context{Published: pub}); err == nil && dt.Start == graph.FormatDay(pub) {
			day := pub.AddDate(0, 0, -7)
			return day, day, graph.Day, true
		}
	}
	// "sunday 20 october", "16 of may": the date says the day; the
	// weekday and "of" add nothing.
	if m := weekdayDateRE.FindStringSubmatch(w); m != nil {
		w = m[1]
	}
	// "the twentieth of November": the 20th.
	if m := spelledDayRE.FindStringSubmatch(w); m != nil {
		n, ok := dayOrdinals[m[1]]
		if !ok {
			n, _ = strconv.Atoi(strings.TrimRight(m[1], "stndrh"))
		}
		w = strconv.Itoa(n) + " " + w[len(m[0]):]
	}
	w = dayOfMonthRE.ReplaceAllString(w, "$1 ")
	dt, err := dates.Resolve(w, dates.Context{Published: pub})
	if err != nil {
		return time.Time{}, time.Time{}, "", false
	}
	start, err1 := graph.ParseDay(dt.Start)
	end, err2 := graph.ParseDay(dt.End)
	if err1 != nil || err2 != nil || start.After(pub) {
		return time.Time{}, time.Time{}, "", false
	}
	// "agreed to resign on July 13" in a paper of July 10: a month and
	// day a few weeks after publication is that coming day, not the one
	// a year before.
	if upcoming && dt.Precision == graph.Day && monthDayRE.MatchString(w) {
		if next := start.AddDate(1, 0, 0); !next.Before(pub) && next.Sub(pub) <= 60*24*time.Hour {
			return time.Time{}, time.Time{}, "", false
		}
	}
	return start, end, dt.Precision, true
}

// weekdayEndRE ends a date wording in a weekday; weekdayTailRE follows
// it with the date that says its day: "Sunday 20 October", "this
// Wednesday, 16 of May", "Friday, March 3".
var (
	weekdayEndRE  = regexp.MustCompile(`(?i)(?:` + weekday + `)$`)
	weekdayTailRE = regexp.MustCompile(`(?i)^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:` + monthNames + `)|(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\b|^\s+the\s+\d{1,2}(?:st|nd|rd|th)\b`)
)

// findDates finds the date wordings of s, a weekday together with the
// date after it, which says the day (dateRE alone would read "Sunday 20
// October" as the last Sunday).
func findDates(s string) [][]int {
	var out [][]int
	// "June 2020 — Police arrest…", "2019: Protests erupt": a timeline's
	// label dates its entry, though no "in" stands before it.
	if m := labelDateRE.FindStringSubmatchIndex(s); m != nil {
		out = append(out, []int{m[2], m[3]})
	}
	for _, l := range dateRE.FindAllStringIndex(s, -1) {
		if len(out) > 0 && l[0] < out[len(out)-1][1] {
			continue // the date a weekday took
		}
		// "the June 5 Movement", "the 6th of October Bridge": a date in
		// a name dates nothing.
		if namedAfterDateRE.MatchString(s[l[1]:]) {
			continue
		}
		// "the first India-Japan summit since 2018": the time a
		// superlative counts from is not the event's.
		if strings.HasPrefix(strings.ToLower(s[l[0]:l[1]]), "since") && superlativeBeforeRE.MatchString(s[:l[0]]) {
			continue
		}
		out = append(out, withWeekdayTail(s, l))
	}
	return out
}

// withWeekdayTail extends the date wording at l of s, when it ends in a
// weekday, with the date after it that says the day: "Friday, March 3".
func withWeekdayTail(s string, l []int) []int {
	if weekdayEndRE.MatchString(s[l[0]:l[1]]) {
		if m := weekdayTailRE.FindStringIndex(s[l[1]:]); m != nil {
			l[1] += m[1]
		}
	}
	return l
}

// labelDateRE is a month and year, or a year, that opens a sentence as
// a timeline's label, before a colon or a dash.
var labelDateRE = regexp.MustCompile(`(?i)^[\s•*·\-–—]*((?:(?:` + monthNames + `)\.?\s+)?(?:19|20)\d{2})\s*(?::|—|–|-\s)`)

// namedAfterDateRE follows a date that is part of a name: "(June 5)
// Movement".
var namedAfterDateRE = regexp.MustCompile(`^\s+(?:Movement|Coalition|Front|Alliance|Revolution|Uprising|Group|Bridge|Square|Street|Avenue|Stadium|University|Agreement|Accords?)\b`)

// superlativeBeforeRE ends the words of a first or a most before
// "since": "the first summit", "the largest protests".
var superlativeBeforeRE = regexp.MustCompile(`(?i)\b(?:first|largest|biggest|worst|deadliest|highest|lowest|longest|strongest|heaviest|only|most\s+\p{L}+)\s+(?:[\p{L}\-]+\s+){0,5}$`)

// dayOfMonthRE is the "16 of" of "16 of May".
var dayOfMonthRE = regexp.MustCompile(`^(\d{1,2}(?:st|nd|rd|th)?)\s+of\s+`)

// weekdayDateRE is a weekday before the date that says its day.
var weekdayDateRE = regexp.MustCompile(`^(?:(?:this|last)\s+)?(?:` + strings.ToLower(weekday) + `),?\s+(\d.*|(?:` + strings.ToLower(monthNames) + `)\s.*)$`)

// nthRE is a day of the month told by its ordinal: "on the 14th",
// "Tuesday the 10th".
var nthRE = regexp.MustCompile(`^(?:on\s+)?(?:(?:` + strings.ToLower(weekday) + `)\s+|the\s+(?:morning|afternoon|evening|night)\s+of\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)$`)

var monthDayRE = regexp.MustCompile(`(?i)^(?:` + strings.ToLower(monthNames) + `)\s+\d{1,2}(?:st|nd|rd|th)?$|^\d{1,2}\s+(?:` + strings.ToLower(monthNames) + `)$`)

// ---- amounts and counts ----

var (
	amountRE = regexp.MustCompile(`(?i)(US\$|C\$|CA\$|A\$|AU\$|NZ\$|HK\$|S\$|R\$|MX\$|\$|€|£|¥|₹|₦|₴|₽|\b(?:USD|EUR|GBP|RUB|CNY|JPY|CHF|CAD|AUD|KES|INR|BRL|TRY|ZAR|NGN|EGP|PKR|UAH|BDT|LKR|MXN|SAR|AED)\s)\s?(\d+(?:[.,]\d+)?)\s?(bn|bln|billion|m|mn|mln|million|k|thousand|trillion|tn)?\b|\b(\d+(?:[.,]\d+)?)\s?(billion|million|thousand|trillion|bn|bln|mn|mln|tn|m)?[\s-]+(US dollars|Canadian dollars|Australian dollars|Kenyan shillings|dollars?|euros?|roubles?|rubles?|pounds|yuan|yen|bolivares|kyats|rupees|hryvnias?|riyals|dirhams|francs|naira|rand|reais|taka|USD|EUR|GBP|RUB|CNY|JPY|CHF|CAD|AUD|KES|INR|BRL|TRY|ZAR|NGN|EGP|PKR|UAH|BDT|LKR|MXN|SAR|AED)\b`)
	countRE  = regexp.MustCompile(`(?i)\b(at least|more than|upwards of|over|about|around|nearly|almost|close to|some|up to|roughly|an estimated|fewer than|as many as)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|` + spelledNumber + `)\s*(hundred|thousand|million)?\s+(?:(?:\p{L}[\p{L}\-]*)\s+){0,2}?(people|protesters|demonstrators|detainees|persons|supporters|students|workers|journalists|activists|civilians|opposition supporters|residents|marchers|soldiers|troops|officers|police officers|figures|members|lawmakers|children|women|men|migrants|prisoners|fighters|rebels|militants|politicians|leaders)\b|\b(at least|more than|upwards of|over|about|around|nearly|almost|close to|some|up to|roughly|an estimated|fewer than|as many as)?\s*(\d{1,3}(?:,\d{3})+|\d+|` + spelledNumber + `)\s+(?:were|had been|have been|was)\s+(killed|injured|wounded|detained|arrested|hurt|hospitalised|hospitalized)\b`)
	// vagueRE is words for a crowd's size: "tens of thousands of
	// students", and, with no noun, "hundreds of thousands marched".
	vagueRE = regexp.MustCompile(`(?i)\b(hundreds of thousands|tens of thousands|hundreds|thousands|dozens|scores)\s+(?:of\s+(people|protesters|demonstrators|supporters|students|workers|activists|civilians|marchers|mourners|opponents|residents|women|youths|voters|farmers)\b|(?:(?:had|have|were)\s+)?(?:marched|rallied|protested|gathered|demonstrated|took\s+to|turned\s+out|poured|flooded|joined|massed)\b)`)
	// crowdFigureRE is a figure for a crowd of protesters: "5,000
	// protesters", "thousands of demonstrators".
	crowdFigureRE = regexp.MustCompile(`(?i)\b(?:(?:hundreds|thousands|tens of thousands|hundreds of thousands|dozens|scores)\s+of|\d[\d,.]*(?:\s+(?:thousand|million))?)\s+(?:[\p{L}\-]+\s+)?(?:protesters|demonstrators|marchers)\b`)
)

// currencies are ISO 4217 codes by symbol, code or name, lower-cased.
// "¥" is the yen, as English news writes it; the yuan is written out.
var currencies = map[string]string{
	"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "us dollars": "USD", "dollars": "USD", "dollar": "USD",
	"euros": "EUR", "euro": "EUR", "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB", "pounds": "GBP",
	"yuan": "CNY", "yen": "JPY", "bolivares": "VES", "kyats": "MMK", "rupees": "INR", "hryvnias": "UAH", "hryvnia": "UAH",
	"riyals": "SAR", "dirhams": "AED", "francs": "CHF",
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "cny": "CNY", "jpy": "JPY", "chf": "CHF",
	// Dollars of other countries by their prefixes, and other symbols and
	// codes news uses.
	"c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "mx$": "MXN",
	"₹": "INR", "₦": "NGN", "₴": "UAH", "₽": "RUB", "canadian dollars": "CAD", "australian dollars": "AUD", "kenyan shillings": "KES",
	"naira": "NGN", "rand": "ZAR", "reais": "BRL", "taka": "BDT",
	"cad": "CAD", "aud": "AUD", "kes": "KES", "inr": "INR", "brl": "BRL", "try": "TRY", "zar": "ZAR", "ngn": "NGN", "egp": "EGP",
	"pkr": "PKR", "uah": "UAH", "bdt": "BDT", "lkr": "LKR", "mxn": "MXN", "sar": "SAR", "aed": "AED",
}

var scales = map[string]float64{"bn": 1e9, "bln": 1e9, "billion": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
	"k": 1e3, "thousand": 1e3, "trillion": 1e12, "tn": 1e12, "hundred": 100}

// amountNear is the sum of money nearest the trigger at loc: "which
// pledged $3bn in April, deposited $500m" deposits $500m.
func (d *doc) amountNear(s string, loc []int) *Amount {
	best, dist := "", 1<<30
	for _, m := range amountRE.FindAllStringIndex(s, -1) {
		dd := loc[0] - m[1]
		if m[0] >= loc[0] {
			dd = m[0] - loc[1]
		}
		if dd < 0 {
			dd = 0
		}
		if dd < dist {
			best, dist = s[m[0]:m[1]], dd
		}
	}
	if best == "" {
		return nil
	}
	return d.amount(best)
}

func (d *doc) amount(s string) *Amount {
	m := amountRE.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	sym, num, scale := strings.TrimSpace(m[1]), m[2], m[3]
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
	"some": "about", "roughly": "about", "an estimated": "about", "upwards of": "at_least",
	// "nearly 3,000": no more than that, as the gold conventions have it.
	"nearly": "at_most", "almost": "at_most", "close to": "at_most",
	"up to": "at_most", "fewer than": "at_most", "as many as": "at_most",
}

// vagueCounts are the values vagueRE's words count.
var vagueCounts = map[int64]bool{12: true, 20: true, 100: true, 1000: true, 10000: true, 100000: true}

// vagueCount reports whether c may be words for a crowd's size
// ("hundreds") rather than a figure.
func vagueCount(c *Count) bool {
	return c != nil && c.Qualifier == "at_least" && vagueCounts[c.Value]
}

// sayingRE is a verb of saying itself, whose speaker no one reports.
var sayingRE = regexp.MustCompile(`(?i)^(?:said|says|say|told|tells|added|stated|wrote|tweeted|posted)\b`)

// includingOpenRE opens a clause that names a part of what was counted
// before it.
var includingOpenRE = regexp.MustCompile(`(?i)^\W*(?:including|among\s+them)\b`)

// includingBeforeRE ends the words before a part of a count: "(94
// people,) including (14 police officers)".
var includingBeforeRE = regexp.MustCompile(`(?i)\b(?:including|among\s+them|among\s+whom)\s*$`)

// clockBeforeRE ends the hour of a time of day: "14:(45)".
var clockBeforeRE = regexp.MustCompile(`\d[:.]$`)

// partOfRE is a count of some of those counted before: "80 of them".
var partOfRE = regexp.MustCompile(`(?i)^\S+\s+of\s+(?:them|whom|those)\b`)

// countNear is the count nearest a trigger, within a few words of it.
func countNear(s string, loc []int) *Count {
	lo, hi := max(0, loc[0]-70), min(len(s), loc[1]+70)
	for lo > 0 && s[lo]&0xc0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xc0 == 0x80 {
		hi++
	}
	// "thousands of supporters" is no number: a count is given in
	// figures. "18 officers were injured and 150 people were arrested":
	// of several, the one nearest the trigger.
	var best []int
	dist := func(m []int) int {
		a, b := loc[0]-lo, loc[1]-lo
		switch {
		case m[1] > a && m[0] < b:
			return 0
		case m[1] <= a:
			return a - m[1]
		}
		return m[0] - b
	}
	for _, m := range countRE.FindAllStringIndex(s[lo:hi], -1) {
		// "Oct 21 - Protesters": a dateline's day counts nothing.
		if dayAfterMonthRE.MatchString(s[:lo+m[0]]) {
			continue
		}
		// "240 people, 80 of them police officers", "94 people,
		// including 14 police officers": the part counts less than the
		// whole.
		if partOfRE.MatchString(s[lo+m[0]:lo+m[1]]) || includingBeforeRE.MatchString(s[:lo+m[0]]) {
			continue
		}
		// "14:45 Thousands of protesters": a live entry's time counts
		// nothing.
		if clockBeforeRE.MatchString(s[:lo+m[0]]) {
			continue
		}
		// "the Eastern European nation of 9.5 million people": a
		// population, not a crowd.
		if populationRE.MatchString(s[:lo+m[0]]) {
			continue
		}
		if best == nil || dist(m) < dist(best) {
			best = m
		}
	}
	if best == nil {
		// "tens of thousands of students marched": with no figure, the
		// words for a crowd's size nearest the trigger.
		for _, m := range vagueRE.FindAllStringIndex(s[lo:hi], -1) {
			if best == nil || dist(m) < dist(best) {
				best = m
			}
		}
		if best == nil {
			return nil
		}
	}
	if c := countIn(s[lo+best[0] : lo+best[1]]); c != nil {
		return c
	}
	return countIn(s[lo:hi])
}

// numberWords are the numbers news spells out, at their values' indexes.
var numberWords = strings.Split("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", " ")

// tensWords are the tens from twenty, at their values' tenth.
var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// spelledNumber is a number up to ninety-nine spelled out: "nine",
// "thirty-two", "forty".
const spelledNumber = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`

// spelledValue is the value of a number spelled out, -1 for none.
func spelledValue(w string) int {
	w = strings.ToLower(w)
	if n := slices.Index(numberWords, w); n >= 0 {
		return n
	}
	tens, unit, _ := strings.Cut(strings.ReplaceAll(w, " ", "-"), "-")
	t, ok := tensWords[tens]
	if !ok {
		return -1
	}
	if unit == "" {
		return t
	}
	if u := slices.Index(numberWords, unit); u > 0 && u < 10 {
		return t + u
	}
	return -1
}

// dayAfterMonthRE ends text that a day's number follows: "Oct 21
// - Protesters" is a dateline, not 21 protesters.
var dayAfterMonthRE = regexp.MustCompile(`(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$`)

func countIn(s string) *Count {
	var m []string
	for _, at := range countRE.FindAllStringSubmatchIndex(s, -1) {
		// The number's own start: the first figure or word of it.
		n := at[4]
		if n < 0 {
			n = at[12]
		}
		if n >= 0 && dayAfterMonthRE.MatchString(s[:n]) {
			continue
		}
		m = make([]string, len(at)/2)
		for i := range m {
			if at[2*i] >= 0 {
				m[i] = s[at[2*i]:at[2*i+1]]
			}
		}
		break
	}
	if m != nil {
		if m[2] == "" {
			// "about 1,200 were injured": the people the verb counts.
			m = []string{m[0], m[5], m[6], "", m[7]}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
		if err != nil {
			// "Nine people were killed": small numbers are spelled out.
			n := spelledValue(m[2])
			if n < 0 {
				return nil
			}
			v = float64(n)
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
		v := map[string]int64{"hundreds": 100, "thousands": 1000, "tens of thousands": 10000, "hundreds of thousands": 100000, "dozens": 12, "scores": 20}[strings.ToLower(m[1])]
		unit := strings.ToLower(m[2])
		if unit == "" {
			unit = "people"
		}
		return &Count{Value: v, Qualifier: "at_least", Unit: unit}
	}
	return nil
}

// ---- duplicates ----

// addEvent adds an event, or merges it into one already drafted that it
// retells: same type (or a visit retold as a meeting), overlapping
// dates, a shared participant (two for meetings). It returns the event
// that holds it.
func (d *doc) addEvent(e *eventDraft) *eventDraft {
	// "Hichilema has won the presidency, the commission declared on
	// Monday … Turnout in Thursday's poll": the day that names the vote
	// dates the election an earlier sentence told by its result, dated
	// only by the telling.
	if e.Type == string(graph.Election) && e.named && e.precision == graph.Day {
		for _, o := range d.events {
			if o.Type == e.Type && !o.named && o.precision == graph.Day && o.start.After(e.start) && o.start.Sub(e.start) <= 14*24*time.Hour {
				o.start, o.end, o.precision, o.Date, o.named = e.start, e.end, e.precision, e.Date, true
				o.ID = ""
				o.ID = d.uniqueID(slug(string(o.Type) + "-" + firstParticipant(o) + "-" + graph.FormatDay(o.start)))
				break
			}
		}
	}
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
		if e.Type == string(graph.Meeting) || e.Type != o.Type && (e.Place == "" || e.Place != o.Place) {
			// A visit retold as a meeting names both sides, or the place.
			need = 2
		}
		// Protests of different days are different protests, whoever
		// takes part ("protesters" take part in all of them).
		if e.Type == string(graph.Protest) && e.precision == graph.Day && o.precision == graph.Day && (!e.start.Equal(o.start) || !e.end.Equal(o.end)) {
			continue
		}
		// "Protesters stormed the president's residence … a crowd set
		// fire to the prime minister's": crowds turned on different
		// people are different protests, whatever the day.
		if e.Type == string(graph.Protest) && o.Type == e.Type && rivalTargets(e, o) {
			continue
		}
		// "Police fired tear gas in Nairobi … In Kisumu, two men were
		// shot": the same deed in two towns is two events.
		if e.Type == o.Type && e.Place != "" && o.Place != "" && e.Place != o.Place && !d.inside(e.Place, o.Place) && !d.inside(o.Place, e.Place) {
			continue
		}
		// Two statements are one only when one speaker makes both.
		if (e.Type == string(graph.Statement) || e.Type == string(graph.Congratulate)) && speaker(e) != speaker(o) {
			continue
		}
		// "ECOWAS suspends Mali … The African Union also suspends Mali":
		// each body's sanction is its own, on the same target.
		if e.Type == string(graph.Sanction) && o.Type == e.Type && rivalRoles(e, o, "sanctioning party") {
			continue
		}
		// "Washington said on Wednesday … The United States has
		// criticised the vote": a stand told in the perfect is not what
		// was said on a day the text gives.
		if e.Type == string(graph.Statement) && standTold(e) != standTold(o) && e.sent != o.sent {
			continue
		}
		// "Thousands protested across Russia … In Omsk, several hundred
		// people marched": a crowd a new sentence puts in a town, by a
		// verb, is a protest of its own beside the nationwide one.
		if e.Type == string(graph.Protest) && o.Type == e.Type && e.sent != o.sent && d.townProtest(e) && !d.townProtest(o) {
			continue
		}
		// One article tells of one agreement, election or protest on a
		// day in a place, whoever each sentence names.
		sameDay := e.precision == graph.Day && o.precision == graph.Day && e.start.Equal(o.start) &&
			(e.Place == "" || o.Place == "" || e.Place == o.Place) &&
			(e.Type == string(graph.Agreement) || e.Type == string(graph.Election) || e.Type == string(graph.Protest) && !rivalCrowds(e, o))
		// "35 people were arrested" beside the arrest of a named leader:
		// a tally and what befell one person are two events.
		if (e.Type == string(graph.Violence) || e.Type == string(graph.Arrest)) && (d.tallyBesideNamed(e, o) || d.tallyBesideNamed(o, e)) {
			continue
		}
		// "At least 12 people were injured, the ministry said": a report
		// that names no party adds to the event of its day.
		reportOnly := (e.Type == string(graph.Violence) || e.Type == string(graph.Arrest)) && e.start.Equal(o.start) &&
			!slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Role != "reporting authority" })
		if shared < need && !sameDay && !reportOnly {
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
		// "scores of people … at least 133 people have been killed": a
		// figure told later is finer than words for a crowd's size.
		if o.Count == nil || e.Count != nil && vagueCount(o.Count) && !vagueCount(e.Count) {
			o.Count = e.Count
		}
		// The finer date wins: a retelling may say the day.
		if precRank(e.precision) < precRank(o.precision) {
			o.start, o.end, o.precision, o.Date = e.start, e.end, e.precision, e.Date
		}
		// "a crackdown that rights groups say has killed scores … At
		// least 133 people have been killed": a tally since the unrest
		// began dates the undated telling it retells.
		if e.sinceStart && fallbackDate(o) {
			o.sinceStart = true
		}
		return o
	}
	e.ID = d.uniqueID(slug(string(e.Type) + "-" + firstParticipant(e) + "-" + graph.FormatDay(e.start)))
	d.events = append(d.events, e)
	return e
}

// rivalCrowds reports whether two protests are made by different
// crowds: both name their protesters and none is shared ("protesters"
// marching, "supporters" rallying).
func rivalCrowds(a, b *eventDraft) bool {
	crowd := func(e *eventDraft) []string {
		var out []string
		for _, p := range e.Participants {
			// "Protesters" may be any crowd: no rival to a named one.
			if p.Role == "protester" && p.Actor != "protesters" {
				out = append(out, p.Actor)
			}
		}
		return out
	}
	ca, cb := crowd(a), crowd(b)
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	for _, x := range ca {
		if slices.Contains(cb, x) {
			return false
		}
	}
	return true
}

// tallyBesideNamed reports whether e counts many people while o befell
// named people only: "Police said 35 people had been arrested" is not
// the arrest of the opposition leader told before it.
func (d *doc) tallyBesideNamed(e, o *eventDraft) bool {
	if e.Count == nil || e.Count.Value < 2 || o.Count != nil {
		return false
	}
	named := false
	for _, p := range o.Participants {
		if p.Role != "detainee" && p.Role != "victim" {
			continue
		}
		if a := d.byID[p.Actor]; a == nil || a.Kind != string(graph.Person) {
			return false
		}
		named = true
	}
	return named
}

// townProtest reports whether a protest is put in a town (a city the
// draft knows) and told by a verb, not retold by a noun.
func (d *doc) townProtest(e *eventDraft) bool {
	p, ok := d.placeBy[e.Place]
	if !ok || p.Kind != string(graph.City) || len(e.Quotes) == 0 || e.at >= len(e.Quotes[0]) {
		return false
	}
	return !nominalRE.MatchString(firstWordRE.FindString(e.Quotes[0][e.at:]))
}

// firstWordRE is the word a text opens with.
var firstWordRE = regexp.MustCompile(`^[\p{L}\-]+`)

// rivalTargets reports whether two protests are turned on different
// people: both name a person as target and none is shared.
func rivalTargets(a, b *eventDraft) bool {
	targets := func(e *eventDraft) []string {
		var out []string
		for _, p := range e.Participants {
			if p.Role == "target" {
				out = append(out, p.Actor)
			}
		}
		return out
	}
	ta, tb := targets(a), targets(b)
	return len(ta) > 0 && len(tb) > 0 && !slices.ContainsFunc(ta, func(x string) bool { return slices.Contains(tb, x) })
}

// pairBeforeRE is what may stand between "the two sides" and their
// verb: nothing, an adverb, a day.
var pairBeforeRE = regexp.MustCompile(`^\s+(?:(?:also|then|later|jointly|together|again|on\s+\p{Lu}\p{Ll}+day)\s+)?$`)

// clashWordRE is a clash's trigger; quarrelRE what follows one that is
// about something ("clashed publicly over"), and timeAfterOverRE what
// makes "over" a time instead ("clashed over the weekend"); forceWordRE
// names force used.
var (
	clashWordRE     = regexp.MustCompile(`(?i)^clash(?:ed|es)?$`)
	quarrelRE       = regexp.MustCompile(`(?i)^\s+(?:\p{Ll}+ly\s+)?(?:again\s+)?(?:over|about)\s+`)
	timeAfterOverRE = regexp.MustCompile(`(?i)^(?:the\s+)?(?:weekend|night|nights|past|last|next|course|years?|months?|weeks?|days?|hours?|period|summer|winter|spring|autumn|holidays?|\d+|two|three|four|five|six|several|many|recent)\b`)
	forceWordRE     = regexp.MustCompile(`(?i)\b(?:police|troops|soldiers|forces|gendarmes|militia|militias|gunmen|stones|rocks|bricks|weapons|guns|machetes|knives|sticks|clubs|tear\s+gas|batons|fire|fighting|riot|riots|looting)\b`)
)

// topicBeforeRE ends the words that make a name what something is about:
// "over", "about", "regarding" or "concerning", and names joined to one
// ("over NATO and "); its group is what follows the preposition.
var topicBeforeRE = regexp.MustCompile(`(?i)\b(?:over|about|regarding|concerning)\s+((?:[^,;.]{0,40}?\s(?:and|or)\s+)?(?:the\s+)?)$`)

// aboutTopic reports whether the words before a name make it a topic:
// "sparred over NATO and ", but not "talks over the weekend with Borrell
// and ", where "over" tells a time.
func aboutTopic(before string) bool {
	m := topicBeforeRE.FindStringSubmatch(before)
	return m != nil && !timeAfterOverRE.MatchString(m[1])
}

// twoSidesRE names two parties told before: "the two sides", "both
// leaders", and "the two" before a verb ("the two had sparred").
var twoSidesRE = regexp.MustCompile(`(?i)\b(?:the\s+two|both)\s+(?:(?:former|opposition|rival|main|foreign|defen[cs]e|finance)\s+)?(?:sides|parties|leaders|men|women|presidents|ministers|governments|countries|delegations|camps|neighbou?rs|rivals|candidates|contenders)\b|\b(?:the\s+two|both\s+(?:men|women))\s+(?:had|have|has|were|are|will|would|met|meet|spoke|talked|held|agreed|signed|discussed|sparred|clashed|debated|also|later|then|last|previously|first|again)\b`)

// lastPair is the two actors of the latest of the last four events that
// holds two in one role of both sides (a meeting's participants, an
// agreement's signatories) or a host and a visitor, or nil.
func (d *doc) lastPair() []string {
	// Told a few events back at most: further, "the two sides" are others.
	for _, o := range slices.Backward(d.events[max(0, len(d.events)-4):]) {
		byRole := map[string][]string{}
		for _, p := range o.Participants {
			byRole[p.Role] = append(byRole[p.Role], p.Actor)
		}
		for _, role := range []string{"participant", "signatory", "host", "visitor"} {
			if len(byRole[role]) == 2 {
				return byRole[role]
			}
		}
		if h, v := byRole["host"], byRole["visitor"]; len(h) == 1 && len(v) == 1 {
			return []string{v[0], h[0]}
		}
	}
	return nil
}

// rivalRoles reports whether a and b both name who holds role and
// none is shared.
func rivalRoles(a, b *eventDraft, role string) bool {
	var as, bs []string
	for _, p := range a.Participants {
		if p.Role == role {
			as = append(as, p.Actor)
		}
	}
	for _, p := range b.Participants {
		if p.Role == role {
			bs = append(bs, p.Actor)
		}
	}
	return len(as) > 0 && len(bs) > 0 && !slices.ContainsFunc(as, func(x string) bool { return slices.Contains(bs, x) })
}

func speaker(e *eventDraft) string {
	for _, p := range e.Participants {
		if p.Role == "speaker" {
			return p.Actor
		}
	}
	return ""
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

// toldSince is the latest day an event told so far in the article
// happened on (a day the text gave), when it is before published and
// less than fifteen days earlier: an undated statement was made between that day and
// publication ("The European Union has urged restraint" after a story
// of Sunday's clashes). ok is false when nothing told so far is dated to
// a day, or when the latest such day is published itself.
func (d *doc) toldSince(published time.Time) (time.Time, bool) {
	var best time.Time
	for _, o := range d.events {
		if fallbackDate(o) {
			continue // a day nothing in the text gave
		}
		if o.precision == graph.Day && !o.start.After(published) && o.start.After(best) && published.Sub(o.start) < 15*24*time.Hour {
			best = o.start
		}
	}
	return best, !best.IsZero() && best.Before(published)
}

// forDayRE ends the words before a day that something was set for:
// "called a strike for Tuesday", "a vote set for Monday".
var forDayRE = regexp.MustCompile(`(?i)\bfor\s+$`)

// forDay reports whether the date wording s[start:end] is a weekday that
// something was called or set for: the day it is to happen, not a day
// that dates what the sentence tells. "for Tuesday's attack" names a
// past day and is not one.
func forDay(s string, start, end int) bool {
	w := s[start:end]
	return weekdayRE.MatchString(w) && !strings.HasSuffix(w, "s") && forDayRE.MatchString(s[max(0, start-8):start])
}

// weekdayRE is a weekday alone.
var weekdayRE = regexp.MustCompile(`^(?:` + weekday + `)$`)

// firstDate is the first date wording of s that dates what s tells: not
// a day something was set for.
func firstDate(s string) string {
	for _, loc := range findDates(s) {
		// "have called for a general strike on Thursday": the day set
		// for what is called for.
		if calledForRE.MatchString(s[max(0, loc[0]-80):loc[0]]) || futureRE.MatchString(s[max(0, loc[0]-60):loc[0]]) {
			continue
		}
		if !forDay(s, loc[0], loc[1]) {
			return s[loc[0]:loc[1]]
		}
	}
	return ""
}

// sentenceOpensRE is what may come before a pronoun that opens a
// sentence: "He", "But she", "On Monday he".
var sentenceOpensRE = regexp.MustCompile(`^\W*(?:(?:But|And|Later|Then|(?:On|Late on|Early on)\s+\w+),?\s+)?(?:He|She|he|she)\s+(?:\p{Ll}+\s+)?$`)

// openingPronounRE is a sentence that opens with a pronoun for a person,
// the pronoun its group.
var openingPronounRE = regexp.MustCompile(`^\W*(?:(?:But|And|Later|Then|(?:On|Late on|Early on)\s+\w+),?\s+)?(He|She|he|she)\s+`)

// attributedSpeaker is the person sentence j ends by attributing it to:
// "…, army chief General Waker-Uz-Zaman said in a televised address."
func (d *doc) attributedSpeaker(j int) *actorDraft {
	if j < 0 {
		return nil
	}
	text := d.sents[j].text
	for _, m := range slices.Backward(d.mentions[j]) {
		if m.actor == nil || m.modifier || m.actor.Kind != string(graph.Person) {
			continue
		}
		if strings.Contains(text[:m.start], ",") && speechRE.MatchString(text[m.end:]) && !strings.ContainsAny(text[m.end:], ",;") {
			return m.actor
		}
		return nil
	}
	return nil
}

// subjectOf is the person sentence j opens with: its first name, before
// any comma, when that names a person.
func (d *doc) subjectOf(j int) *actorDraft {
	if j < 0 {
		return nil
	}
	for _, m := range d.mentions[j] {
		if m.actor == nil || m.modifier || m.asPlace != "" {
			continue
		}
		if m.actor.Kind != string(graph.Person) || strings.ContainsAny(d.sents[j].text[:m.start], ",;") || m.start > 60 {
			return nil
		}
		return m.actor
	}
	return nil
}

// clockRE begins a paragraph stamped with a time of day: "18:05",
// "09.40 GMT –", "6:15pm".
var clockRE = regexp.MustCompile(`^\W{0,3}(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|local time))?\b`)

// sinceVoteRE tells a tally since the vote the story tells: "since the
// election", "since the disputed July 28 vote".
var sinceVoteRE = regexp.MustCompile(`(?i)\bsince\s+(?:the|last\s+\p{L}+(?:’s|'s)|(?:` + weekday + `)(?:’s|'s))\s+(?:[\p{L}\d\-]+\s+){0,3}?(?:election|elections|vote|polls|ballot|referendum|runoff|run-off)\b`)

// sinceBeganRE tells a tally that runs from the start of the unrest:
// "308 people have been arrested since the unrest began".
var sinceBeganRE = regexp.MustCompile(`(?i)\bsince\s+the\s+(?:unrest|protests?|demonstrations|violence|clashes|crisis|uprising|riots|strikes?|marches)\s+(?:began|started|broke\s+out|erupted)\b|\bsince\s+the\s+(?:verdict|ruling|coup|arrest|takeover|crackdown|start\s+of\s+the\s+(?:unrest|protests?|strikes?|crisis))\b`)

// tallyRE tells an undated tally of the whole unrest: "have been
// killed", "were arrested in the unrest".
var tallyRE = regexp.MustCompile(`(?i)\b(?:have|has)\s+been\s+(?:killed|arrested|detained|injured|wounded|hurt)\b|\b(?:in|during)\s+the\s+(?:unrest|protests|demonstrations|violence|clashes|crackdown|riots|uprising)\b`)

// sinceBegan makes each tally told "since the unrest began" run from the
// first day of a protest or violence the story dates, once the whole
// story is read: the start is often told after the tally.
func (d *doc) sinceBegan() {
	var first time.Time
	for _, o := range d.events {
		if (o.Type == string(graph.Protest) || o.Type == string(graph.Violence)) && o.precision == graph.Day && !o.sinceStart &&
			!fallbackDate(o) && (first.IsZero() || o.start.Before(first)) && o.start.After(d.pub.AddDate(0, -2, 0)) {
			first = o.start
		}
	}
	// "The strike began on April 28": the day the story says it began,
	// when that is earlier than any event it dates.
	if !slices.ContainsFunc(d.events, func(e *eventDraft) bool { return e.sinceStart }) {
		return
	}
	if b, ok := d.beganOn(d.pub); ok && (first.IsZero() || b.Before(first)) && b.After(d.pub.AddDate(0, -2, 0)) {
		first = b
	}
	for _, e := range d.events {
		if !e.sinceStart || first.IsZero() {
			continue
		}
		if e.precision != graph.Day {
			// Undated: up to the day of publication.
			e.end, e.precision = d.pub, graph.Day
		}
		if first.Before(e.start) || !first.After(e.end) {
			e.start = first
			e.Date = &Date{Text: "since the unrest began"}
		}
	}
}

// perfectRE ends the auxiliary of a verb in the perfect before a
// statement's trigger: "has said", "have both warned", "has since
// promised".
var perfectRE = regexp.MustCompile(`(?i)\b(?:has|have)\s+(?:(?:also|both|since|repeatedly|already|long|publicly|previously|so far)\s+)*$`)

// presentSayRE opens the present of a verb of saying or of a stand
// held: "insists", "says", "maintain".
var presentSayRE = regexp.MustCompile(`(?i)^(?:says|say|insists|insist|maintains|maintain|denies|deny|argues|argue|contends|contend|accuses|accuse|blames|blame|claims|claim)\b`)

// notFiniteRE ends what makes a present form no finite verb: "to say",
// "will insist", "does not deny".
var notFiniteRE = regexp.MustCompile(`(?i)\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|never)\s+$`)

// standTold reports whether a statement is told in the perfect or in
// the present of saying: a stand held, not words said on a day.
func standTold(e *eventDraft) bool {
	if e.perfect {
		return true
	}
	if len(e.Quotes) == 0 || e.at > len(e.Quotes[0]) {
		return false
	}
	q := e.Quotes[0]
	// "May 13 - Khan accuses the army chief": a present a timeline
	// dates tells what was said that day.
	return perfectRE.MatchString(tail(q[:e.at], 40)) || presentSaying(q, e.at) && !dateRE.MatchString(q)
}

// presentSaying reports whether the trigger at is a verb of saying in
// the present, as a finite verb.
func presentSaying(s string, at int) bool {
	if at >= len(s) || !presentSayRE.MatchString(s[at:]) {
		return false
	}
	return !notFiniteRE.MatchString(tail(s[:at], 20))
}

// sincePerfect dates each undated statement told in the perfect from the
// first day the story dates within the month before publication (the
// start of the crisis it tells) to publication: "Mali and Burkina Faso
// have warned" may have warned on any day since the coup. A statement
// that names someone the story dates an event of was made since the
// latest such event: "Levin has said he will respect the pause" after
// the pause was announced, "Ortiz has promised elections" after she
// took office.
func (d *doc) sincePerfect() {
	var first time.Time
	for _, o := range d.events {
		if o.precision == graph.Day && !fallbackDate(o) && !o.perfect && !o.start.After(d.pub) && d.pub.Sub(o.start) <= 31*24*time.Hour &&
			(first.IsZero() || o.start.Before(first)) {
			first = o.start
		}
	}
	if first.IsZero() {
		return
	}
	for _, e := range d.events {
		if !e.perfect || !fallbackDate(e) || !first.Before(e.start) {
			continue
		}
		e.start, e.end, e.precision, e.Date = first, d.pub, graph.Day, &Date{Text: "undated: since the story began"}
		// "Levin has said he will respect the pause": said since the
		// latest event the story tells of one it names.
		if l, ok := d.latestWith(e); ok && l.After(first) {
			e.start, e.Date = l, &Date{Text: "undated: since the latest event of whom it names"}
		}
		// "have criticised the conduct of the election": said since the
		// event it names, when the story dates one of its kind.
		if l, ok := d.namedBefore(e); ok && l.After(e.start) {
			e.start, e.Date = l, &Date{Text: "undated: since the event it names"}
		}
	}
}

// theEventRE names an event a statement is about: "the election", "the
// deal", "the crackdown".
var theEventRE = regexp.MustCompile(`(?i)\bthe\s+(?:\p{Ll}+\s+)?(election|vote|deal|agreement|accord|crackdown|raid|attack|clashes|arrest|detention|inauguration|swearing-in|summit)\b`)

// namedBefore is the day of the latest event the story dates, before
// publication, of the kind the statement e names with a definite
// article: "The EU has criticised the election" was said after it.
func (d *doc) namedBefore(e *eventDraft) (time.Time, bool) {
	if len(e.Quotes) == 0 {
		return time.Time{}, false
	}
	m := theEventRE.FindStringSubmatch(e.Quotes[0])
	if m == nil {
		return time.Time{}, false
	}
	typ := eventNouns[strings.ToLower(m[1])]
	var best time.Time
	for _, o := range d.events {
		if o == e || o.Type != string(typ) || o.precision != graph.Day || fallbackDate(o) || o.perfect || o.start.After(d.pub) || !o.start.After(best) {
			continue
		}
		best = o.start
	}
	return best, !best.IsZero()
}

// latestWith is the latest day, within the month before publication, of
// an event the story dates that shares an actor other than a country
// with e.
func (d *doc) latestWith(e *eventDraft) (time.Time, bool) {
	var best time.Time
	for _, o := range d.events {
		if o == e || o.precision != graph.Day || fallbackDate(o) || o.perfect || o.start.After(d.pub) || d.pub.Sub(o.start) > 31*24*time.Hour || !o.start.After(best) {
			continue
		}
		if slices.ContainsFunc(o.Participants, func(p Participant) bool {
			a := d.byID[p.Actor]
			return a != nil && a.Kind != string(graph.Country) && slices.ContainsFunc(e.Participants, func(q Participant) bool { return q.Actor == p.Actor })
		}) {
			best = o.start
		}
	}
	return best, !best.IsZero()
}

// inside reports whether the place a lies in the place or country b, as
// far as the draft says.
func (d *doc) inside(a, b string) bool {
	for k := 0; k < 4 && a != ""; k++ {
		p, ok := d.placeBy[a]
		if !ok {
			return false
		}
		if p.In == b {
			return true
		}
		a = p.In
	}
	return false
}

// frontedPlaceRE is a sentence's opening up to a place it puts first:
// "In ", "Outside central ".
var frontedPlaceRE = regexp.MustCompile(`^\W*(?:In|At|Near|Outside|Inside|Across)\s+(?:central\s+|downtown\s+|the\s+)?$`)

// auxOnlyRE is a clause's opening before its verb that holds only an
// auxiliary or an adverb: ", had ", ", also ".
var auxOnlyRE = regexp.MustCompile(`(?i)^,\s+(?:(?:had|has|have|was|were|is|also|later|then|again|once|already)\s+){1,2}$`)

// saidInRE ends "said in an" before "interview": the interview is how it
// was said, and it happened.
var saidInRE = regexp.MustCompile(`(?i)\b(?:said|says|told\s+\S+|spoke|speaking|added)\s+in\s+(?:an?\s+)?(?:\S+\s+)?$`)

// asTheyRE opens a clause whose subject is a plural pronoun: " as they ".
var asTheyRE = regexp.MustCompile(`(?i)^\s*(?:,\s*)?(?:as|when|while|after)\s+they\s+$`)

// fallbackDate reports whether an event's date is one the extractor
// gave for want of any in the text: the day of publication or of the
// dateline, or the week.
func fallbackDate(e *eventDraft) bool {
	t := e.Date.Text
	return strings.HasPrefix(t, "undated") || t == "reported on the day of publication" || t == "the dateline's day"
}

// motionVoteRE follows a vote on a measure, which elects no one: "vote
// on two motions of no confidence", "vote on the budget".
var motionVoteRE = regexp.MustCompile(`(?i)^\s+(?:on|against|for)\s+(?:(?:a|an|the|two|three|several|his|her|its|their)\s+)?(?:\S+\s+)?(?:motions?|bills?|laws?|amendments?|budget|resolutions?|reforms?|impeachment|censure)\b`)

// lastDated is the event told last whose date the text gave, if any.
func (d *doc) lastDated() *eventDraft {
	for _, o := range slices.Backward(d.events) {
		if !fallbackDate(o) {
			return o
		}
	}
	return nil
}

// retoldOpenRE and retoldVerbRE frame an event noun that opens its
// sentence to say when it came: "The arrests came", "The meeting
// followed".
var (
	retoldOpenRE = regexp.MustCompile(`^\W*The\s+$`)
	retoldVerbRE = regexp.MustCompile(`^\s+(?:came|come|followed|follow|took place|happened|occurred)\b`)
	// retoldSentenceRE is a sentence that opens so.
	retoldSentenceRE = regexp.MustCompile(`^\W*The\s+\p{L}+\s+(?:came|followed)\b`)
)

// claimNowRE is a verb of saying in the present: a claim held, not an
// act of saying.
var claimNowRE = regexp.MustCompile(`(?i)^(?:says|say|claims|insists|maintains|argues|denies|contends)$`)

// naturalDeathRE follows "died" with a death from illness or age.
var naturalDeathRE = regexp.MustCompile(`(?i)^\s+(?:of|from|after)\s+(?:a\s+|an\s+)?(?:sudden\s+|long\s+|short\s+|massive\s+)?(?:heart\s+attack|cardiac\s+arrest|stroke|cancer|illness|natural\s+causes|complications|covid(?:-19)?|old\s+age|disease|kidney\s+failure)\b|^\s+in\s+(?:his|her)\s+sleep\b`)

// congratulateCallRE follows a call with its purpose, to congratulate;
// callWordRE is a trigger of a call.
var (
	congratulateCallRE = regexp.MustCompile(`(?i)^\s+(?:[^\s,;.]+\s+){0,8}?to\s+(?:congratulate|offer\s+(?:his|her|their\s+)?congratulations)\b`)
	callWordRE         = regexp.MustCompile(`(?i)phone|called|rang`)
)

// tripWordRE opens a trip's trigger; fromTripRE ends the words before a
// trip come back from: "returned from a".
var (
	tripWordRE = regexp.MustCompile(`(?i)^(?:trip|journey)`)
	fromTripRE = regexp.MustCompile(`(?i)\bfrom\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}\-]+\s+){0,2}$`)
)

// receivedNoObjectRE follows "received" with no one received: a time, a
// place, the end of a clause, or what was received ("congratulations",
// "messages", "52 per cent").
var receivedNoObjectRE = regexp.MustCompile(`^(?:\s+(?:in|on|at|during|last|this|since|after|before|earlier|later|the\s+same)\b|\s*[,.;:)]|\s+(?:\S+\s+){0,2}?(?:congratulations|messages?|letters?|calls?|support|backing|votes|per\s+cent|percent)\b)`)

// reportedAmongRE tells a sentence that reports who was among the
// detained ("He said seven people were among those held"): the speaker
// before it is none of them, and the arrest is told elsewhere.
var reportedAmongRE = regexp.MustCompile(`(?i)\b(?:said|says|told|according\s+to)\b`)

// detainedAdjBeforeRE and detainedAdjAfterRE frame "detained" used of
// the people it describes: "frees detained activists", "of detained
// protesters".
var (
	detainedAdjBeforeRE = regexp.MustCompile(`(?i)\b(?:the|all|other|of|for|free|frees|freed|freeing|release|releases|releasing|recently|newly)\s+$`)
	detainedAdjAfterRE  = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+)?(?:activists|protesters|demonstrators|people|journalists|leaders|students|members|politicians|opponents|men|women|figures|candidates|lawmakers|officials|ministers)\b`)
)

// stillRE ends the words of a lasting state before a trigger: "remains
// under house arrest", "is still in detention".
var stillRE = regexp.MustCompile(`(?i)\b(?:remains?|remained|still|stays?|stayed)\s+(?:\S+\s+)?$`)

// dueClauseRE finds in a clause what says that it is yet to come: "is
// due to", "are expected to". (A "will" close before the trigger is
// notHappened's.)
var dueClauseRE = regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:due|set|expected|scheduled|poised)\s+to\b`)

// clauseStart is where the clause of the trigger at begins.
func clauseStart(s string, at int) int {
	cs, _ := clause(s, at)
	return cs
}

// whoeverRE ends "those who", "anyone who": a verb after it describes
// people rather than tells what happened.
var whoeverRE = regexp.MustCompile(`(?i)(?:\b(?:those|anyone|everyone|people|all)\s+(?:who|that)|\bwhoever)\s+(?:had\s+|have\s+)?$`)

// casualtiesOf gives the violence told last the count of a sentence of
// its paragraph that tells no event of its own: "Police fired tear gas
// at marchers. At least 55 people were admitted to hospital with
// injuries, a hospital official said."
func (d *doc) casualtiesOf(i int, last *eventDraft) {
	s := d.sents[i]
	if last == nil || last.Type != string(graph.Violence) || last.Count != nil || last.para != s.para || !casualtyRE.MatchString(s.text) {
		return
	}
	// The first figure is the toll: "At least 55 people, among them
	// three police officers, were admitted".
	if m := countRE.FindString(s.text); m != "" {
		if c := countIn(m); c != nil {
			last.Count = c
			last.Quotes = append(last.Quotes, s.text)
		}
	}
}

// shareAfterRE follows a name with its share of a vote: "Tsvangirai 47.9
// per cent", "Ouattara 54.1%", "Mugabe, with 43.2 per cent".
var shareAfterRE = regexp.MustCompile(`(?i)^\s*(?:,|:|–|-)?\s*(?:(?:had|has|took|takes|won|wins|got|gets|received|receives|secured|secures|polled|polls|garnered|obtained|with|on|at)\s+)?(?:(?:about|around|nearly|almost|some|just\s+(?:over|under)|more\s+than|less\s+than|only)\s+)?\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)`)

// shareForRE ends the words before a name that its share of a vote
// names: "against 44.74% for (Odinga)".
var shareForRE = regexp.MustCompile(`(?i)\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+(?:of\s+the\s+(?:vote|votes|ballots)\s+)?for\s+$`)

// resultsOf gives the election told last the winner and candidates of a
// sentence after it that tells its result without naming it again: "On
// December 2 the commission announced results giving Ouattara 54.1% and
// Gbagbo 45.9%", "Dec. 30 — The commission declares Kibaki the winner".
// Writers tell a vote and then its count; the count is the vote's.
func (d *doc) resultsOf(i int, e *eventDraft) {
	if e == nil {
		return
	}
	s := d.sents[i]
	// A result follows its vote closely: in its paragraph or one of the
	// next three.
	if op, oe := d.paraOrd[s.para], d.paraOrd[e.para]; op < oe || op-oe > 3 {
		return
	}
	dm := declaredWinnerRE.FindStringIndex(s.text)
	hasWinner := slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Role == "winner" })
	added := false
	for _, mn := range d.mentions[i] {
		a := mn.actor
		if a == nil || mn.modifier || a.Kind != string(graph.Person) && a.Kind != string(graph.Organization) {
			continue
		}
		role := ""
		switch {
		case dm != nil && mn.start >= dm[0] && mn.end <= dm[1] && a.Kind == string(graph.Person):
			role = "winner"
		case shareAfterRE.MatchString(s.text[mn.end:]) || shareForRE.MatchString(tail(s.text[:mn.start], 60)):
			role = "candidate"
		}
		switch {
		case role == "":
		case role == "winner" && !hasWinner:
			e.setRole(a.ID, role)
			hasWinner, added = true, true
		case !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Actor == a.ID }):
			e.Participants = append(e.Participants, Participant{Actor: a.ID, Role: role})
			added = true
		}
	}
	// The sentence that names them is the event's too.
	if added && !slices.Contains(e.Quotes, s.text) {
		e.Quotes = append(e.Quotes, s.text)
	}
}

// armedBeforeRE ends the words before a verb whose subject is armed men.
// leisureRE names a crowd or an occasion of sport, music or worship:
// what fills a stadium then is no rally.
var leisureRE = regexp.MustCompile(`(?i)\b(?:fans|spectators|supporters\s+of\s+(?:the\s+)?(?:club|team)|football|soccer|cup|final|match|game|tournament|concert|festival|gig|tour|mass|worshippers|pilgrims|graduation|ceremony|celebrat\w*)\b`)

// electoralWinRE follows "beat" with a vote or a share of one.
var electoralWinRE = regexp.MustCompile(`(?i)^(?:\s+\S+){0,4}?\s+(?:in\s+(?:the\s+|a\s+|last\s+\w+'s\s+)?(?:\S+\s+)?(?:run-?offs?|second\s+round|first\s+round|elections?|votes?|polls?|race|ballot|primary|primaries|contest|by-elections?)\b|with\s+(?:about\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:per\s*cent|%|percent))`)

// relPronounBeforeRE ends the opening of a relative clause before its
// verb: "the reform that had (brought)".
var relPronounBeforeRE = regexp.MustCompile(`(?i)\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|first\s+)?$`)

// endedTalks is a verb that ends or leaves talks.
const endedTalks = `(?:broke\s+off|breaks\s+off|suspended|suspends|pulled\s+out\s+of|pulls\s+out\s+of|walked\s+out\s+of|walks\s+out\s+of|withdrew\s+from|withdraws\s+from|called\s+off|calls\s+off|quit|quits|abandoned|abandons)`

// endedTalksRE ends the words before "talks" that end them: "broke off
// the".
var endedTalksRE = regexp.MustCompile(`(?i)\b` + endedTalks + `\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\S+\s+){0,2}?$`)

// crowdWords is a noun of a crowd of people.
const crowdWords = `(?:people|protesters|demonstrators|marchers|crowds?|thousands|hundreds|millions|opposition|supporters|students|workers|citizens|residents|women|voters|farmers|youths?|families)`

// crowdBeforeRE is in the words of a clause before its verb when a crowd
// is its subject: "about 30,000 supporters of the junta (packed)".
var crowdBeforeRE = regexp.MustCompile(`(?i)\b(?:protesters|demonstrators|marchers|crowds?|thousands|hundreds|supporters|mourners|activists|students|workers|opponents|people)\b`)

// forcesBeforeRE ends the subject of a clause that is security forces:
// "Riot police (storm)", "Guardia Civil officers (stormed)".
var forcesBeforeRE = regexp.MustCompile(`(?i)\b(?:police(?:men)?|officers|troops|soldiers|security forces|gendarmes|commandos|special forces)\s+(?:\S+\s+)?$`)

// protestSiteAfterRE opens the object of "stormed" that is a protest:
// "(stormed) the main protest camp".
var protestSiteAfterRE = regexp.MustCompile(`(?i)^\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,2}?(?:protest\s+(?:camp|site|encampment)s?|sit-ins?|encampments?)\b`)

var armedBeforeRE = regexp.MustCompile(`(?i)\b(?:gunmen|militants|attackers|assailants|rebels|insurgents|jihadists|soldiers|troops|militiamen|militias|paramilitaries)\s+(?:\S+\s+)?$`)

// subordinateRE begins a bound clause of time with its own subject: "
// after ".
var subordinateRE = regexp.MustCompile(`^\s(?:after|before|when)\s`)

// wonByRE is the passive of winning: "was won outright by".
var wonByRE = regexp.MustCompile(`(?i)\b(?:was|were|been)\s+won\s+(?:\S+\s+){0,2}?by\s+`)

// yearWordingRE is a date wording that names a year, with or without
// its month: "in 2014", "in April 2022".
var yearWordingRE = regexp.MustCompile(`(?i)^(?:in|since)\s+(?:\p{L}+\s+)?\d{4}$`)

// ingPhraseRE finds a present participle opening a phrase after a
// comma: ", citing …", ", recalling …".
var ingPhraseRE = regexp.MustCompile(`,\s+\p{Ll}+ing\b`)

// pastEventNounRE is a noun for an event a year may date: "the coup
// led by Prayut in 2014".
var pastEventNounRE = regexp.MustCompile(`(?i)\b(?:coup|war|election|elections|vote|revolution|uprising|massacre|crackdown|genocide|independence|invasion|referendum|earthquake|crisis)\b`)

// plannedAfterRE follows a noun for an event that is set for later: "(new
// marches) have been called for Wednesday", "(the election) due in
// January", "(a strike) is planned for
// Monday", "(talks) are scheduled to resume".
var plannedAfterRE = regexp.MustCompile(`(?i)^(?:\s+\p{Ll}+){0,2}?\s+(?:(?:(?:has|have|had)\s+been|is|are|was|were|will\s+be)\s+(?:\p{Ll}+ly\s+)?(?:called|planned|scheduled|announced|set|due|expected|slated)\s+(?:for|to|on)|(?:now\s+|originally\s+)?(?:due|scheduled|slated)\s+(?:for|on|in|by))\b`)

// protestRuleRE ends the words before a protest noun that make it a
// right, a rule or a ban, not a protest: "the right to (peaceful)
// protest", "a ban on rallies", "laws against demonstrations".
var protestRuleRE = regexp.MustCompile(`(?i)\b(?:(?:right|rights|freedom|ban|bans|banned|banning|law|laws|rules|restrictions)\s+(?:to|on|of|against)\s+(?:\p{Ll}+\s+)?|(?:ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|outlaw|outlaws|outlawed|outlawing|forbid|forbids|forbade|forbidding)\s+(?:all\s+|any\s+|further\s+)?(?:public\s+|street\s+|political\s+|opposition\s+|unauthori[sz]ed\s+)?)$`)

// beganRE is a verb that tells when something began: "The protests
// began on the 14th", "the walkout started on April 28".
var beganRE = regexp.MustCompile(`(?i)\b(?:began|begun|started|erupted|broke out)\b`)

// beganOn is the first day the story gives in the clause of a verb that
// says something began, when it is no later than published.
func (d *doc) beganOn(published time.Time) (time.Time, bool) {
	for _, st := range d.sents {
		if !strings.Contains(st.text, "began") && !strings.Contains(st.text, "begun") && !strings.Contains(st.text, "started") &&
			!strings.Contains(st.text, "erupted") && !strings.Contains(st.text, "broke out") {
			continue
		}
		loc := beganRE.FindStringIndex(st.text)
		if loc == nil {
			continue
		}
		// The day nearest the verb: after it ("began on the 14th"),
		// else before it ("On Monday the strike began").
		var after, before []int
		for _, m := range findDates(st.text) {
			switch {
			case m[0] >= loc[1] && m[0]-loc[1] <= 40 && after == nil:
				after = m
			case m[1] <= loc[0] && loc[0]-m[1] <= 40:
				before = m
			}
		}
		for _, m := range [][]int{after, before} {
			if m == nil {
				continue
			}
			if start, _, prec, ok := resolve(st.text[m[0]:m[1]], published); ok && prec == graph.Day && !start.After(published) {
				return start, true
			}
		}
	}
	return time.Time{}, false
}

// rulingVerbRE is a verb by which a court rules; courtBeforeRE ends the
// words before it that name a court or its judges.
var (
	rulingVerbRE  = regexp.MustCompile(`(?i)^(?:declares|declared|orders|ordered)$`)
	courtBeforeRE = regexp.MustCompile(`(?i)\b(?:court|tribunal|judges?|justices?|magistrates?)\s+(?:(?:has|have|had|also|then|later|on\s+\p{L}+)\s+){0,2}$`)
)

// legislatorsVoteRE follows a ballot whose voters are legislators: "(In a
// secret ballot on Friday,) 70 of the 135 deputies backed a resolution".
var legislatorsVoteRE = regexp.MustCompile(`(?i)^[^.;]{0,120}?\b(?:deputies|lawmakers|legislators|mps|senators|members\s+of\s+parliament)\s+(?:\S+\s+){0,2}?(?:backed|approved|voted|rejected|passed|adopted|endorsed)\b`)

// calledForRE ends the words before a day that dates what a statement
// calls for or announces, not the statement: "called for more marches on
// (Friday)", "announced a general strike for (Monday)".
var calledForRE = regexp.MustCompile(`(?i)\b(?:called|calls|call|calling)\s+for\s+(?:\S+\s+){0,4}?` + calledNouns + `\s+(?:\S+\s+){0,2}?(?:on|for|next)\s+$|\b(?:urged|urges|announced|announces)\s+(?:\S+\s+){0,4}?` + calledNouns + `\s+(?:\S+\s+){0,2}?(?:for|next)\s+$`)

// calledNouns are what a call may be for.
const calledNouns = `(?:marches|march|protests?|strikes?|rall(?:y|ies)|demonstrations?|sit-ins?|mobili[sz]ations?|boycotts?)`

// refusedAndRE ends the words before a verb joined by "and" to a refused
// or negated other verb: "refused to join the cabinet and (called)".
var refusedAndRE = mustStartRE(`(?i)\b(?:refused\s+to|declined\s+to|did\s+not|has\s+not|have\s+not|had\s+not)\s+\p{Ll}+\s+(?:[^\s,;]+\s+){0,3}?and\s+$`)

// aimedAtRE is what comes between a protest's trigger and what it is
// aimed at: "against", "outside", "demanding the resignation of", "to
// demand the release of".
var aimedAtRE = regexp.MustCompile(`(?i)^(?:\s+(?:\S+\s+){0,6}?)?\s*(?:against|outside|in\s+front\s+of|(?:demanding|calling\s+for|to\s+(?:demand|call\s+for|press\s+for))\s+(?:the\s+)?(?:resignation|removal|ouster|departure|release|arrest|trial)\s+of)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}\-]+\s+){0,3}?(?:(?:\p{Lu}[\p{L}\-]*\s+){0,3})?$`)

// proRulerRE tells a rally for those in power, which targets no one.
var proRulerRE = regexp.MustCompile(`(?i)\bpro-(?:government|junta|regime|military|army|president)|\bin\s+support\s+of\b|\b(?:government|junta|regime|ruling[- ]party)\s+supporters\b|\bsupporters\s+of\s+the\s+(?:government|junta|regime|president|ruling)|\bloyal\s+to\s+the\s+(?:government|junta|regime|president)|\bto\s+celebrate\b|\bcelebrat(?:ed|ing|ions?)\b`)

// sharedTargets gives each protest that names no target the target the
// story's protests name most: "Protests against Ortega spread. Students
// marched in León." The marchers in León protest against Ortega too.
// When no protest names one, a protest in a country is against its
// government and its ruler, as the story names them, unless it is a
// rally for them ("pro-government supporters rallied").
func (d *doc) sharedTargets() {
	n := map[string]int{}
	best := ""
	for _, e := range d.events {
		if e.Type != string(graph.Protest) {
			continue
		}
		for _, p := range e.Participants {
			if p.Role == "target" {
				n[p.Actor]++
				if best == "" || n[p.Actor] > n[best] {
					best = p.Actor
				}
			}
		}
	}
	var targets []string
	if best != "" {
		targets = append(targets, best)
	} else {
		targets = d.rulers()
	}
	for _, e := range d.events {
		if e.Type != string(graph.Protest) || slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Role == "target" }) ||
			slices.ContainsFunc(e.Quotes, proRulerRE.MatchString) {
			continue
		}
		for _, t := range targets {
			if !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.Actor == t }) {
				e.Participants = append(e.Participants, Participant{Actor: t, Role: "target"})
			}
		}
	}
}

// rulers are the government of the country the story tells most and its
// leader, as far as the story names them: its head of state or
// government, named with the title.
func (d *doc) rulers() []string {
	c := d.lex.country(d.main)
	if c == nil {
		return nil
	}
	var gov, leader, other string
	for _, ms := range d.mentions {
		for _, m := range ms {
			a := m.actor
			switch {
			case a == nil:
			case gov == "" && a.Kind == string(graph.Organization) && strings.HasSuffix(a.Name, " government") && slices.Contains(a.Aliases, "Government of "+c.name):
				gov = a.ID
			case a.Kind == string(graph.Person) && rulerTitles[a.title] && a.country == d.main && leader == "":
				leader = a.ID
			case a.Kind == string(graph.Person) && rulerTitles[a.title] && a.country == "" && other == "":
				other = a.ID
			}
		}
	}
	if leader == "" {
		leader = other
	}
	var out []string
	for _, id := range []string{gov, leader} {
		if id != "" {
			out = append(out, id)
		}
	}
	return out
}

// rulerTitles are the titles of who rules a country.
var rulerTitles = map[string]bool{"president": true, "prime minister": true, "king": true, "queen": true, "emir": true,
	"chancellor": true, "premier": true, "interim president": true, "junta chief": true, "state counsellor": true, "dictator": true}

// labelRE follows the name that labels who speaks in a transcript:
// "TSENDSUREN:", "ANNA KELLER (HOST):".
var labelRE = regexp.MustCompile(`^[\p{Lu}\s.’'\-]*(?:\([^)]{0,30}\))?\s*:`)

// speakerLabel reports whether mention m of sentence s is the label of
// a transcript's speaker, opening the sentence before a colon: who
// speaks is neither the subject of what they tell nor whom "he" means.
func speakerLabel(s string, m mention) bool {
	return m.start <= 40 && capsRE.MatchString(s[:m.start]) && labelRE.MatchString(s[m.end:])
}

// capsRE is words in capitals only, or nothing: the rest of a label.
var capsRE = regexp.MustCompile(`^[\p{Lu}\s.’'\-]*$`)

package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Merge is one decision of an import to take an article's actor or event
// for a node the store already holds under another id, or, when To is "",
// not to because several candidates matched equally well.
type Merge struct {
	// Article is the article whose id was resolved.
	Article string `json:"article"`
	// Kind is "actor" or "event".
	Kind string `json:"kind"`
	// From is the id in the article; To the stored node it now names.
	From string `json:"from"`
	To   string `json:"to,omitempty"`
	// Rule says why: sameAs (the annotation said so), same-name (equal
	// names after folding spellings), initial (a first name and its
	// initial), surname (a surname alone and the one person who has it),
	// spelling (a surname spelt otherwise, its consonants alike, and the
	// first names alike), same-event (type, dates, participants and place agree), ambiguous.
	Rule  string  `json:"rule"`
	Score float64 `json:"score"`
	// Candidates are the stored ids that matched equally, for ambiguous.
	Candidates []string `json:"candidates,omitempty"`
}

// Merge rules.
const (
	RuleSameAs    = "sameAs"
	RuleSameName  = "same-name"
	RuleInitial   = "initial"
	RuleSurname   = "surname"
	RuleSpelling  = "spelling"
	RuleSameEvent = "same-event"
	RuleAmbiguous = "ambiguous"
)

// Overrides are what a person decided about identity, beyond what
// articles say: pairs of ids that must stay apart (a split merge).
type Overrides struct {
	// NotSameAs lists pairs of ids never to merge, in either direction.
	NotSameAs [][2]string `json:"notSameAs" yaml:"notSameAs"`
}

func (o *Overrides) forbids(a, b string) bool {
	if o == nil {
		return false
	}
	for _, p := range o.NotSameAs {
		if (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a) {
			return true
		}
	}
	return false
}

// resolution maps an article's ids to the stored nodes they are the same as.
type resolution struct {
	ids    map[string]string
	merges []Merge
	// targets are the stored actors the article's actors resolved to, by
	// id: their names stay.
	targets map[string]Actor
}

func (r *resolution) id(id string) string {
	if to, ok := r.ids[id]; ok {
		return to
	}
	return id
}

// resolve finds, for each actor and event of f that the store does not
// hold under its own id, the stored node it is the same as, and returns f
// rewritten to use those ids. stored describes f's own ids.
func (g *Graph) resolve(ctx context.Context, v View, f *facts, stored map[string]StoredNode) (*facts, *resolution, error) {
	r := &resolution{ids: map[string]string{}, targets: map[string]Actor{}}
	if g.literal {
		return f, r, nil
	}
	// taken are the ids the article's nodes will have: two of its actors
	// or events never become one.
	taken := map[string]bool{}
	for id := range f.kinds {
		taken[id] = true
	}
	forbid := func(from, to string) bool {
		return slices.Contains(f.notSameAs[from], to) || g.overrides.forbids(from, to)
	}
	// What the annotation says is the same comes first: no name match may
	// take a stored node a sameAs names.
	for _, target := range f.sameAs {
		taken[target] = true
	}
	// byName says whether an actor is resolved by its name keys: neither
	// a sameAs nor an actor the store holds under its id says who it is.
	byName := func(a SourcedActor) bool {
		s, held := stored[a.ID]
		return f.sameAs[a.ID] == "" && !(held && s.Class == ActorNode)
	}
	// The name keys of every actor to resolve are looked up at once: one
	// round trip an article, not one an actor.
	var keys []string
	for _, a := range f.actors {
		if byName(a) {
			keys = append(keys, ActorKeys(a.Actor)...)
		}
	}
	var byKey []Candidate
	if len(keys) > 0 {
		slices.Sort(keys)
		var err error
		if byKey, err = v.Candidates(ctx, slices.Compact(keys)); err != nil {
			return nil, nil, err
		}
	}
	for _, a := range f.actors {
		if target := f.sameAs[a.ID]; target != "" {
			d, err := v.ActorDetail(ctx, target)
			if err != nil {
				return nil, nil, err
			}
			if d != nil {
				r.targets[target] = d.Actor
			}
			r.take(a.ID, target, "actor", RuleSameAs, 1, taken)
			continue
		}
		if !byName(a) {
			continue
		}
		own := ActorKeys(a.Actor)
		var cands []Candidate
		for _, c := range byKey {
			if slices.Contains(own, c.Key) {
				cands = append(cands, c)
			}
		}
		apart, tied, err := countryEvidence(ctx, v, f, a.Actor, cands)
		if err != nil {
			return nil, nil, err
		}
		best, score, rule := bestActors(a.Actor, cands, func(id string) bool { return taken[id] || forbid(a.ID, id) || apart[id] },
			func(id string) bool { return tied[id] })
		if len(best) == 1 {
			for _, c := range cands {
				if c.Actor.ID == best[0] {
					r.targets[best[0]] = c.Actor
				}
			}
		}
		r.decide(a.ID, "actor", best, score, rule, taken)
	}
	f = f.renamed(r.id)
	for _, e := range f.events {
		if target := f.sameAs[e.ID]; target != "" {
			r.take(e.ID, target, "event", RuleSameAs, 1, taken)
			continue
		}
		if s, ok := stored[e.ID]; ok && s.Class == EventNode {
			continue
		}
		found, score, err := sameEvents(ctx, v, f, e, func(id string) bool { return taken[id] || forbid(e.ID, id) })
		if err != nil {
			return nil, nil, err
		}
		best := make([]string, len(found))
		for i, c := range found {
			best[i] = c.ID
		}
		r.decide(e.ID, "event", best, score, RuleSameEvent, taken)
		// The article's place may be the stored event's under another
		// id: the same name and kind.
		if _, done := r.ids[placeOf(e)]; len(found) == 1 && e.Place != nil && !done {
			if c := found[0].Place; c != nil && c.ID != e.Place.ID && !taken[c.ID] && !forbid(e.Place.ID, c.ID) {
				if sameName(f, e.Place.ID, *c) {
					r.take(e.Place.ID, c.ID, "place", RuleSameName, scoreSameName, taken)
				}
			}
		}
	}
	return f.renamed(r.id), r, nil
}

func placeOf(e Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.ID
}

// place is the article's place with the id, nil for none (or a country).
func (f *facts) place(id string) *SourcedPlace {
	for i := range f.places {
		if f.places[i].ID == id {
			return &f.places[i]
		}
	}
	return nil
}

func (r *resolution) take(from, to, kind, rule string, score float64, taken map[string]bool) {
	if from == to {
		return
	}
	r.ids[from] = to
	taken[to] = true
	r.merges = append(r.merges, Merge{Kind: kind, From: from, To: to, Rule: rule, Score: score})
}

// decide merges from into the one best candidate, records an ambiguity
// when several are best, and does nothing when there is none.
func (r *resolution) decide(from, kind string, best []string, score float64, rule string, taken map[string]bool) {
	switch len(best) {
	case 0:
	case 1:
		r.take(from, best[0], kind, rule, score, taken)
	default:
		r.merges = append(r.merges, Merge{Kind: kind, From: from, Rule: RuleAmbiguous, Score: score, Candidates: best})
	}
}

// Scores of the actor rules: how sure a rule is that two names name one
// actor.
const (
	scoreSameName = 1.0
	scoreInitial  = 0.8
	scoreSpelling = 0.7
	scoreSurname  = 0.6
)

// countryTies are the relations that tie a person to a country.
var countryTies = []RelationType{LeaderOf, MemberOf, WorksFor, LocatedIn}

// countryEvidence compares person a's countries with the candidates': apart
// holds those that contradict a by country — the article ties a to
// countries, the store ties the candidate to countries, and none is the
// same (by id or by name): two people who share a name but serve
// different states are two people; tied holds those tied to a country
// the article ties a to.
func countryEvidence(ctx context.Context, v View, f *facts, a Actor, cands []Candidate) (apart, tied map[string]bool, err error) {
	out, tied := map[string]bool{}, map[string]bool{}
	if a.Kind != Person {
		return out, tied, nil
	}
	mine := map[string]bool{}
	for _, r := range f.relations {
		if r.From != a.ID || !slices.Contains(countryTies, r.Type) || f.kinds[r.To].actor != Country {
			continue
		}
		mine[r.To] = true
		for _, c := range f.actors {
			if c.ID == r.To {
				mine[NameKey(c.Name)] = true
			}
		}
	}
	if len(mine) == 0 {
		return out, tied, nil
	}
	for _, c := range cands {
		if _, done := out[c.Actor.ID]; done || c.Actor.Kind != Person {
			continue
		}
		d, err := v.ActorDetail(ctx, c.Actor.ID)
		if err != nil || d == nil {
			return nil, nil, err
		}
		var ends []string
		for _, r := range d.Relations {
			if r.From == c.Actor.ID && slices.Contains(countryTies, r.Type) {
				ends = append(ends, r.To)
			}
		}
		stored, err := v.Stored(ctx, ends, nil)
		if err != nil {
			return nil, nil, err
		}
		theirs, shared := 0, false
		for _, r := range d.Relations {
			if s, ok := stored[r.To]; !ok || r.From != c.Actor.ID || s.ActorKind != Country || !slices.Contains(countryTies, r.Type) {
				continue
			}
			theirs++
			shared = shared || mine[r.To] || mine[NameKey(r.ToName)]
		}
		out[c.Actor.ID] = theirs > 0 && !shared
		tied[c.Actor.ID] = shared
	}
	return out, tied, nil
}

// bestActors scores the candidates for actor a and returns the ids of
// the best ones (sorted), their score and rule; skip leaves an id out.
// A surname spelt otherwise (rule spelling) is evidence enough only for a
// candidate tied to a country the article ties a to: consonants alike
// and first names alike still leave two people apart, who differ by a
// vowel (Ivan Bapaov, Ivan Bepaov).
func bestActors(a Actor, cands []Candidate, skip, tied func(string) bool) ([]string, float64, string) {
	var best []string
	var top float64
	var rule string
	seen := map[string]bool{}
	for _, c := range cands {
		if seen[c.Actor.ID] || c.Actor.Kind != a.Kind || skip(c.Actor.ID) {
			continue
		}
		seen[c.Actor.ID] = true
		s, r := matchActor(a, c.Actor)
		if r == RuleSpelling && !tied(c.Actor.ID) {
			continue
		}
		switch {
		case s == 0 || s < top:
		case s > top:
			best, top, rule = []string{c.Actor.ID}, s, r
		default:
			best = append(best, c.Actor.ID)
		}
	}
	slices.Sort(best)
	return best, top, rule
}

// matchActor says how sure it is that a and b are one actor, 0 for not.
// Names are compared by NameKey. For people, a different first name (or
// one that does not start with the other's initial) contradicts a shared
// surname; a surname alone matches the person who has it. A shared name
// must be a proper name on at least one side: an alias written all in
// lower case ("police", "army") describes, and two actors of other names
// that both answer to it (the Lithuanian and the Belarusian police) are
// not one for that.
func matchActor(a, b Actor) (float64, string) {
	an, bn := actorNames(a), actorNames(b)
	ap, bp := properNames(a), properNames(b)
	for _, x := range an {
		if slices.Contains(bn, x) && (slices.Contains(ap, x) || slices.Contains(bp, x)) && sameAcronyms(a, b, x) {
			if a.Kind == Person && !givenAgree(an, bn) {
				return 0, ""
			}
			// Shared through aliases alone, two bodies' names must not
			// say they are different countries'.
			if (a.Kind == Organization || a.Kind == Group) && x != NameKey(a.Name) && x != NameKey(b.Name) && qualifiersDiffer(a.Name, b.Name) {
				return 0, ""
			}
			// "National Assembly", also "National Assembly of France",
			// is not "National Assembly", also "… of Venezuela".
			if (a.Kind == Organization || a.Kind == Group) && ownersDiffer(a, b) {
				return 0, ""
			}
			return scoreSameName, RuleSameName
		}
	}
	if a.Kind != Person {
		return 0, ""
	}
	ga, gb := given(an), given(bn)
	if !slices.ContainsFunc(an, func(x string) bool {
		return slices.ContainsFunc(bn, func(y string) bool { return surname(x) == surname(y) })
	}) {
		// Spelt otherwise (Wickremesinghe, Wickramasinghe; Jeenbekov,
		// Zheenbekov): the surnames' skeletons agree, and so do the
		// given names, both given.
		if ga != "" && gb != "" && (compatible(ga, gb) || skeleton(ga) != "" && skeleton(ga) == skeleton(gb)) && sameSkeleton(a, b) {
			return scoreSpelling, RuleSpelling
		}
		return 0, ""
	}
	switch {
	case ga == "" || gb == "":
		return scoreSurname, RuleSurname
	case !compatible(ga, gb):
		return 0, ""
	default:
		return scoreInitial, RuleInitial
	}
}

// sameSkeleton reports whether a name of a and a name of b have surnames
// of one Skeleton.
func sameSkeleton(a, b Actor) bool {
	var sa []string
	for _, n := range slices.Concat([]string{a.Name}, a.Aliases) {
		if k := Skeleton(lastName(n)); k != "" {
			sa = append(sa, k)
		}
	}
	for _, n := range slices.Concat([]string{b.Name}, b.Aliases) {
		if k := Skeleton(lastName(n)); k != "" && slices.Contains(sa, k) {
			return true
		}
	}
	return false
}

// isAcronym reports whether a name is an acronym: one word of capitals
// ("PP", "ANC", "OMON").
func isAcronym(n string) bool {
	return n != "" && !strings.ContainsAny(n, " \t") && strings.ToUpper(n) == n && strings.ToLower(n) != n && utf8.RuneCountInString(n) <= 6
}

// sameAcronyms reports whether the names by which a and b share key x
// agree letter for letter where one is an acronym: folding spellings
// makes "PP" and "PPP" one key, but an acronym is spelt, not written.
func sameAcronyms(a, b Actor, x string) bool {
	var as, bs []string
	for _, n := range slices.Concat([]string{a.Name}, a.Aliases) {
		if NameKey(n) == x {
			as = append(as, n)
		}
	}
	for _, n := range slices.Concat([]string{b.Name}, b.Aliases) {
		if NameKey(n) == x {
			bs = append(bs, n)
		}
	}
	for _, m := range as {
		for _, n := range bs {
			if !isAcronym(m) && !isAcronym(n) || m == n {
				return true
			}
		}
	}
	return false
}

// owners are whose an actor's names say it is: what follows "NAME of "
// in one of its names, NAME being another ("National Assembly of
// Venezuela" of "National Assembly": Venezuela).
func owners(a Actor) []string {
	names := slices.Concat([]string{a.Name}, a.Aliases)
	var out []string
	for _, n := range names {
		for _, m := range names {
			if rest, ok := strings.CutPrefix(n, m+" of "); ok && rest != "" {
				out = append(out, rest)
			}
		}
	}
	return out
}

// ownersDiffer reports whether both actors' names say whose they are and
// no owner of one is an owner of the other.
func ownersDiffer(a, b Actor) bool {
	oa, ob := owners(a), owners(b)
	if len(oa) == 0 || len(ob) == 0 {
		return false
	}
	for _, x := range oa {
		for _, y := range ob {
			if !qualifiersDiffer(x, y) {
				return false
			}
		}
	}
	return true
}

// qualifiersDiffer reports whether two bodies' names, other than by
// their shared words, each have a capitalised word the other lacks —
// "Parliament of Kenya" and "Parliament of Sri Lanka", "Chilean army" and
// "Tunisian army": an alias they share ("Parliament", "army") says what
// they are, the rest whose. A word that begins another ("Belarus",
// "Belarusian") is shared. An acronym for a name says nothing either way.
func qualifiersDiffer(a, b string) bool {
	if NameKey(a) == NameKey(b) || isAcronym(a) || isAcronym(b) {
		return false
	}
	capitals := func(n string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
				out = append(out, strings.ToLower(w))
			}
		}
		return out
	}
	aw, bw := capitals(a), capitals(b)
	alike := func(x, y string) bool {
		n := 0
		for n < len(x) && n < len(y) && x[n] == y[n] {
			n++
		}
		return x == y || n >= 4 && (n == len(x) || n == len(y) || n >= len(x)-3 && n >= len(y)-3)
	}
	only := func(xs, ys []string) int {
		k := 0
		for _, x := range xs {
			if !slices.ContainsFunc(ys, func(y string) bool { return alike(x, y) }) {
				k++
			}
		}
		return k
	}
	return only(aw, bw) > 0 && only(bw, aw) > 0
}

// properNames are the name keys of an actor's name and of its aliases
// with a capital letter: what names it rather than describes it. A
// group's name is a description unless a word of it is a name
// ("Belarusian protesters", "Sharif University students"): one word
// ("Protesters", capitalised to open a sentence) or words in lower case
// ("riot police") name no one crowd.
func properNames(a Actor) []string {
	var out []string
	for i, n := range slices.Concat([]string{a.Name}, a.Aliases) {
		switch {
		case a.Kind == Group && !namesGroup(n):
		case i == 0 || strings.ToLower(n) != n:
			out = append(out, NameKey(n))
		}
	}
	return out
}

// namesGroup reports whether a group's name is of several words one of
// which is capitalised ("Belarusian protesters"). ("Angry protesters"
// opening a sentence passes too: capitals alone cannot tell it.)
func namesGroup(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// actorNames are the name keys of an actor's name and aliases.
func actorNames(a Actor) []string {
	var out []string
	for _, n := range slices.Concat([]string{a.Name}, a.Aliases) {
		if k := NameKey(n); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// surname is the last word of a name key, but for a regnal number or a
// generational suffix after it: "Mswati III" is Mswati, not III (whose
// key, folded, is "i").
func surname(key string) string {
	w := strings.Fields(key)
	for len(w) > 1 && (len(w[len(w)-1]) <= 1 || nameSuffixes[w[len(w)-1]]) {
		w = w[:len(w)-1]
	}
	return w[len(w)-1]
}

// nameSuffixes are the keys of words that follow a surname: regnal
// numbers (II and III fold to "i", a word of one letter) and Jr., Sr.
var nameSuffixes = map[string]bool{"iv": true, "vi": true, "vii": true, "viii": true, "ix": true, "jr": true, "sr": true}

// given is a person's first name key: the first word of the longest of
// their names of two words or more; "" when every name is one word.
func given(keys []string) string {
	var g string
	var n int
	for _, k := range keys {
		if w := strings.Fields(k); len(w) >= 2 && len(w) > n {
			g, n = w[0], len(w)
		}
	}
	return g
}

// givenAgree reports whether two people's first names, where both have
// one, are the same or one is the initial of the other.
func givenAgree(a, b []string) bool {
	ga, gb := given(a), given(b)
	return ga == "" || gb == "" || compatible(ga, gb)
}

func compatible(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// An initial ("a" of "A. Lukashenko") stands for any name it starts.
	return len(a) == 1 && strings.HasPrefix(b, a)
}

// candidateLimit bounds the stored events read per group of participants
// when matching an event.
const candidateLimit = 200

// sameEvents finds the stored events e is the same as: the one election
// of its day and place (sameElection), else a compatible type (Visit and
// Meeting are), overlapping dates, a shared named participant (two for a
// meeting or visit) and compatible places (the same, one inside the
// other, or one missing); when that finds none, the one event of its
// type, day and place that the same crowd took part in (sameCrowdEvent).
// It returns the best (most shared participants), as stored, and their
// score: shared participants over all named ones.
func sameEvents(ctx context.Context, v View, f *facts, e Event, skip func(string) bool) ([]Event, float64, error) {
	vote, err := sameElection(ctx, v, e, skip)
	if err != nil {
		return nil, 0, err
	}
	if vote != nil {
		return []Event{*vote}, 1, nil
	}
	named := namedParticipants(f, e)
	// crowd is the answer when named participants find nothing.
	crowd := func() ([]Event, float64, error) {
		c, err := sameCrowdEvent(ctx, v, f, e, named, skip)
		if err != nil || c == nil {
			return nil, 0, err
		}
		return []Event{*c}, 1, nil
	}
	if len(named) == 0 {
		return crowd()
	}
	need := 1
	if e.Type == Meeting || e.Type == Visit {
		need = 2
	}
	if len(named) < need {
		return nil, 0, nil
	}
	from, err1 := NewCalendarDay(e.Date.Start)
	to, err2 := NewCalendarDay(e.Date.End)
	if err1 != nil || err2 != nil {
		return nil, 0, nil
	}
	// Candidates overlap in dates and share the participants a match
	// needs: for a meeting, each pair of its named participants is asked
	// for (events with both are few even for the busiest two); otherwise
	// each named participant. The limit bounds the work all the same.
	var groups [][]string
	if need == 2 {
		for i, a := range named {
			for _, b := range named[i+1:] {
				groups = append(groups, []string{a, b})
			}
		}
	} else {
		for _, a := range named {
			groups = append(groups, []string{a})
		}
	}
	// Any other type than a meeting's or a visit's matches only itself:
	// the store filters by it, so that a busy actor's other events that
	// day are neither read in full nor counted against the limit.
	var typ EventType
	if need == 1 {
		typ = e.Type
	}
	var cands []Event
	seen := map[string]bool{}
	for _, actors := range groups {
		found, err := v.Events(ctx, EventFilter{Actors: actors, Type: typ, From: from, To: to}, candidateLimit)
		if err != nil {
			return nil, 0, err
		}
		for _, c := range found {
			if !seen[c.ID] {
				seen[c.ID] = true
				cands = append(cands, c)
			}
		}
	}
	// The candidates that share enough participants, with their scores;
	// then whether their places agree, asked of the store at once.
	var fit []Event
	var scores []float64
	for _, c := range cands {
		if skip(c.ID) || !compatibleTypes(e.Type, c.Type) {
			continue
		}
		others, err := othersParticipants(c, f.article.ID)
		if err != nil {
			return nil, 0, err
		}
		shared := 0
		all := map[string]bool{}
		for _, p := range named {
			all[p] = true
		}
		for _, p := range others {
			if slices.Contains(named, p.ActorID) {
				shared++
			} else if p.Kind != Group {
				all[p.ActorID] = true
			}
		}
		if shared < need {
			continue
		}
		s := float64(shared) / float64(len(all))
		// The same place is better evidence than one inside the other:
		// the nationwide arrests, not the capital's share of them.
		if e.Place != nil && c.Place != nil && (e.Place.ID == c.Place.ID || sameName(f, e.Place.ID, *c.Place)) {
			s += 0.1
		}
		fit = append(fit, c)
		scores = append(scores, s)
	}
	agree, err := placesAgree(ctx, v, f, e, fit)
	if err != nil {
		return nil, 0, err
	}
	var best []Event
	var top float64
	for i, c := range fit {
		if !agree[c.ID] {
			continue
		}
		switch s := scores[i]; {
		case s < top:
		case s > top:
			best, top = []Event{c}, s
		default:
			best = append(best, c)
		}
	}
	if len(best) == 0 {
		return crowd()
	}
	slices.SortFunc(best, func(a, b Event) int { return strings.Compare(a.ID, b.ID) })
	return best, top, nil
}

// sameElection finds the one stored election held on e's day in e's
// place (or a place inside it), when e is an election of a known day and
// place: a country holds one vote a day, whoever the articles name in it
// (one its winners, another the country that voted). Nil when none, or
// when two stored elections would fit and participants must decide.
func sameElection(ctx context.Context, v View, e Event, skip func(string) bool) (*Event, error) {
	if e.Type != Election || e.Place == nil || e.Date.Precision != Day {
		return nil, nil
	}
	day, err := NewCalendarDay(e.Date.Start)
	if err != nil {
		return nil, nil
	}
	// Elections overlapping the day but dated by month or year come
	// first in the listing: the bound leaves room past them.
	found, err := v.Events(ctx, EventFilter{Type: Election, Place: e.Place.ID, From: day, To: day}, candidateLimit)
	if err != nil {
		return nil, err
	}
	found = slices.DeleteFunc(found, func(c Event) bool {
		return skip(c.ID) || c.Date.Precision != Day || c.Date.Start != e.Date.Start
	})
	if len(found) != 1 {
		return nil, nil
	}
	return &found[0], nil
}

// sameCrowdEvent finds the one stored event of e's type, day and place
// that the same crowd took part in, when e is an event of a known day and
// place with a group among its participants and one of the two names no
// one but crowds: "protesters marched in Minsk on Sunday" in one article
// and "protesters marched in Minsk against Lukashenko on Sunday" in
// another are one march. Two crowd-only events need no more; when either
// names someone (named holds e's named participants), the other must share
// one of its groups. Both places must be given and agree (placesAgree).
// Nil when none, or when two would fit.
func sameCrowdEvent(ctx context.Context, v View, f *facts, e Event, named []string, skip func(string) bool) (*Event, error) {
	var groups []string
	for _, p := range e.Participants {
		if f.kinds[p.ActorID].actor == Group {
			groups = append(groups, p.ActorID)
		}
	}
	if e.Place == nil || e.Date.Precision != Day || len(groups) == 0 {
		return nil, nil
	}
	day, err := NewCalendarDay(e.Date.Start)
	if err != nil {
		return nil, nil
	}
	found, err := v.Events(ctx, EventFilter{Type: e.Type, From: day, To: day}, candidateLimit)
	if err != nil {
		return nil, err
	}
	var fit []Event
	for _, c := range found {
		if skip(c.ID) || c.Date.Precision != Day || c.Date.Start != e.Date.Start || c.Place == nil {
			continue
		}
		namesSomeone := slices.ContainsFunc(c.Participants, func(p Participant) bool { return p.Kind != Group })
		shares := slices.ContainsFunc(c.Participants, func(p Participant) bool { return slices.Contains(groups, p.ActorID) })
		if (namesSomeone && len(named) > 0) || ((namesSomeone || len(named) > 0) && !shares) {
			continue
		}
		// Two places of one kind under other ids and names (two cities)
		// are not one inside the other: the store is asked only about
		// places of other kinds, so that a busy day's crowds in other
		// cities are not read again.
		if pl := f.place(e.Place.ID); pl != nil && pl.Kind == c.Place.Kind && pl.ID != c.Place.ID &&
			!sameName(f, e.Place.ID, *c.Place) && !slices.Contains(f.containers(e.Place.ID), c.Place.ID) {
			continue
		}
		fit = append(fit, c)
	}
	agree, err := placesAgree(ctx, v, f, e, fit)
	if err != nil {
		return nil, err
	}
	var best []Event
	for _, c := range fit {
		if agree[c.ID] {
			best = append(best, c)
		}
	}
	if len(best) != 1 {
		return nil, nil
	}
	return &best[0], nil
}

// othersParticipants are the stored event's participants as the other
// articles state them: what the importing article said of it before does
// not count as agreeing with itself, so that importing it again scores
// its merges as the first time did.
func othersParticipants(c Event, article string) ([]Participant, error) {
	claims, err := decodeClaims(c.ID, c.ClaimData)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(claims, func(cl Claim) bool { return cl.Article == article }) {
		return c.Participants, nil
	}
	stated := map[string]bool{}
	for _, cl := range claims {
		if cl.Article != article {
			for _, p := range cl.Participants {
				stated[p.ActorID] = true
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(c.Participants), func(p Participant) bool { return !stated[p.ActorID] }), nil
}

// namedParticipants are the event's participants other than groups (two
// protests both have "protesters"), sorted.
func namedParticipants(f *facts, e Event) []string {
	var out []string
	for _, p := range e.Participants {
		if f.kinds[p.ActorID].actor != Group {
			out = append(out, p.ActorID)
		}
	}
	slices.Sort(out)
	return out
}

func compatibleTypes(a, b EventType) bool {
	visit := func(t EventType) bool { return t == Meeting || t == Visit }
	return a == b || (visit(a) && visit(b))
}

// placesAgree says which of the stored events cs have a place that agrees
// with the incoming event's: the same, one inside the other, or one
// missing. Whether the stored place is inside the incoming one is the
// store's to say (the place filter follows LOCATED_IN at any depth), in
// one listing for all of cs: a hub's year holds hundreds of candidates;
// whether the incoming place is inside the stored one, the article's own
// relations say.
func placesAgree(ctx context.Context, v View, f *facts, e Event, cs []Event) (map[string]bool, error) {
	agree := map[string]bool{}
	var ask []string
	for _, c := range cs {
		switch {
		case e.Place == nil || c.Place == nil || e.Place.ID == c.Place.ID,
			slices.Contains(f.containers(e.Place.ID), c.Place.ID),
			sameName(f, e.Place.ID, *c.Place):
			agree[c.ID] = true
		default:
			ask = append(ask, c.ID)
		}
	}
	if len(ask) == 0 {
		return agree, nil
	}
	in, err := v.Events(ctx, EventFilter{IDs: ask, Place: e.Place.ID}, 0)
	if err != nil {
		return nil, err
	}
	for _, c := range in {
		agree[c.ID] = true
	}
	return agree, nil
}

// sameName reports whether the article's place has the name and kind of
// a stored one.
func sameName(f *facts, place string, c PlaceRef) bool {
	pl := f.place(place)
	return pl != nil && pl.Kind == c.Kind && NameKey(pl.Name) == NameKey(c.Name)
}

// containers lists the places the article says place is in, at any depth.
func (f *facts) containers(place string) []string {
	var out []string
	next := []string{place}
	for len(next) > 0 {
		p := next[0]
		next = next[1:]
		for _, r := range f.relations {
			if r.From == p && (r.Type == LocatedIn || r.Type == PartOf) && !slices.Contains(out, r.To) && r.To != place {
				out = append(out, r.To)
				next = append(next, r.To)
			}
		}
	}
	return out
}

// renamed returns a copy of f with every actor and event id passed through
// id. The renamed actors take the names of their articles as aliases; the
// plan merges them with what the store holds.
func (f *facts) renamed(id func(string) string) *facts {
	out := *f
	out.kinds = map[string]nodeKind{}
	for k, v := range f.kinds {
		out.kinds[id(k)] = v
	}
	out.actors = slices.Clone(f.actors)
	for i := range out.actors {
		out.actors[i].ID = id(out.actors[i].ID)
	}
	out.places = slices.Clone(f.places)
	for i := range out.places {
		out.places[i].ID = id(out.places[i].ID)
	}
	out.events = slices.Clone(f.events)
	for i := range out.events {
		e := &out.events[i]
		e.ID = id(e.ID)
		if e.Place != nil {
			e.Place = &PlaceRef{ID: id(e.Place.ID)}
		}
		parts := slices.Clone(e.Participants)
		for j := range parts {
			parts[j].ActorID = id(parts[j].ActorID)
		}
		e.Participants = parts
	}
	out.relations = slices.Clone(f.relations)
	for i := range out.relations {
		r := &out.relations[i]
		r.From, r.To = id(r.From), id(r.To)
	}
	return &out
}

// record is what Graph keeps with an article that had ids resolved
// (Plan.MergeData): the decisions, and the facts as the article gave them
// so that a split can resolve them again without the article's files.
type record struct {
	Merges []Merge     `json:"merges"`
	Input  *inputFacts `json:"input,omitempty"`
}

// inputFacts are an article's facts before resolution, its text aside
// (the store keeps that).
type inputFacts struct {
	Actors    []SourcedActor      `json:"actors,omitempty"`
	Places    []SourcedPlace      `json:"places,omitempty"`
	Events    []Event             `json:"events,omitempty"`
	Relations []Relation          `json:"relations,omitempty"`
	SameAs    map[string]string   `json:"sameAs,omitempty"`
	NotSameAs map[string][]string `json:"notSameAs,omitempty"`
}

// mergeData encodes an article's record for the store: "" when nothing
// was resolved.
func mergeData(f *facts, merges []Merge) string {
	if len(merges) == 0 {
		return ""
	}
	b, _ := json.Marshal(record{Merges: merges, Input: &inputFacts{Actors: f.input.Actors, Places: f.input.Places,
		Events: f.input.Events, Relations: f.input.Relations, SameAs: f.input.SameAs, NotSameAs: f.input.NotSameAs}}) // plain data always marshals
	return string(b)
}

func decodeRecord(r ArticleMerges) (record, error) {
	var rec record
	if err := json.Unmarshal([]byte(r.Data), &rec); err != nil {
		return rec, fmt.Errorf("merge record of article %s: %w", r.Article, err)
	}
	return rec, nil
}

// Merges lists every merge decision recorded, by article then the order
// the import made them.
func (g *Graph) Merges(ctx context.Context) ([]Merge, error) {
	out := []Merge{}
	q := MergesQuery{Limit: MaxLimit}
	for {
		p, err := g.MergesPage(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, p.Items...)
		if q.Cursor = p.Next; q.Cursor == "" {
			return out, nil
		}
	}
}

// MergesQuery asks for one page of the merge decisions.
type MergesQuery struct {
	Limit  int
	Cursor string
}

// MergesPage lists the merge decisions a page at a time, in the order of
// Merges. Each article's record holds at least one decision, so limit+1
// records are always enough to fill a page and know whether more follow.
func (g *Graph) MergesPage(ctx context.Context, q MergesQuery) (Page[Merge], error) {
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return Page[Merge]{}, err
	}
	from, skip, err := decodeMergeKey(q.Cursor)
	if err != nil {
		return Page[Merge]{}, err
	}
	var rows []ArticleMerges
	err = g.view(ctx, "merges", func(v View) error {
		rows, err = v.Merges(ctx, from, limit+1)
		return err
	})
	if err != nil {
		return Page[Merge]{}, err
	}
	var items []Merge
	var index []int // each item's position in its article's record
	for _, r := range rows {
		rec, err := decodeRecord(r)
		if err != nil {
			return Page[Merge]{}, err
		}
		for i, m := range rec.Merges {
			if r.Article == from && i < skip {
				continue
			}
			m.Article = r.Article
			items = append(items, m)
			index = append(index, i)
		}
		if len(items) > limit {
			break
		}
	}
	p := Page[Merge]{Items: nonNil(items)}
	if len(items) > limit {
		// The cursor names the first decision not sent.
		p.Items, p.Next = items[:limit], encodeCursor(mergesCursor, items[limit].Article, strconv.Itoa(index[limit]))
	}
	return p, nil
}

// Split undoes the merges of from into to: every article whose import
// took its id from for the stored to is written again, resolved without
// that merge, from the facts it gave (kept with it). The graph must
// carry the override that forbids the pair (WithOverrides), or the same
// rule would merge them again; Split refuses to run without it. It
// returns what rewriting each article did.
func (g *Graph) Split(ctx context.Context, from, to string) ([]ImportResult, error) {
	if !g.overrides.forbids(from, to) {
		return nil, Invalid("split", "the overrides do not keep %s and %s apart; add the pair first", from, to)
	}
	// The records are read a page at a time: only the articles that made
	// this merge are kept.
	var batch []*ArticleFacts
	err := g.view(ctx, "merges", func(v View) error {
		next := ""
		for {
			rows, err := v.Merges(ctx, next, MaxLimit+1)
			if err != nil {
				return err
			}
			if len(rows) > MaxLimit {
				rows, next = rows[:MaxLimit], rows[MaxLimit].Article
			} else {
				next = ""
			}
			for _, r := range rows {
				rec, err := decodeRecord(r)
				if err != nil {
					return err
				}
				if rec.Input == nil || !slices.ContainsFunc(rec.Merges, func(m Merge) bool { return m.From == from && m.To == to }) {
					continue
				}
				a, ok, err := v.Article(ctx, r.Article)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
				in := rec.Input
				batch = append(batch, &ArticleFacts{Article: a, Actors: in.Actors, Places: in.Places, Events: in.Events,
					Relations: in.Relations, SameAs: in.SameAs, NotSameAs: in.NotSameAs})
			}
			if next == "" {
				return nil
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if len(batch) == 0 {
		return nil, &NotFoundError{Kind: "merge", ID: from + " into " + to}
	}
	return g.Import(ctx, batch, nil)
}

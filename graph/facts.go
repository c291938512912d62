package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Now is the clock the checks compare publication days with; tests set it.
var Now = time.Now

// idRE is what an id may look like: letters, digits, dots, dashes and
// underscores. No colon, slash or space, so that an id is safe in a fact
// key, a URL path and a Cypher parameter alike.
var idRE = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._-]{0,199}$`)

// facts is one article's facts, checked and folded the way successive
// statements in one article add up: a repeated id keeps its later
// properties and the union of its aliases, quotes and participants.
type facts struct {
	article   Article
	actors    []SourcedActor
	places    []SourcedPlace
	events    []Event
	relations []Relation
	// kinds says what each declared id is.
	kinds map[string]nodeKind
	// sameAs and notSameAs are the article's ArticleFacts.SameAs and
	// NotSameAs; merges what resolving its ids against the store decided.
	sameAs    map[string]string
	notSameAs map[string][]string
	merges    []Merge
	// input is the article as given, kept with its merge record.
	input *ArticleFacts
}

// nodeKind is what an id names: its class and, for actors, its kind (a
// Country is a place too, so it may not become another kind of actor
// while other articles use it).
type nodeKind struct {
	class NodeClass
	actor ActorKind
}

func kindOfStored(s StoredNode) nodeKind { return nodeKind{s.Class, s.ActorKind} }

func (k nodeKind) String() string {
	switch k.class {
	case ActorNode:
		return string(k.actor) + " actor"
	default:
		return string(k.class)
	}
}

// problems collects the problems of one article.
type problems struct {
	article string
	list    []Problem
}

func (p *problems) add(kind, id, field, format string, args ...any) {
	p.list = append(p.list, Problem{Article: p.article, Fact: FactRef{Kind: kind, ID: id}, Field: field,
		Reason: fmt.Sprintf(format, args...)})
}

// checkFacts checks one article's facts on their own: vocabulary, ids,
// dates, and that everything they refer to is declared among them.
func checkFacts(f *ArticleFacts) (*facts, []Problem) {
	p := &problems{article: f.Article.ID}
	a := f.Article
	if !idRE.MatchString(a.ID) {
		p.add("article", a.ID, "id", "%q is not an id: letters, digits, '.', '-' and '_', at most 200", a.ID)
	}
	published, err := NewCalendarDay(a.Published)
	dated := err == nil
	switch {
	case err != nil:
		p.add("article", a.ID, "published", "%v", err)
	case published.Time().After(Now().AddDate(0, 0, 1)):
		// A day's grace for the time zones ahead of the server's.
		p.add("article", a.ID, "published", "%s is in the future", a.Published)
	}
	if a.Language != "" {
		if _, err := language.Parse(a.Language); err != nil {
			p.add("article", a.ID, "language", "%q is not a BCP 47 language tag such as en or en-GB: %v", a.Language, err)
		}
	}
	if a.URL != "" {
		if u, err := url.Parse(a.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			p.add("article", a.ID, "url", "%q is not an http(s) URL", a.URL)
		}
	}
	switch {
	case a.Method == "":
		// Facts written without saying how are a person's: the importer
		// says Extracted whenever the extractor made them.
		a.Method = Curated
	case !slices.Contains(Methods, a.Method):
		p.add("article", a.ID, "method", "unknown method %q; one of %s", a.Method, joinAny(Methods))
	}
	out := &facts{article: a, kinds: map[string]nodeKind{}, input: f}
	declare := func(kind, id string, k nodeKind) bool {
		if !idRE.MatchString(id) {
			p.add(kind, id, "id", "%q is not an id: letters, digits, '.', '-' and '_', at most 200", id)
			return false
		}
		if prev, ok := out.kinds[id]; ok && prev != k {
			p.add(kind, id, "id", "declared as a %s and as a %s in one article; an id names one node", prev, k)
			return false
		}
		out.kinds[id] = k
		return true
	}

	actorAt := map[string]int{}
	for _, act := range f.Actors {
		if !slices.Contains(ActorKinds, act.Kind) {
			p.add("actor", act.ID, "kind", "unknown actor kind %q; one of %s", act.Kind, joinAny(ActorKinds))
			continue
		}
		if strings.TrimSpace(act.Name) == "" {
			p.add("actor", act.ID, "name", "missing")
		}
		if !declare("actor", act.ID, nodeKind{ActorNode, act.Kind}) {
			continue
		}
		act.Aliases = slices.Clone(act.Aliases)
		act.Sources = slices.Clone(act.Sources)
		if j, dup := actorAt[act.ID]; dup {
			prev := out.actors[j]
			act.Aliases = slices.Concat(prev.Aliases, act.Aliases)
			act.Sources = slices.Concat(prev.Sources, act.Sources)
			out.actors[j] = act
			continue
		}
		actorAt[act.ID] = len(out.actors)
		out.actors = append(out.actors, act)
	}
	placeAt := map[string]int{}
	for _, pl := range f.Places {
		if !slices.Contains(PlaceKinds, pl.Kind) || pl.Kind == CountryKind {
			p.add("place", pl.ID, "kind", "%q is not a place kind; one of city, region, site (a country is an actor of kind Country)", pl.Kind)
			continue
		}
		if !declare("place", pl.ID, nodeKind{class: PlaceNode}) {
			continue
		}
		pl.Sources = slices.Clone(pl.Sources)
		if j, dup := placeAt[pl.ID]; dup {
			pl.Sources = slices.Concat(out.places[j].Sources, pl.Sources)
			out.places[j] = pl
			continue
		}
		placeAt[pl.ID] = len(out.places)
		out.places = append(out.places, pl)
	}
	isPlace := func(id string) bool {
		k, ok := out.kinds[id]
		return ok && (k.class == PlaceNode || k.actor == Country)
	}
	isActor := func(id string) bool { return out.kinds[id].class == ActorNode }

	eventAt := map[string]int{}
	for _, e := range f.Events {
		ok := true
		if !slices.Contains(EventTypes, e.Type) {
			p.add("event", e.ID, "type", "unknown event type %q; one of %s", e.Type, joinAny(EventTypes))
			ok = false
		}
		if err := checkDate(&e.Date); err != nil {
			p.add("event", e.ID, "date", "%v", err)
			ok = false
		}
		if e.CAMEO != "" && !IsCAMEO(e.CAMEO) {
			p.add("event", e.ID, "cameo", "%q is not in the CAMEO codebook (codes are strings such as \"042\", leading zeros included)", e.CAMEO)
			ok = false
		}
		if e.Amount != nil {
			if _, err := currency.ParseISO(e.Amount.Currency); err != nil {
				p.add("event", e.ID, "amount.currency", "%q is not an ISO 4217 currency code such as USD or EUR", e.Amount.Currency)
				ok = false
			}
			if e.Amount.Value <= 0 {
				p.add("event", e.ID, "amount.value", "must be a positive number of whole currency units")
				ok = false
			}
		}
		if e.Count != nil && !slices.Contains(CountQualifiers, e.Count.Qualifier) {
			p.add("event", e.ID, "count.qualifier", "unknown qualifier %q; one of %s", e.Count.Qualifier, joinAny(CountQualifiers))
			ok = false
		}
		if !e.Planned && dated && e.Date.Start > a.Published {
			p.add("event", e.ID, "date", "%s is after the article's publication day %s; mark the event planned if it was announced for later",
				e.Date.Start, a.Published)
			ok = false
		}
		if e.Place != nil && !isPlace(e.Place.ID) {
			p.add("event", e.ID, "place", "%q is not among the article's places and countries", e.Place.ID)
			ok = false
		}
		parts := make([]Participant, 0, len(e.Participants))
		for i, part := range e.Participants {
			field := fmt.Sprintf("participants[%d]", i)
			switch {
			case !isActor(part.ActorID):
				p.add("event", e.ID, field, "%q is not among the article's actors", part.ActorID)
				ok = false
			case !IsValidRole(part.Role):
				p.add("event", e.ID, field, "unknown role %q", part.Role)
				ok = false
			default:
				parts = append(parts, Participant{ActorID: part.ActorID, Role: part.Role})
			}
		}
		if e.Type == Meeting && len(mergeParticipants(nil, e.Participants)) < 2 {
			p.add("event", e.ID, "participants", "a meeting needs at least two participants, this one has %d", len(mergeParticipants(nil, e.Participants)))
			ok = false
		}
		if !ok || !declare("event", e.ID, nodeKind{class: EventNode}) {
			continue
		}
		e.Participants = parts
		e.Sources = slices.Clone(e.Sources)
		// Provenance is derived when the event is read, never stored.
		e.Provenance = ""
		if e.Place != nil {
			e.Place = &PlaceRef{ID: e.Place.ID}
		}
		if j, dup := eventAt[e.ID]; dup {
			prev := out.events[j]
			e.Sources = slices.Concat(prev.Sources, e.Sources)
			e.Participants = mergeParticipants(prev.Participants, e.Participants)
			out.events[j] = e
			continue
		}
		e.Participants = mergeParticipants(nil, e.Participants)
		eventAt[e.ID] = len(out.events)
		out.events = append(out.events, e)
	}

	relAt := map[RelationKey]int{}
	for _, r := range f.Relations {
		id := string(r.Type) + " " + r.From + " " + r.To
		if !slices.Contains(RelationTypes, r.Type) {
			p.add("relation", id, "type", "unknown relation type %q; one of %s", r.Type, joinAny(RelationTypes))
			continue
		}
		ok := true
		for _, d := range []struct {
			field string
			date  *Date
		}{{"since", r.Since}, {"until", r.Until}} {
			if d.date == nil {
				continue
			}
			if err := checkDate(d.date); err != nil {
				p.add("relation", id, d.field, "%v", err)
				ok = false
			}
		}
		for _, end := range [][2]string{{"from", r.From}, {"to", r.To}} {
			if !isActor(end[1]) && !isPlace(end[1]) {
				p.add("relation", id, end[0], "%q is not among the article's actors and places", end[1])
				ok = false
			}
		}
		if r.From == r.To {
			p.add("relation", id, "to", "a relation of %q to itself", r.From)
			ok = false
		}
		if !ok {
			continue
		}
		r.FromName, r.ToName = "", ""
		r.Sources = slices.Clone(r.Sources)
		k := RelationKey{r.Type, r.From, r.To}
		if j, dup := relAt[k]; dup {
			r.Sources = slices.Concat(out.relations[j].Sources, r.Sources)
			out.relations[j] = r
			continue
		}
		relAt[k] = len(out.relations)
		out.relations = append(out.relations, r)
	}

	out.sameAs, out.notSameAs = map[string]string{}, map[string][]string{}
	sameTarget := map[string]string{}
	for _, id := range slices.Sorted(maps.Keys(f.SameAs)) {
		target := f.SameAs[id]
		k, ok := out.kinds[id]
		other, twice := sameTarget[target]
		switch {
		case twice:
			p.add(string(k.class), id, "sameAs", "%s is sameAs %q too; an article's nodes stay apart", other, target)
		case !ok || k.class == PlaceNode:
			p.add("sameAs", id, "sameAs", "%q is not among the article's actors and events", id)
		case !idRE.MatchString(target) || target == id:
			p.add(string(k.class), id, "sameAs", "%q is not the id of another node", target)
		case out.kinds[target].class != "":
			p.add(string(k.class), id, "sameAs", "%q is another node of this article; an article's nodes stay apart", target)
		default:
			out.sameAs[id] = target
			sameTarget[target] = id
		}
	}
	for _, id := range slices.Sorted(maps.Keys(f.NotSameAs)) {
		k, ok := out.kinds[id]
		if !ok || k.class == PlaceNode {
			p.add("notSameAs", id, "notSameAs", "%q is not among the article's actors and events", id)
			continue
		}
		for _, other := range f.NotSameAs[id] {
			if !idRE.MatchString(other) {
				p.add(string(k.class), id, "notSameAs", "%q is not an id", other)
			}
			if other == f.SameAs[id] {
				p.add(string(k.class), id, "notSameAs", "%q is both sameAs and notSameAs", other)
			}
		}
		out.notSameAs[id] = slices.Clone(f.NotSameAs[id])
	}

	if cyc := placeCycle(out.relations); cyc != nil {
		p.add("relation", string(cyc[0].Type)+" "+cyc[0].From+" "+cyc[0].To, "to", "places in a cycle: %s", cycleText(cyc))
	}

	// Two quotes of one fact at the same offsets are one quote.
	for i := range out.actors {
		out.actors[i].Sources = dedupeSources(out.actors[i].Sources)
	}
	for i := range out.places {
		out.places[i].Sources = dedupeSources(out.places[i].Sources)
	}
	for i := range out.events {
		out.events[i].Sources = dedupeSources(out.events[i].Sources)
	}
	for i := range out.relations {
		out.relations[i].Sources = dedupeSources(out.relations[i].Sources)
	}
	return out, p.list
}

// mergeParticipants adds participants to a list: one per actor, the later
// role winning, in first-stated order.
func mergeParticipants(list, more []Participant) []Participant {
	out := slices.Clone(list)
	for _, p := range more {
		if i := slices.IndexFunc(out, func(x Participant) bool { return x.ActorID == p.ActorID }); i >= 0 {
			out[i].Role = p.Role
			continue
		}
		out = append(out, p)
	}
	return out
}

// dedupeSources keeps the first quote at each pair of offsets.
func dedupeSources(srcs []Source) []Source {
	type at struct{ start, end int }
	seen := map[at]bool{}
	out := []Source{}
	for _, s := range srcs {
		k := at{s.Start, s.End}
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// checkDate checks that a date is an interval of real days at a known
// precision.
func checkDate(d *Date) error {
	if !slices.Contains(Precisions, d.Precision) {
		return fmt.Errorf("unknown precision %q; one of %s", d.Precision, joinAny(Precisions))
	}
	start, err1 := NewCalendarDay(d.Start)
	end, err2 := NewCalendarDay(d.End)
	if err1 != nil || err2 != nil || end.Time().Before(start.Time()) {
		return fmt.Errorf("%q..%q is not an interval of days from the years 1 to 9999", d.Start, d.End)
	}
	return nil
}

// statements lists the facts of an article by key.
func (f *facts) statements() Statements {
	var s Statements
	for _, a := range f.actors {
		s.Actors = append(s.Actors, a.ID)
	}
	for _, p := range f.places {
		s.Places = append(s.Places, p.ID)
	}
	for _, e := range f.events {
		s.Events = append(s.Events, e.ID)
		for _, p := range e.Participants {
			s.Parts = append(s.Parts, Part{Event: e.ID, Actor: p.ActorID})
		}
		if e.Place != nil {
			s.Occ = append(s.Occ, Occurrence{Event: e.ID, Place: e.Place.ID})
		}
	}
	for _, r := range f.relations {
		s.Relations = append(s.Relations, RelationKey{r.Type, r.From, r.To})
	}
	return s
}

// fingerprint identifies the facts: two imports of the same facts have
// the same fingerprint, so the second need not write anything.
func (f *facts) fingerprint() string {
	b, _ := json.Marshal(struct {
		Article   Article
		Actors    []SourcedActor
		Places    []SourcedPlace
		Events    []Event
		Relations []Relation
		Merges    []Merge
	}{f.article, f.actors, f.places, f.events, f.relations, f.merges}) // plain data always marshals
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// ids lists every id the article declares, sorted.
func (f *facts) ids() []string {
	ids := make([]string, 0, len(f.kinds))
	for id := range f.kinds {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// kindOfDecl says which annotation section declares a kind of node.
func kindOfDecl(k nodeKind) string {
	return string(k.class)
}

// collisions reports the ids of f that the store holds as another kind of
// node, stated by an article Stored was not told to leave out (those
// being written replace their own earlier statements).
func collisions(f *facts, stored map[string]StoredNode) []Problem {
	p := &problems{article: f.article.ID}
	for _, id := range f.ids() {
		s, ok := stored[id]
		if !ok || s.StatedElsewhere == "" {
			continue
		}
		if want, have := f.kinds[id], kindOfStored(s); want != have {
			p.add(kindOfDecl(want), id, "id", "%q is already a %s, stated by article %s; an id names one kind of node", id, have, s.StatedElsewhere)
		}
	}
	return p.list
}

// maxContainmentDepth bounds the walk up the store's containment
// relations; real hierarchies (district, city, region, country, union)
// are a handful deep.
const maxContainmentDepth = 64

// containmentCycles finds the article's containment relations that close
// a cycle with what the store states (other than the articles in except)
// and with the relations of the batch's earlier articles: Minsk in Belarus
// in one article, Belarus in Minsk in another.
func containmentCycles(ctx context.Context, v View, f *facts, earlier []Relation, except []string) ([]Problem, error) {
	own := containment(f.relations)
	if len(own) == 0 || placeCycle(f.relations) != nil {
		// A cycle within the article alone was reported by its own check.
		return nil, nil
	}
	up := map[string][]string{}
	add := func(r Relation) {
		if !slices.Contains(up[r.From], r.To) {
			up[r.From] = append(up[r.From], r.To)
		}
	}
	seen := map[string]bool{}
	var next []string
	for _, r := range slices.Concat(own, containment(earlier)) {
		add(r)
		if !seen[r.To] {
			seen[r.To] = true
			next = append(next, r.To)
		}
	}
	for depth := 0; len(next) > 0 && depth < maxContainmentDepth; depth++ {
		stored, err := v.Containment(ctx, next, except)
		if err != nil {
			return nil, err
		}
		next = nil
		for _, k := range stored {
			add(Relation{Type: k.Type, From: k.From, To: k.To})
			if !seen[k.To] {
				seen[k.To] = true
				next = append(next, k.To)
			}
		}
	}
	p := &problems{article: f.article.ID}
	for _, r := range own {
		if path := upPath(up, r.To, r.From); path != nil {
			p.add("relation", string(r.Type)+" "+r.From+" "+r.To, "to",
				"places in a cycle with what other articles state: %s in %s", r.From, strings.Join(path, " in "))
			break
		}
	}
	return p.list, nil
}

// containment keeps the LOCATED_IN and PART_OF relations.
func containment(rels []Relation) []Relation {
	var out []Relation
	for _, r := range rels {
		if r.Type == LocatedIn || r.Type == PartOf {
			out = append(out, r)
		}
	}
	return out
}

// upPath returns the nodes from from to to along up, both included, nil
// when to is not above from.
func upPath(up map[string][]string, from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			var path []string
			for ; n != ""; n = prev[n] {
				path = append(path, n)
			}
			slices.Reverse(path)
			return path
		}
		for _, m := range up[n] {
			if _, ok := prev[m]; !ok {
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil
}

// mergeAliases returns the sorted union of two alias lists.
func mergeAliases(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return nonNil(slices.Compact(out))
}

// placeCycle finds relations of containment (LOCATED_IN, PART_OF) that
// lead back to where they started: a place inside itself. It returns the
// relations of one cycle, nil when there is none.
func placeCycle(relations []Relation) []Relation {
	out := map[string][]Relation{}
	for _, r := range relations {
		if r.Type == LocatedIn || r.Type == PartOf {
			out[r.From] = append(out[r.From], r)
		}
	}
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var path []Relation
	var walk func(string) []Relation
	walk = func(n string) []Relation {
		state[n] = open
		for _, r := range out[n] {
			path = append(path, r)
			switch state[r.To] {
			case open:
				for i, q := range path {
					if q.From == r.To {
						return slices.Clone(path[i:])
					}
				}
			case unseen:
				if c := walk(r.To); c != nil {
					return c
				}
			}
			path = path[:len(path)-1]
		}
		state[n] = done
		return nil
	}
	for _, from := range slices.Sorted(maps.Keys(out)) {
		if state[from] == unseen {
			if c := walk(from); c != nil {
				return c
			}
		}
	}
	return nil
}

func cycleText(cyc []Relation) string {
	parts := []string{cyc[0].From}
	for _, r := range cyc {
		parts = append(parts, r.To)
	}
	return strings.Join(parts, " in ")
}

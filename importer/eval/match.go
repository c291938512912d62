package eval

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/graph"
)

// pair is a gold item matched with an extracted one, by index.
type pair struct{ gold, got int }

// candidate is a possible pair and how good it is: greedy matching takes
// the best keys first, compared element by element, larger first.
type candidate struct {
	pair
	key []int
}

// greedy picks pairs one-to-one from cs, best key first, ties broken by
// gold index then extracted index.
func greedy(cs []candidate) []pair {
	slices.SortStableFunc(cs, func(a, b candidate) int {
		if c := slices.Compare(b.key, a.key); c != 0 {
			return c
		}
		if c := cmp.Compare(a.gold, b.gold); c != 0 {
			return c
		}
		return cmp.Compare(a.got, b.got)
	})
	goldUsed, gotUsed := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cs {
		if goldUsed[c.gold] || gotUsed[c.got] {
			continue
		}
		goldUsed[c.gold], gotUsed[c.got] = true, true
		out = append(out, c.pair)
	}
	slices.SortFunc(out, func(a, b pair) int { return cmp.Compare(a.gold, b.gold) })
	return out
}

// normName folds a name with graph.Fold and splits it into words at
// anything that is neither a letter nor a digit.
func normName(s string) string {
	words := strings.FieldsFunc(graph.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(words, " ")
}

// actorNames returns the normalised, distinct, non-empty names of an
// actor: its name and aliases.
func actorNames(a graph.Actor) []string {
	var out []string
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if k := normName(n); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// lastWord returns the last word of a name of several words, "" for a
// one-word name.
func lastWord(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	return name[i+1:]
}

// refersTo reports whether the one-word name w may name an actor with
// these names: it is one of them or the last word of one.
func refersTo(w string, names []string) bool {
	for _, n := range names {
		if n == w || lastWord(n) == w {
			return true
		}
	}
	return false
}

// Actor match strengths.
const (
	surnameMatch = 1
	exactMatch   = 2
)

// matchActors pairs the extracted actors of an article with its gold
// actors, one-to-one: exact name matches first, then unambiguous surname
// matches; among equals, a pair whose main names (Name) are equal first,
// then more shared names.
func matchActors(gold, got []graph.SourcedActor) []pair {
	gn := make([][]string, len(gold))
	for i, a := range gold {
		gn[i] = actorNames(a.Actor)
	}
	xn := make([][]string, len(got))
	for j, a := range got {
		xn[j] = actorNames(a.Actor)
	}
	// unambiguous reports whether the one-word name w may name exactly one
	// gold actor and exactly one extracted actor.
	unambiguous := func(w string) bool {
		count := func(all [][]string) int {
			n := 0
			for _, names := range all {
				if refersTo(w, names) {
					n++
				}
			}
			return n
		}
		return count(gn) == 1 && count(xn) == 1
	}
	// surname reports whether a one-word name of a is the last word of a
	// name of b, unambiguously.
	surname := func(a, b []string) bool {
		for _, w := range a {
			if strings.Contains(w, " ") {
				continue
			}
			for _, n := range b {
				if lastWord(n) == w && unambiguous(w) {
					return true
				}
			}
		}
		return false
	}
	var cs []candidate
	for i := range gold {
		for j := range got {
			shared := 0
			for _, n := range gn[i] {
				if slices.Contains(xn[j], n) {
					shared++
				}
			}
			strength := 0
			switch {
			case shared > 0:
				strength = exactMatch
			case surname(gn[i], xn[j]) || surname(xn[j], gn[i]):
				strength = surnameMatch
			}
			if strength == 0 {
				continue
			}
			main := 0
			if len(gn[i]) > 0 && len(xn[j]) > 0 && gn[i][0] == xn[j][0] {
				main = 1
			}
			cs = append(cs, candidate{pair{i, j}, []int{strength, main, shared}})
		}
	}
	return greedy(cs)
}

// compatible reports whether two event types may describe one event.
func compatible(a, b graph.EventType) bool {
	meet := func(t graph.EventType) bool { return t == graph.Meeting || t == graph.Visit }
	return a == b || meet(a) && meet(b)
}

// end returns the last day of d, its start when End is not given.
func end(d graph.Date) string {
	if d.End == "" {
		return d.Start
	}
	return d.End
}

// dateMatches reports whether the extracted date x matches the gold date
// g at the gold precision: the intervals overlap and, for a gold day, the
// start days are equal. Days are YYYY-MM-DD, so they compare as strings.
func dateMatches(g, x graph.Date) bool {
	if g.Start == "" || x.Start == "" {
		return false
	}
	if x.Start > end(g) || g.Start > end(x) {
		return false
	}
	return g.Precision != graph.Day || x.Start == g.Start
}

// sameDate reports whether x has the start day and precision of g.
func sameDate(g, x graph.Date) bool {
	return g.Start != "" && x.Start == g.Start && x.Precision == g.Precision
}

// sharedParticipants counts the gold participants of g whose actor is
// the paired actor of a participant of x. toGold maps extracted actor ids
// to gold actor ids.
func sharedParticipants(g, x graph.Event, toGold map[string]string) int {
	named := map[string]bool{}
	for _, p := range x.Participants {
		if id, ok := toGold[p.ActorID]; ok {
			named[id] = true
		}
	}
	n := 0
	seen := map[string]bool{}
	for _, p := range g.Participants {
		if named[p.ActorID] && !seen[p.ActorID] {
			seen[p.ActorID] = true
			n++
		}
	}
	return n
}

// matchEvents pairs extracted events with gold events, one-to-one: same
// or compatible type, at least one shared participant and, when byDate,
// a date that matches at the gold precision. Better pairs first: an exact
// date, a date matching at the gold precision, the same type, more shared
// participants.
func matchEvents(gold, got []graph.Event, toGold map[string]string, byDate bool) []pair {
	b := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	var cs []candidate
	for i, g := range gold {
		for j, x := range got {
			if !compatible(g.Type, x.Type) {
				continue
			}
			shared := sharedParticipants(g, x, toGold)
			if shared == 0 {
				continue
			}
			matches := dateMatches(g.Date, x.Date)
			if byDate && !matches {
				continue
			}
			key := []int{b(sameDate(g.Date, x.Date)), b(matches), b(g.Type == x.Type), shared}
			cs = append(cs, candidate{pair{i, j}, key})
		}
	}
	return greedy(cs)
}

// pairParticipants pairs the participants of a matched gold event with
// those of the extracted event whose actors were paired with theirs,
// one-to-one, a participant with the same role first.
func pairParticipants(gold, got []graph.Participant, toGold map[string]string) []pair {
	var cs []candidate
	for i, g := range gold {
		for j, x := range got {
			if id, ok := toGold[x.ActorID]; ok && id == g.ActorID {
				same := 0
				if g.Role == x.Role {
					same = 1
				}
				cs = append(cs, candidate{pair{i, j}, []int{same}})
			}
		}
	}
	return greedy(cs)
}

package graph

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// How an event's merged properties follow from its claims. The result
// depends on the claims alone, never on the order they were imported in:
//
//   - date: the narrowest interval (a day over a week over a month), then
//     a curated claim over an extracted one, then the date most articles
//     give, then the latest article's;
//   - place: the most specific kind (site, city, region, country), then
//     curated, then most articles, then the latest article's;
//   - count and amount: the figure most articles give, then the latest
//     article's (published day, then id);
//   - type: the type most articles give, then curated, then latest; the
//     title, summary and CAMEO code come from the best claim of that type
//     (curated, then latest);
//   - participants: every claim's, each with the role of the best claim
//     (curated, then latest) that names it.

// better orders claims by authority: curated first, then the latest
// article (published day, then id, both descending).
func better(a, b Claim) int {
	return cmp.Or(
		cmp.Compare(methodRank(a.Method), methodRank(b.Method)),
		-cmp.Compare(a.Published, b.Published),
		-cmp.Compare(a.Article, b.Article),
	)
}

func methodRank(m Method) int {
	if m == Extracted {
		return 1
	}
	return 0
}

func latest(a, b Claim) int {
	return cmp.Or(-cmp.Compare(a.Published, b.Published), -cmp.Compare(a.Article, b.Article))
}

// agreeing counts, for each claim, the claims that give the same value.
func agreeing[K comparable](claims []Claim, key func(Claim) (K, bool)) map[string]int {
	n := map[K]int{}
	for _, c := range claims {
		if k, ok := key(c); ok {
			n[k]++
		}
	}
	out := map[string]int{}
	for _, c := range claims {
		if k, ok := key(c); ok {
			out[c.Article] = n[k]
		}
	}
	return out
}

// pick returns the first claim that has the property in the order cmp
// gives, and false when none has it.
func pick(claims []Claim, has func(Claim) bool, order func(a, b Claim) int) (Claim, bool) {
	var with []Claim
	for _, c := range claims {
		if has(c) {
			with = append(with, c)
		}
	}
	if len(with) == 0 {
		return Claim{}, false
	}
	return slices.MinFunc(with, order), true
}

func days(d Date) int {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(e.Sub(s).Hours() / 24)
}

var placeRank = map[PlaceKind]int{Site: 0, City: 1, Region: 2, CountryKind: 3}

func rankOfPlace(k PlaceKind) int {
	if r, ok := placeRank[k]; ok {
		return r
	}
	return len(placeRank)
}

// mergeClaims is the event id as its claims state it together: its
// properties, place (ID only), participants (ids and roles), source count
// and first report. With no claims it returns nil.
func mergeClaims(id string, claims []Claim) *Event {
	if len(claims) == 0 {
		return nil
	}
	e := &Event{ID: id, SourceCount: len(claims)}
	e.FirstReported = slices.MinFunc(claims, func(a, b Claim) int { return cmp.Compare(a.Published, b.Published) }).Published

	byType := agreeing(claims, func(c Claim) (EventType, bool) { return c.Type, true })
	typed, _ := pick(claims, func(Claim) bool { return true }, func(a, b Claim) int {
		return cmp.Or(-cmp.Compare(byType[a.Article], byType[b.Article]), better(a, b))
	})
	e.Type = typed.Type
	best, _ := pick(claims, func(c Claim) bool { return c.Type == e.Type }, better)
	e.Title, e.Summary, e.CAMEO = best.Title, best.Summary, best.CAMEO

	byDate := agreeing(claims, func(c Claim) ([2]string, bool) { return [2]string{c.Date.Start, c.Date.End}, true })
	dated, _ := pick(claims, func(Claim) bool { return true }, func(a, b Claim) int {
		return cmp.Or(cmp.Compare(days(a.Date), days(b.Date)), cmp.Compare(methodRank(a.Method), methodRank(b.Method)),
			-cmp.Compare(byDate[a.Article], byDate[b.Article]), latest(a, b))
	})
	e.Date = dated.Date
	if e.Date.Text == "" {
		// Another article may give the same interval in words.
		if c, ok := pick(claims, func(c Claim) bool {
			return c.Date.Text != "" && c.Date.Start == e.Date.Start && c.Date.End == e.Date.End
		}, better); ok {
			e.Date.Text = c.Date.Text
		}
	}

	byPlace := agreeing(claims, func(c Claim) (string, bool) { return c.Place, c.Place != "" })
	if c, ok := pick(claims, func(c Claim) bool { return c.Place != "" }, func(a, b Claim) int {
		return cmp.Or(cmp.Compare(rankOfPlace(a.PlaceKind), rankOfPlace(b.PlaceKind)), cmp.Compare(methodRank(a.Method), methodRank(b.Method)),
			-cmp.Compare(byPlace[a.Article], byPlace[b.Article]), latest(a, b))
	}); ok {
		e.Place = &PlaceRef{ID: c.Place, Kind: c.PlaceKind}
	}

	byCount := agreeing(claims, func(c Claim) (Count, bool) { return deref(c.Count), c.Count != nil })
	if c, ok := pick(claims, func(c Claim) bool { return c.Count != nil }, func(a, b Claim) int {
		return cmp.Or(-cmp.Compare(byCount[a.Article], byCount[b.Article]), latest(a, b))
	}); ok {
		n := *c.Count
		e.Count = &n
	}
	byAmount := agreeing(claims, func(c Claim) (Amount, bool) { return deref(c.Amount), c.Amount != nil })
	if c, ok := pick(claims, func(c Claim) bool { return c.Amount != nil }, func(a, b Claim) int {
		return cmp.Or(-cmp.Compare(byAmount[a.Article], byAmount[b.Article]), latest(a, b))
	}); ok {
		n := *c.Amount
		e.Amount = &n
	}

	ranked := slices.Clone(claims)
	slices.SortFunc(ranked, better)
	for _, c := range ranked {
		for _, p := range c.Participants {
			if !slices.ContainsFunc(e.Participants, func(q Participant) bool { return q.ActorID == p.ActorID }) {
				e.Participants = append(e.Participants, Participant{ActorID: p.ActorID, Role: p.Role})
			}
		}
	}
	slices.SortFunc(e.Participants, func(a, b Participant) int { return cmp.Compare(a.ActorID, b.ActorID) })
	e.Conflicts = conflicts(claims)
	return e
}

func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// conflicts names the properties an event's claims disagree on: dates
// that do not overlap, two places of the same kind, counts that cannot
// both be true ("more than 700" agrees with 774, 774 does not with 800),
// two amounts.
func conflicts(claims []Claim) []string {
	var out []string
	for i, a := range claims {
		for _, b := range claims[i+1:] {
			if a.Date.End < b.Date.Start || b.Date.End < a.Date.Start {
				out = append(out, "date")
			}
			if a.Place != "" && b.Place != "" && a.Place != b.Place && a.PlaceKind == b.PlaceKind {
				out = append(out, "place")
			}
			if a.Count != nil && b.Count != nil && !countsAgree(*a.Count, *b.Count) {
				out = append(out, "count")
			}
			if a.Amount != nil && b.Amount != nil && *a.Amount != *b.Amount {
				out = append(out, "amount")
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// countsAgree reports whether two counts can both be true: the ranges
// their qualifiers give overlap ("about" allows a tenth either way).
func countsAgree(a, b Count) bool {
	lo1, hi1 := countRange(a)
	lo2, hi2 := countRange(b)
	return lo1 <= hi2 && lo2 <= hi1
}

func countRange(c Count) (lo, hi float64) {
	v := float64(c.Value)
	switch c.Qualifier {
	case AtLeast:
		return v, math.Inf(1)
	case AtMost:
		return 0, v
	case About:
		return v * 0.9, v * 1.1
	default:
		return v, v
	}
}

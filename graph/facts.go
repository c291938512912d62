package graph

import (
	"slices"
)

// Validate checks that an article's facts are self-contained and use the
// model's vocabulary: every participant, event place and relation end is
// declared among the facts themselves. The importer only produces such
// facts; backends call Validate first so that any other caller gets the
// same ErrInvalid from each of them.
func (f *ArticleFacts) Validate() error {
	if f == nil || f.Article.ID == "" {
		return Invalid("article.id", "missing")
	}
	if _, err := ParseDay(f.Article.Published); err != nil {
		return Invalid("article.published", "%q is not a day of the form YYYY-MM-DD", f.Article.Published)
	}
	actors := map[string]bool{}
	places := map[string]bool{}
	for _, a := range f.Actors {
		if a.ID == "" || !slices.Contains(ActorKinds, a.Kind) {
			return Invalid("actors", "actor %q has no id or an unknown kind %q", a.ID, a.Kind)
		}
		actors[a.ID] = true
		if a.Kind == Country {
			places[a.ID] = true
		}
	}
	for _, p := range f.Places {
		if p.ID == "" || !slices.Contains(PlaceKinds, p.Kind) || p.Kind == CountryKind {
			return Invalid("places", "place %q has no id or a kind other than city, region or site", p.ID)
		}
		places[p.ID] = true
	}
	for _, e := range f.Events {
		if e.ID == "" || !slices.Contains(EventTypes, e.Type) || !slices.Contains(Precisions, e.Date.Precision) {
			return Invalid("events", "event %q has no id, an unknown type %q or precision %q", e.ID, e.Type, e.Date.Precision)
		}
		if err := checkDate("events", e.ID, &e.Date); err != nil {
			return err
		}
		if e.Place != nil && !places[e.Place.ID] {
			return Invalid("events", "event %q: place %q is not among the article's places", e.ID, e.Place.ID)
		}
		for _, p := range e.Participants {
			if !actors[p.ActorID] || !IsValidRole(p.Role) {
				return Invalid("events", "event %q: participant %q is not among the article's actors or has an unknown role %q",
					e.ID, p.ActorID, p.Role)
			}
		}
	}
	for _, r := range f.Relations {
		if !slices.Contains(RelationTypes, r.Type) {
			return Invalid("relations", "unknown relation type %q", r.Type)
		}
		for _, d := range []*Date{r.Since, r.Until} {
			if err := checkDate("relations", string(r.Type)+" "+r.From+"→"+r.To, d); err != nil {
				return err
			}
		}
		for _, end := range []string{r.From, r.To} {
			if !actors[end] && !places[end] {
				return Invalid("relations", "%s %s→%s: %q is not among the article's actors and places", r.Type, r.From, r.To, end)
			}
		}
	}
	return nil
}

// checkDate checks that a date, if any, is an interval of valid days.
func checkDate(field, what string, d *Date) error {
	if d == nil {
		return nil
	}
	start, err1 := ParseDay(d.Start)
	end, err2 := ParseDay(d.End)
	if err1 != nil || err2 != nil || end.Before(start) {
		return Invalid(field, "%s: date %q..%q is not an interval of YYYY-MM-DD days", what, d.Start, d.End)
	}
	return nil
}

// MergeAliases returns the sorted union of two alias lists: what a store
// keeps when several articles name one actor.
func MergeAliases(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

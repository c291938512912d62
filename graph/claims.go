package graph

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"

	gojson "github.com/goccy/go-json"
)

// Claim is what one article says about one event: its own version of the
// event's properties. The event node holds the merged version; the claims
// keep every outlet's figures side by side with who says which.
type Claim struct {
	Article   string    `json:"article"`
	Published string    `json:"published"`
	Method    Method    `json:"method"`
	Type      EventType `json:"type"`
	Title     string    `json:"title"`
	Summary   string    `json:"summary,omitempty"`
	Date      Date      `json:"date"`
	CAMEO     string    `json:"cameo,omitempty"`
	Place     string    `json:"place,omitempty"`
	PlaceKind PlaceKind `json:"placeKind,omitempty"`
	Amount    *Amount   `json:"amount,omitempty"`
	Count     *Count    `json:"count,omitempty"`
	Planned   bool      `json:"planned,omitempty"`
	// Participants are the actors the article names in the event with
	// their roles.
	Participants []ClaimedPart `json:"participants"`
	// Quote is the article's first quote of the event, set when Graph
	// answers; it is not stored.
	Quote *Source `json:"quote,omitempty"`
}

// ClaimedPart is an actor's part in an event as one article states it.
type ClaimedPart struct {
	ActorID string `json:"id"`
	Role    string `json:"role"`
}

// ClaimData encodes what article a says about event e, as a backend
// stores it (ClaimRow.Data). Backends that migrate events written before
// claims existed use it too.
func ClaimData(e Event, a Article) string {
	c := Claim{
		Article: a.ID, Published: a.Published, Method: a.Method, Type: e.Type, Title: e.Title,
		Summary: e.Summary, Date: e.Date, CAMEO: e.CAMEO, Amount: e.Amount, Count: e.Count, Planned: e.Planned,
	}
	if c.Method == "" {
		c.Method = Curated
	}
	if e.Place != nil {
		c.Place, c.PlaceKind = e.Place.ID, e.Place.Kind
	}
	c.Participants = make([]ClaimedPart, 0, len(e.Participants))
	for _, p := range e.Participants {
		c.Participants = append(c.Participants, ClaimedPart{ActorID: p.ActorID, Role: p.Role})
	}
	// In id order, so that a claim reads the same however it was written.
	slices.SortFunc(c.Participants, func(a, b ClaimedPart) int {
		return cmp.Or(cmp.Compare(a.ActorID, b.ActorID), cmp.Compare(a.Role, b.Role))
	})
	b, _ := json.Marshal(c) // plain data always marshals
	return string(b)
}

// decodeClaims decodes stored claim rows.
func decodeClaims(event string, data []string) ([]Claim, error) {
	out := make([]Claim, 0, len(data))
	for _, d := range data {
		var c Claim
		// goccy/go-json decodes what encoding/json wrote, six times as
		// fast: a timeline page decodes every claim of its events, which
		// was 15 % of its CPU at 100k events.
		if err := gojson.Unmarshal([]byte(d), &c); err != nil {
			return nil, fmt.Errorf("event %s: stored claim: %w", event, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// AsOf returns the graph as reported on day (YYYY-MM-DD): reads of events
// (timeline, meetings, met, one event) keep only the claims, quotes and
// participants of articles published on or before it, and events no such
// article reports are absent. Publication dates are the graph's
// knowledge time; event dates its valid time. An empty day is today's
// graph.
func (g *Graph) AsOf(day string) (*Graph, error) {
	c := *g
	if day == "" {
		c.asOf = CalendarDay{}
		return &c, nil
	}
	d, err := NewCalendarDay(day)
	if err != nil {
		return nil, Invalid("asOf", "%v", err)
	}
	c.asOf = d
	return &c, nil
}

// finish decodes the claims of events read from the store and, as of a
// day, keeps what articles published by then said: an event is left out
// when none of them reports it, or when none names one of actors (the
// actors the query asked for). It returns the events left, in the order
// given.
func (g *Graph) finish(events []Event, actors []string) ([]Event, error) {
	out := events[:0]
	for _, e := range events {
		claims, err := decodeClaims(e.ID, e.ClaimData)
		if err != nil {
			return nil, err
		}
		e.ClaimData = nil
		if !g.asOf.IsZero() {
			asOf := g.asOf.String()
			claims = slices.DeleteFunc(claims, func(c Claim) bool { return c.Published > asOf })
			if len(claims) == 0 {
				continue
			}
			e = asReported(e, claims)
			if slices.ContainsFunc(actors, func(a string) bool {
				return !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.ActorID == a })
			}) {
				continue
			}
		}
		e.Planned = len(claims) > 0 && !slices.ContainsFunc(claims, func(c Claim) bool { return !c.Planned })
		for i := range claims {
			claims[i].Quote = firstQuote(e.Sources, claims[i].Article)
		}
		// One article's claim is the event itself: claims are listed
		// where there is something to compare.
		if len(claims) > 1 {
			e.Claims = claims
			e.Conflicts = conflicts(claims)
		}
		out = append(out, e)
	}
	return out, nil
}

// asReported is event e as the claims say, those being a subset of its
// claims: merged properties, quotes and participants of their articles.
func asReported(e Event, claims []Claim) Event {
	m := mergeClaims(e.ID, claims)
	names := map[string]Participant{}
	for _, p := range e.Participants {
		names[p.ActorID] = p
	}
	articles := map[string]bool{}
	for _, c := range claims {
		articles[c.Article] = true
	}
	r := e
	r.Type, r.Title, r.Summary, r.Date, r.CAMEO = m.Type, m.Title, m.Summary, m.Date, m.CAMEO
	r.Amount, r.Count, r.SourceCount, r.FirstReported = m.Amount, m.Count, m.SourceCount, m.FirstReported
	if m.Place == nil {
		r.Place = nil
	} else if e.Place == nil || e.Place.ID != m.Place.ID {
		// The store names the current place only; an earlier one is
		// given by its id.
		r.Place = &PlaceRef{ID: m.Place.ID, Name: m.Place.ID, Kind: m.Place.Kind}
	}
	r.Participants = nil
	for _, p := range m.Participants {
		q := names[p.ActorID]
		q.ActorID, q.Role = p.ActorID, p.Role
		r.Participants = append(r.Participants, q)
	}
	r.Sources = slices.DeleteFunc(slices.Clone(e.Sources), func(s Source) bool { return !articles[s.ArticleID] })
	return r
}

// firstQuote is the article's first quote among sources, nil for none.
func firstQuote(sources []Source, article string) *Source {
	var best *Source
	for i, s := range sources {
		if s.ArticleID == article && (best == nil || s.Start < best.Start) {
			best = &sources[i]
		}
	}
	if best == nil {
		return nil
	}
	q := *best
	return &q
}

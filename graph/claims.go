package graph

import (
	"encoding/json"
	"fmt"
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
	Amount    *Amount   `json:"amount,omitempty"`
	Count     *Count    `json:"count,omitempty"`
	// Participants are the actors the article names in the event with
	// their roles (ids and roles only).
	Participants []Participant `json:"participants"`
	// Quote is the article's first quote of the event, set when Graph
	// answers; it is not stored.
	Quote *Source `json:"quote,omitempty"`
}

// ClaimData encodes what article a says about event e, as a backend
// stores it (ClaimRow.Data). Backends that migrate events written before
// claims existed use it too.
func ClaimData(e Event, a Article) string {
	c := Claim{
		Article: a.ID, Published: a.Published, Method: a.Method, Type: e.Type, Title: e.Title,
		Summary: e.Summary, Date: e.Date, CAMEO: e.CAMEO, Amount: e.Amount, Count: e.Count,
	}
	if c.Method == "" {
		c.Method = Curated
	}
	if e.Place != nil {
		c.Place = e.Place.ID
	}
	c.Participants = make([]Participant, 0, len(e.Participants))
	for _, p := range e.Participants {
		c.Participants = append(c.Participants, Participant{ActorID: p.ActorID, Role: p.Role})
	}
	b, _ := json.Marshal(c) // plain data always marshals
	return string(b)
}

// decodeClaims decodes stored claim rows.
func decodeClaims(event string, data []string) ([]Claim, error) {
	out := make([]Claim, 0, len(data))
	for _, d := range data {
		var c Claim
		if err := json.Unmarshal([]byte(d), &c); err != nil {
			return nil, fmt.Errorf("event %s: stored claim: %w", event, err)
		}
		out = append(out, c)
	}
	return out, nil
}

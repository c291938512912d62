package graph

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// InvalidError is an ErrInvalid that names the offending field or
// parameter.
type InvalidError struct {
	Field  string
	Reason string
}

func (e *InvalidError) Error() string { return e.Field + ": " + e.Reason }

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *InvalidError) Unwrap() error { return ErrInvalid }

// Invalid returns an ErrInvalid naming field.
func Invalid(field, format string, args ...any) error {
	return &InvalidError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// EncodeCursor turns the sort key of the last item of a page into an opaque
// cursor.
func EncodeCursor(keys ...string) string {
	b, _ := json.Marshal(keys) // a []string always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reverses EncodeCursor, checking that the cursor holds n keys.
// An empty cursor gives nil keys and no error.
func DecodeCursor(cursor string, n int) ([]string, error) {
	if cursor == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	var keys []string
	if err == nil {
		err = json.Unmarshal(b, &keys)
	}
	if err != nil || len(keys) != n {
		return nil, Invalid("cursor", "not a cursor this listing issued")
	}
	return keys, nil
}

// CheckLimit validates a page size, filling in the default for zero.
func CheckLimit(limit int) (int, error) {
	if limit == 0 {
		return DefaultLimit, nil
	}
	if limit < 1 || limit > MaxLimit {
		return 0, Invalid("limit", "must be between 1 and %d", MaxLimit)
	}
	return limit, nil
}

// dayLayout is the layout of calendar days throughout the model.
const dayLayout = "2006-01-02"

// ParseDay parses a YYYY-MM-DD calendar day.
func ParseDay(s string) (time.Time, error) { return time.Parse(dayLayout, s) }

// FormatDay formats t as a YYYY-MM-DD calendar day.
func FormatDay(t time.Time) string { return t.Format(dayLayout) }

// DateBound parses a query bound given as YYYY, YYYY-MM or YYYY-MM-DD and
// returns the first day (upper false) or last day (upper true) it covers.
func DateBound(s string, upper bool) (string, error) {
	var start time.Time
	var err error
	var span func(time.Time) time.Time
	switch len(s) {
	case 4:
		start, err = time.Parse("2006", s)
		span = func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }
	case 7:
		start, err = time.Parse("2006-01", s)
		span = func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }
	case 10:
		start, err = time.Parse(dayLayout, s)
		span = func(t time.Time) time.Time { return t }
	default:
		err = fmt.Errorf("bad length")
	}
	if err != nil {
		return "", fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if upper {
		start = span(start)
	}
	return FormatDay(start), nil
}

// CheckTimeline validates a timeline query and fills in defaults. From and
// To may come in any form DateBound accepts; they leave as days.
func CheckTimeline(q TimelineQuery) (TimelineQuery, error) {
	var err error
	if q.Limit, err = CheckLimit(q.Limit); err != nil {
		return q, err
	}
	if q.Type != "" && !slices.Contains(EventTypes, q.Type) {
		return q, Invalid("type", "unknown event type %q; one of %s", q.Type, joinAny(EventTypes))
	}
	if q.From, q.To, err = checkRange(q.From, q.To); err != nil {
		return q, err
	}
	if _, err = DecodeCursor(q.Cursor, 2); err != nil {
		return q, err
	}
	return q, nil
}

// CheckMeetings validates a meeting query.
func CheckMeetings(q MeetingQuery) (MeetingQuery, error) {
	var err error
	q.From, q.To, err = checkRange(q.From, q.To)
	return q, err
}

// CheckActors validates an actor query and fills in defaults.
func CheckActors(q ActorQuery) (ActorQuery, error) {
	var err error
	if q.Limit, err = CheckLimit(q.Limit); err != nil {
		return q, err
	}
	if q.Kind != "" && !slices.Contains(ActorKinds, q.Kind) {
		return q, Invalid("kind", "unknown actor kind %q; one of %s", q.Kind, joinAny(ActorKinds))
	}
	if _, err = DecodeCursor(q.Cursor, 2); err != nil {
		return q, err
	}
	return q, nil
}

// CheckArticles validates an article query and fills in defaults.
func CheckArticles(q ArticleQuery) (ArticleQuery, error) {
	var err error
	if q.Limit, err = CheckLimit(q.Limit); err != nil {
		return q, err
	}
	_, err = DecodeCursor(q.Cursor, 2)
	return q, err
}

// CheckHops validates maxHops, filling in the default for zero.
func CheckHops(maxHops int) (int, error) {
	if maxHops == 0 {
		return DefaultMaxHops, nil
	}
	if maxHops < 1 || maxHops > MaxHopsLimit {
		return 0, Invalid("maxHops", "must be between 1 and %d", MaxHopsLimit)
	}
	return maxHops, nil
}

// CheckDepth validates a network depth, filling in 1 for zero.
func CheckDepth(depth int) (int, error) {
	if depth == 0 {
		return 1, nil
	}
	if depth < 1 || depth > MaxDepth {
		return 0, Invalid("depth", "must be between 1 and %d", MaxDepth)
	}
	return depth, nil
}

func checkRange(from, to string) (string, string, error) {
	var err error
	if from != "" {
		if from, err = DateBound(from, false); err != nil {
			return "", "", Invalid("from", "%v", err)
		}
	}
	if to != "" {
		if to, err = DateBound(to, true); err != nil {
			return "", "", Invalid("to", "%v", err)
		}
	}
	if from != "" && to != "" && from > to {
		return "", "", Invalid("from", "must not be after to")
	}
	return from, to, nil
}

func joinAny[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// Normalize puts an event's lists in their canonical order so that every
// backend returns them alike: participants by actor id then role, sources by
// article then offset.
func (e *Event) Normalize() {
	slices.SortFunc(e.Participants, func(a, b Participant) int {
		return cmp.Or(cmp.Compare(a.ActorID, b.ActorID), cmp.Compare(a.Role, b.Role))
	})
	SortSources(e.Sources)
	if e.Participants == nil {
		e.Participants = []Participant{}
	}
}

// SortSources orders sources by article, then offsets, then quote.
func SortSources(s []Source) {
	slices.SortFunc(s, func(a, b Source) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), cmp.Compare(a.Quote, b.Quote))
	})
}

// SortRelations orders relations by type, from, to.
func SortRelations(r []Relation) {
	slices.SortFunc(r, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
}

// SortEdges orders edges by from, type, to, role.
func SortEdges(e []Edge) {
	slices.SortFunc(e, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.To, b.To), cmp.Compare(a.Role, b.Role))
	})
}

// SortPaths orders paths by their node ids, then edge types, and keeps at
// most MaxPaths.
func SortPaths(p []Path) []Path {
	key := func(x Path) string {
		var b strings.Builder
		for i, n := range x.Nodes {
			b.WriteString(n.ID)
			b.WriteByte(0)
			if i < len(x.Edges) {
				b.WriteString(x.Edges[i].Type)
				b.WriteByte(0)
			}
		}
		return b.String()
	}
	slices.SortFunc(p, func(a, b Path) int { return cmp.Compare(key(a), key(b)) })
	if len(p) > MaxPaths {
		p = p[:MaxPaths]
	}
	return p
}

// Counterparts groups meetings (in date order) by the other actors who
// took part: most meetings first, then by actor id.
func Counterparts(actorID string, meetings []Event) []Counterpart {
	byID := map[string]*Counterpart{}
	var order []*Counterpart
	for _, m := range meetings {
		for _, p := range m.Participants {
			if p.ActorID == actorID {
				continue
			}
			c, ok := byID[p.ActorID]
			if !ok {
				c = &Counterpart{Actor: ActorRef{ID: p.ActorID, Name: p.Name, Kind: p.Kind}}
				byID[p.ActorID] = c
				order = append(order, c)
			}
			c.Meetings = append(c.Meetings, MeetingRef{EventID: m.ID, Title: m.Title, Date: m.Date, Place: m.Place})
		}
	}
	out := make([]Counterpart, 0, len(order))
	for _, c := range order {
		out = append(out, *c)
	}
	slices.SortStableFunc(out, func(a, b Counterpart) int {
		return cmp.Or(cmp.Compare(len(b.Meetings), len(a.Meetings)), cmp.Compare(a.Actor.ID, b.Actor.ID))
	})
	return out
}

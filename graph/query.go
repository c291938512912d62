package graph

import (
	"encoding/base64"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Limits of every query.
const (
	DefaultLimit   = 50
	MaxLimit       = 500
	DefaultMaxHops = 4
	MaxHopsLimit   = 6
	MaxDepth       = 3
	// MaxPaths caps how many shortest paths one query returns.
	MaxPaths = 25
	// NodeBudget caps how many nodes one traversal (paths, network) may
	// visit before it stops and says it was cut short.
	NodeBudget = 5000
)

// Page is one page of a listing. Next is the cursor of the following page,
// empty on the last one.
type Page[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next"`
}

// ActorQuery filters the actor listing. It holds what a client sent;
// Graph checks it.
type ActorQuery struct {
	// Q matches a substring of the name or an alias, ignoring case and
	// accents.
	Q      string
	Kind   string
	Limit  int
	Cursor string
}

// TimelineQuery filters the timeline. From and To are YYYY, YYYY-MM or
// YYYY-MM-DD; an event is included when its date interval overlaps them.
type TimelineQuery struct {
	Actor string
	Type  string
	// Place matches events in that place or in a place located in it.
	Place string
	From  string
	To    string
	// MinSources keeps events at least that many articles report.
	MinSources int
	Limit      int
	Cursor     string
}

// MetQuery pages through the actors someone met, most meetings first.
type MetQuery struct {
	Actor  string
	Limit  int
	Cursor string
}

// MeetingsPerCounterpart is how many meetings a page of who-met-whom
// lists with each counterpart (the first, in date order); the
// counterpart's MeetingCount says how many there are, and the meetings
// listing (MeetingQuery with Actor and With) gives them all.
const MeetingsPerCounterpart = 5

// MeetingQuery filters meetings: Actor and With must both have taken part.
type MeetingQuery struct {
	Actor string
	With  string
	From  string
	To    string
}

// ArticleQuery pages through articles, newest first.
type ArticleQuery struct {
	Limit  int
	Cursor string
}

// Cursors are opaque to clients: base64url of a JSON array whose first
// element names the listing that issued it. A cursor of another listing,
// or one whose keys do not parse, is refused the same way on every
// backend.
const (
	timelineCursor = "timeline"
	metCursor      = "met"
	actorsCursor   = "actors"
	articlesCursor = "articles"
	mergesCursor   = "merges"
)

func encodeCursor(listing string, keys ...string) string {
	b, _ := json.Marshal(append([]string{listing}, keys...)) // a []string always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

var errCursor = Invalid("cursor", "not a cursor this listing issued")

// decodeCursor returns the two keys of a cursor of listing; nil for an
// empty cursor.
func decodeCursor(cursor, listing string) ([]string, error) {
	if cursor == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	var keys []string
	if err == nil {
		err = json.Unmarshal(b, &keys)
	}
	if err != nil || len(keys) != 3 || keys[0] != listing || keys[2] == "" {
		return nil, errCursor
	}
	return keys[1:], nil
}

func decodeEventKey(cursor string) (*EventKey, error) {
	keys, err := decodeCursor(cursor, timelineCursor)
	if keys == nil || err != nil {
		return nil, err
	}
	d, err := NewCalendarDay(keys[0])
	if err != nil {
		return nil, errCursor
	}
	return &EventKey{Start: d, ID: keys[1]}, nil
}

func actorCursor(a Actor) string { return encodeCursor(actorsCursor, Fold(a.Name), a.ID) }

func decodeActorKey(cursor string) (*ActorKey, error) {
	keys, err := decodeCursor(cursor, actorsCursor)
	if keys == nil || err != nil {
		return nil, err
	}
	return &ActorKey{SortName: keys[0], ID: keys[1]}, nil
}

func articleCursor(a Article) string { return encodeCursor(articlesCursor, a.Published, a.ID) }

func decodeArticleKey(cursor string) (*ArticleKey, error) {
	keys, err := decodeCursor(cursor, articlesCursor)
	if keys == nil || err != nil {
		return nil, err
	}
	d, err := NewCalendarDay(keys[0])
	if err != nil {
		return nil, errCursor
	}
	return &ArticleKey{Published: d, ID: keys[1]}, nil
}

// decodeMergeKey returns the article a merges cursor resumes at and how
// many of its decisions were sent already.
func decodeMergeKey(cursor string) (string, int, error) {
	keys, err := decodeCursor(cursor, mergesCursor)
	if keys == nil || err != nil {
		return "", 0, err
	}
	n, err := strconv.Atoi(keys[1])
	if err != nil || n < 0 || keys[0] == "" {
		return "", 0, errCursor
	}
	return keys[0], n, nil
}

// checkLimit validates a page size, filling in the default for zero.
func checkLimit(limit int) (int, error) {
	if limit == 0 {
		return DefaultLimit, nil
	}
	if limit < 1 || limit > MaxLimit {
		return 0, Invalid("limit", "must be between 1 and %d", MaxLimit)
	}
	return limit, nil
}

// checkHops validates maxHops, filling in the default for zero.
func checkHops(maxHops int) (int, error) {
	if maxHops == 0 {
		return DefaultMaxHops, nil
	}
	if maxHops < 1 || maxHops > MaxHopsLimit {
		return 0, Invalid("maxHops", "must be between 1 and %d", MaxHopsLimit)
	}
	return maxHops, nil
}

// checkDepth validates a network depth, filling in 1 for zero.
func checkDepth(depth int) (int, error) {
	if depth == 0 {
		return 1, nil
	}
	if depth < 1 || depth > MaxDepth {
		return 0, Invalid("depth", "must be between 1 and %d", MaxDepth)
	}
	return depth, nil
}

func checkRange(from, to string) (CalendarDay, CalendarDay, error) {
	var f, t CalendarDay
	var err error
	if from != "" {
		if f, err = dayBound(from, false); err != nil {
			return f, t, Invalid("from", "%v", err)
		}
	}
	if to != "" {
		if t, err = dayBound(to, true); err != nil {
			return f, t, Invalid("to", "%v", err)
		}
	}
	if !f.IsZero() && !t.IsZero() && f.Time().After(t.Time()) {
		return f, t, Invalid("from", "must not be after to")
	}
	return f, t, nil
}

func checkVocab[T ~string](param, what string, v string, vocab []T) (T, error) {
	if v != "" && !slices.Contains(vocab, T(v)) {
		return "", Invalid(param, "unknown %s %q; one of %s", what, v, joinAny(vocab))
	}
	return T(v), nil
}

func joinAny[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// timelineFilter checks a timeline query once, into the filter a backend
// runs.
func timelineFilter(q TimelineQuery) (EventFilter, int, error) {
	var f EventFilter
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return f, 0, err
	}
	if f.Type, err = checkVocab("type", "event type", q.Type, EventTypes); err != nil {
		return f, 0, err
	}
	if f.From, f.To, err = checkRange(q.From, q.To); err != nil {
		return f, 0, err
	}
	if f.After, err = decodeEventKey(q.Cursor); err != nil {
		return f, 0, err
	}
	if q.Actor != "" {
		f.Actors = []string{q.Actor}
	}
	f.Place = q.Place
	if q.MinSources < 0 || q.MinSources > MaxLimit {
		return f, 0, Invalid("minSources", "must be between 0 and %d", MaxLimit)
	}
	f.MinSources = q.MinSources
	return f, limit, nil
}

// actorFilter checks an actor query once.
func actorFilter(q ActorQuery) (ActorFilter, int, error) {
	var f ActorFilter
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return f, 0, err
	}
	if f.Kind, err = checkVocab("kind", "actor kind", q.Kind, ActorKinds); err != nil {
		return f, 0, err
	}
	if f.After, err = decodeActorKey(q.Cursor); err != nil {
		return f, 0, err
	}
	f.Search = Fold(strings.TrimSpace(q.Q))
	return f, limit, nil
}

func metCursorOf(c Counterpart) string {
	return encodeCursor(metCursor, strconv.Itoa(c.MeetingCount), c.Actor.ID)
}

func decodeCounterpartKey(cursor string) (*CounterpartKey, error) {
	keys, err := decodeCursor(cursor, metCursor)
	if keys == nil || err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(keys[0])
	if err != nil || n < 1 {
		return nil, errCursor
	}
	return &CounterpartKey{Meetings: n, ID: keys[1]}, nil
}

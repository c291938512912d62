package graph

import (
	"context"
	"errors"
)

// Sentinel errors. Backends wrap them with context; the API maps each to one
// HTTP status.
var (
	// ErrNotFound means the requested actor, event or article does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means a query or a fact failed validation.
	ErrInvalid = errors.New("invalid")
	// ErrUnavailable means the store could not be reached.
	ErrUnavailable = errors.New("store unavailable")
)

// Limits shared by every backend and the API.
const (
	DefaultLimit   = 50
	MaxLimit       = 500
	DefaultMaxHops = 4
	MaxHopsLimit   = 6
	MaxDepth       = 3
	// MaxPaths caps how many shortest paths one query returns.
	MaxPaths = 25
)

// Page is one page of a listing. Next is the cursor of the following page,
// empty on the last one.
type Page[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next"`
}

// ActorQuery filters the actor listing.
type ActorQuery struct {
	// Q matches a substring of the name or an alias, ignoring case and
	// accents.
	Q      string
	Kind   ActorKind
	Limit  int
	Cursor string
}

// TimelineQuery filters the timeline. From and To are inclusive calendar
// days (YYYY-MM-DD); an event is included when its date interval overlaps
// them.
type TimelineQuery struct {
	Actor string
	Type  EventType
	// Place matches events in that place or in a place located in it.
	Place  string
	From   string
	To     string
	Limit  int
	Cursor string
}

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

// ActorDetail is an actor with what the graph knows about it.
type ActorDetail struct {
	Actor
	// Relations are the stated relations in either direction, ordered by
	// type, from, to.
	Relations  []Relation `json:"relations"`
	EventCount int        `json:"eventCount"`
	Sources    []Source   `json:"sources"`
}

// ActorRef names an actor.
type ActorRef struct {
	ID   string    `json:"id"`
	Name string    `json:"name"`
	Kind ActorKind `json:"kind"`
}

// MeetingRef is one meeting seen from one participant.
type MeetingRef struct {
	EventID string    `json:"event"`
	Title   string    `json:"title"`
	Date    Date      `json:"date"`
	Place   *PlaceRef `json:"place"`
}

// Counterpart is an actor someone met, with the meetings in date order.
type Counterpart struct {
	Actor    ActorRef     `json:"actor"`
	Meetings []MeetingRef `json:"meetings"`
}

// Node is a node of a path or network: an actor or an event.
type Node struct {
	ID string `json:"id"`
	// Label is "Actor" or "Event"; Kind the actor kind or event type.
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	// Date is set on events.
	Date *Date `json:"date,omitempty"`
}

// Edge is a directed edge of a path or network.
type Edge struct {
	Type string `json:"type"`
	From string `json:"from"`
	To   string `json:"to"`
	// Role is the participant role on PARTICIPATED_IN edges, the title on
	// relations.
	Role string `json:"role,omitempty"`
}

// Path is one shortest path between two actors. Nodes run from the start
// actor to the end actor; Edges[i] joins Nodes[i] and Nodes[i+1] in either
// direction.
type Path struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Network is the neighbourhood of an actor, ready for a graph view.
type Network struct {
	Center string `json:"center"`
	Depth  int    `json:"depth"`
	Nodes  []Node `json:"nodes"`
	Edges  []Edge `json:"edges"`
}

// Stats counts nodes by label and edges by type. A node with several labels
// counts once under each.
type Stats struct {
	Nodes map[string]int `json:"nodes"`
	Edges map[string]int `json:"edges"`
}

// ImportResult says what UpsertArticle did.
type ImportResult struct {
	Article string `json:"article"`
	// Created is true when the article was new, false when it replaced an
	// earlier import of itself.
	Created bool `json:"created"`
}

// Store is the graph database. The importer writes through it and the API
// reads through it; every backend passes the conformance suite in
// graph/graphtest, so they all give the same answers.
type Store interface {
	// UpsertArticle writes one article and every fact it states in one
	// transaction: all or nothing. Facts merge on id with what other
	// articles stated; the article's own earlier contribution is replaced,
	// so importing it twice leaves the same graph. Facts no article states
	// any more are deleted.
	UpsertArticle(ctx context.Context, facts *ArticleFacts) (ImportResult, error)

	// Article returns one article with its text, or ErrNotFound.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles lists articles without their text, newest first, then by id.
	Articles(ctx context.Context, q ArticleQuery) (Page[Article], error)

	// Actor returns one actor with its relations, event count and sources,
	// or ErrNotFound.
	Actor(ctx context.Context, id string) (*ActorDetail, error)
	// Actors lists actors ordered by folded name, then id.
	Actors(ctx context.Context, q ActorQuery) (Page[Actor], error)

	// Event returns one event with participants and sources, or ErrNotFound.
	Event(ctx context.Context, id string) (*Event, error)
	// Timeline lists events ordered by start date, then id.
	Timeline(ctx context.Context, q TimelineQuery) (Page[Event], error)

	// Meetings lists Meeting events in date order, then id. An unknown
	// actor in the query is ErrNotFound.
	Meetings(ctx context.Context, q MeetingQuery) ([]Event, error)
	// Met returns everyone the actor met, most meetings first, then by id;
	// ErrNotFound for an unknown actor.
	Met(ctx context.Context, actorID string) ([]Counterpart, error)

	// Paths returns the shortest paths of at most maxHops edges between two
	// actors through shared events (PARTICIPATED_IN) and relations between
	// actors, at most MaxPaths of them, ordered by their node ids. No path
	// is an empty slice; an unknown actor is ErrNotFound.
	Paths(ctx context.Context, from, to string, maxHops int) ([]Path, error)
	// Network returns the actors and events within depth edges of an actor,
	// with every edge between them; ErrNotFound for an unknown actor.
	Network(ctx context.Context, actorID string, depth int) (*Network, error)

	// Stats counts nodes by label and edges by type.
	Stats(ctx context.Context) (Stats, error)
	// Ping returns nil when the store is reachable, ErrUnavailable otherwise.
	Ping(ctx context.Context) error
	// Close releases the store's resources.
	Close(ctx context.Context) error
}

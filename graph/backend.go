package graph

import (
	"cmp"
	"context"
)

// Backend is where the graph is stored: tables, nodes, indexes and
// transactions, nothing more. Every rule of the model — validation, paging,
// traversal, what an import adds and withdraws, which id may be what — lives
// in Graph, once; a backend stores what Graph tells it and fetches what Graph
// asks for. Each backend passes the conformance suite in graph/graphtest.
//
// Reads and writes go through transactions so that an answer never mixes
// two states of the graph and an article is written whole or not at all.
type Backend interface {
	// View runs fn in one read transaction: every read fn makes sees the
	// same committed state.
	View(ctx context.Context, fn func(View) error) error
	// Update runs fn in one write transaction, committed when fn returns
	// nil and rolled back otherwise. A backend may run fn more than once
	// (to retry a transient failure), so fn must have no effect outside the
	// transaction.
	Update(ctx context.Context, fn func(Tx) error) error
	// Ping returns nil when the store answers.
	Ping(ctx context.Context) error
	// Close releases the backend; later calls fail with ErrUnavailable.
	Close(ctx context.Context) error
}

// View is the read side of a backend, inside one transaction. Lists come
// back in the order their doc comment gives; Graph does the paging (it asks
// for limit+1 items) and puts nested lists in canonical order.
type View interface {
	// Article returns the article with its text; ok is false when no
	// article has the id.
	Article(ctx context.Context, id string) (a Article, ok bool, err error)
	// Articles returns at most limit articles without their text, by
	// publication day then id, both descending, strictly after after when
	// it is not nil.
	Articles(ctx context.Context, after *ArticleKey, limit int) ([]Article, error)
	// ArticleMethods says how each of the articles ids was made: their
	// Method, Curated for an article stored before methods were recorded.
	// Ids of no article are left out of the map. It is one query however
	// many ids there are: Graph derives the provenance of every fact of an
	// answer from one call.
	ArticleMethods(ctx context.Context, ids []string) (map[string]Method, error)

	// Actors returns at most limit actors matching f, by sort name then id.
	Actors(ctx context.Context, f ActorFilter, limit int) ([]Actor, error)
	// ActorDetail returns one actor with its relations in either direction
	// (names of both ends filled in), its number of events and quotes: of
	// the actor's own and of each relation's, the number of all and at
	// most SourcesShown of them, those of curated articles first, then by
	// article id, start, end and quote. Nil when no actor has the id.
	ActorDetail(ctx context.Context, id string) (*ActorDetail, error)

	// Events returns complete events (place, participants with names and
	// kinds, quotes) matching f, by start day then id; at most limit of
	// them, or all when limit is 0.
	Events(ctx context.Context, f EventFilter, limit int) ([]Event, error)

	// Edges returns every edge of the traversal graph that touches one of
	// ids: PARTICIPATED_IN (actor to event, Role the role) and the
	// relations whose two ends are actors (Role the title), each once.
	// When perActor > 0, an actor among ids brings at most perActor of its
	// participations, its latest (by the event's first day, then event id,
	// both descending); capped lists the actors that had more. (A
	// participation in an event among ids is returned all the same.)
	Edges(ctx context.Context, ids []string, perActor int) (edges []Edge, capped []string, err error)
	// EdgesAmong returns the traversal edges whose two ends are both among
	// ids, each once; its cost follows the events among ids, not the
	// actors' participations.
	EdgesAmong(ctx context.Context, ids []string) ([]Edge, error)
	// Nodes describes the actors and events among ids; other ids are left
	// out of the map.
	Nodes(ctx context.Context, ids []string) (map[string]Node, error)

	// Stored returns what the store holds under each of ids: its class,
	// actor kind, aliases, one article outside except that states it and,
	// for events, the claim rows. Ids the store does
	// not hold are left out. Its cost must not grow with the number of
	// articles that state a node. Inside a Tx the returned nodes are locked
	// until the transaction ends, so that concurrent imports of articles
	// sharing facts take turns.
	Stored(ctx context.Context, ids, except []string) (map[string]StoredNode, error)

	// Counts counts what the store holds, by kind.
	Counts(ctx context.Context) (Counts, error)
	// Counterparts returns the actors that took part in Meeting events
	// with actor, each with the number of such meetings: most meetings
	// first, then by id, strictly after after when it is not nil; at most
	// limit of them. Its cost follows the actor's meetings, and it reads
	// no more of them than their participants.
	Counterparts(ctx context.Context, actor string, after *CounterpartKey, limit int) ([]CounterpartCount, error)
	// MeetingsWith returns, for each actor of with, the first limit (by
	// start day then id; none for a limit of 0) of the Meeting events in which it and actor
	// both took part, complete as Events returns them, keyed by that
	// actor's id; actors of with who never met actor are left out. It
	// serves a page of counterparts in one call, so that a store across a
	// network answers in a number of round trips that does not grow with
	// len(with); each counterpart's meetings are read from the rarer of
	// the two actors' events.
	MeetingsWith(ctx context.Context, actor string, with []string, limit int) (map[string][]Event, error)

	// Candidates returns the actors indexed under any of keys (the
	// PlannedActor.Keys they were last written with), one Candidate per
	// actor and key found, by key then actor id. Actor carries id, name,
	// kind and aliases.
	Candidates(ctx context.Context, keys []string) ([]Candidate, error)
	// Containment returns the LOCATED_IN and PART_OF relations that leave
	// the nodes ids and that an article other than those in except states,
	// by type, from and to.
	Containment(ctx context.Context, ids, except []string) ([]RelationKey, error)
	// Merges returns the merge records (Plan.Merges as written) of the
	// articles whose id is from or after it, by article id; at most limit
	// of them, or all when limit is 0.
	Merges(ctx context.Context, from string, limit int) ([]ArticleMerges, error)
}

// CounterpartCount is an actor and how many meetings it shared with
// another.
type CounterpartCount struct {
	ActorID  string
	Meetings int
}

// CounterpartKey is where a page of counterparts ends: its last item.
type CounterpartKey struct {
	Meetings int
	ID       string
}

// before says whether k comes before the counterpart id with meetings in
// the listing (most meetings first, then by id): whether that
// counterpart is on a page after k.
func (k *CounterpartKey) before(meetings int, id string) bool {
	return cmp.Or(cmp.Compare(k.Meetings, meetings), cmp.Compare(id, k.ID)) > 0
}

// Candidate is an actor found under a name key.
type Candidate struct {
	Key   string
	Actor Actor
}

// ArticleMerges is the merge record of one article: Plan.Merges, stored
// as the opaque JSON Graph gave.
type ArticleMerges struct {
	Article string
	Data    string
}

// ClaimRow is what one article says about one event, stored as opaque
// JSON (Graph encodes and decodes it; see Claim). A backend keeps one row
// per event and article and returns them in StoredNode.Claims and
// Event.ClaimData.
type ClaimRow struct {
	Event   string
	Article string
	Data    string
}

// Tx is one write transaction of a backend.
type Tx interface {
	View
	// Stated returns what the article stated when it was last written, or
	// nil when it never was. It locks the article until the transaction
	// ends, so that two imports of one article take turns.
	Stated(ctx context.Context, article string) (*Prior, error)
	// Apply writes a plan that Graph built from this transaction's reads.
	Apply(ctx context.Context, p *Plan) error
}

// BatchApplier is a Tx that can apply several plans at once, each built
// against the state the ones before it leave, with the result of applying
// them one by one in order. A staged import (package staged) sends a
// write group's plans so.
type BatchApplier interface {
	ApplyBatch(ctx context.Context, plans []*Plan) error
}

// NodeClass says which of the three kinds of node an id names. A Country
// actor is of class ActorNode and is a place too.
type NodeClass string

// Node classes.
const (
	ActorNode NodeClass = "actor"
	PlaceNode NodeClass = "place"
	EventNode NodeClass = "event"
)

// StoredNode is what a backend holds under one id.
type StoredNode struct {
	ID    string
	Class NodeClass
	// ActorKind is set on actors.
	ActorKind ActorKind
	// Aliases is set on actors.
	Aliases []string
	// StatedElsewhere is the first (by id) of the articles that state the
	// node, other than those Stored was told to leave out; "" when none.
	StatedElsewhere string
	// Claims are an event's claim rows (ClaimRow.Data), one per article
	// that states it, the article being written included, by article id.
	Claims []string
}

// ArticleKey is the position of an article in the article listing.
type ArticleKey struct {
	Published CalendarDay
	ID        string
}

// ActorKey is the position of an actor in the actor listing.
type ActorKey struct {
	SortName string
	ID       string
}

// EventKey is the position of an event on the timeline.
type EventKey struct {
	Start CalendarDay
	ID    string
}

// ActorFilter selects actors. Zero fields do not filter.
type ActorFilter struct {
	// Search is a folded (see Fold) substring of the name or an alias.
	Search string
	Kind   ActorKind
	After  *ActorKey
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	// ID selects one event; IDs any of those (read again, together, by
	// the timeline index).
	ID   string
	IDs  []string
	Type EventType
	// Actors must all have taken part.
	Actors []string
	// Place selects events in that place or in a place located in it, at
	// any depth of LOCATED_IN.
	Place string
	// From and To select events whose date interval overlaps them.
	From, To CalendarDay
	// MinSources selects events at least that many articles state
	// (Event.SourceCount).
	MinSources int
	// AsOf selects events first reported on or before that day
	// (Event.FirstReported).
	AsOf  CalendarDay
	After *EventKey
}

// Counts is what a backend counts; Graph turns it into Stats.
type Counts struct {
	Articles     int
	ActorsByKind map[ActorKind]int
	// PlacesByKind counts places other than countries.
	PlacesByKind map[PlaceKind]int
	EventsByType map[EventType]int
	// Edges counts edges by type: PARTICIPATED_IN, OCCURRED_IN, MENTIONS
	// (one per quote of an actor, place or event) and each relation type.
	Edges map[string]int
}

// Prior is what an article stated when it was last written.
type Prior struct {
	// Fingerprint identifies the facts written; "" when the store did not
	// record one.
	Fingerprint string
	Statements
}

// Statements lists the facts one article states, by key.
type Statements struct {
	Actors    []string
	Places    []string
	Events    []string
	Parts     []Part
	Occ       []Occurrence
	Relations []RelationKey
}

// Part is one participation: an actor in an event.
type Part struct {
	Event, Actor string
}

// Occurrence is a statement that an event took place somewhere.
type Occurrence struct {
	Event, Place string
}

// RelationKey names a relation.
type RelationKey struct {
	Type     RelationType
	From, To string
}

// Plan is what one import of one article writes, built by Graph inside the
// write transaction. A backend applies it in this order:
//
//  1. upsert Article (text, Method, Extractor, Fingerprint and MergeData
//     included; Now may be kept with it) and delete every quote the
//     article gave before;
//  2. for each fact in Withdrawn, remove the article's statement (for an
//     event, its claim row too), and delete the fact when no article
//     states it any more (an event's participations and place go with it;
//     a place or actor node goes with its edges and name keys);
//  3. upsert Actors (replacing their name keys with Keys), Places, Events,
//     participations and relations, each stated by the article:
//     properties are overwritten (SourceCount and FirstReported
//     included), the event's place is set to Event.Place (nil: none),
//     participations are Events' Participants with their roles (those
//     other articles state too), the article's own participation and
//     place statements are Now.Parts and Now.Occ;
//  4. upsert Claims: the article's claim row of each event it states,
//     replacing its earlier one;
//  5. overwrite the properties, place and participant roles of each event
//     in Recomputed (events the article no longer states that others
//     still do), without touching statements;
//  6. insert the quotes of every fact (Sources);
//  7. when Delete is set, delete the article itself (it then states
//     nothing: Now is empty and Withdrawn is all it stated).
//
// A Country actor is a place too: the backend keeps it usable wherever a
// place id is (event places, relation ends, the place filter), and stops
// when the actor is of another kind.
type Plan struct {
	Article     Article
	Fingerprint string
	// MergeData is the article's merge record (JSON), kept with the
	// article and listed by View.Merges; "" for none.
	MergeData string
	// Created is true when the store held no earlier version.
	Created   bool
	Actors    []PlannedActor
	Places    []SourcedPlace
	Events    []Event
	Relations []Relation
	Claims    []ClaimRow
	// Now is everything the article states; Withdrawn what it stated
	// before and no longer does.
	Now       Statements
	Withdrawn Statements
	// Recomputed are events the article stated before and no longer does
	// whose merged properties change because its claim is gone.
	Recomputed []Event
	// Delete removes the article after its facts are withdrawn.
	Delete bool
}

// PlannedActor is an actor as it is to be stored: aliases merged with what
// the store held, with the strings the listing sorts and searches by.
type PlannedActor struct {
	Actor
	// SortName orders the actor listing: the folded name.
	SortName string
	// Search holds the folded name and aliases, one a line; ActorFilter's
	// Search is a substring of it.
	Search string
	// Keys are the name keys View.Candidates finds the actor by.
	Keys    []string
	Sources []Source
}

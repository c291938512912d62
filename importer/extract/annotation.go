// Package extract drafts an article's annotation from its raw text, offline
// and deterministically: actors, places, events with dates, places,
// amounts, counts and participants' roles, and relations, each with the
// verbatim quote that states it. The draft is in the annotation format of
// docs/annotation.md, so a person can review it, correct it and import it
// as curated; the importer imports it unreviewed as extracted facts.
//
// The rules are general (news wording, titles, triggers, date
// expressions); the names they know come from lexicons, data files
// embedded in the binary that a user can extend from a folder.
package extract

// Version identifies the rules and lexicons: facts record which version
// made them.
const Version = "eventgraph-extract/1"

// Annotation is a draft annotation, field for field the YAML format of
// docs/annotation.md.
type Annotation struct {
	Actors    []Actor    `yaml:"actors,omitempty"`
	Places    []Place    `yaml:"places,omitempty"`
	Events    []Event    `yaml:"events,omitempty"`
	Relations []Relation `yaml:"relations,omitempty"`
}

// Actor is a drafted actor.
type Actor struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Kind        string   `yaml:"kind"`
	Aliases     []string `yaml:"aliases,omitempty,flow"`
	Description string   `yaml:"description,omitempty"`
	// SameAs and NotSameAs are for people: the stored actor this one is,
	// and those it is not, when the import's name matching would err.
	SameAs    string   `yaml:"sameAs,omitempty"`
	NotSameAs []string `yaml:"notSameAs,omitempty,flow"`
	Quotes    []string `yaml:"quotes"`
}

// Place is a drafted place.
type Place struct {
	ID     string   `yaml:"id"`
	Name   string   `yaml:"name"`
	Kind   string   `yaml:"kind"`
	In     string   `yaml:"in,omitempty"`
	Quotes []string `yaml:"quotes"`
}

// Date is a drafted date: the article's wording, or an explicit start.
type Date struct {
	Text      string `yaml:"text,omitempty"`
	Start     string `yaml:"start,omitempty"`
	End       string `yaml:"end,omitempty"`
	Precision string `yaml:"precision,omitempty"`
	Anchor    string `yaml:"anchor,omitempty"`
}

// Amount is a sum of money in whole units of an ISO 4217 currency.
type Amount struct {
	Value    int64  `yaml:"value"`
	Currency string `yaml:"currency"`
}

// Count is a reported number.
type Count struct {
	Value     int64  `yaml:"value"`
	Qualifier string `yaml:"qualifier"`
	Unit      string `yaml:"unit,omitempty"`
}

// Participant is an actor's part in a drafted event.
type Participant struct {
	Actor string `yaml:"actor"`
	Role  string `yaml:"role"`
}

// Event is a drafted event.
type Event struct {
	ID           string        `yaml:"id"`
	Type         string        `yaml:"type"`
	Title        string        `yaml:"title"`
	Summary      string        `yaml:"summary,omitempty"`
	Date         *Date         `yaml:"date,flow"`
	CAMEO        string        `yaml:"cameo,omitempty"`
	Place        string        `yaml:"place,omitempty"`
	Amount       *Amount       `yaml:"amount,omitempty,flow"`
	Count        *Count        `yaml:"count,omitempty,flow"`
	Participants []Participant `yaml:"participants"`
	// Planned marks an event announced for later, dated after the
	// article's publication.
	Planned bool `yaml:"planned,omitempty"`
	// SameAs and NotSameAs force or forbid a merge with a stored event.
	SameAs    string   `yaml:"sameAs,omitempty"`
	NotSameAs []string `yaml:"notSameAs,omitempty,flow"`
	Quotes    []string `yaml:"quotes"`
}

// Relation is a drafted relation between two actors or places.
type Relation struct {
	Type   string   `yaml:"type"`
	From   string   `yaml:"from"`
	To     string   `yaml:"to"`
	Title  string   `yaml:"title,omitempty"`
	Since  *Date    `yaml:"since,omitempty,flow"`
	Until  *Date    `yaml:"until,omitempty,flow"`
	Quotes []string `yaml:"quotes"`
}

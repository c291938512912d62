// Package graph holds eventgraph's domain model: actors, events, places and
// articles, the relations between them, the provenance that ties every fact
// to the sentence stating it. Graph holds the model's rules over a Backend,
// the narrow interface every store implements.
package graph

import (
	"slices"
	"strings"
)

// ActorKind is the kind label of an Actor node.
type ActorKind string

// Actor kinds. A Country is also a Place: Belarus the state and Belarus the
// territory stay one node.
const (
	Person       ActorKind = "Person"
	Country      ActorKind = "Country"
	Organization ActorKind = "Organization"
	// Group is a collective without formal membership, such as protesters.
	Group ActorKind = "Group"
)

// ActorKinds lists the accepted actor kinds in a fixed order.
var ActorKinds = []ActorKind{Person, Country, Organization, Group}

// EventType is the type label of an Event node.
type EventType string

// Event types. New types are added here, never taken from input, because
// they become Neo4j labels.
const (
	Meeting      EventType = "Meeting"
	Loan         EventType = "Loan"
	Protest      EventType = "Protest"
	Arrest       EventType = "Arrest"
	Election     EventType = "Election"
	Statement    EventType = "Statement"
	Interview    EventType = "Interview"
	Debate       EventType = "Debate"
	Agreement    EventType = "Agreement"
	Visit        EventType = "Visit"
	Sanction     EventType = "Sanction"
	Violence     EventType = "Violence"
	Appointment  EventType = "Appointment"
	Congratulate EventType = "Congratulation"
	// Inauguration is someone sworn in or inaugurated into an office.
	Inauguration EventType = "Inauguration"
)

// EventTypes lists the accepted event types in a fixed order.
var EventTypes = []EventType{Meeting, Loan, Protest, Arrest, Election, Statement, Interview,
	Debate, Agreement, Visit, Sanction, Violence, Appointment, Congratulate, Inauguration}

// PlaceKind says what sort of place a Place node is.
type PlaceKind string

// Place kinds.
const (
	City        PlaceKind = "city"
	Region      PlaceKind = "region"
	CountryKind PlaceKind = "country"
	Site        PlaceKind = "site"
)

// PlaceKinds lists the accepted place kinds.
var PlaceKinds = []PlaceKind{City, Region, CountryKind, Site}

// RelationType is the type of a stated actor-to-actor (or place-to-place)
// relationship.
type RelationType string

// Relation types.
const (
	LeaderOf     RelationType = "LEADER_OF"
	MemberOf     RelationType = "MEMBER_OF"
	WorksFor     RelationType = "WORKS_FOR"
	LocatedIn    RelationType = "LOCATED_IN"
	PartOf       RelationType = "PART_OF"
	ControlledBy RelationType = "CONTROLLED_BY"
	AllyOf       RelationType = "ALLY_OF"
)

// RelationTypes lists the accepted relation types.
var RelationTypes = []RelationType{LeaderOf, MemberOf, WorksFor, LocatedIn, PartOf, ControlledBy, AllyOf}

// Fixed edge types besides the relation types.
const (
	ParticipatedIn = "PARTICIPATED_IN"
	OccurredIn     = "OCCURRED_IN"
	Mentions       = "MENTIONS"
)

// Roles lists the accepted participant roles. A role says which part an
// actor played in an event.
var Roles = []string{
	"host", "visitor", "participant", "lender", "borrower", "announcer", "protester", "target",
	"detaining authority", "detainee", "reporting authority", "speaker", "addressee", "subject",
	"interviewer", "interviewee", "organizer", "candidate", "winner", "voter", "signatory",
	"sanctioning party", "sanctioned party", "perpetrator", "victim", "appointee",
	"inaugurated",
}

// Precision is how exactly a date is known.
type Precision string

// Date precisions, finest first.
const (
	Day   Precision = "day"
	Week  Precision = "week"
	Month Precision = "month"
	Year  Precision = "year"
)

// Precisions lists the accepted precisions, finest first.
var Precisions = []Precision{Day, Week, Month, Year}

// CountQualifier says how a reported count should be read.
type CountQualifier string

// Count qualifiers.
const (
	Exact   CountQualifier = "exact"
	AtLeast CountQualifier = "at_least"
	AtMost  CountQualifier = "at_most"
	About   CountQualifier = "about"
)

// CountQualifiers lists the accepted count qualifiers.
var CountQualifiers = []CountQualifier{Exact, AtLeast, AtMost, About}

// Date is when something happened: an inclusive interval of calendar days
// (YYYY-MM-DD) with the precision of the wording it came from. For day
// precision Start and End are the same day.
type Date struct {
	Start     string    `json:"start"`
	End       string    `json:"end"`
	Precision Precision `json:"precision"`
	// Text is the original wording, such as "on Monday" or "last week".
	Text string `json:"text,omitempty"`
}

// Source ties a fact to an article: the verbatim quote that states it and
// its offsets in the article text, counted in Unicode code points, end
// exclusive.
type Source struct {
	ArticleID string `json:"article"`
	Quote     string `json:"quote"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Article is one imported news article.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published"`
	Language  string `json:"language"`
	// Method says how the article's facts were made: Curated (a person
	// wrote or reviewed the annotation) or Extracted (by the extractor,
	// unreviewed).
	Method Method `json:"method"`
	// Extractor is the version of the extractor that made Extracted facts.
	Extractor string `json:"extractor,omitempty"`
	// Text is the article body, byte for byte as in the article file.
	Text string `json:"text,omitempty"`
}

// Method says how an article's facts were made. On an event or actor it is
// the fact's provenance: Curated when any article quoted for it is curated,
// else Extracted.
type Method string

// Methods.
const (
	Curated   Method = "curated"
	Extracted Method = "extracted"
)

// Methods lists the accepted methods.
var Methods = []Method{Curated, Extracted}

// Actor is a person, country, organisation or group that takes part in
// events.
type Actor struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Kind        ActorKind `json:"kind"`
	Aliases     []string  `json:"aliases"`
	Description string    `json:"description,omitempty"`
}

// Place is where events happen. Countries are places too; their Place and
// Actor share one id.
type Place struct {
	ID   string    `json:"id"`
	Name string    `json:"name"`
	Kind PlaceKind `json:"kind"`
}

// Amount is a sum of money in whole units of its ISO 4217 currency.
type Amount struct {
	Value    int64  `json:"value"`
	Currency string `json:"currency"`
}

// Count is a reported number of people or things.
type Count struct {
	Value     int64          `json:"value"`
	Qualifier CountQualifier `json:"qualifier"`
	// Unit says what was counted, such as "people" or "protesters".
	Unit string `json:"unit,omitempty"`
}

// Participant is an actor's part in an event.
type Participant struct {
	ActorID string    `json:"id"`
	Name    string    `json:"name"`
	Kind    ActorKind `json:"kind"`
	Role    string    `json:"role"`
}

// PlaceRef names a place an event occurred in.
type PlaceRef struct {
	ID   string    `json:"id"`
	Name string    `json:"name"`
	Kind PlaceKind `json:"kind"`
}

// Event is something that happened: a meeting, a loan, a protest.
type Event struct {
	ID           string        `json:"id"`
	Type         EventType     `json:"type"`
	Title        string        `json:"title"`
	Summary      string        `json:"summary,omitempty"`
	Date         Date          `json:"date"`
	CAMEO        string        `json:"cameo,omitempty"`
	Place        *PlaceRef     `json:"place"`
	Amount       *Amount       `json:"amount"`
	Count        *Count        `json:"count"`
	Participants []Participant `json:"participants"`
	Sources      []Source      `json:"sources"`
	// Provenance is Curated when any article its sources quote is curated,
	// else Extracted (unreviewed). Graph sets it on every event it
	// answers; on an event to import it is ignored and left empty, so that
	// it takes no part in an article's fingerprint.
	Provenance Method `json:"provenance,omitempty"`
	// Planned marks an event announced for later: its date may follow the
	// article's publication day. As read, an event is planned while every
	// article that reports it says so.
	Planned bool `json:"planned,omitempty"`
	// SourceCount is how many articles state the event.
	SourceCount int `json:"sourceCount"`
	// FirstReported is the earliest publication day of those articles.
	FirstReported string `json:"firstReported,omitempty"`
	// Claims are what each of those articles says about the event, by
	// article id, given when there are two or more; Conflicts names the properties they disagree on (date,
	// place, amount, count). The event's own properties are the merged
	// ones (see docs/model.md). Both are set by Graph when it answers.
	Claims    []Claim  `json:"claims,omitempty"`
	Conflicts []string `json:"conflicts,omitempty"`
	// ClaimData are the stored claim rows (ClaimRow.Data) a backend read
	// with the event; Graph decodes them into Claims.
	ClaimData []string `json:"-"`
}

// Relation is a stated relationship between two actors, or a place within
// another place.
type Relation struct {
	Type RelationType `json:"type"`
	From string       `json:"from"`
	To   string       `json:"to"`
	// FromName and ToName are filled in when a store reads the relation.
	FromName string `json:"fromName,omitempty"`
	ToName   string `json:"toName,omitempty"`
	// Title qualifies the relation, such as "editor-in-chief" or "president".
	Title string `json:"title,omitempty"`
	// Since and Until bound the relation where the article gives dates.
	Since   *Date    `json:"since"`
	Until   *Date    `json:"until"`
	Sources []Source `json:"sources"`
	// SourceCount is, in an ActorDetail, the number of all the relation's
	// quotes, of which Sources shows at most SourcesShown.
	SourceCount int `json:"sourceCount,omitempty"`
}

// SourcesShown is how many quotes an actor's detail shows of the actor and
// of each of its relations. An actor the news names every day is quoted
// by tens of thousands of articles: the detail says how many (SourceCount)
// and shows the quotes of curated articles first, then by article id and
// offsets; an article's own quotes are in its detail.
const SourcesShown = 25

// IsValidRole reports whether role is in the role vocabulary.
func IsValidRole(role string) bool { return slices.Contains(Roles, role) }

// Fold lowercases s and strips diacritics and punctuation so that
// "Lukashenko", "LUKASHENKO" and "Lukašenko" compare equal.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		switch {
		case r == '’' || r == '\'' || r == '‘':
			// "Putin’s" and "Putins" should both find Putin.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldTable maps the accented Latin letters news transliterations use to
// their base letters. Cyrillic stays as it is.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	groups := map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ",
		"o": "òóôõöøōŏő", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų",
		"w": "ŵ", "y": "ýÿŷ", "z": "źżž", "ss": "ß", "ae": "æ", "oe": "œ",
	}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

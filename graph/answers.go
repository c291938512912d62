package graph

// ActorDetail is an actor with what the graph knows about it.
type ActorDetail struct {
	Actor
	// Relations are the stated relations in either direction, ordered by
	// type, from, to.
	Relations  []Relation `json:"relations"`
	EventCount int        `json:"eventCount"`
	// Sources are at most SourcesShown of the actor's quotes, those of
	// curated articles first; SourceCount is the number of all of them.
	Sources     []Source `json:"sources"`
	SourceCount int      `json:"sourceCount"`
	// Provenance is Curated when any article its sources quote is curated,
	// else Extracted (unreviewed).
	Provenance Method `json:"provenance"`
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
	// Provenance is the meeting's, as on Event.
	Provenance Method `json:"provenance"`
	// SourceCount is how many articles report the meeting.
	SourceCount int `json:"sourceCount"`
}

// Counterpart is an actor someone met, with the meetings in date order.
type Counterpart struct {
	Actor ActorRef `json:"actor"`
	// MeetingCount is how many meetings the two shared; Meetings lists
	// them all from Met, the first MeetingsPerCounterpart from MetPage.
	MeetingCount int          `json:"meetingCount"`
	Meetings     []MeetingRef `json:"meetings"`
}

// Node labels: what a node of a path or network is.
const (
	NodeLabelActor = "Actor"
	NodeLabelEvent = "Event"
)

// Node is a node of a path or network: an actor or an event.
type Node struct {
	ID string `json:"id"`
	// Label is NodeLabelActor or NodeLabelEvent; Kind the actor kind or
	// event type.
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	// Date is set on events.
	Date *Date `json:"date,omitempty"`
	// FirstReported is set on events by the backend, for as-of walks.
	FirstReported string `json:"-"`
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

// Paths is the answer to a path query.
type Paths struct {
	// Items are the shortest paths, at most MaxPaths, ordered by their
	// node ids.
	Items []Path
	// Truncated is true when the search stopped at the node budget before
	// it could finish: a path may exist that Items lacks.
	Truncated bool
}

// Network is the neighbourhood of an actor, ready for a graph view.
type Network struct {
	Center string `json:"center"`
	Depth  int    `json:"depth"`
	Nodes  []Node `json:"nodes"`
	Edges  []Edge `json:"edges"`
	// Truncated is true when the node budget stopped the walk before it
	// reached every node within Depth.
	Truncated bool `json:"truncated"`
}

// ImportStatus says what importing one article did.
type ImportStatus string

// Import statuses.
const (
	// Added: the store did not hold the article.
	Added ImportStatus = "added"
	// Updated: the article replaced an earlier, different version of itself.
	Updated ImportStatus = "updated"
	// Unchanged: the store held exactly these facts already; nothing was
	// written.
	Unchanged ImportStatus = "unchanged"
)

// ImportResult says what importing one article did.
type ImportResult struct {
	Article string       `json:"article"`
	Status  ImportStatus `json:"status"`
	// Merges are the article's actors and events taken for stored ones
	// under other ids, and the ambiguities left apart.
	Merges []Merge `json:"merges,omitempty"`
}

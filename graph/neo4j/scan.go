package neo4j

import (
	"encoding/json"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// Conversions between Go values and what the driver sends and returns.

func str(v any) string {
	s, _ := v.(string)
	return s
}

func i64(v any) int64 {
	n, _ := v.(int64)
	return n
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func strs(v any) []string {
	l := list(v)
	out := make([]string, 0, len(l))
	for _, x := range l {
		out = append(out, str(x))
	}
	return out
}

// day formats a Neo4j date as YYYY-MM-DD; "" for anything else.
func day(v any) string {
	d, ok := v.(neo4jdrv.Date)
	if !ok {
		return ""
	}
	return graph.FormatDay(d.Time())
}

// date turns a YYYY-MM-DD day that graph has checked into a Neo4j date.
func date(s string) neo4jdrv.Date {
	t, _ := graph.ParseDay(s)
	return neo4jdrv.DateOf(t)
}

// calendarDate turns a checked calendar day into a Neo4j date.
func calendarDate(d graph.CalendarDay) neo4jdrv.Date { return neo4jdrv.DateOf(d.Time()) }

// nullable stores an empty optional string as an absent property.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sources turns [[article, quote, start, end], ...] into sources.
func sources(v any) []graph.Source {
	var out []graph.Source
	for _, x := range list(v) {
		l := list(x)
		if len(l) != 4 {
			continue
		}
		out = append(out, graph.Source{ArticleID: str(l[0]), Quote: str(l[1]), Start: int(i64(l[2])), End: int(i64(l[3]))})
	}
	return out
}

// scanDate reads [start, end, precision, text]; nil when there is no start.
func scanDate(v any) *graph.Date {
	l := list(v)
	if len(l) != 4 || l[0] == nil {
		return nil
	}
	return &graph.Date{Start: day(l[0]), End: day(l[1]), Precision: graph.Precision(str(l[2])), Text: str(l[3])}
}

// key encodes the parts of a fact key (a relation, a participation, a
// place statement) as the JSON array the stated* lists hold.
func key(parts ...string) string {
	b, _ := json.Marshal(parts) // strings always marshal
	return string(b)
}

// decodeKey reads a key of n parts; ok is false for anything else.
func decodeKey(s string, n int) ([]string, bool) {
	var parts []string
	if json.Unmarshal([]byte(s), &parts) != nil || len(parts) != n {
		return nil, false
	}
	return parts, true
}

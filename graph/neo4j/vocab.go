package neo4j

import (
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// Labels returns the Neo4j labels of an actor node of kind k: Actor, the
// kind, and Place for a country, which is a place too.
func Labels(k graph.ActorKind) []string {
	if k == graph.Country {
		return []string{"Actor", string(k), "Place"}
	}
	return []string{"Actor", string(k)}
}

// Label and type lists for constant Cypher, built once from graph's fixed
// vocabularies: no input ever becomes query text.
var (
	// actorKindLabels is ":Person:Country:...", to remove every kind label.
	actorKindLabels = ":" + join(graph.ActorKinds, ":")
	// eventTypeLabels is ":Meeting:Loan:...", to remove every type label.
	eventTypeLabels = ":" + join(graph.EventTypes, ":")
	// relTypes is "LEADER_OF|MEMBER_OF|...", every relation type.
	relTypes = join(graph.RelationTypes, "|")
)

func join[T ~string](xs []T, sep string) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, sep)
}

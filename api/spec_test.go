package api

import (
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// TestSpecCoversRoutes: the document has exactly the routes the handler
// serves, with the same methods. HEAD is not documented route by route:
// every GET route answers it (the document says so once), and only they.
func TestSpecCoversRoutes(t *testing.T) {
	engine, ok := handler.(*gin.Engine)
	if !ok {
		t.Fatalf("New returns %T, not a *gin.Engine", handler)
	}
	param := regexp.MustCompile(`:([A-Za-z]+)`)
	var served, gets, heads []string
	for _, r := range engine.Routes() {
		path := param.ReplaceAllString(r.Path, "{$1}")
		switch r.Method {
		case "HEAD":
			heads = append(heads, path)
			continue
		case "GET":
			gets = append(gets, path)
		}
		served = append(served, r.Method+" "+path)
	}
	slices.Sort(gets)
	slices.Sort(heads)
	if !slices.Equal(gets, heads) {
		t.Errorf("GET and HEAD routes differ:\nGET:  %v\nHEAD: %v", gets, heads)
	}
	var documented []string
	for path, item := range spec.Paths.Map() {
		for method := range item.Operations() {
			documented = append(documented, method+" "+path)
		}
	}
	slices.Sort(served)
	slices.Sort(documented)
	if !slices.Equal(served, documented) {
		t.Errorf("served routes and openapi.json differ:\nserved:     %v\ndocumented: %v", served, documented)
	}
}

// TestSpecVocabularies: every enum in the document lists exactly the
// graph package's vocabulary, in its order, so that the document stays
// exact when a type or role is added.
func TestSpecVocabularies(t *testing.T) {
	edgeTypes := append([]string{graph.ParticipatedIn}, names(graph.RelationTypes)...)
	tests := []struct {
		schema, property string
		want             []string
	}{
		{"ActorKind", "", names(graph.ActorKinds)},
		{"EventType", "", names(graph.EventTypes)},
		{"PlaceKind", "", names(graph.PlaceKinds)},
		{"RelationType", "", names(graph.RelationTypes)},
		{"Role", "", graph.Roles},
		{"Precision", "", names(graph.Precisions)},
		{"Method", "", names(graph.Methods)},
		{"Provenance", "", names(graph.Methods)},
		{"Count", "qualifier", names(graph.CountQualifiers)},
		{"Edge", "type", edgeTypes},
	}
	for _, tt := range tests {
		t.Run(tt.schema+tt.property, func(t *testing.T) {
			ref := spec.Components.Schemas[tt.schema]
			if ref == nil {
				t.Fatalf("no schema %s", tt.schema)
			}
			s := ref.Value
			if tt.property != "" {
				s = s.Properties[tt.property].Value
			}
			var got []string
			for _, v := range s.Enum {
				got = append(got, fmt.Sprint(v))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("enum %v\nwant %v", got, tt.want)
			}
		})
	}
	for _, name := range []string{"limit", "cursor"} {
		if spec.Components.Parameters[name] == nil {
			t.Errorf("no shared parameter %s", name)
		}
	}
	limit := spec.Components.Parameters["limit"].Value.Schema.Value
	if *limit.Max != graph.MaxLimit || limit.Default != float64(graph.DefaultLimit) {
		t.Errorf("limit schema max %v default %v, want %d %d", *limit.Max, limit.Default, graph.MaxLimit, graph.DefaultLimit)
	}
}

// names turns a vocabulary into its strings.
func names[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

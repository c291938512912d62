package importer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// testRequest is articleFile with validAnnotation as a request.
func testRequest() Request {
	_, text, _ := strings.Cut(articleFile, "---\n\n")
	return Request{
		ID: "test-article", Title: "Test article", Outlet: "Test Wire", Published: "2020-09-14", Language: "en",
		Text: text, Annotation: []byte(validAnnotation),
	}
}

// TestFromRequestAsFiles: a request gives exactly the facts its article
// file and annotation give.
func TestFromRequestAsFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "test-article.txt"), []byte(articleFile), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "test-article.yaml"), []byte(validAnnotation), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromRequest(testRequest())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, b.Facts[0]) {
		t.Errorf("request facts differ from the file's:\n got %+v\nwant %+v", got, b.Facts[0])
	}
	if got.Article.Method != graph.Curated {
		t.Errorf("method %q, want curated", got.Article.Method)
	}
}

// TestFromRequestProblems: every problem names the request field, and
// for the annotation its line and path.
func TestFromRequestProblems(t *testing.T) {
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(r *Request)
		opts []Option
		// want are "FIELD" or "annotation:LINE:PATH".
		want []string
	}{
		{"missing id", func(r *Request) { r.ID = "" }, nil, []string{"id"}},
		{"bad id", func(r *Request) { r.ID = "Test Article" }, nil, []string{"id"}},
		{"front matter", func(r *Request) { r.Title, r.Outlet, r.Published, r.Language = "", " ", "14.09.2020", "english" },
			nil, []string{"title", "outlet", "published", "language"}},
		{"blank text", func(r *Request) { r.Text = "\n\n" }, nil, []string{"text"}},
		{"bad quote", func(r *Request) { r.Annotation = []byte(strings.Replace(validAnnotation, "[Sochi]", "[Soči]", 1)) },
			nil, []string{"annotation:19:places[0].quotes[0]"}},
		{"bad date", func(r *Request) {
			r.Annotation = []byte(strings.Replace(validAnnotation, "{text: on Monday}", "{text: one fine day}", 1))
		}, nil, []string{"annotation:24:events[0].date.text"}},
		{"no annotation, no extractor", func(r *Request) { r.Annotation = nil }, nil, []string{"annotation"}},
		{"no annotation, no text", func(r *Request) { r.Annotation, r.Text = nil, "" }, []Option{WithExtractor(x)}, []string{"text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testRequest()
			tt.edit(&r)
			_, err := FromRequest(r, tt.opts...)
			var ve *ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("error %v, want a *ValidationError", err)
			}
			var got []string
			for _, p := range ve.Problems {
				s := p.File
				if p.Line > 0 || p.Field != "" {
					s += ":" + strconv.Itoa(p.Line) + ":" + p.Field
				}
				got = append(got, s)
				if p.Message == "" {
					t.Errorf("problem without a message: %+v", p)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems %v, want %v\n%v", got, tt.want, err)
			}
		})
	}
}

// TestFromRequestExtracted: without an annotation the extractor drafts
// the facts, marked extracted.
func TestFromRequestExtracted(t *testing.T) {
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := testRequest()
	r.Annotation = nil
	f, err := FromRequest(r, WithExtractor(x))
	if err != nil {
		t.Fatal(err)
	}
	if f.Article.Method != graph.Extracted || f.Article.Extractor != extract.Version || len(f.Actors) == 0 {
		t.Errorf("article %+v with %d actors, want extracted facts", f.Article, len(f.Actors))
	}
}

// TestUpsertExplains: a problem only the store can find comes back with
// the annotation's line and path, and nothing is written.
func TestUpsertExplains(t *testing.T) {
	ctx := context.Background()
	backend, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "request.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(backend)
	defer g.Close(ctx)
	res, err := Upsert(ctx, g, testRequest())
	if err != nil || res.Status != graph.Added {
		t.Fatalf("first upsert: %+v, %v", res, err)
	}
	// Another article that calls sochi a person.
	r := testRequest()
	r.ID = "other-article"
	r.Annotation = []byte("actors:\n  - id: sochi\n    name: Sochi\n    kind: Person\n    quotes: [Sochi]\n")
	before, err := g.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Upsert(ctx, g, r)
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 {
		t.Fatalf("error %v, want a *ValidationError", err)
	}
	if p := ve.Problems[0]; p.File != "annotation" || p.Line != 2 || p.Field != "actors[0].id" {
		t.Errorf("problem %+v, want annotation:2 actors[0].id", p)
	}
	after, err := g.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("a refused upsert changed the store")
	}
}

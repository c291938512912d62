package api

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ from the responses")

// Shared fixtures: the embedded SQLite store with the seed imported, the
// handler over it, and the OpenAPI document every response is checked
// against. They are read-only once TestMain has built them.
var (
	seeded *graph.Graph
	// seededBackend is the backend under seeded.
	seededBackend graph.Backend
	handler       http.Handler
	spec          *openapi3.T
	router        routers.Router
)

func TestMain(m *testing.M) {
	flag.Parse()
	code, err := runTests(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "api tests:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func runTests(m *testing.M) (int, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "eventgraph-api-test-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	backend, err := sqlite.Open(ctx, filepath.Join(dir, "eventgraph.db"))
	if err != nil {
		return 0, err
	}
	// The timeline is kept in memory, as serve keeps it: the golden
	// answers are the index's (TestTimelineIndexAnswersAsTheStore compares
	// them with the store's).
	store := graph.New(backend).WithTimelineIndex(1<<30, quietLog())
	defer store.Close(ctx)
	if _, err := importer.Import(ctx, store, []string{filepath.Join("..", "seeds")}, nil); err != nil {
		return 0, fmt.Errorf("import seeds: %w", err)
	}
	if built, err := store.BuildTimelineIndex(ctx); err != nil || !built {
		return 0, fmt.Errorf("build the timeline index: %v, %v", built, err)
	}
	seeded, seededBackend = store, backend
	handler = New(store, quietLog())

	if spec, router, err = loadSpec(ctx); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// quietLog discards the request log; tests that look at it make their own.
func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// loadSpec loads the embedded OpenAPI document as it is served: kin-openapi
// reads 3.1 documents natively and, for them, validates schemas as JSON
// Schema 2020-12.
func loadSpec(ctx context.Context) (*openapi3.T, routers.Router, error) {
	loader := openapi3.NewLoader()
	loader.Context = ctx
	doc, err := loader.LoadFromData(OpenAPI)
	if err != nil {
		return nil, nil, fmt.Errorf("load openapi.json: %w", err)
	}
	if err := doc.Validate(ctx); err != nil {
		return nil, nil, fmt.Errorf("openapi.json is not a valid document: %w", err)
	}
	r, err := legacy.NewRouter(doc)
	if err != nil {
		return nil, nil, fmt.Errorf("route openapi.json: %w", err)
	}
	return doc, r, nil
}

// serve sends a GET for target (path and query) to h and returns the
// recorded response.
func serve(h http.Handler, method, target string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// get serves a GET through h and checks the response against the OpenAPI
// document: its status must be documented for the operation, and its
// headers and body must match what the document says for that status.
func get(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := serve(h, http.MethodGet, target)
	checkSpec(t, target, rec)
	return rec
}

func checkSpec(t testing.TB, target string, rec *httptest.ResponseRecorder) {
	t.Helper()
	checkSpecMethod(t, http.MethodGet, target, rec)
}

// checkSpecMethod checks the response to a request of any method against
// the OpenAPI document, as checkSpec does for a GET.
func checkSpecMethod(t testing.TB, method, target string, rec *httptest.ResponseRecorder) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatalf("%s %s: no operation in openapi.json: %v", method, target, err)
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 rec.Code,
		Header:                 rec.Header(),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	in.SetBodyBytes(rec.Body.Bytes())
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		t.Errorf("%s %s: %d response does not match openapi.json: %v\nbody: %s", method, target, rec.Code, err, rec.Body.String())
	}
}

// decode unmarshals a response body into a value of type T.
func decode[T any](t testing.TB, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %T from %s: %v", v, rec.Body.String(), err)
	}
	return v
}

// golden compares a JSON body with testdata/NAME.json, or rewrites that
// file under -update. Both sides are re-indented so that the files read
// well and compare byte for byte.
func golden(t *testing.T, name string, body []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, body, "", "  "); err != nil {
		t.Fatalf("golden %s: body is not JSON: %v\n%s", name, err, body)
	}
	buf.WriteByte('\n')
	path := filepath.Join("testdata", name+".json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run go test ./api -update to create it)", name, err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("golden %s differs (run go test ./api -update if the change is intended):\n%s", name, diff(string(want), buf.String()))
	}
}

// diff shows the first line where two texts differ, with a little context.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n want: %s\n  got: %s", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}

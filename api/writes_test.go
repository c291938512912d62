package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// testToken is the API token of the write tests.
const testToken = "test-token-0123456789abcdef"

// outletArticle is another outlet's report of the seed's Sochi meeting,
// under its own ids and spellings (cmd/eventgraph/testdata/outlets).
const outletArticle = "rferl-2020-09-15-sochi"

// freshStore is a store of its own with the seed imported, for tests
// that write.
func freshStore(t *testing.T) *graph.Graph {
	t.Helper()
	ctx := context.Background()
	backend, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "eventgraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	store := graph.New(backend)
	t.Cleanup(func() { store.Close(context.WithoutCancel(ctx)) })
	if _, err := importer.Import(ctx, store, []string{filepath.Join("..", "seeds")}, nil); err != nil {
		t.Fatalf("import seeds: %v", err)
	}
	return store
}

// testExtractor is the built-in extractor.
func testExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// writeHandler serves store with writes enabled by testToken.
func writeHandler(t *testing.T, store *graph.Graph, opts ...Option) http.Handler {
	t.Helper()
	// The rate limit is high but for the test of the rate limit.
	return New(store, quietLog(), append([]Option{WithAPIToken(testToken), WithExtractor(testExtractor(t)), WithWriteRate(1000, 1000)}, opts...)...)
}

// outletBody is the body posting the outlet's article, as read from its
// files; edit changes it before it is encoded.
func outletBody(t *testing.T, edit func(m map[string]any)) string {
	t.Helper()
	dir := filepath.Join("..", "cmd", "eventgraph", "testdata", "outlets")
	raw, err := os.ReadFile(filepath.Join(dir, outletArticle+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, text, _ := strings.Cut(string(raw), "\n---\n\n")
	ann, err := os.ReadFile(filepath.Join(dir, outletArticle+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{
		"id": outletArticle, "title": "Lukashenka and Putin hold talks in Sochi", "outlet": "RFE/RL",
		"published": "2020-09-15", "language": "en", "text": text, "annotation": string(ann),
	}
	if edit != nil {
		edit(m)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// write sends a request with a body and headers ("Authorization" among
// them) from the client address remote ("" for httptest's default).
func write(h http.Handler, method, target, body string, header map[string]string) *httptest.ResponseRecorder {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		if k == "RemoteAddr" {
			req.RemoteAddr = v
			continue
		}
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

var authorized = map[string]string{"Authorization": "Bearer " + testToken}

func stats(t *testing.T, g *graph.Graph) graph.Stats {
	t.Helper()
	st, err := g.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestWritesDisabled: a server without a token refuses writes with a 403
// that tells the operator how to enable them, whatever the request holds.
func TestWritesDisabled(t *testing.T) {
	store := freshStore(t)
	before := stats(t, store)
	h := New(store, quietLog())
	tests := []struct {
		name, method, target, body string
		header                     map[string]string
	}{
		{"post", http.MethodPost, "/api/v1/articles", outletBody(t, nil), nil},
		{"post with a token", http.MethodPost, "/api/v1/articles", outletBody(t, nil), authorized},
		{"delete", http.MethodDelete, "/api/v1/articles/" + seedArticle, "", authorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := write(h, tt.method, tt.target, tt.body, tt.header)
			checkSpecMethod(t, tt.method, tt.target, rec)
			p := checkProblem(t, tt.target, rec, http.StatusForbidden, "")
			if !strings.Contains(p.Detail, TokenEnv) {
				t.Errorf("403 detail %q does not name %s", p.Detail, TokenEnv)
			}
		})
	}
	if after := stats(t, store); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused write changed the store: %+v -> %+v", before, after)
	}
}

// TestWriteAuth: a missing, malformed or wrong token is a 401 with a
// Bearer challenge, on both write routes; the right one passes.
func TestWriteAuth(t *testing.T) {
	store := freshStore(t)
	before := stats(t, store)
	h := writeHandler(t, store)
	body := outletBody(t, nil)
	tests := []struct {
		name          string
		authorization string
		status        int
		challenge     string
	}{
		{"missing", "", 401, `Bearer realm="eventgraph"`},
		{"wrong token", "Bearer not-the-token-0123456789", 401, `Bearer realm="eventgraph", error="invalid_token"`},
		{"token prefix", "Bearer " + testToken[:len(testToken)-1], 401, `Bearer realm="eventgraph", error="invalid_token"`},
		{"token longer", "Bearer " + testToken + "x", 401, `Bearer realm="eventgraph", error="invalid_token"`},
		{"empty bearer", "Bearer ", 401, `Bearer realm="eventgraph", error="invalid_token"`},
		{"basic scheme", "Basic " + testToken, 401, `Bearer realm="eventgraph", error="invalid_token"`},
		{"bare token", testToken, 401, `Bearer realm="eventgraph", error="invalid_token"`},
		// The scheme's name is case-insensitive (RFC 9110).
		{"lower-case scheme", "bearer " + testToken, 0, ""},
	}
	for _, tt := range tests {
		for _, op := range []struct{ method, target, body string }{
			{http.MethodPost, "/api/v1/articles", body},
			{http.MethodDelete, "/api/v1/articles/never-written", ""},
		} {
			t.Run(tt.name+" "+op.method, func(t *testing.T) {
				header := map[string]string{}
				if tt.authorization != "" {
					header["Authorization"] = tt.authorization
				}
				rec := write(h, op.method, op.target, op.body, header)
				checkSpecMethod(t, op.method, op.target, rec)
				if tt.status == 0 {
					if rec.Code == http.StatusUnauthorized {
						t.Fatalf("the right token was refused: %s", rec.Body.String())
					}
					return
				}
				checkProblem(t, op.target, rec, tt.status, "")
				if got := rec.Header().Get("WWW-Authenticate"); got != tt.challenge {
					t.Errorf("WWW-Authenticate %q, want %q", got, tt.challenge)
				}
				if strings.Contains(rec.Body.String(), testToken) {
					t.Errorf("401 body shows the token: %s", rec.Body.String())
				}
			})
		}
	}
	// Only the lower-case-scheme POST went through: it added the article.
	after := stats(t, store)
	if after.Articles != before.Articles+1 {
		t.Errorf("articles %d -> %d, want one more", before.Articles, after.Articles)
	}
}

// TestPostArticle: another outlet's article resolves into the seed's
// actors and meeting (201 with its merges); posting it again changes
// nothing (200 unchanged); posting it edited updates it (200 updated).
func TestPostArticle(t *testing.T) {
	store := freshStore(t)
	h := writeHandler(t, store)
	const target = "/api/v1/articles"

	rec := write(h, http.MethodPost, target, outletBody(t, nil), authorized)
	checkSpecMethod(t, http.MethodPost, target, rec)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST: %d, want 201: %s", rec.Code, rec.Body.String())
	}
	if loc := rec.Header().Get("Location"); loc != "/api/v1/articles/"+outletArticle {
		t.Errorf("Location %q", loc)
	}
	res := decode[graph.ImportResult](t, rec)
	if res.Article != outletArticle || res.Status != graph.Added {
		t.Errorf("result %+v, want %s added", res, outletArticle)
	}
	merged := map[string]string{}
	for _, m := range res.Merges {
		merged[m.From] = m.To
	}
	for from, to := range map[string]string{
		"lukashenka": lukashenko, "putin": putin, "lukashenka-putin-talks": sochiTalks,
	} {
		if merged[from] != to {
			t.Errorf("merge of %s: %q, want %s (merges %+v)", from, merged[from], to, res.Merges)
		}
	}
	// The seed's meeting now has two sources.
	ev := decode[graph.Event](t, get(t, h, "/api/v1/events/"+sochiTalks))
	if ev.SourceCount != 2 {
		t.Errorf("the Sochi talks have %d sources, want 2", ev.SourceCount)
	}
	art := decode[articleDetail](t, get(t, h, "/api/v1/articles/"+outletArticle))
	if art.Method != graph.Curated || art.Outlet != "RFE/RL" || art.Published != "2020-09-15" {
		t.Errorf("stored article %+v", art.Article)
	}

	before := stats(t, store)
	rec = write(h, http.MethodPost, target, outletBody(t, nil), authorized)
	checkSpecMethod(t, http.MethodPost, target, rec)
	if res := decode[graph.ImportResult](t, rec); rec.Code != http.StatusOK || res.Status != graph.Unchanged {
		t.Errorf("POST again: %d %+v, want 200 unchanged", rec.Code, res)
	}
	if after := stats(t, store); !reflect.DeepEqual(before, after) {
		t.Errorf("an unchanged article changed the store: %+v -> %+v", before, after)
	}

	rec = write(h, http.MethodPost, target, outletBody(t, func(m map[string]any) { m["title"] = "Lukashenka meets Putin" }), authorized)
	checkSpecMethod(t, http.MethodPost, target, rec)
	if res := decode[graph.ImportResult](t, rec); rec.Code != http.StatusOK || res.Status != graph.Updated {
		t.Errorf("POST edited: %d %+v, want 200 updated", rec.Code, res)
	}
}

// TestPostArticleExtracted: without an annotation the server's extractor
// drafts the facts, and the article is marked extracted.
func TestPostArticleExtracted(t *testing.T) {
	store := freshStore(t)
	h := writeHandler(t, store)
	rec := write(h, http.MethodPost, "/api/v1/articles", outletBody(t, func(m map[string]any) { delete(m, "annotation") }), authorized)
	checkSpecMethod(t, http.MethodPost, "/api/v1/articles", rec)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST: %d, want 201: %s", rec.Code, rec.Body.String())
	}
	art := decode[articleDetail](t, get(t, h, "/api/v1/articles/"+outletArticle))
	if art.Method != graph.Extracted || art.Extractor != extract.Version {
		t.Errorf("article method %q extractor %q, want extracted by %s", art.Method, art.Extractor, extract.Version)
	}

	// A server without an extractor asks for the annotation.
	h = New(freshStore(t), quietLog(), WithAPIToken(testToken))
	rec = write(h, http.MethodPost, "/api/v1/articles", outletBody(t, func(m map[string]any) { m["annotation"] = nil }), authorized)
	p := checkProblem(t, "no extractor", rec, http.StatusBadRequest, "")
	if len(p.Errors) != 1 || p.Errors[0].Field != "annotation" {
		t.Errorf("errors %+v, want one about annotation", p.Errors)
	}
}

// TestPostArticleInvalid: every problem of a body is a 400 that names
// the member at fault, with the annotation's line and field path, and
// the store is left as it was.
func TestPostArticleInvalid(t *testing.T) {
	store := freshStore(t)
	h := writeHandler(t, store)
	before := stats(t, store)
	set := func(kv ...any) string {
		return outletBody(t, func(m map[string]any) {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i+1] == nil {
					delete(m, kv[i].(string))
					continue
				}
				m[kv[i].(string)] = kv[i+1]
			}
		})
	}
	badQuote := strings.Replace(set(), "quotes: [Vladimir Putin]", "quotes: [Vladimir Vladimirovich Putin]", 1)
	tests := []struct {
		name string
		body string
		// want are the errors expected: field, line, path (the detail is
		// only checked not to be empty; a path only when one is wanted).
		want []FieldError
	}{
		{"missing title, bad day", set("title", nil, "published", "2020-09-31"), []FieldError{{Field: "title"}, {Field: "published"}}},
		{"missing id", set("id", nil), []FieldError{{Field: "id"}}},
		{"bad id", set("id", "Not An Id"), []FieldError{{Field: "id"}}},
		{"bad language", set("language", "English"), []FieldError{{Field: "language"}}},
		{"missing outlet", set("outlet", "  "), []FieldError{{Field: "outlet"}}},
		{"empty text", set("text", " \n"), []FieldError{{Field: "text"}}},
		{"url not http", set("url", "ftp://example.org/a"), []FieldError{{Field: "url"}}},
		{"unknown member", set("headline", "x"), []FieldError{{Field: "headline"}}},
		{"title a number", set("title", 5), []FieldError{{Field: "title"}}},
		{"annotation an object", set("annotation", map[string]any{"actors": []any{}}), []FieldError{{Field: "annotation"}}},
		{"not JSON", "title: x", []FieldError{{Field: "body"}}},
		{"empty body", "", []FieldError{{Field: "body"}}},
		{"an array", "[]", []FieldError{{Field: "body"}}},
		{"two objects", set() + "{}", []FieldError{{Field: "body"}}},
		{"annotation not YAML", set("annotation", "actors: []\nplaces: []\nevents: x: y\n"), []FieldError{{Field: "annotation", Line: 3}}},
		{"annotation empty", set("annotation", "# nothing yet\n"), []FieldError{{Field: "annotation"}}},
		{"annotation of the wrong shape", set("annotation", "actors: []\nplaces: []\nevents: 5\n"), []FieldError{{Field: "annotation", Line: 3}}},
		{"annotation unknown key", set("annotation", "actors: []\npeople: []\n"), []FieldError{{Field: "annotation", Line: 2}}},
		{"quote not in the text", badQuote, []FieldError{{Field: "annotation", Line: 11, Path: "actors[1].quotes[0]"}}},
		// Only the store can tell: the seed's Lukashenko is an actor.
		{"id of another kind in the store", set("annotation", "places:\n  - id: alexander-lukashenko\n    name: Sochi\n    kind: city\n    quotes: [Sochi]\n"),
			[]FieldError{{Field: "annotation", Line: 2, Path: "places[0].id"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := write(h, http.MethodPost, "/api/v1/articles", tt.body, authorized)
			checkSpecMethod(t, http.MethodPost, "/api/v1/articles", rec)
			p := checkProblem(t, tt.name, rec, http.StatusBadRequest, "")
			var got []FieldError
			for _, e := range p.Errors {
				if e.Detail == "" {
					t.Errorf("error without detail: %+v", e)
				}
				if !strings.Contains(p.Detail, e.Field) {
					t.Errorf("detail %q does not name %s", p.Detail, e.Field)
				}
				e.Detail = ""
				if i := len(got); i < len(tt.want) && tt.want[i].Path == "" {
					e.Path = ""
				}
				got = append(got, e)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors %+v\nwant %+v\n(problem %s)", got, tt.want, rec.Body.String())
			}
		})
	}
	if after := stats(t, store); !reflect.DeepEqual(before, after) {
		t.Errorf("refused posts changed the store: %+v -> %+v", before, after)
	}
}

// TestBodyLimit: a body over the cap is a 413, whether its length is
// declared or only found while reading it.
func TestBodyLimit(t *testing.T) {
	store := freshStore(t)
	before := stats(t, store)
	h := writeHandler(t, store, WithMaxBody(1024))
	body := outletBody(t, func(m map[string]any) { m["text"] = strings.Repeat("Lukashenko met Putin. ", 100) })
	for _, chunked := range []bool{false, true} {
		t.Run("chunked="+strconv.FormatBool(chunked), func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/api/v1/articles", strings.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+testToken)
			if chunked {
				req.ContentLength = -1
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			checkSpecMethod(t, http.MethodPost, "/api/v1/articles", rec)
			p := checkProblem(t, "big body", rec, http.StatusRequestEntityTooLarge, "")
			if !strings.Contains(p.Detail, "1024") {
				t.Errorf("detail %q does not say the cap", p.Detail)
			}
		})
	}
	if after := stats(t, store); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused post changed the store")
	}
	// A body under the cap goes through.
	if rec := write(writeHandler(t, store, WithMaxBody(int64(len(outletBody(t, nil))))), http.MethodPost, "/api/v1/articles", outletBody(t, nil), authorized); rec.Code != http.StatusCreated {
		t.Errorf("a body of exactly the cap: %d %s", rec.Code, rec.Body.String())
	}
}

// TestWriteRateLimit: a client past its burst gets 429 with Retry-After,
// whether or not it has the token; another client and reads are not
// affected.
func TestWriteRateLimit(t *testing.T) {
	h := writeHandler(t, freshStore(t), WithWriteRate(0.5, 2))
	from := func(addr string, auth bool) map[string]string {
		m := map[string]string{"RemoteAddr": addr}
		if auth {
			m["Authorization"] = "Bearer " + testToken
		}
		return m
	}
	const target = "/api/v1/articles/never-written"
	tests := []struct {
		name   string
		header map[string]string
		status int
	}{
		{"first", from("192.0.2.1:1000", true), 404},
		{"second, without the token", from("192.0.2.1:1001", false), 401},
		{"third", from("192.0.2.1:1002", true), 429},
		{"another client", from("192.0.2.2:1000", true), 404},
		{"IPv6 client", from("[2001:db8::1]:1000", true), 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := write(h, http.MethodDelete, target, "", tt.header)
			checkSpecMethod(t, http.MethodDelete, target, rec)
			checkProblem(t, tt.name, rec, tt.status, "")
			if tt.status != http.StatusTooManyRequests {
				return
			}
			if s, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || s < 1 || s > 2 {
				t.Errorf("Retry-After %q, want 1 or 2 seconds", rec.Header().Get("Retry-After"))
			}
		})
	}
	// Reads from the limited client are not limited.
	for range 20 {
		req := httptest.NewRequest(http.MethodGet, "/api/v1/stats", nil)
		req.RemoteAddr = "192.0.2.1:1003"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("read from a write-limited client: %d", rec.Code)
		}
	}
}

// TestClientLimitsDropIdle: limiters unused for longer than it takes to
// refill are dropped, so the table holds only recent clients.
func TestClientLimitsDropIdle(t *testing.T) {
	l := newClientLimits(1, 5) // refills in 5 s; idle after a minute
	start := time.Unix(1_600_000_000, 0)
	for i := range 100 {
		if _, ok := l.allow("192.0.2."+strconv.Itoa(i), start); !ok {
			t.Fatalf("client %d refused on its first write", i)
		}
	}
	if n := l.size(); n != 100 {
		t.Fatalf("%d limiters, want 100", n)
	}
	later := start.Add(l.idle)
	if _, ok := l.allow("198.51.100.1", later); !ok {
		t.Fatal("a new client was refused")
	}
	if n := l.size(); n != 1 {
		t.Errorf("after the idle time %d limiters are kept, want 1", n)
	}
	// A client with a used limiter is limited until it refills.
	for range 5 {
		l.allow("198.51.100.1", later)
	}
	if wait, ok := l.allow("198.51.100.1", later); ok || wait <= 0 || wait > time.Second {
		t.Errorf("past the burst: allowed %v, wait %v", ok, wait)
	}
}

// TestDeleteArticle: withdrawing an article is a 204 and takes what only
// it stated; an unknown id is a 404 and changes nothing.
func TestDeleteArticle(t *testing.T) {
	store := freshStore(t)
	h := writeHandler(t, store)
	seedOnly := stats(t, store)
	if rec := write(h, http.MethodPost, "/api/v1/articles", outletBody(t, nil), authorized); rec.Code != http.StatusCreated {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body.String())
	}
	const target = "/api/v1/articles/" + outletArticle
	rec := write(h, http.MethodDelete, target, "", authorized)
	checkSpecMethod(t, http.MethodDelete, target, rec)
	if rec.Code != http.StatusNoContent || rec.Body.Len() != 0 {
		t.Fatalf("DELETE: %d %q, want 204 without a body", rec.Code, rec.Body.String())
	}
	checkProblem(t, target, get(t, h, target), http.StatusNotFound, "")
	if after := stats(t, store); !reflect.DeepEqual(seedOnly, after) {
		t.Errorf("after withdrawing the article the store is not the seed's: %+v, want %+v", after, seedOnly)
	}
	if ev := decode[graph.Event](t, get(t, h, "/api/v1/events/"+sochiTalks)); ev.SourceCount != 1 {
		t.Errorf("the Sochi talks keep %d sources, want 1", ev.SourceCount)
	}

	rec = write(h, http.MethodDelete, target, "", authorized)
	checkSpecMethod(t, http.MethodDelete, target, rec)
	p := checkProblem(t, target, rec, http.StatusNotFound, "")
	if !strings.Contains(p.Detail, outletArticle) {
		t.Errorf("404 detail %q does not name the id", p.Detail)
	}
	if after := stats(t, store); !reflect.DeepEqual(seedOnly, after) {
		t.Errorf("a 404 changed the store")
	}
}

// TestWriteLogHasNoToken: the request log of writes, right or wrong,
// never shows a token.
func TestWriteLogHasNoToken(t *testing.T) {
	var logBuf bytes.Buffer
	h := New(freshStore(t), slog.New(slog.NewTextHandler(&logBuf, nil)), WithAPIToken(testToken))
	const wrong = "wrong-token-abcdefghijklmnop"
	write(h, http.MethodDelete, "/api/v1/articles/never-written", "", authorized)
	write(h, http.MethodDelete, "/api/v1/articles/never-written", "", map[string]string{"Authorization": "Bearer " + wrong})
	write(h, http.MethodPost, "/api/v1/articles", outletBody(t, func(m map[string]any) { m["published"] = "x" }), authorized)
	logged := logBuf.String()
	if n := strings.Count(logged, "\n"); n != 3 {
		t.Errorf("%d log lines for 3 requests:\n%s", n, logged)
	}
	for _, secret := range []string{testToken, wrong} {
		if strings.Contains(logged, secret) {
			t.Errorf("the log shows a token:\n%s", logged)
		}
	}
	for _, want := range []string{"method=DELETE", "status=404", "status=401", "method=POST", "status=400"} {
		if !strings.Contains(logged, want) {
			t.Errorf("log lacks %q:\n%s", want, logged)
		}
	}
}

// TestPlannedEvent: an event announced for after its article's publication
// is accepted when marked planned, and answers as planned (a field the
// OpenAPI document must know).
func TestPlannedEvent(t *testing.T) {
	h := writeHandler(t, freshStore(t))
	ann := "actors:\n" +
		"  - {id: vladimir-putin, name: Vladimir Putin, kind: Person, quotes: [Putin]}\n" +
		"  - {id: alexander-lukashenko, name: Alexander Lukashenko, kind: Person, quotes: [Lukashenko]}\n" +
		"events:\n  - id: planned-talks\n    type: Meeting\n    title: Talks next week\n" +
		"    date: {start: 2020-09-21, end: 2020-09-27, precision: week}\n    planned: true\n" +
		"    participants:\n      - {actor: vladimir-putin, role: host}\n      - {actor: alexander-lukashenko, role: visitor}\n" +
		"    quotes: [will meet Lukashenko in Sochi next week]\n"
	body, _ := json.Marshal(map[string]string{"id": "planned-talks", "title": "Talks next week", "outlet": "Test",
		"published": "2020-09-14", "language": "en", "text": "Putin will meet Lukashenko in Sochi next week.", "annotation": ann})
	if rec := write(h, http.MethodPost, "/api/v1/articles", string(body), authorized); rec.Code != http.StatusCreated {
		t.Fatalf("post: %d %s", rec.Code, rec.Body)
	}
	e := decode[graph.Event](t, get(t, h, "/api/v1/events/planned-talks"))
	if !e.Planned {
		t.Errorf("the event reads as %+v, want planned", e)
	}
	// Without the mark the same date is refused, naming the field.
	body, _ = json.Marshal(map[string]string{"id": "unplanned-talks", "title": "Talks next week", "outlet": "Test",
		"published": "2020-09-14", "language": "en", "text": "Putin will meet Lukashenko in Sochi next week.",
		"annotation": strings.Replace(strings.Replace(ann, "    planned: true\n", "", 1), "planned-talks", "unplanned-talks", 1)})
	if rec := write(h, http.MethodPost, "/api/v1/articles", string(body), authorized); rec.Code != http.StatusBadRequest ||
		!strings.Contains(rec.Body.String(), "events[0].date") {
		t.Errorf("an unplanned event after publication: %d %s", rec.Code, rec.Body)
	}
}

// TestPostedArticleSizeCap: a posted article over the article size cap is
// a 400 naming the text, and nothing is written.
func TestPostedArticleSizeCap(t *testing.T) {
	store := freshStore(t)
	h := writeHandler(t, store, WithMaxArticleBytes(20))
	before := stats(t, store)
	rec := write(h, http.MethodPost, "/api/v1/articles", outletBody(t, nil), authorized)
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "over the limit of 20") ||
		!strings.Contains(rec.Body.String(), `"field":"text"`) {
		t.Errorf("post over the cap: %d %s", rec.Code, rec.Body)
	}
	if after := stats(t, store); !reflect.DeepEqual(before, after) {
		t.Errorf("the refused post changed the store: %+v -> %+v", before, after)
	}
}

// TestClientLimitsFull: when the table is full, the least recently used
// limiter gives way; a new client is never refused for want of room.
func TestClientLimitsFull(t *testing.T) {
	l := newClientLimits(1, 5)
	start := time.Unix(1_600_000_000, 0)
	for i := range maxClients {
		if _, ok := l.allow("10.0."+strconv.Itoa(i/256)+"."+strconv.Itoa(i%256), start.Add(time.Duration(i)*time.Microsecond)); !ok {
			t.Fatalf("client %d refused", i)
		}
	}
	if _, ok := l.allow("192.0.2.1", start.Add(time.Second)); !ok {
		t.Fatal("a new client was refused because the table was full")
	}
	if n := l.size(); n != maxClients {
		t.Errorf("%d limiters, want %d", n, maxClients)
	}
	l.mu.Lock()
	_, first := l.clients["10.0.0.0"]
	l.mu.Unlock()
	if first {
		t.Error("the least recently used limiter was kept")
	}
}

// TestClientIP: IPv6 clients count by their /64.
func TestClientIP(t *testing.T) {
	for addr, want := range map[string]string{
		"192.0.2.7:5000":            "192.0.2.7",
		"[2001:db8:1:2:3::9]:443":   "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::]:443": "2001:db8:1:2::/64",
	} {
		if got := clientIP(&http.Request{RemoteAddr: addr}); got != want {
			t.Errorf("%s counts as %q, want %q", addr, got, want)
		}
	}
}

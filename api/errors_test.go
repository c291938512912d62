package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/web"
)

// checkProblem asserts a problem+json response with the given status and,
// for parameter problems, the parameter named both in the body's
// parameter member and in its detail.
func checkProblem(t *testing.T, target string, rec *httptest.ResponseRecorder, status int, param string) Problem {
	t.Helper()
	body := rec.Body.Bytes()
	if rec.Code != status {
		t.Fatalf("%s: status %d, want %d: %s", target, rec.Code, status, body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != problemContentType {
		t.Errorf("%s: Content-Type %q, want %s", target, ct, problemContentType)
	}
	var p Problem
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("%s: body is not a problem: %v: %s", target, err, body)
	}
	if p.Type != "about:blank" || p.Status != status || p.Title != http.StatusText(status) || p.Detail == "" {
		t.Errorf("%s: problem %+v", target, p)
	}
	if p.Parameter != param {
		t.Errorf("%s: parameter %q, want %q (detail %q)", target, p.Parameter, param, p.Detail)
	}
	if param != "" && !strings.Contains(p.Detail, param) {
		t.Errorf("%s: detail %q does not name %s", target, p.Detail, param)
	}
	return p
}

// TestErrors covers every error case of the API against the seeded store;
// each response is also checked against openapi.json.
func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		target string
		status int
		param  string
	}{
		// Unknown ids.
		{"unknown actor", "/api/v1/actors/nobody", 404, ""},
		{"unknown actor met", "/api/v1/actors/nobody/met", 404, ""},
		{"unknown actor network", "/api/v1/actors/nobody/network", 404, ""},
		{"unknown event", "/api/v1/events/nothing-happened", 404, ""},
		{"unknown article", "/api/v1/articles/never-written", 404, ""},
		{"unknown meetings actor", "/api/v1/meetings?actor=nobody", 404, "actor"},
		{"unknown meetings with", "/api/v1/meetings?actor=" + lukashenko + "&with=nobody", 404, "with"},
		{"unknown path from", "/api/v1/paths?from=nobody&to=" + putin, 404, "from"},
		{"unknown path to", "/api/v1/paths?from=" + putin + "&to=nobody", 404, "to"},
		{"id with a slash", "/api/v1/actors/a%2Fb", 404, ""},

		// Dates.
		{"unparseable from", "/api/v1/timeline?from=yesterday", 400, "from"},
		{"unparseable to", "/api/v1/timeline?to=2020-13", 400, "to"},
		{"impossible day", "/api/v1/timeline?from=2020-02-30", 400, "from"},
		{"from after to", "/api/v1/timeline?from=2020-09-14&to=2020-09-13", 400, "from"},
		{"from after to, meetings", "/api/v1/meetings?from=2021&to=2020", 400, "from"},
		{"from after to, timelinejs", "/api/v1/timeline.timelinejs?from=2021&to=2020", 400, "from"},
		{"empty from", "/api/v1/timeline?from=", 400, "from"},

		// Limits.
		{"limit zero", "/api/v1/timeline?limit=0", 400, "limit"},
		{"asOf not a day", "/api/v1/timeline?asOf=2020-13-01", 400, "asOf"},
		{"asOf empty", "/api/v1/meetings?asOf=", 400, "asOf"},
		{"asOf on an event", "/api/v1/events/x?asOf=yesterday", 400, "asOf"},
		{"asOf on met", "/api/v1/actors/alexander-lukashenko/met?asOf=2020", 400, "asOf"},
		{"minSources negative", "/api/v1/timeline?minSources=-1", 400, "minSources"},
		{"minSources not a number", "/api/v1/timeline?minSources=two", 400, "minSources"},
		{"malformed percent-encoding", "/api/v1/actors?q=%zz", 400, "q"},
		{"truncated percent-encoding", "/api/v1/timeline?limit=5&actor=%E0%A4%A", 400, "actor"},
		{"malformed key", "/api/v1/timeline?act%zzor=x", 400, "act%zzor"},
		{"encoded slash stays in the id", "/api/v1/actors/alexander-lukashenko%2Fmet", 404, ""},
		{"limit negative", "/api/v1/actors?limit=-1", 400, "limit"},
		{"limit too big", "/api/v1/articles?limit=501", 400, "limit"},
		{"limit not a number", "/api/v1/timeline?limit=abc", 400, "limit"},
		{"limit fraction", "/api/v1/actors?limit=1.5", 400, "limit"},
		{"limit huge", "/api/v1/actors?limit=99999999999999999999999", 400, "limit"},
		{"limit empty", "/api/v1/timeline.timelinejs?limit=", 400, "limit"},

		// Vocabularies.
		{"unknown type", "/api/v1/timeline?type=Picnic", 400, "type"},
		{"type in lower case", "/api/v1/timeline.timelinejs?type=meeting", 400, "type"},
		{"empty type", "/api/v1/timeline?type=", 400, "type"},
		{"unknown kind", "/api/v1/actors?kind=Robot", 400, "kind"},

		// Hops and depth.
		{"maxHops zero", "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin + "&maxHops=0", 400, "maxHops"},
		{"maxHops too big", "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin + "&maxHops=7", 400, "maxHops"},
		{"maxHops not a number", "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin + "&maxHops=two", 400, "maxHops"},
		{"depth too big", "/api/v1/actors/" + lukashenko + "/network?depth=4", 400, "depth"},
		{"depth zero", "/api/v1/actors/" + lukashenko + "/network?depth=0", 400, "depth"},
		{"missing from", "/api/v1/paths?to=" + putin, 400, "from"},
		{"missing to", "/api/v1/paths?from=" + putin, 400, "to"},

		// Cursors.
		{"bad cursor timeline", "/api/v1/timeline?cursor=nonsense", 400, "cursor"},
		{"bad cursor actors", "/api/v1/actors?cursor=WyJhIl0", 400, "cursor"}, // ["a"]: one key, two wanted
		{"bad cursor articles", "/api/v1/articles?cursor=%25%25", 400, "cursor"},
		{"bad cursor timelinejs", "/api/v1/timeline.timelinejs?cursor=x", 400, "cursor"},
		// Well formed, but issued by another listing: the actors'.
		{"foreign cursor timeline", "/api/v1/timeline?cursor=WyJhY3RvcnMiLCJiZWxhcnVzIiwiYmVsYXJ1cyJd", 400, "cursor"},
		// A timeline cursor whose day is not a day.
		{"forged cursor timeline", "/api/v1/timeline?cursor=WyJ0aW1lbGluZSIsImJlbGFydXMiLCJiZWxhcnVzIl0", 400, "cursor"},

		// Empty filters are mistakes, not "no filter".
		{"empty actor", "/api/v1/timeline?actor=", 400, "actor"},
		{"empty place", "/api/v1/timeline?place=", 400, "place"},
		{"empty with", "/api/v1/meetings?with=", 400, "with"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := serve(handler, http.MethodGet, tt.target)
			if tt.name != "id with a slash" { // no operation matches that path
				checkSpec(t, tt.target, rec)
			}
			checkProblem(t, tt.target, rec, tt.status, tt.param)
		})
	}
}

// TestErrorGolden pins the exact bodies of one problem of each kind.
func TestErrorGolden(t *testing.T) {
	for name, target := range map[string]string{
		"problem-400": "/api/v1/timeline?limit=501",
		"problem-404": "/api/v1/actors/nobody",
	} {
		t.Run(name, func(t *testing.T) { golden(t, name, serve(handler, http.MethodGet, target).Body.Bytes()) })
	}
}

// TestNoRouteAndMethod: unknown paths and methods get problems too.
func TestNoRouteAndMethod(t *testing.T) {
	rec := serve(handler, http.MethodGet, "/api/v1/nothing-here")
	checkProblem(t, "/api/v1/nothing-here", rec, 404, "")
	rec = serve(handler, http.MethodGet, "/api/v1/actors/")
	checkProblem(t, "/api/v1/actors/", rec, 404, "")

	rec = serve(handler, http.MethodDelete, "/api/v1/actors/"+lukashenko)
	checkProblem(t, "DELETE", rec, 405, "")
	if allow := rec.Header().Get("Allow"); allow != "GET, HEAD" {
		t.Errorf("Allow = %q, want GET, HEAD", allow)
	}
}

// TestUnavailable uses a real store that has been closed: every route
// that reads the store answers 503 with a Retry-After, and the body never
// shows the store's own message.
func TestUnavailable(t *testing.T) {
	ctx := context.Background()
	backend, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "closed.db"))
	if err != nil {
		t.Fatal(err)
	}
	store := graph.New(backend)
	if err := store.Close(ctx); err != nil {
		t.Fatal(err)
	}
	h := New(store, quietLog())
	for _, target := range []string{
		"/readyz",
		"/api/v1/actors",
		"/api/v1/actors/" + lukashenko,
		"/api/v1/actors/" + lukashenko + "/met",
		"/api/v1/actors/" + lukashenko + "/network",
		"/api/v1/meetings",
		"/api/v1/meetings?actor=" + lukashenko,
		"/api/v1/timeline",
		"/api/v1/timeline.timelinejs",
		"/api/v1/events/" + loanEvent,
		"/api/v1/articles",
		"/api/v1/articles/" + seedArticle,
		"/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin,
	} {
		t.Run(target, func(t *testing.T) {
			rec := get(t, h, target)
			p := checkProblem(t, target, rec, http.StatusServiceUnavailable, "")
			if rec.Header().Get("Retry-After") == "" {
				t.Errorf("no Retry-After")
			}
			if strings.Contains(strings.ToLower(p.Detail), "sqlite") || strings.Contains(p.Detail, "closed") {
				t.Errorf("detail leaks the store's message: %q", p.Detail)
			}
		})
	}
	// The process itself is still alive.
	if rec := get(t, h, "/healthz"); rec.Code != http.StatusOK {
		t.Errorf("/healthz: %d", rec.Code)
	}
}

// TestRequestTimeout: a store query that outlives the request's budget is
// a 503, not a hung connection.
func TestRequestTimeout(t *testing.T) {
	h := New(seeded, quietLog(), WithRequestTimeout(time.Nanosecond))
	rec := get(t, h, "/api/v1/timeline")
	checkProblem(t, "/api/v1/timeline", rec, http.StatusServiceUnavailable, "")
}

// faultyBackend fails in ways a real backend should not, to test what the
// client sees when the server has a bug.
type faultyBackend struct {
	graph.Backend
}

func (b faultyBackend) View(ctx context.Context, fn func(graph.View) error) error {
	return b.Backend.View(ctx, func(v graph.View) error { return fn(faultyView{v}) })
}

type faultyView struct {
	graph.View
}

func (faultyView) Actors(context.Context, graph.ActorFilter, int) ([]graph.Actor, error) {
	panic("secret panic value")
}

func (faultyView) Events(context.Context, graph.EventFilter, int) ([]graph.Event, error) {
	return nil, errors.New("secret internal message: table events is corrupt")
}

// TestInternalErrors: a panic and an unexpected error both give a 500
// problem that shows neither the panic nor the error; both are logged.
func TestInternalErrors(t *testing.T) {
	var logBuf bytes.Buffer
	h := New(graph.New(faultyBackend{seededBackend}), slog.New(slog.NewTextHandler(&logBuf, nil)))
	for _, target := range []string{"/api/v1/actors", "/api/v1/events/" + loanEvent} {
		t.Run(target, func(t *testing.T) {
			rec := get(t, h, target)
			checkProblem(t, target, rec, http.StatusInternalServerError, "")
			if body := rec.Body.String(); strings.Contains(body, "secret") || strings.Contains(body, "goroutine") {
				t.Errorf("500 body leaks internals: %s", body)
			}
		})
	}
	logged := logBuf.String()
	for _, want := range []string{"secret panic value", "secret internal message", "status=500"} {
		if !strings.Contains(logged, want) {
			t.Errorf("log lacks %q:\n%s", want, logged)
		}
	}
}

// TestRequestLog: one line per request with method, path, status and
// latency.
func TestRequestLog(t *testing.T) {
	var logBuf bytes.Buffer
	h := New(seeded, slog.New(slog.NewTextHandler(&logBuf, nil)))
	serve(h, http.MethodGet, "/api/v1/actors/"+lukashenko)
	serve(h, http.MethodGet, "/api/v1/timeline?limit=abc")
	lines := strings.Split(strings.TrimSpace(logBuf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d log lines for 2 requests:\n%s", len(lines), logBuf.String())
	}
	for i, want := range []string{"path=/api/v1/actors/" + lukashenko + " status=200", "path=/api/v1/timeline status=400"} {
		if !strings.Contains(lines[i], "method=GET "+want) || !strings.Contains(lines[i], "latency=") {
			t.Errorf("log line %q lacks %q and latency", lines[i], want)
		}
	}
}

// TestPage serves a web page given with WithPage next to the API.
func TestPage(t *testing.T) {
	page := fstest.MapFS{
		"index.html":       {Data: []byte("<!doctype html><title>eventgraph</title>")},
		"assets/app.js":    {Data: []byte("console.log(1)")},
		"assets/style.css": {Data: []byte("body{}")},
		".gitkeep":         {Data: []byte{}},
	}
	h := New(seeded, quietLog(), WithPage(page))
	tests := []struct {
		target, ct string
		status     int
	}{
		{"/", "text/html; charset=utf-8", 200},
		{"/index.html", "text/html; charset=utf-8", 200},
		{"/assets/app.js", "text/javascript; charset=utf-8", 200},
		{"/assets/style.css", "text/css; charset=utf-8", 200},
		{"/assets/missing.js", problemContentType, 404},
		{"/assets", problemContentType, 404},
		{"/../index.html", "text/html; charset=utf-8", 200},
		{"/api/v1/missing", problemContentType, 404},
		{"/.gitkeep", problemContentType, 404},
		{"/api/v1/actors/" + lukashenko, "application/json; charset=utf-8", 200},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := serve(h, http.MethodGet, tt.target)
			if rec.Code != tt.status || rec.Header().Get("Content-Type") != tt.ct {
				t.Errorf("GET %s: %d %q, want %d %q", tt.target, rec.Code, rec.Header().Get("Content-Type"), tt.status, tt.ct)
			}
		})
	}
	if rec := serve(New(seeded, quietLog()), http.MethodGet, "/"); rec.Code != http.StatusNotFound {
		t.Errorf("without a page, / gives %d, want 404", rec.Code)
	}
	// A binary built before the page: / says how to build it.
	rec := serve(New(seeded, quietLog(), WithPage(fstest.MapFS{".gitkeep": {}})), http.MethodGet, "/")
	if p := checkProblem(t, "/ unbuilt", rec, http.StatusServiceUnavailable, ""); !strings.Contains(p.Detail, "make web") {
		t.Errorf("unbuilt page: detail %q does not say how to build it", p.Detail)
	}
}

// TestWebPage serves the real page package the way eventgraph serve does.
func TestWebPage(t *testing.T) {
	h := New(seeded, quietLog(), WithPage(web.Dist()))
	rec := serve(h, http.MethodGet, "/")
	if !web.Built() {
		checkProblem(t, "/", rec, http.StatusServiceUnavailable, "")
		return
	}
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "<") {
		t.Fatalf("GET /: %d %s", rec.Code, rec.Body.String())
	}
	// Every file of the page is served at its path.
	err := fs.WalkDir(web.Dist(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || hidden(name) {
			return err
		}
		if rec := serve(h, http.MethodGet, "/"+name); rec.Code != http.StatusOK {
			t.Errorf("GET /%s: %d", name, rec.Code)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestClientGone: a client that disconnects before the answer is no
// server error: the request is logged at INFO with status 499, never as
// a 500 at ERROR, on the real store.
func TestClientGone(t *testing.T) {
	var logBuf bytes.Buffer
	h := New(seeded, slog.New(slog.NewTextHandler(&logBuf, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, target := range []string{"/api/v1/timeline", "/api/v1/actors/" + lukashenko, "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin} {
		req := httptest.NewRequestWithContext(ctx, http.MethodGet, target, nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != statusClientClosed {
			t.Errorf("%s: status %d, want %d", target, rec.Code, statusClientClosed)
		}
	}
	logged := logBuf.String()
	if strings.Contains(logged, "level=ERROR") || strings.Contains(logged, "status=500") || !strings.Contains(logged, "status=499") {
		t.Errorf("a client that went away was logged as an error:\n%s", logged)
	}
}

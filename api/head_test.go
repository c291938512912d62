package api

import (
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/gin-gonic/gin"
)

// TestHead: every GET route answers HEAD with GET's status and headers
// and no body, through a real server (net/http is what drops the body).
// The table must name a request for every GET route the handler has.
func TestHead(t *testing.T) {
	page := fstest.MapFS{
		"index.html":    {Data: []byte("<!doctype html><title>eventgraph</title>")},
		"assets/app.js": {Data: []byte("console.log(1)")},
	}
	h := New(seeded, quietLog(), WithPage(page))
	srv := httptest.NewServer(h)
	defer srv.Close()

	tests := []struct{ route, target string }{
		{"/", "/"},
		{"/healthz", "/healthz"},
		{"/readyz", "/readyz"},
		{"/api/v1/openapi.json", "/api/v1/openapi.json"},
		{"/api/v1/actors", "/api/v1/actors?q=luka"},
		{"/api/v1/actors/:id", "/api/v1/actors/" + lukashenko},
		{"/api/v1/actors/:id/met", "/api/v1/actors/" + lukashenko + "/met"},
		{"/api/v1/actors/:id/network", "/api/v1/actors/" + tikhanovskaya + "/network"},
		{"/api/v1/meetings", "/api/v1/meetings"},
		{"/api/v1/timeline", "/api/v1/timeline"},
		{"/api/v1/timeline.timelinejs", "/api/v1/timeline.timelinejs?limit=2"},
		{"/api/v1/events/:id", "/api/v1/events/" + loanEvent},
		{"/api/v1/articles", "/api/v1/articles"},
		{"/api/v1/articles/:id", "/api/v1/articles/" + seedArticle},
		{"/api/v1/paths", "/api/v1/paths?from=" + tikhanovskaya + "&to=" + putin},
		{"/api/v1/stats", "/api/v1/stats"},
		{"/api/v1/merges", "/api/v1/merges"},
		// Not routes of their own: a page asset, and errors.
		{"", "/assets/app.js"},
		{"", "/api/v1/actors/nobody"},
		{"", "/api/v1/timeline?limit=0"},
		{"", "/nothing-here"},
	}
	var gets []string
	for _, r := range h.(*gin.Engine).Routes() {
		if r.Method == http.MethodGet {
			gets = append(gets, r.Path)
		}
	}
	for _, g := range gets {
		if !slices.ContainsFunc(tests, func(tt struct{ route, target string }) bool { return tt.route == g }) {
			t.Errorf("GET %s has no HEAD test", g)
		}
	}

	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			getRes, getBody := fetch(t, http.MethodGet, srv.URL+tt.target)
			headRes, headBody := fetch(t, http.MethodHead, srv.URL+tt.target)
			if headRes.StatusCode != getRes.StatusCode {
				t.Errorf("HEAD status %d, GET %d", headRes.StatusCode, getRes.StatusCode)
			}
			if len(headBody) != 0 {
				t.Errorf("HEAD has a body of %d bytes", len(headBody))
			}
			if len(getBody) == 0 {
				t.Errorf("GET has no body")
			}
			gh, hh := headers(getRes.Header), headers(headRes.Header)
			if !maps.EqualFunc(gh, hh, slices.Equal) {
				t.Errorf("headers differ:\nGET:  %v\nHEAD: %v", gh, hh)
			}
			// A client reading Content-Length learns the GET's size.
			if cl := headRes.Header.Get("Content-Length"); cl != "" && headRes.ContentLength != int64(len(getBody)) {
				t.Errorf("HEAD Content-Length %d, GET body %d bytes", headRes.ContentLength, len(getBody))
			}
		})
	}
}

// headers are the header fields of a response but Date, the only one
// two answers a moment apart may differ in.
func headers(h http.Header) map[string][]string {
	out := maps.Clone(h)
	delete(out, "Date")
	return out
}

func fetch(t *testing.T, method, url string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	return res, body
}

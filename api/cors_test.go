package api

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

func TestParseOrigins(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", nil, false},
		{" , ", nil, false},
		{"*", []string{"*"}, false},
		{"https://news.example", []string{"https://news.example"}, false},
		{"https://News.Example, http://localhost:3000", []string{"https://news.example", "http://localhost:3000"}, false},
		{"https://news.example/", nil, true},
		{"https://news.example/page", nil, true},
		{"news.example", nil, true},
		{"ftp://news.example", nil, true},
		{"https://user@news.example", nil, true},
		{"*, https://news.example", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseOrigins(tt.in)
			if (err != nil) != tt.wantErr || !slices.Equal(got, tt.want) {
				t.Errorf("ParseOrigins(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// corsRequest sends a request with an Origin header; a preflight when
// requestMethod is not empty.
func corsRequest(h http.Handler, method, target, origin, requestMethod string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	if requestMethod != "" {
		req.Header.Set("Access-Control-Request-Method", requestMethod)
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// corsHeaders are the Access-Control-* headers of a response.
func corsHeaders(rec *httptest.ResponseRecorder) map[string]string {
	out := map[string]string{}
	for k, v := range rec.Header() {
		if strings.HasPrefix(k, "Access-Control-") {
			out[k] = strings.Join(v, ", ")
		}
	}
	return out
}

// TestCORS: off unless configured; then only the listed origins (or any,
// for *) may read answers, and their preflights are answered with the
// methods the server takes.
func TestCORS(t *testing.T) {
	const site, other = "https://news.example", "https://other.example"
	off := New(seeded, quietLog(), WithAPIToken(testToken))
	listed := New(seeded, quietLog(), WithAPIToken(testToken), WithCORS([]string{site}))
	readOnly := New(seeded, quietLog(), WithCORS([]string{site}))
	anyOrigin := New(seeded, quietLog(), WithCORS([]string{"*"}))
	const stats = "/api/v1/stats"
	tests := []struct {
		name                        string
		h                           http.Handler
		method, origin, preflightOf string
		status                      int
		// allowOrigin is the Access-Control-Allow-Origin wanted, "" for
		// none; methods the Allow-Methods of a preflight.
		allowOrigin, methods string
	}{
		{"off: no header", off, http.MethodGet, site, "", 200, "", ""},
		{"off: no preflight", off, http.MethodOptions, site, http.MethodPost, 405, "", ""},
		{"listed origin", listed, http.MethodGet, site, "", 200, site, ""},
		{"listed origin, HEAD", listed, http.MethodHead, site, "", 200, site, ""},
		{"listed origin, error", listed, http.MethodGet + " 404", site, "", 404, site, ""},
		{"other origin", listed, http.MethodGet, other, "", 200, "", ""},
		{"no origin", listed, http.MethodGet, "", "", 200, "", ""},
		{"preflight", listed, http.MethodOptions, site, http.MethodPost, 204, site, "GET, HEAD, POST, DELETE"},
		{"preflight without writes", readOnly, http.MethodOptions, site, http.MethodGet, 204, site, "GET, HEAD"},
		{"preflight from another origin", listed, http.MethodOptions, other, http.MethodDelete, 405, "", ""},
		{"any origin", anyOrigin, http.MethodGet, other, "", 200, "*", ""},
		{"any origin, preflight", anyOrigin, http.MethodOptions, other, http.MethodGet, 204, "*", "GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method, target := tt.method, stats
			if m, ok := strings.CutSuffix(method, " 404"); ok {
				method, target = m, "/api/v1/actors/nobody"
			}
			rec := corsRequest(tt.h, method, target, tt.origin, tt.preflightOf)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d", rec.Code, tt.status)
			}
			got := corsHeaders(rec)
			if got["Access-Control-Allow-Origin"] != tt.allowOrigin {
				t.Errorf("Access-Control-Allow-Origin %q, want %q (all: %v)", got["Access-Control-Allow-Origin"], tt.allowOrigin, got)
			}
			if tt.allowOrigin == "" && len(got) > 0 {
				t.Errorf("CORS headers for a refused or absent origin: %v", got)
			}
			if got["Access-Control-Allow-Methods"] != tt.methods {
				t.Errorf("Access-Control-Allow-Methods %q, want %q", got["Access-Control-Allow-Methods"], tt.methods)
			}
			if tt.methods != "" && got["Access-Control-Allow-Headers"] != "Authorization, Content-Type" {
				t.Errorf("Access-Control-Allow-Headers %q", got["Access-Control-Allow-Headers"])
			}
			vary := rec.Header().Values("Vary")
			if wantVary := tt.h == listed || tt.h == readOnly; slices.Contains(vary, "Origin") != wantVary {
				t.Errorf("Vary %v; Origin wanted: %v", vary, wantVary)
			}
		})
	}
}

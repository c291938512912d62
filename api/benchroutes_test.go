package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// TestBenchRoutesOffByDefault: without WithBenchRoutes neither the bytes
// route nor the profiler exists.
func TestBenchRoutesOffByDefault(t *testing.T) {
	for _, target := range []string{"/bench/bytes?size=100", "/debug/pprof/", "/debug/pprof/heap", "/debug/pprof/cmdline"} {
		if rec := serve(handler, http.MethodGet, target); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s without bench routes: %d, want 404", target, rec.Code)
		}
	}
}

// TestBenchBytes: /bench/bytes answers exactly size bytes of valid JSON,
// and a bad size is a 400 problem naming the parameter.
func TestBenchBytes(t *testing.T) {
	h := New(seeded, quietLog(), WithBenchRoutes())
	for _, n := range []int{0, 1, 2, 5, 23, 24, 25, 600, 4096, 65537, MaxBenchBytes} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			rec := serve(h, http.MethodGet, fmt.Sprintf("/bench/bytes?size=%d", n))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			body := rec.Body.Bytes()
			if len(body) != n {
				t.Fatalf("%d bytes, want %d", len(body), n)
			}
			if n > 0 && !json.Valid(body) {
				t.Errorf("not JSON: %.200s", body)
			}
			if n >= 4096 {
				var page struct {
					Items []map[string]any `json:"items"`
				}
				if err := json.Unmarshal(body, &page); err != nil || len(page.Items) == 0 {
					t.Errorf("not a page of items (%v): %.200s", err, body)
				}
			}
			// The same size twice is the same answer.
			again := serve(h, http.MethodGet, fmt.Sprintf("/bench/bytes?size=%d", n))
			if again.Body.String() != rec.Body.String() {
				t.Errorf("second answer differs")
			}
		})
	}
	for _, target := range []string{"/bench/bytes", "/bench/bytes?size=", "/bench/bytes?size=ten",
		"/bench/bytes?size=-1", fmt.Sprintf("/bench/bytes?size=%d", MaxBenchBytes+1)} {
		rec := serve(h, http.MethodGet, target)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", target, rec.Code)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); ct != problemContentType {
			t.Errorf("GET %s: Content-Type %q", target, ct)
		}
		var p Problem
		if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Parameter != "size" {
			t.Errorf("GET %s: problem %+v (%v), want parameter size", target, p, err)
		}
	}
}

// TestBenchPprof: with WithBenchRoutes the profiler answers, and the
// API's own routes are unchanged.
func TestBenchPprof(t *testing.T) {
	h := New(seeded, quietLog(), WithBenchRoutes())
	tests := []struct{ target, want string }{
		{"/debug/pprof/", "goroutine"},
		{"/debug/pprof/goroutine?debug=1", "goroutine profile:"},
		{"/debug/pprof/heap?debug=1", "heap profile:"},
		{"/debug/pprof/cmdline", ""},
		{"/debug/pprof/symbol", "num_symbols"},
	}
	for _, tt := range tests {
		rec := serve(h, http.MethodGet, tt.target)
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: %d %.200s", tt.target, rec.Code, rec.Body)
			continue
		}
		if !strings.Contains(rec.Body.String(), tt.want) {
			t.Errorf("GET %s does not say %q: %.200s", tt.target, tt.want, rec.Body)
		}
	}
	// pprof's symbol lookup is also a POST of addresses.
	req := httptest.NewRequest(http.MethodPost, "/debug/pprof/symbol", strings.NewReader("0x0"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "num_symbols") {
		t.Errorf("POST /debug/pprof/symbol: %d %.200s", rec.Code, rec.Body)
	}
	if rec := serve(handler, http.MethodPost, "/debug/pprof/symbol"); rec.Code != http.StatusNotFound {
		t.Errorf("POST /debug/pprof/symbol without bench routes: %d, want 404", rec.Code)
	}
	if rec := serve(h, http.MethodGet, "/debug/pprof/no-such-profile"); rec.Code != http.StatusNotFound {
		t.Errorf("unknown profile: %d, want 404", rec.Code)
	}
	with, without := serve(h, http.MethodGet, "/api/v1/timeline"), serve(handler, http.MethodGet, "/api/v1/timeline")
	if with.Code != http.StatusOK || with.Body.String() != without.Body.String() {
		t.Errorf("timeline with bench routes: %d, differs from without: %v", with.Code, with.Body.String() != without.Body.String())
	}
}

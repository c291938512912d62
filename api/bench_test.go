package api

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// benchGet measures one GET through the whole stack: gin's router, the
// middleware (request log to a discarding handler), parameter binding,
// the SQLite store with the seed, and JSON rendering.
func benchGet(b *testing.B, target string) {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("GET %s: %d %s", target, rec.Code, rec.Body.String())
	}
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", target, rec.Code)
		}
	}
}

func BenchmarkTimeline(b *testing.B) { benchGet(b, "/api/v1/timeline") }

func BenchmarkMet(b *testing.B) { benchGet(b, "/api/v1/actors/"+lukashenko+"/met") }

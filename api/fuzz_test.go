package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzQuery: any query string on the listing routes gets an answer that
// is not a server error, and every refusal is problem+json; never a
// panic.
func FuzzQuery(f *testing.F) {
	for _, q := range []string{"", "limit=5", "actor=alexander-lukashenko&type=Meeting", "from=2020&to=2020-09",
		"limit=0", "cursor=abc", "q=%zz", "minSources=2&asOf=2020-09-14", "from=2020-13", "maxHops=99&from=a&to=b",
		"depth=3", "limit=9999999999999999999", "asOf=0000-01-01", "place=sochi&limit=1"} {
		f.Add(q)
	}
	h := New(seeded, quietLog())
	routes := []string{"/api/v1/timeline", "/api/v1/actors", "/api/v1/meetings", "/api/v1/paths",
		"/api/v1/actors/" + lukashenko + "/network", "/api/v1/articles", "/api/v1/timeline.timelinejs"}
	f.Fuzz(func(t *testing.T, query string) {
		if strings.ContainsAny(query, " #\r\n\x00") {
			// Not a query a client can send on a request line.
			return
		}
		for _, route := range routes {
			req, err := http.NewRequest(http.MethodGet, route+"?"+query, nil)
			if err != nil {
				return
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code >= 500 {
				t.Fatalf("GET %s?%s: %d %s", route, query, rec.Code, rec.Body)
			}
			if rec.Code >= 400 && rec.Header().Get("Content-Type") != problemContentType {
				t.Fatalf("GET %s?%s: %d as %s", route, query, rec.Code, rec.Header().Get("Content-Type"))
			}
		}
	})
}

package api

import (
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

// TestWriteJSON: writeJSON writes exactly the bytes json.Marshal (and so
// gin's c.JSON) writes, HTML escaping included, with the content type and
// a Content-Length; what cannot be encoded is a 500 problem, not an empty
// 200.
func TestWriteJSON(t *testing.T) {
	values := []any{
		status{Status: "ok"},
		map[string]any{"title": "<b>Lukashenko & Putin</b> \u2028", "n": 1.5, "none": nil},
		newList([]string{}, ""),
		newList([]string{"a"}, "next"),
		strings.Repeat("x", 3*maxPooledBuffer), // not kept in the pool
	}
	for i, v := range values {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		// Twice, so that the second reuses a pooled buffer.
		for range 2 {
			rec := httptest.NewRecorder()
			c, _ := gin.CreateTestContext(rec)
			writeJSON(c, http.StatusCreated, v)
			if rec.Code != http.StatusCreated || rec.Body.String() != string(want) {
				t.Errorf("value %d: %d %.100q, want %.100q", i, rec.Code, rec.Body.String(), want)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("value %d: Content-Type %q", i, ct)
			}
			if cl := rec.Header().Get("Content-Length"); cl != strconv.Itoa(len(want)) {
				t.Errorf("value %d: Content-Length %q, want %d", i, cl, len(want))
			}
		}
	}

	rec := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(rec)
	writeJSON(c, http.StatusOK, map[string]float64{"x": math.Inf(1)})
	if rec.Code != http.StatusInternalServerError || rec.Header().Get("Content-Type") != problemContentType {
		t.Errorf("unencodable value: %d %s %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	if len(c.Errors) != 1 || !strings.Contains(c.Errors.Last().Error(), "encode answer") {
		t.Errorf("unencodable value: errors %v", c.Errors)
	}
}

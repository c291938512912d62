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

	"github.com/eventgraph/eventgraph/graph"
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

// sizedWriter is a ResponseWriter that records the size of each write.
type sizedWriter struct {
	*httptest.ResponseRecorder
	writes []int
}

func (w *sizedWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, len(p))
	return w.ResponseRecorder.Write(p)
}

// TestListingsStream: a listing whose answer outgrows streamAfter is sent
// while it is encoded, in writes no larger than streamAfter and one item,
// without a Content-Length, to the same bytes as json.Marshal; a small
// listing is sent whole with its length; a path listing keeps its
// truncated field.
func TestListingsStream(t *testing.T) {
	item := strings.Repeat("<é>", 2000) // 28,002 bytes encoded, HTML escaped
	big := make([]string, 40)
	for i := range big {
		big[i] = item
	}
	cases := []struct {
		name     string
		v        any
		streamed bool
	}{
		{"large listing", newList(big, "cursor"), true},
		{"small listing", newList(big[:2], ""), false},
		{"paths", pathList{list: newList([]graph.Path{}, ""), Truncated: true}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := json.Marshal(c.v)
			if err != nil {
				t.Fatal(err)
			}
			w := &sizedWriter{ResponseRecorder: httptest.NewRecorder()}
			ctx, _ := gin.CreateTestContext(w)
			writeJSON(ctx, http.StatusOK, c.v)
			if w.Body.String() != string(want) {
				t.Fatalf("body %.200q, want %.200q", w.Body.String(), want)
			}
			cl := w.Header().Get("Content-Length")
			if c.streamed {
				encoded, _ := json.Marshal(item)
				maxWrite := streamAfter + len(",") + len(encoded)
				if cl != "" || len(w.writes) < 2 {
					t.Errorf("Content-Length %q, %d writes; want the answer streamed", cl, len(w.writes))
				}
				for _, n := range w.writes {
					if n > maxWrite {
						t.Errorf("a write of %d bytes, want at most %d", n, maxWrite)
					}
				}
			} else if cl != strconv.Itoa(len(want)) || len(w.writes) != 1 {
				t.Errorf("Content-Length %q, %d writes; want %d bytes in one write", cl, len(w.writes), len(want))
			}
			if c.name == "paths" && !strings.Contains(w.Body.String(), `"truncated":true`) {
				t.Errorf("paths answer %s lost truncated", w.Body)
			}
		})
	}
}

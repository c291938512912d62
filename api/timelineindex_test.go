package api

import (
	"bytes"
	"encoding/json"
	"net/url"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestTimelineIndexAnswersAsTheStore: the timeline route answers the same
// bytes from the in-memory index (the shared handler) as from the store,
// and the index answered.
func TestTimelineIndexAnswersAsTheStore(t *testing.T) {
	plain := New(graph.New(seededBackend), quietLog())
	before := seeded.TimelineIndex()
	queries := []string{"", "limit=1", "limit=3", "type=Meeting", "type=Protest&limit=1", "actor=alexander-lukashenko",
		"actor=vladimir-putin&type=Meeting", "from=2020-09", "from=2019&to=2019", "to=2020-08-31&limit=2",
		"minSources=2", "actor=no-such-actor", "place=sochi", "asOf=2020-09-14"}
	for _, q := range queries {
		target := "/api/v1/timeline?" + q
		for page := 0; target != ""; page++ {
			got, want := get(t, handler, target), get(t, plain, target)
			if got.Code != want.Code || !bytes.Equal(got.Body.Bytes(), want.Body.Bytes()) {
				t.Fatalf("%s: index answered %d\n%s\nthe store %d\n%s", target, got.Code, got.Body, want.Code, want.Body)
			}
			target = nextPage(t, target, got.Body.Bytes())
		}
	}
	if after := seeded.TimelineIndex(); after.Hits <= before.Hits || after.Misses <= before.Misses {
		t.Errorf("index status %+v after %+v: want the index to answer all but the place and as-of queries", after, before)
	}
}

// nextPage is the target of the page after a timeline answer, "" on the
// last page.
func nextPage(t *testing.T, target string, body []byte) string {
	t.Helper()
	var l struct{ Next *string }
	if err := json.Unmarshal(body, &l); err != nil {
		t.Fatal(err)
	}
	if l.Next == nil {
		return ""
	}
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("cursor", *l.Next)
	u.RawQuery = q.Encode()
	return u.String()
}

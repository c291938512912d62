package load

import (
	"context"
	"testing"
	"time"
)

// TestRunAgainstServer is the quick version of scripts/load: a few
// clients for a moment against a real server on the embedded store, with
// the seed and a second outlet. Every route of the mix is asked, and no
// answer is a server error.
func TestRunAgainstServer(t *testing.T) {
	srv := seededServer(t)
	res, err := Run(context.Background(), Config{Base: srv.URL, Clients: 4, Duration: 500 * time.Millisecond, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.ServerErrors(); n > 0 {
		t.Errorf("%d server errors:\n%s", n, res)
	}
	if len(res.Routes) < 9 {
		t.Errorf("only %d routes of the mix were asked:\n%s", len(res.Routes), res)
	}
	if res.Status[200] == 0 {
		t.Errorf("no request succeeded:\n%s", res)
	}
}

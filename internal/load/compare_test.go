package load

import (
	"context"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/api"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer"
)

// seededServer serves the seed and a second outlet's article on the
// embedded store, with the API options given.
func seededServer(t *testing.T, opts ...api.Option) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "compare.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(b)
	t.Cleanup(func() { g.Close(ctx) })
	if _, err := importer.Import(ctx, g, []string{"../../seeds", "../../cmd/eventgraph/testdata/outlets"}, nil); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(g, slog.New(slog.NewTextHandler(io.Discard, nil)), opts...))
	t.Cleanup(srv.Close)
	return srv
}

// TestCompareAgainstServer is the quick version of scripts/bench-api: a
// moment of each class against a server with the benchmark routes. Every
// class is asked and answered, and the sizes are the ones the classes
// have: the bytes route is asked for the timeline's mean size and answers
// exactly that, /healthz its few bytes.
func TestCompareAgainstServer(t *testing.T) {
	srv := seededServer(t, api.WithBenchRoutes())
	cfg := CompareConfig{Base: srv.URL, Clients: 2, PerClass: 150 * time.Millisecond, Rounds: 2, Seed: 3}
	if runtime.GOOS == "linux" {
		// The server is this process (its clients too).
		cfg.ServerPID = os.Getpid()
	}
	res, err := Compare(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + res.String())
	if len(res.Classes) != 4 {
		t.Fatalf("%d classes, want 4:\n%s", len(res.Classes), res)
	}
	for _, class := range Classes {
		r, ok := res.Class(class)
		if !ok || r.Requests == 0 || r.Failed != 0 || r.PerSecond() <= 0 || r.P99 < r.P50 || r.P50 <= 0 {
			t.Errorf("class %s: %+v (found %v)", class, r, ok)
		}
	}
	if res.Actors < 10 || res.Types < 5 || res.Years < 1 {
		t.Errorf("discovered %d actors, %d types, %d years", res.Actors, res.Types, res.Years)
	}
	tl, _ := res.Class(ClassTimeline)
	if tl.MeanBytes() < 200 || tl.MeanBytes() > 100_000 {
		t.Errorf("timeline answers of %.0f bytes on average", tl.MeanBytes())
	}
	if res.BytesSize <= 0 || math.Abs(float64(res.BytesSize)-tl.MeanBytes()) > tl.MeanBytes()/2 {
		t.Errorf("bytes asked %d, timeline mean %.0f", res.BytesSize, tl.MeanBytes())
	}
	if b, _ := res.Class(ClassBytes); b.MeanBytes() != float64(res.BytesSize) {
		t.Errorf("bytes route answered %.1f bytes on average, asked %d", b.MeanBytes(), res.BytesSize)
	}
	if h, _ := res.Class(ClassHealthz); h.MeanBytes() != float64(len(`{"status":"ok"}`)) {
		t.Errorf("healthz answered %.1f bytes on average", h.MeanBytes())
	}
	if m, _ := res.Class(ClassMet); m.MeanBytes() < float64(len(`{"items":[],"next":null}`)) {
		t.Errorf("met answered %.1f bytes on average", m.MeanBytes())
	}
	for _, class := range []string{ClassTimeline, ClassMet} {
		if r := res.Ratio(class); !(r > 0) || math.IsInf(r, 0) {
			t.Errorf("%s ÷ bytes = %v", class, r)
		}
	}
	want := []string{"timeline ÷ bytes", "met ÷ bytes", "healthz", "mean bytes"}
	if cfg.ServerPID != 0 {
		var cpu time.Duration
		for _, r := range res.Classes {
			cpu += r.ServerCPU
		}
		if cpu <= 0 {
			t.Errorf("no server CPU time measured")
		}
		want = append(want, "server CPU/req")
	}
	out := res.String()
	for _, want := range want {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestCompareNeedsBenchRoutes: a server without the benchmark routes is
// refused at once, with a word on how to start it.
func TestCompareNeedsBenchRoutes(t *testing.T) {
	srv := seededServer(t)
	_, err := Compare(context.Background(), CompareConfig{Base: srv.URL, Clients: 1, PerClass: time.Hour})
	if err == nil || !strings.Contains(err.Error(), "--bench-routes") {
		t.Fatalf("err = %v, want one naming --bench-routes", err)
	}
}

// TestTimelineWalk: a walk follows the next cursor for as many pages as it
// was given, keeping its parameters, and stops on the last page or a
// failed answer.
func TestTimelineWalk(t *testing.T) {
	w := timelineWalk{params: url.Values{"actor": {"a b"}, "limit": {"10"}}, left: 2}
	first := w.url("http://x")
	if first != "http://x/api/v1/timeline?actor=a+b&limit=10" {
		t.Fatalf("first page %s", first)
	}
	if w.done(http.StatusOK, []byte(`{"items":[{"next":"inner"}],"next":"c1"}`)) || w.cursor != "c1" {
		t.Fatalf("after page 1: %+v", w)
	}
	u, _ := url.Parse(w.url("http://x"))
	if q := u.Query(); q.Get("cursor") != "c1" || q.Get("actor") != "a b" || q.Get("limit") != "10" {
		t.Errorf("page 2 %s", u)
	}
	if w.done(http.StatusOK, []byte(`{"items":[],"next":"c2"}`)) || w.cursor != "c2" || w.depth != 2 {
		t.Fatalf("after page 2: %+v", w)
	}
	if !w.done(http.StatusOK, []byte(`{"items":[],"next":"c3"}`)) || w.depth != 3 {
		t.Errorf("a walk of 2 more pages went on: %+v", w)
	}
	if w.params.Get("cursor") != "" {
		t.Errorf("the walk's own parameters took the cursor: %v", w.params)
	}

	last := timelineWalk{params: url.Values{}, left: 5}
	if !last.done(http.StatusOK, []byte(`{"items":[],"next":null}`)) {
		t.Errorf("the last page did not end the walk")
	}
	failed := timelineWalk{params: url.Values{}, left: 5}
	if !failed.done(http.StatusBadRequest, []byte(`{"next":"x"}`)) {
		t.Errorf("a failed answer did not end the walk")
	}
}

// TestTimelineQueries: the drawn queries vary: actors, types, ranges,
// limits and walks of several pages all occur, and every range is
// well-formed and in order.
func TestTimelineQueries(t *testing.T) {
	v := compareVocabulary{actors: []string{"a1", "a2", "a3"}, types: []string{"Meeting", "Protest"}, years: []int{2019, 2020}}
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]int{}
	for range 2000 {
		w := v.newTimelineQuery(r)
		for k := range w.params {
			seen[k]++
		}
		if w.left > 0 {
			seen["walk"]++
		}
		if w.left >= 10 {
			seen["deep"]++
		}
		from, to := w.params.Get("from"), w.params.Get("to")
		if to != "" && (from == "" || to[:4] < from[:4] || (len(to) == 7 && len(from) == 7 && to < from)) {
			t.Errorf("range %s to %s", from, to)
		}
		for _, d := range []string{from, to} {
			if d != "" && len(d) != 4 && (len(d) != 7 || d[5:] < "01" || d[5:] > "12") {
				t.Errorf("date %q", d)
			}
		}
	}
	for k, least := range map[string]int{"actor": 500, "type": 300, "from": 500, "to": 300, "limit": 500, "walk": 200, "deep": 20} {
		if seen[k] < least {
			t.Errorf("%s in only %d of 2000 queries, want %d or more", k, seen[k], least)
		}
	}
}

func TestNextCursor(t *testing.T) {
	for body, want := range map[string]string{
		`{"items":[],"next":null}`:                "",
		`{"items":[{"next":"no"}],"next":"WyJ0"}`: "WyJ0",
		`{"items":[]}`:                            "",
		`{"items":[],"next":"a\u0062"}`:           "ab",
		`{"items":[],"next":`:                     "",
	} {
		if got := nextCursor([]byte(body)); got != want {
			t.Errorf("nextCursor(%s) = %q, want %q", body, got, want)
		}
	}
}

// TestProcessCPU: the CPU time of a process grows as it works, and a
// process that is not there is an error.
func TestProcessCPU(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	before, err := processCPU(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	// Work until the process has used at least one more tick.
	x := 0
	for after := before; after <= before; {
		for i := range 1_000_000 {
			x += i
		}
		if after, err = processCPU(os.Getpid()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := processCPU(-1); err == nil {
		t.Errorf("no error for a process that is not there")
	}
	_ = x
}

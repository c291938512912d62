package load

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The classes of a comparison, in the order they run: the timeline comes
// first, since the bytes route is asked for the mean size of its answers.
const (
	ClassTimeline = "timeline"
	ClassMet      = "met"
	ClassHealthz  = "healthz"
	ClassBytes    = "bytes"
)

// Classes lists the classes of a comparison in the order they run.
var Classes = []string{ClassTimeline, ClassMet, ClassHealthz, ClassBytes}

// CompareConfig says how to compare the timeline and who-met-whom with the
// cost of serving bytes alone.
type CompareConfig struct {
	// Base is the server's URL; the server must serve the benchmark
	// routes (eventgraph serve --bench-routes).
	Base    string
	Clients int
	// PerClass is how long each class is measured, in each round.
	PerClass time.Duration
	// Warmup is how long each class runs, in each round, before it is
	// measured; what it gets is not counted.
	Warmup time.Duration
	// Rounds repeats the sequence of classes (at least 1), so that a
	// machine that gets slower or faster during the run weighs on every
	// class alike; each class's figures sum its rounds.
	Rounds int
	// Seed makes the requests reproducible.
	Seed uint64
	// ServerPID, when not 0, is the server's process on this machine
	// (Linux): the CPU time it spends on each class is measured too,
	// which a machine shared with other work disturbs less than
	// requests per second.
	ServerPID int
}

// Comparison is what Compare measured.
type Comparison struct {
	Clients  int
	PerClass time.Duration
	Rounds   int
	// Actors is how many actors the requests drew from; Types and Years
	// the event types and the years holding events.
	Actors, Types, Years int
	// BytesSize is the size /bench/bytes was asked for: the mean size of
	// the timeline's successful answers in the first round.
	BytesSize int
	// CursorPages counts the timeline requests that followed a next
	// cursor; Deepest is the deepest page one reached (1 is the first).
	CursorPages, Deepest int
	Classes              []ClassResult
}

// ClassResult is what one class of requests got.
type ClassResult struct {
	Class    string
	Requests int
	// Failed counts answers other than 200 and transport errors.
	Failed   int
	Duration time.Duration
	P50, P99 time.Duration
	// Bytes is the sum of the body sizes.
	Bytes int64
	// ServerCPU is the CPU time the server process spent while the
	// class was measured; 0 when not measured.
	ServerCPU time.Duration
}

// CPUPerRequest is the server's CPU time per request of the class, 0 when
// not measured.
func (c ClassResult) CPUPerRequest() time.Duration {
	if c.Requests == 0 {
		return 0
	}
	return c.ServerCPU / time.Duration(c.Requests)
}

// PerSecond is the class's throughput.
func (c ClassResult) PerSecond() float64 {
	if c.Duration <= 0 {
		return 0
	}
	return float64(c.Requests) / c.Duration.Seconds()
}

// MeanBytes is the mean size of the class's answers.
func (c ClassResult) MeanBytes() float64 {
	if c.Requests == 0 {
		return 0
	}
	return float64(c.Bytes) / float64(c.Requests)
}

// Class returns the result of one class.
func (c Comparison) Class(name string) (ClassResult, bool) {
	i := slices.IndexFunc(c.Classes, func(r ClassResult) bool { return r.Class == name })
	if i < 0 {
		return ClassResult{}, false
	}
	return c.Classes[i], true
}

// Ratio is the throughput of class name over that of the bytes route: 1
// would mean the class costs no more than writing an answer of the
// timeline's size.
func (c Comparison) Ratio(name string) float64 {
	r, _ := c.Class(name)
	b, _ := c.Class(ClassBytes)
	if b.PerSecond() == 0 {
		return math.NaN()
	}
	return r.PerSecond() / b.PerSecond()
}

// Failed sums the failed requests of every class.
func (c Comparison) Failed() int {
	n := 0
	for _, r := range c.Classes {
		n += r.Failed
	}
	return n
}

// String prints the comparison as a table.
func (c Comparison) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d clients, %s per class, %d round(s), one class after another; %d actors, %d event types, %d years\n",
		c.Clients, c.PerClass, c.Rounds, c.Actors, c.Types, c.Years)
	fmt.Fprintf(&b, "  %-9s %9s %9s %10s %10s %11s %7s", "class", "requests", "req/s", "p50", "p99", "mean bytes", "failed")
	if c.cpuMeasured() {
		fmt.Fprintf(&b, " %14s", "server CPU/req")
	}
	b.WriteString("\n")
	for _, r := range c.Classes {
		fmt.Fprintf(&b, "  %-9s %9d %9.0f %10s %10s %11.0f %7d", r.Class, r.Requests, r.PerSecond(),
			r.P50.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond), r.MeanBytes(), r.Failed)
		if c.cpuMeasured() {
			fmt.Fprintf(&b, " %14s", r.CPUPerRequest().Round(time.Microsecond))
		}
		b.WriteString("\n")
	}
	tl, _ := c.Class(ClassTimeline)
	fmt.Fprintf(&b, "  timeline ÷ bytes: %.3f   met ÷ bytes: %.3f   (bytes asked: %d; timeline pages reached by a cursor: %d of %d, deepest page %d)\n",
		c.Ratio(ClassTimeline), c.Ratio(ClassMet), c.BytesSize, c.CursorPages, tl.Requests, c.Deepest)
	return b.String()
}

func (c Comparison) cpuMeasured() bool {
	return slices.ContainsFunc(c.Classes, func(r ClassResult) bool { return r.ServerCPU > 0 })
}

// processCPU is the user and system CPU time process pid has used, from
// /proc/PID/stat (Linux), whose times are in USER_HZ, 100 a second.
func processCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("server CPU time: %w", err)
	}
	// The command name, in parentheses, may hold spaces: count fields
	// after its closing parenthesis. utime and stime are fields 14 and
	// 15 of the line, 12 and 13 after the name.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("server CPU time: cannot read /proc/%d/stat", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("server CPU time: cannot read /proc/%d/stat", pid)
	}
	var ticks int64
	for _, s := range f[11:13] {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("server CPU time: /proc/%d/stat: %w", pid, err)
		}
		ticks += n
	}
	return time.Duration(ticks) * (time.Second / 100), nil
}

// compareVocabulary is what the timeline and met requests draw from.
type compareVocabulary struct {
	actors []string
	types  []string
	years  []int
}

// discoverAll reads every actor (page after page), the event types and
// the years that hold events, and checks that the server serves the
// bytes route.
func discoverAll(ctx context.Context, c *http.Client, base string) (compareVocabulary, error) {
	var v compareVocabulary
	if code, err := getStatus(ctx, c, base+"/bench/bytes?size=1"); err != nil {
		return v, err
	} else if code != http.StatusOK {
		return v, fmt.Errorf("GET %s/bench/bytes answers %d: start the server with --bench-routes (or EVENTGRAPH_BENCH_ROUTES=1)", base, code)
	}
	const maxActors = 100_000
	cursor := ""
	for len(v.actors) < maxActors {
		var page struct {
			Items []struct{ ID string }
			Next  *string
		}
		u := base + "/api/v1/actors?limit=500"
		if cursor != "" {
			u += "&cursor=" + url.QueryEscape(cursor)
		}
		if err := getJSON(ctx, c, u, &page); err != nil {
			return v, err
		}
		for _, a := range page.Items {
			v.actors = append(v.actors, a.ID)
		}
		if page.Next == nil {
			break
		}
		cursor = *page.Next
	}
	var stats struct {
		EventsByType map[string]int
	}
	if err := getJSON(ctx, c, base+"/api/v1/stats", &stats); err != nil {
		return v, err
	}
	for t := range stats.EventsByType {
		v.types = append(v.types, t)
	}
	slices.Sort(v.types)
	var first struct {
		Items []struct{ Date struct{ Start string } }
	}
	if err := getJSON(ctx, c, base+"/api/v1/timeline?limit=1", &first); err != nil {
		return v, err
	}
	if len(v.actors) == 0 || len(first.Items) == 0 {
		return v, fmt.Errorf("%s holds no actors or no events to ask about", base)
	}
	y0, err := strconv.Atoi(first.Items[0].Date.Start[:4])
	if err != nil {
		return v, fmt.Errorf("first event's date %q: %w", first.Items[0].Date.Start, err)
	}
	// The years from the first event's to next year's that hold events.
	for y := y0; y <= time.Now().Year()+1; y++ {
		var page struct{ Items []json.RawMessage }
		if err := getJSON(ctx, c, fmt.Sprintf("%s/api/v1/timeline?from=%d&to=%d&limit=1", base, y, y), &page); err != nil {
			return v, err
		}
		if len(page.Items) > 0 {
			v.years = append(v.years, y)
		}
	}
	return v, nil
}

func getStatus(ctx context.Context, c *http.Client, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// timelineWalk is one client's timeline query in progress: its
// parameters, and the pages it may still follow.
type timelineWalk struct {
	params url.Values
	// left is how many more pages the walk follows when there are.
	left int
	// depth is the page number of the last page read (1 for the first).
	depth int
	// cursor is the next page's cursor; "" when there is none.
	cursor string
}

// newTimelineQuery draws a timeline query: by actor, date range, type or
// several of them, or none (the whole timeline, read deep), with a
// limit, and how many pages to follow.
func (v compareVocabulary) newTimelineQuery(r *rand.Rand) timelineWalk {
	p := url.Values{}
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	dateRange := func() {
		y := v.years[r.IntN(len(v.years))]
		if r.IntN(3) == 0 {
			p.Set("from", strconv.Itoa(y))
			p.Set("to", strconv.Itoa(y+r.IntN(2)))
			return
		}
		m := 1 + r.IntN(12)
		span := r.IntN(6)
		p.Set("from", fmt.Sprintf("%04d-%02d", y, m))
		end := m + span
		p.Set("to", fmt.Sprintf("%04d-%02d", y+(end-1)/12, (end-1)%12+1))
	}
	switch n := r.IntN(100); {
	case n < 35:
		p.Set("actor", pick(v.actors))
		if r.IntN(2) == 0 {
			dateRange()
		}
	case n < 55:
		dateRange()
	case n < 70:
		if len(v.types) > 0 {
			p.Set("type", pick(v.types))
		}
		if r.IntN(2) == 0 {
			dateRange()
		}
	case n < 80:
		p.Set("actor", pick(v.actors))
		if len(v.types) > 0 {
			p.Set("type", pick(v.types))
		}
	default:
		// The whole timeline from a year on: the walk that reaches deep
		// pages.
		p.Set("from", strconv.Itoa(v.years[r.IntN(len(v.years))]))
	}
	// Half ask for the default page (50), the rest for another size.
	if r.IntN(2) == 0 {
		p.Set("limit", strconv.Itoa([]int{10, 20, 100}[r.IntN(3)]))
	}
	// Most readers look at the first page; some turn a few pages, and a
	// few read deep (a walk ends early when the listing does).
	w := timelineWalk{params: p}
	switch n := r.IntN(100); {
	case n < 80:
		w.left = 0
	case n < 97:
		w.left = 1 + r.IntN(3)
	default:
		w.left = 10 + r.IntN(31)
	}
	return w
}

// url is the walk's next request: the first page, or the one its cursor
// points to.
func (w *timelineWalk) url(base string) string {
	p := w.params
	if w.cursor != "" {
		p = url.Values{}
		for k, vs := range w.params {
			p[k] = vs
		}
		p.Set("cursor", w.cursor)
	}
	return base + "/api/v1/timeline?" + p.Encode()
}

// done reads what a page of the walk answered; it reports whether the walk
// is over.
func (w *timelineWalk) done(status int, body []byte) bool {
	if w.cursor != "" {
		w.left--
	}
	w.depth++
	w.cursor = ""
	if status != http.StatusOK || w.left <= 0 {
		return true
	}
	w.cursor = nextCursor(body)
	return w.cursor == ""
}

// nextCursor returns the next page's cursor of a listing, "" on its last
// page. It reads only the end of the body, where the API writes next,
// rather than decoding the whole answer on the loaded machine.
func nextCursor(body []byte) string {
	i := bytes.LastIndex(body, []byte(`"next":`))
	if i < 0 {
		return ""
	}
	var next *string
	if err := json.NewDecoder(bytes.NewReader(body[i+len(`"next":`):])).Decode(&next); err != nil || next == nil {
		return ""
	}
	return *next
}

// classSample is one answered request.
type classSample struct {
	took   time.Duration
	status int
	bytes  int64
	// cursor is set on a timeline request that followed a next cursor;
	// depth is its page.
	cursor bool
	depth  int
}

// Compare measures, against one server, varied timeline requests, varied
// who-met-whom requests, /healthz, and /bench/bytes at the mean size of
// the timeline answers, one class after another for the same time with
// the same clients.
//
// The classes run one after another rather than interleaved: each then
// has the whole server, and its requests per second is its capacity,
// which an interleaved mix would not show (its throughput per class is
// fixed by the mix); and the bytes route can be asked for the size the
// timeline answers actually had. Rounds make up for a machine whose speed
// drifts during the run.
func Compare(ctx context.Context, cfg CompareConfig) (Comparison, error) {
	if cfg.Clients < 1 || cfg.PerClass <= 0 {
		return Comparison{}, errors.New("load: clients and time per class must be positive")
	}
	cfg.Rounds = max(cfg.Rounds, 1)
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, DisableCompression: true},
		Timeout:   30 * time.Second,
	}
	defer client.CloseIdleConnections()
	v, err := discoverAll(ctx, client, cfg.Base)
	if err != nil {
		return Comparison{}, err
	}
	out := Comparison{Clients: cfg.Clients, PerClass: cfg.PerClass, Rounds: cfg.Rounds,
		Actors: len(v.actors), Types: len(v.types), Years: len(v.years)}
	samples := map[string][]classSample{}
	elapsed, cpu := map[string]time.Duration{}, map[string]time.Duration{}
	var timelineBytes, timelineRequests int64
	for round := range cfg.Rounds {
		for ci, class := range Classes {
			if class == ClassBytes && out.BytesSize == 0 {
				// One size for every round: the first round's mean.
				out.BytesSize = max(1, int(math.Round(float64(timelineBytes)/float64(max(timelineRequests, 1)))))
			}
			seed := cfg.Seed ^ uint64(round*len(Classes)+ci)<<32
			if cfg.Warmup > 0 {
				if _, _, err := runClass(ctx, client, cfg, v, class, out.BytesSize, cfg.Warmup, seed^1<<63); err != nil {
					return out, err
				}
			}
			var cpu0, cpu1 time.Duration
			if cfg.ServerPID != 0 {
				if cpu0, err = processCPU(cfg.ServerPID); err != nil {
					return out, err
				}
			}
			ss, took, err := runClass(ctx, client, cfg, v, class, out.BytesSize, cfg.PerClass, seed)
			if err != nil {
				return out, err
			}
			if cfg.ServerPID != 0 {
				if cpu1, err = processCPU(cfg.ServerPID); err != nil {
					return out, err
				}
				cpu[class] += cpu1 - cpu0
			}
			samples[class] = append(samples[class], ss...)
			elapsed[class] += took
			if class == ClassTimeline {
				for _, s := range ss {
					if s.status == http.StatusOK {
						timelineBytes += s.bytes
						timelineRequests++
					}
				}
			}
		}
	}
	for _, class := range Classes {
		ss := samples[class]
		res := ClassResult{Class: class, Requests: len(ss), Duration: elapsed[class], ServerCPU: cpu[class]}
		ds := make([]time.Duration, 0, len(ss))
		for _, s := range ss {
			ds = append(ds, s.took)
			res.Bytes += s.bytes
			if s.status != http.StatusOK {
				res.Failed++
			}
			if s.cursor {
				out.CursorPages++
			}
			out.Deepest = max(out.Deepest, s.depth)
		}
		if len(ds) > 0 {
			slices.Sort(ds)
			res.P50, res.P99 = ds[len(ds)*50/100], ds[min(len(ds)-1, len(ds)*99/100)]
		}
		out.Classes = append(out.Classes, res)
	}
	return out, nil
}

// runClass runs cfg.Clients clients asking for class for d and returns
// every answer and the time from the start to the last answer.
func runClass(ctx context.Context, client *http.Client, cfg CompareConfig, v compareVocabulary, class string, size int, d time.Duration, seed uint64) ([]classSample, time.Duration, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	runCtx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	per := make([][]classSample, cfg.Clients)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(i)))
			var body bytes.Buffer
			var walk *timelineWalk
			for runCtx.Err() == nil {
				var u string
				s := classSample{}
				switch class {
				case ClassTimeline:
					if walk == nil {
						w := v.newTimelineQuery(r)
						walk = &w
					}
					s.cursor = walk.cursor != ""
					s.depth = walk.depth + 1
					u = walk.url(cfg.Base)
				case ClassMet:
					u = cfg.Base + "/api/v1/actors/" + url.PathEscape(v.actors[r.IntN(len(v.actors))]) + "/met"
				case ClassHealthz:
					u = cfg.Base + "/healthz"
				case ClassBytes:
					u = cfg.Base + "/bench/bytes?size=" + strconv.Itoa(size)
				}
				// A request under way when the time is up finishes: its
				// answer counts, as in Run.
				req, err := http.NewRequestWithContext(context.WithoutCancel(runCtx), http.MethodGet, u, nil)
				if err != nil {
					per[i] = append(per[i], s)
					continue
				}
				body.Reset()
				t0 := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					s.bytes, err = body.ReadFrom(resp.Body)
					resp.Body.Close()
					if err == nil {
						s.status = resp.StatusCode
					}
				}
				s.took = time.Since(t0)
				per[i] = append(per[i], s)
				if walk != nil && walk.done(s.status, body.Bytes()) {
					walk = nil
				}
			}
		}()
	}
	wg.Wait()
	took := time.Since(start)
	var all []classSample
	for _, ss := range per {
		all = append(all, ss...)
	}
	return all, took, ctx.Err()
}

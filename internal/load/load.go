// Package load drives an eventgraph server with many concurrent clients
// over a mix of read routes with varied parameters, so that no single
// answer is repeated, and measures what they get: requests per second,
// latency percentiles per route, and every status code.
package load

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Config says how to load a server.
type Config struct {
	// Base is the server's URL, such as http://127.0.0.1:8080.
	Base     string
	Clients  int
	Duration time.Duration
	// Seed makes the request mix reproducible.
	Seed uint64
}

// Result is what a run measured.
type Result struct {
	Requests int
	Duration time.Duration
	// Status counts responses by code; 0 counts transport errors.
	Status map[int]int
	Routes []RouteResult
}

// RouteResult is one route's share of a run.
type RouteResult struct {
	Route    string
	Requests int
	P50, P99 time.Duration
}

// ServerErrors is the number of 5xx answers and transport errors.
func (r Result) ServerErrors() int {
	n := r.Status[0]
	for code, c := range r.Status {
		if code >= 500 {
			n += c
		}
	}
	return n
}

// String prints the result as a small table.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests in %s: %.0f req/s\n", r.Requests, r.Duration.Round(time.Millisecond),
		float64(r.Requests)/r.Duration.Seconds())
	codes := make([]int, 0, len(r.Status))
	for c := range r.Status {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		label := fmt.Sprint(c)
		if c == 0 {
			label = "transport error"
		}
		fmt.Fprintf(&b, "  %s: %d\n", label, r.Status[c])
	}
	fmt.Fprintf(&b, "  %-22s %8s %9s %9s\n", "route", "requests", "p50", "p99")
	for _, rr := range r.Routes {
		fmt.Fprintf(&b, "  %-22s %8d %9s %9s\n", rr.Route, rr.Requests, rr.P50.Round(10*time.Microsecond), rr.P99.Round(10*time.Microsecond))
	}
	return b.String()
}

// vocabulary is what the request mix draws from: ids the server holds.
type vocabulary struct {
	actors []string
	events []string
	days   []string
}

// discover reads the server's actors and events, so that requests name
// things that exist.
func discover(ctx context.Context, c *http.Client, base string) (vocabulary, error) {
	var v vocabulary
	var actors struct {
		Items []struct{ ID string }
	}
	if err := getJSON(ctx, c, base+"/api/v1/actors?limit=500", &actors); err != nil {
		return v, err
	}
	for _, a := range actors.Items {
		v.actors = append(v.actors, a.ID)
	}
	var events struct {
		Items []struct {
			ID   string
			Date struct{ Start string }
		}
	}
	if err := getJSON(ctx, c, base+"/api/v1/timeline?limit=500", &events); err != nil {
		return v, err
	}
	for _, e := range events.Items {
		v.events = append(v.events, e.ID)
		v.days = append(v.days, e.Date.Start)
	}
	if len(v.actors) == 0 || len(v.events) == 0 {
		return v, fmt.Errorf("%s holds no actors or no events to ask about", base)
	}
	return v, nil
}

func getJSON(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// request picks one request of the mix: its route name and URL.
func (v vocabulary) request(r *rand.Rand, base string) (string, string) {
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	q := url.QueryEscape
	switch n := r.IntN(100); {
	case n < 30:
		from := pick(v.days)
		return "timeline", fmt.Sprintf("%s/api/v1/timeline?from=%s&limit=%d", base, q(from[:7]), 5+r.IntN(46))
	case n < 45:
		return "timeline by actor", fmt.Sprintf("%s/api/v1/timeline?actor=%s&limit=%d", base, q(pick(v.actors)), 5+r.IntN(46))
	case n < 60:
		return "met", fmt.Sprintf("%s/api/v1/actors/%s/met", base, url.PathEscape(pick(v.actors)))
	case n < 70:
		return "actor", fmt.Sprintf("%s/api/v1/actors/%s", base, url.PathEscape(pick(v.actors)))
	case n < 80:
		return "event", fmt.Sprintf("%s/api/v1/events/%s", base, url.PathEscape(pick(v.events)))
	case n < 88:
		return "actor search", fmt.Sprintf("%s/api/v1/actors?q=%s", base, q(pick(v.actors)[:2]))
	case n < 94:
		return "paths", fmt.Sprintf("%s/api/v1/paths?from=%s&to=%s&maxHops=%d", base,
			q(pick(v.actors)), q(pick(v.actors)), 2+r.IntN(3))
	case n < 97:
		return "network", fmt.Sprintf("%s/api/v1/actors/%s/network?depth=%d", base, url.PathEscape(pick(v.actors)), 1+r.IntN(2))
	default:
		return "healthz", base + "/healthz"
	}
}

// Run loads the server for the configured time and returns what it saw.
func Run(ctx context.Context, cfg Config) (Result, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients}, Timeout: 30 * time.Second}
	v, err := discover(ctx, client, cfg.Base)
	if err != nil {
		return Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	type sample struct {
		route  string
		status int
		took   time.Duration
	}
	samples := make([][]sample, cfg.Clients)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(cfg.Seed, uint64(i)))
			for ctx.Err() == nil {
				route, u := v.request(r, cfg.Base)
				req, err := http.NewRequestWithContext(context.WithoutCancel(ctx), http.MethodGet, u, nil)
				if err != nil {
					samples[i] = append(samples[i], sample{route, 0, 0})
					continue
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				status := 0
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					status = resp.StatusCode
				}
				samples[i] = append(samples[i], sample{route, status, time.Since(t0)})
			}
		}()
	}
	wg.Wait()
	res := Result{Duration: time.Since(start), Status: map[int]int{}}
	byRoute := map[string][]time.Duration{}
	for _, ss := range samples {
		for _, s := range ss {
			res.Requests++
			res.Status[s.status]++
			byRoute[s.route] = append(byRoute[s.route], s.took)
		}
	}
	for route, ds := range byRoute {
		slices.Sort(ds)
		res.Routes = append(res.Routes, RouteResult{Route: route, Requests: len(ds),
			P50: ds[len(ds)*50/100], P99: ds[min(len(ds)-1, len(ds)*99/100)]})
	}
	slices.SortFunc(res.Routes, func(a, b RouteResult) int { return strings.Compare(a.Route, b.Route) })
	return res, nil
}

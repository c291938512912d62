//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/eventgraph/eventgraph/api"
	graphopen "github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/web"
)

// itemsSel selects the timeline's items: a point item holds a dot that is
// also a .vis-item, so select points and ranges.
const itemsSel = `#timeline .vis-item.vis-point, #timeline .vis-item.vis-range`

const (
	lukashenko = "alexander-lukashenko"
	putin      = "vladimir-putin"
)

// ready is true once the page shows the timeline with n events (one lane:
// one item each). It counts the timeline's data, not its DOM: vis-timeline
// draws only the items in its window, and the first view may leave
// outliers out (TestFirstViewSkipsOutliers).
func ready(n int) string {
	return fmt.Sprintf(`document.body.dataset.timeline === 'ready' && window.eventgraph.timeline.items.length === %d`, n)
}

// drawn is true once the timeline draws n items: every event, after Fit all.
func drawn(n int) string {
	return fmt.Sprintf(`document.querySelectorAll('%s').length === %d`, itemsSel, n)
}

// itemPos is where the timeline drew an event: the x of its date.
type itemPos struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
}

const itemPositions = `[...document.querySelectorAll('` + itemsSel + `')].map(el => {
	const label = el.querySelector('[data-event-id]');
	const dot = el.querySelector('.vis-dot');
	const r = (dot || el).getBoundingClientRect();
	return {id: label ? label.dataset.eventId : '', x: dot ? r.left + r.width / 2 : r.left};
})`

// sochi2020 finds the 2020-09-14 Sochi meeting in the seed.
func sochi2020(t *testing.T, events []event) event {
	t.Helper()
	for _, e := range events {
		if e.Type == "Meeting" && e.Date.Start == "2020-09-14" && e.Place != nil && e.Place.ID == "sochi" {
			return e
		}
	}
	t.Fatal("the seed has no Meeting in Sochi on 2020-09-14")
	return event{}
}

func TestTimelineShowsSeedEventsInDateOrder(t *testing.T) {
	base := server(t)
	events := timeline(t, base, nil)
	if len(events) < 2 {
		t.Fatalf("the seed timeline has %d events; want the seed's events", len(events))
	}
	for i := 1; i < len(events); i++ {
		if events[i].Date.Start < events[i-1].Date.Start {
			t.Fatalf("API timeline not in date order: %s (%s) after %s (%s)",
				events[i].ID, events[i].Date.Start, events[i-1].ID, events[i-1].Date.Start)
		}
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the timeline with every seed event", ready(len(events)))
	tb.do(chromedp.Click(chromedp.ID("tl-fit")))
	tb.wait("every event drawn after Fit all", drawn(len(events)))

	// The timeline draws every event, each at its date: in API order, x never
	// goes back (a point sits at noon of its day, a range starts at midnight,
	// hence the small tolerance).
	pos := eval[[]itemPos](tb, itemPositions)
	x := map[string]float64{}
	for _, p := range pos {
		x[p.ID] = p.X
	}
	for _, e := range events {
		if _, ok := x[e.ID]; !ok {
			t.Errorf("event %s is not on the timeline", e.ID)
		}
	}
	for i := 1; i < len(events); i++ {
		a, b := events[i-1], events[i]
		if x[b.ID]+3 < x[a.ID] {
			t.Errorf("%s (%s) is drawn left of %s (%s): x %.1f < %.1f", b.ID, b.Date.Start, a.ID, a.Date.Start, x[b.ID], x[a.ID])
		}
	}
	if first, last := x[events[0].ID], x[events[len(events)-1].ID]; last <= first {
		t.Errorf("first event at x=%.1f, last at x=%.1f: the timeline does not spread them", first, last)
	}

	// Approximate dates are ranges marked as such; exact days are points.
	kinds := eval[map[string]string](tb, `Object.fromEntries([...document.querySelectorAll('`+itemsSel+`')].map(el =>
		[el.querySelector('[data-event-id]').dataset.eventId, el.classList.contains('vis-point') ? 'point' : el.classList.contains('approx') ? 'approx' : 'range']))`)
	for _, e := range events {
		want := "point"
		if e.Date.Precision != "day" {
			want = "approx"
		} else if e.Date.End != "" && e.Date.End != e.Date.Start {
			want = "range"
		}
		if kinds[e.ID] != want {
			t.Errorf("%s (%s precision): drawn as %q, want %q", e.ID, e.Date.Precision, kinds[e.ID], want)
		}
	}

	// The event list below is the same events in the same order.
	rows := eval[[]string](tb, `[...document.querySelectorAll('#events-table tbody tr')].map(tr => tr.dataset.eventId)`)
	want := make([]string, len(events))
	for i, e := range events {
		want[i] = e.ID
	}
	if !slices.Equal(rows, want) {
		t.Errorf("event list order:\n got %v\nwant %v", rows, want)
	}
	tb.screenshot("timeline-1280x800", false)
	tb.screenshot("timeline-full", true)

	// Timeline items are reachable by keyboard: focus one, press Enter.
	first := events[0].ID
	tb.do(chromedp.Focus(chromedp.CSS(`#timeline [data-event-id="`+first+`"]`)),
		chromedp.KeyEvent("\r"))
	tb.wait("the details of the item opened by keyboard", fmt.Sprintf(`document.body.dataset.details === %q`, first))
	tb.clean()
}

func TestFilterByPutin(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	his := timeline(t, base, url.Values{"actor": {putin}})
	if len(his) == 0 || len(his) >= len(all) {
		t.Fatalf("Putin has %d of %d events; the test needs some but not all", len(his), len(all))
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the full timeline", ready(len(all)))

	// Pick Putin with the keyboard in the searchable actor box.
	tb.do(chromedp.Focus(chromedp.ID("f-actor")), chromedp.SendKeys(chromedp.ID("f-actor"), "Putin"))
	tb.wait("Putin offered as the active option",
		`document.querySelector('#f-actor-box [role=option][aria-selected=true]')?.dataset.actorId === '`+putin+`'`)
	tb.do(chromedp.SendKeys(chromedp.ID("f-actor"), "\n"))
	tb.wait("the timeline filtered to Putin",
		`new URLSearchParams(location.search).get('actor') === '`+putin+`' && `+ready(len(his)))

	shown := eval[[]itemPos](tb, itemPositions)
	byID := map[string]event{}
	for _, e := range all {
		byID[e.ID] = e
	}
	for _, p := range shown {
		e, ok := byID[p.ID]
		if !ok {
			t.Errorf("shown event %q is not in the seed", p.ID)
			continue
		}
		if !slices.ContainsFunc(e.Participants, func(pp participant) bool { return pp.ID == putin }) {
			t.Errorf("filtered to Putin, the timeline shows %s, which he took no part in", e.ID)
		}
	}
	if got := eval[string](tb, `document.getElementById('f-actor').value`); got != "Vladimir Putin" {
		t.Errorf("actor box shows %q, want Vladimir Putin", got)
	}
	tb.screenshot("filter-putin", false)
	tb.clean()

	// The URL is the view: opening it fresh shows the same events.
	link := eval[string](tb, `location.pathname + location.search`)
	again := open(t, base, link, 1280, 800)
	again.wait("the shared link's view", ready(len(his)))
	again.wait("the actor's name in the filter", `document.getElementById('f-actor').value === 'Vladimir Putin'`)
	again.clean()
}

func TestSochiMeetingShowsItsQuote(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	ev := sochi2020(t, all)
	if len(ev.Sources) == 0 {
		t.Fatalf("%s has no sources", ev.ID)
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the timeline", ready(len(all)))
	tb.do(chromedp.Click(chromedp.CSS(`#timeline .vis-item [data-event-id="` + ev.ID + `"]`)))
	tb.wait("the details with every source in context",
		fmt.Sprintf(`document.body.dataset.details === %q && document.querySelectorAll('#details .source .outlet').length === %d`, ev.ID, len(ev.Sources)))

	type shownSource struct {
		Mark    string `json:"mark"`
		Context string `json:"context"`
	}
	shown := eval[[]shownSource](tb, `[...document.querySelectorAll('#details .source')].map(li => ({
		mark: li.querySelector('blockquote mark').textContent, context: li.querySelector('blockquote').textContent}))`)
	if len(shown) != len(ev.Sources) {
		t.Fatalf("details show %d sources, want %d", len(shown), len(ev.Sources))
	}
	for i, s := range ev.Sources {
		// The offsets count code points, end exclusive: they must cut the
		// quote out of the article text.
		var art struct {
			Text   string `json:"text"`
			Outlet string `json:"outlet"`
		}
		getJSON(t, base, "/api/v1/articles/"+url.PathEscape(s.Article), &art)
		cps := []rune(art.Text)
		if s.Start < 0 || s.End > len(cps) || string(cps[s.Start:s.End]) != s.Quote {
			t.Errorf("source %d: offsets %d–%d do not cut %q out of the article", i, s.Start, s.End, s.Quote)
		}
		if shown[i].Mark != s.Quote {
			t.Errorf("source %d: highlighted %q, want the quote %q", i, shown[i].Mark, s.Quote)
		}
		// The context is the quote's stretch of the article (its paragraph,
		// cut with … when long), not the quote alone out of thin air.
		ctx := strings.TrimSuffix(strings.TrimPrefix(shown[i].Context, "… "), " …")
		if !strings.Contains(ctx, s.Quote) || !strings.Contains(art.Text, ctx) {
			t.Errorf("source %d: context %q is not the quote's stretch of the article", i, shown[i].Context)
		}
		if i == 0 && len(ctx) <= len(s.Quote) {
			t.Errorf("source %d: the quote is shown without the text around it: %q", i, shown[i].Context)
		}
	}
	details := eval[string](tb, `document.getElementById('details').innerText`)
	for _, want := range []string{ev.Title, "Sochi", "Vladimir Putin", "Alexander Lukashenko", "host", "visitor"} {
		if !strings.Contains(details, want) {
			t.Errorf("details lack %q:\n%s", want, details)
		}
	}
	if ev.Date.Text != "" && !strings.Contains(details, ev.Date.Text) {
		t.Errorf("details lack the date's wording %q", ev.Date.Text)
	}
	tb.wait("the event in the URL", fmt.Sprintf(`new URLSearchParams(location.search).get('event') === %q`, ev.ID))
	tb.screenshot("sochi-2020-details", false)

	// The article view shows the whole text with the quote highlighted.
	tb.do(chromedp.Click(chromedp.CSS(`#details .source[data-index="0"] .source-meta button`)))
	tb.wait("the article with the quote highlighted",
		fmt.Sprintf(`document.getElementById('article-dialog').open && document.getElementById('article-hl')?.textContent === %q`, ev.Sources[0].Quote))
	tb.screenshot("article-view", false)
	tb.do(chromedp.KeyEvent("\x1b"))
	tb.wait("the article closed", `!document.getElementById('article-dialog').open && !new URLSearchParams(location.search).has('article')`)
	tb.clean()
}

func TestWhoMetWhom(t *testing.T) {
	base := server(t)
	type counterpart struct {
		Actor    struct{ ID string } `json:"actor"`
		Meetings []struct {
			Event string `json:"event"`
			Date  date   `json:"date"`
		} `json:"meetings"`
	}
	met := getList[counterpart](t, base, "/api/v1/actors/"+lukashenko+"/met")
	var dates []string
	for _, c := range met {
		if c.Actor.ID == putin {
			for _, m := range c.Meetings {
				dates = append(dates, m.Date.Start)
			}
		}
	}
	if len(dates) != 2 {
		t.Fatalf("the API says Lukashenko met Putin %d times (%v); the seed has 2", len(dates), dates)
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the page", `document.body.dataset.timeline === 'ready'`)
	tb.do(chromedp.Click(chromedp.ID("tab-met")))
	tb.wait("the who-met-whom graph", `document.body.dataset.met === 'ready' && document.getElementById('met-graph').dataset.ready === 'true'`)

	type edge struct {
		From     string `json:"from"`
		To       string `json:"to"`
		Meetings int    `json:"meetings"`
		Label    string `json:"label"`
	}
	edges := eval[[]edge](tb, `window.eventgraph.met.edges.get().map(e => ({from: e.from, to: e.to, meetings: e.meetings, label: e.label}))`)
	var found *edge
	for i, e := range edges {
		if (e.From == lukashenko && e.To == putin) || (e.From == putin && e.To == lukashenko) {
			found = &edges[i]
		}
	}
	if found == nil {
		t.Fatalf("no Lukashenko–Putin edge in the graph: %+v", edges)
	}
	if found.Meetings != 2 {
		t.Errorf("Lukashenko–Putin edge weight %d, want 2 meetings", found.Meetings)
	}
	for _, d := range dates {
		if !strings.Contains(found.Label, d) {
			t.Errorf("edge label %q lacks the meeting date %s", found.Label, d)
		}
	}
	// The list beside the graph says the same, for keyboards and screen readers.
	count := eval[string](tb, fmt.Sprintf(`[...document.querySelectorAll('#met-pairs > li')].find(li =>
		[li.dataset.a, li.dataset.b].sort().join() === [%q, %q].sort().join())?.dataset.count || ''`, lukashenko, putin))
	if count != "2" {
		t.Errorf("pair list: Lukashenko–Putin count %q, want 2", count)
	}
	tb.do(chromedp.ScrollIntoView(chromedp.ID("met-graph")))
	tb.screenshot("who-met-whom", false)

	// Clicking an actor in the graph filters the timeline to that actor.
	type point struct{ X, Y float64 }
	at := eval[point](tb, `(() => {
		const n = window.eventgraph.met.network;
		const p = n.canvasToDOM(n.getPositions(['`+putin+`'])['`+putin+`']);
		const r = document.getElementById('met-graph').getBoundingClientRect();
		return {X: r.left + p.x, Y: r.top + p.y};
	})()`)
	his := timeline(t, base, url.Values{"actor": {putin}})
	tb.do(chromedp.MouseClickXY(at.X, at.Y))
	tb.wait("the timeline filtered to the clicked actor",
		`new URLSearchParams(location.search).get('actor') === '`+putin+`' && `+ready(len(his)))
	tb.clean()
}

func TestLanes(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	actors := map[string]bool{}
	types := map[string]bool{}
	perActor := 0
	for _, e := range all {
		types[e.Type] = true
		seen := map[string]bool{}
		for _, p := range e.Participants {
			if !seen[p.ID] {
				seen[p.ID] = true
				actors[p.ID] = true
				perActor++
			}
		}
	}

	// One lane per actor: an event shows in the lane of each participant.
	// (vis-timeline draws only the lanes in view, so count its data sets.)
	tb := open(t, base, "/?lanes=actor", 1280, 800)
	tb.wait("a lane per actor", fmt.Sprintf(
		`document.body.dataset.timeline === 'ready' && window.eventgraph.timeline.groups.length === %d && window.eventgraph.timeline.items.length === %d && document.querySelectorAll('#timeline .vis-label').length > 0`,
		len(actors), perActor))
	tb.screenshot("lanes-actor", false)

	// One lane per type, chosen in the lanes menu.
	tb.do(chromedp.SetValue(chromedp.ID("f-lanes"), "type"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('f-lanes').dispatchEvent(new Event('change'))`))
	tb.wait("a lane per type", fmt.Sprintf(
		`new URLSearchParams(location.search).get('lanes') === 'type' && window.eventgraph.timeline.groups.length === %d && window.eventgraph.timeline.items.length === %d`,
		len(types), len(all)))
	tb.screenshot("lanes-type", false)
	tb.clean()
}

func TestPathBetweenActors(t *testing.T) {
	base := server(t)
	type path struct {
		Nodes []struct{ ID string } `json:"nodes"`
	}
	paths := getList[path](t, base, "/api/v1/paths?from=svetlana-tikhanovskaya&to="+putin)
	if len(paths) == 0 {
		t.Fatal("the API finds no path from Tikhanovskaya to Putin")
	}
	tb := open(t, base, "/?tab=path&pfrom=svetlana-tikhanovskaya&pto="+putin, 1280, 800)
	tb.wait("the paths", `document.body.dataset.paths === 'ready'`)
	if n := eval[int](tb, `document.querySelectorAll('#path-list > li').length`); n != len(paths) {
		t.Errorf("path view lists %d paths, the API gives %d", n, len(paths))
	}
	chain := eval[string](tb, `document.querySelector('#path-list > li').innerText`)
	for _, want := range []string{"Svetlana Tikhanovskaya", "Vladimir Putin"} {
		if !strings.Contains(chain, want) {
			t.Errorf("first path %q lacks %q", chain, want)
		}
	}
	tb.do(chromedp.ScrollIntoView(chromedp.ID("path-graph")))
	tb.screenshot("path-tikhanovskaya-putin", false)
	tb.clean()
}

func TestNarrowScreen(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	ev := sochi2020(t, all)
	tb := open(t, base, "/?event="+url.QueryEscape(ev.ID), 390, 844)
	tb.wait("the timeline and the details", ready(len(all))+fmt.Sprintf(` && document.body.dataset.details === %q`, ev.ID))
	tb.wait("the sources in context", `document.querySelectorAll('#details .source .outlet').length > 0`)
	if over := eval[int](tb, `document.documentElement.scrollWidth - window.innerWidth`); over > 1 {
		t.Errorf("at 390px wide the page scrolls sideways by %dpx", over)
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	tb.screenshot("narrow-390", false)
	tb.screenshot("narrow-390-full", true)
	tb.clean()
}

func TestEmptyState(t *testing.T) {
	base := server(t)
	tb := open(t, base, "/?from=1900-01-01&to=1900-12-31", 1280, 800)
	tb.wait("the empty state", `document.body.dataset.timeline === 'empty'`)
	if msg := eval[string](tb, `document.getElementById('timeline-overlay').innerText`); !strings.Contains(msg, "No events match") {
		t.Errorf("empty state says %q", msg)
	}
	tb.screenshot("empty", false)
	tb.clean()
}

// TestAPIDown serves the page as the server ships it (api.New with
// api.WithPage(web.Dist())), behind a wrapper that drops the connection of
// every API request: the page must say so, not stay blank.
func TestAPIDown(t *testing.T) {
	if !web.Built() {
		require(t, &missing{"the page is not built into this test binary (run scripts/web-build first)"})
	}
	// Any store will do: no API request gets through to it.
	store, err := graphopen.Store(t.Context(), graphopen.Config{URI: "sqlite:" + filepath.Join(t.TempDir(), "empty.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close(context.Background()) })
	shipped := api.New(store, slog.New(slog.DiscardHandler), api.WithPage(web.Dist()))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		shipped.ServeHTTP(w, r)
	}))
	defer srv.Close()

	tb := open(t, srv.URL, "/", 1280, 800)
	tb.wait("the error state", `document.body.dataset.timeline === 'error' && !document.getElementById('banner').hidden`)
	banner := eval[string](tb, `document.getElementById('banner').innerText`)
	if !strings.Contains(banner, "cannot be reached") {
		t.Errorf("banner says %q; want that the API cannot be reached", banner)
	}
	tb.screenshot("api-down", false)
	if ext := tb.externalRequests(); len(ext) > 0 {
		t.Errorf("requests outside the server: %v", ext)
	}
}

// TestEventDetailsKeepIDsUnique opens an event's details (and the article
// and the other views) and checks that no id is used twice in the DOM: the
// details panel once repeated the heading id of its empty state.
func TestEventDetailsKeepIDsUnique(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	ev := sochi2020(t, all)

	const dupes = `(() => {
		const seen = new Map();
		for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
		return [...seen].filter(([, n]) => n > 1).map(([id, n]) => id + ' ×' + n);
	})()`
	// Every id an aria attribute names must exist.
	const dangling = `[...document.querySelectorAll('[aria-labelledby], [aria-controls], [aria-activedescendant]')].flatMap(el =>
		['aria-labelledby', 'aria-controls', 'aria-activedescendant'].flatMap(a => (el.getAttribute(a) || '').split(/\s+/).filter(Boolean))
			.filter(id => !document.getElementById(id)).map(id => (el.id || el.tagName) + ' → ' + id))`
	tb := open(t, base, "/", 1280, 800)
	check := func(when string) {
		t.Helper()
		if d := eval[[]string](tb, dupes); len(d) > 0 {
			t.Errorf("%s: ids used more than once: %v", when, d)
		}
		if d := eval[[]string](tb, dangling); len(d) > 0 {
			t.Errorf("%s: aria attributes name missing ids: %v", when, d)
		}
	}
	tb.wait("the timeline", ready(len(all)))
	check("on load")
	tb.do(chromedp.Click(chromedp.CSS(`#timeline .vis-item [data-event-id="` + ev.ID + `"]`)))
	tb.wait("the details with their sources",
		fmt.Sprintf(`document.body.dataset.details === %q && document.querySelectorAll('#details .source .outlet').length === %d`, ev.ID, len(ev.Sources)))
	if h := eval[string](tb, `document.getElementById('details-title')?.textContent || ''`); h != ev.Title {
		t.Errorf("the details heading says %q, want %q", h, ev.Title)
	}
	if l := eval[string](tb, `document.getElementById('details').getAttribute('aria-labelledby')`); l != "details-title" {
		t.Errorf("the open details panel is labelled by %q, want the event's title (details-title)", l)
	}
	check("with the details open")
	tb.do(chromedp.Click(chromedp.CSS(`#details .source[data-index="0"] .source-meta button`)))
	tb.wait("the article", `document.getElementById('article-dialog').open && !!document.getElementById('article-hl')`)
	check("with the article open")
	tb.do(chromedp.KeyEvent("\x1b"))
	tb.do(chromedp.Click(chromedp.ID("tab-met")))
	tb.wait("the who-met-whom view", `document.body.dataset.met === 'ready'`)
	check("on the who-met-whom view")
	tb.clean()
}

// TestFilterChangesReplaceHistory changes two filters and checks that they
// added no history entries (Back leaves the page, not the last filter),
// while opening an event's details adds one.
func TestFilterChangesReplaceHistory(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	meetings := timeline(t, base, url.Values{"type": {"Meeting"}})
	inSochi := timeline(t, base, url.Values{"type": {"Meeting"}, "place": {"sochi"}})
	if len(meetings) == len(all) || len(inSochi) == 0 {
		t.Fatalf("the seed has %d events, %d meetings, %d in Sochi: the test needs meetings, in Sochi, among other events", len(all), len(meetings), len(inSochi))
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the timeline", ready(len(all))+` && document.querySelectorAll('#f-place option').length > 1`)
	before := eval[int](tb, `history.length`)

	choose := func(id, value string) {
		tb.do(chromedp.SetValue(chromedp.ID(id), value),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('`+id+`').dispatchEvent(new Event('change'))`))
	}
	choose("f-type", "Meeting")
	tb.wait("the meetings", `new URLSearchParams(location.search).get('type') === 'Meeting' && `+ready(len(meetings)))
	choose("f-place", "sochi")
	tb.wait("the meetings in Sochi", `new URLSearchParams(location.search).get('place') === 'sochi' && `+ready(len(inSochi)))
	if after := eval[int](tb, `history.length`); after != before {
		t.Errorf("two filter changes took history from %d to %d entries; filters must replace the current entry", before, after)
	}

	// Opening an event is navigation: it pushes, and Back closes it again
	// with the filters kept.
	ev := inSochi[0].ID
	tb.do(chromedp.Click(chromedp.CSS(`#events-table button.event-link[data-event-id="` + ev + `"]`)))
	tb.wait("the details", fmt.Sprintf(`document.body.dataset.details === %q`, ev))
	if after := eval[int](tb, `history.length`); after != before+1 {
		t.Errorf("opening an event took history from %d to %d entries, want one more", before, after)
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`history.back()`))
	tb.wait("Back to close the details, filters kept", `document.body.dataset.details === '' && !new URLSearchParams(location.search).has('event') &&
		new URLSearchParams(location.search).get('place') === 'sochi' && new URLSearchParams(location.search).get('type') === 'Meeting'`)
	tb.clean()
}

// TestFirstLoadFetchesTimelineOnce counts the page's requests for the
// timeline on its first, unfiltered load: the list of places once came from
// a second request for the very same timeline.
func TestFirstLoadFetchesTimelineOnce(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	tb := openWith(t, base, "/", 1280, 800, probe(t, base))
	// Everything the first load does: the timeline, the place list, the
	// header's figures (or their failure).
	tb.wait("the first load to finish", ready(len(all))+` && document.querySelectorAll('#f-place option').length > 1 &&
		(document.getElementById('header-stats').textContent !== '' || document.body.dataset.stats === 'error')`)
	var timelines []string
	for _, f := range tb.probed().Fetches {
		if p, _, _ := strings.Cut(f, "?"); strings.HasSuffix(p, "/api/v1/timeline") {
			timelines = append(timelines, f)
		}
	}
	if len(timelines) != 1 {
		t.Errorf("the first load fetched the timeline %d times, want once: %q", len(timelines), timelines)
	}
	tb.clean()
}

// TestPageUnderPathPrefix serves the page and its API under /eg/ through a
// reverse proxy, as a site that mounts eventgraph beside other things
// would: the page must find its API beside itself, not at the server root.
func TestPageUnderPathPrefix(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	ev := sochi2020(t, all)
	target, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var outside []string
	mux := http.NewServeMux()
	mux.Handle("/eg/", http.StripPrefix("/eg", httputil.NewSingleHostReverseProxy(target)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		outside = append(outside, r.URL.Path)
		mu.Unlock()
		http.NotFound(w, r)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tb := open(t, srv.URL, "/eg/?event="+url.QueryEscape(ev.ID), 1280, 800)
	tb.wait("the timeline under /eg/ to load or fail", `['ready', 'error'].includes(document.body.dataset.timeline)`)
	if state := eval[string](tb, `document.body.dataset.timeline`); state != "ready" {
		t.Fatalf("under /eg/ the timeline did not load: %s%s", state, tb.diagnose())
	}
	tb.wait("the timeline under /eg/", ready(len(all)))
	tb.wait("the event's details with its sources", fmt.Sprintf(
		`document.body.dataset.details === %q && document.querySelectorAll('#details .source .outlet').length === %d`, ev.ID, len(ev.Sources)))
	tb.clean()

	js := open(t, srv.URL, "/eg/timelinejs.html", 1280, 800)
	js.wait("TimelineJS under /eg/", fmt.Sprintf(
		`document.body.dataset.state === 'ready' && document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)').length === %d`, len(all)))
	js.clean()

	mu.Lock()
	defer mu.Unlock()
	for _, p := range outside {
		// Browsers ask for /favicon.ico on their own; the page has its icon inline.
		if p != "/favicon.ico" {
			t.Errorf("the page requested %s, outside its prefix /eg/", p)
		}
	}
}

// headerText is what the page's header says about the graph.
func headerText(s stats) string {
	n := func(v int, word string) string {
		if v == 1 {
			return fmt.Sprintf("%d %s", v, word)
		}
		return fmt.Sprintf("%d %ss", v, word)
	}
	return n(s.Events, "event") + " · " + n(s.Actors, "actor") + " · " + n(s.Places, "place") + " in the graph"
}

// TestHeaderCountsTheGraph checks the header against GET /api/v1/stats:
// it counts the graph (every actor and place, a country among both), not
// the timeline's items; filtered, it also says how many events are shown.
func TestHeaderCountsTheGraph(t *testing.T) {
	base := server(t)
	var s stats
	getJSON(t, base, "/api/v1/stats", &s)
	all := timeline(t, base, nil)
	his := timeline(t, base, url.Values{"actor": {putin}})
	if s.Events != len(all) {
		t.Errorf("stats count %d events, the timeline has %d", s.Events, len(all))
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the header's figures", ready(len(all))+` && document.getElementById('header-stats').textContent !== ''`)
	want := headerText(s)
	if got := eval[string](tb, `document.getElementById('header-stats').textContent`); got != want {
		t.Errorf("header says %q, want %q (from /api/v1/stats)", got, want)
	}

	filtered := open(t, base, "/?actor="+putin, 1280, 800)
	filtered.wait("the filtered timeline", ready(len(his))+` && document.getElementById('header-stats').textContent !== ''`)
	want = fmt.Sprintf("%s — %d shown", headerText(s), len(his))
	if got := eval[string](filtered, `document.getElementById('header-stats').textContent`); got != want {
		t.Errorf("filtered to Putin, the header says %q, want %q", got, want)
	}
	tb.clean()
	filtered.clean()
}

// window is the timeline's visible window, as dates.
type window struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

const visibleWindow = `(() => { const w = window.eventgraph.timeline.timeline.getWindow();
	return {start: w.start.toISOString(), end: w.end.toISOString()}; })()`

// TestFirstViewSkipsOutliers checks where the timeline opens on the seed:
// on the crisis of 2020, not on 2019–2020 because of the one 2019 meeting
// (from a photo caption), and that Fit all still reaches that meeting.
func TestFirstViewSkipsOutliers(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	var early, crisis []event
	for _, e := range all {
		switch {
		case strings.HasPrefix(e.Date.Start, "2019"):
			early = append(early, e)
		case e.Date.Start == "2020-09-13" || e.Date.Start == "2020-09-14":
			crisis = append(crisis, e)
		}
	}
	if len(early) == 0 || len(crisis) < 2 {
		t.Fatalf("the seed has %d events in 2019 and %d on 2020-09-13/14; the test needs both", len(early), len(crisis))
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the timeline", ready(len(all)))
	w := eval[window](tb, visibleWindow)
	if w.Start < "2020" {
		t.Errorf("the first view starts at %s: one 2019 event squeezes the crisis", w.Start)
	}
	// Every 2020-09-13/14 event is drawn, inside the timeline's visible area.
	const inView = `((id) => {
		const label = document.querySelector('#timeline .vis-item [data-event-id="' + id + '"]');
		if (!label) return false;
		const r = label.closest('.vis-item').getBoundingClientRect();
		const c = document.querySelector('#timeline .vis-center').getBoundingClientRect();
		return r.left >= c.left && r.left <= c.right;
	})`
	for _, e := range crisis {
		if !eval[bool](tb, fmt.Sprintf(`%s(%q)`, inView, e.ID)) {
			t.Errorf("%s (%s) is not in the first view %s – %s", e.ID, e.Date.Start, w.Start, w.End)
		}
	}
	tb.screenshot("timeline-first-view", false)

	// The outliers are one click away: the toolbar says how many are out
	// of view, and Fit all shows them.
	note := eval[string](tb, `(b => b.hidden ? '' : b.textContent)(document.getElementById('tl-outside'))`)
	if want := fmt.Sprintf("%d event", len(early)); !strings.HasPrefix(note, want) {
		t.Errorf("the toolbar says %q about events out of view, want %q…", note, want)
	}
	tb.do(chromedp.Click(chromedp.ID("tl-fit")))
	tb.wait("every event drawn after Fit all", drawn(len(all))+` && document.getElementById('tl-outside').hidden`)
	w = eval[window](tb, visibleWindow)
	if w.Start > early[0].Date.Start {
		t.Errorf("after Fit all the window starts at %s, after the %s event", w.Start, early[0].Date.Start)
	}
	for _, e := range early {
		if !eval[bool](tb, fmt.Sprintf(`%s(%q)`, inView, e.ID)) {
			t.Errorf("after Fit all, %s (%s) is not in view", e.ID, e.Date.Start)
		}
	}
	tb.clean()
}

// thousands writes n with comma separators, as the page's en locale does.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// TestPageReadsOnlyDocumentedFields drives the page through its views with
// every API answer wrapped so that reading a field api/openapi.json does
// not document is recorded (probeJS), and checks the details of events
// whose place, amount or count are null or set.
func TestPageReadsOnlyDocumentedFields(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	var noPlace, withAmount, withCount *event
	for i, e := range all {
		if e.Place == nil && noPlace == nil {
			noPlace = &all[i]
		}
		if e.Amount != nil && withAmount == nil {
			withAmount = &all[i]
		}
		if e.Count != nil && withCount == nil {
			withCount = &all[i]
		}
	}
	if noPlace == nil || withAmount == nil || withCount == nil {
		t.Fatal("the seed needs an event without a place, one with an amount and one with a count")
	}

	tb := openWith(t, base, "/", 1280, 800, probe(t, base))
	tb.wait("the timeline", ready(len(all)))
	details := func(e *event) string {
		t.Helper()
		tb.do(chromedp.Click(chromedp.CSS(`#events-table button.event-link[data-event-id="` + e.ID + `"]`)))
		tb.wait("the details of "+e.ID, fmt.Sprintf(
			`document.body.dataset.details === %q && document.querySelectorAll('#details .source .outlet').length === %d`, e.ID, len(e.Sources)))
		return eval[string](tb, `document.getElementById('details').innerText`)
	}
	if d := details(noPlace); !strings.Contains(d, "not stated") {
		t.Errorf("%s has no place; its details do not say so:\n%s", noPlace.ID, d)
	}
	if d := details(withAmount); !strings.Contains(d, thousands(withAmount.Amount.Value)) || !strings.Contains(d, withAmount.Amount.Currency) {
		t.Errorf("%s: details lack the amount %d %s:\n%s", withAmount.ID, withAmount.Amount.Value, withAmount.Amount.Currency, d)
	}
	words := map[string]string{"exact": "", "at_least": "at least ", "at_most": "at most ", "about": "about "}
	c := withCount.Count
	wantCount := strings.TrimSpace(words[c.Qualifier] + thousands(c.Value) + " " + c.Unit)
	if d := details(withCount); !strings.Contains(d, wantCount) {
		t.Errorf("%s: details lack the count %q:\n%s", withCount.ID, wantCount, d)
	}
	tb.do(chromedp.Click(chromedp.CSS(`#details .source[data-index="0"] .source-meta button`)))
	tb.wait("the article", `document.getElementById('article-dialog').open && !!document.getElementById('article-hl')`)
	tb.do(chromedp.KeyEvent("\x1b"))
	tb.do(chromedp.Focus(chromedp.ID("f-actor")), chromedp.SendKeys(chromedp.ID("f-actor"), "Luka"))
	tb.wait("actor search results", `document.querySelectorAll('#f-actor-box [role=option]').length > 0`)
	tb.do(chromedp.Click(chromedp.ID("tab-met")))
	tb.wait("the who-met-whom view", `document.body.dataset.met === 'ready'`)
	// A new document starts a new record: keep this one's.
	p := tb.probed()
	tb.do(chromedp.Navigate(base + "/?tab=path&pfrom=svetlana-tikhanovskaya&pto=" + putin))
	tb.wait("the paths", `document.body.dataset.paths === 'ready' && document.querySelectorAll('#path-list > li').length > 0`)
	paths := tb.probed()
	p.Fetches = append(p.Fetches, paths.Fetches...)
	p.Unknown = append(p.Unknown, paths.Unknown...)
	p.Undocumented = append(p.Undocumented, paths.Undocumented...)
	if len(p.Unknown) > 0 {
		t.Errorf("the page reads fields api/openapi.json does not document:\n  %s", strings.Join(p.Unknown, "\n  "))
	}
	slices.Sort(p.Undocumented)
	for _, path := range slices.Compact(p.Undocumented) {
		// GET /api/v1/stats comes with its own change to the document.
		t.Logf("the page fetched %s, which api/openapi.json does not document: its fields are unchecked", path)
	}
	if len(p.Fetches) < 5 {
		t.Errorf("the probe saw only %d fetches (%q): is it installed?", len(p.Fetches), p.Fetches)
	}
	tb.clean()
}

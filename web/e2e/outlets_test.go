//go:build e2e

package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The tests of this file run on testdata/outlets (outletsServer): three
// outlets report one meeting, each with its own ids, spellings and
// figures; two other events have one article each.

// outletsMeeting finds the meeting the three outlets report, and checks
// the data the tests need: three claims, the counts in conflict, other
// events with a single source.
func outletsMeeting(t *testing.T, all []event) event {
	t.Helper()
	var found []event
	single := 0
	for _, e := range all {
		if e.Type == "Meeting" && e.SourceCount == 3 {
			found = append(found, e)
		}
		if e.SourceCount == 1 {
			single++
		}
	}
	if len(found) != 1 {
		t.Fatalf("testdata/outlets: %d meetings with three sources, want one (did the import merge the outlets' meetings?)", len(found))
	}
	m := found[0]
	if len(m.Claims) != 3 || !slices.Contains(m.Conflicts, "count") {
		t.Fatalf("the meeting %s has %d claims and conflicts %v, want three claims with the count in conflict", m.ID, len(m.Claims), m.Conflicts)
	}
	if single == 0 {
		t.Fatal("testdata/outlets has no single-source event; the tests need one")
	}
	return m
}

// outletNames reads each claim's article for its outlet.
func outletNames(t *testing.T, base string, claims []claim) map[string]string {
	t.Helper()
	names := map[string]string{}
	for _, c := range claims {
		var art struct {
			Outlet string `json:"outlet"`
		}
		getJSON(t, base, "/api/v1/articles/"+url.PathEscape(c.Article), &art)
		names[c.Article] = art.Outlet
	}
	return names
}

// countText writes a count as the page does ("about 15 officials").
func countText(c *count) string {
	words := map[string]string{"exact": "", "at_least": "at least ", "at_most": "at most ", "about": "about "}
	return strings.TrimSpace(words[c.Qualifier] + thousands(c.Value) + " " + c.Unit)
}

// dayText writes a day as the page does ("14 September 2020").
func dayText(t *testing.T, day string) string {
	t.Helper()
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	return d.Format("2 January 2006")
}

// badges reads the sources badge of each row of the event list.
const badges = `Object.fromEntries([...document.querySelectorAll('#events-table tbody tr')].map(tr =>
	[tr.dataset.eventId, tr.querySelector('.sources-badge')?.dataset.sources || '']))`

// detailsSources is the count on the open details' sources badge, empty without one.
const detailsSources = `(document.querySelector('#details .eyebrow .sources-badge')?.dataset.sources || '')`

// TestOutletsShowSourcesAndClaims: every event says how many articles
// report it, in the list and in its details; the merged meeting's details
// lay the three articles' claims side by side, outlet by outlet, with the
// count they disagree on highlighted and said in words ("12 officials
// (Northern Wire, …) vs about 15 officials (Minsk Courier)").
func TestOutletsShowSourcesAndClaims(t *testing.T) {
	base := outletsServer(t)
	all := timeline(t, base, nil)
	m := outletsMeeting(t, all)
	outlets := outletNames(t, base, m.Claims)

	tb := openWith(t, base, "/", 1280, 800, probe(t, base))
	tb.wait("the timeline", ready(len(all)))
	rows := eval[map[string]string](tb, badges)
	for _, e := range all {
		if want := fmt.Sprint(e.SourceCount); rows[e.ID] != want {
			t.Errorf("the event list gives %s %q sources, want %s", e.ID, rows[e.ID], want)
		}
	}
	if text := eval[string](tb, fmt.Sprintf(`document.querySelector('#events-table tr[data-event-id=%q] .sources-badge').innerText`, m.ID)); !strings.HasPrefix(text, "3 sources") {
		t.Errorf("the meeting's badge reads %q, want 3 sources…", text)
	}
	single := all[slices.IndexFunc(all, func(e event) bool { return e.SourceCount == 1 })]
	if text := eval[string](tb, fmt.Sprintf(`document.querySelector('#events-table tr[data-event-id=%q] .sources-badge').innerText`, single.ID)); text != "1 source" {
		t.Errorf("a single-source event's badge reads %q, want 1 source", text)
	}

	tb.do(chromedp.Click(chromedp.CSS(`#events-table button.event-link[data-event-id="` + m.ID + `"]`)))
	tb.wait("the details with the claims and their outlets", fmt.Sprintf(
		`document.body.dataset.details === %q && document.querySelectorAll('#details .claims-table thead .claim-outlet.loaded').length === %d`, m.ID, len(m.Claims)))
	if got := eval[string](tb, detailsSources); got != "3" {
		t.Errorf("the details' badge says %q sources, want 3", got)
	}
	details := eval[string](tb, `document.getElementById('details').innerText`)
	if want := "by 3 articles, first on " + dayText(t, m.FirstReported); !strings.Contains(details, want) {
		t.Errorf("the details lack %q:\n%s", want, details)
	}

	// One column per article, in the API's order, headed by its outlet.
	type column struct {
		Article string `json:"article"`
		Outlet  string `json:"outlet"`
	}
	cols := eval[[]column](tb, `[...document.querySelectorAll('#details .claims-table thead th[data-article-id]')].map(th =>
		({article: th.dataset.articleId, outlet: th.querySelector('.claim-outlet').textContent}))`)
	if len(cols) != len(m.Claims) {
		t.Fatalf("the claims table has %d columns, want %d: %+v", len(cols), len(m.Claims), cols)
	}
	for i, c := range m.Claims {
		if cols[i].Article != c.Article || cols[i].Outlet != outlets[c.Article] {
			t.Errorf("column %d is %+v, want %s (%s)", i, cols[i], c.Article, outlets[c.Article])
		}
	}

	// Each field a row, a cell per article; the conflicting rows, and
	// only they, are highlighted.
	type row struct {
		Field    string   `json:"field"`
		Conflict bool     `json:"conflict"`
		Cells    []string `json:"cells"`
		Marked   []bool   `json:"marked"`
		Header   string   `json:"header"`
	}
	table := eval[[]row](tb, `[...document.querySelectorAll('#details .claims-table tbody tr')].map(tr => ({
		field: tr.dataset.field, conflict: tr.classList.contains('conflict'), header: tr.querySelector('th').innerText,
		cells: [...tr.querySelectorAll('td')].map(td => td.innerText),
		marked: [...tr.querySelectorAll('td')].map(td => td.classList.contains('conflict'))}))`)
	byField := map[string]row{}
	for _, r := range table {
		byField[r.Field] = r
		want := slices.Contains(m.Conflicts, r.Field)
		if r.Conflict != want || slices.Contains(r.Marked, !want) {
			t.Errorf("row %s: highlighted %v (cells %v), want %v (conflicts %v)", r.Field, r.Conflict, r.Marked, want, m.Conflicts)
		}
		if len(r.Cells) != len(m.Claims) {
			t.Errorf("row %s has %d cells, want one per claim", r.Field, len(r.Cells))
		}
	}
	for _, f := range []string{"published", "date", "place", "count", "quote"} {
		if _, ok := byField[f]; !ok {
			t.Fatalf("the claims table has no %s row: %+v", f, table)
		}
	}
	if h := byField["count"].Header; !strings.Contains(h, "disagree") {
		t.Errorf("the count row's header reads %q: the conflict is not said in words", h)
	}
	for i, c := range m.Claims {
		if got, want := byField["count"].Cells[i], countText(c.Count); got != want {
			t.Errorf("%s's count reads %q, want %q", outlets[c.Article], got, want)
		}
		if got, want := byField["published"].Cells[i], dayText(t, c.Published); !strings.HasPrefix(got, want) {
			t.Errorf("%s's publication day reads %q, want %q", outlets[c.Article], got, want)
		}
		if got := byField["quote"].Cells[i]; !strings.Contains(got, c.Quote.Quote) {
			t.Errorf("%s's quote cell reads %q, want the quote %q", outlets[c.Article], got, c.Quote.Quote)
		}
		if c.Date.Text != "" && !strings.Contains(byField["date"].Cells[i], c.Date.Text) {
			t.Errorf("%s's date cell reads %q, want the wording %q", outlets[c.Article], byField["date"].Cells[i], c.Date.Text)
		}
		// A place is named, a country too (not its id).
		if c.PlaceKind == "country" && !strings.HasPrefix(byField["place"].Cells[i], "Russia") {
			t.Errorf("%s's place reads %q, want Russia", outlets[c.Article], byField["place"].Cells[i])
		}
		if c.PlaceKind == "city" && !strings.HasPrefix(byField["place"].Cells[i], "Sochi") {
			t.Errorf("%s's place reads %q, want Sochi", outlets[c.Article], byField["place"].Cells[i])
		}
	}

	// The count says who gives which figure.
	var groups []string
	seen := map[string]int{}
	for _, c := range m.Claims {
		v := countText(c.Count)
		if i, ok := seen[v]; ok {
			groups[i] = strings.TrimSuffix(groups[i], ")") + ", " + outlets[c.Article] + ")"
			continue
		}
		seen[v] = len(groups)
		groups = append(groups, v+" ("+outlets[c.Article]+")")
	}
	want := strings.Join(groups, " vs ")
	tb.wait("the outlets in the count's dispute", `[...document.querySelectorAll('#details .dispute[data-field=count] .claim-outlet')].every(el => el.classList.contains('loaded'))`)
	if got := eval[string](tb, `document.querySelector('#details .dispute[data-field=count]').innerText`); !strings.Contains(got, want) {
		t.Errorf("the count's dispute reads %q, want %q", got, want)
	}
	tb.screenshot("outlets-details", false)
	tb.do(chromedp.ScrollIntoView(chromedp.CSS(`#details .claims`)))
	tb.screenshot("outlets-claims", false)

	// A claim's quote opens its article, highlighted.
	second := m.Claims[1]
	tb.do(chromedp.Click(chromedp.CSS(`#details .claims-table tr[data-field=quote] td[data-article-id="` + second.Article + `"] .claim-read`)))
	tb.wait("the claim's article with its quote highlighted", fmt.Sprintf(
		`document.getElementById('article-dialog').open && document.getElementById('article-hl')?.textContent === %q`, second.Quote.Quote))
	tb.do(chromedp.KeyEvent("\x1b"))
	tb.wait("the article closed", `!document.getElementById('article-dialog').open`)

	if p := tb.probed(); len(p.Unknown) > 0 {
		t.Errorf("the page reads fields api/openapi.json does not document:\n  %s", strings.Join(p.Unknown, "\n  "))
	}
	tb.clean()

	// On a phone the claims scroll within their box, not the page.
	narrow := open(t, base, "/?event="+url.QueryEscape(m.ID), 390, 844)
	narrow.wait("the claims", ready(len(all))+` && document.querySelectorAll('#details .claims-table thead th').length === 3`)
	if over := eval[int](narrow, `document.documentElement.scrollWidth - window.innerWidth`); over > 1 {
		t.Errorf("at 390px wide, with the claims open, the page scrolls sideways by %dpx", over)
	}
	narrow.do(chromedp.ScrollIntoView(chromedp.CSS(`#details .claims`)))
	narrow.screenshot("outlets-claims-narrow", false)
	narrow.clean()
}

// TestAsReportedBy sets the "as reported by" day before the second
// article came out: the meeting has one source and no claims, the
// timeline and the meetings are asked for as of that day, and the link
// keeps the day. Before any article, nothing is reported.
func TestAsReportedBy(t *testing.T) {
	base := outletsServer(t)
	all := timeline(t, base, nil)
	m := outletsMeeting(t, all)
	days := []string{}
	for _, c := range m.Claims {
		days = append(days, c.Published)
	}
	slices.Sort(days)
	second, err := time.Parse(time.DateOnly, days[1])
	if err != nil {
		t.Fatal(err)
	}
	asOf := second.AddDate(0, 0, -1).Format(time.DateOnly)
	early := timeline(t, base, url.Values{"asOf": {asOf}})
	i := slices.IndexFunc(early, func(e event) bool { return e.ID == m.ID })
	if i < 0 || early[i].SourceCount != 1 || len(early) >= len(all) {
		t.Fatalf("as of %s the API gives %d of %d events, the meeting at %d; want it with one source, and fewer events", asOf, len(early), len(all), i)
	}

	tb := openWith(t, base, "/?event="+url.QueryEscape(m.ID), 1280, 800, probe(t, base))
	tb.wait("the meeting's details", ready(len(all))+fmt.Sprintf(` && document.body.dataset.details === %q && %s === '3'`, m.ID, detailsSources))
	if label := eval[string](tb, `document.getElementById('f-asof').labels[0].textContent.trim()`); label != "As reported by" {
		t.Errorf("the date control is labelled %q, want As reported by", label)
	}
	if typ := eval[string](tb, `document.getElementById('f-asof').type`); typ != "date" {
		t.Errorf("the as-reported-by control is an input of type %q, want date", typ)
	}
	before := eval[int](tb, `history.length`)

	setDay := func(day string) {
		tb.do(chromedp.SetValue(chromedp.ID("f-asof"), day),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('f-asof').dispatchEvent(new Event('change'))`))
	}
	setDay(asOf)
	tb.wait("the timeline and the details as reported by "+asOf, fmt.Sprintf(
		`new URLSearchParams(location.search).get('asOf') === %q && %s && document.body.dataset.details === %q && %s === '1' && !document.querySelector('#details .claims')`,
		asOf, ready(len(early)), m.ID, detailsSources))
	if got := eval[map[string]string](tb, badges)[m.ID]; got != "1" {
		t.Errorf("as of %s the event list gives the meeting %q sources, want 1", asOf, got)
	}
	if got := eval[string](tb, `document.getElementById('timeline-count').textContent`); !strings.Contains(got, "as reported by "+dayText(t, asOf)) {
		t.Errorf("the timeline's count reads %q; it does not say the day", got)
	}
	if d := eval[string](tb, `document.getElementById('details').innerText`); !strings.Contains(d, "published by "+dayText(t, asOf)) {
		t.Errorf("the details do not say they are as reported by %s:\n%s", asOf, d)
	}
	if after := eval[int](tb, `history.length`); after != before {
		t.Errorf("setting the day took history from %d to %d entries; filters replace the current one", before, after)
	}
	tb.screenshot("as-reported-by", false)

	// Who met whom is asked for as of the day too.
	tb.do(chromedp.Click(chromedp.ID("tab-met")))
	tb.wait("the who-met-whom view", `document.body.dataset.met === 'ready'`)
	asked := false
	for _, f := range tb.probed().Fetches {
		if p, q, _ := strings.Cut(f, "?"); strings.HasSuffix(p, "/api/v1/meetings") {
			v, _ := url.ParseQuery(q)
			asked = asked || v.Get("asOf") == asOf
		}
	}
	if !asked {
		t.Errorf("the meetings were not asked for as of %s: %q", asOf, tb.probed().Fetches)
	}

	// The link keeps the day.
	link := eval[string](tb, `location.pathname + location.search`)
	again := open(t, base, link, 1280, 800)
	again.wait("the shared link's view", ready(len(early))+fmt.Sprintf(` && document.getElementById('f-asof').value === %q && %s === '1'`, asOf, detailsSources))
	again.clean()

	// Cleared, the day is gone and the meeting has its three sources again.
	setDay("")
	tb.wait("everything reported", fmt.Sprintf(`!new URLSearchParams(location.search).has('asOf') && %s && %s === '3' && !!document.querySelector('#details .claims')`,
		ready(len(all)), detailsSources))
	tb.clean()

	// Before any article, nothing is reported, and the details say so.
	d, _ := time.Parse(time.DateOnly, m.FirstReported)
	none := d.AddDate(0, 0, -1).Format(time.DateOnly)
	nothing := open(t, base, "/?asOf="+none+"&event="+url.QueryEscape(m.ID), 1280, 800)
	nothing.wait("nothing reported yet", fmt.Sprintf(`document.body.dataset.timeline === 'empty' && document.body.dataset.details === %q`, "missing:"+m.ID))
	if d := eval[string](nothing, `document.getElementById('details-body').innerText`); !strings.Contains(d, "Not reported yet") {
		t.Errorf("before the first article, the details read %q", d)
	}
	if msg := eval[string](nothing, `document.getElementById('timeline-overlay').innerText`); !strings.Contains(msg, "“As reported by”") {
		t.Errorf("before the first article, the empty timeline says %q; want a later day suggested", msg)
	}
	// The browser logs the event's 404 (not reported by then); nothing else.
	for _, e := range nothing.consoleErrors() {
		if !strings.Contains(e, "404") || !strings.Contains(e, "/api/v1/events/"+url.PathEscape(m.ID)+"?asOf="+none) {
			t.Errorf("console error: %s", e)
		}
	}
	if ext := nothing.externalRequests(); len(ext) > 0 {
		t.Errorf("requests outside the server: %v", ext)
	}
}

// TestCorroboratedOnly ticks "corroborated only" with the keyboard: the
// timeline keeps the events two or more articles report (minSources=2),
// the link keeps it, and Clear resets it with the day.
func TestCorroboratedOnly(t *testing.T) {
	base := outletsServer(t)
	all := timeline(t, base, nil)
	m := outletsMeeting(t, all)
	corroborated := timeline(t, base, url.Values{"minSources": {"2"}})
	if len(corroborated) == 0 || len(corroborated) >= len(all) {
		t.Fatalf("%d of %d events are corroborated; the test needs some but not all", len(corroborated), len(all))
	}
	for _, e := range corroborated {
		if e.SourceCount < 2 {
			t.Errorf("minSources=2 gives %s with %d source", e.ID, e.SourceCount)
		}
	}

	tb := open(t, base, "/", 1280, 800)
	tb.wait("the timeline", ready(len(all)))
	if label := eval[string](tb, `document.getElementById('f-corroborated').labels[0].textContent.trim()`); label != "Corroborated only" {
		t.Errorf("the checkbox is labelled %q, want Corroborated only", label)
	}
	tb.do(chromedp.Focus(chromedp.ID("f-corroborated")), chromedp.KeyEvent(" "))
	tb.wait("the corroborated events", `new URLSearchParams(location.search).get('minSources') === '2' && document.getElementById('f-corroborated').checked && `+ready(len(corroborated)))
	rows := eval[map[string]string](tb, badges)
	if len(rows) != len(corroborated) {
		t.Errorf("the event list shows %d events, want the %d corroborated", len(rows), len(corroborated))
	}
	for _, e := range all {
		if _, shown := rows[e.ID]; shown != (e.SourceCount >= 2) {
			t.Errorf("%s (%d sources): shown %v with corroborated only", e.ID, e.SourceCount, shown)
		}
	}
	if _, ok := rows[m.ID]; !ok {
		t.Errorf("the meeting three outlets report is hidden with corroborated only")
	}
	tb.screenshot("corroborated-only", false)

	// Unticked, everything is back.
	tb.do(chromedp.KeyEvent(" "))
	tb.wait("every event", `!new URLSearchParams(location.search).has('minSources') && `+ready(len(all)))
	tb.clean()

	// A link with both (as of the second article, when the meeting is
	// corroborated); Clear resets both.
	var days []string
	for _, c := range m.Claims {
		days = append(days, c.Published)
	}
	slices.Sort(days)
	day := days[1]
	both := timeline(t, base, url.Values{"minSources": {"2"}, "asOf": {day}})
	link := open(t, base, "/?minSources=2&asOf="+day, 1280, 800)
	link.wait("the link's view", ready(len(both))+fmt.Sprintf(` && document.getElementById('f-corroborated').checked && document.getElementById('f-asof').value === %q`, day))
	link.do(chromedp.Click(chromedp.ID("f-reset")))
	link.wait("the filters cleared", `location.search === '' && !document.getElementById('f-corroborated').checked && document.getElementById('f-asof').value === '' && `+ready(len(all)))
	link.clean()
}

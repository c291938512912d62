//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/eventgraph/eventgraph/api"
	"github.com/eventgraph/eventgraph/graph"
	graphopen "github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/web"
)

// unreviewedMarks counts what marks events as unreviewed: timeline items
// drawn as such (points and ranges: a point's dot is a .vis-item too), their
// "?" marks, and the badges of the event list and the
// details panel.
const unreviewedMarks = `({
	items: document.querySelectorAll('#timeline .vis-item.vis-point.unreviewed, #timeline .vis-item.vis-range.unreviewed').length,
	marks: document.querySelectorAll('#timeline .unreviewed-mark').length,
	rows: [...document.querySelectorAll('#events-table tbody tr')].filter(tr => tr.querySelector('.unreviewed-badge')).map(tr => tr.dataset.eventId),
	details: document.querySelectorAll('#details .unreviewed-badge').length,
	legend: document.querySelector('#legend .legend-unreviewed')?.innerText || '',
})`

type marks struct {
	Items   int      `json:"items"`
	Marks   int      `json:"marks"`
	Rows    []string `json:"rows"`
	Details int      `json:"details"`
	Legend  string   `json:"legend"`
}

// TestSeedIsReviewed: every seed event is curated, so nothing on the page is
// marked unreviewed, and the legend still says what the mark would mean.
func TestSeedIsReviewed(t *testing.T) {
	base := server(t)
	all := timeline(t, base, nil)
	for _, e := range all {
		if e.Provenance != "curated" {
			t.Errorf("seed event %s has provenance %q, want curated", e.ID, e.Provenance)
		}
	}
	tb := open(t, base, "/", 1280, 800)
	tb.wait("the timeline", ready(len(all)))
	tb.do(chromedp.Click(chromedp.ID("tl-fit")))
	tb.wait("every event drawn", drawn(len(all)))
	ev := sochi2020(t, all)
	tb.do(chromedp.Click(chromedp.CSS(`#events-table button.event-link[data-event-id="` + ev.ID + `"]`)))
	tb.wait("the details", fmt.Sprintf(`document.body.dataset.details === %q`, ev.ID))
	m := eval[marks](tb, unreviewedMarks)
	if m.Items != 0 || m.Marks != 0 || len(m.Rows) != 0 || m.Details != 0 {
		t.Errorf("the seed is curated, yet the page marks events unreviewed: %+v", m)
	}
	if !strings.Contains(m.Legend, "? unreviewed") || !strings.Contains(m.Legend, "not yet checked by a person") ||
		!strings.HasSuffix(strings.TrimSpace(m.Legend), "0") {
		t.Errorf("the legend's unreviewed entry reads %q; want the mark explained, with no events", m.Legend)
	}
	if d := eval[string](tb, `document.querySelector('#details .provenance').innerText`); !strings.HasPrefix(d, "yes") {
		t.Errorf("the details of a curated event say %q under Reviewed, want yes", d)
	}
	tb.clean()
}

// TestExtractedEventIsMarked serves the page as the server ships it over a
// store holding the seed and an article the extractor drafted: its own
// event is marked unreviewed on the timeline, in the list and in the
// details; the Sochi talks it restates stay reviewed, as the seed states
// them too.
func TestExtractedEventIsMarked(t *testing.T) {
	if !web.Built() {
		require(t, &missing{"the page is not built into this test binary (run scripts/web-build first)"})
	}
	ctx := t.Context()
	store, err := graphopen.Store(ctx, graphopen.Config{URI: "sqlite:" + filepath.Join(t.TempDir(), "extracted.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close(context.Background()) })
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importer.Import(ctx, store, []string{filepath.Join(root, "seeds")}, nil); err != nil {
		t.Fatal(err)
	}
	text := "Lukashenko met Putin in Sochi. Lukashenko was sworn in for a sixth term."
	quote := func(q string) []graph.Source {
		at := strings.Index(text, q)
		return []graph.Source{{ArticleID: "drafted-inauguration", Quote: q, Start: at, End: at + len(q)}}
	}
	const inauguration = "lukashenko-inauguration-2020-09-23"
	day := graph.Date{Start: "2020-09-14", End: "2020-09-14", Precision: graph.Day}
	f := &graph.ArticleFacts{
		Article: graph.Article{ID: "drafted-inauguration", Title: "Lukashenko sworn in", Outlet: "Wire", Published: "2020-09-23",
			Language: "en", Text: text, Method: graph.Extracted, Extractor: "rules-test"},
		Actors: []graph.SourcedActor{
			{Actor: graph.Actor{ID: lukashenko, Name: "Alexander Lukashenko", Kind: graph.Person}, Sources: quote("Lukashenko")},
			{Actor: graph.Actor{ID: putin, Name: "Vladimir Putin", Kind: graph.Person}, Sources: quote("Putin")},
		},
		Events: []graph.Event{
			{ID: "lukashenko-putin-talks-sochi-2020-09-14", Type: graph.Meeting, Title: "Lukashenko and Putin hold talks in Sochi",
				Date:         day,
				Participants: []graph.Participant{{ActorID: lukashenko, Role: "visitor"}, {ActorID: putin, Role: "host"}},
				Sources:      quote("Lukashenko met Putin")},
			{ID: inauguration, Type: graph.Inauguration, Title: "Lukashenko sworn in for a sixth term",
				Date:         graph.Date{Start: "2020-09-23", End: "2020-09-23", Precision: graph.Day},
				Participants: []graph.Participant{{ActorID: lukashenko, Role: "inaugurated"}},
				Sources:      quote("Lukashenko was sworn in for a sixth term")},
		},
	}
	if _, err := store.UpsertArticle(ctx, f); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(store, slog.New(slog.DiscardHandler), api.WithPage(web.Dist())))
	defer srv.Close()

	all := timeline(t, srv.URL, nil)
	var extracted []string
	for _, e := range all {
		if e.Provenance == "extracted" {
			extracted = append(extracted, e.ID)
		}
	}
	if len(extracted) != 1 || extracted[0] != inauguration {
		t.Fatalf("extracted events %v, want only %s", extracted, inauguration)
	}

	tb := openWith(t, srv.URL, "/", 1280, 800, probe(t, srv.URL))
	tb.wait("the timeline", ready(len(all)))
	tb.do(chromedp.Click(chromedp.ID("tl-fit")))
	tb.wait("every event drawn", drawn(len(all)))
	m := eval[marks](tb, unreviewedMarks)
	if m.Items != 1 || m.Marks != 1 || len(m.Rows) != 1 || m.Rows[0] != inauguration {
		t.Errorf("marks %+v, want the one item, mark and list row of %s", m, inauguration)
	}
	if !strings.HasSuffix(strings.TrimSpace(m.Legend), "1") {
		t.Errorf("the legend's unreviewed entry reads %q, want it to count 1", m.Legend)
	}
	if got := eval[string](tb, `document.querySelector('#timeline .vis-item.unreviewed [data-event-id]').dataset.eventId`); got != inauguration {
		t.Errorf("the timeline marks %s unreviewed, want %s", got, inauguration)
	}
	tb.screenshot("timeline-unreviewed", false)

	tb.do(chromedp.Click(chromedp.CSS(`#timeline .vis-item [data-event-id="` + inauguration + `"]`)))
	tb.wait("the details with the source", fmt.Sprintf(
		`document.body.dataset.details === %q && document.querySelectorAll('#details .source .outlet').length === 1`, inauguration))
	details := eval[string](tb, `document.getElementById('details').innerText`)
	for _, want := range []string{"unreviewed", "no person has checked it", "extracted", "Inauguration", "inaugurated"} {
		if !strings.Contains(details, want) {
			t.Errorf("the details of the extracted event lack %q:\n%s", want, details)
		}
	}
	tb.screenshot("details-unreviewed", false)

	// The talks are stated by the seed too: reviewed, though the draft
	// restates them.
	tb.do(chromedp.Click(chromedp.CSS(`#events-table button.event-link[data-event-id="lukashenko-putin-talks-sochi-2020-09-14"]`)))
	tb.wait("the talks' details", `document.body.dataset.details === 'lukashenko-putin-talks-sochi-2020-09-14' && document.querySelectorAll('#details .source .outlet').length > 1`)
	if n := eval[int](tb, `document.querySelectorAll('#details .unreviewed-badge').length`); n != 0 {
		t.Errorf("the talks, which a curated article states, carry %d unreviewed badges", n)
	}
	if n := eval[int](tb, `document.querySelectorAll('#details .source-meta .tag-unreviewed').length`); n != 1 {
		t.Errorf("the talks' sources mark %d as from an extracted article, want the draft's one", n)
	}
	if p := tb.probed(); len(p.Unknown) > 0 {
		t.Errorf("the page reads fields api/openapi.json does not document:\n  %s", strings.Join(p.Unknown, "\n  "))
	}
	tb.clean()
}

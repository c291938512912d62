//go:build e2e

package e2e

import (
	"fmt"
	"html"
	"testing"
)

// TestTimelineJSRendersExport loads /api/v1/timeline.timelinejs into
// TimelineJS itself (the npm package's own build, served by the page at
// /timelinejs.html): one slide and one marker per event, no console errors,
// nothing fetched from outside the server.
func TestTimelineJSRendersExport(t *testing.T) {
	base := server(t)
	events := timeline(t, base, nil)
	var export struct {
		Title  map[string]any `json:"title"`
		Events []struct {
			UniqueID  string         `json:"unique_id"`
			StartDate map[string]any `json:"start_date"`
			Text      struct {
				Headline string `json:"headline"`
			} `json:"text"`
		} `json:"events"`
	}
	getJSON(t, base, "/api/v1/timeline.timelinejs", &export)
	if len(export.Events) != len(events) {
		t.Fatalf("the TimelineJS export has %d events, the timeline %d", len(export.Events), len(events))
	}
	for i, e := range export.Events {
		if e.StartDate["year"] == nil {
			t.Errorf("export event %d (%s) has no start_date.year", i, e.Text.Headline)
		}
	}

	tb := open(t, base, "/timelinejs.html", 1280, 800)
	tb.wait("TimelineJS to draw every slide", fmt.Sprintf(
		`document.body.dataset.state === 'ready' && document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)').length === %d`,
		len(export.Events)))
	if n := eval[int](tb, `document.querySelectorAll('.tl-timemarker').length`); n != len(export.Events) {
		t.Errorf("TimelineJS drew %d markers on its time axis, want %d", n, len(export.Events))
	}
	if msg := eval[string](tb, `[...document.querySelectorAll('.tl-message-full')].filter(m => m.offsetParent).map(m => m.innerText).join(' ')`); msg != "" {
		t.Errorf("TimelineJS shows a message: %q", msg)
	}
	headlines := eval[[]string](tb, `[...document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide) .tl-headline')].map(h => h.textContent.trim())`)
	want := map[string]bool{}
	for _, e := range export.Events {
		// The headline is HTML; the slide shows its text.
		want[html.UnescapeString(e.Text.Headline)] = true
	}
	for _, h := range headlines {
		if !want[h] {
			t.Errorf("slide headline %q is not an exported event", h)
		}
	}
	tb.screenshot("timelinejs-title", false)
	tb.clean()

	// The export is paged (a Link header names the next page): with pages
	// of 5 the page must still follow them to every event.
	if len(export.Events) <= 5 {
		t.Fatalf("the seed exports %d events; paging by 5 needs more", len(export.Events))
	}
	tb = open(t, base, "/timelinejs.html?limit=5", 1280, 800)
	tb.wait("TimelineJS to draw every slide of every page", fmt.Sprintf(
		`document.body.dataset.state === 'ready' && document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)').length === %d`,
		len(export.Events)))
	tb.clean()

	// The same, opened on the first event's slide (the page's ?slide=).
	tb = open(t, base, "/timelinejs.html?slide=1", 1280, 800)
	tb.wait("the first event's slide", `document.body.dataset.state === 'ready' && window.timeline.getCurrentSlide() === window.timeline.getSlide(1)`)
	tb.screenshot("timelinejs", false)
	tb.clean()
}

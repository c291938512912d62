package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/importer"
)

func TestProgressLine(t *testing.T) {
	cases := []struct {
		p       importer.Progress
		elapsed time.Duration
		want    string
	}{
		{importer.Progress{Total: 10}, 0, "0/10 articles, 0 events"},
		{importer.Progress{Articles: 5, Events: 12, Total: 10}, 10 * time.Second, "5/10 articles, 12 events, 0.5 articles/s, 10s left"},
		{importer.Progress{Articles: 300, Events: 900, Total: 1200}, time.Minute, "300/1200 articles, 900 events, 5.0 articles/s, 3m0s left"},
	}
	for _, c := range cases {
		if got := progressLine(c.p, c.elapsed); got != c.want {
			t.Errorf("progressLine(%+v, %v) = %q, want %q", c.p, c.elapsed, got, c.want)
		}
	}
}

// TestProgressQuietOffTerminal: progress goes to a terminal only; a
// buffer (a pipe, a log) gets nothing.
func TestProgressQuietOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	m := newProgressMeter(&buf, time.Now)
	m.update(importer.Progress{Articles: 1, Total: 1})
	m.finish()
	if buf.Len() != 0 {
		t.Errorf("progress written off a terminal: %q", buf.String())
	}
}

package api

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html):
// a title slide and one slide per event. Only a date's year is required, so
// a date carries exactly the parts its precision knows.

type tljsDoc struct {
	Title  tljsTitle   `json:"title"`
	Events []tljsEvent `json:"events"`
}

type tljsTitle struct {
	Text tljsText `json:"text"`
}

type tljsEvent struct {
	UniqueID  string    `json:"unique_id"`
	StartDate tljsDate  `json:"start_date"`
	EndDate   *tljsDate `json:"end_date,omitempty"`
	Text      tljsText  `json:"text"`
	Group     string    `json:"group"`
}

type tljsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// tljsText is a slide's text. TimelineJS renders both fields as HTML, so
// everything taken from the graph is escaped.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// timelineJS renders a page of timeline events as a TimelineJS document.
func timelineJS(q graph.TimelineQuery, events []graph.Event) tljsDoc {
	doc := tljsDoc{
		Title:  tljsTitle{Text: tljsText{Headline: "eventgraph timeline", Text: html.EscapeString(describe(q))}},
		Events: make([]tljsEvent, 0, len(events)),
	}
	for _, e := range events {
		start, end := tljsDates(e.Date)
		doc.Events = append(doc.Events, tljsEvent{
			UniqueID:  e.ID,
			StartDate: start,
			EndDate:   end,
			Text:      tljsText{Headline: html.EscapeString(e.Title), Text: slideText(e)},
			Group:     string(e.Type),
		})
	}
	return doc
}

// describe says in words which filters made the timeline.
func describe(q graph.TimelineQuery) string {
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, label+" "+v)
		}
	}
	add("actor", q.Actor)
	add("type", string(q.Type))
	add("place", q.Place)
	add("from", q.From)
	add("to", q.To)
	if len(parts) == 0 {
		return "All events, in date order."
	}
	return "Events with " + strings.Join(parts, ", ") + ", in date order."
}

// tljsDates turns a graph date into TimelineJS start and end dates that say
// no more than the precision knows: a year, a year and month, a day, or for
// a week the range of its days. A year or month interval that spans more
// than one year or month gets an end date of the same precision.
func tljsDates(d graph.Date) (tljsDate, *tljsDate) {
	start, errS := graph.ParseDay(d.Start)
	end, errE := graph.ParseDay(d.End)
	if errS != nil {
		// Stores only hold validated days; fall back to the year digits
		// rather than failing the whole timeline over one event.
		var y int
		_, _ = fmt.Sscanf(d.Start, "%4d", &y)
		return tljsDate{Year: y, DisplayDate: d.Text}, nil
	}
	if errE != nil {
		end = start
	}
	switch d.Precision {
	case graph.Year:
		// An interval of several years, such as "2019 to 2020", keeps its
		// end at the same precision.
		s := tljsDate{Year: start.Year()}
		if end.Year() != start.Year() {
			return s, &tljsDate{Year: end.Year()}
		}
		return s, nil
	case graph.Month:
		s := tljsDate{Year: start.Year(), Month: int(start.Month())}
		if e := (tljsDate{Year: end.Year(), Month: int(end.Month())}); e != s {
			return s, &e
		}
		return s, nil
	case graph.Week:
		s := dayDate(start)
		s.DisplayDate = weekDisplay(start, end)
		e := dayDate(end)
		return s, &e
	default:
		return dayDate(start), nil
	}
}

func dayDate(t time.Time) tljsDate {
	return tljsDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// weekDisplay writes a week as "7–13 September 2020", or across a month or
// year boundary as "28 September – 4 October 2020".
func weekDisplay(start, end time.Time) string {
	switch {
	case start.Year() != end.Year():
		return start.Format("2 January 2006") + " – " + end.Format("2 January 2006")
	case start.Month() != end.Month():
		return start.Format("2 January") + " – " + end.Format("2 January 2006")
	default:
		return fmt.Sprintf("%d–%s", start.Day(), end.Format("2 January 2006"))
	}
}

// slideText is the body of an event's slide: summary, who took part in
// which role, where, any amount or count, and the quoted sources.
func slideText(e graph.Event) string {
	var b strings.Builder
	p := func(s string) {
		b.WriteString("<p>")
		b.WriteString(s)
		b.WriteString("</p>")
	}
	if e.Summary != "" {
		p(html.EscapeString(e.Summary))
	}
	if len(e.Participants) > 0 {
		names := make([]string, len(e.Participants))
		for i, pt := range e.Participants {
			names[i] = html.EscapeString(pt.Name) + " (" + html.EscapeString(pt.Role) + ")"
		}
		p("Participants: " + strings.Join(names, ", "))
	}
	if e.Place != nil {
		p("Place: " + html.EscapeString(e.Place.Name))
	}
	if e.Amount != nil {
		p(fmt.Sprintf("Amount: %d %s", e.Amount.Value, html.EscapeString(e.Amount.Currency)))
	}
	if e.Count != nil {
		unit := e.Count.Unit
		if unit == "" {
			unit = "counted"
		}
		qualifier := strings.ReplaceAll(string(e.Count.Qualifier), "_", " ") + " "
		if e.Count.Qualifier == graph.Exact {
			qualifier = ""
		}
		p(fmt.Sprintf("Count: %s%d %s", html.EscapeString(qualifier), e.Count.Value, html.EscapeString(unit)))
	}
	for _, s := range e.Sources {
		b.WriteString("<blockquote>")
		b.WriteString(html.EscapeString(s.Quote))
		b.WriteString(" <cite>")
		b.WriteString(html.EscapeString(s.ArticleID))
		b.WriteString("</cite></blockquote>")
	}
	return b.String()
}

package graph

import (
	"fmt"
	"time"
)

// dayLayout is the layout of calendar days throughout the model.
const dayLayout = "2006-01-02"

// ParseDay parses a YYYY-MM-DD calendar day.
func ParseDay(s string) (time.Time, error) { return time.Parse(dayLayout, s) }

// FormatDay formats t as a YYYY-MM-DD calendar day.
func FormatDay(t time.Time) string { return t.Format(dayLayout) }

// CalendarDay is a calendar day that has been checked: the zero value
// means "none", any other is a real day of the years 1 to 9999. Queries
// carry CalendarDays, so a backend never sees a date it must check again.
type CalendarDay struct{ t time.Time }

// NewCalendarDay parses a YYYY-MM-DD day.
func NewCalendarDay(s string) (CalendarDay, error) {
	t, err := ParseDay(s)
	if err != nil || t.Year() < 1 {
		return CalendarDay{}, fmt.Errorf("%q is not a day of the form YYYY-MM-DD", s)
	}
	return CalendarDay{t}, nil
}

// IsZero reports whether d is the zero CalendarDay.
func (d CalendarDay) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of d.
func (d CalendarDay) Time() time.Time { return d.t }

// String formats d as YYYY-MM-DD, "" for the zero CalendarDay.
func (d CalendarDay) String() string {
	if d.IsZero() {
		return ""
	}
	return FormatDay(d.t)
}

// boundLayouts are the forms of a query bound, by length, with the last
// day each covers.
var boundLayouts = map[int]struct {
	layout string
	span   func(time.Time) time.Time
}{
	4:  {"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	7:  {"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
	10: {dayLayout, func(t time.Time) time.Time { return t }},
}

// dayBound parses a query bound given as YYYY, YYYY-MM or YYYY-MM-DD and
// returns the first day (upper false) or the last day (upper true) it
// covers.
func dayBound(s string, upper bool) (CalendarDay, error) {
	l, ok := boundLayouts[len(s)]
	var t time.Time
	var err error
	if ok {
		t, err = time.Parse(l.layout, s)
	}
	if !ok || err != nil || t.Year() < 1 {
		return CalendarDay{}, fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if upper {
		t = l.span(t)
	}
	return CalendarDay{t}, nil
}

// mustDay is the calendar day of a date the store holds, which was checked
// when it was written; the zero day if it somehow does not parse.
func mustDay(s string) CalendarDay {
	d, _ := NewCalendarDay(s)
	return d
}

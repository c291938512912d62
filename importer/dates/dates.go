// Package dates resolves the wording of dates in news text ("on Monday",
// "last week", "August 9") against the publication date, for curated
// annotations and the extractor alike.
package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/graph"
)

// Context is what a relative date in an article is resolved against.
type Context struct {
	// Published is the article's publication day, the document creation
	// time of the temporal-tagging literature.
	Published time.Time
	// Anchor is the date of the event a duration counts from ("five weeks
	// since the vote"); nil when the annotation names none.
	Anchor *graph.Date
}

var (
	weekdays = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
		"saturday": time.Saturday,
	}
	months = map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	numbers = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	}
	// Words that may precede or follow a date without changing it.
	fillers = regexp.MustCompile(`^(on|in|since|from|during|at|by|of|the|for|late|early|later|earlier|over)\s+`)
	// A part of the day after a day says no more than the day.
	partOfDay   = regexp.MustCompile(`\s+(morning|afternoon|evening|night)$`)
	partOfDayOf = regexp.MustCompile(`^(morning|afternoon|evening|night)\s+of\s+(the\s+)?`)

	reISO       = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	reYear      = regexp.MustCompile(`^(\d{4})$`)
	reMonthDay  = regexp.MustCompile(`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`)
	reDayMonth  = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$`)
	reMonthYear = regexp.MustCompile(`^([a-z]+)\.?,?\s+(\d{4})$`)
	reSince     = regexp.MustCompile(`^(?:for\s+)?(\w+)\s+(day|week|month)s?\s+(?:since|after)\b`)
)

// Resolve turns the wording of a date in news text into a calendar
// interval with its precision. A bare weekday is the most recent such day,
// the publication day included; "last week" and "this month" are whole
// calendar weeks (Monday to Sunday) and months; a month and day without a
// year take the year that puts them on or before publication; "N weeks
// since ..." counts from ctx.Anchor.
func Resolve(text string, ctx Context) (graph.Date, error) {
	d, err := resolve(text, ctx)
	if err != nil {
		return d, err
	}
	// Every branch yields days; the calendar the graph keeps runs from
	// the year 1 to 9999 (fuzzing found "0000-01-01" and vast counts).
	if _, err := graph.NewCalendarDay(d.Start); err != nil {
		return graph.Date{}, fmt.Errorf("%q: %w", text, err)
	}
	if _, err := graph.NewCalendarDay(d.End); err != nil {
		return graph.Date{}, fmt.Errorf("%q: %w", text, err)
	}
	return d, nil
}

func resolve(text string, ctx Context) (graph.Date, error) {
	s := strings.ToLower(strings.TrimSpace(text))
	s = strings.Trim(s, ".,;:")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	for {
		t := fillers.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	// "last night" and "this morning" are days of their own; elsewhere
	// a part of the day says no more than the day.
	if s != "last night" && !strings.HasPrefix(s, "this ") {
		s = partOfDay.ReplaceAllString(s, "")
	}
	s = partOfDayOf.ReplaceAllString(s, "")
	pub := ctx.Published
	day := func(t time.Time) graph.Date {
		d := graph.FormatDay(t)
		return graph.Date{Start: d, End: d, Precision: graph.Day, Text: text}
	}
	span := func(start, end time.Time, p graph.Precision) graph.Date {
		return graph.Date{Start: graph.FormatDay(start), End: graph.FormatDay(end), Precision: p, Text: text}
	}
	weekOf := func(t time.Time) time.Time { // the Monday starting t's week
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	}
	monthOf := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

	switch s {
	case "today", "this morning", "this afternoon", "this evening", "tonight":
		return day(pub), nil
	case "yesterday", "last night":
		return day(pub.AddDate(0, 0, -1)), nil
	case "this week":
		w := weekOf(pub)
		return span(w, w.AddDate(0, 0, 6), graph.Week), nil
	case "last week", "previous week":
		w := weekOf(pub).AddDate(0, 0, -7)
		return span(w, w.AddDate(0, 0, 6), graph.Week), nil
	case "this month":
		m := monthOf(pub)
		return span(m, m.AddDate(0, 1, -1), graph.Month), nil
	case "last month", "previous month":
		m := monthOf(pub).AddDate(0, -1, 0)
		return span(m, m.AddDate(0, 1, -1), graph.Month), nil
	case "this year":
		y := time.Date(pub.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return span(y, y.AddDate(1, 0, -1), graph.Year), nil
	case "last year":
		y := time.Date(pub.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC)
		return span(y, y.AddDate(1, 0, -1), graph.Year), nil
	case "weekend", "this weekend", "last weekend":
		// The latest Saturday and Sunday that began on or before
		// publication; "last weekend" told on a weekend, the one before.
		sat := pub.AddDate(0, 0, -((int(pub.Weekday()) + 1) % 7))
		if s == "last weekend" && (pub.Weekday() == time.Saturday || pub.Weekday() == time.Sunday) {
			sat = sat.AddDate(0, 0, -7)
		}
		return span(sat, sat.AddDate(0, 0, 1), graph.Week), nil
	}
	if mo, ok := months[s]; ok && (len(s) > 3 || s == "may") {
		// "in May": the latest May that began on or before publication.
		y := pub.Year()
		if mo > pub.Month() {
			y--
		}
		t := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		return span(t, t.AddDate(0, 1, -1), graph.Month), nil
	}
	if wd, ok := weekdays[strings.TrimPrefix(s, "last ")]; ok {
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		if strings.HasPrefix(s, "last ") && back == 0 {
			back = 7 // "last Monday" in a Monday article is a week ago
		}
		return day(pub.AddDate(0, 0, -back)), nil
	}
	if NumericRE.MatchString(s) {
		if t, ok := Numeric(s, pub); ok {
			return day(t), nil
		}
		return graph.Date{}, fmt.Errorf("%q is not a calendar day", text)
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		t, err := graph.ParseDay(s)
		if err != nil {
			return graph.Date{}, fmt.Errorf("%q is not a calendar day", text)
		}
		return day(t), nil
	}
	if m := reYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return span(t, t.AddDate(1, 0, -1), graph.Year), nil
	}
	if m := reMonthYear.FindStringSubmatch(s); m != nil {
		if mo, ok := months[m[1]]; ok {
			y, _ := strconv.Atoi(m[2])
			t := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
			return span(t, t.AddDate(0, 1, -1), graph.Month), nil
		}
	}
	monthName, dayNum, year := "", "", ""
	if m := reMonthDay.FindStringSubmatch(s); m != nil {
		monthName, dayNum, year = m[1], m[2], m[3]
	} else if m := reDayMonth.FindStringSubmatch(s); m != nil {
		monthName, dayNum, year = m[2], m[1], m[3]
	}
	if mo, ok := months[monthName]; ok {
		d, _ := strconv.Atoi(dayNum)
		valid := func(y int) (time.Time, bool) {
			t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
			return t, t.Day() == d && t.Month() == mo
		}
		if year != "" {
			y, _ := strconv.Atoi(year)
			if t, ok := valid(y); ok {
				return day(t), nil
			}
			return graph.Date{}, fmt.Errorf("%q is not a calendar day", text)
		}
		// Without a year: the latest such day on or before publication (29
		// February may lie up to eight years back).
		for y := pub.Year(); y >= pub.Year()-8; y-- {
			if t, ok := valid(y); ok && !t.After(pub) {
				return day(t), nil
			}
		}
		return graph.Date{}, fmt.Errorf("%q is not a calendar day", text)
	}
	if m := reSince.FindStringSubmatch(s); m != nil {
		n, ok := numbers[m[1]]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		if n <= 0 {
			return graph.Date{}, fmt.Errorf("%q: cannot read the number %q", text, m[1])
		}
		if ctx.Anchor == nil {
			return graph.Date{}, fmt.Errorf("%q counts from another event: name it in date.anchor", text)
		}
		start, err := graph.ParseDay(ctx.Anchor.Start)
		if err != nil {
			return graph.Date{}, fmt.Errorf("anchor date %q: %w", ctx.Anchor.Start, err)
		}
		var end time.Time
		p := graph.Precision(m[2])
		switch m[2] {
		case "day":
			end = start.AddDate(0, 0, n)
		case "week":
			end = start.AddDate(0, 0, 7*n)
		default:
			end = start.AddDate(0, n, 0)
		}
		// A count so large it leaves the calendar (found by fuzzing) is
		// no date.
		if n > 100000 || end.Year() > 9999 {
			return graph.Date{}, fmt.Errorf("%q: %d %ss is past the year 9999", text, n, m[2])
		}
		return span(start, end, p), nil
	}
	return graph.Date{}, fmt.Errorf("cannot resolve %q: give date.start (YYYY-MM-DD) and date.precision", text)
}

// NumericRE is a day in digits, the whole of a wording: "2020-10-15",
// "15/10/2020", "10/15/2020", "15.10.2020".
var NumericRE = regexp.MustCompile(`^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([/.])(\d{1,2})[/.](\d{4}))$`)

// Numeric resolves a NumericRE wording to its day; ok is false for no
// calendar day. Year first is ISO; dots are day first, as where they are
// written. With slashes a part above 12 must be the day; when either
// part may be the day, the reading on or before publication and nearer
// to it wins, and day first, as most of the world writes, when that does
// not decide.
func Numeric(w string, pub time.Time) (time.Time, bool) {
	m := NumericRE.FindStringSubmatch(w)
	num := func(k int) int { n, _ := strconv.Atoi(m[k]); return n }
	valid := func(y, mo, d int) (time.Time, bool) {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		return t, mo >= 1 && mo <= 12 && t.Day() == d && t.Month() == time.Month(mo)
	}
	if m[1] != "" {
		return valid(num(1), num(2), num(3))
	}
	a, b, y := num(4), num(6), num(7)
	dayFirst, okD := valid(y, b, a)
	monthFirst, okM := valid(y, a, b)
	switch {
	case m[5] == "." || !okM:
		return dayFirst, okD
	case !okD || a == b:
		return monthFirst, okM
	}
	switch df, mf := dayFirst.After(pub), monthFirst.After(pub); {
	case df && !mf:
		return monthFirst, true
	case mf && !df:
		return dayFirst, true
	case !df && monthFirst.After(dayFirst):
		return monthFirst, true
	}
	return dayFirst, true
}

// Widen returns the calendar interval of precision p that holds day t:
// the day itself, its Monday-to-Sunday week, its month or its year.
func Widen(t time.Time, p graph.Precision) (time.Time, time.Time) {
	switch p {
	case graph.Week:
		w := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return w, w.AddDate(0, 0, 6)
	case graph.Month:
		m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return m, m.AddDate(0, 1, -1)
	case graph.Year:
		y := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return y, y.AddDate(1, 0, -1)
	}
	return t, t
}

package graph

// SpanBounds are the longest date spans, in days from an event's first
// day to its last, of the span classes but the last, which has no bound:
// class c holds the events whose span exceeds SpanBounds[c-1] but not
// SpanBounds[c]. An event of class c that overlaps a day starts at most
// SpanBounds[c] days before it, so a backend that indexes events by
// (class, first day) reads a bounded range per class to find the events
// that began before a date range and still overlap it, instead of every
// event before the range.
var SpanBounds = []int{0, 7, 31, 92, 366}

// SpanClass returns the span class of the interval from start to end
// (days as YYYY-MM-DD); dates that do not parse fall in the last class,
// which backends search without a bound.
func SpanClass(start, end string) int {
	s, err1 := ParseDay(start)
	e, err2 := ParseDay(end)
	if err1 != nil || err2 != nil {
		return len(SpanBounds)
	}
	days := int(e.Sub(s).Hours() / 24)
	for c, b := range SpanBounds {
		if days <= b {
			return c
		}
	}
	return len(SpanBounds)
}

// SpanStart returns the earliest first day an event of span class c can
// have and still overlap from; ok is false for the last class, which
// has no bound.
func SpanStart(c int, from CalendarDay) (CalendarDay, bool) {
	if c >= len(SpanBounds) {
		return CalendarDay{}, false
	}
	return CalendarDay{t: from.Time().AddDate(0, 0, -SpanBounds[c])}, true
}

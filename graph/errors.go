package graph

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error Graph returns matches one of them (or a
// context error) with errors.Is; the API maps each to one HTTP status.
var (
	// ErrNotFound means the requested actor, event or article does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means a query or a fact failed validation.
	ErrInvalid = errors.New("invalid")
	// ErrUnavailable means the store could not be reached.
	ErrUnavailable = errors.New("store unavailable")
	// ErrUncertain marks a failed write the store may have committed all
	// the same: the connection broke after the transaction's work was
	// done, while it was being committed. Reading the store tells.
	ErrUncertain = errors.New("the write may have been committed")
)

// InvalidError is an ErrInvalid that names the offending query parameter.
type InvalidError struct {
	Field  string
	Reason string
}

func (e *InvalidError) Error() string { return e.Field + ": " + e.Reason }

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *InvalidError) Unwrap() error { return ErrInvalid }

// Invalid returns an ErrInvalid naming field.
func Invalid(field, format string, args ...any) error {
	return &InvalidError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// NotFoundError is an ErrNotFound that says what was looked for: the kind
// of thing ("actor", "event", "article"), its id, and the query parameter
// the id came from ("" for the path).
type NotFoundError struct {
	Kind  string
	ID    string
	Param string
}

func (e *NotFoundError) Error() string {
	if e.Param != "" {
		return fmt.Sprintf("%s: no %s has the id %q", e.Param, e.Kind, e.ID)
	}
	return fmt.Sprintf("no %s has the id %q", e.Kind, e.ID)
}

// Unwrap makes errors.Is(err, ErrNotFound) hold.
func (e *NotFoundError) Unwrap() error { return ErrNotFound }

// FactRef names one fact of an article: its kind ("article", "actor",
// "place", "event" or "relation") and id. A relation's id is
// "TYPE from to".
type FactRef struct {
	Kind string
	ID   string
}

func (r FactRef) String() string {
	if r.ID == "" {
		return r.Kind
	}
	return r.Kind + " " + r.ID
}

// Problem is one thing wrong with the facts of an article.
type Problem struct {
	// Article is the id of the article whose facts are wrong.
	Article string
	// Fact is the fact at fault; Field the field of it, such as "kind" or
	// "date" ("" for the fact as a whole).
	Fact   FactRef
	Field  string
	Reason string
}

func (p Problem) String() string {
	s := "article " + p.Article
	if p.Fact.Kind != "article" || p.Fact.ID != p.Article {
		s += ": " + p.Fact.String()
	}
	if p.Field != "" {
		s += ": " + p.Field
	}
	return s + ": " + p.Reason
}

// FactsError lists every problem found in a batch of articles. Nothing was
// written.
type FactsError struct {
	Problems []Problem
}

func (e *FactsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d problem(s):", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *FactsError) Unwrap() error { return ErrInvalid }

// InterruptedError says that an import stopped part way: the articles in
// Written were written whole, the others not at all — but for Uncertain,
// when the store went away while those articles (one, or a group written
// in one transaction) were being committed: they are in the store whole,
// all of them, or not at all. Running the same import again completes it.
type InterruptedError struct {
	Written   []string
	Uncertain []string
	Total     int
	// Err is why it stopped: a cancelled context, a failed write.
	Err error
}

func (e *InterruptedError) Error() string {
	written := "none"
	switch n := len(e.Written); {
	case n > 10:
		// A long import names its last few: the rest came before them.
		written = fmt.Sprintf("%d articles, the last %s", n, strings.Join(e.Written[n-5:], ", "))
	case n > 0:
		written = strings.Join(e.Written, ", ")
	}
	again := "; run the same import again to complete it"
	if errors.Is(e.Err, ErrInvalid) {
		// Facts another process wrote meanwhile refuse it: running it
		// again would fail the same way.
		again = ""
	}
	uncertain := ""
	switch len(e.Uncertain) {
	case 0:
	case 1:
		uncertain = fmt.Sprintf("; %s may have been written whole: the store went away while it was committed", e.Uncertain[0])
	default:
		uncertain = fmt.Sprintf("; %s may have been written whole, all of them or none: the store went away while they were committed together",
			strings.Join(e.Uncertain, ", "))
	}
	return fmt.Sprintf("import stopped after %d of %d articles (written whole: %s%s; the others not at all%s): %v",
		len(e.Written), e.Total, written, uncertain, again, e.Err)
}

func (e *InterruptedError) Unwrap() error { return e.Err }

package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

// problemContentType is the media type of every error body (RFC 9457).
const problemContentType = "application/problem+json"

// Problem is an RFC 9457 problem details body. Type is always about:blank:
// every problem this API reports means no more than its HTTP status, and
// Detail says what went wrong in words a client can show.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	// Parameter names the query parameter a 400 is about, or the one
	// holding the unknown id of a 404.
	Parameter string `json:"parameter,omitempty"`
	// Errors lists what is wrong with a request body, one entry per
	// problem, all of them at once.
	Errors []FieldError `json:"errors,omitempty"`
}

// FieldError is one thing wrong with a request body.
type FieldError struct {
	// Field is the body's member at fault, such as published or
	// annotation; "body" when the body as a whole is.
	Field string `json:"field"`
	// Line is the line of the annotation's YAML; Path the field in it,
	// such as events[0].date.text (for an extracted article, in the
	// drafted annotation).
	Line   int    `json:"line,omitempty"`
	Path   string `json:"path,omitempty"`
	Detail string `json:"detail"`
}

// Errors of the write routes, each its own status. They stand for what
// the middleware found; a *clientError carries the words for the client.
var (
	errWritesDisabled = errors.New("writes are disabled")
	errUnauthorized   = errors.New("no valid bearer token")
	errTooLarge       = errors.New("request body too large")
	errRateLimited    = errors.New("too many writes")
)

// clientError is an error whose detail is written for the client and is
// safe to show: it says what the client did, never what the server holds.
type clientError struct {
	err    error
	detail string
}

func (e *clientError) Error() string { return e.err.Error() + ": " + e.detail }
func (e *clientError) Unwrap() error { return e.err }

// statusTable is the one place where errors become HTTP statuses. The
// first entry the error matches wins; anything else is a 500.
var statusTable = []struct {
	err    error
	status int
}{
	{graph.ErrNotFound, http.StatusNotFound},
	{graph.ErrInvalid, http.StatusBadRequest},
	{graph.ErrUnavailable, http.StatusServiceUnavailable},
	{errWritesDisabled, http.StatusForbidden},
	{errUnauthorized, http.StatusUnauthorized},
	{errTooLarge, http.StatusRequestEntityTooLarge},
	{errRateLimited, http.StatusTooManyRequests},
	// A store query that ran out of its deadline is a store that did not
	// answer in time, not a bug.
	{context.DeadlineExceeded, http.StatusServiceUnavailable},
	// The client went away: nobody reads the answer, and nothing broke.
	{context.Canceled, statusClientClosed},
}

// statusClientClosed is the status logged for a request whose client
// disconnected before the answer (nginx's 499): not a server error.
const statusClientClosed = 499

// statusOf maps err to its HTTP status through statusTable.
func statusOf(err error) int {
	for _, row := range statusTable {
		if errors.Is(err, row.err) {
			return row.status
		}
	}
	return http.StatusInternalServerError
}

// problemFor builds the problem body for err. Only client errors carry
// specifics, and only ones the API wrote itself or that name a request
// parameter or body field: a 500 or 503 never shows the underlying
// message.
func problemFor(err error) Problem {
	status := statusOf(err)
	p := Problem{Type: "about:blank", Title: http.StatusText(status), Status: status}
	if status == statusClientClosed {
		p.Title = "Client Closed Request"
	}
	var ce *clientError
	if errors.As(err, &ce) && status < http.StatusInternalServerError {
		p.Detail = ce.detail
		return p
	}
	switch status {
	case http.StatusBadRequest:
		var inv *graph.InvalidError
		var ve *importer.ValidationError
		switch {
		case errors.As(err, &inv):
			p.Parameter = inv.Field
			p.Detail = fmt.Sprintf("parameter %s: %s", inv.Field, inv.Reason)
		case errors.As(err, &ve):
			p.Errors, p.Detail = bodyErrors(ve)
		default:
			p.Detail = "The request is not valid."
		}
	case http.StatusNotFound:
		var nf *graph.NotFoundError
		if errors.As(err, &nf) {
			p.Parameter = nf.Param
			p.Detail = fmt.Sprintf("No %s has the id %q.", nf.Kind, nf.ID)
			if nf.Param != "" {
				p.Detail = fmt.Sprintf("parameter %s: no %s has the id %q", nf.Param, nf.Kind, nf.ID)
			}
		} else {
			p.Detail = "The requested resource does not exist."
		}
	case http.StatusServiceUnavailable:
		p.Detail = "The graph store is not available; try again later."
	case statusClientClosed:
		p.Detail = "The client closed the connection before the answer was ready."
	default:
		p.Detail = "An internal error occurred; it has been logged."
	}
	return p
}

// bodyErrors lists the problems of a request body and sums them up in
// one detail. In a request's problems File is the body's member.
func bodyErrors(ve *importer.ValidationError) ([]FieldError, string) {
	out := make([]FieldError, 0, len(ve.Problems))
	parts := make([]string, 0, len(ve.Problems))
	for _, pr := range ve.Problems {
		fe := FieldError{Field: pr.File, Line: pr.Line, Path: pr.Field, Detail: pr.Message}
		if fe.Field == "" {
			fe.Field = "body"
		}
		out = append(out, fe)
		loc := fe.Field
		if fe.Line > 0 {
			loc += fmt.Sprintf(" line %d", fe.Line)
		}
		if fe.Path != "" {
			loc += " " + fe.Path
		}
		parts = append(parts, loc+": "+fe.Detail)
	}
	what := "problem"
	if len(out) != 1 {
		what = "problems"
	}
	return out, fmt.Sprintf("%d %s; nothing was written: %s", len(out), what, strings.Join(parts, "; "))
}

// writeProblem renders p as the response. It is the only writer of error
// bodies, so every error looks alike.
func writeProblem(c *gin.Context, p Problem) {
	body, err := json.Marshal(p)
	if err != nil {
		// Problem holds only strings and an int; this cannot happen.
		body = []byte(`{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"An internal error occurred."}`)
	}
	if p.Status == http.StatusServiceUnavailable {
		c.Header("Retry-After", "5")
	}
	c.Data(p.Status, problemContentType, body)
}

// renderError turns a handler's error into a problem response and records
// the error on the context for the request log.
func renderError(c *gin.Context, err error) {
	_ = c.Error(err) // recorded for the log line; the returned *gin.Error is not needed
	writeProblem(c, problemFor(err))
}

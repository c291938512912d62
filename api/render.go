package api

import (
	"bytes"
	"fmt"
	gojson "github.com/goccy/go-json"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// jsonContentType is the media type of every answer but errors.
const jsonContentType = "application/json; charset=utf-8"

// maxPooledBuffer is the largest encoding buffer kept for reuse: a rare
// huge answer (a network of thousands of nodes) should not pin its
// memory for the life of the process.
const maxPooledBuffer = 1 << 20

var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// streamAfter is the size from which an answer is sent while it is being
// encoded, in chunks, instead of whole with its Content-Length: a
// listing of large items (a page of 500 events with their claims) then
// costs the server this much of encoded answer plus one item, not the
// whole answer twice over.
const streamAfter = 64 << 10

// partsEncoder is an answer that can be encoded a part at a time (a
// listing, item by item). Its parts, written to w and encoded with enc,
// make the same bytes as encoding it whole.
type partsEncoder interface {
	encodeParts(w io.Writer, enc func(any) error) error
}

// writeJSON renders v as the answer with status, as gin's c.JSON does and
// to the same bytes, but encoding into a reused buffer: gin marshals into
// a new slice each time, which for a timeline page of a hundred kilobytes
// is as much garbage per request. An answer that stays under streamAfter
// is sent in one write with its Content-Length; a larger listing is sent
// as it is encoded.
func writeJSON(c *gin.Context, status int, v any) {
	out := &answer{c: c, status: status, buf: jsonBuffers.Get().(*bytes.Buffer)}
	out.buf.Reset()
	defer func() {
		if out.buf.Cap() <= maxPooledBuffer {
			jsonBuffers.Put(out.buf)
		}
	}()
	var err error
	if p, ok := v.(partsEncoder); ok {
		// Events the graph encoded ahead are in memory already: the
		// answer is sent whole, in one write with its length, rather than
		// in chunks as it grows.
		_, encoded := v.(list[graph.EncodedEvent])
		out.parts = !encoded
		err = p.encodeParts(out, out.encode)
	} else {
		err = out.encode(v)
	}
	switch {
	case err != nil && !out.started:
		renderError(c, fmt.Errorf("encode answer: %w", err))
	case err != nil:
		_ = c.Error(err)
		if out.writeErr == nil {
			// The status is sent: breaking the connection is the only way
			// left to tell the client the answer is not whole.
			panic(http.ErrAbortHandler)
		}
	default:
		out.finish()
	}
}

// answer collects an answer's bytes and starts sending them once there
// are streamAfter of them.
type answer struct {
	c      *gin.Context
	status int
	buf    *bytes.Buffer
	// parts is set while a partsEncoder writes: only then is there
	// something to gain by sending early.
	parts    bool
	item     bytes.Buffer
	started  bool
	writeErr error
}

// encode writes v's JSON encoding, escaped as Marshal escapes (HTML
// characters included), without the newline Encoder adds.
func (a *answer) encode(v any) error {
	if !a.parts {
		// One value whole: straight into the answer's buffer.
		if err := gojson.NewEncoder(a.buf).Encode(v); err != nil {
			return err
		}
		a.buf.Truncate(a.buf.Len() - 1)
		return nil
	}
	a.item.Reset()
	if err := gojson.NewEncoder(&a.item).Encode(v); err != nil {
		return err
	}
	_, err := a.Write(a.item.Bytes()[:a.item.Len()-1])
	return err
}

// Write implements io.Writer.
func (a *answer) Write(p []byte) (int, error) {
	if a.writeErr != nil {
		return 0, a.writeErr
	}
	a.buf.Write(p)
	if a.parts && a.buf.Len() >= streamAfter {
		a.send()
	}
	return len(p), a.writeErr
}

func (a *answer) header() {
	h := a.c.Writer.Header()
	h.Set("Content-Type", jsonContentType)
	if !a.started {
		// Sent whole: its length is known.
		h.Set("Content-Length", strconv.Itoa(a.buf.Len()))
	}
	a.c.Status(a.status)
}

// send starts the answer without a length, if need be, and sends what
// is buffered.
func (a *answer) send() {
	if !a.started {
		a.started = true
		a.header()
	}
	if _, err := a.c.Writer.Write(a.buf.Bytes()); err != nil {
		// The client left: the log line says so, as it did with c.JSON.
		a.writeErr = err
	}
	a.buf.Reset()
}

// finish sends the rest: the whole answer with its length when nothing
// was sent yet.
func (a *answer) finish() {
	if !a.started {
		a.header()
		a.started = true
	}
	if a.buf.Len() > 0 {
		if _, err := a.c.Writer.Write(a.buf.Bytes()); err != nil && a.writeErr == nil {
			a.writeErr = err
		}
	}
	if a.writeErr != nil {
		_ = a.c.Error(a.writeErr)
	}
}

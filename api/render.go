package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"
)

// jsonContentType is the media type of every answer but errors.
const jsonContentType = "application/json; charset=utf-8"

// maxPooledBuffer is the largest encoding buffer kept for reuse: a rare
// huge answer (a network of thousands of nodes) should not pin its
// memory for the life of the process.
const maxPooledBuffer = 1 << 20

var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// writeJSON renders v as the answer with status, as gin's c.JSON does and
// to the same bytes, but encoding into a reused buffer and sending the
// answer with its Content-Length in one write: gin marshals into a new
// slice each time, which for a timeline page of a hundred kilobytes is as
// much garbage per request, and net/http then sends a body of unknown
// length in chunks.
func writeJSON(c *gin.Context, status int, v any) {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= maxPooledBuffer {
			jsonBuffers.Put(buf)
		}
	}()
	// Encode escapes as Marshal does (HTML characters included) and ends
	// with a newline Marshal does not write.
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		renderError(c, fmt.Errorf("encode answer: %w", err))
		return
	}
	body := buf.Bytes()[:buf.Len()-1]
	h := c.Writer.Header()
	h.Set("Content-Type", jsonContentType)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	c.Status(status)
	if _, err := c.Writer.Write(body); err != nil {
		// The client left: the log line says so, as it did with c.JSON.
		_ = c.Error(err)
	}
}

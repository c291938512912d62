package api

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/eventgraph/eventgraph/graph"
)

// storeCheckTimeout bounds the ping a request makes while the store is
// known to be down: the answer, 503 or data, comes within it, not after
// the whole request budget of a store that does not answer.
const storeCheckTimeout = time.Second

// storeHealth remembers that the store stopped answering, so that data
// routes fail fast while it is down and recover on their own when it is
// back. A request that finds the store down pings it once (requests
// arriving meanwhile share that ping): if the store answers, the request
// goes on and the store counts as up again; if not, the request gets 503
// with Retry-After at once. Nothing runs in the background.
type storeHealth struct {
	g *graph.Graph

	mu   sync.Mutex
	down bool
	// ping is the ping in flight while down, shared by the requests that
	// wait for it; nil when none is.
	ping *pingCall
}

type pingCall struct {
	done chan struct{}
	err  error
}

// markDown records that the store failed to answer a request.
func (s *storeHealth) markDown() {
	s.mu.Lock()
	s.down = true
	s.mu.Unlock()
}

// check returns nil when the store is up or answers a ping now, and the
// ping's error otherwise.
func (s *storeHealth) check(ctx context.Context) error {
	s.mu.Lock()
	if !s.down {
		s.mu.Unlock()
		return nil
	}
	call := s.ping
	if call == nil {
		call = &pingCall{done: make(chan struct{})}
		s.ping = call
		go func() {
			// The ping outlives the request that started it: others wait
			// for it too.
			pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), storeCheckTimeout)
			defer cancel()
			call.err = s.g.Ping(pctx)
			s.mu.Lock()
			s.ping = nil
			if call.err == nil {
				s.down = false
			}
			s.mu.Unlock()
			close(call.done)
		}()
	}
	s.mu.Unlock()
	select {
	case <-call.done:
		return call.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// gate answers 503 at once on data routes while the store is down and
// does not answer a ping, and marks it down when a request finds it so.
func (s *storeHealth) gate(c *gin.Context) {
	if err := s.check(c.Request.Context()); err != nil {
		if cerr := c.Request.Context().Err(); cerr != nil {
			// The client left while the ping ran: a 499 in the log, not
			// an outage.
			err = cerr
		} else {
			err = storeDown{err}
		}
		renderError(c, err)
		c.Abort()
		return
	}
	c.Next()
	for _, e := range c.Errors {
		if errors.Is(e.Err, graph.ErrUnavailable) || errors.Is(e.Err, context.DeadlineExceeded) {
			s.markDown()
			return
		}
	}
}

// storeDown is the error of a request refused because the store is down.
type storeDown struct{ err error }

func (e storeDown) Error() string { return "the store is down: " + e.err.Error() }

// Unwrap makes a refusal a 503, whatever the ping's own error was.
func (e storeDown) Unwrap() []error { return []error{graph.ErrUnavailable, e.err} }

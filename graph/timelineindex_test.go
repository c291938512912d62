package graph

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// stepVersioner's Version waits for release and counts its calls; its
// version is the number of calls begun.
type stepVersioner struct {
	calls   atomic.Uint64
	entered chan struct{}
	release chan struct{}
}

func (s *stepVersioner) Version(context.Context) (uint64, error) {
	n := s.calls.Add(1)
	s.entered <- struct{}{}
	<-s.release
	return n, nil
}

// TestVersionGateSharesChecks: requests that arrive while a check runs
// wait for one more check, begun after they arrived, and share it; none
// takes the answer of the check that was already running.
func TestVersionGateSharesChecks(t *testing.T) {
	ctx := context.Background()
	v := &stepVersioner{entered: make(chan struct{}), release: make(chan struct{})}
	g := newVersionGate(v)
	first := make(chan uint64)
	go func() {
		n, _ := g.check(ctx)
		first <- n
	}()
	<-v.entered // check 1 runs
	const waiters = 8
	var wg sync.WaitGroup
	got := make([]uint64, waiters)
	var arrived sync.WaitGroup
	arrived.Add(waiters)
	for i := range waiters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			arrived.Done()
			got[i], _ = g.check(ctx)
		}()
	}
	arrived.Wait()
	// Let the waiters reach the gate before check 1 ends: whether they
	// did or not, none may be served by check 1.
	for g.waiting() < waiters {
	}
	v.release <- struct{}{}
	if n := <-first; n != 1 {
		t.Fatalf("the first request got version %d, want 1", n)
	}
	<-v.entered // check 2, for all the waiters
	v.release <- struct{}{}
	wg.Wait()
	for i, n := range got {
		if n != 2 {
			t.Errorf("waiter %d got version %d, want 2: the check begun after it arrived", i, n)
		}
	}
	if c := v.calls.Load(); c != 2 {
		t.Errorf("%d checks for 1 + %d requests, want 2", c, waiters)
	}
}

// countVersioner counts its calls and answers the version given, or err.
type countVersioner struct {
	calls   int
	version uint64
	err     error
}

func (c *countVersioner) Version(context.Context) (uint64, error) {
	c.calls++
	return c.version, c.err
}

// TestVersionGateStaleness: with a staleness allowed, a request takes the
// version of a check begun within it instead of asking the store; a write
// of this process, or a failed check, makes the next request ask again.
func TestVersionGateStaleness(t *testing.T) {
	ctx := context.Background()
	t.Run("none allowed: every request asks", func(t *testing.T) {
		v := &countVersioner{version: 7}
		g := newVersionGate(v)
		for range 3 {
			g.check(ctx)
		}
		if v.calls != 3 {
			t.Errorf("%d checks for 3 requests, want 3", v.calls)
		}
	})
	t.Run("an hour allowed", func(t *testing.T) {
		v := &countVersioner{version: 7}
		g := newVersionGate(v)
		g.maxAge = time.Hour
		for range 3 {
			if n, err := g.check(ctx); n != 7 || err != nil {
				t.Fatalf("check = %d, %v; want 7", n, err)
			}
		}
		if v.calls != 1 {
			t.Errorf("%d checks for 3 requests, want 1", v.calls)
		}
		// Another process writes: unseen within the hour.
		v.version = 8
		if n, _ := g.check(ctx); n != 7 {
			t.Errorf("version %d right after another process wrote, want the 7 checked within the hour", n)
		}
		// This process writes: the next request asks.
		g.wrote()
		if n, _ := g.check(ctx); n != 8 {
			t.Errorf("version %d after this process wrote, want 8", n)
		}
		if n, _ := g.check(ctx); n != 8 || v.calls != 2 {
			t.Errorf("version %d with %d checks, want 8 from the second check", n, v.calls)
		}
	})
	t.Run("a failed check is not kept", func(t *testing.T) {
		v := &countVersioner{err: errors.New("down")}
		g := newVersionGate(v)
		g.maxAge = time.Hour
		g.check(ctx)
		v.err, v.version = nil, 9
		if n, err := g.check(ctx); n != 9 || err != nil || v.calls != 2 {
			t.Errorf("check after a failure = %d, %v with %d checks; want 9 from a second check", n, err, v.calls)
		}
	})
	t.Run("an old check is not kept", func(t *testing.T) {
		v := &countVersioner{version: 3}
		g := newVersionGate(v)
		g.maxAge = time.Hour
		g.check(ctx)
		g.versionAt = g.versionAt.Add(-2 * time.Hour)
		v.version = 4
		if n, _ := g.check(ctx); n != 4 || v.calls != 2 {
			t.Errorf("check after the hour = %d with %d checks; want 4 from a second check", n, v.calls)
		}
	})
}

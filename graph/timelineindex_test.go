package graph

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
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

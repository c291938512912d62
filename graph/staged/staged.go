// Package staged is a graph.Backend for a first load of many articles
// into a store across a network (Neo4j): each import is resolved against
// a local copy of the store, an embedded one, and the store is sent only
// the writes.
//
// Resolving an article reads the store a dozen times or more (what it
// stated before, the nodes it names, the candidates its actors and events
// may merge with, containment), each a round trip and each a query
// Neo4j plans and runs while the import writes. The local copy answers
// those reads on this machine; the remote store receives, for each write
// transaction of the local copy, the plans Graph built in it, applied in
// one transaction of its own. Both hold the same graph after every
// write, so the plans are the ones Graph would have built reading the
// remote store.
//
// That holds only while nothing else writes the remote store, and only
// from a state the local copy shares: New requires both to be empty, and
// each write checks that the remote store's version moved on by exactly
// the writes sent. Reads go to the local copy.
package staged

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/eventgraph/eventgraph/graph"
)

// ErrStale means the remote store no longer holds what the local copy
// does: it was written by someone else, or it may hold a write the local
// copy lost. Nothing more can be written through the Backend.
var ErrStale = errors.New("staged import: the store and its local copy differ")

// Backend reads from the local copy and writes to both.
type Backend struct {
	local, remote graph.Backend
	cleanup       func() error

	// mu keeps writes in one order on both stores.
	mu sync.Mutex
	// version is the remote store's version after the last write sent (0
	// before the first write to a store that had none); versioned is
	// false for a store that keeps none.
	version   uint64
	versioned bool
	// broken is set once the stores may differ; every later write fails
	// with it.
	broken error
}

var _ graph.Backend = (*Backend)(nil)

// New returns the staged backend over an empty local copy and an empty
// remote store. cleanup, when not nil, runs after both are closed (to
// remove the local copy's files).
func New(ctx context.Context, local, remote graph.Backend, cleanup func() error) (*Backend, error) {
	for _, s := range []struct {
		name string
		b    graph.Backend
	}{{"the store", remote}, {"the local copy", local}} {
		empty, err := isEmpty(ctx, s.b)
		if err != nil {
			return nil, fmt.Errorf("staged import: read %s: %w", s.name, err)
		}
		if !empty {
			return nil, fmt.Errorf("staged import: %s holds articles already; a staged import loads an empty store (import into this one without staging): %w", s.name, graph.ErrInvalid)
		}
	}
	b := &Backend{local: local, remote: remote, cleanup: cleanup}
	if v, ok := remote.(graph.Versioner); ok {
		var err error
		if b.version, err = v.Version(ctx); err != nil {
			return nil, fmt.Errorf("staged import: read the store's version: %w", err)
		}
		b.versioned = true
	}
	return b, nil
}

// isEmpty reports whether b holds no article and no node.
func isEmpty(ctx context.Context, b graph.Backend) (bool, error) {
	var c graph.Counts
	err := b.View(ctx, func(v graph.View) (err error) {
		c, err = v.Counts(ctx)
		return err
	})
	if err != nil {
		return false, err
	}
	n := c.Articles
	for _, k := range c.ActorsByKind {
		n += k
	}
	for _, k := range c.PlacesByKind {
		n += k
	}
	for _, k := range c.EventsByType {
		n += k
	}
	return n == 0, nil
}

// View implements graph.Backend: it reads the local copy.
func (b *Backend) View(ctx context.Context, fn func(graph.View) error) error {
	return b.local.View(ctx, fn)
}

// Ping implements graph.Backend: both stores must answer.
func (b *Backend) Ping(ctx context.Context) error {
	return errors.Join(b.remote.Ping(ctx), b.local.Ping(ctx))
}

// Close implements graph.Backend: it closes both stores, then cleans up.
func (b *Backend) Close(ctx context.Context) error {
	err := errors.Join(b.remote.Close(ctx), b.local.Close(ctx))
	if b.cleanup != nil {
		err = errors.Join(err, b.cleanup())
	}
	return err
}

// Update implements graph.Backend: fn runs in a write transaction of the
// local copy, and the plans it applied go to the remote store in one
// transaction before the local one commits. A failure of either leaves
// both as they were; the one case it cannot (the remote committed, the
// local copy failed to) stops the Backend with ErrStale.
func (b *Backend) Update(ctx context.Context, fn func(graph.Tx) error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.broken != nil {
		return b.broken
	}
	sent := false
	// remoteErr is the remote store's own error, returned as it is rather
	// than as the local copy wraps it.
	var remoteErr error
	err := b.local.Update(ctx, func(tx graph.Tx) error {
		if sent {
			// The local copy runs fn again after the remote committed.
			return fmt.Errorf("%w: the local copy retried a write the store committed", ErrStale)
		}
		rec := &recorder{Tx: tx}
		if err := fn(rec); err != nil {
			return err
		}
		if len(rec.plans) == 0 {
			return nil
		}
		if remoteErr = b.send(ctx, rec); remoteErr != nil {
			return remoteErr
		}
		sent = true
		return nil
	})
	if remoteErr != nil {
		return remoteErr
	}
	if err != nil && sent {
		b.broken = fmt.Errorf("%w: the store committed a write its local copy then lost: %w", ErrStale, err)
		return b.broken
	}
	return err
}

// send applies the plans of one local transaction to the remote store,
// in one transaction.
func (b *Backend) send(ctx context.Context, rec *recorder) error {
	var version uint64
	err := b.remote.Update(ctx, func(tx graph.Tx) error {
		if b.versioned {
			tv, ok := tx.(graph.TxVersioner)
			if !ok {
				return fmt.Errorf("staged import: the store's transactions tell no version")
			}
			v, err := tv.Version(ctx)
			if err != nil {
				return err
			}
			// A store that never was written takes its first version
			// with its first write.
			if b.version != 0 && v != b.version+1 {
				return fmt.Errorf("%w: the store is at version %d, not %d: something else wrote it during the import", ErrStale, v, b.version+1)
			}
			version = v
		}
		if ba, ok := tx.(graph.BatchApplier); ok {
			if err := ba.ApplyBatch(ctx, rec.plans); err != nil {
				return err
			}
		} else {
			for _, p := range rec.plans {
				if err := tx.Apply(ctx, p); err != nil {
					return err
				}
			}
		}
		if cw, ok := tx.(graph.ChangeWriter); ok && rec.change != nil {
			return cw.LogChange(ctx, *rec.change)
		}
		return nil
	})
	switch {
	case err == nil:
		b.version = version
	case errors.Is(err, ErrStale):
		b.broken = err
	case errors.Is(err, graph.ErrUncertain):
		// The remote may hold the write; the local copy will not.
		b.broken = fmt.Errorf("%w: %w", ErrStale, err)
	}
	return err
}

// recorder is the local copy's transaction, keeping what Graph wrote in
// it for the remote store.
type recorder struct {
	graph.Tx
	plans  []*graph.Plan
	change *graph.Change
}

// Apply implements graph.Tx.
func (r *recorder) Apply(ctx context.Context, p *graph.Plan) error {
	if err := r.Tx.Apply(ctx, p); err != nil {
		return err
	}
	r.plans = append(r.plans, p)
	return nil
}

// LogChange implements graph.ChangeWriter.
func (r *recorder) LogChange(ctx context.Context, c graph.Change) error {
	if cw, ok := r.Tx.(graph.ChangeWriter); ok {
		if err := cw.LogChange(ctx, c); err != nil {
			return err
		}
	}
	r.change = &c
	return nil
}

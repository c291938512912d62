package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxCachedStmts bounds the statement cache. Queries are made of fixed
// fragments, so their texts are few (a few dozen in practice); the bound
// only guards against a mistake.
const maxCachedStmts = 1024

// stmtCache keeps each query text prepared once per process: in CPU
// profiles of an import before it, parsing and planning the SQL cost more
// than running it. database/sql prepares a cached statement on
// each connection once and reuses it there.
type stmtCache struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// newStmtCache returns a cache preparing statements on db; with db nil
// every statement is prepared for its transaction alone. Preparing on db
// takes a connection of its own, so db's pool must not be limited to the
// connection a transaction holds.
func newStmtCache(db *sql.DB) *stmtCache { return &stmtCache{db: db, m: map[string]*sql.Stmt{}} }

// in returns the statement of text bound to tx, preparing it the first
// time; past the bound it is prepared for tx alone.
func (c *stmtCache) in(ctx context.Context, tx *sql.Tx, text string) (*sql.Stmt, error) {
	if c.db == nil {
		return tx.PrepareContext(ctx, text)
	}
	c.mu.Lock()
	st, ok := c.m[text]
	if !ok && len(c.m) < maxCachedStmts {
		var err error
		if st, err = c.db.PrepareContext(ctx, text); err != nil {
			c.mu.Unlock()
			return nil, err
		}
		c.m[text], ok = st, true
	}
	c.mu.Unlock()
	if !ok {
		return tx.PrepareContext(ctx, text)
	}
	return tx.StmtContext(ctx, st), nil
}

// close closes every cached statement.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, st := range c.m {
		st.Close()
		delete(c.m, k)
	}
}

// query runs a cached query in the reader's transaction.
func (r *reader) query(ctx context.Context, text string, args ...any) (*sql.Rows, error) {
	st, err := r.stmts.in(ctx, r.tx, text)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow runs a cached single-row query in the reader's transaction.
func (r *reader) queryRow(ctx context.Context, text string, args ...any) *sql.Row {
	st, err := r.stmts.in(ctx, r.tx, text)
	if err != nil {
		// A Row carrying the error: the same query fails again, uncached.
		return r.tx.QueryRowContext(ctx, text, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// Package sqlite is eventgraph's default, embedded store: a single SQLite
// file through the pure-Go driver modernc.org/sqlite, so that nothing needs
// installing.
package sqlite

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/eventgraph/eventgraph/graph"
)

//go:embed schema.sql
var schema string

// Store is a graph.Store in one SQLite file.
type Store struct {
	db *sql.DB
}

var _ graph.Store = (*Store)(nil)

// Open opens (creating if needed) the store in the file at path and makes
// sure its schema exists. ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	if path == ":memory:" {
		dsn = "file::memory:?_txlock=immediate"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	if path == ":memory:" {
		// Each connection would see its own empty database.
		db.SetMaxOpenConns(1)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: create schema: %w", path, err)
	}
	return &Store{db: db}, nil
}

// fail wraps a database error with what was being done, turning a closed
// or unreachable database into graph.ErrUnavailable.
func (s *Store) fail(op string, err error) error {
	if errors.Is(err, graph.ErrNotFound) || errors.Is(err, graph.ErrInvalid) || errors.Is(err, graph.ErrUnavailable) {
		return err
	}
	if errors.Is(err, sql.ErrConnDone) || strings.Contains(err.Error(), "database is closed") {
		return fmt.Errorf("sqlite: %s: %w", op, graph.ErrUnavailable)
	}
	return fmt.Errorf("sqlite: %s: %w", op, err)
}

func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Ping implements graph.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("sqlite: ping: %w: %v", graph.ErrUnavailable, err)
	}
	return nil
}

// Close implements graph.Store.
func (s *Store) Close(context.Context) error { return s.db.Close() }

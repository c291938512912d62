// Package sqlite is eventgraph's default, embedded backend: a single SQLite
// file through the pure-Go driver modernc.org/sqlite, so that nothing needs
// installing. It stores and fetches; the rules live in package graph.
package sqlite

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"sync/atomic"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/eventgraph/eventgraph/graph"
)

//go:embed schema.sql
var schema string

// schemaVersion is the PRAGMA user_version of a file this code writes.
const schemaVersion = 2

// migrations bring a file of version i (the index) to version i+1. A file
// from before versioning has tables and version 0.
var migrations = []string{
	// 0 → 1: articles record the fingerprint of their facts, and a place
	// statement names its place (occ:EVENT becomes occ:EVENT:PLACE).
	`ALTER TABLE articles ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
	UPDATE statements SET fact = fact || ':' || (SELECT place_id FROM events e WHERE e.id = substr(statements.fact, 5))
		WHERE fact LIKE 'occ:%' AND (SELECT place_id FROM events e WHERE e.id = substr(statements.fact, 5)) IS NOT NULL;
	DELETE FROM statements WHERE fact LIKE 'occ:%' AND instr(substr(fact, 5), ':') = 0;
	DROP INDEX IF EXISTS statements_fact;
	CREATE INDEX statements_fact ON statements (fact, article_id);`,
	// 1 → 2: articles record how their facts were made; every article
	// written before was annotated by hand.
	`ALTER TABLE articles ADD COLUMN method TEXT NOT NULL DEFAULT 'curated';
	ALTER TABLE articles ADD COLUMN extractor TEXT NOT NULL DEFAULT '';`,
}

// Store is a graph.Backend in one SQLite file.
type Store struct {
	db     *sql.DB
	closed atomic.Bool
	// readOnly refuses writes: the file was opened with OpenExisting.
	readOnly bool
}

var _ graph.Backend = (*Store)(nil)

// Open opens (creating if needed) the store in the file at path, creating
// or migrating its schema. ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string) (*Store, error) {
	// Writes take the write lock when they begin (_txlock=immediate), so
	// two imports never deadlock upgrading read locks; read-only
	// transactions begin deferred and read a WAL snapshot.
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
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, s.classify(err))
	}
	return s, nil
}

// OpenExisting opens the store in an existing file for reading only: it
// creates nothing, migrates nothing and writes nothing, so that a command
// that only reads (stats, check --store) never turns a mistyped path into
// a new, empty store.
func OpenExisting(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	s := &Store{db: db, readOnly: true}
	var version int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, s.classify(err))
	}
	if version != schemaVersion {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: the file has schema version %d, this eventgraph reads %d: import into it (or serve it) once to migrate it, or use a matching eventgraph",
			path, version, schemaVersion)
	}
	return s, nil
}

// migrate creates the schema of a new file or brings an older one up to
// schemaVersion, in one transaction.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version, tables int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'`).Scan(&tables); err != nil {
		return err
	}
	switch {
	case version > schemaVersion:
		return fmt.Errorf("the file has schema version %d; this eventgraph knows up to %d: use a newer eventgraph", version, schemaVersion)
	case tables == 0:
		if _, err := tx.ExecContext(ctx, schema); err != nil {
			return fmt.Errorf("create schema: %w", err)
		}
	default:
		for v := version; v < schemaVersion; v++ {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migrate schema from version %d: %w", v, err)
			}
		}
	}
	// PRAGMA takes no parameters; the version is a constant.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// View implements graph.Backend: fn reads one WAL snapshot.
func (s *Store) View(ctx context.Context, fn func(graph.View) error) error {
	if s.closed.Load() {
		return fmt.Errorf("sqlite: %w: the store is closed", graph.ErrUnavailable)
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.classify(err)
	}
	defer tx.Rollback()
	if err := fn(&reader{tx: tx}); err != nil {
		return s.classify(err)
	}
	return nil
}

// Update implements graph.Backend: fn runs in one immediate transaction,
// which holds the file's write lock from its start.
func (s *Store) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if s.closed.Load() {
		return fmt.Errorf("sqlite: %w: the store is closed", graph.ErrUnavailable)
	}
	if s.readOnly {
		return errors.New("sqlite: the store was opened for reading only")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.classify(err)
	}
	defer tx.Rollback()
	if err := fn(&writer{reader: reader{tx: tx}}); err != nil {
		return s.classify(err)
	}
	return s.classify(tx.Commit())
}

// classify turns a closed database, or one locked past the busy timeout,
// into graph.ErrUnavailable; other errors pass as they are.
func (s *Store) classify(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	switch {
	case errors.Is(err, graph.ErrUnavailable), errors.Is(err, graph.ErrInvalid), errors.Is(err, graph.ErrNotFound):
		return err
	case s.closed.Load(), errors.Is(err, sql.ErrConnDone):
		return fmt.Errorf("sqlite: %w: %v", graph.ErrUnavailable, err)
	case errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED):
		return fmt.Errorf("sqlite: %w: the file stayed locked by another writer: %v", graph.ErrUnavailable, err)
	}
	return fmt.Errorf("sqlite: %w", err)
}

// Ping implements graph.Backend.
func (s *Store) Ping(ctx context.Context) error {
	if s.closed.Load() {
		return fmt.Errorf("sqlite: ping: %w: the store is closed", graph.ErrUnavailable)
	}
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("sqlite: ping: %w: %v", graph.ErrUnavailable, err)
	}
	return nil
}

// Close implements graph.Backend.
func (s *Store) Close(context.Context) error {
	s.closed.Store(true)
	return s.db.Close()
}

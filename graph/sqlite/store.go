// Package sqlite is eventgraph's default, embedded backend: a single SQLite
// file through the pure-Go driver modernc.org/sqlite, so that nothing needs
// installing. It stores and fetches; the rules live in package graph.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/eventgraph/eventgraph/graph"
)

//go:embed schema.sql
var schemaTemplate string

// schema is the schema of a new file: schema.sql with the triggers that
// keep span classes, event types in participations and counts, which
// migrations add to older files too.
var schema = strings.NewReplacer("SPAN_TRIGGERS", spanTriggersSQL, "TYPE_TRIGGERS", typeTriggersSQL,
	"KEPT_COUNTS", countsSQL).Replace(schemaTemplate) + versionSQL

// schemaVersion is the PRAGMA user_version of a file this code writes.
const schemaVersion = 11

// versionSQL keeps the graph's version (graph.Versioner): one row, raised
// by one in every write transaction. A new file starts at a random number,
// so that a file made again never shows a reader a version it saw before.
// graph_changes is the log of what each version's transaction touched
// (graph.Change, its lists as JSON arrays).
const versionSQL = `
CREATE TABLE IF NOT EXISTS graph_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT OR IGNORE INTO graph_version (id, version) VALUES (1, abs(random() % 4503599627370496));
CREATE TABLE IF NOT EXISTS graph_changes (
	version INTEGER PRIMARY KEY,
	events  TEXT NOT NULL,
	actors  TEXT NOT NULL,
	places  TEXT NOT NULL
);`

// spanClassSQL computes an event's span class (graph.SpanClass) from its
// dates: the index of the first of graph.SpanBounds that the days from
// its first to its last day do not exceed, else len(graph.SpanBounds). A
// date SQLite cannot read lands in the last class, which is searched
// without bounds. The text is made of the bounds, numbers of the model.
var spanClassSQL = func() string {
	q := "CASE"
	for c, b := range graph.SpanBounds {
		q += fmt.Sprintf(" WHEN julianday(date_end) - julianday(date_start) <= %d THEN %d", b, c)
	}
	return q + fmt.Sprintf(" ELSE %d END", len(graph.SpanBounds))
}()

// spanTriggersSQL keeps each event's span class and each participation's
// copy of its event's dates and span class, whichever statement writes
// them.
var spanTriggersSQL = `
CREATE TRIGGER events_span_class AFTER INSERT ON events BEGIN
	UPDATE events SET span = ` + spanClassSQL + ` WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER events_dates AFTER UPDATE OF date_start, date_end ON events BEGIN
	UPDATE events SET span = ` + spanClassSQL + ` WHERE rowid = NEW.rowid;
	UPDATE participants SET date_start = NEW.date_start, date_end = NEW.date_end,
		span = (SELECT span FROM events WHERE rowid = NEW.rowid)
	WHERE event_id = NEW.id;
END;
CREATE TRIGGER participants_dates AFTER INSERT ON participants BEGIN
	UPDATE participants SET
		date_start = coalesce((SELECT e.date_start FROM events e WHERE e.id = NEW.event_id), ''),
		date_end = coalesce((SELECT e.date_end FROM events e WHERE e.id = NEW.event_id), ''),
		span = coalesce((SELECT e.span FROM events e WHERE e.id = NEW.event_id), 0)
	WHERE event_id = NEW.event_id AND actor_id = NEW.actor_id;
END;`

// typeTriggersSQL keeps each participation's copy of its event's type,
// so that an actor's events of one type (its meetings with someone, the
// candidates an event of that type may merge with, a timeline by actor
// and type) are read from one index range instead of all its events.
var typeTriggersSQL = `
CREATE TRIGGER participants_type AFTER INSERT ON participants BEGIN
	UPDATE participants SET type = coalesce((SELECT e.type FROM events e WHERE e.id = NEW.event_id), '')
	WHERE event_id = NEW.event_id AND actor_id = NEW.actor_id;
END;
CREATE TRIGGER events_type AFTER UPDATE OF type ON events WHEN OLD.type <> NEW.type BEGIN
	UPDATE participants SET type = NEW.type WHERE event_id = NEW.id;
END;`

// countsSQL keeps counts that spare reads of a busy actor's every event:
// for every two actors, how many meetings they shared (who met whom of
// the busiest actor reads its first counterparts from an index instead of
// counting every meeting it had), and for every actor, in how many events
// it took part (a query of events shared by several actors walks the
// rarest one's). The triggers follow participations in and out of events
// and events turning into meetings or out of them; the writer deletes an
// event's participations before the event. Meeting is a type of the
// model.
var countsSQL = strings.ReplaceAll(`
CREATE TABLE actor_events (
    actor_id TEXT PRIMARY KEY,
    events   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER actor_events_join AFTER INSERT ON participants BEGIN
	INSERT INTO actor_events (actor_id, events) VALUES (NEW.actor_id, 1)
	ON CONFLICT (actor_id) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER actor_events_leave AFTER DELETE ON participants BEGIN
	UPDATE actor_events SET events = events - 1 WHERE actor_id = OLD.actor_id;
	DELETE FROM actor_events WHERE actor_id = OLD.actor_id AND events <= 0;
END;
CREATE TABLE meeting_pairs (
    actor_id TEXT NOT NULL,
    other_id TEXT NOT NULL,
    meetings INTEGER NOT NULL,
    PRIMARY KEY (actor_id, other_id)
) WITHOUT ROWID;
CREATE INDEX meeting_pairs_rank ON meeting_pairs (actor_id, meetings DESC, other_id);
CREATE TRIGGER meeting_pairs_join AFTER INSERT ON participants
WHEN (SELECT type FROM events WHERE id = NEW.event_id) = 'MEETING' BEGIN
	INSERT INTO meeting_pairs (actor_id, other_id, meetings)
		SELECT NEW.actor_id, o.actor_id, 1 FROM participants o WHERE o.event_id = NEW.event_id AND o.actor_id <> NEW.actor_id
		UNION ALL
		SELECT o.actor_id, NEW.actor_id, 1 FROM participants o WHERE o.event_id = NEW.event_id AND o.actor_id <> NEW.actor_id
	ON CONFLICT (actor_id, other_id) DO UPDATE SET meetings = meetings + 1;
END;
CREATE TRIGGER meeting_pairs_leave AFTER DELETE ON participants
WHEN (SELECT type FROM events WHERE id = OLD.event_id) = 'MEETING' BEGIN
	UPDATE meeting_pairs SET meetings = meetings - 1
		WHERE actor_id = OLD.actor_id AND other_id IN (SELECT actor_id FROM participants WHERE event_id = OLD.event_id);
	UPDATE meeting_pairs SET meetings = meetings - 1
		WHERE actor_id IN (SELECT actor_id FROM participants WHERE event_id = OLD.event_id) AND other_id = OLD.actor_id;
	DELETE FROM meeting_pairs WHERE actor_id = OLD.actor_id AND meetings <= 0;
	DELETE FROM meeting_pairs
		WHERE actor_id IN (SELECT actor_id FROM participants WHERE event_id = OLD.event_id) AND other_id = OLD.actor_id AND meetings <= 0;
END;
CREATE TRIGGER meeting_pairs_retype AFTER UPDATE OF type ON events
WHEN (OLD.type = 'MEETING') <> (NEW.type = 'MEETING') BEGIN
	INSERT INTO meeting_pairs (actor_id, other_id, meetings)
		SELECT a.actor_id, b.actor_id, CASE WHEN NEW.type = 'MEETING' THEN 1 ELSE -1 END
		FROM participants a JOIN participants b ON b.event_id = a.event_id AND b.actor_id <> a.actor_id
		WHERE a.event_id = NEW.id
	ON CONFLICT (actor_id, other_id) DO UPDATE SET meetings = meetings + excluded.meetings;
	DELETE FROM meeting_pairs
		WHERE actor_id IN (SELECT actor_id FROM participants WHERE event_id = NEW.id) AND meetings <= 0;
END;`, "MEETING", string(graph.Meeting))

// migration brings a file from one version to the next inside the
// migrating transaction.
type migration func(ctx context.Context, tx *sql.Tx) error

// execMigration is a migration that SQL alone can do.
func execMigration(q string) migration {
	return func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
}

// migrations bring a file of version i (the index) to version i+1. A file
// from before versioning has tables and version 0.
var migrations = []migration{
	// 0 → 1: articles record the fingerprint of their facts, and a place
	// statement names its place (occ:EVENT becomes occ:EVENT:PLACE).
	execMigration(`ALTER TABLE articles ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
	UPDATE statements SET fact = fact || ':' || (SELECT place_id FROM events e WHERE e.id = substr(statements.fact, 5))
		WHERE fact LIKE 'occ:%' AND (SELECT place_id FROM events e WHERE e.id = substr(statements.fact, 5)) IS NOT NULL;
	DELETE FROM statements WHERE fact LIKE 'occ:%' AND instr(substr(fact, 5), ':') = 0;
	DROP INDEX IF EXISTS statements_fact;
	CREATE INDEX statements_fact ON statements (fact, article_id);`),
	// 1 → 2: articles record how their facts were made; every article
	// written before was annotated by hand.
	execMigration(`ALTER TABLE articles ADD COLUMN method TEXT NOT NULL DEFAULT 'curated';
	ALTER TABLE articles ADD COLUMN extractor TEXT NOT NULL DEFAULT '';`),
	// 2 → 3: claims, name keys, source counts and merge records.
	migrate3,
	// 3 → 4: date queries read bounded index ranges: events get a span
	// class, participations their event's dates.
	execMigration(`ALTER TABLE events ADD COLUMN span INTEGER NOT NULL DEFAULT 0;
	UPDATE events SET span = ` + spanClassSQL + `;
	DROP INDEX events_type;
	CREATE INDEX events_type ON events (type, date_start, id);
	CREATE INDEX events_span ON events (span, date_start, date_end);
	ALTER TABLE participants ADD COLUMN date_start TEXT NOT NULL DEFAULT '';
	ALTER TABLE participants ADD COLUMN date_end TEXT NOT NULL DEFAULT '';
	ALTER TABLE participants ADD COLUMN span INTEGER NOT NULL DEFAULT 0;
	UPDATE participants SET
		date_start = coalesce((SELECT e.date_start FROM events e WHERE e.id = participants.event_id), ''),
		date_end = coalesce((SELECT e.date_end FROM events e WHERE e.id = participants.event_id), ''),
		span = coalesce((SELECT e.span FROM events e WHERE e.id = participants.event_id), 0);
	CREATE INDEX participants_actor_date ON participants (actor_id, date_start, event_id);
	CREATE INDEX participants_actor_span ON participants (actor_id, span, date_start, date_end);` + spanTriggersSQL),
	// 4 → 5: counts kept per actor and per pair of actors.
	execMigration(countsSQL + strings.ReplaceAll(`
	INSERT INTO actor_events (actor_id, events)
		SELECT actor_id, count(*) FROM participants GROUP BY actor_id;
	INSERT INTO meeting_pairs (actor_id, other_id, meetings)
		SELECT d.actor_id, o.actor_id, count(*) FROM participants d
		JOIN events e ON e.id = d.event_id AND e.type = 'MEETING'
		JOIN participants o ON o.event_id = d.event_id AND o.actor_id <> d.actor_id
		GROUP BY d.actor_id, o.actor_id;`, "MEETING", string(graph.Meeting))),
	// 5 → 6: the events of a type that began before a day and still
	// overlap it are read from that type's span class windows.
	execMigration(`CREATE INDEX events_type_span ON events (type, span, date_start, date_end);`),
	// 6 → 7: participations carry their event's type.
	execMigration(`ALTER TABLE participants ADD COLUMN type TEXT NOT NULL DEFAULT '';
	UPDATE participants SET type = coalesce((SELECT e.type FROM events e WHERE e.id = participants.event_id), '');
	CREATE INDEX participants_actor_type ON participants (actor_id, type, date_start, event_id);` + typeTriggersSQL),
	// 7 → 8: people gain the keys of their surnames' skeletons.
	rekeyPeople,
	// 8 → 9: a fact's quotes are indexed in the order an actor's detail
	// shows them, so that a hub's first quotes are read, not sorted.
	execMigration(`DROP INDEX sources_fact;
	CREATE INDEX sources_fact ON sources (fact, article_id, start_off, end_off);`),
	// 9 → 10: quotes carry their article's rank, first in the index after
	// the fact, so that a hub's first quotes are one read along it even
	// when few of its articles are curated.
	execMigration(`ALTER TABLE sources ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
	UPDATE sources SET rank = 1 WHERE article_id IN (SELECT id FROM articles WHERE method <> 'curated');
	DROP INDEX sources_fact;
	CREATE INDEX sources_fact ON sources (fact, rank, article_id, start_off, end_off);`),
	// 10 → 11: the graph's version and its log of changes are kept in
	// the file.
	execMigration(versionSQL),
}

// rekeyPeople adds to every person the name keys they lack
// (graph.ActorKeys gained surname skeletons).
func rekeyPeople(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, kind, aliases, description FROM actors WHERE kind = ?`, string(graph.Person))
	people, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Actor, error) { return scanActor(rs) })
	if err != nil {
		return err
	}
	return addKeys(ctx, tx, people)
}

// migrate3 adds what merging articles into one graph needs: each article
// stating an event gets a claim row (the event as stored, since until
// now there was one version of it), each event its source count and first
// report, each actor its name keys, each article an empty merge record.
// The claims and keys are encoded by package graph, so this step is Go.
func migrate3(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `
	CREATE TABLE claims (
		event_id   TEXT NOT NULL,
		article_id TEXT NOT NULL,
		data       TEXT NOT NULL,
		PRIMARY KEY (event_id, article_id)
	);
	CREATE INDEX claims_article ON claims (article_id);
	CREATE TABLE actor_keys (
		key      TEXT NOT NULL,
		actor_id TEXT NOT NULL,
		PRIMARY KEY (key, actor_id)
	);
	CREATE INDEX actor_keys_actor ON actor_keys (actor_id);
	ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE events ADD COLUMN first_reported TEXT NOT NULL DEFAULT '';
	ALTER TABLE articles ADD COLUMN merges TEXT NOT NULL DEFAULT '';
	UPDATE events SET
		source_count = (SELECT count(*) FROM statements s WHERE s.fact = 'event:' || events.id),
		first_reported = coalesce((SELECT min(a.published) FROM statements s JOIN articles a ON a.id = s.article_id
			WHERE s.fact = 'event:' || events.id), '');`); err != nil {
		return err
	}
	// Everything is read before anything is written: no query is open
	// while rows are inserted.
	rows, err := tx.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e LEFT JOIN places p ON p.id = e.place_id`)
	events, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Event, error) { return scanEvent(rs) })
	if err != nil {
		return err
	}
	byID := make(map[string]*graph.Event, len(events))
	for i := range events {
		byID[events[i].ID] = &events[i]
	}
	// Participants in canonical order (graph normalizes events so), so
	// that a migrated claim encodes as a written one would.
	rows, err = tx.QueryContext(ctx, `SELECT event_id, actor_id, role FROM participants ORDER BY event_id, actor_id, role`)
	parts, err := scanAll(rows, err, func(rs *sql.Rows) ([3]string, error) {
		var x [3]string
		return x, rs.Scan(&x[0], &x[1], &x[2])
	})
	if err != nil {
		return err
	}
	for _, x := range parts {
		if e := byID[x[0]]; e != nil {
			e.Participants = append(e.Participants, graph.Participant{ActorID: x[1], Role: x[2]})
		}
	}
	// Who states each event: a range of the statements index.
	rows, err = tx.QueryContext(ctx, `SELECT substr(s.fact, 7), a.id, a.published, a.method
		FROM statements s JOIN articles a ON a.id = s.article_id
		WHERE s.fact >= 'event:' AND s.fact < 'event;'`)
	type stating struct {
		event   string
		article graph.Article
	}
	stated, err := scanAll(rows, err, func(rs *sql.Rows) (stating, error) {
		var x stating
		return x, rs.Scan(&x.event, &x.article.ID, &x.article.Published, &x.article.Method)
	})
	if err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT id, name, kind, aliases, description FROM actors`)
	actors, err := scanAll(rows, err, func(rs *sql.Rows) (graph.Actor, error) { return scanActor(rs) })
	if err != nil {
		return err
	}
	// What each article itself said of each event: the participations
	// and the place it stated (part:EVENT:ACTOR, occ:EVENT:PLACE), so
	// that its claim holds its own version, not the event's merged one.
	rows, err = tx.QueryContext(ctx, `SELECT article_id, fact FROM statements
		WHERE (fact >= 'part:' AND fact < 'part;') OR (fact >= 'occ:' AND fact < 'occ;')`)
	own, err := scanAll(rows, err, func(rs *sql.Rows) ([2]string, error) {
		var x [2]string
		return x, rs.Scan(&x[0], &x[1])
	})
	if err != nil {
		return err
	}
	type articleEvent struct{ article, event string }
	ownParts := map[articleEvent]map[string]bool{}
	ownPlace := map[articleEvent]string{}
	for _, x := range own {
		kind, rest, _ := strings.Cut(x[1], ":")
		event, other, _ := strings.Cut(rest, ":")
		k := articleEvent{x[0], event}
		if kind == "part" {
			if ownParts[k] == nil {
				ownParts[k] = map[string]bool{}
			}
			ownParts[k][other] = true
		} else {
			ownPlace[k] = other
		}
	}
	rows, err = tx.QueryContext(ctx, `SELECT id, kind FROM places`)
	placeKinds, err := scanAll(rows, err, func(rs *sql.Rows) ([2]string, error) {
		var x [2]string
		return x, rs.Scan(&x[0], &x[1])
	})
	if err != nil {
		return err
	}
	kindOf := map[string]graph.PlaceKind{}
	for _, x := range placeKinds {
		kindOf[x[0]] = graph.PlaceKind(x[1])
	}
	claim, err := tx.PrepareContext(ctx, `INSERT INTO claims (event_id, article_id, data) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer claim.Close()
	for _, x := range stated {
		e := byID[x.event]
		if e == nil {
			continue // a statement of an event that is gone: nothing to claim
		}
		k := articleEvent{x.article.ID, e.ID}
		mine := *e
		mine.Participants = nil
		for _, p := range e.Participants {
			if ownParts[k][p.ActorID] {
				mine.Participants = append(mine.Participants, p)
			}
		}
		mine.Place = nil
		if place, ok := ownPlace[k]; ok {
			mine.Place = &graph.PlaceRef{ID: place, Kind: kindOf[place]}
		}
		if _, err := claim.ExecContext(ctx, e.ID, x.article.ID, graph.ClaimData(mine, x.article)); err != nil {
			return err
		}
	}
	return addKeys(ctx, tx, actors)
}

// addKeys writes the name keys of actors (graph.ActorKeys) that they
// lack; those they have stay as they are.
func addKeys(ctx context.Context, tx *sql.Tx, actors []graph.Actor) error {
	key, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer key.Close()
	for _, a := range actors {
		for _, k := range graph.ActorKeys(a) {
			if _, err := key.ExecContext(ctx, k, a.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// readTuning gives each connection an 8 MiB page cache instead of
// SQLite's 2 MB: an import into a 10k-event store spends less time in
// system calls reading pages (BENCHMARKS.md). 32 MiB saved the import no
// more, and once serve kept its connections (keepConnections) each one's
// cache counted in its RSS: 1.1 GB at 100k under 16 clients against
// 386 MB. (Reading through mmap saved no more either, and made every
// connection's mapping of the file count in the RSS.)
const readTuning = "&_pragma=cache_size(-8192)"

// uriEscaper escapes what would end or change a path inside an SQLite file
// URI: a "?" starts its parameters, a "#" its fragment, and SQLite decodes
// "%" escapes. ("data#2/graph.db" would otherwise open "data".)
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// fileURI is the SQLite URI of the file at path.
func fileURI(path string) string { return "file:" + uriEscaper.Replace(path) }

// keepConnections keeps the connections concurrent requests opened for a
// while: database/sql keeps two idle by default, so under a dozen clients
// every request but two closed its connection, and the next opened one
// afresh — pragmas, schema, statements prepared again and a cold page
// cache. The number open stays unlimited: preparing a statement for the
// process takes a connection beside the transaction that asks for it.
func keepConnections(db *sql.DB) {
	db.SetMaxIdleConns(max(8, 4*runtime.GOMAXPROCS(0)))
	db.SetConnMaxIdleTime(5 * time.Minute)
}

// versionWatch is the connection Version reads the graph's version on, with
// its statement.
type versionWatch struct {
	sync.Mutex
	conn *sql.Conn
	stmt driver.Stmt
}

// reset closes the connection and its statement; the caller holds the
// lock.
func (w *versionWatch) reset() {
	if w.conn == nil {
		return
	}
	if w.stmt != nil {
		// The statement belongs to the connection's driver side.
		_ = w.conn.Raw(func(any) error { return w.stmt.Close() })
	}
	w.conn.Close()
	w.conn, w.stmt = nil, nil
}

// Store is a graph.Backend in one SQLite file.
type Store struct {
	db     *sql.DB
	stmts  *stmtCache
	closed atomic.Bool
	// readOnly refuses writes: the file was opened with OpenExisting.
	readOnly bool
	// memory is set for a private in-memory store.
	memory bool
	// watch reads the graph's version for Version.
	watch versionWatch
	// committed is the version of the last commit of this process: all
	// there is of an in-memory store, whose one connection a reader of
	// the table would wait for.
	committed atomic.Uint64
}

var _ graph.Backend = (*Store)(nil)

// DefaultBusyTimeout is how long a write waits for another writer (another
// import, another process) to release the file before it gives up with
// graph.ErrUnavailable.
const DefaultBusyTimeout = 10 * time.Second

// Option tunes how a store is opened.
type Option func(*options)

type options struct {
	busyTimeout time.Duration
	scratch     bool
}

// Scratch opens a store that is thrown away when the process is done with
// it, such as the local copy of a staged import: its rollback journal is
// kept in memory and nothing is synced to disk, which a store that must
// survive a crash cannot afford and a scratch copy does not need.
func Scratch() Option {
	return func(o *options) { o.scratch = true }
}

// WithBusyTimeout sets how long a statement waits for a lock another
// connection holds (DefaultBusyTimeout when not given).
func WithBusyTimeout(d time.Duration) Option {
	return func(o *options) { o.busyTimeout = d }
}

func openOptions(opts []Option) options {
	o := options{busyTimeout: DefaultBusyTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// Open opens (creating if needed) the store in the file at path, creating
// or migrating its schema. ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := openOptions(opts)
	// Writes take the write lock when they begin (_txlock=immediate), so
	// two imports never deadlock upgrading read locks; read-only
	// transactions begin deferred and read a WAL snapshot (a scratch
	// store's, under the rollback journal's shared lock).
	durability := "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	if o.scratch {
		durability = "&_pragma=journal_mode(MEMORY)&_pragma=synchronous(OFF)"
	}
	dsn := fileURI(path) + "?_pragma=busy_timeout(" + strconv.FormatInt(o.busyTimeout.Milliseconds(), 10) + ")" + durability + readTuning + "&_txlock=immediate"
	if path == ":memory:" {
		dsn = "file::memory:?_txlock=immediate"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	s := &Store{db: db, stmts: newStmtCache(db), memory: path == ":memory:"}
	keepConnections(db)
	if path == ":memory:" {
		// Each connection would see its own empty database. With one
		// connection, held by the transaction that asks, statements
		// cannot be prepared for the process: the cache is off.
		db.SetMaxOpenConns(1)
		s.stmts = newStmtCache(nil)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, s.classify(err))
	}
	var v uint64
	if err := db.QueryRowContext(ctx, qVersion).Scan(&v); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, s.classify(err))
	}
	s.committed.Store(v)
	return s, nil
}

// OpenExisting opens the store in an existing file for reading only: it
// creates nothing, migrates nothing and writes nothing, so that a command
// that only reads (stats, check --store) never turns a mistyped path into
// a new, empty store.
func OpenExisting(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := openOptions(opts)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", fileURI(path)+"?mode=ro&_pragma=busy_timeout("+strconv.FormatInt(o.busyTimeout.Milliseconds(), 10)+")"+readTuning)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	s := &Store{db: db, stmts: newStmtCache(db), readOnly: true}
	keepConnections(db)
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
			if err := migrations[v](ctx, tx); err != nil {
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
	if err := fn(&reader{tx: tx, stmts: s.stmts}); err != nil {
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
	w := &writer{reader: reader{tx: tx, stmts: s.stmts}}
	if err := tx.QueryRowContext(ctx, qRaiseVersion).Scan(&w.version); err != nil {
		return s.classify(err)
	}
	if err := fn(w); err != nil {
		return s.classify(err)
	}
	if err := tx.Commit(); err != nil {
		return s.classify(err)
	}
	s.committed.Store(w.version)
	return nil
}

// The graph's version, read and raised.
const (
	qVersion      = `SELECT version FROM graph_version`
	qRaiseVersion = `UPDATE graph_version SET version = version + 1 RETURNING version`
)

// Version implements graph.Versioner: the version in the file, which every
// write transaction through eventgraph raises by one, by this process or
// another. Writes made around eventgraph (the sqlite3 shell) do not change
// it: a server keeping the timeline in memory sees them after eventgraph's
// next write. It is one small statement on a connection of its own.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	if s.closed.Load() {
		return 0, fmt.Errorf("sqlite: %w: the store is closed", graph.ErrUnavailable)
	}
	if s.memory {
		// One connection, this process's: its commits are all there is.
		return s.committed.Load(), nil
	}
	w := &s.watch
	w.Lock()
	defer w.Unlock()
	if w.conn == nil {
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return 0, s.classify(err)
		}
		w.conn = conn
	}
	// Straight to the driver, with the statement kept: through
	// database/sql the check cost twice as much, and it runs once per
	// timeline request.
	var v uint64
	err := w.conn.Raw(func(dc any) error {
		if w.stmt == nil {
			pc, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return errors.New("the SQLite driver cannot prepare statements")
			}
			st, err := pc.PrepareContext(ctx, qVersion)
			if err != nil {
				return err
			}
			w.stmt = st
		}
		q, ok := w.stmt.(driver.StmtQueryContext)
		if !ok {
			return errors.New("the SQLite driver cannot query a statement")
		}
		rows, err := q.QueryContext(ctx, nil)
		if err != nil {
			return err
		}
		defer rows.Close()
		row := make([]driver.Value, 1)
		if err := rows.Next(row); err != nil {
			return err
		}
		n, ok := row[0].(int64)
		if !ok {
			return fmt.Errorf("the version is a %T", row[0])
		}
		v = uint64(n)
		return nil
	})
	if err != nil {
		// The next check starts on a fresh connection: a broken one
		// would otherwise send every request to the tables for good.
		w.reset()
		return 0, s.classify(err)
	}
	return v, nil
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
	s.watch.Lock()
	s.watch.reset()
	s.watch.Unlock()
	s.stmts.close()
	return s.db.Close()
}

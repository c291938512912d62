package graph

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	gojson "github.com/goccy/go-json"
)

// Versioner is a Backend that can tell, cheaply, whether what it stores has
// changed. Graph keeps the timeline in memory, encoded ahead of requests,
// only over a backend that implements it: every answer from memory is
// first checked against the store's version.
type Versioner interface {
	// Version returns the store's version: a number that every write
	// transaction committed through the backend, by this process or by
	// another, raises by exactly one.
	Version(ctx context.Context) (uint64, error)
}

// TxVersioner is the View and Tx of a Versioner backend: the version of
// the store the transaction reads, and in a write transaction the version
// its commit gives. An index catching up reads the version and the log of
// changes up to it in one transaction.
type TxVersioner interface {
	Version(ctx context.Context) (uint64, error)
}

// The timeline index: why it exists. A page of the timeline read from the
// store takes five queries (the listing, participants, quotes, claims,
// the articles' methods), decoding every claim and encoding every event:
// about a hundred times what writing the same bytes costs (BENCHMARKS.md).
// The index holds the whole timeline of one version of the store, each
// event already encoded as the answer carries it, and lists of positions
// by type, by actor and by span class, so that a page is a merge of a few
// sorted lists and a copy of bytes. It is built in the background from one
// read of the store whenever the store's version moved on, and used only
// while the store still has the version it was built from; until then, and
// for what it does not cover (as-of reads, places), requests read the store
// as before. The answers are the same bytes either way (graphtest checks
// it on every backend that implements Versioner).

// indexedEvent is one event of the index: its id and first day as the
// cursor gives them, and its encoded JSON; with what a catch-up needs to
// list it again without decoding it: its span class, its actors and its
// place.
type indexedEvent struct {
	id        string
	startText string // as stored, for cursors
	encoded   []byte
	class     int8
	actors    []string
	place     string
	// inArena is set on the events a build copied into its chunks; a
	// catch-up's own are allocated one by one.
	inArena bool
}

// shownName is an actor's or a place's name and kind as the index's
// encoded events show them.
type shownName struct {
	name string
	kind string
}

// filterKeys are what the timeline's filters read of an event.
type filterKeys struct {
	end     int32
	sources int32
	typ     EventType
}

// spanLists are positions in timelineIndex.events, ascending, one list per
// span class (SpanBounds): the events that overlap a day start within a
// bounded stretch before it in every class but the last.
type spanLists [][]int32

func newSpanLists() spanLists { return make(spanLists, len(SpanBounds)+1) }

func (s spanLists) add(class int, pos int32) { s[class] = append(s[class], pos) }

// timelineIndex is the timeline of one version of the store.
type timelineIndex struct {
	version uint64
	events  []indexedEvent
	// starts are the events' first days (days since 1970-01-01), by
	// position, and keys what the filters read of them: kept apart from
	// the rest of each event, so that a search or a scan reads few cache
	// lines.
	starts  []int32
	keys    []filterKeys
	all     spanLists
	byType  map[EventType]spanLists
	byActor map[string]spanLists
	bytes   int64
	// actorNames and placeNames are the names the encoded events show: a
	// write that changes one changes every event of that actor or place.
	actorNames map[string]shownName
	placeNames map[string]shownName
	// garbage counts the bytes of encoded events that catch-ups replaced
	// but whose memory the index still holds (they share a chunk with
	// events it keeps).
	garbage int64
	// stuck is set when the log of changes could not bring the index up
	// to date: it waits for a build.
	stuck atomic.Bool
	// arena is the chunk the encoded events are copied into, in timeline
	// order: a page reads neighbouring memory, and the collector sees a
	// few chunks instead of an allocation per event.
	arena []byte
	// scratch is where a build encodes each event.
	scratch bytes.Buffer
}

// arenaChunk is the size of the index's chunks of encoded events.
const arenaChunk = 4 << 20

// keep copies b into the arena.
func (ix *timelineIndex) keep(b []byte) []byte {
	if cap(ix.arena)-len(ix.arena) < len(b) {
		ix.arena = make([]byte, 0, max(arenaChunk, len(b)))
	}
	n := len(ix.arena)
	ix.arena = append(ix.arena, b...)
	return ix.arena[n:len(ix.arena):len(ix.arena)]
}

// TimelineIndexStatus says what the in-memory timeline holds and how often
// it answered.
type TimelineIndexStatus struct {
	// Enabled is false when the graph keeps no index (WithTimelineIndex
	// was not called, or the backend cannot say its version).
	Enabled bool
	// Version is the store version the index was built from; Events and
	// Bytes what it holds (Bytes counts the encoded events).
	Version uint64
	Events  int
	Bytes   int64
	// Builds counts the builds finished, CatchUps the times the index
	// was brought up to date from the log of changes instead; Hits and
	// Misses the timeline requests answered from the index and from the
	// store.
	Builds, CatchUps, Hits, Misses int64
	// TooLarge is set when the last build stopped at the budget.
	TooLarge bool
}

// versionGate shares version checks among concurrent requests: a request
// needs a check that began after it arrived, and every request that
// arrived while one check ran is served by the next one, so at most one
// check is in flight however many requests wait. Each check is a
// statement on the store (a round trip to Neo4j); on two cores under
// sixteen clients requests seldom overlap one, so most still make their
// own.
type versionGate struct {
	v Versioner
	// maxAge, when above 0, lets a request take the version a check
	// read if that check began at most maxAge ago; see
	// SetTimelineStaleness.
	maxAge time.Duration
	mu     sync.Mutex
	// done wakes the requests waiting for a check.
	done    *sync.Cond
	running bool
	// waiters counts the requests waiting for a check (for tests).
	waiters int
	// started and finished number the checks; version and err are the
	// last one's.
	started, finished uint64
	version           uint64
	err               error
	// versionAt is when the last finished check began: the store had
	// at least its version then.
	versionAt time.Time
	// minCheck is the first check a request may take: this process
	// wrote after the checks before it began.
	minCheck uint64
}

func newVersionGate(v Versioner) *versionGate {
	g := &versionGate{v: v}
	g.done = sync.NewCond(&g.mu)
	return g
}

// check returns the store's version as a check that began after the call
// read it.
func (g *versionGate) check(ctx context.Context) (uint64, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.maxAge > 0 && g.err == nil && g.finished > 0 && g.finished >= g.minCheck && time.Since(g.versionAt) <= g.maxAge {
		return g.version, nil
	}
	// The first check that has not begun yet serves this request, and so
	// does any after it.
	want := g.started + 1
	for g.finished < want {
		if g.running {
			g.waiters++
			g.done.Wait()
			g.waiters--
			continue
		}
		g.running = true
		g.started++
		id := g.started
		began := time.Now()
		g.mu.Unlock()
		v, err := g.v.Version(ctx)
		g.mu.Lock()
		g.running = false
		g.finished, g.version, g.err, g.versionAt = id, v, err, began
		g.done.Broadcast()
	}
	return g.version, g.err
}

// wrote says this process wrote to the store: no request takes the
// version of a check that began before, however young.
func (g *versionGate) wrote() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.minCheck = g.started + 1
}

// waiting is how many requests wait for a check.
func (g *versionGate) waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.waiters
}

// timelineCache is the index shared by a Graph and its copies (WithAsOf and
// the other With… methods copy Graph), with what keeps it current.
type timelineCache struct {
	versioner Versioner
	gate      *versionGate
	budget    int64
	log       *slog.Logger

	current atomic.Pointer[timelineIndex]
	// build is held by the build running; requests only try it.
	build sync.Mutex
	// notBefore is when the next build may start (UnixNano): see
	// buildPause.
	notBefore atomic.Int64
	tooLarge  atomic.Bool

	builds, catchUps, hits, misses atomic.Int64
	// catching is closed when the catch-up running ends; nil when none
	// runs.
	catching atomic.Pointer[chan struct{}]

	// ctx ends a build in flight when the graph closes; closed (set under
	// build) keeps a new one from starting after.
	ctx    context.Context
	cancel context.CancelFunc
	closed bool
}

// WithTimelineIndex returns the graph with the timeline kept in memory,
// encoded ahead of requests, up to budget bytes of encoded events (a store
// whose timeline is larger is read as before). It has no effect over a
// backend that does not implement Versioner. log, when not nil, hears of
// builds. Close stops a build in flight.
func (g *Graph) WithTimelineIndex(budget int64, log *slog.Logger) *Graph {
	c := *g
	v, ok := g.b.(Versioner)
	if !ok || budget <= 0 {
		c.timeline = nil
		return &c
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.timeline = &timelineCache{versioner: v, gate: newVersionGate(v), budget: budget, log: log, ctx: ctx, cancel: cancel}
	return &c
}

// SetTimelineStaleness lets the in-memory timeline answer for up to d
// after the store last said its version, instead of asking it on every
// request: on a store across a network that question is a round trip,
// which costs more than the rest of the answer. Writes through this
// graph are seen at once all the same; writes of other processes within
// d. It sets the index the graph shares with its copies; 0 (the default)
// asks on every request.
func (g *Graph) SetTimelineStaleness(d time.Duration) {
	if g.timeline != nil {
		g.timeline.gate.mu.Lock()
		g.timeline.gate.maxAge = max(d, 0)
		g.timeline.gate.mu.Unlock()
	}
}

// TimelineIndex says what the in-memory timeline holds.
func (g *Graph) TimelineIndex() TimelineIndexStatus {
	tc := g.timeline
	if tc == nil {
		return TimelineIndexStatus{}
	}
	s := TimelineIndexStatus{Enabled: true, Builds: tc.builds.Load(), CatchUps: tc.catchUps.Load(), Hits: tc.hits.Load(), Misses: tc.misses.Load(), TooLarge: tc.tooLarge.Load()}
	if ix := tc.current.Load(); ix != nil {
		s.Version, s.Events, s.Bytes = ix.version, len(ix.events), ix.bytes
	}
	return s
}

// BuildTimelineIndex brings the index to the store's version now, in the
// caller's goroutine (after the build in flight, if one is): from the log
// of changes when it can, else by reading the whole timeline. It says
// whether the index holds the store's current version after: tests call it
// to know that the index answers.
func (g *Graph) BuildTimelineIndex(ctx context.Context) (bool, error) {
	tc := g.timeline
	if tc == nil {
		return false, nil
	}
	tc.build.Lock()
	defer tc.build.Unlock()
	if tc.closed {
		return false, fmt.Errorf("build timeline index: %w: the graph is closed", ErrUnavailable)
	}
	if !g.catchUp(ctx) {
		if err := g.buildTimeline(ctx); err != nil {
			return false, err
		}
	}
	ix := tc.current.Load()
	v, err := tc.versioner.Version(ctx)
	return err == nil && ix != nil && ix.version == v, err
}

// close stops a build in flight, waits for it, and keeps others from
// starting.
func (tc *timelineCache) close() {
	tc.cancel()
	tc.build.Lock()
	tc.closed = true
	tc.build.Unlock()
}

// indexed returns the index when it holds the store's current version;
// otherwise nil, after starting in the background, unless one runs, a
// catch-up from the log of changes or, when the index cannot catch up, a
// build when the last one allows.
func (g *Graph) indexed(ctx context.Context) *timelineIndex {
	tc := g.timeline
	if tc == nil || !g.asOf.IsZero() {
		return nil
	}
	v, err := tc.gate.check(ctx)
	if err != nil {
		return nil // the store read that follows reports the failure
	}
	ix := tc.current.Load()
	if ix != nil && ix.version == v {
		return ix
	}
	canCatchUp := ix != nil && !ix.stuck.Load()
	if canCatchUp || time.Now().UnixNano() >= tc.notBefore.Load() {
		g.refresh(canCatchUp)
	}
	if !canCatchUp {
		return nil
	}
	// A catch-up takes tens of milliseconds; reading the store instead
	// costs each waiting request a few, and they all take CPU from the
	// catch-up. So requests wait for it a while, then check again.
	done := tc.catching.Load()
	if done == nil {
		return nil
	}
	t := time.NewTimer(catchUpWait)
	defer t.Stop()
	select {
	case <-*done:
	case <-t.C:
		return nil
	case <-ctx.Done():
		return nil
	}
	if v, err = tc.gate.check(ctx); err != nil {
		return nil
	}
	if ix := tc.current.Load(); ix != nil && ix.version == v {
		return ix
	}
	return nil
}

// catchUpWait is how long a timeline request waits for the index to catch
// up with the store before it reads the store.
const catchUpWait = 250 * time.Millisecond

// catchingUp marks a catch-up as running until the function it returns is
// called: requests that find the index behind wait for it (indexed).
func (tc *timelineCache) catchingUp() func() {
	ch := make(chan struct{})
	tc.catching.Store(&ch)
	return func() {
		tc.catching.Store(nil)
		close(ch)
	}
}

// WarmTimelineIndex starts building the index in the background unless a
// build runs already; Close stops it. Serve calls it at start, so that the
// first requests find the index ready sooner.
func (g *Graph) WarmTimelineIndex() { g.refresh(false) }

// refresh brings the index up to date in the background, unless a build or
// a catch-up runs already: from the log of changes when catchUp is set and
// that works, else by a build when the last one allows.
func (g *Graph) refresh(catchUp bool) {
	tc := g.timeline
	if tc == nil || !tc.build.TryLock() {
		return
	}
	if tc.closed {
		tc.build.Unlock()
		return
	}
	var caughtUp func()
	if catchUp {
		caughtUp = tc.catchingUp()
	}
	go func() {
		defer tc.build.Unlock()
		if catchUp {
			ok := g.catchUp(tc.ctx)
			caughtUp()
			if ok {
				return
			}
		}
		if time.Now().UnixNano() < tc.notBefore.Load() {
			return
		}
		if err := g.buildTimeline(tc.ctx); err != nil && tc.ctx.Err() == nil && tc.log != nil {
			tc.log.Warn("timeline index not built", "err", err)
		}
	}()
}

// buildPause is how many times its own length a build waits, once done,
// before the next may start: while writes keep coming (each makes the
// index stale) builds then take at most a fifth of one core, and the
// timeline is read from the store in between, as without the index.
const buildPause = 4

// buildPage is how many events a build reads per store call.
const buildPage = 1000

// buildTimeline reads the whole timeline in one read transaction and keeps
// it when the store's version did not move while it read: the version
// before and after being the same, the snapshot read is that version.
func (g *Graph) buildTimeline(ctx context.Context) error {
	tc := g.timeline
	// The index holds the timeline as it stands, whatever day the graph
	// asking reads as of.
	base := *g
	base.asOf = CalendarDay{}
	began := time.Now()
	pause := time.Duration(0)
	defer func() {
		took := time.Since(began)
		tc.notBefore.Store(time.Now().Add(max(pause, buildPause*took)).UnixNano())
	}()
	before, err := tc.versioner.Version(ctx)
	if err != nil {
		return err
	}
	if ix := tc.current.Load(); ix != nil && ix.version == before {
		return nil
	}
	ix := newTimelineIndex(before)
	tooLarge := false
	err = g.b.View(ctx, func(v View) error {
		var f EventFilter
		for {
			batch, err := v.Events(ctx, f, buildPage)
			if err != nil {
				return err
			}
			if len(batch) == 0 {
				return nil
			}
			last := batch[len(batch)-1]
			f.After = &EventKey{Start: mustDay(last.Date.Start), ID: last.ID}
			stored := make([]string, len(batch))
			for i, e := range batch {
				stored[i] = e.Date.Start
			}
			// finish drops nothing without an as-of day; stored keeps
			// the positions the store pages by.
			if batch, err = base.finish(batch, nil); err != nil {
				return err
			}
			if err := setProvenance(ctx, v, batch); err != nil {
				return err
			}
			for i := range batch {
				if err := ix.add(&batch[i], stored[i]); err != nil {
					return err
				}
				if ix.bytes > tc.budget {
					tooLarge = true
					return nil
				}
			}
			if len(batch) < buildPage {
				return nil
			}
		}
	})
	if err != nil {
		return fmt.Errorf("build timeline index: %w", err)
	}
	tc.tooLarge.Store(tooLarge)
	if tooLarge {
		// Not again for a while: a timeline past the budget stays past
		// it until the store has shrunk.
		pause = 10 * time.Minute
		if tc.log != nil {
			tc.log.Info("timeline index not kept: over its budget", "budget_bytes", tc.budget, "events_read", len(ix.events))
		}
		return nil
	}
	after, err := tc.versioner.Version(ctx)
	if err != nil {
		return err
	}
	took := time.Since(began)
	if after != before {
		// The store moved on while the build read: what it read is no
		// version's.
		return nil
	}
	tc.current.Store(ix)
	tc.builds.Add(1)
	if tc.log != nil {
		tc.log.Info("timeline index built", "events", len(ix.events), "bytes", ix.bytes, "took", took.Round(time.Millisecond))
	}
	return nil
}

// newTimelineIndex returns an empty index of version.
func newTimelineIndex(version uint64) *timelineIndex {
	return &timelineIndex{version: version, all: newSpanLists(), byType: map[EventType]spanLists{}, byActor: map[string]spanLists{},
		actorNames: map[string]shownName{}, placeNames: map[string]shownName{}}
}

// add appends an event, which sorts after every event added before it.
func (ix *timelineIndex) add(e *Event, storedStart string) error {
	// Encoded into one buffer, reused, then copied into the arena: a
	// build makes no garbage of encoded events.
	b, err := encodeIndexed(&ix.scratch, e)
	if err != nil {
		return err
	}
	ie, k, start, err := ix.entry(e, storedStart)
	if err != nil {
		return err
	}
	ie.encoded, ie.inArena = ix.keep(b), true
	ix.append(ie, k, start)
	return nil
}

// encodeIndexed encodes e as the index keeps it, into buf.
func encodeIndexed(buf *bytes.Buffer, e *Event) ([]byte, error) {
	e.normalize()
	buf.Reset()
	if err := gojson.NewEncoder(buf).Encode(e); err != nil {
		return nil, fmt.Errorf("encode event %s: %w", e.ID, err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// entry is what the index keeps of e apart from its bytes, and the names e
// shows recorded.
func (ix *timelineIndex) entry(e *Event, storedStart string) (indexedEvent, filterKeys, int32, error) {
	start, err1 := ParseDay(storedStart)
	end, err2 := ParseDay(e.Date.End)
	if err1 != nil || err2 != nil {
		return indexedEvent{}, filterKeys{}, 0, fmt.Errorf("event %s: stored dates %q to %q do not parse", e.ID, storedStart, e.Date.End)
	}
	ie := indexedEvent{id: e.ID, startText: storedStart, class: int8(SpanClass(storedStart, e.Date.End))}
	for _, p := range e.Participants {
		if !slices.Contains(ie.actors, p.ActorID) {
			ie.actors = append(ie.actors, p.ActorID)
		}
		ix.actorNames[p.ActorID] = shownName{p.Name, string(p.Kind)}
	}
	if e.Place != nil {
		ie.place = e.Place.ID
		ix.placeNames[e.Place.ID] = shownName{e.Place.Name, string(e.Place.Kind)}
	}
	return ie, filterKeys{end: dayNumber(end), sources: int32(e.SourceCount), typ: e.Type}, dayNumber(start), nil
}

// append lists an entry after every one listed before it.
func (ix *timelineIndex) append(ie indexedEvent, k filterKeys, start int32) {
	pos := int32(len(ix.events))
	ix.events = append(ix.events, ie)
	ix.starts = append(ix.starts, start)
	ix.keys = append(ix.keys, k)
	ix.bytes += int64(len(ie.encoded))
	class := int(ie.class)
	ix.all.add(class, pos)
	listFor(ix.byType, k.typ).add(class, pos)
	for _, a := range ie.actors {
		listFor(ix.byActor, a).add(class, pos)
	}
}

// listFor returns m's lists under k, made when missing.
func listFor[K comparable](m map[K]spanLists, k K) spanLists {
	l, ok := m[k]
	if !ok {
		l = newSpanLists()
		m[k] = l
	}
	return l
}

// firstFrom returns the first position whose event starts on day or
// later.
func (ix *timelineIndex) firstFrom(day int32) int {
	i, _ := slices.BinarySearch(ix.starts, day)
	return i
}

// dayNumber is t's day counted from 1970-01-01 (t is midnight UTC).
func dayNumber(t time.Time) int32 { return int32(t.Unix() / 86400) }

// page returns the positions of the events f selects, in timeline order,
// at most limit+1 of them. f has no place and no as-of day.
func (ix *timelineIndex) page(f EventFilter, limit int) []int32 {
	lists := ix.all
	var wantType EventType
	switch {
	case len(f.Actors) > 0:
		lists = ix.byActor[f.Actors[0]]
		wantType = f.Type
	case f.Type != "":
		lists = ix.byType[f.Type]
	}
	if lists == nil {
		return nil
	}
	// first is the first position after the cursor.
	first := 0
	if f.After != nil {
		afterDay, afterID := dayNumber(f.After.Start.Time()), f.After.ID
		lo, hi := ix.firstFrom(afterDay), ix.firstFrom(afterDay+1)
		// The cursor's event, found among its day's, is where the store
		// left off whatever order its collation gives ids; an id the
		// index lacks is placed by Go's order, which is SQLite's.
		first = lo + sort.Search(hi-lo, func(i int) bool { return ix.events[lo+i].id > afterID })
		for i := lo; i < hi && (first == lo || ix.events[first-1].id != afterID); i++ {
			if ix.events[i].id == afterID {
				first = i + 1
				break
			}
		}
	}
	var from, to int32
	hasFrom, hasTo := !f.From.IsZero(), !f.To.IsZero()
	if hasFrom {
		from = dayNumber(f.From.Time())
	}
	if hasTo {
		to = dayNumber(f.To.Time())
	}
	// One cursor into each span class's list.
	heads := make([]int, len(lists))
	for c, l := range lists {
		lo := first
		if hasFrom && c < len(SpanBounds) {
			// SpanStart(c, f.From), in day numbers: an event of the
			// class that starts earlier ends before From.
			lo = max(lo, ix.firstFrom(from-int32(SpanBounds[c])))
		}
		heads[c], _ = slices.BinarySearch(l, int32(lo))
	}
	var out []int32
	for len(out) <= limit {
		// The smallest head among the classes.
		best := -1
		for c, l := range lists {
			if heads[c] < len(l) && (best < 0 || l[heads[c]] < lists[best][heads[best]]) {
				best = c
			}
		}
		if best < 0 {
			break
		}
		pos := lists[best][heads[best]]
		heads[best]++
		if hasTo && ix.starts[pos] > to {
			// Every later head starts later still.
			break
		}
		k := &ix.keys[pos]
		if (wantType != "" && k.typ != wantType) || (hasFrom && k.end < from) || int(k.sources) < f.MinSources {
			continue
		}
		out = append(out, pos)
	}
	return out
}

// EncodedEvent is an event of the timeline as its JSON answer carries it.
type EncodedEvent []byte

// MarshalJSON implements json.Marshaler: the bytes themselves, not their
// base64.
func (e EncodedEvent) MarshalJSON() ([]byte, error) { return e, nil }

// TimelineEncoded is Timeline with every event already encoded as JSON, the
// bytes encoding Timeline's events gives: from the in-memory index when it
// holds the store's current version and covers the query, otherwise
// encoded from what the store reads.
func (g *Graph) TimelineEncoded(ctx context.Context, q TimelineQuery) (Page[EncodedEvent], error) {
	f, limit, err := timelineFilter(q)
	if err != nil {
		return Page[EncodedEvent]{}, err
	}
	if p, ok := g.fromIndex(ctx, f, limit); ok {
		return p, nil
	}
	p, err := g.timelineFromStore(ctx, f, limit)
	if err != nil {
		return Page[EncodedEvent]{}, err
	}
	out := Page[EncodedEvent]{Items: make([]EncodedEvent, len(p.Items)), Next: p.Next}
	for i := range p.Items {
		b, err := gojson.Marshal(&p.Items[i])
		if err != nil {
			return Page[EncodedEvent]{}, fmt.Errorf("timeline: encode event %s: %w", p.Items[i].ID, err)
		}
		out.Items[i] = b
	}
	return out, nil
}

// fromIndex answers a checked timeline query from the index; ok is false,
// the miss counted, when the index does not hold the store's version or
// the query asks for a place.
func (g *Graph) fromIndex(ctx context.Context, f EventFilter, limit int) (Page[EncodedEvent], bool) {
	if g.timeline == nil {
		return Page[EncodedEvent]{}, false
	}
	var ix *timelineIndex
	if f.Place == "" {
		ix = g.indexed(ctx)
	}
	if ix == nil {
		g.timeline.misses.Add(1)
		return Page[EncodedEvent]{}, false
	}
	g.timeline.hits.Add(1)
	positions := ix.page(f, limit)
	items := make([]EncodedEvent, len(positions))
	for i, p := range positions {
		items[i] = ix.events[p].encoded
	}
	p := Page[EncodedEvent]{Items: items}
	if len(items) > limit {
		p.Items = items[:limit]
		last := &ix.events[positions[limit-1]]
		p.Next = encodeCursor(timelineCursor, last.startText, last.id)
	}
	return p, true
}

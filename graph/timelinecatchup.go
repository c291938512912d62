package graph

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"maps"
	"slices"
	"time"
)

// Catching the timeline index up. Every write transaction logs in the
// store, under the version it commits, what its plans touched: the events
// they state, withdraw or recompute, and the actors and places they write.
// A graph whose index is behind the store reads the log from the index's
// version to the store's, reads those events again (with every event of an
// actor or place whose shown name changed), and lists them in a copy of the
// index, in one read transaction: the index then holds the store's version
// without reading everything again. Articles streaming in, from this
// process or another, thus keep the timeline in memory. When the log does
// not cover the way (writes by an eventgraph before the log, migrations, a
// log pruned past the index) or a write touched too much, the index is
// built again as before.

// Change is what one write transaction touched, as the store's log of
// changes keeps it: ids of events, actors and places, each list sorted.
type Change struct {
	// Version is the version the transaction committed.
	Version uint64
	Events  []string
	Actors  []string
	Places  []string
}

// ChangeWriter is the Tx of a backend that keeps a log of changes.
type ChangeWriter interface {
	// LogChange records c under the version the transaction commits
	// (c.Version is ignored), and may forget changes ChangeLogKeep
	// versions older.
	LogChange(ctx context.Context, c Change) error
}

// ChangeReader is the View of a backend that keeps a log of changes.
type ChangeReader interface {
	// Changes returns the logged changes of the versions after from, up
	// to and including to, by version. A version with no change logged
	// (forgotten, or written without a log) is missing from the list.
	Changes(ctx context.Context, from, to uint64) ([]Change, error)
}

// ChangeLogKeep is how many versions of changes a backend keeps at least.
// An index further behind is built again.
const ChangeLogKeep = 1000

// maxCatchUpEvents is the most events a catch-up reads again. Changes that
// touch more (an actor of many events renamed) leave the index to a build.
const maxCatchUpEvents = 2000

// errNoCatchUp says the index cannot catch up from the log: it is left to a
// build. It is no failure.
var errNoCatchUp = errors.New("the log of changes does not bring the index up to date")

// changeOf is what plans touch.
func changeOf(plans []*Plan) Change {
	events, actors, places := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, p := range plans {
		for _, l := range [][]string{p.Now.Events, p.Withdrawn.Events} {
			for _, id := range l {
				events[id] = true
			}
		}
		for _, l := range [][]Event{p.Events, p.Recomputed} {
			for _, e := range l {
				events[e.ID] = true
			}
		}
		for _, a := range p.Actors {
			actors[a.ID] = true
		}
		for _, pl := range p.Places {
			places[pl.ID] = true
		}
	}
	return Change{Events: slices.Sorted(maps.Keys(events)), Actors: slices.Sorted(maps.Keys(actors)),
		Places: slices.Sorted(maps.Keys(places))}
}

// refreshTimeline catches the index up with the store now, unless a build
// or another catch-up runs; a write calls it once committed, so that the
// graph's next timeline request finds the write in memory.
func (g *Graph) refreshTimeline(ctx context.Context) {
	tc := g.timeline
	if tc == nil {
		return
	}
	tc.gate.wrote()
	if !tc.build.TryLock() {
		return
	}
	defer tc.build.Unlock()
	if !tc.closed {
		defer tc.catchingUp()()
		g.catchUp(ctx)
	}
}

// catchUp brings the index to the store's version from the log of
// changes; the caller holds the build lock. It says whether the index is
// current after. Once the log cannot bring it, the index is marked so and
// not tried again: it waits for a build.
func (g *Graph) catchUp(ctx context.Context) bool {
	tc := g.timeline
	ix := tc.current.Load()
	if ix == nil || ix.stuck.Load() {
		return false
	}
	began := time.Now()
	nx, err := g.caughtUp(ctx, ix)
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		ix.stuck.Store(true)
		if !errors.Is(err, errNoCatchUp) && tc.log != nil {
			tc.log.Warn("timeline index not caught up", "err", err)
		}
		return false
	}
	if nx != ix {
		tc.current.Store(nx)
		tc.catchUps.Add(1)
		if tc.log != nil {
			tc.log.Debug("timeline index caught up", "from", ix.version, "to", nx.version, "events", len(nx.events), "took", time.Since(began))
		}
	}
	return true
}

// caughtUp returns ix brought to the store's version (ix itself when it is
// at that version).
func (g *Graph) caughtUp(ctx context.Context, ix *timelineIndex) (*timelineIndex, error) {
	base := *g
	base.asOf = CalendarDay{}
	var at uint64
	var ids []string
	var fresh []Event
	var stored []string
	err := g.b.View(ctx, func(v View) error {
		tv, ok1 := v.(TxVersioner)
		cr, ok2 := v.(ChangeReader)
		if !ok1 || !ok2 {
			return errNoCatchUp
		}
		var err error
		if at, err = tv.Version(ctx); err != nil {
			return err
		}
		if at == ix.version {
			return nil
		}
		if at < ix.version || at-ix.version > ChangeLogKeep {
			return errNoCatchUp
		}
		changes, err := cr.Changes(ctx, ix.version, at)
		if err != nil {
			return err
		}
		if uint64(len(changes)) != at-ix.version {
			return errNoCatchUp
		}
		for i, c := range changes {
			if c.Version != ix.version+1+uint64(i) {
				return errNoCatchUp
			}
		}
		ids, fresh, stored, err = ix.reread(ctx, v, changes)
		if err != nil {
			return err
		}
		if fresh, err = base.finish(fresh, nil); err != nil {
			return err
		}
		return setProvenance(ctx, v, fresh)
	})
	if err != nil {
		return nil, err
	}
	if at == ix.version {
		return ix, nil
	}
	nx, err := ix.with(at, ids, fresh, stored)
	if err != nil {
		return nil, err
	}
	// Over the budget, or holding as much memory of replaced events as of
	// live ones: a build reads it anew (and compacts it), or says it is
	// too large.
	if nx.bytes > g.timeline.budget || nx.garbage > nx.bytes {
		return nil, errNoCatchUp
	}
	return nx, nil
}

// reread reads again, in v, the events changes touched: the events they
// name, and every event of an actor or a place whose name or kind as the
// index shows it changed. It returns the ids read (sorted) and the events
// found, with their starts as stored; an id with no event found is gone.
func (ix *timelineIndex) reread(ctx context.Context, v View, changes []Change) ([]string, []Event, []string, error) {
	want := map[string]bool{}
	actors, places := map[string]bool{}, map[string]bool{}
	for _, c := range changes {
		for _, id := range c.Events {
			want[id] = true
		}
		for _, id := range c.Actors {
			if _, ok := ix.actorNames[id]; ok {
				actors[id] = true
			}
			// A country is a place under its actor's name.
			if _, ok := ix.placeNames[id]; ok {
				places[id] = true
			}
		}
		for _, id := range c.Places {
			if _, ok := ix.placeNames[id]; ok {
				places[id] = true
			}
		}
	}
	read := map[string]*Event{}
	var order []string
	fetch := func(ids map[string]bool) error {
		if len(read)+len(ids) > maxCatchUpEvents {
			return errNoCatchUp
		}
		var todo []string
		for _, id := range slices.Sorted(maps.Keys(ids)) {
			if _, done := read[id]; !done {
				todo = append(todo, id)
				read[id] = nil
			}
		}
		if len(todo) == 0 {
			return nil
		}
		es, err := v.Events(ctx, EventFilter{IDs: todo}, 0)
		if err != nil {
			return err
		}
		order = append(order, todo...)
		for i := range es {
			if _, ok := read[es[i].ID]; ok {
				read[es[i].ID] = &es[i]
			}
		}
		return nil
	}
	if err := fetch(want); err != nil {
		return nil, nil, nil, err
	}
	// Each actor or place written is seen in one of its events: in one
	// read already, or in the first the index lists.
	probe := map[string]bool{}
	for a := range actors {
		if !ix.shownIn(read, a, false) {
			if pos, ok := ix.firstOfActor(a); ok {
				probe[ix.events[pos].id] = true
			}
		}
	}
	for p := range places {
		if !ix.shownIn(read, p, true) {
			if pos, ok := ix.firstAtPlace(p); ok {
				probe[ix.events[pos].id] = true
			}
		}
	}
	if err := fetch(probe); err != nil {
		return nil, nil, nil, err
	}
	// Every event of a renamed actor or place shows the new name.
	more := map[string]bool{}
	for a := range actors {
		if n, ok := shownBy(read, a, false); ok && n != ix.actorNames[a] {
			for _, l := range ix.byActor[a] {
				for _, pos := range l {
					more[ix.events[pos].id] = true
				}
			}
		}
	}
	renamed := map[string]bool{}
	for p := range places {
		if n, ok := shownBy(read, p, true); ok && n != ix.placeNames[p] {
			renamed[p] = true
		}
	}
	if len(renamed) > 0 {
		for _, e := range ix.events {
			if renamed[e.place] {
				more[e.id] = true
			}
		}
	}
	if err := fetch(more); err != nil {
		return nil, nil, nil, err
	}
	var fresh []Event
	var stored []string
	for _, id := range order {
		if e := read[id]; e != nil {
			fresh = append(fresh, *e)
			stored = append(stored, e.Date.Start)
		}
	}
	slices.Sort(order)
	return order, fresh, stored, nil
}

// shownIn says whether an event of read shows actor (or place) id.
func (ix *timelineIndex) shownIn(read map[string]*Event, id string, place bool) bool {
	_, ok := shownBy(read, id, place)
	return ok
}

// shownBy is the name and kind the events of read show actor (or place)
// id under.
func shownBy(read map[string]*Event, id string, place bool) (shownName, bool) {
	for _, e := range read {
		if e == nil {
			continue
		}
		if place {
			if e.Place != nil && e.Place.ID == id {
				return shownName{e.Place.Name, string(e.Place.Kind)}, true
			}
			continue
		}
		for _, p := range e.Participants {
			if p.ActorID == id {
				return shownName{p.Name, string(p.Kind)}, true
			}
		}
	}
	return shownName{}, false
}

// firstOfActor is the position of one event of actor a.
func (ix *timelineIndex) firstOfActor(a string) (int32, bool) {
	for _, l := range ix.byActor[a] {
		if len(l) > 0 {
			return l[0], true
		}
	}
	return 0, false
}

// firstAtPlace is the position of one event that took place at p.
func (ix *timelineIndex) firstAtPlace(p string) (int32, bool) {
	for pos, e := range ix.events {
		if e.place == p {
			return int32(pos), true
		}
	}
	return 0, false
}

// listed is an event to list in a caught-up index.
type listed struct {
	ie    indexedEvent
	keys  filterKeys
	start int32
}

// with returns a copy of ix at version in which the events ids name are
// replaced by fresh (read at version, stored their starts as stored); an
// id with no fresh event is gone. It leaves ix as it was: requests may be
// reading it. Positions shift, so every list is written again, but from
// the old one mapped to the new positions: no event is encoded or
// looked at again but those that changed.
func (ix *timelineIndex) with(version uint64, ids []string, fresh []Event, stored []string) (*timelineIndex, error) {
	nx := &timelineIndex{version: version, actorNames: maps.Clone(ix.actorNames), placeNames: maps.Clone(ix.placeNames),
		byType: map[EventType]spanLists{}, byActor: map[string]spanLists{}, garbage: ix.garbage}
	news := make([]listed, len(fresh))
	var buf bytes.Buffer
	for i := range fresh {
		b, err := encodeIndexed(&buf, &fresh[i])
		if err != nil {
			return nil, err
		}
		ie, k, start, err := nx.entry(&fresh[i], stored[i])
		if err != nil {
			return nil, err
		}
		ie.encoded = bytes.Clone(b)
		news[i] = listed{ie, k, start}
	}
	slices.SortFunc(news, func(a, b listed) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.ie.id, b.ie.id))
	})
	gone := make(map[string]bool, len(ids))
	for _, id := range ids {
		gone[id] = true
	}
	// The events in order, and where each old one went (-1: gone).
	n := len(ix.events) + len(news)
	nx.events, nx.starts, nx.keys = make([]indexedEvent, 0, n), make([]int32, 0, n), make([]filterKeys, 0, n)
	moved := make([]int32, len(ix.events))
	added := make([]int32, 0, len(news))
	put := func(ie indexedEvent, k filterKeys, start int32) int32 {
		nx.events = append(nx.events, ie)
		nx.starts = append(nx.starts, start)
		nx.keys = append(nx.keys, k)
		nx.bytes += int64(len(ie.encoded))
		return int32(len(nx.events) - 1)
	}
	j := 0
	for pos := range ix.events {
		old := &ix.events[pos]
		for ; j < len(news); j++ {
			before, ok := listsBefore(&news[j], ix.starts[pos], old.id)
			if !ok {
				return nil, errNoCatchUp
			}
			if !before {
				break
			}
			added = append(added, put(news[j].ie, news[j].keys, news[j].start))
		}
		if gone[old.id] {
			moved[pos] = -1
			if old.inArena {
				// Its chunk stays for the events beside it.
				nx.garbage += int64(len(old.encoded))
			}
			continue
		}
		moved[pos] = put(*old, ix.keys[pos], ix.starts[pos])
	}
	for ; j < len(news); j++ {
		added = append(added, put(news[j].ie, news[j].keys, news[j].start))
	}
	// The new events' positions by list, ascending as added is.
	allAdd := newSpanLists()
	typeAdd := map[EventType]spanLists{}
	actorAdd := map[string]spanLists{}
	for i, pos := range added {
		ie := &news[i].ie
		c := int(ie.class)
		allAdd.add(c, pos)
		listFor(typeAdd, news[i].keys.typ).add(c, pos)
		for _, a := range ie.actors {
			listFor(actorAdd, a).add(c, pos)
		}
	}
	nx.all = remapLists(ix.all, allAdd, moved)
	for typ, l := range ix.byType {
		nx.byType[typ] = remapLists(l, typeAdd[typ], moved)
	}
	for typ, l := range typeAdd {
		if _, ok := ix.byType[typ]; !ok {
			nx.byType[typ] = l
		}
	}
	for a, l := range ix.byActor {
		if r := remapLists(l, actorAdd[a], moved); !r.empty() {
			nx.byActor[a] = r
		}
	}
	for a, l := range actorAdd {
		if _, ok := ix.byActor[a]; !ok {
			nx.byActor[a] = l
		}
	}
	return nx, nil
}

// remapLists returns lists with each position moved as moved says (gone
// when -1) and add merged in; add's positions are new ones.
func remapLists(lists, add spanLists, moved []int32) spanLists {
	out := newSpanLists()
	for c := range out {
		var l, a []int32
		if c < len(lists) {
			l = lists[c]
		}
		if c < len(add) {
			a = add[c]
		}
		r := make([]int32, 0, len(l)+len(a))
		k := 0
		for _, p := range l {
			np := moved[p]
			if np < 0 {
				continue
			}
			for ; k < len(a) && a[k] < np; k++ {
				r = append(r, a[k])
			}
			r = append(r, np)
		}
		out[c] = append(r, a[k:]...)
	}
	return out
}

// empty says whether no list holds a position.
func (s spanLists) empty() bool {
	for _, l := range s {
		if len(l) > 0 {
			return false
		}
	}
	return true
}

// listsBefore says whether the timeline lists e before the event of
// start and id. Within a day the store orders ids by its collation: Go's
// order (code points) is SQLite's, and Neo4j's (UTF-16 units) for every
// id without characters from U+E000 up, so ok is false for those.
func listsBefore(e *listed, start int32, id string) (before, ok bool) {
	if e.start != start {
		return e.start < start, true
	}
	if !sameOrderEverywhere(e.ie.id) || !sameOrderEverywhere(id) {
		return false, false
	}
	return e.ie.id < id, true
}

// sameOrderEverywhere says whether s holds only characters below U+E000,
// whose order is the same in UTF-8 and UTF-16.
func sameOrderEverywhere(s string) bool {
	for i := 0; i < len(s); i++ {
		// 0xEE leads the UTF-8 of U+E000 to U+EFFF; above it come the
		// rest of the BMP and the supplementary planes.
		if s[i] >= 0xEE {
			return false
		}
	}
	return true
}

package graphtest

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/gen"
)

// testTimelineIndex checks that the timeline kept in memory answers every
// query with the bytes the store's answer encodes to, page after page; that
// the graph's own writes are listed in it as they commit, after which it
// still answers as the store does; and that a write it does not see makes
// it stand aside until it is built again. Over a
// backend that cannot say its version there is no index, and the timeline
// is the store's.
func testTimelineIndex(t *testing.T, b graph.Backend) {
	ctx := context.Background()
	g := graph.New(b).WithTimelineIndex(1<<30, nil)
	plain := graph.New(b)
	Seed(t, g)
	if _, ok := b.(graph.Versioner); !ok {
		if st := g.TimelineIndex(); st.Enabled {
			t.Fatalf("index status %+v over a backend without versions", st)
		}
		compareTimelines(t, g, plain, []graph.TimelineQuery{{}, {Limit: 3}})
		return
	}
	if _, err := g.UpsertArticle(ctx, datedFacts()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Config{Events: 80, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.Import(ctx, g, []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	// One pair meets more often than a page of who met whom shows.
	diary := newOutlet("summit-diary", "Test", "2024-05-20", graph.Curated, "Ames met Bell on day 1. Ames met Bell on day 2. Ames met Bell on day 3. Ames met Bell on day 4. Ames met Bell on day 5. Ames met Bell on day 6. Ames met Bell on day 7.")
	diary.actor("anna-ames", "Anna Ames", graph.Person, "Ames").actor("boris-bell", "Boris Bell", graph.Person, "Bell")
	for i := 1; i <= 7; i++ {
		diary.event(fmt.Sprintf("diary-meeting-%d", i), graph.Meeting, day(fmt.Sprintf("2024-05-%02d", 10-i)), "", fmt.Sprintf("met Bell on day %d", i), nil, "anna-ames", "participant", "boris-bell", "participant")
	}
	if _, err := g.UpsertArticle(ctx, diary.f); err != nil {
		t.Fatal(err)
	}
	if p := need(plain.MetPage(ctx, graph.MetQuery{Actor: "anna-ames"}))(t); len(p.Items) == 0 || p.Items[0].MeetingCount < 7 || len(p.Items[0].Meetings) != graph.MeetingsPerCounterpart {
		t.Fatalf("who met Anna Ames: %+v; want Boris Bell first, seven meetings or more, %d of them listed", p.Items, graph.MeetingsPerCounterpart)
	}
	built, err := g.BuildTimelineIndex(ctx)
	if err != nil || !built {
		t.Fatalf("BuildTimelineIndex = %v, %v; want the index of the store as it stands", built, err)
	}
	queries := timelineQueries(t, plain)
	before := g.TimelineIndex()
	compareTimelines(t, g, plain, queries)
	compareMet(t, g, plain)
	after := g.TimelineIndex()
	if after.Hits-before.Hits < int64(len(queries)) || after.Version != before.Version {
		t.Fatalf("index status %+v after %+v: want every query without a place answered from the index", after, before)
	}
	if after.Misses == before.Misses {
		t.Error("the place queries did not read the store")
	}

	// Writes through g: each is listed in the index as it commits, and
	// the index answers as the store does.
	late := func(name, placeName, country string, d string) *outlet {
		o := newOutlet("late-news", "Test", "2024-07-01", graph.Curated, "Anna Ames and Boris Bell met again in Kaunas. Ames spoke. Belarus watched.")
		return o.actor("anna-ames", name, graph.Person, "Anna Ames").
			actor("belarus", country, graph.Country, "Belarus").
			actor("boris-bell", "Boris Bell", graph.Person, "Boris Bell").
			place("kaunas", placeName, "", "Kaunas").
			event("late-meeting", graph.Meeting, day(d), "kaunas", "met again", nil, "anna-ames", "participant", "boris-bell", "participant").
			event("late-statement", graph.Statement, day(d), "", "Ames spoke", nil, "anna-ames", "speaker")
	}
	// Another article's events, at the same place and on a day of the
	// timeline's middle, so that renaming the place or the actor changes
	// events the renaming article does not state, and an event moved to
	// that day is listed among others.
	mid := need(plain.Timeline(ctx, graph.TimelineQuery{Limit: 40}))(t).Items[20].Date.Start
	second := newOutlet("later-news", "Other", "2024-07-03", graph.Extracted, "Ames and Bell met on Sunday. Bell marched in Kaunas.")
	second.actor("anna-ames", "Anna Ames", graph.Person, "Ames").
		actor("boris-bell", "Boris Bell", graph.Person, "Bell").
		place("kaunas", "Kaunas", "", "Kaunas").
		event("late-meeting", graph.Meeting, day("2024-06-30"), "", "met on Sunday", nil, "anna-ames", "participant", "boris-bell", "participant").
		event("kaunas-march", graph.Protest, day("2024-06-29"), "kaunas", "Bell marched", nil, "boris-bell", "protester")
	writes := []struct {
		name    string
		renames bool
		write   func() error
	}{
		{"a new article", false, func() error {
			_, err := g.UpsertArticle(ctx, late("Anna Ames", "Kaunas", "Belarus", "2024-06-30").f)
			return err
		}},
		{"a second source of its event", false, func() error { _, err := g.UpsertArticle(ctx, second.f); return err }},
		{"the article again, its actor, place and country renamed and its event moved", true, func() error {
			_, err := g.UpsertArticle(ctx, late("Anna Maria Ames", "Kovno", "Republic of Belarus", mid).f)
			return err
		}},
		{"the article removed", false, func() error { return g.Remove(ctx, []string{"late-news"}) }},
	}
	// However stale the index may answer, the graph's own writes are
	// seen at once: every query below is answered from the index caught
	// up with the write, none from the version before it.
	g.SetTimelineStaleness(time.Hour)
	for _, w := range writes {
		before := g.TimelineIndex()
		if err := w.write(); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		after := g.TimelineIndex()
		if after.CatchUps != before.CatchUps+1 || after.Version != before.Version+1 {
			t.Fatalf("%s: index status %+v after %+v; want the write listed in the index", w.name, after, before)
		}
		compareTimelines(t, g, plain, queries)
		compareTimelines(t, g, plain, []graph.TimelineQuery{{Actor: "boris-bell"}, {From: mid, To: mid}})
		compareMet(t, g, plain, "anna-ames", "boris-bell", "belarus")
		if w.renames {
			// The renames reach events the article does not state.
			march := need(plain.Timeline(ctx, graph.TimelineQuery{Actor: "boris-bell", From: "2024-06-29", To: "2024-06-29"}))(t)
			minsk := need(plain.Timeline(ctx, graph.TimelineQuery{Place: "belarus", Limit: 1}))(t)
			if len(march.Items) != 1 || march.Items[0].Place == nil || march.Items[0].Place.Name != "Kovno" ||
				len(minsk.Items) != 1 || !slices.ContainsFunc(minsk.Items[0].Participants, func(p graph.Participant) bool { return p.Name == "Republic of Belarus" }) &&
				(minsk.Items[0].Place == nil || minsk.Items[0].Place.Name != "Republic of Belarus") {
				t.Fatalf("%s: the store shows %+v and %+v; want the place and the country renamed in other articles' events", w.name, march.Items, minsk.Items)
			}
		}
		if now := g.TimelineIndex(); now.Hits-after.Hits < int64(len(queries)) || now.Builds != before.Builds {
			t.Fatalf("%s: index status %+v after %+v: want the queries answered from the index caught up", w.name, now, after)
		}
	}

	g.SetTimelineStaleness(0)

	// A write by another graph (another process) on the same store: the
	// index stands aside until it has caught up from the store's log of
	// changes, without a build.
	for _, other := range []struct {
		name   string
		writer *graph.Graph
		build  bool
	}{
		{"another graph's write", plain, false},
		// An eventgraph from before the log: the index is built again.
		{"a write that logs no change", graph.New(unlogged{b}), true},
	} {
		extra := newOutlet("late-news", "Test", "2024-07-01", graph.Curated, "Anna Ames and Boris Bell met again.")
		extra.actor("anna-ames", "Anna Ames", graph.Person, "Anna Ames").
			actor("boris-bell", "Boris Bell", graph.Person, "Boris Bell").
			event("late-meeting", graph.Meeting, day("2024-06-30"), "", "met again", nil, "anna-ames", "participant", "boris-bell", "participant")
		if other.build {
			extra.f.Article.ID = "late-news-2"
		}
		stale := g.TimelineIndex()
		if _, err := other.writer.UpsertArticle(ctx, extra.f); err != nil {
			t.Fatal(err)
		}
		page, err := g.TimelineEncoded(ctx, graph.TimelineQuery{Actor: "anna-ames", From: "2024-06-30"})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 1 || !bytes.Contains(page.Items[0], []byte(`"late-meeting"`)) {
			t.Fatalf("%s: the timeline gave %d events; want the new meeting", other.name, len(page.Items))
		}
		// With a log the request may wait for the catch-up and answer
		// from the index brought up to date; without one the index
		// cannot answer until it is built.
		if now := g.TimelineIndex(); other.build && now.Hits != stale.Hits {
			t.Errorf("%s: the index answered for a version of the store it did not hold", other.name)
		}
		if built, err := g.BuildTimelineIndex(ctx); err != nil || !built {
			t.Fatalf("%s: BuildTimelineIndex = %v, %v", other.name, built, err)
		}
		now := g.TimelineIndex()
		if got := now.Builds - stale.Builds; (got == 1) != other.build || now.CatchUps-stale.CatchUps != 1-got {
			t.Fatalf("%s: index status %+v after %+v; want a build %v", other.name, now, stale, other.build)
		}
		compareTimelines(t, g, plain, queries)
	}
}

// testEventsByIDs: a listing by ids (what a catch-up reads) gives those
// events, each as a listing by its one id gives it, in timeline order,
// and nothing for an id of no event.
func testEventsByIDs(t *testing.T, b graph.Backend) {
	ctx := context.Background()
	err := b.View(ctx, func(v graph.View) error {
		all, err := v.Events(ctx, graph.EventFilter{}, 0)
		if err != nil {
			return err
		}
		if len(all) < 4 {
			return fmt.Errorf("the seed has %d events", len(all))
		}
		want := []graph.Event{all[0], all[2], all[len(all)-1]}
		ids := []string{want[2].ID, "no-such-event", want[0].ID, want[1].ID}
		got, err := v.Events(ctx, graph.EventFilter{IDs: ids}, 0)
		if err != nil {
			return err
		}
		for i := range want {
			one, err := v.Events(ctx, graph.EventFilter{ID: want[i].ID}, 1)
			if err != nil || len(one) != 1 {
				return fmt.Errorf("event %s by its id: %d events, %v", want[i].ID, len(one), err)
			}
			want[i] = one[0]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("events by ids %v:\n%+v\nwant\n%+v", ids, got, want)
		}
		// With a place, those of them in the place or one inside it, as
		// a listing by each one's id in that place gives them (merge
		// asks so which candidates' places agree).
		allIDs := make([]string, len(all))
		for i, e := range all {
			allIDs[i] = e.ID
		}
		var inside []string
		for _, id := range allIDs {
			one, err := v.Events(ctx, graph.EventFilter{ID: id, Place: "belarus"}, 1)
			if err != nil {
				return err
			}
			if len(one) == 1 {
				inside = append(inside, id)
			}
		}
		placed, err := v.Events(ctx, graph.EventFilter{IDs: allIDs, Place: "belarus"}, 0)
		if err != nil {
			return err
		}
		var gotIDs []string
		for _, e := range placed {
			gotIDs = append(gotIDs, e.ID)
		}
		if len(inside) == 0 || len(inside) == len(allIDs) || !slices.Equal(gotIDs, inside) {
			t.Errorf("events by ids in belarus: %v, want %v (of %d events)", gotIDs, inside, len(allIDs))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// unlogged is a backend whose writes log no change, as an eventgraph from
// before the log of changes wrote.
type unlogged struct{ graph.Backend }

func (u unlogged) Update(ctx context.Context, fn func(graph.Tx) error) error {
	return u.Backend.Update(ctx, func(tx graph.Tx) error { return fn(struct{ graph.Tx }{tx}) })
}

// timelineQueries are queries of every kind the timeline takes: types,
// actors, ranges that begin before long events end, sources, limits and
// places, alone and together.
func timelineQueries(t *testing.T, s *graph.Graph) []graph.TimelineQuery {
	ctx := context.Background()
	qs := []graph.TimelineQuery{{}, {Limit: 1}, {Limit: 7}, {MinSources: 2}, {MinSources: 3, Limit: 4},
		{Place: "minsk"}, {Place: "belarus", Limit: 2}}
	for _, typ := range graph.EventTypes {
		qs = append(qs, graph.TimelineQuery{Type: string(typ), Limit: 5})
	}
	for _, r := range [][2]string{{"2020-01-01", "2020-01-01"}, {"2020-06-15", "2020-06-20"}, {"2020-12", "2020-12"},
		{"2021-02-10", ""}, {"", "2020-04-01"}, {"2021", "2021"}, {"2019", "2020-09"}, {"2022-05-01", "2022-05-31"}} {
		qs = append(qs, graph.TimelineQuery{From: r[0], To: r[1], Limit: 6},
			graph.TimelineQuery{From: r[0], To: r[1], Type: string(graph.Meeting), Limit: 4},
			graph.TimelineQuery{From: r[0], To: r[1], Actor: "anna-ames", Limit: 5})
	}
	actors, err := s.Actors(ctx, graph.ActorQuery{Limit: graph.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range actors.Items {
		if i%3 != 0 {
			continue
		}
		qs = append(qs, graph.TimelineQuery{Actor: a.ID, Limit: 4},
			graph.TimelineQuery{Actor: a.ID, Type: string(graph.Statement), Limit: 3},
			graph.TimelineQuery{Actor: a.ID, From: "2021", MinSources: 2})
	}
	return append(qs, graph.TimelineQuery{Actor: "no-such-actor"})
}

// compareTimelines walks every page of each query on both graphs and
// wants the same bytes and the same cursors.
func compareTimelines(t *testing.T, got, want *graph.Graph, queries []graph.TimelineQuery) {
	t.Helper()
	ctx := context.Background()
	for _, q := range queries {
		name := fmt.Sprintf("%+v", q)
		for pages := 0; ; pages++ {
			if pages > 1000 {
				t.Fatalf("%s: more than 1000 pages", name)
			}
			g, w := need(got.TimelineEncoded(ctx, q))(t), need(want.TimelineEncoded(ctx, q))(t)
			if g.Next != w.Next || len(g.Items) != len(w.Items) {
				t.Fatalf("%s, page %d: %d events and next %q; the store gives %d and %q", name, pages, len(g.Items), g.Next, len(w.Items), w.Next)
			}
			for i := range g.Items {
				if !bytes.Equal(g.Items[i], w.Items[i]) {
					t.Fatalf("%s, page %d, event %d:\n%s\nthe store's:\n%s", name, pages, i, g.Items[i], w.Items[i])
				}
			}
			// The same page as events: decoded from the index, read
			// from the store.
			ge, we := need(got.Timeline(ctx, q))(t), need(want.Timeline(ctx, q))(t)
			if !reflect.DeepEqual(ge, we) {
				t.Fatalf("%s, page %d: the events decoded from the index differ from the store's:\n%+v\n%+v", name, pages, ge, we)
			}
			if g.Next == "" {
				break
			}
			q.Cursor = g.Next
		}
	}
}

// compareMet checks that the actors' pages of who met whom (every
// actor's when none is given), in pages of several sizes, are the same
// from got, which keeps the timeline in memory, as from want, which reads
// the store.
func compareMet(t *testing.T, got, want *graph.Graph, actors ...string) {
	t.Helper()
	ctx := context.Background()
	for q, all := (graph.ActorQuery{Limit: 500}), len(actors) == 0; all; {
		p := need(want.Actors(ctx, q))(t)
		for _, a := range p.Items {
			actors = append(actors, a.ID)
		}
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	for _, a := range append(actors, "nobody-at-all") {
		for _, limit := range []int{2, 0} {
			q := graph.MetQuery{Actor: a, Limit: limit}
			for pages := 0; ; pages++ {
				if pages > 1000 {
					t.Fatalf("%+v: more than 1000 pages", q)
				}
				g, gerr := got.MetPage(ctx, q)
				w, werr := want.MetPage(ctx, q)
				if (gerr != nil) != (werr != nil) || gerr != nil && gerr.Error() != werr.Error() {
					t.Fatalf("%+v: error %v; the store gives %v", q, gerr, werr)
				}
				if !reflect.DeepEqual(g, w) {
					t.Fatalf("%+v, page %d:\n%+v\nthe store's:\n%+v", q, pages, g, w)
				}
				if g.Next == "" {
					break
				}
				q.Cursor = g.Next
			}
		}
	}
}

// CheckVersion checks a backend's version as seen through v: a read of
// read leaves it as it was, and a write through write (the seed article
// imported when write lacks it, removed when it holds it: one write
// transaction) raises it by one.
func CheckVersion(t *testing.T, v graph.Versioner, read, write *graph.Graph) {
	t.Helper()
	ctx := context.Background()
	v0, err := v.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := read.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if v1, _ := v.Version(ctx); v1 != v0 {
		t.Fatalf("a read moved the version from %d to %d", v0, v1)
	}
	if _, err = write.Article(ctx, SeedArticle); err == nil {
		err = write.Remove(ctx, []string{SeedArticle})
	} else {
		_, err = importer.Import(ctx, write, []string{SeedDir()}, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	if v1, _ := v.Version(ctx); v1 != v0+1 {
		t.Fatalf("the version went from %d to %d after one write; want one more", v0, v1)
	}
}

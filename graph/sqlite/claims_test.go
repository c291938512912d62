package sqlite_test

import (
	"cmp"
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
	"github.com/eventgraph/eventgraph/graph/sqlite"
)

// TestMigratesVersion2 opens a file of schema version 2, where one event
// is stated by two articles: each gets a claim row of the event as stored,
// the event its source count and first report, every actor its name keys.
func TestMigratesVersion2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v2.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(s)
	graphtest.Seed(t, g)
	g.Close(ctx)

	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	// A second, earlier, extracted article states the Sochi talks too,
	// with Lukashenko alone and no place: its claim must say just that.
	for _, q := range append(downTo2,
		`INSERT INTO articles (id, title, outlet, published, language, text, method)
			VALUES ('early', 'Early', 'Test', '2020-09-01', 'en', 'Talks.', 'extracted')`,
		`INSERT INTO statements (article_id, fact) VALUES ('early', 'event:`+graphtest.SochiTalks+`')`,
		`INSERT INTO statements (article_id, fact) VALUES ('early', 'part:`+graphtest.SochiTalks+`:`+graphtest.Lukashenko+`')`,
	) {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 2 file: %v", err)
	}
	defer s.Close(ctx)
	err = s.View(ctx, func(v graph.View) error {
		events, err := v.Events(ctx, graph.EventFilter{}, 0)
		if err != nil {
			return err
		}
		if len(events) == 0 {
			t.Fatal("no events after the migration")
		}
		for _, e := range events {
			var arts []graph.Article
			// By article id, as claims are.
			for _, id := range []string{graphtest.SeedArticle, "early"} {
				if id == "early" && e.ID != graphtest.SochiTalks {
					continue
				}
				a, _, err := v.Article(ctx, id)
				if err != nil {
					return err
				}
				arts = append(arts, a)
			}
			slices.SortFunc(e.Participants, func(a, b graph.Participant) int {
				return cmp.Or(cmp.Compare(a.ActorID, b.ActorID), cmp.Compare(a.Role, b.Role))
			})
			var want []string
			for _, a := range arts {
				mine := e
				if a.ID == "early" {
					mine.Place = nil
					mine.Participants = slices.DeleteFunc(slices.Clone(e.Participants), func(p graph.Participant) bool {
						return p.ActorID != graphtest.Lukashenko
					})
				}
				want = append(want, graph.ClaimData(mine, a))
			}
			if !slices.Equal(e.ClaimData, want) {
				t.Errorf("%s: claims\n%q\nwant\n%q", e.ID, e.ClaimData, want)
			}
			wantFirst := arts[len(arts)-1].Published // "early" when it states the event
			if e.SourceCount != len(arts) || e.FirstReported != wantFirst {
				t.Errorf("%s: %d sources, first reported %q; want %d, %q", e.ID, e.SourceCount, e.FirstReported, len(arts), wantFirst)
			}
		}
		stored, err := v.Stored(ctx, []string{graphtest.SochiTalks}, []string{graphtest.SeedArticle})
		if err != nil {
			return err
		}
		if n := stored[graphtest.SochiTalks]; len(n.Claims) != 2 || n.StatedElsewhere != "early" {
			t.Errorf("stored talks: %+v", n)
		}
		actors, err := v.Actors(ctx, graph.ActorFilter{}, 1000)
		if err != nil {
			return err
		}
		for _, a := range actors {
			keys := graph.ActorKeys(a)
			cands, err := v.Candidates(ctx, keys)
			if err != nil {
				return err
			}
			var found []string
			for _, c := range cands {
				if c.Actor.ID == a.ID {
					found = append(found, c.Key)
				}
			}
			if !slices.Equal(found, keys) {
				t.Errorf("%s is found under %q, want %q", a.ID, found, keys)
			}
		}
		merges, err := v.Merges(ctx, "", 0)
		if len(merges) != 0 {
			t.Errorf("merges after the migration: %+v", merges)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestApplyClaimsKeysAndRemoval applies plans as Graph builds them for
// two articles stating one event, then deletes one: claims, name keys,
// source counts, filters, merge records, Recomputed and Delete, checked
// on the backend alone.
func TestApplyClaimsKeysAndRemoval(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "apply.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	apply := func(p *graph.Plan) {
		t.Helper()
		if err := s.Update(ctx, func(tx graph.Tx) error { return tx.Apply(ctx, p) }); err != nil {
			t.Fatal(err)
		}
	}
	view := func(fn func(v graph.View) error) {
		t.Helper()
		if err := s.View(ctx, fn); err != nil {
			t.Fatal(err)
		}
	}
	article := func(id, published string) graph.Article {
		return graph.Article{ID: id, Title: id, Outlet: "Test", Published: published, Language: "en", Text: "Xi met Putin.", Method: graph.Curated}
	}
	actor := func(id, name string, keys ...string) graph.PlannedActor {
		return graph.PlannedActor{Actor: graph.Actor{ID: id, Name: name, Kind: graph.Person, Aliases: []string{}},
			SortName: graph.Fold(name), Search: graph.Fold(name), Keys: keys}
	}
	talks := func(place string, count int, first string, parts ...graph.Participant) graph.Event {
		return graph.Event{ID: "talks", Type: graph.Meeting, Title: "Talks", Date: graph.Date{Start: "2020-09-14", End: "2020-09-14", Precision: graph.Day},
			Place: &graph.PlaceRef{ID: place}, Participants: parts, SourceCount: count, FirstReported: first}
	}
	xi, putin, luka := graph.Participant{ActorID: "xi", Role: "host"}, graph.Participant{ActorID: "putin", Role: "visitor"},
		graph.Participant{ActorID: "luka", Role: "participant"}

	a := article("a", "2020-09-15")
	ea := talks("sochi", 1, "2020-09-15", putin, xi)
	apply(&graph.Plan{Article: a, Created: true, MergeData: `{"a":1}`,
		Actors: []graph.PlannedActor{actor("xi", "Xi", "Person:xi", "Person~xi"), actor("putin", "Putin", "Person:putin")},
		Places: []graph.SourcedPlace{{Place: graph.Place{ID: "sochi", Name: "Sochi", Kind: graph.City}}},
		Events: []graph.Event{ea}, Claims: []graph.ClaimRow{{Event: "talks", Article: "a", Data: graph.ClaimData(ea, a)}},
		Now: graph.Statements{Actors: []string{"putin", "xi"}, Places: []string{"sochi"}, Events: []string{"talks"},
			Parts: []graph.Part{{Event: "talks", Actor: "putin"}, {Event: "talks", Actor: "xi"}}, Occ: []graph.Occurrence{{Event: "talks", Place: "sochi"}}}})

	// b, published earlier, names a third participant and another place;
	// the event is the merge of both, and Xi's keys change.
	b := article("b", "2020-09-10")
	eb := talks("minsk", 2, "2020-09-10", luka, putin, xi)
	bNow := graph.Statements{Actors: []string{"luka", "putin", "xi"}, Places: []string{"minsk"}, Events: []string{"talks"},
		Parts: []graph.Part{{Event: "talks", Actor: "luka"}, {Event: "talks", Actor: "putin"}}, Occ: []graph.Occurrence{{Event: "talks", Place: "minsk"}}}
	apply(&graph.Plan{Article: b, Created: true, MergeData: `{"b":1}`,
		Actors: []graph.PlannedActor{actor("luka", "Lukashenko", "Person:lukasenko"), actor("putin", "Putin", "Person:putin"),
			actor("xi", "Xi Jinping", "Person:xi jinping", "Person~jinping")},
		Places: []graph.SourcedPlace{{Place: graph.Place{ID: "minsk", Name: "Minsk", Kind: graph.City}}},
		Events: []graph.Event{eb}, Claims: []graph.ClaimRow{{Event: "talks", Article: "b", Data: graph.ClaimData(eb, b)}},
		Now: bNow})

	view(func(v graph.View) error {
		st, err := v.Stored(ctx, []string{"talks"}, []string{"b"})
		if err != nil {
			return err
		}
		if n := st["talks"]; !slices.Equal(n.Claims, []string{graph.ClaimData(ea, a), graph.ClaimData(eb, b)}) || n.StatedElsewhere != "a" {
			t.Errorf("stored talks: %+v", n)
		}
		if es, err := v.Events(ctx, graph.EventFilter{ID: "talks"}, 1); err != nil || len(es) != 1 || es[0].Place == nil || es[0].Place.ID != "minsk" {
			t.Errorf("stored talks' place: %+v %v, want minsk", es, err)
		}
		for _, c := range []struct {
			f    graph.EventFilter
			want int
		}{
			{graph.EventFilter{MinSources: 2}, 1}, {graph.EventFilter{MinSources: 3}, 0},
			{graph.EventFilter{AsOf: day(t, "2020-09-09")}, 0}, {graph.EventFilter{AsOf: day(t, "2020-09-10")}, 1},
		} {
			es, err := v.Events(ctx, c.f, 0)
			if err != nil {
				return err
			}
			if len(es) != c.want {
				t.Errorf("%+v: %d events, want %d", c.f, len(es), c.want)
			}
		}
		es, err := v.Events(ctx, graph.EventFilter{ID: "talks"}, 0)
		if err != nil {
			return err
		}
		if e := es[0]; e.SourceCount != 2 || e.FirstReported != "2020-09-10" || len(e.Participants) != 3 ||
			!slices.Equal(e.ClaimData, []string{graph.ClaimData(ea, a), graph.ClaimData(eb, b)}) {
			t.Errorf("talks after b: %+v", e)
		}
		cands, err := v.Candidates(ctx, []string{"Person~xi", "Person:putin", "Person~jinping", "Person:nobody"})
		if err != nil {
			return err
		}
		if want := []graph.Candidate{{Key: "Person:putin", Actor: graph.Actor{ID: "putin", Name: "Putin", Kind: graph.Person, Aliases: []string{}}},
			{Key: "Person~jinping", Actor: graph.Actor{ID: "xi", Name: "Xi Jinping", Kind: graph.Person, Aliases: []string{}}}}; !slices.EqualFunc(cands, want, sameCandidate) {
			t.Errorf("candidates: %+v, want %+v", cands, want)
		}
		m, err := v.Merges(ctx, "", 0)
		if want := []graph.ArticleMerges{{Article: "a", Data: `{"a":1}`}, {Article: "b", Data: `{"b":1}`}}; !slices.Equal(m, want) {
			t.Errorf("merges: %+v, want %+v", m, want)
		}
		return err
	})

	// b is deleted: what only it stated goes, the event takes a's version
	// again (Putin's role recomputed), and nothing of b is left.
	recomputed := talks("sochi", 1, "2020-09-15", graph.Participant{ActorID: "putin", Role: "participant"}, xi)
	apply(&graph.Plan{Article: b, Withdrawn: bNow, Recomputed: []graph.Event{recomputed}, Delete: true})
	view(func(v graph.View) error {
		if _, ok, err := v.Article(ctx, "b"); ok || err != nil {
			t.Errorf("b after its deletion: %v, %v", ok, err)
		}
		es, err := v.Events(ctx, graph.EventFilter{ID: "talks"}, 0)
		if err != nil {
			return err
		}
		e := es[0]
		roles := map[string]string{}
		for _, p := range e.Participants {
			roles[p.ActorID] = p.Role
		}
		if e.SourceCount != 1 || e.FirstReported != "2020-09-15" || e.Place == nil || e.Place.ID != "sochi" ||
			len(roles) != 2 || roles["putin"] != "participant" || roles["xi"] != "host" ||
			!slices.Equal(e.ClaimData, []string{graph.ClaimData(ea, a)}) {
			t.Errorf("talks after b's deletion: %+v", e)
		}
		cands, err := v.Candidates(ctx, []string{"Person:lukasenko", "Person~jinping"})
		if err != nil {
			return err
		}
		if len(cands) != 1 || cands[0].Actor.ID != "xi" {
			t.Errorf("candidates after b's deletion: %+v", cands)
		}
		st, err := v.Stored(ctx, []string{"luka", "minsk", "xi", "putin", "sochi"}, nil)
		if err != nil {
			return err
		}
		if len(st) != 3 || st["xi"].StatedElsewhere != "a" {
			t.Errorf("stored after b's deletion: %+v", st)
		}
		m, err := v.Merges(ctx, "", 0)
		if len(m) != 1 || m[0].Article != "a" {
			t.Errorf("merges after b's deletion: %+v", m)
		}
		return err
	})
	if err := s.Update(ctx, func(tx graph.Tx) error {
		p, err := tx.Stated(ctx, "b")
		if p != nil {
			t.Errorf("b still states %+v", p)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var left int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM statements WHERE article_id = 'b') +
		(SELECT count(*) FROM sources WHERE article_id = 'b') + (SELECT count(*) FROM claims WHERE article_id = 'b') +
		(SELECT count(*) FROM actor_keys WHERE actor_id = 'luka')`).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d rows of b left (%v)", left, err)
	}
}

func sameCandidate(a, b graph.Candidate) bool {
	return a.Key == b.Key && a.Actor.ID == b.Actor.ID && a.Actor.Name == b.Actor.Name && a.Actor.Kind == b.Actor.Kind &&
		slices.Equal(a.Actor.Aliases, b.Actor.Aliases)
}

func day(t *testing.T, s string) graph.CalendarDay {
	t.Helper()
	d, err := graph.NewCalendarDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

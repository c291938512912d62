package neo4j

import (
	"cmp"
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
)

// toOldModel turns the graph into what an earlier version of this package
// wrote. The previous model had no claims, sourceCount, firstReported,
// merges, name keys, span classes, copies of ids and dates on
// participations, MET counts or statements (actors, places and relations
// listed their articles, relations their quotes in four parallel lists);
// an event's place statements were the parallel
// lists placeArticles and placeIds (taken here from the articles'
// statedOcc) and its OCCURRED_IN listed the articles naming that place.
// The oldest model (oldest set) had besides no fingerprints, methods,
// statedParts, statedOcc or placeIds: placeArticles listed the articles
// that state the event's current place.
func toOldModel(t *testing.T, s *Store, oldest bool) {
	t.Helper()
	type claim struct{ article, place string }
	claims := map[string][]claim{}
	for _, r := range cypher(t, s, `MATCH (a:Article) RETURN a.id, a.statedOcc ORDER BY a.id`, nil) {
		for _, k := range strs(r.Values[1]) {
			if p, ok := decodeKey(k, 2); ok {
				claims[p[0]] = append(claims[p[0]], claim{str(r.Values[0]), p[1]})
			}
		}
	}
	var rows []row
	for _, r := range cypher(t, s, `MATCH (e:Event) RETURN e.id, head(COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN p.id })`, nil) {
		id, current := str(r.Values[0]), str(r.Values[1])
		arts, places, atCurrent := []string{}, []string{}, []string{}
		for _, c := range claims[id] {
			arts, places = append(arts, c.article), append(places, c.place)
			if c.place == current {
				atCurrent = append(atCurrent, c.article)
			}
		}
		r := row{"id": id, "articles": arts, "places": places, "occ": atCurrent}
		if oldest {
			r["articles"], r["places"] = atCurrent, nil // no placeIds at all, not an empty list
		}
		rows = append(rows, r)
	}
	cypher(t, s, `UNWIND $rows AS row
		MATCH (e:Event {id: row.id})
		SET e.placeArticles = row.articles, e.placeIds = row.places
		REMOVE e.claimArticles, e.claims, e.sourceCount, e.firstReported
		WITH e, row
		CALL (e, row) { MATCH (e)-[o:OCCURRED_IN]->() SET o.articles = row.occ }`, row{"rows": rows})
	removeSpans(t, s)
	cypher(t, s, `MATCH (a:Article) REMOVE a.merges`, nil)
	cypher(t, s, `MATCH (k:ActorKey) DELETE k`, nil)
	cypher(t, s, `MATCH ()-[m:MET]->() DELETE m`, nil)
	cypher(t, s, `MATCH (a:Actor) REMOVE a.metKept`, nil)
	cypher(t, s, `MATCH (n) WHERE n:Actor OR n:Place
		SET n.articles = COLLECT { MATCH (x:Stated) WHERE x.fact = n.id AND x.article IS NOT NULL RETURN x.article }`, nil)
	cypher(t, s, `MATCH ()-[r:`+relTypes+`]->()
		CALL (r) {
			MATCH (x:Stated) WHERE x.fact = r.fact AND x.article IS NOT NULL
			WITH x ORDER BY x.article
			WITH collect(x) AS xs
			RETURN [x IN xs | x.article] AS arts,
				reduce(l = [], x IN xs | l + [q IN x.quotes | x.article]) AS qa,
				reduce(l = [], x IN xs | l + x.quotes) AS qs,
				reduce(l = [], x IN xs | l + x.starts) AS qst,
				reduce(l = [], x IN xs | l + x.ends) AS qe
		}
		SET r.articles = arts, r.quoteArticles = qa, r.quotes = qs, r.quoteStarts = qst, r.quoteEnds = qe
		REMOVE r.fact`, nil)
	cypher(t, s, `MATCH (x:Stated) DELETE x`, nil)
	if oldest {
		cypher(t, s, `MATCH (a:Article) REMOVE a.fingerprint, a.method, a.extractor, a.statedParts, a.statedOcc`, nil)
	}
}

// stated reads what an article stated, in a transaction that writes
// nothing.
func stated(t *testing.T, s *Store, article string) *graph.Prior {
	t.Helper()
	var p *graph.Prior
	errDone := errors.New("done")
	err := s.Update(context.Background(), func(tx graph.Tx) error {
		var err error
		if p, err = tx.Stated(context.Background(), article); err != nil {
			return err
		}
		return errDone
	})
	if !errors.Is(err, errDone) {
		t.Fatal(err)
	}
	if p != nil {
		slices.SortFunc(p.Parts, func(a, b graph.Part) int { return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(a.Actor, b.Actor)) })
		slices.SortFunc(p.Occ, func(a, b graph.Occurrence) int { return cmp.Compare(a.Event, b.Event) })
	}
	return p
}

// migrated runs the migration Open runs, on a database that does not say
// it was migrated, as an old one does not.
func migrated(t *testing.T, s *Store) {
	t.Helper()
	cypher(t, s, `MATCH (g:GraphLock) REMOVE g.model`, nil)
	if err := s.migrate(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
}

// TestOldModelMigrates migrates databases earlier versions wrote: what
// their articles stated is derived from the graph, events get the claims
// importing their articles now would write, actors their name keys, and
// further imports give the answers the SQLite backend gives. Two articles
// state the seed's facts; in the previous model, which kept every
// article's place statement and participations, one of them moves the
// Sochi talks to Minsk and drops a participant, so that claims disagree. The oldest model kept
// only who states the current place, so there they agree.
func TestOldModelMigrates(t *testing.T) {
	for _, c := range []struct {
		name   string
		oldest bool
	}{{"Previous", false}, {"Oldest", true}} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			p := openPair(t)
			a, b := flipVersions(t)
			other := clone(t, b)
			if c.oldest {
				other = clone(t, a)
			}
			// The old models kept one title per event: a claim can only
			// differ in place and participants.
			for i := range other.Events {
				other.Events[i].Title = a.Events[i].Title
			}
			// Claims keep the participants in the order the article gave
			// them, which a migration cannot know; it writes them by
			// actor id.
			for _, f := range []*graph.ArticleFacts{a, b, other} {
				for i := range f.Events {
					slices.SortFunc(f.Events[i].Participants, func(x, y graph.Participant) int { return cmp.Compare(x.ActorID, y.ActorID) })
				}
			}
			other.Article.ID, other.Article.Published = "other", "2020-09-16"
			p.upsert(t, a)
			p.upsert(t, other)
			before := snapshot(t, p.store)
			want := map[string]*graph.Prior{}
			for _, id := range []string{a.Article.ID, "other"} {
				want[id] = stated(t, p.store, id)
			}

			toOldModel(t, p.store, c.oldest)
			migrated(t, p.store)
			for id, w := range want {
				got := stated(t, p.store, id)
				if c.oldest && got.Fingerprint != "" {
					t.Errorf("fingerprint of an old article = %q, want none", got.Fingerprint)
				}
				got.Fingerprint = w.Fingerprint
				if !reflect.DeepEqual(got, w) {
					t.Errorf("what old article %s stated:\n%s", id, jsonDiff(w, got))
				}
			}
			checkNameKeys(t, p.store)
			compareAll(t, p, false)
			migratedOnce := snapshot(t, p.store)
			if !c.oldest && !reflect.DeepEqual(before, migratedOnce) {
				t.Errorf("migrating left another graph than importing anew:\n%s", diffLines(before, migratedOnce))
			}
			migrated(t, p.store)
			if again := snapshot(t, p.store); !reflect.DeepEqual(migratedOnce, again) {
				t.Errorf("migrating twice changed the graph:\n%s", diffLines(migratedOnce, again))
			}

			// The same facts again: an oldest article has no fingerprint,
			// so its facts are written; either way the graph is the one
			// importing them anew makes.
			for _, f := range []*graph.ArticleFacts{a, other} {
				if _, err := p.n4.UpsertArticle(ctx, f); err != nil {
					t.Fatalf("re-import of an old article: %v", err)
				}
			}
			if after := snapshot(t, p.store); !reflect.DeepEqual(before, after) {
				t.Errorf("re-importing old articles left another graph than importing them new:\n%s", diffLines(before, after))
			}

			toOldModel(t, p.store, c.oldest)
			migrated(t, p.store)
			for _, f := range []*graph.ArticleFacts{b, {Article: graph.Article{ID: "other", Title: "Emptied", Outlet: "Test",
				Published: "2020-09-20", Language: "en", Text: "Nothing."}}} {
				r1, err1 := p.sq.UpsertArticle(ctx, f)
				r2, err2 := p.n4.UpsertArticle(ctx, f)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(r1, r2) {
					t.Fatalf("import %s: sqlite %+v %v, neo4j %+v %v", f.Article.ID, r1, err1, r2, err2)
				}
				compareAll(t, p, false)
			}
		})
	}
}

// removeSpans removes what the date indexes read, as a database written
// before them lacks it: events' span classes and the copies on their
// participations.
func removeSpans(t testing.TB, s *Store) {
	t.Helper()
	cypher(t, s, `MATCH (e:Event) REMOVE e.span`, nil)
	cypher(t, s, `MATCH ()-[r:PARTICIPATED_IN]->() REMOVE r.actor, r.event, r.type, r.date, r.dateEnd, r.span`, nil)
}

// checkSpans checks what the date indexes read: every event's span is
// graph.SpanClass of its dates, and every participation carries its
// actor's and event's ids and the event's type, dates and span class.
func checkSpans(t testing.TB, s *Store) {
	t.Helper()
	for _, r := range cypher(t, s, `MATCH (e:Event) RETURN e.id, e.date, e.dateEnd, e.span`, nil) {
		v := r.Values
		if want := int64(graph.SpanClass(day(v[1]), day(v[2]))); v[3] != want {
			t.Errorf("event %s from %s to %s has span %v, want %d", str(v[0]), day(v[1]), day(v[2]), v[3], want)
		}
	}
	for _, r := range cypher(t, s, `MATCH (a)-[r:PARTICIPATED_IN]->(e)
		WHERE NOT coalesce(r.actor = a.id AND r.event = e.id AND r.type = e.type AND r.date = e.date AND r.dateEnd = e.dateEnd AND r.span = e.span, false)
		RETURN a.id, e.id, [r.actor, r.event, r.type, r.date, r.dateEnd, r.span], [e.type, e.date, e.dateEnd, e.span]`, nil) {
		v := r.Values
		t.Errorf("participation of %s in %s carries %v, its ends %v", str(v[0]), str(v[1]), v[2], v[3])
	}
}

// TestSpansMigrate migrates a database written before the date indexes,
// larger than one batch: every event gets its span class and every
// participation its copies.
func TestSpansMigrate(t *testing.T) {
	migratesAsWritten(t, removeSpans, `MATCH (e:Event) WHERE e.span IS NULL RETURN count(e)`)
}

// TestPartTypesMigrate migrates a database of model 7, whose
// participations lack their event's type, larger than one batch: every
// participation gets it.
func TestPartTypesMigrate(t *testing.T) {
	migratesAsWritten(t, func(t testing.TB, s *Store) {
		cypher(t, s, `MATCH ()-[r:PARTICIPATED_IN]->() REMOVE r.type`, nil)
	}, `MATCH (e:Event) WHERE EXISTS { MATCH ()-[r:PARTICIPATED_IN]->(e) WHERE r.type IS NULL } RETURN count(e)`)
}

// migratesAsWritten writes a database of more than one migration batch,
// strips what a migration step derives, and checks that migrating gives
// back the graph this version writes and that migrating again changes
// nothing; pending counts the events the step has to migrate.
func migratesAsWritten(t *testing.T, strip func(testing.TB, *Store), pending string) {
	s := openStore(t)
	defer s.Close(context.Background())
	fillForPlans(t, s)
	// The other steps give the graph what an import adds besides (claims,
	// name keys).
	migrated(t, s)
	checkSpans(t, s)
	before := snapshot(t, s)
	strip(t, s)
	if n := cypher(t, s, pending, nil)[0].Values[0].(int64); n <= migrateBatch {
		t.Fatalf("%d events to migrate, want more than one batch of %d", n, migrateBatch)
	}
	migrated(t, s)
	checkSpans(t, s)
	after := snapshot(t, s)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("migrating left another graph than writing it anew:\n%s", diffLines(before, after))
	}
	migrated(t, s)
	if again := snapshot(t, s); !reflect.DeepEqual(after, again) {
		t.Errorf("migrating twice changed the graph:\n%s", diffLines(after, again))
	}
}

// TestMigratedOnce checks that a database records the model it was
// migrated to, and that Open, finding it, does not look again: events
// without span classes stay so until the record is gone.
func TestMigratedOnce(t *testing.T) {
	ctx := context.Background()
	g, s := openGraph(t) // which empties the database Open migrated
	graphtest.Seed(t, g)
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var models []any
	for _, r := range cypher(t, s, `MATCH (g:GraphLock) RETURN g.model`, nil) {
		models = append(models, r.Values...)
	}
	if len(models) != 1 || models[0] != int64(modelVersion) {
		t.Fatalf("graph lock records models %v, want [%d]", models, modelVersion)
	}
	removeSpans(t, s)
	unspanned := `MATCH (e:Event) WHERE e.span IS NULL RETURN count(e)`
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if n := cypher(t, s, unspanned, nil)[0].Values[0].(int64); n == 0 {
		t.Fatal("a database recorded as migrated was migrated again")
	}
	migrated(t, s)
	if n := cypher(t, s, unspanned, nil)[0].Values[0].(int64); n != 0 {
		t.Errorf("%d events without span classes after migrating", n)
	}
}

// TestPersonKeysMigrate: people keyed before model 7 get the keys of their
// surnames' skeletons, those keyed since keep theirs.
func TestPersonKeysMigrate(t *testing.T) {
	g, s := openGraph(t)
	graphtest.Seed(t, g)
	skeletons := `MATCH (k:ActorKey) WHERE k.key STARTS WITH 'Person#' RETURN count(k)`
	want := cypher(t, s, skeletons, nil)[0].Values[0].(int64)
	if want == 0 {
		t.Fatal("the seed's people have no skeleton keys")
	}
	cypher(t, s, `MATCH (k:ActorKey) WHERE k.key STARTS WITH 'Person#' DELETE k`, nil)
	migrated(t, s)
	if got := cypher(t, s, skeletons, nil)[0].Values[0].(int64); got != want {
		t.Errorf("%d skeleton keys after migrating, want %d", got, want)
	}
}

// TestQuoteCopiesMigrate migrates a database of model 8, whose quotes
// lack the copies the quotes index reads, of more than one batch of
// articles: every quote gets them, as writing it now gives them.
func TestQuoteCopiesMigrate(t *testing.T) {
	s := openStore(t)
	defer s.Close(context.Background())
	fillQuotes(t, s, migrateBatch+20)
	migrated(t, s)
	before := snapshot(t, s)
	cypher(t, s, `MATCH ()-[m:MENTIONS]->() REMOVE m.article, m.target, m.rank`, nil)
	migrated(t, s)
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("migrating left other quotes than writing them anew:\n%s", diffLines(before, after))
	}
	if n := cypher(t, s, `MATCH (art:Article)-[m:MENTIONS]->(n) WHERE NOT coalesce(m.article = art.id AND m.target = n.id AND m.rank IN [0, 1], false) RETURN count(m)`, nil)[0].Values[0].(int64); n != 0 {
		t.Errorf("%d quotes lack their copies after migrating", n)
	}
}

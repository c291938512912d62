package neo4j

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
)

var printPlans = flag.Bool("plans", false, "print the query plans TestQueryPlans checks (for BENCHMARKS.md)")

// TestQueryPlans checks that every kind of event listing reads bounded
// index ranges, in the order it lists events, so that a query's cost
// follows its answer, not the store: no plan scans all nodes, the nodes of
// a label or the relationships of a type; an index is scanned whole only
// by the timeline walk that stops at the page's LIMIT; no index range is
// read out of order and then sorted, nor dates read from the first on
// (but for the last span class, which has no bound); and no plan expands
// an actor's participations, which for the busiest actor are a tenth of
// the store. Each arm of a listing names its index in a hint, so that
// the plans hardly depend on the planner's statistics; the store holds a
// graph of the shape the importer writes all the same, so that what the
// planner still chooses (filters, the merge of the arms) it chooses as
// for a real store. -plans prints the plans, with the rows each operator
// produced on that graph.
func TestQueryPlans(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	defer s.Close(ctx)
	fillForPlans(t, s)
	// Actor a is stated by 500 more articles, as a hub is.
	cypher(t, s, `UNWIND range(1000, 1499) AS i MERGE (:Stated {fact: 'a', article: 'art-' + toString(i)})`, nil)
	err := s.View(ctx, func(v graph.View) error {
		r := v.(*reader)
		for _, c := range graphtest.PlanCases() {
			q, params := eventQuery(c.Filter, 51)
			plan, err := profile(ctx, r, q, params)
			if err != nil {
				return fmt.Errorf("%s: %w", c.Name, err)
			}
			var text strings.Builder
			printPlan(&text, plan, 0)
			if *printPlans {
				fmt.Fprintf(os.Stdout, "-- %s\n%s\n", c.Name, text.String())
			}
			for _, problem := range planProblems(plan, nil, !c.Filter.From.IsZero()) {
				t.Errorf("%s: %s\n%s", c.Name, problem, text.String())
			}
			// A type without an actor is read from that type's indexes
			// only, not every type's span class windows.
			if c.Filter.Type != "" && len(c.Filter.Actors) == 0 && c.Filter.ID == "" && c.Filter.Place == "" {
				walkPlan(plan, func(p neo4jdrv.ProfiledPlan) {
					if d := details(p); strings.HasPrefix(operator(p), "NodeIndexSeek") && strings.Contains(d, "e:Event(") && !strings.Contains(d, "e:Event(type") {
						t.Errorf("%s reads events of every type: %s\n%s", c.Name, d, text.String())
					}
				})
			}
		}
		// A hub's latest participations, as paths and networks read
		// them: along the index, in order, up to the cap.
		plan, err := profile(ctx, r, qActorPartsCapped, map[string]any{"ids": []string{"a"}, "limit": 51})
		if err != nil {
			return fmt.Errorf("participations of an actor: %w", err)
		}
		var text strings.Builder
		printPlan(&text, plan, 0)
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- latest participations of an actor\n%s\n", text.String())
		}
		for _, problem := range planProblems(plan, nil, false) {
			t.Errorf("latest participations of an actor: %s\n%s", problem, text.String())
		}
		// The edges among a network's nodes, and those of its events,
		// are found from the events, never by expanding an actor's
		// participations.
		for name, q := range map[string]string{"edges among nodes": qEdgesAmong, "edges of events": qEdgesRest} {
			plan, err := profile(ctx, r, q, map[string]any{"ids": []string{"a", "ev-00000", "ev-00010"}})
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			var text strings.Builder
			printPlan(&text, plan, 0)
			if *printPlans {
				fmt.Fprintf(os.Stdout, "-- %s\n%s\n", name, text.String())
			}
			for _, problem := range planProblems(plan, nil, false) {
				t.Errorf("%s: %s\n%s", name, problem, text.String())
			}
		}
		walkPlan(plan, func(p neo4jdrv.ProfiledPlan) {
			if strings.Contains(operator(p), "IndexSeek") && p.Records() > 52 {
				t.Errorf("latest participations of an actor: the seek read %d rows for a cap of 51\n%s", p.Records(), text.String())
			}
		})
		// A page of counterparts' meetings: each pair's along the rarer
		// actor's (actor, date, event) index, in order, up to the limit.
		plan, err = profile(ctx, r, qMeetingsWith, map[string]any{"pairs": [][]string{{"b", "a", "a"}, {"c", "d", "d"}},
			"limit": 6, "meeting": string(graph.Meeting)})
		if err != nil {
			return fmt.Errorf("meetings with counterparts: %w", err)
		}
		text.Reset()
		printPlan(&text, plan, 0)
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- meetings with counterparts\n%s\n", text.String())
		}
		for _, problem := range planProblems(plan, nil, false) {
			t.Errorf("meetings with counterparts: %s\n%s", problem, text.String())
		}
		// Which other article states a hub is read along the statements'
		// index up to the first not excepted, not all 500 read and sorted
		// (the subquery's own operators are not in the profile; its
		// database hits are).
		plan, err = profile(ctx, r, qStored, map[string]any{"ids": []string{"a"}, "except": []string{"art-1000", "art-1001"}})
		if err != nil {
			return fmt.Errorf("stored nodes: %w", err)
		}
		hits := int64(0)
		walkPlan(plan, func(p neo4jdrv.ProfiledPlan) { hits += p.DbHits() })
		if hits > 50 {
			text.Reset()
			printPlan(&text, plan, 0)
			t.Errorf("reading a hub's first other statement took %d database hits; it reads all its statements\n%s", hits, text.String())
		}
		stored, err := r.Stored(ctx, []string{"a"}, []string{"art-1000", "art-1001"})
		if err != nil {
			return err
		}
		if got := stored["a"].StatedElsewhere; got != "art-1002" {
			t.Errorf("first article stating a but the excepted = %q, want art-1002", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// profile runs a query under PROFILE and returns its plan, with the
// rows each operator produced. EXPLAIN would not run it, but in driver
// v5.28.4 Plan.Children (unlike ProfiledPlan.Children) takes the address
// of its loop variable under Go 1.18 semantics, so every child of an
// operator comes back as its last one.
func profile(ctx context.Context, r *reader, cypher string, params map[string]any) (neo4jdrv.ProfiledPlan, error) {
	res, err := r.tx.Run(ctx, "PROFILE "+cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	if sum.Profile() == nil {
		return nil, fmt.Errorf("no plan")
	}
	return sum.Profile(), nil
}

// walkPlan calls fn on every operator of a plan.
func walkPlan(p neo4jdrv.ProfiledPlan, fn func(neo4jdrv.ProfiledPlan)) {
	fn(p)
	for _, c := range p.Children() {
		walkPlan(c, fn)
	}
}

// operator is the name of a plan's operator without its runtime suffix
// ("Expand(All)@neo4j").
func operator(p neo4jdrv.ProfiledPlan) string {
	op, _, _ := strings.Cut(p.Operator(), "@")
	return op
}

func details(p neo4jdrv.ProfiledPlan) string {
	d, _ := p.Arguments()["Details"].(string)
	return d
}

// printPlan writes one line per operator with the rows it produced,
// children indented; the projections of the event's columns are cut
// short.
func printPlan(w *strings.Builder, p neo4jdrv.ProfiledPlan, depth int) {
	d := details(p)
	if len(d) > 160 {
		d = d[:160] + "…"
	}
	fmt.Fprintf(w, "%s%s %s (rows %d)\n", strings.Repeat("  ", depth), operator(p), d, p.Records())
	for _, c := range p.Children() {
		printPlan(w, c, depth+1)
	}
}

// fromActor matches an expansion that starts at an actor: the
// participations going out of the node it has.
var fromActor = regexp.MustCompile(`\)-\[[^\]]*:PARTICIPATED_IN[^\]]*\]->\(`)

// upTo and from match an upper and a lower bound (or an equality) on
// the date in the details of an index seek.
var (
	upTo = regexp.MustCompile(`\bdate <`)
	from = regexp.MustCompile(`\bdate (>|=)`)
)

// planProblems lists what reads more than the answer in plan p, whose
// ancestors (nearest last) are given, for a listing over a date range
// when ranged is set.
func planProblems(p neo4jdrv.ProfiledPlan, ancestors []string, ranged bool) []string {
	op, d := operator(p), details(p)
	var out []string
	// nearest is the closest ancestor that is more than a filter or
	// projection of the rows.
	nearest := ""
	for _, a := range slices.Backward(ancestors) {
		if !slices.Contains([]string{"Filter", "Projection", "CacheProperties", "SemiApply", "AntiSemiApply"}, a) {
			nearest = a
			break
		}
	}
	switch {
	case op == "AllNodesScan", strings.Contains(op, "ByLabelScan"), strings.Contains(op, "ByLabelsScan"):
		out = append(out, "scans nodes by label: "+op+" "+d)
	case strings.Contains(op, "AllRelationshipsScan"), strings.HasSuffix(op, "RelationshipTypeScan"):
		out = append(out, "scans relationships: "+op+" "+d)
	case strings.Contains(op, "Expand(All)") && fromActor.MatchString(d):
		out = append(out, "expands an actor's participations: "+op+" "+d)
	case strings.HasSuffix(op, "IndexScan") && nearest != "Limit":
		out = append(out, "scans an index beyond the page: "+op+" "+d+" under "+nearest)
	case strings.Contains(op, "IndexSeek") && !strings.Contains(op, "Unique") &&
		slices.Contains([]string{"Sort", "Top", "PartialSort", "PartialTop"}, nearest):
		out = append(out, "sorts an index range instead of reading it in order: "+op+" "+d+" under "+nearest)
	case ranged && strings.Contains(op, "IndexSeek") && upTo.MatchString(d) && !from.MatchString(d) && !strings.Contains(d, "span = "):
		// Of a date range only the last span class, whose events may
		// start any time before the range, is read from its first entry.
		out = append(out, "reads dates from the first on: "+op+" "+d)
	}
	for _, c := range p.Children() {
		out = append(out, planProblems(c, append(ancestors, op), ranged)...)
	}
	return out
}

// fillForPlans writes a graph of the shape the importer writes, through
// the store's own statements: events of every span class over two years,
// ten actors, the first of them in every tenth event, places in a
// country.
func fillForPlans(t *testing.T, s *Store) {
	t.Helper()
	const events = 4000
	var parts []graph.Participant
	for _, a := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"} {
		parts = append(parts, graph.Participant{ActorID: a})
	}
	var rows, partRows []row
	spans := []int{0, 0, 0, 1, 3, 10, 40, 100, 400}
	first := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	for i := range events {
		d := first.AddDate(0, 0, (i*7)%730)
		start, end := graph.FormatDay(d), graph.FormatDay(d.AddDate(0, 0, spans[i%len(spans)]))
		e := graph.Event{ID: fmt.Sprintf("ev-%05d", i), Type: graph.EventTypes[i%len(graph.EventTypes)], Title: "Event",
			Date: graph.Date{Start: start, End: end, Precision: graph.Day}, SourceCount: 1 + i%3, FirstReported: start}
		r := eventRows([]graph.Event{e})[0]
		r["place"] = []string{"p", "q"}[i%2]
		rows = append(rows, r)
		for j, p := range []graph.Participant{parts[1+i%9], parts[1+(i/9)%9]} {
			if j == 1 && p == parts[1+i%9] {
				continue
			}
			partRows = append(partRows, row{"event": e.ID, "actor": p.ActorID, "role": "participant", "stated": true})
		}
		if i%10 == 0 {
			partRows = append(partRows, row{"event": e.ID, "actor": "a", "role": "participant", "stated": true})
		}
	}
	var actors []row
	for _, p := range parts {
		actors = append(actors, row{"id": p.ActorID, "name": "Actor " + p.ActorID, "kind": string(graph.Person),
			"aliases": []string{}, "description": nil, "sortName": p.ActorID, "search": p.ActorID, "keys": []string{}})
	}
	actors = append(actors, row{"id": "land", "name": "Land", "kind": string(graph.Country),
		"aliases": []string{}, "description": nil, "sortName": "land", "search": "land", "keys": []string{}})
	places := []row{{"id": "p", "name": "P", "kind": string(graph.City)}, {"id": "q", "name": "Q", "kind": string(graph.City)}}
	err := s.Update(context.Background(), func(tx graph.Tx) error {
		w := tx.(*writer)
		for _, st := range []statement{
			{op: "actors", cypher: qActors, rows: actors},
			{op: "places", cypher: qPlaces, rows: places},
			{op: "events", cypher: qEvents, rows: rows},
			{op: "participations", cypher: qParts, rows: partRows},
			{op: "located", cypher: qRelations[graph.LocatedIn], rows: relationRows([]graph.Relation{
				{Type: graph.LocatedIn, From: "p", To: "land"}, {Type: graph.LocatedIn, From: "q", To: "land"}})[graph.LocatedIn]},
		} {
			if err := w.exec(context.Background(), "plans", st); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fillQuotes writes, through the store's own statements, articles
// art-q0001… that quote actor a three times each and actor b once, every
// third of them extracted and every fifth stored before methods were
// recorded (no method: curated), so that a's quotes sort across ranks.
func fillQuotes(t *testing.T, s *Store, articles int) {
	t.Helper()
	ctx := context.Background()
	err := s.Update(ctx, func(tx graph.Tx) error {
		w := tx.(*writer)
		for i := range articles {
			method := graph.Curated
			if i%3 == 0 {
				method = graph.Extracted
			}
			// Later articles have lower ids, so that the order written is
			// not the order read.
			id := fmt.Sprintf("art-q%04d", articles-i)
			p := &graph.Plan{Article: graph.Article{ID: id, Title: "T", Outlet: "O", Published: "2020-09-14", Language: "en", Method: method}}
			quotes := []row{
				{"id": "a", "quote": "a said", "start": int64(40), "end": int64(46)},
				{"id": "a", "quote": "A", "start": int64(2), "end": int64(3)},
				{"id": "b", "quote": "B", "start": int64(9), "end": int64(10)},
				{"id": "a", "quote": "A a", "start": int64(2), "end": int64(5)},
			}
			for _, st := range []statement{
				{op: "article", cypher: qArticle, rows: []row{articleRow(p)}},
				{op: "quotes", cypher: qMentions["Actor"], rows: quotes},
			} {
				if err := w.exec(ctx, id, st); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// As an older version stored them: no method, and their quotes are
	// curated articles' (the migration gave them their copies).
	cypher(t, s, `MATCH (art:Article)-[m:MENTIONS]->() WHERE toInteger(substring(art.id, 5)) % 5 = 0
		REMOVE art.method SET m.rank = 0`, nil)
}

// TestHubQuotesPlan checks that a hub's detail reads its first quotes
// along the quotes index, in order, up to the number shown, not all of
// them, and counts them without reading them; and that the quotes are
// curated articles' first, then by article, start and end.
func TestHubQuotesPlan(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	defer s.Close(ctx)
	fillForPlans(t, s)
	fillQuotes(t, s, 300)
	err := s.View(ctx, func(v graph.View) error {
		r := v.(*reader)
		plan, err := profile(ctx, r, qActorDetail, map[string]any{"id": "a", "shown": graph.SourcesShown})
		if err != nil {
			return err
		}
		var text strings.Builder
		printPlan(&text, plan, 0)
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- actor detail of a hub\n%s\n", text.String())
		}
		walkPlan(plan, func(p neo4jdrv.ProfiledPlan) {
			op, d := operator(p), details(p)
			// (A relation's quotes are sorted: hubs have few relations,
			// and each is stated by few articles.)
			if (strings.Contains(op, "Sort") || strings.Contains(op, "Top")) && strings.Contains(d, "m.") {
				t.Errorf("the detail sorts its quotes (%s %s)\n%s", op, d, text.String())
			}
			if strings.Contains(op, "Expand") && p.Records() > graph.SourcesShown+1 {
				t.Errorf("the detail expands %d relationships (%s %s)\n%s", p.Records(), op, d, text.String())
			}
			if strings.Contains(op, "IndexSeek") && strings.Contains(d, "MENTIONS") && p.Records() > graph.SourcesShown+1 {
				t.Errorf("the quotes seek read %d rows to show %d\n%s", p.Records(), graph.SourcesShown, text.String())
			}
		})
		d, err := r.ActorDetail(ctx, "a")
		if err != nil {
			return err
		}
		if d.SourceCount != 900 || len(d.Sources) != graph.SourcesShown {
			t.Fatalf("a has %d quotes, %d shown; want 900 and %d", d.SourceCount, len(d.Sources), graph.SourcesShown)
		}
		// Article q<n> is extracted when n%3 == 0, unless n%5 == 0 (no
		// method: curated); a's three quotes of each, by start and end.
		want := []string{"art-q0001", "art-q0002", "art-q0004", "art-q0005", "art-q0007", "art-q0008", "art-q0010", "art-q0011", "art-q0013"}
		var got []string
		for i, src := range d.Sources {
			if i%3 == 0 {
				got = append(got, src.ArticleID)
			}
			if wantQuote := []string{"A", "A a", "a said"}[i%3]; src.Quote != wantQuote {
				t.Errorf("quote %d = %q of %s, want %q", i, src.Quote, src.ArticleID, wantQuote)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("articles of the quotes shown = %v, want %v", got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestWritePlans checks that every statement of a write finds its nodes
// through an index, and never walks an actor's participations, when
// planned on an empty store, as an import into a new database plans them
// first (run in the suite, the store is emptied after other tests, whose
// counts the planner may still weigh): they run with keepPlan, so that
// plan is kept however the store grows, and a scan in it would read more
// with every article. It plans them with no rows; Neo4j plans again for
// larger lists, and BENCHMARKS.md ("Write plans kept") reads the plans a
// whole import kept.
func TestWritePlans(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	defer s.Close(ctx)
	// A plan that deletes an article names every statement of a write:
	// those without rows are skipped when applied, not left out.
	sts := steps(&graph.Plan{Delete: true})
	sts = append(sts,
		statement{op: "meeting participants", cypher: qMeetingParticipants, params: row{"ids": []string{}, "meeting": string(graph.Meeting)}},
		statement{op: "count meetings per pair", cypher: qAddMet, params: row{"rows": []row{}}})
	err := s.Update(ctx, func(tx graph.Tx) error {
		w := tx.(*writer)
		for _, st := range sts {
			params := st.params
			if params == nil {
				params = row{"rows": []row{}}
			}
			params = maps.Clone(params)
			params["article"] = "none"
			plan, err := profile(ctx, &w.reader, keepPlan+st.cypher, params)
			if err != nil {
				return fmt.Errorf("%s: %w", st.op, err)
			}
			problems := planProblems(plan, nil, false)
			// Withdrawing a participation finds the edge between its two
			// ends, whatever the counts: no expansion from either end.
			if st.op == "withdraw participations" && hasOperator(plan, "Expand(All)") {
				problems = append(problems, "expands from one end instead of into the other")
			}
			for _, problem := range problems {
				var text strings.Builder
				printPlan(&text, plan, 0)
				t.Errorf("%s: %s\n%s", st.op, problem, text.String())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// hasOperator reports whether an operator of the plan is named op.
func hasOperator(p neo4jdrv.ProfiledPlan, op string) bool {
	if strings.Contains(operator(p), op) {
		return true
	}
	return slices.ContainsFunc(p.Children(), func(c neo4jdrv.ProfiledPlan) bool { return hasOperator(c, op) })
}

package sqlite

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/graphtest"
)

var printPlans = flag.Bool("plans", false, "print the query plans TestQueryPlans checks (for BENCHMARKS.md)")

// TestQueryPlans checks that every kind of event query reads bounded
// index ranges: no plan scans a table (but the walk of the events in
// date order that the first timeline page stops after its LIMIT), so
// that a query's cost follows its answer, not the store.
func TestQueryPlans(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	err = s.View(ctx, func(v graph.View) error {
		r := v.(*reader)
		for _, c := range graphtest.PlanCases() {
			for _, q := range planned(c.Filter) {
				plan, err := explain(ctx, r.tx, q)
				if err != nil {
					return fmt.Errorf("%s: %w", c.Name, err)
				}
				if *printPlans {
					fmt.Fprintf(os.Stdout, "-- %s\n%s\n", c.Name, plan)
				}
				// A type without an actor is read from that type's
				// indexes only, not every type's window.
				typeOnly := c.Filter.Type != "" && len(c.Filter.Actors) == 0 && c.Filter.ID == "" && c.Filter.Place == ""
				// An actor's events of a type are read from that
				// type's range of its participations (but for those
				// that began before a range, read from the span
				// classes' bounded windows).
				if c.Filter.Type != "" && len(c.Filter.Actors) > 0 && !strings.Contains(plan, "participants_actor_type") &&
					!strings.Contains(plan, "participants_actor_span") {
					t.Errorf("%s does not read the actor's events of the type from participants_actor_type:\n%s", c.Name, plan)
				}
				for _, line := range strings.Split(plan, "\n") {
					if typeOnly && strings.HasPrefix(line, "SEARCH e ") && !strings.Contains(line, "INDEX events_type") {
						t.Errorf("%s reads events of every type: %s\n%s", c.Name, line, plan)
					}
					// Allowed: the walk of events in answer order that
					// stops at the page's LIMIT, and scans of the place
					// filter's own rows (the place and those inside it)
					// and of a list of ids given.
					switch line {
					case "SCAN e USING INDEX events_date", "SCAN CONSTANT ROW", "SCAN w", "SCAN within", "SCAN json_each VIRTUAL TABLE INDEX 1:":
						continue
					}
					if strings.Contains(line, "SCAN") {
						t.Errorf("%s scans: %s\n%s", c.Name, line, plan)
					}
				}
			}
		}
		// A hub's latest participations, as paths and networks read them:
		// along the index in order, no sort.
		plan, err := explain(ctx, r.tx, sqlQuery{qActorParts, []any{idsJSON([]string{"a"}), 51}})
		if err != nil {
			return err
		}
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- latest participations of an actor\n%s\n", plan)
		}
		if !strings.Contains(plan, "INDEX participants_actor_date (actor_id=?)") || strings.Contains(plan, "TEMP B-TREE") {
			t.Errorf("latest participations of an actor are not read along the index in order:\n%s", plan)
		}
		plan, err = explain(ctx, r.tx, sqlQuery{qEdgesAmong, []any{idsJSON([]string{"a", "e1"})}})
		if err != nil {
			return err
		}
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- edges among nodes\n%s\n", plan)
		}
		if strings.Contains(plan, "participants_actor") || !strings.Contains(plan, "(event_id=?") {
			t.Errorf("edges among nodes read actors' participations, not the events':\n%s", plan)
		}
		// Who met whom: a page of an actor's counterparts along the
		// kept counts, in order.
		plan, err = explainText(ctx, r.tx, qCounterparts+qCounterpartsAfter+qCounterpartsOrder, "a", 3, 3, "b", 51)
		if err != nil {
			return err
		}
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- who met whom, a page\n%s\n", plan)
		}
		if !strings.Contains(plan, "meeting_pairs_rank (actor_id=?") || strings.Contains(plan, "TEMP B-TREE") {
			t.Errorf("who met whom does not read the kept counts along their index:\n%s", plan)
		}
		// A hub's first quotes, as an actor's detail shows them: along
		// the index in order, no sort of all of them.
		plan, err = explainText(ctx, r.tx, shownQuotes, "actor:a", graph.SourcesShown)
		if err != nil {
			return err
		}
		if *printPlans {
			fmt.Fprintf(os.Stdout, "-- first quotes of a fact\n%s\n", plan)
		}
		if !strings.Contains(plan, "INDEX sources_fact (fact=?)") || strings.Contains(plan, "TEMP B-TREE") || strings.Contains(plan, "SCAN") {
			t.Errorf("the first quotes of a fact are not read along the index in order:\n%s", plan)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// planned lists the queries Events runs for f, as Events builds them.
func planned(f graph.EventFilter) []sqlQuery {
	order := func(d eventDriver) string { return " ORDER BY " + d.start + ", " + d.id }
	if f.From.IsZero() {
		return []sqlQuery{eventQuery(f, false, nil, order)}
	}
	return []sqlQuery{straddling(f), withinRange(f, order)}
}

func explain(ctx context.Context, tx *sql.Tx, q sqlQuery) (string, error) {
	return explainText(ctx, tx, q.text+" LIMIT 51", q.args...)
}

func explainText(ctx context.Context, tx *sql.Tx, text string, args ...any) (string, error) {
	rows, err := tx.QueryContext(ctx, "EXPLAIN QUERY PLAN "+text, args...)
	lines, err := scanAll(rows, err, func(rs *sql.Rows) (string, error) {
		var id, parent, unused int
		var detail string
		return detail, rs.Scan(&id, &parent, &unused, &detail)
	})
	return strings.Join(lines, "\n"), err
}

// TestSpanClassSQL checks that the span class SQLite computes is
// graph.SpanClass, on and around every bound.
func TestSpanClassSQL(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	first := time.Date(2020, 2, 27, 0, 0, 0, 0, time.UTC)
	for days := range 800 {
		start, end := graph.FormatDay(first), graph.FormatDay(first.AddDate(0, 0, days))
		var got int
		q := `SELECT ` + spanClassSQL + ` FROM (SELECT ? AS date_start, ? AS date_end)`
		if err := db.QueryRowContext(ctx, q, start, end).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if want := graph.SpanClass(start, end); got != want {
			t.Errorf("%s..%s: SQLite says class %d, graph.SpanClass %d", start, end, got, want)
		}
	}
}

// TestEventByIDKeepsDates: one event asked for by id with a date range
// is found only when its dates overlap the range.
func TestEventByIDKeepsDates(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	err = s.Update(ctx, func(tx graph.Tx) error {
		_, err := tx.(*writer).tx.ExecContext(ctx, `INSERT INTO events (id, type, title, date_start, date_end, precision)
			VALUES ('e', 'Meeting', 'E', '2020-09-14', '2020-09-14', 'day')`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		from, to string
		want     int
	}{{"2020-09-01", "2020-09-30", 1}, {"2020-09-15", "2020-09-30", 0}, {"2020-09-01", "2020-09-13", 0}} {
		from, _ := graph.NewCalendarDay(c.from)
		to, _ := graph.NewCalendarDay(c.to)
		err := s.View(ctx, func(v graph.View) error {
			got, err := v.Events(ctx, graph.EventFilter{ID: "e", From: from, To: to}, 1)
			if err == nil && len(got) != c.want {
				t.Errorf("event e between %s and %s: %d events, want %d", c.from, c.to, len(got), c.want)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

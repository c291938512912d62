package eval

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/extract"
)

func actor(id, name string, aliases ...string) graph.SourcedActor {
	return graph.SourcedActor{Actor: graph.Actor{ID: id, Name: name, Kind: graph.Person, Aliases: aliases}}
}

func day(s string) graph.Date { return graph.Date{Start: s, End: s, Precision: graph.Day} }

func month(start, end string) graph.Date {
	return graph.Date{Start: start, End: end, Precision: graph.Month}
}

func event(id string, t graph.EventType, d graph.Date, parts ...string) graph.Event {
	e := graph.Event{ID: id, Type: t, Title: id, Date: d}
	for i := 0; i+1 < len(parts); i += 2 {
		e.Participants = append(e.Participants, graph.Participant{ActorID: parts[i], Role: parts[i+1]})
	}
	return e
}

// goldFacts is a small curated article: a meeting, a loan with an amount
// and a protest with a count.
func goldFacts() *graph.ArticleFacts {
	loan := event("loan", graph.Loan, day("2020-09-14"), "russia", "lender", "belarus", "borrower")
	loan.Amount = &graph.Amount{Value: 1_500_000_000, Currency: "USD"}
	protest := event("protest", graph.Protest, day("2020-09-13"), "protesters", "protester")
	protest.Count = &graph.Count{Value: 100_000, Qualifier: graph.AtLeast, Unit: "protesters"}
	return &graph.ArticleFacts{
		Article: graph.Article{ID: "a1"},
		Actors: []graph.SourcedActor{
			actor("alexander-lukashenko", "Alexander Lukashenko", "Lukashenko"),
			actor("vladimir-putin", "Vladimir Putin", "Putin"),
			actor("russia", "Russia", "Russian Federation"),
			actor("belarus", "Belarus"),
			actor("protesters", "Belarusian protesters", "protesters"),
		},
		Events: []graph.Event{
			event("talks", graph.Meeting, day("2020-09-14"), "alexander-lukashenko", "visitor", "vladimir-putin", "host"),
			loan,
			protest,
		},
	}
}

// extractedFacts states what goldFacts states with other ids and names
// the extractor might use.
func extractedFacts() *graph.ArticleFacts {
	loan := event("x-loan", graph.Loan, day("2020-09-14"), "x-russia", "lender", "x-belarus", "borrower")
	loan.Amount = &graph.Amount{Value: 1_500_000_000, Currency: "USD"}
	protest := event("x-protest", graph.Protest, day("2020-09-13"), "x-protesters", "protester")
	protest.Count = &graph.Count{Value: 100_000, Qualifier: graph.AtLeast, Unit: "people"}
	return &graph.ArticleFacts{
		Article: graph.Article{ID: "a1"},
		Actors: []graph.SourcedActor{
			actor("x-putin", "PUTIN"),
			actor("x-lukashenko", "LUKASHENKO"),
			actor("x-russia", "Russia"),
			actor("x-belarus", "Belarus"),
			actor("x-protesters", "Protesters"),
		},
		Events: []graph.Event{
			event("x-talks", graph.Meeting, day("2020-09-14"), "x-lukashenko", "visitor", "x-putin", "host"),
			loan,
			protest,
		},
	}
}

func score(gold, got *graph.ArticleFacts) Scores {
	return Score([]*graph.ArticleFacts{gold}, []*graph.ArticleFacts{got}).Overall
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func wantPRF(t *testing.T, what string, got PRF, tp, fp, fn int) {
	t.Helper()
	if got.TP != tp || got.FP != fp || got.FN != fn {
		t.Errorf("%s: tp/fp/fn %d/%d/%d, want %d/%d/%d", what, got.TP, got.FP, got.FN, tp, fp, fn)
	}
	want := PRF{TP: tp, FP: fp, FN: fn}
	want.finish()
	if !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) {
		t.Errorf("%s: p/r/f1 %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", what,
			got.Precision, got.Recall, got.F1, want.Precision, want.Recall, want.F1)
	}
}

func wantAccuracy(t *testing.T, what string, got Accuracy, correct, total int) {
	t.Helper()
	if got.Correct != correct || got.Total != total || !near(got.Accuracy, ratio(correct, total)) {
		t.Errorf("%s: %d/%d = %.3f, want %d/%d", what, got.Correct, got.Total, got.Accuracy, correct, total)
	}
}

func TestPerfectMatch(t *testing.T) {
	s := score(goldFacts(), extractedFacts())
	for what, v := range map[string]float64{
		"actor precision": s.Actors.Precision, "actor recall": s.Actors.Recall, "actor F1": s.Actors.F1,
		"event precision": s.Events.Precision, "event recall": s.Events.Recall, "event F1": s.Events.F1,
		"date accuracy": s.Dates.Accuracy, "role accuracy": s.Roles.Accuracy,
		"amount accuracy": s.Amounts.Accuracy, "count accuracy": s.Counts.Accuracy,
	} {
		if v != 1 {
			t.Errorf("%s = %v, want 1", what, v)
		}
	}
	wantPRF(t, "actors", s.Actors, 5, 0, 0)
	wantPRF(t, "events", s.Events, 3, 0, 0)
	wantAccuracy(t, "roles", s.Roles, 5, 5)
	// The gold itself scores perfectly too.
	if s := score(goldFacts(), goldFacts()); s.Events.F1 != 1 || s.Actors.F1 != 1 || s.Dates.Accuracy != 1 {
		t.Errorf("gold against itself: %+v", s)
	}
}

func TestMissingEvent(t *testing.T) {
	got := extractedFacts()
	got.Events = got.Events[:1] // the loan and the protest are missed
	s := score(goldFacts(), got)
	wantPRF(t, "events", s.Events, 1, 0, 2)
	if !near(s.Events.Recall, 1.0/3) || s.Events.Precision != 1 {
		t.Errorf("recall %v precision %v, want 1/3 and 1", s.Events.Recall, s.Events.Precision)
	}
	// Amounts and counts are measured over matched events only.
	wantAccuracy(t, "amounts", s.Amounts, 0, 0)
	wantAccuracy(t, "counts", s.Counts, 0, 0)
}

// TestWrongDate: an event with a wrong date is not a match (a false
// negative and a false positive), but it is counted, as wrong, in date
// accuracy, which pairs events ignoring the date.
func TestWrongDate(t *testing.T) {
	got := extractedFacts()
	got.Events[0].Date = day("2020-09-15")
	s := score(goldFacts(), got)
	wantPRF(t, "events", s.Events, 2, 1, 1)
	wantAccuracy(t, "dates", s.Dates, 2, 3)
	// The meeting's roles are not measured: its event is not matched.
	wantAccuracy(t, "roles", s.Roles, 3, 3)

	rep := Score([]*graph.ArticleFacts{goldFacts()}, []*graph.ArticleFacts{got})
	want := Miss{Metric: "dates", Gold: "talks 2020-09-14 (day)", Got: "x-talks 2020-09-15 (day)"}
	if !slices.Contains(rep.Articles[0].Misses, want) {
		t.Errorf("misses %v lack %v", rep.Articles[0].Misses, want)
	}
}

// TestDatePrecision: the event matching compares dates at the gold
// precision; date accuracy wants the same start and precision.
func TestDatePrecision(t *testing.T) {
	// A day inside a gold month matches the event, but is not the gold date.
	gold, got := goldFacts(), extractedFacts()
	gold.Events[0].Date = month("2020-09-01", "2020-09-30")
	s := score(gold, got)
	wantPRF(t, "events (day in gold month)", s.Events, 3, 0, 0)
	wantAccuracy(t, "dates (day in gold month)", s.Dates, 2, 3)

	// A month around a gold day does not match: for a gold day the start
	// days must be equal.
	gold, got = goldFacts(), extractedFacts()
	got.Events[0].Date = month("2020-09-01", "2020-09-30")
	s = score(gold, got)
	wantPRF(t, "events (month around gold day)", s.Events, 2, 1, 1)
	wantAccuracy(t, "dates (month around gold day)", s.Dates, 2, 3)

	// The same month matches and is accurate.
	gold, got = goldFacts(), extractedFacts()
	gold.Events[0].Date = month("2020-09-01", "2020-09-30")
	got.Events[0].Date = month("2020-09-01", "2020-09-30")
	s = score(gold, got)
	wantPRF(t, "events (same month)", s.Events, 3, 0, 0)
	wantAccuracy(t, "dates (same month)", s.Dates, 3, 3)

	// A different month does not overlap.
	got.Events[0].Date = month("2020-10-01", "2020-10-31")
	wantPRF(t, "events (other month)", score(gold, got).Events, 2, 1, 1)
}

func TestSurnameMatchesFullName(t *testing.T) {
	gold := &graph.ArticleFacts{Article: graph.Article{ID: "a"}, Actors: []graph.SourcedActor{
		actor("katsiaryna-shmatsina", "Katsiaryna Shmatsina"),
		actor("vladimir-putin", "Vladimir Putin", "Putin"),
		actor("step-vaessen", "Step Vaessen"),
	}}
	got := &graph.ArticleFacts{Article: graph.Article{ID: "a"}, Actors: []graph.SourcedActor{
		actor("x1", "Shmatsína"),         // surname only
		actor("x2", "President Putin"),   // gold's one-word alias is the last word
		actor("x3", "Al-Jazeera’s Step"), // no
	}}
	s := score(gold, got)
	wantPRF(t, "actors", s.Actors, 2, 1, 1)

	// Ambiguous in the gold article: two Lukashenkos.
	gold = &graph.ArticleFacts{Article: graph.Article{ID: "a"}, Actors: []graph.SourcedActor{
		actor("alexander-lukashenko", "Alexander Lukashenko"),
		actor("viktor-lukashenko", "Viktor Lukashenko"),
	}}
	got = &graph.ArticleFacts{Article: graph.Article{ID: "a"}, Actors: []graph.SourcedActor{actor("x", "Lukashenko")}}
	wantPRF(t, "actors (ambiguous in gold)", score(gold, got).Actors, 0, 1, 2)

	// Ambiguous among the extracted actors: the full name matches, the
	// surname alone does not.
	gold = &graph.ArticleFacts{Article: graph.Article{ID: "a"}, Actors: []graph.SourcedActor{
		actor("alexander-lukashenko", "Alexander Lukashenko"),
	}}
	got = &graph.ArticleFacts{Article: graph.Article{ID: "a"}, Actors: []graph.SourcedActor{
		actor("x1", "Lukashenko"), actor("x2", "Alexander Lukashenko"),
	}}
	wantPRF(t, "actors (ambiguous in extracted)", score(gold, got).Actors, 1, 1, 0)
}

// TestOneToOne: two extracted copies of one gold event (or actor) are one
// true positive and one false positive.
func TestOneToOne(t *testing.T) {
	got := extractedFacts()
	dup := got.Events[0]
	dup.ID = "x-talks-2"
	got.Events = append(got.Events, dup)
	got.Actors = append(got.Actors, actor("x-putin-2", "Vladimir Putin"))
	s := score(goldFacts(), got)
	wantPRF(t, "events", s.Events, 3, 1, 0)
	wantPRF(t, "actors", s.Actors, 5, 1, 0)
	// The exact name wins over the surname: the second Putin is the match.
	rep := Score([]*graph.ArticleFacts{goldFacts()}, []*graph.ArticleFacts{got})
	want := Miss{Metric: "actors", Got: `"PUTIN" (x-putin)`}
	if !slices.Contains(rep.Articles[0].Misses, want) {
		t.Errorf("misses %v lack %v", rep.Articles[0].Misses, want)
	}
}

func TestVisitMatchesMeeting(t *testing.T) {
	got := extractedFacts()
	got.Events[0].Type = graph.Visit
	wantPRF(t, "events (visit for meeting)", score(goldFacts(), got).Events, 3, 0, 0)
	got.Events[0].Type = graph.Interview
	wantPRF(t, "events (interview for meeting)", score(goldFacts(), got).Events, 2, 1, 1)
}

// TestEventsByType splits the events' scores by type: a match and a miss
// count under the gold type, an invented event under its own, and the
// split adds up to the whole, also over articles.
func TestEventsByType(t *testing.T) {
	got := extractedFacts()
	got.Events[0].Type = graph.Interview // the meeting missed, an interview invented
	got.Events = got.Events[:2]          // the protest missed
	s := score(goldFacts(), got)
	wantPRF(t, "meetings", s.EventsByType[graph.Meeting], 0, 0, 1)
	wantPRF(t, "interviews", s.EventsByType[graph.Interview], 0, 1, 0)
	wantPRF(t, "loans", s.EventsByType[graph.Loan], 1, 0, 0)
	wantPRF(t, "protests", s.EventsByType[graph.Protest], 0, 0, 1)
	var sum PRF
	for _, m := range s.EventsByType {
		sum = sum.add(m)
	}
	wantPRF(t, "all types", sum, s.Events.TP, s.Events.FP, s.Events.FN)

	g2, x2 := goldFacts(), extractedFacts()
	g2.Article.ID, x2.Article.ID = "a2", "a2"
	all := Score([]*graph.ArticleFacts{goldFacts(), g2}, []*graph.ArticleFacts{got, x2}).Overall
	wantPRF(t, "meetings of two articles", all.EventsByType[graph.Meeting], 1, 0, 1)
	wantPRF(t, "loans of two articles", all.EventsByType[graph.Loan], 2, 0, 0)
}

func TestNoSharedParticipant(t *testing.T) {
	got := extractedFacts()
	got.Events[1].Participants = []graph.Participant{{ActorID: "x-putin", Role: "lender"}}
	s := score(goldFacts(), got)
	wantPRF(t, "events", s.Events, 2, 1, 1)
	// Nor is it paired for date accuracy.
	wantAccuracy(t, "dates", s.Dates, 2, 2)
}

func TestRolesAmountsCounts(t *testing.T) {
	got := extractedFacts()
	got.Events[0].Participants[0].Role = "host" // Lukashenko was the visitor
	got.Events[1].Amount.Currency = "RUB"
	got.Events[2].Count.Qualifier = graph.About
	s := score(goldFacts(), got)
	wantPRF(t, "events", s.Events, 3, 0, 0)
	wantAccuracy(t, "roles", s.Roles, 4, 5)
	wantAccuracy(t, "amounts", s.Amounts, 0, 1)
	wantAccuracy(t, "counts", s.Counts, 0, 1)

	got = extractedFacts()
	got.Events[1].Amount = nil
	got.Events[2].Count.Unit = "marchers" // the unit is not compared
	s = score(goldFacts(), got)
	wantAccuracy(t, "amounts (missing)", s.Amounts, 0, 1)
	wantAccuracy(t, "counts (other unit)", s.Counts, 1, 1)
}

func TestArticlesPairedByID(t *testing.T) {
	other := goldFacts()
	other.Article.ID = "a2"
	stray := extractedFacts()
	stray.Article.ID = "a3"
	rep := Score([]*graph.ArticleFacts{goldFacts(), other}, []*graph.ArticleFacts{stray, extractedFacts()})
	if len(rep.Articles) != 3 || rep.Articles[0].ID != "a1" || rep.Articles[1].ID != "a2" || rep.Articles[2].ID != "a3" {
		t.Fatalf("articles %+v, want a1, a2, a3", rep.Articles)
	}
	if rep.Articles[1].Note == "" || rep.Articles[2].Note == "" || rep.Articles[0].Note != "" {
		t.Errorf("notes: %q %q %q", rep.Articles[0].Note, rep.Articles[1].Note, rep.Articles[2].Note)
	}
	wantPRF(t, "events overall", rep.Overall.Events, 3, 3, 3)
	wantPRF(t, "actors a2", rep.Articles[1].Scores.Actors, 0, 0, 5)
	if rep.Overall.Articles != 3 {
		t.Errorf("overall articles %d, want 3", rep.Overall.Articles)
	}
}

func TestNothingToFind(t *testing.T) {
	empty := &graph.ArticleFacts{Article: graph.Article{ID: "a"}}
	s := score(empty, empty)
	if s.Actors.F1 != 1 || s.Events.Precision != 1 || s.Events.Recall != 1 {
		t.Errorf("nothing to find, nothing found: %+v", s)
	}
	wantAccuracy(t, "dates", s.Dates, 0, 0)
	// The empty extractor against real gold scores 0.
	s = score(goldFacts(), empty)
	wantPRF(t, "events", s.Events, 0, 0, 3)
	if s.Events.F1 != 0 || s.Actors.Precision != 0 {
		t.Errorf("nothing found: %+v", s)
	}
}

func TestReportJSON(t *testing.T) {
	rep := Score([]*graph.ArticleFacts{goldFacts()}, []*graph.ArticleFacts{extractedFacts()})
	raw, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"overall"`, `"articles"`, `"actors"`, `"events"`, `"dates"`, `"f1"`, `"accuracy"`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("JSON lacks %s: %s", key, raw)
		}
	}
}

// TestScoreDir scores the seed folder with the extractor as it is: the
// gold facts are all accounted for, whatever the extractor finds.
func TestScoreDir(t *testing.T) {
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	gold, err := importer.Load([]string{"../../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ScoreDir("../../seeds", x)
	if err != nil {
		t.Fatal(err)
	}
	var actors, events int
	for _, f := range gold.Facts {
		actors += len(f.Actors)
		events += len(f.Events)
	}
	o := rep.Overall
	if o.Articles != len(gold.Facts) || o.Actors.TP+o.Actors.FN != actors || o.Events.TP+o.Events.FN != events {
		t.Errorf("seed scores %+v do not account for %d articles, %d actors, %d events", o, len(gold.Facts), actors, events)
	}
	if o.ExtractErrors != 0 {
		t.Errorf("the importer refused drafts: %+v", rep.Articles)
	}

	if _, err := ScoreDir(t.TempDir(), x); !errors.Is(err, ErrNoArticles) {
		t.Errorf("an empty folder: %v, want ErrNoArticles", err)
	}
	if _, err := ScoreDir("no-such-folder", x); err == nil || errors.Is(err, ErrNoArticles) {
		t.Errorf("a missing folder: %v, want an error", err)
	}
}

func TestRefusedDraft(t *testing.T) {
	other := goldFacts()
	other.Article.ID = "a2"
	rep := scoreRefused([]*graph.ArticleFacts{goldFacts(), other}, []*graph.ArticleFacts{extractedFacts()},
		map[string]string{"a2": "quote not verbatim"})
	if rep.Overall.ExtractErrors != 1 || rep.Articles[1].Scores.ExtractErrors != 1 ||
		!strings.Contains(rep.Articles[1].Note, "quote not verbatim") {
		t.Errorf("refused draft not reported: %+v", rep)
	}
	wantPRF(t, "events", rep.Overall.Events, 3, 0, 3)
}

// TestGoldSetsCheckAsOneBatch: each gold set imports as one batch, as a
// reader loading it into one graph would: writers working apart must not
// give one id two kinds of node.
func TestGoldSetsCheckAsOneBatch(t *testing.T) {
	for _, set := range []string{"dev", "heldout"} {
		t.Run(set, func(t *testing.T) {
			if _, err := importer.Check(context.Background(), nil, []string{filepath.Join(goldRoot, set)}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/graph"
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func article(text, published string) graph.Article {
	return graph.Article{ID: "a", Title: "t", Outlet: "o", Published: published, Language: "en", Text: text}
}

func TestSentences(t *testing.T) {
	text := "Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5. They spoke.\u00a0Then A. Person left!\n\nNew paragraph here."
	var got []string
	for _, s := range sentences(text) {
		got = append(got, s.text)
	}
	want := []string{"Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5.", "They spoke.", "Then A. Person left!", "New paragraph here."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

func TestResolveExtraWordings(t *testing.T) {
	pub := time.Date(2020, 9, 14, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct {
		text  string
		start string
		prec  graph.Precision
	}{
		{"two days ago", "2020-09-12", graph.Day},
		{"at the weekend", "2020-09-12", graph.Week},
		{"earlier this month", "2020-09-01", graph.Month},
		{"on Sunday", "2020-09-13", graph.Day},
		{"in 2019", "2019-01-01", graph.Year},
	}
	for _, c := range cases {
		start, _, prec, ok := resolve(c.text, pub)
		if !ok || graph.FormatDay(start) != c.start || prec != c.prec {
			t.Errorf("%q: %s %s %v, want %s %s", c.text, graph.FormatDay(start), prec, ok, c.start, c.prec)
		}
	}
	if _, _, _, ok := resolve("next week", pub); ok {
		t.Error("next week resolved: a future date is no event that happened")
	}
}

func TestDateRanges(t *testing.T) {
	pub := time.Date(2019, 8, 12, 0, 0, 0, 0, time.UTC) // a Monday
	cases := map[string][2]string{
		"arrested between Friday and Sunday": {"2019-08-09", "2019-08-11"},
		"between Sunday and Tuesday":         {"2019-08-04", "2019-08-06"},
		"from August 1 to August 3":          {"2019-08-01", "2019-08-03"},
	}
	for text, want := range cases {
		start, end, _, ok := resolveRange(text, pub)
		if !ok || graph.FormatDay(start) != want[0] || graph.FormatDay(end) != want[1] {
			t.Errorf("%q: %s..%s %v, want %s..%s", text, graph.FormatDay(start), graph.FormatDay(end), ok, want[0], want[1])
		}
	}
	if _, _, _, ok := resolveRange("on Monday", pub); ok {
		t.Error("one day is no range")
	}
}

func TestAmountsAndCounts(t *testing.T) {
	d := &doc{}
	amounts := map[string]Amount{
		"a $1.5bn loan":            {1500000000, "USD"},
		"1.5 billion US dollars":   {1500000000, "USD"},
		"a €500m credit line":      {500000000, "EUR"},
		"3 billion roubles in aid": {3000000000, "RUB"},
		"US$200 million":           {200000000, "USD"},
		"a £2.25bn package":        {2250000000, "GBP"},
	}
	for text, want := range amounts {
		if got := d.amount(text); got == nil || *got != want {
			t.Errorf("%q: %+v, want %+v", text, got, want)
		}
	}
	counts := map[string]Count{
		"police arrested 774 people":  {774, "exact", "people"},
		"at least 100,000 protesters": {100000, "at_least", "protesters"},
		"more than 300 demonstrators": {300, "at_least", "demonstrators"},
		"about 2,000 people":          {2000, "about", "people"},
		"hundreds of protesters":      {100, "at_least", "protesters"},
		"dozens of people":            {12, "at_least", "people"},
	}
	for text, want := range counts {
		if got := countIn(text); got == nil || *got != want {
			t.Errorf("%q: %+v, want %+v", text, got, want)
		}
	}
}

// events drafts text and returns its events by type.
func events(t *testing.T, text, published string) map[string][]Event {
	t.Helper()
	ann := extractor(t).Extract(article(text, published))
	out := map[string][]Event{}
	for _, e := range ann.Events {
		out[e.Type] = append(out[e.Type], e)
	}
	return out
}

func TestWhatDidNotHappenIsLeftOut(t *testing.T) {
	for _, text := range []string{
		"Putin refused to meet Lukashenko on Monday.",
		"Putin plans to visit Minsk next week.",
		"Russia could lend Belarus $1bn.",
		"Lukashenko will meet Putin in Sochi.",
	} {
		if evs := events(t, text, "2020-09-14"); len(evs) > 0 {
			t.Errorf("%q drafted %v", text, evs)
		}
	}
	// What is denied did not happen; the denial did (a statement, CAMEO
	// 016, since round 25).
	text := "The Kremlin denied that police arrested Navalny."
	evs := events(t, text, "2020-09-14")
	if len(evs["Arrest"]) > 0 {
		t.Errorf("%q drafted the arrest it denies: %v", text, evs)
	}
	if st := evs["Statement"]; len(st) != 1 || st[0].CAMEO != "016" || len(evs) != 1 {
		t.Errorf("%q: want one denial (CAMEO 016), got %v", text, evs)
	}
}

func TestMeetingRolesAndDate(t *testing.T) {
	evs := events(t, "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Beijing on Tuesday.", "2022-09-16")
	m := evs["Meeting"]
	if len(m) != 1 {
		t.Fatalf("meetings: %+v", evs)
	}
	roles := map[string]string{}
	for _, p := range m[0].Participants {
		roles[p.Actor] = p.Role
	}
	if roles["xi-jinping"] != "host" || roles["kassym-jomart-tokayev"] != "visitor" || m[0].Place != "beijing" {
		t.Errorf("meeting in Beijing: roles %v place %q", roles, m[0].Place)
	}
	if m[0].Date.Start != "2022-09-13" || m[0].Date.Precision != "day" {
		t.Errorf("on Tuesday, published Friday 2022-09-16: %+v", m[0].Date)
	}
}

// TestLoanToACapitalInALaterClause: "a loan to Minsk" in the second
// clause of a sentence still makes Belarus the borrower.
func TestLoanToACapitalInALaterClause(t *testing.T) {
	evs := events(t, "Putin spoke in Sochi on Monday, after Russia lent $1bn to Minsk.", "2020-09-14")
	loans := evs["Loan"]
	if len(loans) != 1 {
		t.Fatalf("loans: %+v", evs)
	}
	roles := map[string]string{}
	for _, p := range loans[0].Participants {
		roles[p.Actor] = p.Role
	}
	if roles["russia"] != "lender" || roles["belarus"] != "borrower" {
		t.Errorf("loan roles %v, want Russia lending to Belarus", roles)
	}
}

// TestSeed is the list of what the draft of the seed must find.
func TestSeed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "seeds", "aljazeera-2020-09-14-lukashenko-putin-sochi.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(raw), "\n---\n")
	ann := extractor(t).Extract(article(strings.TrimPrefix(body, "\n"), "2020-09-14"))
	find := func(typ, start string, want map[string]string) *Event {
		for i, e := range ann.Events {
			if e.Type != typ || e.Date.Start != start {
				continue
			}
			roles := map[string]string{}
			for _, p := range e.Participants {
				roles[p.Actor] = p.Role
			}
			ok := true
			for a, r := range want {
				ok = ok && roles[a] == r
			}
			if ok {
				return &ann.Events[i]
			}
		}
		t.Errorf("no %s on %s with %v", typ, start, want)
		return nil
	}
	find("Meeting", "2020-09-14", map[string]string{"alexander-lukashenko": "visitor", "vladimir-putin": "host"})
	find("Meeting", "2019-02-15", map[string]string{"alexander-lukashenko": "visitor", "vladimir-putin": "host"})
	if loan := find("Loan", "2020-09-14", map[string]string{"russia": "lender", "belarus": "borrower"}); loan != nil &&
		(loan.Amount == nil || *loan.Amount != Amount{1500000000, "USD"}) {
		t.Errorf("loan amount %+v", loan.Amount)
	}
	if rally := find("Protest", "2020-09-13", map[string]string{"belarus-protesters": "protester"}); rally != nil &&
		(rally.Count == nil || rally.Count.Value < 100000 || rally.Place != "minsk") {
		t.Errorf("rally %+v", rally)
	}
	if arrests := find("Arrest", "2020-09-13", map[string]string{"belarusian-interior-ministry": "reporting authority"}); arrests != nil &&
		(arrests.Count == nil || arrests.Count.Value != 774) {
		t.Errorf("arrests %+v", arrests)
	}
	find("Election", "2020-08-09", map[string]string{"belarus": "subject"})

	// The draft is an annotation file's YAML.
	if _, err := yaml.Marshal(ann); err != nil {
		t.Error(err)
	}
}

// BenchmarkExtract drafts a 1,000-word article (the seed's text, trimmed
// or repeated to 1,000 words):
//
//	go test ./importer/extract -run '^$' -bench Extract -benchtime 200x
func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "seeds", "aljazeera-2020-09-14-lukashenko-putin-sochi.txt"))
	if err != nil {
		b.Fatal(err)
	}
	_, body, _ := strings.Cut(string(raw), "\n---\n")
	ws := strings.Fields(body)
	for len(ws) < 1000 {
		ws = append(ws, ws...)
	}
	text := strings.Join(ws[:1000], " ")
	x := extractor(b)
	a := article(text, "2020-09-14")
	b.ResetTimer()
	for b.Loop() {
		x.Extract(a)
	}
}

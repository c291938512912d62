package importer

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// TestDraftsPassCheck: whatever the text, the extractor's draft passes the
// same checks as a curated annotation, so that importing an article
// without one never fails on the draft.
func TestDraftsPassCheck(t *testing.T) {
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"empty-ish": " \n",
		"cyrillic":  "Александр Лукашенко встретился с Владимиром Путиным в Сочи в понедельник.",
		"quotes":    "“Police arrested 300 people,” Putin said. \"Unclosed quote met Xi in Beijing on Monday.",
		"odd":       "LIVE: LIVE. ... !!! $$$ 1,000,000,000,000 people protested in at on.",
		// An actor the sentence before lends to a statement stood after
		// those named after its verb, and a slice of the text between
		// them ran backwards (a panic until round 19).
		"two-paragraphs": twoParagraphs,
	}
	matches, _ := filepath.Glob("../seeds/*.txt")
	for _, m := range matches {
		a, _, ok := readArticle(m, Plain{}, &problems{})
		if !ok {
			t.Fatalf("read %s", m)
		}
		texts[filepath.Base(m)] = a.Text
	}
	for name, text := range texts {
		a := graph.Article{ID: "draft-test", Title: "t", Outlet: "o", Published: "2020-09-14", Language: "en", Text: text}
		raw, err := DraftYAML(x, a)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		probs := &problems{}
		if _, _, ok := checkAnnotation(name+".yaml", raw, a, probs); !ok {
			t.Errorf("%s: the draft fails the checks:\n%v\n%s", name, probs.list, raw)
		}
	}
	if _, err := os.Stat("../seeds"); err != nil {
		t.Fatal(err)
	}
}

// TestDraftsOfMixedParagraphsPassCheck: paragraphs of different
// articles, put together, draft without fault and pass the checks. What a
// paragraph lends the next (the story's country and year, the actors
// named last) is where single paragraphs cannot reach: the panic of
// twoParagraphs needed two. A fixed sample, so that a failure repeats;
// a sweep of 34,660 such texts found nothing more when this was written.
func TestDraftsOfMixedParagraphsPassCheck(t *testing.T) {
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	paras := corpusParagraphs()
	if len(paras) < 100 {
		t.Fatalf("only %d paragraphs found", len(paras))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		var ps []string
		for range 2 + r.IntN(3) {
			ps = append(ps, paras[r.IntN(len(paras))])
		}
		a := graph.Article{ID: fmt.Sprintf("mixed-%d", i), Title: "t", Outlet: "o", Published: "2021-06-15", Language: "en", Text: strings.Join(ps, "\n\n")}
		raw, err := DraftYAML(x, a)
		if err != nil {
			t.Fatalf("%v\n%s", err, a.Text)
		}
		probs := &problems{}
		if _, _, ok := checkAnnotation(a.ID+".yaml", raw, a, probs); !ok {
			t.Errorf("%s: the draft fails the checks: %v\n%s", a.ID, probs.list, a.Text)
		}
	}
}

// corpusParagraphs are the paragraphs (over 40 bytes) of the seeds and
// the gold articles.
func corpusParagraphs() []string {
	paths, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("extract/testdata/gold/*/*.txt")
	var paras []string
	for _, p := range append(paths, more...) {
		if a, _, ok := readArticle(p, Plain{}, &problems{}); ok {
			for _, para := range strings.Split(a.Text, "\n\n") {
				if len(para) > 40 {
					paras = append(paras, para)
				}
			}
		}
	}
	return paras
}

// twoParagraphs once made the extractor panic: neither paragraph alone did.
const twoParagraphs = "President Rivas flew into Tarija in the early hours of Monday, hours after the shooting in the north of the city, and met Mayor Ana Paz, Governor Luis Mora and army commanders at the Ninth Division base.\n\n" +
	"Interior Minister Carla Soto handed in her resignation on Monday, the presidency confirmed, the second cabinet departure since the strike began."

// TestDraftFaultIsAnError: a fault inside the extractor is the article's
// error, named, not a crash of the whole import.
func TestDraftFaultIsAnError(t *testing.T) {
	a := graph.Article{ID: "fault-test", Title: "t", Outlet: "o", Published: "2020-09-14", Language: "en", Text: "Putin met Lukashenko in Sochi on Monday."}
	// A nil extractor faults on its first field.
	raw, err := DraftYAML(nil, a)
	if err == nil || !strings.Contains(err.Error(), "fault-test") || !strings.Contains(err.Error(), "extractor failed") {
		t.Fatalf("DraftYAML with a faulting extractor = %q, %v; want an error naming the article", raw, err)
	}
}

// FuzzDraftPassesCheck: for any text, extraction neither panics nor drafts
// an annotation the checks refuse. The seed corpus is the repository's
// articles; run longer with
//
//	go test ./importer -run '^$' -fuzz FuzzDraftPassesCheck -fuzztime 10m
func FuzzDraftPassesCheck(f *testing.F) {
	x, err := extract.New("")
	if err != nil {
		f.Fatal(err)
	}
	// Paragraphs, not whole articles: the fuzzer mutates small inputs
	// far faster.
	for _, para := range corpusParagraphs() {
		f.Add(para)
	}
	f.Add("“He said”. She met Putin in Minsk on Monday, 5 days ago; 1,000 people rallied.")
	f.Add(twoParagraphs)
	f.Fuzz(func(t *testing.T, text string) {
		a := graph.Article{ID: "fuzz", Title: "t", Outlet: "o", Published: "2020-09-14", Language: "en", Text: text}
		raw, err := DraftYAML(x, a)
		if err != nil {
			t.Fatal(err)
		}
		probs := &problems{}
		if _, _, ok := checkAnnotation("fuzz.yaml", raw, a, probs); !ok {
			t.Fatalf("the draft fails the checks: %v\n%s", probs.list, raw)
		}
	})
}

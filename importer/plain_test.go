package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// seedText is the seed article's text without its front matter: the
// file as copied from the page.
func seedText(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile("../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The closing line of the front matter, then one blank line.
	_, text, ok := strings.Cut(string(raw), "\n---\n\n")
	if !ok {
		t.Fatal("the seed has no front matter")
	}
	return text
}

// TestPlainSeedIsTheSeed: the seed's text alone, given its day and outlet,
// is the same article as the seed with its front matter (but for the id,
// which comes from the file name).
func TestPlainSeedIsTheSeed(t *testing.T) {
	withFront, _, ok := readArticle("../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.txt", Plain{}, &problems{})
	if !ok {
		t.Fatal("the seed does not parse")
	}
	probs := &problems{}
	a, lines, ok := parseArticle("000_4ce8e7df8ad01201.txt", []byte(seedText(t)), Plain{Published: "2020-09-14", Outlet: "Al Jazeera"}, probs)
	if !ok {
		t.Fatalf("refused: %v", probs.list)
	}
	if a.ID != "000-4ce8e7df8ad01201" {
		t.Errorf("id %q, want the file name's", a.ID)
	}
	a.ID = withFront.ID
	if a != withFront {
		t.Errorf("plain seed:\n%+v\nwant the seed:\n%+v", a, withFront)
	}
	if lines["text"] != 1 || lines["title"] != 1 {
		t.Errorf("lines %v: the text and its title start at line 1", lines)
	}
}

func TestPlainArticle(t *testing.T) {
	const story = "Police detain dozens at rally\n\n%s\n\nPolice detained 40 people on Sunday, officials said.\n"
	for _, tc := range []struct {
		name, file, text string
		plain            Plain
		published        string
		outlet           string
		line             int // of the published day, 0 when it is not in the text
	}{
		{name: "labelled date line", text: "Published On 14 Sep 2020", published: "2020-09-14", line: 3},
		{name: "byline and date", text: "By Staff Reporter | May 14, 2024", published: "2024-05-14", line: 3},
		{name: "weekday, time and zone", text: "Mon 14 Sep 2020 12.05 BST", published: "2020-09-14", line: 3},
		{name: "ISO day", text: "2024-05-14", published: "2024-05-14", line: 3},
		{name: "a clock time before the day", text: "Published 8:14 AM EST, January 5, 2022", published: "2022-01-05", line: 3},
		{name: "run together by copying", text: "September 14, 20203:41 PM GMT+2Updated 2 hours ago", published: "2020-09-14", line: 3},
		{name: "day first, in digits", text: "13/12/2022 - 18:40", published: "2022-12-13", line: 3},
		{name: "dotted, day first", text: "Date 04.07.2013", published: "2013-07-04", line: 3},
		{name: "French", text: "Publié le 24 janvier 2019 à 06h15 - Mis à jour le 25 janvier 2019 à 10h02", published: "2019-01-24", line: 3},
		{name: "Spanish, with the agency's dateline", text: "Publicado: miércoles, 5 mayo 2021 14:32\nBogotá, 5 may (EFE).- Duque convocó un diálogo.",
			published: "2021-05-05", outlet: "EFE", line: 3},
		{name: "a parenthesis after a name in ordinary case is no agency", text: "Minsk (Belarus) - Police detained dozens.",
			plain: Plain{Published: "2020-09-14"}, published: "2020-09-14"},
		{name: "a dateline without day or comma", text: "ISTANBUL (Reuters) - Erdogan declared victory.", plain: Plain{Published: "2017-04-16"},
			published: "2017-04-16", outlet: "Reuters"},
		{name: "published before updated",
			text: "Last updated: Tue 15 Sep 2020 09.10 BST\nFirst published on Sun 13 Sep 2020 18.00 BST", published: "2020-09-13", line: 4},
		{name: "updated alone", text: "Updated: September 15, 2020 at 9:10 a.m.", published: "2020-09-15", line: 3},
		{name: "wire dateline with its year", text: "MINSK, Sept 23, 2020 (Reuters) - Belarusian police detained dozens.",
			published: "2020-09-23", outlet: "Reuters", line: 3},
		{name: "wire dateline without a year gives the agency", text: "MINSK, Sept 23 (AFP) — Police detained dozens.",
			plain: Plain{Published: "2020-09-23"}, published: "2020-09-23", outlet: "AFP"},
		{name: "a day in the file name", file: "rferl-2020-09-15-sochi.txt", text: "Lukashenka flew to Sochi.", published: "2020-09-15"},
		// What the file says before what the command line says for all
		// files: a folder of pages copied on several days takes one
		// --published for those that tell none.
		{name: "the text before the flags", text: "Published On 14 Sep 2020\nMINSK (Reuters) - Police detained dozens.",
			plain: Plain{Published: "2021-01-02", Outlet: "RFE/RL", Language: "en-GB"}, published: "2020-09-14", outlet: "Reuters", line: 3},
		{name: "the flags for what the text does not say", text: "Police detained dozens.", plain: Plain{Published: "2021-01-02", Outlet: "RFE/RL"},
			published: "2021-01-02", outlet: "RFE/RL"},
		{name: "the file name before the flag", file: "rferl-2020-09-15-sochi.txt", text: "Lukashenka flew to Sochi.", plain: Plain{Published: "2021-01-02"},
			published: "2020-09-15"},
		// A caption is a sentence, not a date line: "… in Sochi, Russia
		// February 15, 2019 [File: …]" dates the photograph.
		{name: "a date inside a sentence is not the day of publication", file: "rferl-2020-09-15-sochi.txt",
			text: "Lukashenko and Putin meet in Sochi, Russia February 15, 2019 [File: Reuters]", published: "2020-09-15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file
			if file == "" {
				file = "story.txt"
			}
			text := strings.Replace(story, "%s", tc.text, 1)
			probs := &problems{}
			a, lines, ok := parseArticle(file, []byte(text), tc.plain, probs)
			if !ok {
				t.Fatalf("refused: %v", probs.list)
			}
			if a.Published != tc.published {
				t.Errorf("published %q, want %q", a.Published, tc.published)
			}
			outlet := tc.outlet
			if outlet == "" {
				outlet = UnknownOutlet
			}
			if a.Outlet != outlet {
				t.Errorf("outlet %q, want %q", a.Outlet, outlet)
			}
			lang := tc.plain.Language
			if lang == "" {
				lang = "en"
			}
			if a.Language != lang {
				t.Errorf("language %q, want %q", a.Language, lang)
			}
			if a.Title != "Police detain dozens at rally" || a.Text != text {
				t.Errorf("title %q, text %q: want the first line and the whole file", a.Title, a.Text)
			}
			if lines["published"] != tc.line {
				t.Errorf("published on line %d, want %d", lines["published"], tc.line)
			}
		})
	}
}

func TestPlainArticleRefused(t *testing.T) {
	for _, tc := range []struct {
		name, text, field, want string
	}{
		{"nothing dates it", "Police detain dozens\n\nPolice detained 40 people on Sunday.\n", "published", "--published"},
		{"a caption's date is not publication's", seedText(t), "published", "--published"},
		{"no text", " \n\n\t\n", "text", "no text"},
		// 4 July or 7 April: with slashes either is read somewhere.
		{"a day and a month that could be swapped", "Police detain dozens\n04/07/2013\nPolice detained 40 people.\n", "published", "--published"},
		{"a day that is not in the calendar", "Police detain dozens\nPublished 31 June 2020\nPolice detained 40 people.\n", "published", "--published"},
		{"a label that is no label", "Police detain dozens\nElection 14 Sep 2020\nPolice detained 40 people.\n", "published", "--published"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			probs := &problems{}
			if _, _, ok := parseArticle("story.txt", []byte(tc.text), Plain{}, probs); ok {
				t.Fatal("accepted")
			}
			if len(probs.list) != 1 {
				t.Fatalf("problems %v, want one", probs.list)
			}
			p := probs.list[0]
			if p.File != "story.txt" || p.Line != 1 || p.Field != tc.field || !strings.Contains(p.Message, tc.want) {
				t.Errorf("problem %q, want story.txt:1, field %s, saying %q", p, tc.field, tc.want)
			}
		})
	}
}

func TestPlainCheck(t *testing.T) {
	for _, tc := range []struct {
		p    Plain
		want string
	}{
		{Plain{}, ""},
		{Plain{Published: "2020-09-14", Language: "en-GB", Outlet: "x"}, ""},
		{Plain{Published: "2020-9-14"}, "--published"},
		{Plain{Published: "2020-02-30"}, "--published"},
		{Plain{Language: "English"}, "--language"},
	} {
		err := tc.p.Check()
		if (err == nil) != (tc.want == "") || err != nil && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want an error naming %q", tc.p, err, tc.want)
		}
	}
}

// TestPlainImport: a folder of plain files loads as extracted articles,
// and one that nothing dates refuses the whole load, so nothing is written.
func TestPlainImport(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("000_4ce8e7df8ad01201.txt", seedText(t))
	x, err := extract.New("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load([]string{dir}, WithExtractor(x), WithPlain(Plain{Published: "2020-09-14", Outlet: "Al Jazeera"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Facts) != 1 || b.Facts[0].Article.Method != graph.Extracted || len(b.Facts[0].Events) == 0 {
		t.Fatalf("want the seed drafted with its events, got %d articles", len(b.Facts))
	}
	if err := os.Remove(filepath.Join(dir, "000_4ce8e7df8ad01201.txt")); err != nil {
		t.Fatal(err)
	}
	write("dated.txt", "Police detain dozens\n\nPublished On 14 Sep 2020\n\nPolice detained 40 people on Sunday.\n")
	write("undated.txt", "Police detain dozens\n\nPolice detained 40 people on Sunday.\n")
	_, err = Load([]string{dir}, WithExtractor(x))
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 1 || ve.Problems[0].File != filepath.Join(dir, "undated.txt") || ve.Problems[0].Field != "published" {
		t.Fatalf("want the undated file refused, and so the whole load, got %v", err)
	}
}

func TestPlainTitle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Police detain dozens at rally\nPublished On 14 Sep 2020\nPolice detained 40 people.", "Police detain dozens at rally"},
		{"Skip to main content\nWorld\nBy Jane Roe\nPolice detain dozens at Minsk rally\nPublished On 14 Sep 2020\nPolice detained 40 people.",
			"Police detain dozens at Minsk rally"},
		{"Published On 14 Sep 2020\nPolice detain dozens at Minsk rally\nPolice detained 40 people.", "Police detain dozens at Minsk rally"},
		{"April 16, 2017 / 8:05 PM / Updated 7 years ago\nTurkey's Erdogan claims victory in referendum\nErdogan declared victory.", "Turkey's Erdogan claims victory in referendum"},
		// Nothing looks like a headline: the first line it is.
		{"Minsk\nPublished On 14 Sep 2020", "Minsk"},
	} {
		probs := &problems{}
		a, lines, ok := parseArticle("story.txt", []byte(tc.text), Plain{}, probs)
		if !ok {
			t.Fatalf("%q refused: %v", tc.text, probs.list)
		}
		if a.Title != tc.want {
			t.Errorf("%q: title %q, want %q", tc.text, a.Title, tc.want)
		}
		if l := strings.Split(tc.text, "\n")[lines["title"]-1]; l != tc.want {
			t.Errorf("%q: the title's line %d is %q", tc.text, lines["title"], l)
		}
	}
}

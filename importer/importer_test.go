package importer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
)

const articleFile = `---
title: Test article
outlet: Test Wire
published: 2020-09-14
language: en
---

Putin met Lukashenko in Sochi on Monday. Russia lent Belarus $1.5bn.
`

// validAnnotation is a small, correct annotation of articleFile. Its line
// numbers matter: the tests below break one line at a time.
const validAnnotation = `actors:
  - id: vladimir-putin
    name: Vladimir Putin
    kind: Person
    quotes: [Putin]
  - id: alexander-lukashenko
    name: Alexander Lukashenko
    kind: Person
    quotes: [Lukashenko]
  - id: russia
    name: Russia
    kind: Country
    quotes: [Russia]
places:
  - id: sochi
    name: Sochi
    kind: city
    in: russia
    quotes: [Sochi]
events:
  - id: talks
    type: Meeting
    title: Talks in Sochi
    date: {text: on Monday}
    place: sochi
    cameo: "043"
    participants:
      - {actor: vladimir-putin, role: host}
      - {actor: alexander-lukashenko, role: visitor}
    quotes: [Putin met Lukashenko in Sochi on Monday.]
relations:
  - type: LEADER_OF
    from: vladimir-putin
    to: russia
    since: {start: "2000"}
    quotes: [Putin]
`

func writeArticle(t *testing.T, annotation string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "test-article.txt"), []byte(articleFile), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "test-article.yaml"), []byte(annotation), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadValid(t *testing.T) {
	dir := writeArticle(t, validAnnotation)
	b, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	facts, files := b.Facts, b.Files
	if len(facts) != 1 || len(files) != 1 {
		t.Fatalf("loaded %d articles", len(facts))
	}
	f := facts[0]
	if f.Article.ID != "test-article" || f.Article.Text != "Putin met Lukashenko in Sochi on Monday. Russia lent Belarus $1.5bn.\n" {
		t.Errorf("article = %+v", f.Article)
	}
	want := graph.Date{Start: "2020-09-14", End: "2020-09-14", Precision: graph.Day, Text: "on Monday"}
	if len(f.Events) != 1 || f.Events[0].Date != want {
		t.Errorf("events = %+v", f.Events)
	}
	if s := f.Events[0].Sources[0]; s.Start != 0 || s.End != 40 {
		t.Errorf("quote offsets = %d..%d, want 0..40", s.Start, s.End)
	}
	// The place's "in" becomes a LOCATED_IN relation, beside the stated one.
	if len(f.Relations) != 2 || f.Relations[0].Type != graph.LocatedIn || f.Relations[1].Since.Start != "2000-01-01" {
		t.Errorf("relations = %+v", f.Relations)
	}
}

// TestValidationErrors breaks the valid annotation in one way at a time and
// checks the message names the file, the line, the field and what was
// expected.
func TestValidationErrors(t *testing.T) {
	cases := []struct {
		name, old, new string
		want           string // file:line: field: message, after the file name
	}{
		{"unknown event type", "type: Meeting", "type: Summit",
			`:22: events[0].type: "Summit" is not an event type; expected one of Meeting,`},
		{"unknown role", "role: host", "role: boss",
			`:28: events[0].participants[0].role: "boss" is not a role; expected one of host,`},
		{"undeclared participant", "{actor: vladimir-putin, role: host}", "{actor: xi-jinping, role: host}",
			`:28: events[0].participants[0].actor: "xi-jinping" is not a declared actor`},
		{"date that does not parse", "date: {text: on Monday}", "date: {text: someday}",
			`:24: events[0].date.text: cannot resolve "someday": give date.start (YYYY-MM-DD) and date.precision`},
		{"bad explicit date", `since: {start: "2000"}`, `since: {start: "2000-13"}`,
			`:35: relations[0].since.start: "2000-13" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`},
		{"quote not in the text", "quotes: [Putin met Lukashenko in Sochi on Monday.]", "quotes: [Putin met Xi in Sochi.]",
			`:30: events[0].quotes[0]: "Putin met Xi in Sochi." is not a verbatim substring of the article text`},
		{"duplicate id", "  - id: alexander-lukashenko", "  - id: vladimir-putin",
			`:6: actors[1].id: duplicate id "vladimir-putin": already declared as an actor`},
		{"unknown actor kind", "kind: Country", "kind: Nation",
			`:12: actors[2].kind: "Nation" is not an actor kind; expected one of Person, Country, Organization, Group`},
		{"unknown place", "place: sochi", "place: atlantis",
			`:25: events[0].place: "atlantis" is not a declared place or Country actor`},
		{"unknown relation type", "type: LEADER_OF", "type: FRIEND_OF",
			`:32: relations[0].type: "FRIEND_OF" is not a relation type`},
		{"unknown key", "    cameo: \"043\"", "    cameo: \"043\"\n    colour: red",
			`:27: events[0].colour: unknown key "colour"`},
		{"bad cameo", `cameo: "043"`, `cameo: "43x"`,
			`:26: events[0].cameo: "43x" is not a CAMEO code`},
		{"missing quotes", "    quotes: [Russia]\n", "\n",
			`:10: actors[2].quotes: missing: at least one verbatim quote`},
		// The YAML classes: what the format allows and an annotation never
		// needs is refused with its line and path, in the format's words.
		{"second document", "    quotes: [Putin]\n", "    quotes: [Putin]\n---\nactors: []\n",
			`:6: a second YAML document (after ---): one annotation per file`},
		{"explicit tag", "name: Vladimir Putin", "name: !!binary VmxhZGltaXI=",
			`:3: actors[0].name: explicit YAML tags such as !!binary are not accepted`},
		{"anchor", "name: Vladimir Putin", "name: &who Vladimir Putin",
			`:3: actors[0].name: YAML anchors and aliases`},
		{"wrong type", "    cameo: \"043\"", "    cameo: \"043\"\n    count:\n      value: many\n      qualifier: about",
			`:28: events[0].count.value: expected a whole number, found text "many"`},
		{"wrong type in a flow mapping", "    cameo: \"043\"", "    cameo: \"043\"\n    count: {value: many, qualifier: about}",
			`:27: events[0].count: expected a whole number, found text "many"`},
		{"invalid UTF-8", "name: Russia", "name: Rus\xffsia",
			`:11: not valid UTF-8 text`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(validAnnotation, c.old) {
				t.Fatalf("test is stale: %q not in the annotation", c.old)
			}
			dir := writeArticle(t, strings.Replace(validAnnotation, c.old, c.new, 1))
			_, err := Load([]string{dir})
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("err = %v, want a ValidationError", err)
			}
			if !errors.Is(err, graph.ErrInvalid) {
				t.Error("a ValidationError should be ErrInvalid")
			}
			want := filepath.Join(dir, "test-article.yaml") + c.want
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error:\n%v\nwant a line containing:\n%s", err, want)
			}
		})
	}
}

func TestAllErrorsReported(t *testing.T) {
	broken := strings.NewReplacer("type: Meeting", "type: Summit", "role: host", "role: boss",
		"kind: Country", "kind: Nation").Replace(validAnnotation)
	_, err := Load([]string{writeArticle(t, broken)})
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) < 3 {
		t.Fatalf("err = %v, want all three problems", err)
	}
}

func TestArticleFileErrors(t *testing.T) {
	cases := []struct{ name, file, want string }{
		{"no front matter and nothing that dates it", "Just text.\n", `:1: published: a file without front matter needs its day of publication`},
		{"bad published", strings.Replace(articleFile, "2020-09-14", "14/09/2020", 1),
			`:4: published: "14/09/2020" is not a day of the form YYYY-MM-DD`},
		{"missing outlet", strings.Replace(articleFile, "outlet: Test Wire\n", "", 1), `:1: outlet: missing`},
		{"unknown key", strings.Replace(articleFile, "language: en", "language: en\nauthor: Someone", 1),
			`:6: author: unknown key "author"`},
		// Encoding classes: the text is read as UTF-8, byte for byte, or
		// refused with its line.
		{"invalid UTF-8 in the text", articleFile + "Caf\xe9 society.\n", `:9: text: not valid UTF-8 (byte 0xe9)`},
		{"control character", articleFile + "A bell\a rang.\n", `:9: text: a control character U+0007`},
		{"byte-order mark inside", articleFile + "Odd\uFEFF mark.\n", `:9: text: a control character U+FEFF`},
		{"invalid UTF-8 in the front matter", strings.Replace(articleFile, "Test Wire", "Test \xffWire", 1), `:3: not valid UTF-8`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeArticle(t, validAnnotation)
			path := filepath.Join(dir, "test-article.txt")
			if err := os.WriteFile(path, []byte(c.file), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load([]string{dir})
			if err == nil || !strings.Contains(err.Error(), path+c.want) {
				t.Errorf("error:\n%v\nwant one containing %s%s", err, path, c.want)
			}
		})
	}
}

// TestFileNamesInOtherScripts: an article without an id takes it from its
// file name; letters of other scripts are transliterated so the id stays
// readable, and a name that gives no id at all is refused, never a partial
// id two files could share.
func TestFileNamesInOtherScripts(t *testing.T) {
	cases := []struct{ file, id, want string }{
		{"Лукашенко в Сочи.txt", "lukashenko-v-sochi", ""},
		{"Łukašenka—Sochi 2020.txt", "lukasenka-sochi-2020", ""},
		{"Αθήνα διαδήλωση.txt", "athena-diadelose", ""},
		{"北京会谈.txt", "bei-jing-hui-tan", ""},
		{"★★★.txt", "", `: id: the file name "★★★.txt" gives no id`},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, c.file)
			if err := os.WriteFile(path, []byte(articleFile), 0o644); err != nil {
				t.Fatal(err)
			}
			yaml := strings.TrimSuffix(path, ".txt") + ".yaml"
			if err := os.WriteFile(yaml, []byte(validAnnotation), 0o644); err != nil {
				t.Fatal(err)
			}
			b, err := Load([]string{path})
			if c.want != "" {
				if err == nil || !strings.Contains(err.Error(), path+":1"+c.want) {
					t.Fatalf("error:\n%v\nwant one containing %s:1%s", err, path, c.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := b.Facts[0].Article.ID; got != c.id {
				t.Errorf("id = %q, want %q", got, c.id)
			}
		})
	}
}

// TestByteOrderMark: an article file that starts with a UTF-8 byte-order
// mark reads as the same article without it.
func TestByteOrderMark(t *testing.T) {
	dir := writeArticle(t, validAnnotation)
	path := filepath.Join(dir, "test-article.txt")
	if err := os.WriteFile(path, []byte("\uFEFF"+articleFile), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load([]string{dir})
	if err != nil || b.Facts[0].Article.Text != strings.SplitN(articleFile, "---\n\n", 2)[1] {
		t.Fatalf("with a byte-order mark: %v", err)
	}
}

// TestArticleSizeCap: an article over the size limit is refused, naming
// the limit and how to raise it.
func TestArticleSizeCap(t *testing.T) {
	dir := writeArticle(t, validAnnotation)
	_, err := Load([]string{dir}, WithMaxArticleBytes(40))
	if err == nil || !strings.Contains(err.Error(), "text: the text is 69 bytes, over the limit of 40 (EVENTGRAPH_MAX_ARTICLE_BYTES)") {
		t.Errorf("err = %v", err)
	}
}

func TestMissingAnnotationRefused(t *testing.T) {
	dir := writeArticle(t, validAnnotation)
	os.Remove(filepath.Join(dir, "test-article.yaml"))
	_, err := Load([]string{dir})
	if err == nil || !strings.Contains(err.Error(), "no annotation test-article.yaml beside it") {
		t.Errorf("err = %v", err)
	}
}

// TestBadInputLeavesStoreUnchanged imports a good article, then a broken
// version of it next to a new good one: nothing of the second import may
// land.
func TestBadInputLeavesStoreUnchanged(t *testing.T) {
	ctx := context.Background()
	backend, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	store := graph.New(backend)
	defer store.Close(ctx)
	good := writeArticle(t, validAnnotation)
	if _, err := Import(ctx, store, []string{good}, nil); err != nil {
		t.Fatal(err)
	}
	before, _ := store.Stats(ctx)
	beforeEvent, _ := store.Event(ctx, "talks")

	other := writeArticle(t, strings.ReplaceAll(validAnnotation, "id: talks", "id: other-talks"))
	os.Rename(filepath.Join(other, "test-article.txt"), filepath.Join(other, "second.txt"))
	os.Rename(filepath.Join(other, "test-article.yaml"), filepath.Join(other, "second.yaml"))
	broken := writeArticle(t, strings.Replace(validAnnotation, "Talks in Sochi", "Changed title", 1)+
		"  - type: ALLY_OF\n    from: vladimir-putin\n    to: nobody\n    quotes: [Putin]\n")
	_, err = Import(ctx, store, []string{other, broken}, nil)
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), `relations[1].to: "nobody" is not a declared actor or place`) {
		t.Fatalf("err = %v", err)
	}
	after, _ := store.Stats(ctx)
	afterEvent, _ := store.Event(ctx, "talks")
	if !reflect.DeepEqual(before, after) || !reflect.DeepEqual(beforeEvent, afterEvent) {
		t.Errorf("a refused import changed the store: %v -> %v", before, after)
	}
	if _, err := store.Event(ctx, "other-talks"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("the good article of a refused import was written: %v", err)
	}
}

func TestSeedsAreValid(t *testing.T) {
	b, err := Load([]string{"../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	facts := b.Facts
	if len(facts) == 0 || len(facts[0].Events) < 15 {
		t.Fatalf("seed gave %d articles", len(facts))
	}
}

// TestGraphProblemsGetLines: problems package graph finds (here a
// week-precision date running past the year 9999, and an article URL that
// is not http) come back as FILE:LINE: FIELD, from Check as from Import.
func TestGraphProblemsGetLines(t *testing.T) {
	ann := strings.Replace(validAnnotation, "date: {text: on Monday}", "date: {start: 9999-12-31, precision: week}", 1)
	if ann == validAnnotation {
		t.Fatal("the test annotation changed; update the replacement")
	}
	dir := writeArticle(t, ann)
	art := filepath.Join(dir, "test-article.txt")
	text, _ := os.ReadFile(art)
	os.WriteFile(art, []byte(strings.Replace(string(text), "language: en", "language: en\nurl: ftp://example.org/a", 1)), 0o644)
	_, err := Check(context.Background(), nil, []string{dir})
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v, want a ValidationError", err)
	}
	msg := err.Error()
	for _, want := range []string{
		filepath.Join(dir, "test-article.yaml") + ":",
		"events[0].date: ",
		"the years 1 to 9999",
		art + ":6: url: \"ftp://example.org/a\" is not an http(s) URL",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
}

// TestFileClasses: files that are wrong as files, before any fact is read.
func TestFileClasses(t *testing.T) {
	t.Run("empty annotation", func(t *testing.T) {
		dir := writeArticle(t, "# truncated\n\n")
		_, err := Load([]string{dir})
		if err == nil || !strings.Contains(err.Error(), "test-article.yaml: the annotation is empty") ||
			!strings.Contains(err.Error(), "eventgraph remove test-article") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("annotation without its article", func(t *testing.T) {
		dir := writeArticle(t, validAnnotation)
		if err := os.WriteFile(filepath.Join(dir, "orphan.yaml"), []byte(validAnnotation), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load([]string{dir})
		if err == nil || !strings.Contains(err.Error(), "orphan.yaml: an annotation without its article: orphan.txt is missing") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("folder through a symbolic link", func(t *testing.T) {
		dir := writeArticle(t, validAnnotation)
		link := filepath.Join(t.TempDir(), "linked")
		if err := os.Symlink(dir, link); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
		b, err := Load([]string{link})
		if err != nil || len(b.Facts) != 1 || b.Files[0] != filepath.Join(link, "test-article.txt") {
			t.Fatalf("load through %s: %v %+v", link, err, b)
		}
	})
}

// TestRepeatedQuoteNoted: an event quote that occurs twice in the text is
// taken at its first occurrence, and the batch says so, with the count;
// nothing is refused.
func TestRepeatedQuoteNoted(t *testing.T) {
	dir := writeArticle(t, strings.Replace(validAnnotation, "quotes: [Putin met Lukashenko in Sochi on Monday.]", "quotes: [met]", 1))
	path := filepath.Join(dir, "test-article.txt")
	if err := os.WriteFile(path, []byte(articleFile+"They met again.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Notes) != 1 || !strings.Contains(b.Notes[0].String(), `events[0].quotes[0]: "met" occurs 2 times in the text; the first, at code point 6, is taken`) {
		t.Errorf("notes = %v", b.Notes)
	}
}

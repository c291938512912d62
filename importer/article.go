package importer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gosimple/unidecode"

	"github.com/eventgraph/eventgraph/graph"
)

// frontMatter is the YAML header of an article file.
type frontMatter struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title"`
	Outlet    string `yaml:"outlet"`
	Published string `yaml:"published"`
	Language  string `yaml:"language"`
	URL       string `yaml:"url"`
}

var (
	slugRE     = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	languageRE = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
	nonSlug    = regexp.MustCompile(`[^a-z0-9]+`)
)

// slugify turns a file name into an id: letters of other scripts are
// transliterated to Latin (Лукашенко → lukashenko, 北京 → bei-jing) so the
// id stays readable, then lower case, and runs of anything else than
// letters and digits become one dash.
func slugify(s string) string {
	return strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(unidecode.Unidecode(s)), "-"), "-")
}

// readArticle reads an article file: YAML front matter between two "---"
// lines, one blank line, then the text exactly as published; or, without
// front matter, the text alone, described by plain.
func readArticle(path string, plain Plain, probs *problems) (graph.Article, map[string]int, bool) {
	raw, err := os.ReadFile(path)
	if err != nil {
		probs.add(path, 0, "", "cannot read the article: %v", err)
		return graph.Article{}, nil, false
	}
	return parseArticle(path, raw, plain, probs)
}

// parseArticle parses the bytes of an article file named path.
func parseArticle(path string, raw []byte, plain Plain, probs *problems) (graph.Article, map[string]int, bool) {
	// A byte-order mark is how some editors start UTF-8 files; it is not
	// part of the article.
	raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
	lines := bytes.SplitAfter(raw, []byte("\n"))
	if len(lines) == 0 || strings.TrimRight(string(lines[0]), "\r\n") != "---" {
		// The text alone, as pasted from a page.
		return parsePlain(path, raw, plain, probs)
	}
	closing := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(string(lines[i]), "\r\n") == "---" {
			closing = i
			break
		}
	}
	if closing < 0 {
		probs.add(path, 1, "front matter", "no closing \"---\" line")
		return graph.Article{}, nil, false
	}
	header := bytes.Join(lines[1:closing], nil)
	var fm frontMatter
	lineOf, ok := decodeYAML(path, header, 1, &fm, probs)
	if !ok {
		return graph.Article{}, nil, false
	}
	body := bytes.Join(lines[closing+1:], nil)
	if len(bytes.TrimSpace(body)) == 0 {
		probs.add(path, closing+2, "text", "the article has no text after the front matter")
		return graph.Article{}, nil, false
	}
	// One blank line separates the header from the text; it is not text.
	textLine := closing + 2
	if bytes.HasPrefix(body, []byte("\r\n")) {
		body, textLine = body[2:], textLine+1
	} else if bytes.HasPrefix(body, []byte("\n")) {
		body, textLine = body[1:], textLine+1
	}
	lineOf["text"] = textLine
	a, ok := checkFrontMatter(path, fm, lineOf, string(body), probs)
	return a, lineOf, ok
}

// DefaultMaxArticleBytes caps an article's text: an article is served
// whole with every answer that shows it, so its size is a budget of
// every such request. Long features are under 100 KB.
const DefaultMaxArticleBytes = 1 << 20

// checkText checks an article's text: at most limit bytes, valid UTF-8,
// and no control characters but tabs and line breaks (they cannot be
// quoted, and they are usually a sign of a binary file or a bad
// conversion). Problems name the text's line, counted from firstLine.
func checkText(path string, firstLine int, text string, limit int, probs *problems) bool {
	if len(text) > limit {
		probs.add(path, firstLine, "text", "the text is %d bytes, over the limit of %d (EVENTGRAPH_MAX_ARTICLE_BYTES)", len(text), limit)
		return false
	}
	line := firstLine
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			probs.add(path, line, "text", "not valid UTF-8 (byte 0x%02x): save the article as UTF-8", text[i])
			return false
		case r == '\n':
			line++
		case r == '\t' || r == '\r':
		case unicode.IsControl(r) || r == '\uFEFF':
			probs.add(path, line, "text", "a control character %U in the text: remove it", r)
			return false
		}
		i += size
	}
	return true
}

// checkFrontMatter checks an article's front matter and builds the
// article with its text. Problems name path and the key's line in
// lineOf. An article file and an article posted to the API (request.go)
// both pass through here, so both get the same checks.
func checkFrontMatter(path string, fm frontMatter, lineOf map[string]int, text string, probs *problems) (graph.Article, bool) {
	ok := true
	line := func(key string) int {
		if l, found := lineOf[key]; found {
			return l
		}
		return 1
	}
	a := graph.Article{
		ID: fm.ID, Title: strings.TrimSpace(fm.Title), Outlet: strings.TrimSpace(fm.Outlet),
		URL: fm.URL, Language: fm.Language, Text: text,
	}
	bad := func(key, format string, args ...any) {
		probs.add(path, line(key), key, format, args...)
		ok = false
	}
	if a.ID == "" {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if a.ID = slugify(name); a.ID == "" {
			bad("id", "the file name %q gives no id (no letter or digit that has a Latin transliteration): add an id such as \"id: minsk-rally\" to the front matter", filepath.Base(path))
		}
	}
	if a.ID != "" && !slugRE.MatchString(a.ID) {
		bad("id", "%q is not an id: use lower-case letters, digits and dashes", a.ID)
	}
	if a.Title == "" {
		bad("title", "missing: the article's headline")
	}
	if a.Outlet == "" {
		bad("outlet", "missing: who published the article, such as Al Jazeera")
	}
	if t, err := graph.ParseDay(fm.Published); err != nil {
		bad("published", "%q is not a day of the form YYYY-MM-DD", fm.Published)
	} else {
		a.Published = graph.FormatDay(t)
	}
	if a.Language == "" {
		bad("language", "missing: a BCP 47 tag such as en")
	} else if !languageRE.MatchString(a.Language) {
		bad("language", "%q is not a BCP 47 language tag such as en or en-GB", a.Language)
	}
	// The URL, like every fact, is checked by package graph; its problems
	// come back to this file's url line.
	return a, ok
}

// problems collects every validation error of an import, so that the user
// sees them all at once.
type problems struct{ list []Problem }

func (p *problems) add(file string, line int, field, format string, args ...any) {
	p.list = append(p.list, Problem{File: file, Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Problem is one thing wrong with an input file.
type Problem struct {
	File    string
	Line    int
	Field   string
	Message string
}

func (p Problem) String() string {
	loc := p.File
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	if p.Field == "" {
		return loc + ": " + p.Message
	}
	return loc + ": " + p.Field + ": " + p.Message
}

// ValidationError lists everything wrong with the files of an import.
// Nothing was written.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d problem(s); nothing was imported:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap makes errors.Is(err, graph.ErrInvalid) hold.
func (e *ValidationError) Unwrap() error { return graph.ErrInvalid }

package importer

import (
	"context"
	"errors"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// Request is one article sent whole rather than read from files, as
// POST /api/v1/articles takes it: the front matter's fields, the text
// exactly as published, and the annotation's YAML.
type Request struct {
	// ID is required: with no file name to take it from, a default would
	// be a guess the client then has to read back to remove the article.
	ID        string
	Title     string
	Outlet    string
	URL       string
	Published string
	Language  string
	Text      string
	// Annotation is the YAML of the annotation file. nil means there is
	// none: the article is extracted with the extractor of WithExtractor,
	// and refused without one. An empty one is refused, as an empty file
	// beside an article is.
	Annotation []byte
}

// The request fields problems are reported under.
const (
	requestText       = "text"
	requestAnnotation = "annotation"
)

// requestSource is where a request's facts came from, to turn the graph's
// problems back into request fields.
type requestSource struct {
	// field is the request field the facts were read from: annotation, or
	// text for an extracted article.
	field string
	c     *checker
}

// FromRequest reads and checks a request the way Load reads an article
// file and its annotation: the same checks of the front matter fields,
// the text and the annotation run, and it returns every problem at once
// as a *ValidationError. In a request's problems File is the request
// field at fault (id, title, outlet, url, published, language, text,
// annotation); for annotation problems Line is the line in the
// annotation's YAML and Field the path in it, such as events[0].date.
func FromRequest(r Request, opts ...Option) (*graph.ArticleFacts, error) {
	facts, _, err := fromRequest(r, opts)
	return facts, err
}

// Upsert checks a request as FromRequest does, then imports it with
// g.UpsertArticle: checked against the store and written whole in one
// transaction, or not at all. Problems the graph finds come back as a
// *ValidationError naming request fields, as FromRequest's do.
func Upsert(ctx context.Context, g *graph.Graph, r Request, opts ...Option) (graph.ImportResult, error) {
	facts, src, err := fromRequest(r, opts)
	if err != nil {
		return graph.ImportResult{}, err
	}
	res, err := g.UpsertArticle(ctx, facts)
	if err != nil {
		return graph.ImportResult{}, src.explain(err)
	}
	return res, nil
}

func fromRequest(r Request, opts []Option) (*graph.ArticleFacts, *requestSource, error) {
	var cfg loadConfig
	for _, o := range opts {
		o(&cfg)
	}
	front := &problems{}
	if r.ID == "" {
		front.add("", 0, "id", "missing: a stable id such as aljazeera-2020-09-14-lukashenko-putin-sochi")
	}
	if strings.TrimSpace(r.Text) == "" {
		front.add("", 0, requestText, "missing: the article's text, exactly as published")
	}
	fm := frontMatter{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Language: r.Language, URL: r.URL}
	article, ok := checkFrontMatter("", fm, nil, r.Text, front)
	if !checkText("", 1, r.Text, cfg.articleLimit(), front) {
		ok = false
	}
	// Front matter problems name the key, which is the request field; a
	// request has no lines.
	probs := &problems{}
	for i, p := range front.list {
		if r.ID == "" && i > 0 && p.Field == "id" {
			// checkFrontMatter found "" is no id: said better above.
			continue
		}
		probs.add(p.Field, 0, "", "%s", p.Message)
	}
	if !ok || len(probs.list) > 0 {
		// As Load does with an article file that fails: its annotation is
		// not read, since its dates resolve against a publication day
		// that may be wrong and its quotes against a text that may be.
		return nil, nil, &ValidationError{Problems: probs.list}
	}

	src := &requestSource{field: requestAnnotation}
	var facts *graph.ArticleFacts
	var c *checker
	switch {
	case cfg.x != nil && (cfg.extractOnly || r.Annotation == nil):
		article.Method, article.Extractor = graph.Extracted, extract.Version
		src.field = requestText
		raw, err := DraftYAML(cfg.x, article)
		if err != nil {
			probs.add(requestText, 0, "", "draft an annotation: %v", err)
			break
		}
		draft := &problems{}
		facts, c, ok = checkAnnotation(requestText, raw, article, draft)
		// The client never saw the draft: its lines mean nothing to it.
		for _, p := range draft.list {
			probs.add(requestText, 0, p.Field, "in the extracted draft: %s", p.Message)
		}
	case r.Annotation == nil:
		probs.add(requestAnnotation, 0, "", "missing: this server does not extract articles; send the annotation's YAML")
	default:
		article.Method = graph.Curated
		facts, c, ok = checkAnnotation(requestAnnotation, r.Annotation, article, probs)
	}
	if len(probs.list) > 0 || !ok {
		return nil, nil, &ValidationError{Problems: probs.list}
	}
	src.c = c
	return facts, src, nil
}

// explain turns the graph's *FactsError into a *ValidationError naming
// request fields, as Batch.explain names files and lines; other errors
// pass through.
func (s *requestSource) explain(err error) error {
	var fe *graph.FactsError
	if !errors.As(err, &fe) {
		return err
	}
	probs := &problems{}
	for _, p := range fe.Problems {
		switch {
		case p.Fact.Kind == "article" && p.Field != "":
			probs.add(p.Field, 0, "", "%s", p.Reason)
		case p.Fact.Kind == "article":
			probs.add("id", 0, "", "%s", p.Reason)
		case s.c == nil || s.c.fieldPath(p.Fact, p.Field) == "":
			probs.add(s.field, 0, p.Fact.String(), "%s", p.Reason)
		case s.field == requestText:
			probs.add(s.field, 0, s.c.fieldPath(p.Fact, p.Field), "in the extracted draft: %s", p.Reason)
		default:
			path := s.c.fieldPath(p.Fact, p.Field)
			probs.add(s.field, lineFor(s.c.lines, path), path, "%s", p.Reason)
		}
	}
	return &ValidationError{Problems: probs.list}
}

package importer

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// DraftYAML drafts the annotation of an article with x, as the YAML of an
// annotation file: what `eventgraph extract` prints for a person to review.
//
// A fault of the extractor on one article is that article's error, not
// the end of an import of thousands: the rules slice text by offsets,
// and a slip there must name the file, not stop the process.
func DraftYAML(x *extract.Extractor, a graph.Article) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("draft of %s: the extractor failed on this article (a bug in it; please report it with the article): %v", a.ID, r)
		}
	}()
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Drafted by %s from %s. Review every fact against the text, correct\n", extract.Version, a.ID)
	b.WriteString("# or delete it, then save this beside the article as its annotation.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(x.Extract(a)); err != nil {
		return nil, fmt.Errorf("draft of %s: %w", a.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("draft of %s: %w", a.ID, err)
	}
	return b.Bytes(), nil
}

// ReadArticles reads article files (front matter and text, or the text
// alone as WithPlain describes it) without their annotations, reporting
// every problem at once as a *ValidationError. Options other than
// WithPlain play no part.
func ReadArticles(paths []string, opts ...Option) ([]graph.Article, error) {
	cfg := newConfig(opts)
	files, probs := collect(paths)
	var out []graph.Article
	for _, f := range files {
		if a, _, ok := readArticle(f, cfg.plain, probs); ok {
			out = append(out, a)
		}
	}
	if len(probs.list) > 0 {
		return nil, &ValidationError{Problems: probs.list}
	}
	return out, nil
}

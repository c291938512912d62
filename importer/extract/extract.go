package extract

import (
	"github.com/eventgraph/eventgraph/graph"
)

// Extractor drafts annotations. It is safe for concurrent use.
type Extractor struct {
	lex *Lexicon
}

// New returns an extractor with the embedded lexicons, extended by the
// lexicon files in dir when dir is not empty.
func New(dir string) (*Extractor, error) {
	lex, err := LoadLexicon(dir)
	if err != nil {
		return nil, err
	}
	return &Extractor{lex: lex}, nil
}

// Extract drafts the annotation of an article.
func (x *Extractor) Extract(a graph.Article) *Annotation {
	return x.extract(a)
}

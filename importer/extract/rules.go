package extract

import "github.com/eventgraph/eventgraph/graph"

func (x *Extractor) extract(a graph.Article) *Annotation { return &Annotation{} }

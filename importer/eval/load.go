package eval

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// ErrNoArticles says a gold folder holds no article files yet.
var ErrNoArticles = errors.New("no article files")

// CountArticles returns the number of article files (*.txt) under dir,
// searched recursively as the importer does.
func CountArticles(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, importer.ArticleExt) {
			n++
		}
		return nil
	})
	return n, err
}

// Load reads the curated articles under dir twice: with their annotations
// (gold) and drafted by x, ignoring the annotations (got). Each article is
// drafted on its own, so that a draft the importer refuses costs only its
// article: refused maps its id to why, and got lacks it. An invalid gold
// annotation is an error, as is a folder with no articles (ErrNoArticles).
func Load(dir string, x *extract.Extractor) (gold, got []*graph.ArticleFacts, refused map[string]string, err error) {
	n, err := CountArticles(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	if n == 0 {
		return nil, nil, nil, fmt.Errorf("%s: %w", dir, ErrNoArticles)
	}
	gb, err := importer.Load([]string{dir})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("gold articles in %s: %w", dir, err)
	}
	refused = map[string]string{}
	for i, file := range gb.Files {
		xb, err := importer.Load([]string{file}, importer.ExtractOnly(x))
		if err != nil {
			refused[gb.Facts[i].Article.ID] = err.Error()
			continue
		}
		got = append(got, xb.Facts...)
	}
	return gb.Facts, got, refused, nil
}

// ScoreDir scores what x extracts from the curated articles under dir
// against their annotations. An article whose draft the importer refuses
// is scored as if nothing was extracted from it; its Note says why and
// Scores.ExtractErrors counts it.
func ScoreDir(dir string, x *extract.Extractor) (Report, error) {
	gold, got, refused, err := Load(dir, x)
	if err != nil {
		return Report{}, err
	}
	return scoreRefused(gold, got, refused), nil
}

// scoreRefused is Score, with the articles in refused noted and counted
// as extraction errors.
func scoreRefused(gold, got []*graph.ArticleFacts, refused map[string]string) Report {
	rep := Score(gold, got)
	if len(refused) == 0 {
		return rep
	}
	var overall Scores
	overall.finish()
	for i := range rep.Articles {
		a := &rep.Articles[i]
		if why, ok := refused[a.ID]; ok {
			a.Note = "the extracted draft was refused: " + why
			a.Scores.ExtractErrors = 1
		}
		overall = overall.Add(a.Scores)
	}
	rep.Overall = overall
	return rep
}

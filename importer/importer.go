// Package importer turns article files and their curated annotations into
// validated facts and writes them to a graph.Store.
//
// An article file holds YAML front matter between two "---" lines (title,
// outlet, published, language, optional url and id), a blank line, then the
// text exactly as published. Its annotation is the YAML file beside it
// with the same base name and the extension .yaml.
package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// ArticleExt is the extension of article files.
const ArticleExt = ".txt"

// AnnotationExt is the extension of annotation files.
const AnnotationExt = ".yaml"

// Report says what an import wrote.
type Report struct {
	Articles []ArticleReport `json:"articles"`
}

// ArticleReport is one imported article.
type ArticleReport struct {
	Path      string `json:"path"`
	ID        string `json:"id"`
	Created   bool   `json:"created"`
	Actors    int    `json:"actors"`
	Places    int    `json:"places"`
	Events    int    `json:"events"`
	Relations int    `json:"relations"`
}

// Load reads and validates the article files under paths (files or
// folders, searched recursively) with their annotations. It returns every
// problem at once as a *ValidationError.
func Load(paths []string) ([]*graph.ArticleFacts, []string, error) {
	files, probs := collect(paths)
	var all []*graph.ArticleFacts
	ids := map[string]string{}
	for _, f := range files {
		article, ok := readArticle(f, probs)
		if !ok {
			continue
		}
		if first, dup := ids[article.ID]; dup {
			probs.add(f, 0, "id", "article id %q is also the id of %s", article.ID, first)
			continue
		}
		ids[article.ID] = f
		ann := strings.TrimSuffix(f, filepath.Ext(f)) + AnnotationExt
		if _, err := os.Stat(ann); err != nil {
			probs.add(f, 0, "", "no annotation %s beside it: every article needs its curated annotation (extraction from raw text is not supported yet)", filepath.Base(ann))
			continue
		}
		facts, ok := readAnnotation(ann, article, probs)
		if ok {
			all = append(all, facts)
		}
	}
	if len(probs.list) > 0 {
		return nil, nil, &ValidationError{Problems: probs.list}
	}
	return all, files, nil
}

// collect expands paths into article files in a stable order. An
// annotation path stands for its article.
func collect(paths []string) ([]string, *problems) {
	probs := &problems{}
	seen := map[string]bool{}
	var files []string
	addFile := func(p string) {
		if strings.HasSuffix(p, AnnotationExt) {
			p = strings.TrimSuffix(p, AnnotationExt) + ArticleExt
		}
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			probs.add(p, 0, "", "cannot read: %v", errors.Unwrap(err))
			continue
		}
		if !info.IsDir() {
			addFile(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ArticleExt) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			probs.add(p, 0, "", "cannot read the folder: %v", err)
			continue
		}
		if len(found) == 0 {
			probs.add(p, 0, "", "no article files (*%s) in this folder", ArticleExt)
		}
		slices.Sort(found)
		for _, f := range found {
			addFile(f)
		}
	}
	if len(files) == 0 && len(probs.list) == 0 {
		probs.add("", 0, "", "no paths given")
	}
	return files, probs
}

// Import validates every article under paths and, only if all of them are
// valid, writes each in its own transaction. Progress lines go to out
// (which may be nil).
func Import(ctx context.Context, store graph.Store, paths []string, out io.Writer) (Report, error) {
	if out == nil {
		out = io.Discard
	}
	all, files, err := Load(paths)
	if err != nil {
		return Report{}, err
	}
	var rep Report
	for i, facts := range all {
		res, err := store.UpsertArticle(ctx, facts)
		if err != nil {
			return rep, fmt.Errorf("import %s: %w", files[i], err)
		}
		ar := ArticleReport{
			Path: files[i], ID: res.Article, Created: res.Created, Actors: len(facts.Actors),
			Places: len(facts.Places), Events: len(facts.Events), Relations: len(facts.Relations),
		}
		rep.Articles = append(rep.Articles, ar)
		verb := "updated"
		if ar.Created {
			verb = "added"
		}
		fmt.Fprintf(out, "%s article %s (%s): %d actors, %d places, %d events, %d relations\n",
			verb, ar.ID, ar.Path, ar.Actors, ar.Places, ar.Events, ar.Relations)
	}
	return rep, nil
}

// Package importer turns article files and their curated annotations into
// validated facts and imports them into a graph.Graph.
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
	"github.com/eventgraph/eventgraph/importer/extract"
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
	Path      string             `json:"path"`
	ID        string             `json:"id"`
	Status    graph.ImportStatus `json:"status"`
	Method    graph.Method       `json:"method"`
	Actors    int                `json:"actors"`
	Places    int                `json:"places"`
	Events    int                `json:"events"`
	Relations int                `json:"relations"`
	// Merges are the article's ids taken for stored nodes, and the
	// ambiguities left apart.
	Merges []graph.Merge `json:"merges,omitempty"`
}

// Batch is a set of article files read and checked on their own, ready
// for the graph to check against each other and the store.
type Batch struct {
	Facts []*graph.ArticleFacts
	// Files[i] is the article file of Facts[i].
	Files []string
	// Notes are what the files should be told but that refuses nothing,
	// such as an event quote that occurs twice and which occurrence was
	// taken.
	Notes   []Problem
	sources map[string]*source // by article id
	// group is how many articles a transaction writes (WithWriteGroups).
	group int
}

// source is where an article's facts were read, to turn the graph's
// problems back into file, line and field.
type source struct {
	file       string
	frontLines map[string]int
	annotation *checker
}

// Option changes how Load reads articles.
type Option func(*loadConfig)

type loadConfig struct {
	// chunk is how many articles Prepared.Import writes at a time; 0 for
	// DefaultChunk.
	chunk       int
	x           *extract.Extractor
	extractOnly bool
	// maxArticle caps an article's text in bytes; 0 for the default.
	maxArticle int
	// group is how many articles go in one transaction; 0 for
	// DefaultWriteGroup.
	group int
	// missing leaves out the articles the store holds (OnlyMissing).
	missing bool
	// noReport keeps Prepared.Import's report empty (WithoutReport).
	noReport bool
	// plain describes the files without front matter (WithPlain).
	plain Plain
}

func (c loadConfig) writeGroup() int {
	if c.group > 0 {
		return c.group
	}
	return DefaultWriteGroup
}

func (c loadConfig) articleLimit() int {
	if c.maxArticle > 0 {
		return c.maxArticle
	}
	return DefaultMaxArticleBytes
}

// WithChunk sets how many articles an import reads, checks and writes at
// a time; n <= 0 keeps DefaultChunk.
func WithChunk(n int) Option { return func(c *loadConfig) { c.chunk = n } }

// WithWriteGroups sets how many articles of a chunk an import writes in
// one transaction (see graph.Graph.WithWriteGroups); n <= 0 keeps
// DefaultWriteGroup, 1 writes each article on its own.
func WithWriteGroups(n int) Option { return func(c *loadConfig) { c.group = n } }

// OnlyMissing makes an import write only the articles the store does not
// hold yet (by id); the others are left as they are, not even read
// against the store. It lets a long import that was interrupted, or the
// seeding of a new store, finish without going over what it wrote.
func OnlyMissing() Option { return func(c *loadConfig) { c.missing = true } }

// WithoutReport makes Prepared.Import return an empty Report: the lines it
// writes to out are the report. Kept, the report grows by an entry per
// article with its merges, which at half a million articles is the
// largest thing an import holds; without it, memory follows the chunk.
func WithoutReport() Option { return func(c *loadConfig) { c.noReport = true } }

// WithMaxArticleBytes caps the size of an article's text; n <= 0 keeps
// DefaultMaxArticleBytes.
func WithMaxArticleBytes(n int) Option { return func(c *loadConfig) { c.maxArticle = n } }

// WithExtractor makes Load draft the facts of an article that has no
// annotation beside it with x; they are imported as extracted, unreviewed
// facts. Without it such an article is refused.
func WithExtractor(x *extract.Extractor) Option {
	return func(c *loadConfig) { c.x = x }
}

// ExtractOnly makes Load draft every article's facts with x, ignoring
// any annotation: what the extractor makes of a curated set.
func ExtractOnly(x *extract.Extractor) Option {
	return func(c *loadConfig) { c.x, c.extractOnly = x, true }
}

// Load reads and validates the article files under paths (files or
// folders, searched recursively) with their annotations, each on its own.
// It returns every problem at once as a *ValidationError.
func Load(paths []string, opts ...Option) (*Batch, error) {
	cfg := newConfig(opts)
	files, probs := collect(paths)
	b := cfg.load(files, probs)
	if len(probs.list) > 0 {
		return nil, &ValidationError{Problems: probs.list}
	}
	return b, nil
}

func newConfig(opts []Option) loadConfig {
	var cfg loadConfig
	for _, o := range opts {
		o(&cfg)
	}
	return cfg
}

// load reads and checks files, each on its own, adding their problems to
// probs.
func (cfg loadConfig) load(files []string, probs *problems) *Batch {
	b := &Batch{sources: map[string]*source{}, group: cfg.writeGroup()}
	for _, f := range files {
		cfg.loadFile(f, b, probs)
	}
	return b
}

// loadFile reads and checks one article file with its annotation (or its
// extracted draft) and adds it to b, or its problems to probs.
func (cfg loadConfig) loadFile(f string, b *Batch, probs *problems) {
	article, frontLines, ok := readArticle(f, cfg.plain, probs)
	if !ok || !checkText(f, frontLines["text"], article.Text, cfg.articleLimit(), probs) {
		return
	}
	if first, dup := b.sources[article.ID]; dup {
		probs.add(f, frontLines["id"], "id", "article id %q is also the id of %s", article.ID, first.file)
		return
	}
	src := &source{file: f, frontLines: frontLines}
	b.sources[article.ID] = src
	ann := strings.TrimSuffix(f, filepath.Ext(f)) + AnnotationExt
	_, statErr := os.Stat(ann)
	var facts *graph.ArticleFacts
	var c *checker
	switch {
	case cfg.x != nil && (cfg.extractOnly || statErr != nil):
		article.Method, article.Extractor = graph.Extracted, extract.Version
		raw, err := DraftYAML(cfg.x, article)
		if err != nil {
			probs.add(f, 0, "", "draft an annotation: %v", err)
			return
		}
		facts, c, ok = checkAnnotation(f+" (extracted draft)", raw, article, probs)
	case statErr != nil:
		probs.add(f, 0, "", "no annotation %s beside it: write one, or import with extraction (eventgraph extract drafts one)", filepath.Base(ann))
		return
	default:
		article.Method = graph.Curated
		facts, c, ok = readAnnotation(ann, article, probs)
	}
	src.annotation = c
	if c != nil {
		b.Notes = append(b.Notes, c.notes...)
	}
	if ok {
		b.Facts = append(b.Facts, facts)
		b.Files = append(b.Files, f)
	}
}

// explain turns the graph's *FactsError into a *ValidationError naming
// file, line and field; other errors pass through.
func (b *Batch) explain(err error) error {
	var ie *graph.InterruptedError
	if errors.As(err, &ie) {
		// Keep saying which articles were written; explain why it stopped.
		return &graph.InterruptedError{Written: ie.Written, Uncertain: ie.Uncertain, Total: ie.Total, Err: b.explain(ie.Err)}
	}
	var fe *graph.FactsError
	if !errors.As(err, &fe) {
		return err
	}
	probs := &problems{}
	for _, p := range fe.Problems {
		src := b.sources[p.Article]
		switch {
		case src == nil:
			probs.add("", 0, p.Fact.String(), "%s", p.Reason)
		case p.Fact.Kind == "article":
			probs.add(src.file, src.frontLines[p.Field], p.Field, "%s", p.Reason)
		case src.annotation == nil || src.annotation.fieldPath(p.Fact, p.Field) == "":
			probs.add(src.file, 0, p.Fact.String(), "%s", p.Reason)
		default:
			c := src.annotation
			path := c.fieldPath(p.Fact, p.Field)
			probs.add(c.file, lineFor(c.lines, path), path, "%s", p.Reason)
		}
	}
	return &ValidationError{Problems: probs.list}
}

// Check loads the articles under paths and checks them exactly as Import
// would before writing: each on its own, against each other and, when g
// is not nil, against the store. It writes nothing.
func Check(ctx context.Context, g *graph.Graph, paths []string, opts ...Option) (*Batch, error) {
	b, err := Load(paths, opts...)
	if err != nil {
		return nil, err
	}
	if g == nil {
		err = graph.CheckFacts(b.Facts)
	} else {
		err = g.Check(ctx, b.Facts)
	}
	if err != nil {
		return nil, b.explain(err)
	}
	return b, nil
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
		// A folder given through a symbolic link (without a trailing
		// slash) is walked like the folder itself: WalkDir does not follow
		// a link, even at its root.
		root, err := filepath.EvalSymlinks(p)
		if err != nil {
			probs.add(p, 0, "", "cannot read the folder: %v", err)
			continue
		}
		var found, annotations []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			switch {
			case d.IsDir():
			case strings.HasSuffix(path, ArticleExt):
				found = append(found, filepath.Join(p, rel))
			case strings.HasSuffix(path, AnnotationExt):
				annotations = append(annotations, filepath.Join(p, rel))
			}
			return nil
		})
		if err != nil {
			probs.add(p, 0, "", "cannot read the folder: %v", err)
			continue
		}
		// A set, not a search of found per annotation: that was quadratic,
		// hours for a folder of half a million articles.
		articles := make(map[string]bool, len(found))
		for _, f := range found {
			articles[f] = true
		}
		for _, a := range annotations {
			if !articles[strings.TrimSuffix(a, AnnotationExt)+ArticleExt] {
				probs.add(a, 0, "", "an annotation without its article: %s is missing", filepath.Base(strings.TrimSuffix(a, AnnotationExt)+ArticleExt))
			}
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

// DefaultChunk is how many articles an import reads, checks against the
// store and writes at a time: an import's memory follows the chunk, not
// the corpus.
const DefaultChunk = 256

// DefaultWriteGroup is how many articles of a chunk an import writes in
// one transaction: a commit costs about as much as writing an article
// (the embedded store's WAL frames and checkpoints, a round trip to
// Neo4j), so groups make bulk imports cheaper; an interruption then
// undoes at most a group.
const DefaultWriteGroup = 32

// Prepared is a set of article files that passed every check a file gets
// on its own, ready to import chunk by chunk. It keeps the files' names,
// not their facts.
type Prepared struct {
	cfg   loadConfig
	files []string
	// Articles is how many articles the files hold.
	Articles int
}

// Prepare reads and checks every article under paths on its own, as Load
// does, and returns every problem at once as a *ValidationError; nothing
// it reads is kept but the list of files.
func Prepare(paths []string, opts ...Option) (*Prepared, error) {
	return PrepareContext(context.Background(), paths, opts...)
}

// PrepareContext is Prepare that stops when ctx is done: checking half a
// million files takes minutes, and nothing is written yet.
func PrepareContext(ctx context.Context, paths []string, opts ...Option) (*Prepared, error) {
	cfg := newConfig(opts)
	files, probs := collect(paths)
	ids := map[string]string{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("stopped while checking the files, before writing anything: %w", err)
		}
		b := &Batch{sources: map[string]*source{}}
		cfg.loadFile(f, b, probs)
		for id, src := range b.sources {
			if first, dup := ids[id]; dup {
				probs.add(f, src.frontLines["id"], "id", "article id %q is also the id of %s", id, first)
			}
			ids[id] = f
		}
	}
	if len(probs.list) > 0 {
		return nil, &ValidationError{Problems: probs.list}
	}
	return &Prepared{cfg: cfg, files: files, Articles: len(files)}, nil
}

// Progress is how far an import has come.
type Progress struct {
	// Articles and Events are the articles written so far (added, updated
	// or unchanged) and the events they state; Total is the articles of
	// the whole import.
	Articles, Events, Total int
}

// Import writes the prepared articles chunk by chunk: each chunk is read
// again, checked against the store and against itself, and, only if all
// its articles pass, written an article per transaction. A line per
// article goes to out (which may be nil) and progress, when not nil, is
// called after each article.
//
// Everything that can be wrong with a file alone was found by Prepare,
// before anything was written. A conflict with the store or between
// articles of different chunks is found when its chunk comes: the import
// stops there with a *graph.InterruptedError that says which articles
// were written whole (running it again after the fix completes it: the
// written articles come back unchanged), as a cancelled context does.
func (p *Prepared) Import(ctx context.Context, g *graph.Graph, out io.Writer, progress func(Progress)) (Report, error) {
	chunk := p.cfg.chunk
	if chunk <= 0 {
		chunk = DefaultChunk
	}
	var rep Report
	var written []string
	done := Progress{Total: p.Articles}
	for start := 0; start < len(p.files); start += chunk {
		files := p.files[start:min(start+chunk, len(p.files))]
		probs := &problems{}
		b := p.cfg.load(files, probs)
		if len(probs.list) > 0 {
			// A file changed since Prepare read it.
			return rep, interrupted(written, p.Articles, &ValidationError{Problems: probs.list})
		}
		if p.cfg.missing {
			held, err := b.dropStored(ctx, g)
			if err != nil {
				return rep, interrupted(written, p.Articles, err)
			}
			if held > 0 {
				if out != nil {
					fmt.Fprintf(out, "skipped %d articles the store holds\n", held)
				}
				done.Articles += held
				if progress != nil {
					progress(done)
				}
			}
		}
		part, err := b.importInto(ctx, g, out, func(ar ArticleReport) {
			written = append(written, ar.ID)
			done.Articles++
			done.Events += ar.Events
			if progress != nil {
				progress(done)
			}
		})
		if !p.cfg.noReport {
			rep.Articles = append(rep.Articles, part.Articles...)
		}
		if err != nil {
			return rep, interrupted(written, p.Articles, err)
		}
	}
	return rep, nil
}

// interrupted reports an import that stopped after the articles written,
// of total; err says why. An import that wrote nothing and was not
// cancelled returns err alone, as a batch that fails its checks does.
func interrupted(written []string, total int, err error) error {
	var ie *graph.InterruptedError
	var uncertain []string
	if errors.As(err, &ie) {
		err, uncertain = ie.Err, ie.Uncertain
	}
	if len(written) == 0 && uncertain == nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &graph.InterruptedError{Written: written, Uncertain: uncertain, Total: total, Err: err}
}

// Import checks and writes every article under paths: Prepare, then
// Prepared.Import. A line per article goes to out (which may be nil).
func Import(ctx context.Context, g *graph.Graph, paths []string, out io.Writer, opts ...Option) (Report, error) {
	p, err := Prepare(paths, opts...)
	if err != nil {
		return Report{}, err
	}
	return p.Import(ctx, g, out, nil)
}

// ImportMissing imports, of the articles under paths, those the store does
// not hold yet, as Import with OnlyMissing does.
func ImportMissing(ctx context.Context, g *graph.Graph, paths []string, out io.Writer, opts ...Option) (Report, error) {
	return Import(ctx, g, paths, out, append(opts, OnlyMissing())...)
}

// dropStored leaves out of b the articles g holds, with the notes on
// their files, and returns how many it left out.
func (b *Batch) dropStored(ctx context.Context, g *graph.Graph) (int, error) {
	var facts []*graph.ArticleFacts
	var files []string
	ids := make([]string, len(b.Facts))
	for i, f := range b.Facts {
		ids[i] = f.Article.ID
	}
	held, err := g.HeldArticles(ctx, ids)
	if err != nil {
		return 0, err
	}
	kept := map[string]bool{}
	for i, f := range b.Facts {
		if held[f.Article.ID] {
			continue
		}
		facts = append(facts, f)
		files = append(files, b.Files[i])
		// Notes name the annotation file, or the article's when its facts
		// were drafted from it.
		kept[b.Files[i]] = true
		kept[strings.TrimSuffix(b.Files[i], ArticleExt)+AnnotationExt] = true
	}
	skipped := len(b.Facts) - len(facts)
	b.Facts, b.Files = facts, files
	b.Notes = slices.DeleteFunc(b.Notes, func(n Problem) bool { return !kept[n.File] })
	return skipped, nil
}

// importInto writes a loaded batch into g, a line per article to out,
// after the batch's notes; done, when not nil, is called after each
// article.
func (b *Batch) importInto(ctx context.Context, g *graph.Graph, out io.Writer, done func(ArticleReport)) (Report, error) {
	if out == nil {
		out = io.Discard
	}
	for _, n := range b.Notes {
		fmt.Fprintf(out, "note: %s\n", n)
	}
	at := map[string]int{}
	for i, f := range b.Facts {
		at[f.Article.ID] = i
	}
	var rep Report
	_, err := g.WithWriteGroups(b.group).Import(ctx, b.Facts, func(res graph.ImportResult) {
		i := at[res.Article]
		f := b.Facts[i]
		ar := ArticleReport{
			Path: b.Files[i], ID: res.Article, Status: res.Status, Method: f.Article.Method, Actors: len(f.Actors),
			Places: len(f.Places), Events: len(f.Events), Relations: len(f.Relations), Merges: res.Merges,
		}
		rep.Articles = append(rep.Articles, ar)
		if done != nil {
			done(ar)
		}
		fmt.Fprintf(out, "%s article %s (%s, %s): %d actors, %d places, %d events, %d relations\n",
			ar.Status, ar.ID, ar.Path, f.Article.Method, ar.Actors, ar.Places, ar.Events, ar.Relations)
		for _, m := range res.Merges {
			if m.To == "" {
				fmt.Fprintf(out, "  %s %s kept apart: %s matches %s equally\n", m.Kind, m.From, m.Rule, strings.Join(m.Candidates, ", "))
				continue
			}
			fmt.Fprintf(out, "  %s %s is %s (%s, %.2f)\n", m.Kind, m.From, m.To, m.Rule, m.Score)
		}
	})
	if err != nil {
		return rep, b.explain(err)
	}
	return rep, nil
}

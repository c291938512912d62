package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/eventgraph/eventgraph/importer"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// lexiconFlag adds --lexicons (env EVENTGRAPH_LEXICONS) to a command.
func lexiconFlag(fs interface {
	String(name, value, usage string) *string
}) *string {
	return fs.String("lexicons", os.Getenv("EVENTGRAPH_LEXICONS"),
		"folder of lexicon files extending the built-in ones (env EVENTGRAPH_LEXICONS)")
}

// articleLimitFlag is the flag capping an article's text, for the
// commands that read articles; its value is checked by articleLimit.
func articleLimitFlag(fs interface {
	String(name, value, usage string) *string
}) *string {
	return fs.String("max-article-bytes", envOr("EVENTGRAPH_MAX_ARTICLE_BYTES", strconv.Itoa(importer.DefaultMaxArticleBytes)),
		"largest article text in bytes; longer articles are refused (env EVENTGRAPH_MAX_ARTICLE_BYTES)")
}

// articleLimit checks the value of articleLimitFlag.
func articleLimit(v string) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("--max-article-bytes (EVENTGRAPH_MAX_ARTICLE_BYTES): %q is not a positive number of bytes", v)
	}
	return n, nil
}

// plainFlags adds --published, --outlet and --language to a command that
// reads article files: what a file without front matter (the text alone)
// does not say of itself. The returned function checks them.
func plainFlags(fs *flag.FlagSet) func() (importer.Plain, error) {
	var p importer.Plain
	fs.StringVar(&p.Published, "published", "", "for article files without front matter that give no day of publication of their own (a date line among their first lines, a wire dateline's, a day in the file name): that day, YYYY-MM-DD")
	fs.StringVar(&p.Outlet, "outlet", "", "for article files without front matter and without a wire dateline's agency: who published them (default "+importer.UnknownOutlet+")")
	fs.StringVar(&p.Language, "language", "", "for article files without front matter: their language, a BCP 47 tag (default en)")
	return func() (importer.Plain, error) { return p, p.Check() }
}

// runExtract is "eventgraph extract ARTICLE...": it prints the drafted
// annotation of each article, for a person to review and save beside it.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "[--lexicons DIR] [--published DAY] ARTICLE...", stderr)
	lexicons := lexiconFlag(fs)
	plainOf := plainFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	plain, err := plainOf()
	if err != nil {
		fmt.Fprintf(stderr, "eventgraph extract: %v\n", err)
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "eventgraph extract: name at least one article file")
		fs.Usage()
		return errUsage
	}
	x, err := extract.New(*lexicons)
	if err != nil {
		return err
	}
	articles, err := importer.ReadArticles(fs.Args(), importer.WithPlain(plain))
	if err != nil {
		return err
	}
	for i, a := range articles {
		draft, err := importer.DraftYAML(x, a)
		if err != nil {
			return err
		}
		if len(articles) > 1 {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			fmt.Fprintf(stdout, "# --- %s\n", a.ID)
		}
		if _, err := stdout.Write(draft); err != nil {
			return err
		}
	}
	return nil
}

package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
	"github.com/eventgraph/eventgraph/importer/eval"
	"github.com/eventgraph/eventgraph/importer/extract"
)

// evalSet is one gold folder scored, as "eventgraph eval --json" prints it.
type evalSet struct {
	Name string `json:"name"`
	Dir  string `json:"dir"`
	// Empty says the folder holds no articles yet; Report is then empty.
	Empty  bool        `json:"empty,omitempty"`
	Report eval.Report `json:"report"`
	// Merges, with --merge, scores how the folder's articles merge into
	// one graph.
	Merges *eval.MergeReport `json:"merges,omitempty"`
}

// evalOutput is what "eventgraph eval --json" prints.
type evalOutput struct {
	Sets []evalSet `json:"sets"`
	// Overall adds up the sets' counts (micro-averaging).
	Overall eval.Scores `json:"overall"`
	// OverallMerges adds up the sets' merge scores, with --merge.
	OverallMerges *eval.MergeReport `json:"overallMerges,omitempty"`
}

// runEval is "eventgraph eval GOLD_DIR...": it drafts every curated
// article of each folder with the extractor and scores the drafts against
// the annotations. It measures and does not judge: low scores exit 0.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "[--json] [--verbose] [--by-type] [--merge] [--lexicons DIR] GOLD_DIR...", stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	verbose := fs.Bool("verbose", false, "also print each article's scores and what was missed or invented")
	byType := fs.Bool("by-type", false, "also print the events' scores by event type (the JSON always has them)")
	merge := fs.Bool("merge", false, "also import each folder's articles into one empty graph, annotations and drafts apart, and score how their actors and events merged")
	lexicons := lexiconFlag(fs)
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		fmt.Fprintln(stderr, "eventgraph eval: name at least one folder of curated articles")
		fs.Usage()
		return errUsage
	}
	x, err := extract.New(*lexicons)
	if err != nil {
		return err
	}
	var out evalOutput
	for _, dir := range dirs {
		if err := ctx.Err(); err != nil {
			return err
		}
		set := evalSet{Name: filepath.Base(filepath.Clean(dir)), Dir: dir}
		rep, err := eval.ScoreDir(dir, x)
		switch {
		case errors.Is(err, eval.ErrNoArticles):
			set.Empty, rep = true, eval.Score(nil, nil)
		case err != nil:
			return err
		}
		set.Report = rep
		if *merge && !set.Empty {
			if set.Merges, err = scoreMerges(ctx, dir, x); err != nil {
				return err
			}
		}
		out.Sets = append(out.Sets, set)
	}
	out.Overall = eval.Scores{}.Add(eval.Scores{})
	for _, s := range out.Sets {
		out.Overall = out.Overall.Add(s.Report.Overall)
		if s.Merges != nil {
			sum := *s.Merges
			if out.OverallMerges != nil {
				sum = out.OverallMerges.Add(sum)
			}
			out.OverallMerges = &sum
		}
	}
	if *asJSON {
		return printJSON(stdout, out)
	}
	printEval(stdout, out, *verbose, *byType)
	return nil
}

// scoreMerges imports the curated articles of dir, and apart their
// drafts, each into an empty in-memory graph and scores the merges.
func scoreMerges(ctx context.Context, dir string, x *extract.Extractor) (*eval.MergeReport, error) {
	gold, got, _, err := eval.Load(dir, x)
	if err != nil {
		return nil, err
	}
	rep, err := eval.ScoreMerges(ctx, gold, got, func(ctx context.Context) (*graph.Graph, error) {
		s, err := sqlite.Open(ctx, ":memory:")
		if err != nil {
			return nil, err
		}
		return graph.New(s), nil
	})
	if err != nil {
		return nil, fmt.Errorf("merge %s: %w", dir, err)
	}
	return &rep, nil
}

// parseInterspersed parses flags given before, between or after the
// positional arguments, and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		rest := fs.Args()
		// After "--" every argument is positional.
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func printEval(w io.Writer, out evalOutput, verbose, byType bool) {
	for _, s := range out.Sets {
		if s.Empty {
			fmt.Fprintf(w, "%s (%s): no articles yet\n\n", s.Name, s.Dir)
			continue
		}
		fmt.Fprintf(w, "%s (%s):\n", s.Name, s.Dir)
		printScores(w, s.Report.Overall)
		if byType {
			printByType(w, s.Report.Overall)
		}
		if s.Merges != nil {
			printMerges(w, *s.Merges)
			if verbose {
				printWrongMerges(w, *s.Merges)
			}
		}
		if verbose {
			for _, a := range s.Report.Articles {
				printArticle(w, a)
			}
		}
		fmt.Fprintln(w)
	}
	if len(out.Sets) > 1 {
		fmt.Fprintln(w, "overall:")
		printScores(w, out.Overall)
		if byType {
			printByType(w, out.Overall)
		}
		if out.OverallMerges != nil {
			printMerges(w, *out.OverallMerges)
		}
	}
}

// mergeMode is one mode's merge scores, named.
type mergeMode struct {
	mode string
	s    eval.MergeScores
}

// modes are a report's two modes in the order they are printed.
func modes(r eval.MergeReport) []mergeMode {
	return []mergeMode{{"curated", r.Curated}, {"extracted", r.Extracted}}
}

// printWrongMerges lists what each mode merged or left apart against the
// gold.
func printWrongMerges(w io.Writer, r eval.MergeReport) {
	for _, m := range modes(r) {
		for _, miss := range m.s.Wrong {
			fmt.Fprintf(w, "    %s: %s\n", m.mode, miss)
		}
	}
}

// printMerges prints the pairwise merge scores of both modes.
func printMerges(w io.Writer, r eval.MergeReport) {
	fmt.Fprintf(w, "  %-18s %9s %7s %7s %7s %10s %8s %7s\n", "merges (pairs)", "mentions", "tp", "fp", "fn", "precision", "recall", "F1")
	for _, m := range modes(r) {
		for _, k := range []struct {
			kind     string
			mentions int
			p        eval.PRF
		}{{"actors", m.s.ActorMentions, m.s.Actors}, {"events", m.s.EventMentions, m.s.Events}} {
			fmt.Fprintf(w, "  %-18s %9d %7d %7d %7d %10.3f %8.3f %7.3f\n", m.mode+" "+k.kind, k.mentions, k.p.TP, k.p.FP, k.p.FN, k.p.Precision, k.p.Recall, k.p.F1)
		}
		if m.s.Refused > 0 {
			fmt.Fprintf(w, "  %s: %d articles refused (their mentions are missing)\n", m.mode, m.s.Refused)
		}
	}
}

// printByType prints the events' scores by event type, most gold events
// first.
func printByType(w io.Writer, s eval.Scores) {
	types := slices.Collect(maps.Keys(s.EventsByType))
	slices.SortFunc(types, func(a, b graph.EventType) int {
		pa, pb := s.EventsByType[a], s.EventsByType[b]
		return cmp.Or(cmp.Compare(pb.TP+pb.FN, pa.TP+pa.FN), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "  %-14s %5s %5s %5s %10s %8s %7s\n", "events by type", "tp", "fp", "fn", "precision", "recall", "F1")
	for _, t := range types {
		m := s.EventsByType[t]
		fmt.Fprintf(w, "  %-14s %5d %5d %5d %10.3f %8.3f %7.3f\n", t, m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	}
}

// printScores prints a table of scores.
func printScores(w io.Writer, s eval.Scores) {
	fmt.Fprintf(w, "  %d articles", s.Articles)
	if s.ExtractErrors > 0 {
		fmt.Fprintf(w, ", %d extracted drafts refused (scored as empty)", s.ExtractErrors)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  %-8s %7s %7s %7s %10s %8s %7s\n", "", "tp", "fp", "fn", "precision", "recall", "F1")
	for _, r := range []struct {
		name string
		m    eval.PRF
	}{{"actors", s.Actors}, {"events", s.Events}} {
		fmt.Fprintf(w, "  %-8s %7d %7d %7d %10.3f %8.3f %7.3f\n", r.name, r.m.TP, r.m.FP, r.m.FN, r.m.Precision, r.m.Recall, r.m.F1)
	}
	fmt.Fprintf(w, "  %-8s %7s %7s %10s\n", "", "correct", "of", "accuracy")
	for _, r := range []struct {
		name string
		a    eval.Accuracy
	}{{"dates", s.Dates}, {"roles", s.Roles}, {"amounts", s.Amounts}, {"counts", s.Counts}} {
		acc := "n/a"
		if r.a.Total > 0 {
			acc = fmt.Sprintf("%.3f", r.a.Accuracy)
		}
		fmt.Fprintf(w, "  %-8s %7d %7d %10s\n", r.name, r.a.Correct, r.a.Total, acc)
	}
}

// printArticle prints one article's scores on a line, then its misses.
func printArticle(w io.Writer, a eval.ArticleScores) {
	s := a.Scores
	acc := func(a eval.Accuracy) string { return fmt.Sprintf("%d/%d", a.Correct, a.Total) }
	fmt.Fprintf(w, "  article %s: actors %d/%d/%d F1 %.3f, events %d/%d/%d F1 %.3f, dates %s, roles %s, amounts %s, counts %s (tp/fp/fn; correct/of)\n",
		a.ID, s.Actors.TP, s.Actors.FP, s.Actors.FN, s.Actors.F1, s.Events.TP, s.Events.FP, s.Events.FN, s.Events.F1,
		acc(s.Dates), acc(s.Roles), acc(s.Amounts), acc(s.Counts))
	if a.Note != "" {
		fmt.Fprintf(w, "    note: %s\n", a.Note)
	}
	for _, m := range a.Misses {
		fmt.Fprintf(w, "    %s\n", m)
	}
}

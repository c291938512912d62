package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// ArticleFacts is everything one article states: the input of an import.
type ArticleFacts struct {
	Article   Article
	Actors    []SourcedActor
	Places    []SourcedPlace
	Events    []Event
	Relations []Relation
}

// SourcedActor is an actor with the quotes of one article that name it.
type SourcedActor struct {
	Actor
	Sources []Source
}

// SourcedPlace is a place with the quotes of one article that name it.
type SourcedPlace struct {
	Place
	Sources []Source
}

// CheckFacts checks a batch of articles on their own and against each
// other, without a store: vocabulary, ids, dates, references, and that
// the batch gives each id one kind of node and each article one id. It
// returns a *FactsError listing every problem, or nil.
func CheckFacts(batch []*ArticleFacts) error {
	_, probs := checkBatch(batch)
	if len(probs) > 0 {
		return &FactsError{Problems: probs}
	}
	return nil
}

func checkBatch(batch []*ArticleFacts) ([]*facts, []Problem) {
	var all []Problem
	out := make([]*facts, 0, len(batch))
	articles := map[string]bool{}
	// first says which article first gave an id its kind.
	type decl struct {
		kind    nodeKind
		article string
	}
	first := map[string]decl{}
	for _, af := range batch {
		if af == nil {
			all = append(all, Problem{Fact: FactRef{Kind: "article"}, Reason: "missing"})
			continue
		}
		f, probs := checkFacts(af)
		all = append(all, probs...)
		id := af.Article.ID
		if articles[id] {
			all = append(all, Problem{Article: id, Fact: FactRef{Kind: "article", ID: id}, Field: "id",
				Reason: "this batch holds two articles with this id"})
		}
		articles[id] = true
		for _, nid := range f.ids() {
			k := f.kinds[nid]
			d, seen := first[nid]
			if !seen {
				first[nid] = decl{k, id}
				continue
			}
			if d.kind != k {
				all = append(all, Problem{Article: id, Fact: FactRef{Kind: kindOfDecl(k), ID: nid}, Field: "id",
					Reason: fmt.Sprintf("%q is a %s in article %s of this batch; an id names one kind of node", nid, d.kind, d.article)})
			}
		}
		out = append(out, f)
	}
	return out, all
}

// Check checks a batch of articles exactly as Import does before it writes
// anything: on their own, against each other and against the store. It
// writes nothing and returns a *FactsError listing every problem, or nil.
func (g *Graph) Check(ctx context.Context, batch []*ArticleFacts) error {
	_, err := g.check(ctx, batch)
	return err
}

func (g *Graph) check(ctx context.Context, batch []*ArticleFacts) ([]*facts, error) {
	all, probs := checkBatch(batch)
	if len(probs) > 0 {
		return nil, &FactsError{Problems: probs}
	}
	// Each article is checked against the store as it will be when that
	// article is written: the articles before it in the batch have
	// replaced their statements, those after it not yet.
	err := g.view(ctx, "check against the store", func(v View) error {
		written := make([]string, 0, len(all))
		for _, f := range all {
			written = append(written, f.article.ID)
			stored, err := v.Stored(ctx, f.ids(), written)
			if err != nil {
				return err
			}
			probs = append(probs, collisions(f, stored)...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		return nil, &FactsError{Problems: probs}
	}
	return all, nil
}

// Import checks a batch of articles as Check does and, only when all of
// them pass, writes each in a transaction of its own: an article is
// written whole or not at all. Facts merge on id with what other articles
// state; an article's earlier contribution is replaced, so importing it
// twice leaves the same graph; facts no article states any more are
// deleted. done, when not nil, is called after each article is written.
//
// When an import stops part way (a cancelled context, a failed write),
// the error is an *InterruptedError that says which articles were
// written; running the same import again completes it.
func (g *Graph) Import(ctx context.Context, batch []*ArticleFacts, done func(ImportResult)) ([]ImportResult, error) {
	all, err := g.check(ctx, batch)
	if err != nil {
		return nil, err
	}
	var results []ImportResult
	var written []string
	for _, f := range all {
		err := ctx.Err()
		var res ImportResult
		if err == nil {
			res, err = g.write(ctx, f)
		}
		if err != nil {
			if len(all) == 1 {
				return nil, err
			}
			return results, &InterruptedError{Written: written, Total: len(all), Err: err}
		}
		results = append(results, res)
		written = append(written, res.Article)
		if done != nil {
			done(res)
		}
	}
	return results, nil
}

// UpsertArticle imports one article: Import of a batch of one.
func (g *Graph) UpsertArticle(ctx context.Context, f *ArticleFacts) (ImportResult, error) {
	res, err := g.Import(ctx, []*ArticleFacts{f}, nil)
	if err != nil {
		return ImportResult{}, err
	}
	return res[0], nil
}

// write writes one checked article in one transaction. What it stated
// before and what the store holds are read, and locked, inside the
// transaction, so that the plan is built from the state it is applied to.
func (g *Graph) write(ctx context.Context, f *facts) (ImportResult, error) {
	res := ImportResult{Article: f.article.ID}
	fp := f.fingerprint()
	err := g.b.Update(ctx, func(tx Tx) error {
		prior, err := tx.Stated(ctx, f.article.ID)
		if err != nil {
			return err
		}
		if prior != nil && prior.Fingerprint == fp {
			res.Status = Unchanged
			return nil
		}
		ids := f.ids()
		if prior != nil {
			ids = slices.Concat(ids, prior.Actors, prior.Places, prior.Events)
			slices.Sort(ids)
			ids = slices.Compact(ids)
		}
		stored, err := tx.Stored(ctx, ids, []string{f.article.ID})
		if err != nil {
			return err
		}
		// Checked before the transaction too; this catches an article
		// another process wrote since.
		if probs := collisions(f, stored); len(probs) > 0 {
			return &FactsError{Problems: probs}
		}
		p := plan(f, fp, prior, stored)
		res.Status = Updated
		if p.Created {
			res.Status = Added
		}
		return tx.Apply(ctx, p)
	})
	if err != nil {
		return ImportResult{}, g.fail(ctx, "import article "+f.article.ID, err)
	}
	return res, nil
}

// plan builds the write of one article from what it states now, what it
// stated before (nil if never) and what the store holds under its ids.
func plan(f *facts, fingerprint string, prior *Prior, stored map[string]StoredNode) *Plan {
	p := &Plan{
		Article:     f.article,
		Fingerprint: fingerprint,
		Created:     prior == nil,
		Places:      f.places,
		Relations:   f.relations,
		Now:         f.statements(),
	}
	if prior != nil {
		p.Withdrawn = withdrawn(prior.Statements, p.Now)
	}
	for _, a := range f.actors {
		aliases := mergeAliases(stored[a.ID].Aliases, a.Aliases)
		search := []string{Fold(a.Name)}
		for _, al := range aliases {
			search = append(search, Fold(al))
		}
		act := a.Actor
		act.Aliases = aliases
		p.Actors = append(p.Actors, PlannedActor{Actor: act, SortName: Fold(a.Name), Search: strings.Join(search, "\n"), Sources: a.Sources})
	}
	for _, e := range f.events {
		p.Events = append(p.Events, e)
	}
	return p
}

// withdrawn lists what before states and now does not.
func withdrawn(before, now Statements) Statements {
	return Statements{
		Actors:    minus(before.Actors, now.Actors),
		Places:    minus(before.Places, now.Places),
		Events:    minus(before.Events, now.Events),
		Parts:     minus(before.Parts, now.Parts),
		Occ:       minus(before.Occ, now.Occ),
		Relations: minus(before.Relations, now.Relations),
	}
}

func minus[T comparable](a, b []T) []T {
	drop := map[T]bool{}
	for _, x := range b {
		drop[x] = true
	}
	var out []T
	for _, x := range a {
		if !drop[x] {
			out = append(out, x)
		}
	}
	return out
}

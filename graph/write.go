package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
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
	// SameAs says, by an actor's or event's id in the article, which
	// stored node of the same kind it is (a merge the annotation forces).
	SameAs map[string]string
	// NotSameAs lists, by an actor's or event's id in the article, the
	// stored nodes it must not be merged into.
	NotSameAs map[string][]string
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
		// Only articles the store holds have statements to set aside:
		// passing the others would make each check cost the batch's size.
		ids := make([]string, len(all))
		for i, f := range all {
			ids[i] = f.article.ID
		}
		held, err := v.ArticleMethods(ctx, ids)
		if err != nil {
			return err
		}
		var written []string
		// declared are the kinds of the ids the batch's earlier articles
		// declare: a sameAs may name one of them.
		declared := map[string]nodeKind{}
		// earlier are the relations the batch's earlier articles state.
		var earlier []Relation
		for _, f := range all {
			if _, ok := held[f.article.ID]; ok {
				written = append(written, f.article.ID)
			}
			except := append(slices.Clip(written), f.article.ID)
			stored, err := v.Stored(ctx, slices.Concat(f.ids(), f.sameAsTargets()), except)
			if err != nil {
				return err
			}
			probs = append(probs, collisions(f, stored)...)
			cycles, err := containmentCycles(ctx, v, f, earlier, except)
			if err != nil {
				return err
			}
			probs = append(probs, cycles...)
			earlier = append(earlier, f.relations...)
			for id, k := range declared {
				if _, ok := stored[id]; !ok {
					stored[id] = StoredNode{ID: id, Class: k.class, ActorKind: k.actor}
				}
			}
			probs = append(probs, sameAsProblems(f, stored)...)
			maps.Copy(declared, f.kinds)
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
// them pass, writes each in a transaction of its own (or a group of them
// in one, see WithWriteGroups): an article is written whole or not at
// all. Facts merge on id with what other articles state; an article's
// earlier contribution is replaced, so importing it twice leaves the same
// graph; facts no article states any more are deleted. done, when not
// nil, is called after each article is written (after its group's
// commit).
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
	// attempt writes articles in one transaction and keeps what they did;
	// an error stops the import and says what may be in the store.
	attempt := func(fs []*facts) error {
		err := ctx.Err()
		var res []ImportResult
		if err == nil {
			res, err = g.write(ctx, fs)
		}
		if err != nil {
			var uncertain []string
			if errors.Is(err, ErrUncertain) {
				for _, f := range fs {
					uncertain = append(uncertain, f.article.ID)
				}
			}
			if len(all) == 1 && uncertain == nil {
				return err
			}
			return &InterruptedError{Written: written, Uncertain: uncertain, Total: len(all), Err: err}
		}
		for _, r := range res {
			results = append(results, r)
			written = append(written, r.Article)
			if done != nil {
				done(r)
			}
		}
		return nil
	}
	size := max(g.group, 1)
	for start := 0; start < len(all); start += size {
		group := all[start:min(start+size, len(all))]
		err := attempt(group)
		var ie *InterruptedError
		if len(group) > 1 && errors.Is(err, ErrInvalid) && errors.As(err, &ie) && ie.Uncertain == nil {
			// An article of the group is refused by what the store holds:
			// the group was rolled back. One by one, the articles before it
			// land and the error names it, as without groups.
			for i := range group {
				if err = attempt(group[i : i+1]); err != nil {
					break
				}
			}
		}
		if err != nil {
			if len(all) == 1 {
				return nil, err
			}
			return results, err
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

// write writes checked articles in one transaction, each as if on its
// own. What an article stated before and what the store holds are read,
// and locked, inside the transaction, so that its plan is built from the
// state it is applied to, the earlier articles of the group included.
// The article's actors and events are first resolved against the store:
// one the store holds under another id is written under that id.
func (g *Graph) write(ctx context.Context, fs []*facts) ([]ImportResult, error) {
	var results []ImportResult
	var plans []*Plan
	err := g.b.Update(ctx, func(tx Tx) error {
		// A backend may run fn again (a retried transaction): start over.
		results = results[:0]
		plans = plans[:0]
		for _, f := range fs {
			res, p, err := g.writeOne(ctx, tx, f)
			if err != nil {
				return err
			}
			results = append(results, res)
			if p != nil {
				plans = append(plans, p)
			}
		}
		return logChange(ctx, tx, plans)
	})
	if err != nil {
		op := "import article " + fs[0].article.ID
		if len(fs) > 1 {
			op = fmt.Sprintf("import articles %s to %s", fs[0].article.ID, fs[len(fs)-1].article.ID)
		}
		return nil, g.fail(ctx, op, err)
	}
	// The graph's next timeline request finds the write in memory.
	g.refreshTimeline(ctx)
	return results, nil
}

// logChange logs what a transaction's plans changed, when the backend
// keeps a log of changes: graphs keeping the timeline in memory, in this
// process or another, read it to list the change in their index.
func logChange(ctx context.Context, tx Tx, plans []*Plan) error {
	cw, ok := tx.(ChangeWriter)
	if !ok {
		return nil
	}
	return cw.LogChange(ctx, changeOf(plans))
}

// writeOne writes one article in tx and returns the plan it applied, nil
// when the article was unchanged.
func (g *Graph) writeOne(ctx context.Context, tx Tx, f *facts) (ImportResult, *Plan, error) {
	res := ImportResult{Article: f.article.ID}
	prior, err := tx.Stated(ctx, f.article.ID)
	if err != nil {
		return res, nil, err
	}
	own, err := tx.Stored(ctx, slices.Concat(f.ids(), f.sameAsTargets()), []string{f.article.ID})
	if err != nil {
		return res, nil, err
	}
	if probs := sameAsProblems(f, own); len(probs) > 0 {
		return res, nil, &FactsError{Problems: probs}
	}
	rf, r, err := g.resolve(ctx, tx, f, own)
	if err != nil {
		return res, nil, err
	}
	rf.merges = r.merges
	fp := rf.fingerprint()
	if prior != nil && prior.Fingerprint == fp {
		res.Status = Unchanged
		return res, nil, nil
	}
	ids := rf.ids()
	if prior != nil {
		ids = slices.Concat(ids, prior.Actors, prior.Places, prior.Events)
		slices.Sort(ids)
		ids = slices.Compact(ids)
	}
	stored, err := tx.Stored(ctx, ids, []string{f.article.ID})
	if err != nil {
		return res, nil, err
	}
	// Checked before the transaction too; this catches an article
	// another process wrote since.
	if probs := collisions(rf, stored); len(probs) > 0 {
		return res, nil, &FactsError{Problems: probs}
	}
	p, err := plan(rf, fp, prior, stored, r)
	if err != nil {
		return res, nil, err
	}
	res.Status = Updated
	if p.Created {
		res.Status = Added
	}
	res.Merges = r.merges
	return res, p, tx.Apply(ctx, p)
}

// Remove withdraws articles: each, in a transaction of its own, takes
// with it every fact only it states and its claims, quotes and merge
// decisions; facts other articles state stay, with the properties their
// claims give. An unknown article is a NotFoundError and nothing is
// removed. When a removal stops part way the error is an
// *InterruptedError naming the articles removed.
func (g *Graph) Remove(ctx context.Context, ids []string) error {
	err := g.view(ctx, "check articles", func(v View) error {
		for _, id := range ids {
			_, ok, err := v.Article(ctx, id)
			if err != nil {
				return err
			}
			if !ok {
				return &NotFoundError{Kind: "article", ID: id}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var done []string
	for _, id := range ids {
		if err := g.remove(ctx, id); err != nil {
			if len(ids) == 1 {
				return err
			}
			return &InterruptedError{Written: done, Total: len(ids), Err: err}
		}
		done = append(done, id)
	}
	return nil
}

func (g *Graph) remove(ctx context.Context, id string) error {
	err := g.b.Update(ctx, func(tx Tx) error {
		a, ok, err := tx.Article(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			return &NotFoundError{Kind: "article", ID: id}
		}
		prior, err := tx.Stated(ctx, id)
		if err != nil {
			return err
		}
		if prior == nil {
			prior = &Prior{}
		}
		stored, err := tx.Stored(ctx, slices.Concat(prior.Actors, prior.Places, prior.Events), []string{id})
		if err != nil {
			return err
		}
		// The plan of an article that states nothing withdraws all it
		// stated.
		p, err := plan(&facts{article: a, kinds: map[string]nodeKind{}}, "", prior, stored, &resolution{})
		if err != nil {
			return err
		}
		p.Delete = true
		if err := tx.Apply(ctx, p); err != nil {
			return err
		}
		return logChange(ctx, tx, []*Plan{p})
	})
	if err != nil {
		return g.fail(ctx, "remove article "+id, err)
	}
	g.refreshTimeline(ctx)
	return nil
}

// sameAsTargets lists the ids the article's sameAs names.
func (f *facts) sameAsTargets() []string {
	return slices.Sorted(maps.Values(f.sameAs))
}

// sameAsProblems reports sameAs targets the store does not hold as a
// node of the same kind.
func sameAsProblems(f *facts, stored map[string]StoredNode) []Problem {
	p := &problems{article: f.article.ID}
	for _, id := range slices.Sorted(maps.Keys(f.sameAs)) {
		target, want := f.sameAs[id], f.kinds[id]
		s, ok := stored[target]
		switch {
		case !ok:
			p.add(string(want.class), id, "sameAs", "no %s %q in the store", want, target)
		case kindOfStored(s) != want:
			p.add(string(want.class), id, "sameAs", "%q is a %s, not a %s", target, kindOfStored(s), want)
		}
	}
	return p.list
}

// plan builds the write of one article from what it states now (its ids
// resolved), what it stated before (nil if never) and what the store
// holds under its ids.
func plan(f *facts, fingerprint string, prior *Prior, stored map[string]StoredNode, r *resolution) (*Plan, error) {
	p := &Plan{
		Article:     f.article,
		Fingerprint: fingerprint,
		MergeData:   mergeData(f, r.merges),
		Created:     prior == nil,
		Places:      f.places,
		Relations:   f.relations,
		Now:         f.statements(),
	}
	if prior != nil {
		p.Withdrawn = withdrawn(prior.Statements, p.Now)
	}
	for _, a := range f.actors {
		act := a.Actor
		if t, ok := r.targets[a.ID]; ok {
			// A resolved actor keeps its stored name; the article's
			// spelling joins its aliases.
			act.Name = t.Name
			act.Aliases = append(slices.Clone(act.Aliases), a.Name)
		}
		act.Aliases = mergeAliases(stored[a.ID].Aliases, act.Aliases)
		act.Aliases = slices.DeleteFunc(act.Aliases, func(s string) bool { return s == act.Name })
		search := []string{Fold(act.Name)}
		for _, al := range act.Aliases {
			search = append(search, Fold(al))
		}
		p.Actors = append(p.Actors, PlannedActor{Actor: act, SortName: Fold(act.Name),
			Search: strings.Join(search, "\n"), Keys: ActorKeys(act), Sources: a.Sources})
	}
	placeKinds := map[string]PlaceKind{}
	for _, pl := range f.places {
		placeKinds[pl.ID] = pl.Kind
	}
	for _, a := range f.actors {
		if a.Kind == Country {
			placeKinds[a.ID] = CountryKind
		}
	}
	for _, e := range f.events {
		own := e
		if own.Place != nil {
			own.Place = &PlaceRef{ID: e.Place.ID, Kind: placeKinds[e.Place.ID]}
		}
		data := ClaimData(own, f.article)
		p.Claims = append(p.Claims, ClaimRow{Event: e.ID, Article: f.article.ID, Data: data})
		claims, err := otherClaims(stored[e.ID], f.article.ID)
		if err != nil {
			return nil, err
		}
		mine, _ := decodeClaims(e.ID, []string{data})
		m := mergeClaims(e.ID, append(claims, mine...))
		m.Sources = e.Sources
		p.Events = append(p.Events, *m)
	}
	// An event the article no longer states that others do takes the
	// properties their claims give it.
	for _, id := range p.Withdrawn.Events {
		s, ok := stored[id]
		if !ok || s.StatedElsewhere == "" {
			continue
		}
		claims, err := otherClaims(s, f.article.ID)
		if err != nil {
			return nil, err
		}
		if m := mergeClaims(id, claims); m != nil {
			p.Recomputed = append(p.Recomputed, *m)
		}
	}
	return p, nil
}

// otherClaims are the stored claims of an event other than article's.
func otherClaims(s StoredNode, article string) ([]Claim, error) {
	claims, err := decodeClaims(s.ID, s.Claims)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(claims, func(c Claim) bool { return c.Article == article }), nil
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

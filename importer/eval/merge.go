package eval

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/eventgraph/eventgraph/graph"
)

// Merge scores measure how a story's articles merge into one graph: the
// articles of a folder, written by several outlets about the same
// happenings, are imported one after another (by publication date, then
// id) into an empty graph, and the nodes their actors and events end up
// in are compared with the gold annotations' ids, which name the same
// thing alike across the folder's articles and different things apart.
//
// A mention is an actor or event of one article, with its gold id and the
// node it was written to. Every two mentions of different articles are a
// pair: a true positive when they share a gold id and a node, a false
// positive when they share a node but not a gold id (merged wrongly), a
// false negative when they share a gold id but not a node (left apart).
// Mentions within one article are not paired: that they are one thing is
// the annotation's to say, not the merge's.
//
// Two modes:
//
//   - curated: the gold annotations, each id made the article's own first
//     (prefixed with the article's number), so that only resolution —
//     names, dates, participants, places — can bring two articles' mentions
//     together. sameAs and notSameAs are dropped for the same reason.
//   - extracted: the extractor's drafts as they are, as `import` would
//     write them; a draft's actor or event is a mention when the article's
//     scoring paired it with a gold one (the extraction metrics count the
//     others), and it takes that gold id.

// MergeScores are the pairwise scores of one mode.
type MergeScores struct {
	// Articles is the number of articles imported; Refused those the
	// graph refused (their mentions are missing).
	Articles int `json:"articles"`
	Refused  int `json:"refused,omitempty"`
	// ActorMentions and EventMentions count the mentions paired.
	ActorMentions int `json:"actorMentions"`
	EventMentions int `json:"eventMentions"`
	Actors        PRF `json:"actors"`
	Events        PRF `json:"events"`
	// Wrong lists, once per two gold ids, what was merged that the gold
	// keeps apart and what was left apart that the gold calls one.
	Wrong []MergeMiss `json:"wrong,omitempty"`
}

// MergeMiss is two gold ids merged into one node, or one gold id left in
// two nodes.
type MergeMiss struct {
	Kind string `json:"kind"` // "actor" or "event"
	// Merged: Gold holds the two ids, Nodes the one node. Apart: Gold
	// holds the one id, Nodes the two nodes.
	Merged bool     `json:"merged"`
	Gold   []string `json:"gold"`
	Nodes  []string `json:"nodes"`
}

func (m MergeMiss) String() string {
	if m.Merged {
		return fmt.Sprintf("%s %s and %s merged into %s", m.Kind, m.Gold[0], m.Gold[1], m.Nodes[0])
	}
	return fmt.Sprintf("%s %s left apart in %s and %s", m.Kind, m.Gold[0], m.Nodes[0], m.Nodes[1])
}

// Add returns the sum of s and o, ratios recomputed (micro-averaging).
func (s MergeScores) Add(o MergeScores) MergeScores {
	return MergeScores{
		Articles: s.Articles + o.Articles, Refused: s.Refused + o.Refused,
		ActorMentions: s.ActorMentions + o.ActorMentions, EventMentions: s.EventMentions + o.EventMentions,
		Actors: s.Actors.add(o.Actors), Events: s.Events.add(o.Events),
		Wrong: append(slices.Clone(s.Wrong), o.Wrong...),
	}
}

// MergeReport is a folder's merge scores in both modes.
type MergeReport struct {
	Curated   MergeScores `json:"curated"`
	Extracted MergeScores `json:"extracted"`
}

// Add sums two reports.
func (r MergeReport) Add(o MergeReport) MergeReport {
	return MergeReport{Curated: r.Curated.Add(o.Curated), Extracted: r.Extracted.Add(o.Extracted)}
}

// mention is one article's actor or event: its gold id and its node.
type mention struct {
	article    int
	gold, node string
}

// ScoreMerges imports gold (curated mode) and got (extracted mode) each
// into a graph of its own that empty opens, and scores how they merged.
// got is matched to gold by article id, as Score does.
func ScoreMerges(ctx context.Context, gold, got []*graph.ArticleFacts, empty func(context.Context) (*graph.Graph, error)) (MergeReport, error) {
	gold = byPublication(gold)
	var rep MergeReport
	var err error

	// Curated: each article's ids made its own.
	own := make([]*graph.ArticleFacts, len(gold))
	for i, f := range gold {
		own[i] = ownIDs(f, fmt.Sprintf("a%d-", i+1))
	}
	var actors, events []mention
	rep.Curated, err = importAll(ctx, own, empty, func(i int, f *graph.ArticleFacts, node func(string, string) string) {
		for j, a := range f.Actors {
			actors = append(actors, mention{i, gold[i].Actors[j].ID, node("actor", a.ID)})
		}
		for j, e := range f.Events {
			events = append(events, mention{i, gold[i].Events[j].ID, node("event", e.ID)})
		}
	})
	if err != nil {
		return rep, fmt.Errorf("curated: %w", err)
	}
	rep.Curated.score(actors, events)

	// Extracted: the drafts as they are, in the gold articles' order.
	byID := map[string]*graph.ArticleFacts{}
	for _, f := range got {
		byID[f.Article.ID] = f
	}
	var drafts, golds []*graph.ArticleFacts
	for _, g := range gold {
		if x := byID[g.Article.ID]; x != nil {
			drafts, golds = append(drafts, x), append(golds, g)
		}
	}
	actors, events = nil, nil
	rep.Extracted, err = importAll(ctx, drafts, empty, func(i int, x *graph.ArticleFacts, node func(string, string) string) {
		g := golds[i]
		toGold := map[string]string{}
		for _, p := range matchActors(g.Actors, x.Actors) {
			toGold[x.Actors[p.got].ID] = g.Actors[p.gold].ID
			actors = append(actors, mention{i, g.Actors[p.gold].ID, node("actor", x.Actors[p.got].ID)})
		}
		for _, p := range matchEvents(g.Events, x.Events, toGold, true) {
			events = append(events, mention{i, g.Events[p.gold].ID, node("event", x.Events[p.got].ID)})
		}
	})
	if err != nil {
		return rep, fmt.Errorf("extracted: %w", err)
	}
	rep.Extracted.Refused += len(gold) - len(drafts)
	rep.Extracted.score(actors, events)
	return rep, nil
}

// byPublication returns the articles in the order they are imported:
// by publication date, then id.
func byPublication(facts []*graph.ArticleFacts) []*graph.ArticleFacts {
	out := slices.Clone(facts)
	slices.SortStableFunc(out, func(a, b *graph.ArticleFacts) int {
		return cmp.Or(cmp.Compare(a.Article.Published, b.Article.Published), cmp.Compare(a.Article.ID, b.Article.ID))
	})
	return out
}

// importAll imports the articles one by one into a graph empty opens and
// calls mentions with each article written and a function giving the
// node an id of it ("actor" or "event") was written to. An article the
// graph refuses is counted and skipped.
func importAll(ctx context.Context, facts []*graph.ArticleFacts, empty func(context.Context) (*graph.Graph, error),
	mentions func(i int, f *graph.ArticleFacts, node func(kind, id string) string)) (MergeScores, error) {
	s := MergeScores{}
	g, err := empty(ctx)
	if err != nil {
		return s, err
	}
	defer g.Close(ctx)
	for i, f := range facts {
		res, err := g.UpsertArticle(ctx, f)
		if err != nil {
			if ctx.Err() != nil {
				return s, err
			}
			s.Refused++
			continue
		}
		s.Articles++
		merged := map[[2]string]string{}
		for _, m := range res.Merges {
			if m.Rule != graph.RuleAmbiguous && m.To != "" {
				merged[[2]string{m.Kind, m.From}] = m.To
			}
		}
		mentions(i, f, func(kind, id string) string { return cmp.Or(merged[[2]string{kind, id}], id) })
	}
	return s, nil
}

// score counts the pairs of mentions of different articles.
func (s *MergeScores) score(actors, events []mention) {
	s.ActorMentions, s.EventMentions = len(actors), len(events)
	var wrong []MergeMiss
	s.Actors, wrong = pairs("actor", actors)
	s.Wrong = append(s.Wrong, wrong...)
	s.Events, wrong = pairs("event", events)
	s.Wrong = append(s.Wrong, wrong...)
}

// pairs scores every two mentions of different articles and lists the
// wrong ones once per two gold ids (merged) or gold id and two nodes
// (apart), in the order first met.
func pairs(kind string, ms []mention) (PRF, []MergeMiss) {
	var p PRF
	var wrong []MergeMiss
	seen := map[[3]string]bool{}
	note := func(merged bool, gold, nodes []string) {
		slices.Sort(gold)
		slices.Sort(nodes)
		key := [3]string{gold[0], gold[len(gold)-1], nodes[len(nodes)-1]}
		if merged {
			key[2] = ""
		}
		if !seen[key] {
			seen[key] = true
			wrong = append(wrong, MergeMiss{Kind: kind, Merged: merged, Gold: gold, Nodes: nodes})
		}
	}
	for i, a := range ms {
		for _, b := range ms[i+1:] {
			if a.article == b.article {
				continue
			}
			same, merged := a.gold == b.gold, a.node == b.node
			switch {
			case same && merged:
				p.TP++
			case merged:
				p.FP++
				note(true, []string{a.gold, b.gold}, []string{a.node})
			case same:
				p.FN++
				note(false, []string{a.gold}, []string{a.node, b.node})
			}
		}
	}
	p.finish()
	return p, wrong
}

// ownIDs returns a copy of f whose actor, place and event ids, and every
// reference to them, carry prefix, without sameAs and notSameAs.
func ownIDs(f *graph.ArticleFacts, prefix string) *graph.ArticleFacts {
	ids := map[string]bool{}
	for _, a := range f.Actors {
		ids[a.ID] = true
	}
	for _, p := range f.Places {
		ids[p.ID] = true
	}
	for _, e := range f.Events {
		ids[e.ID] = true
	}
	re := func(id string) string {
		if ids[id] {
			return prefix + id
		}
		return id
	}
	out := &graph.ArticleFacts{Article: f.Article}
	for _, a := range f.Actors {
		a.ID = re(a.ID)
		out.Actors = append(out.Actors, a)
	}
	for _, p := range f.Places {
		p.ID = re(p.ID)
		out.Places = append(out.Places, p)
	}
	for _, e := range f.Events {
		e.ID = re(e.ID)
		e.Participants = slices.Clone(e.Participants)
		for k := range e.Participants {
			e.Participants[k].ActorID = re(e.Participants[k].ActorID)
		}
		if e.Place != nil {
			p := *e.Place
			p.ID = re(p.ID)
			e.Place = &p
		}
		out.Events = append(out.Events, e)
	}
	for _, r := range f.Relations {
		r.From, r.To = re(r.From), re(r.To)
		out.Relations = append(out.Relations, r)
	}
	return out
}

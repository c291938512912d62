// Package eval measures the extractor against curated (gold) annotations:
// how many of the gold actors and events it finds, how many it invents,
// and how often it gets dates, roles, amounts and counts right.
//
// Score compares two sets of facts article by article, pairing articles
// by Article.ID. ScoreDir loads a folder of curated articles twice, once
// with their annotations (gold) and once drafted by the extractor, and
// scores the second against the first.
//
// # Metrics
//
// All metrics are micro-averaged: an overall or per-folder score adds up
// the counts of its articles and computes the ratios from the sums.
//
// Actors. Each actor's names are its name and aliases, folded with
// graph.Fold and split into words at anything that is not a letter or a
// digit ("Al-Jazeera" and "al jazeera" are the same name). An extracted
// actor and a gold actor of the same article are candidates when they
// share a name (an exact match), or when a one-word name of one is the
// last word of a name of several words of the other ("Putin" and
// "President Putin", "Shmatsina" and "Katsiaryna Shmatsina": a surname
// match) and that word is unambiguous in the article: among the gold
// actors, and among the extracted actors, exactly one has it as a name or
// as the last word of a name. Ids and kinds play no part. Pairs are chosen
// one-to-one, greedily, best first: exact matches before surname
// matches, then pairs whose names (not aliases) are equal, then more
// shared names, ties in article order. A chosen pair is a true positive,
// an extracted actor left over a false positive, a gold actor left over a
// false negative. Two names of several words never match on a shared last
// word alone ("Belarusian police", "Russian police").
//
// Events. An extracted event matches a gold event of the same article
// when (1) their types are equal or compatible (Visit and Meeting are
// compatible), (2) the extracted date matches the gold date at the gold
// precision: the two intervals [Start, End] overlap and, when the gold
// precision is day, the start days are equal, and (3) they share at least
// one participant: an extracted participant whose actor was paired with
// the actor of a gold participant. Pairs are chosen one-to-one, greedily,
// best first: exact date (same start and precision) before inexact, then
// same type before merely compatible, then more shared participants, ties
// in article order. True positives, false positives and false negatives
// as for actors. An event with a wrong date is therefore not matched: it
// counts once as a false negative (the gold event) and once as a false
// positive (the extracted one), and it shows in date accuracy.
//
// Dates. A second one-to-one matching pairs events on conditions (1) and
// (3) alone, ignoring the date (preferring, in order, an exact date, a date
// that matches at the gold precision, the same type, more shared
// participants). Date accuracy is the share of the gold events paired
// there whose extracted date has the same start day and the same
// precision as the gold date.
//
// Roles. Over the event pairs of the event matching, each gold participant
// is paired with at most one extracted participant of the matched event
// whose actor was paired with its actor (one with the same role first).
// Role accuracy is the share of those participant pairs whose roles are
// equal.
//
// Amounts and counts. Over the event pairs of the event matching whose
// gold event has an amount (a count), amount (count) accuracy is the share
// whose extracted event has an amount with the same value and currency (a
// count with the same value and qualifier; the unit is not compared). A
// missing extracted amount or count is wrong.
//
// Ratios. Precision is TP/(TP+FP), recall TP/(TP+FN), F1 their harmonic
// mean; a ratio whose denominator is 0 is 0, except that a metric with
// nothing to find and nothing found (TP, FP and FN all 0) scores 1 on all
// three. An accuracy over nothing (Total 0) is 0; its Total says so.
package eval

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/eventgraph/eventgraph/graph"
)

// PRF is a detection metric: true positives, false positives and false
// negatives, with the precision, recall and F1 they give.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (m *PRF) finish() {
	if m.TP+m.FP+m.FN == 0 {
		m.Precision, m.Recall, m.F1 = 1, 1, 1
		return
	}
	m.Precision = ratio(m.TP, m.TP+m.FP)
	m.Recall = ratio(m.TP, m.TP+m.FN)
	m.F1 = 0
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
}

func (m PRF) add(o PRF) PRF {
	s := PRF{TP: m.TP + o.TP, FP: m.FP + o.FP, FN: m.FN + o.FN}
	s.finish()
	return s
}

// Accuracy is the share of Total items that are Correct; 0 when Total
// is 0.
type Accuracy struct {
	Correct  int     `json:"correct"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

func (a *Accuracy) finish() { a.Accuracy = ratio(a.Correct, a.Total) }

func (a *Accuracy) count(correct bool) {
	a.Total++
	if correct {
		a.Correct++
	}
}

func (a Accuracy) add(o Accuracy) Accuracy {
	s := Accuracy{Correct: a.Correct + o.Correct, Total: a.Total + o.Total}
	s.finish()
	return s
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Scores are the metrics of one article or, added up, of a set of them.
type Scores struct {
	// Articles is the number of articles scored.
	Articles int `json:"articles"`
	// ExtractErrors is the number of articles whose extracted draft the
	// importer refused; they are scored as if nothing was extracted.
	ExtractErrors int `json:"extractErrors"`
	Actors        PRF `json:"actors"`
	Events        PRF `json:"events"`
	// EventsByType splits Events by type: a match and a miss count under
	// the gold event's type, an invented event under its own.
	EventsByType map[graph.EventType]PRF `json:"eventsByType"`
	Dates        Accuracy                `json:"dates"`
	Roles        Accuracy                `json:"roles"`
	Amounts      Accuracy                `json:"amounts"`
	Counts       Accuracy                `json:"counts"`
}

// Add returns the sum of s and o, ratios recomputed from the summed
// counts (micro-averaging).
func (s Scores) Add(o Scores) Scores {
	return Scores{
		Articles:      s.Articles + o.Articles,
		ExtractErrors: s.ExtractErrors + o.ExtractErrors,
		Actors:        s.Actors.add(o.Actors),
		Events:        s.Events.add(o.Events),
		EventsByType:  addByType(s.EventsByType, o.EventsByType),
		Dates:         s.Dates.add(o.Dates),
		Roles:         s.Roles.add(o.Roles),
		Amounts:       s.Amounts.add(o.Amounts),
		Counts:        s.Counts.add(o.Counts),
	}
}

// addByType sums two splits by type.
func addByType(a, b map[graph.EventType]PRF) map[graph.EventType]PRF {
	out := map[graph.EventType]PRF{}
	for _, m := range []map[graph.EventType]PRF{a, b} {
		for t, p := range m {
			out[t] = out[t].add(p)
		}
	}
	return out
}

func (s *Scores) finish() {
	s.Actors.finish()
	s.Events.finish()
	for t, p := range s.EventsByType {
		p.finish()
		s.EventsByType[t] = p
	}
	s.Dates.finish()
	s.Roles.finish()
	s.Amounts.finish()
	s.Counts.finish()
}

// Miss is one thing the extractor got wrong in an article: a gold fact
// it missed (Got empty), a fact it invented (Gold empty), or a matched
// fact with a wrong detail (both given).
type Miss struct {
	// Metric is the metric it counts against: actors, events, dates,
	// roles, amounts or counts.
	Metric string `json:"metric"`
	Gold   string `json:"gold,omitempty"`
	Got    string `json:"got,omitempty"`
}

func (m Miss) String() string {
	switch {
	case m.Got == "":
		return fmt.Sprintf("%s: missed %s", m.Metric, m.Gold)
	case m.Gold == "":
		return fmt.Sprintf("%s: invented %s", m.Metric, m.Got)
	default:
		return fmt.Sprintf("%s: gold %s, got %s", m.Metric, m.Gold, m.Got)
	}
}

// ArticleScores are the scores of one article and what was wrong in it.
type ArticleScores struct {
	ID string `json:"id"`
	// Note says when the article is not in both sets, or why nothing was
	// extracted from it.
	Note   string `json:"note,omitempty"`
	Scores Scores `json:"scores"`
	Misses []Miss `json:"misses,omitempty"`
}

// Report is the score of a set of extracted facts against gold facts:
// overall and per article.
type Report struct {
	Overall  Scores          `json:"overall"`
	Articles []ArticleScores `json:"articles"`
}

// Score scores the extracted facts got against the gold facts, pairing
// articles by Article.ID. A gold article with no extracted counterpart
// counts all its facts as false negatives; an extracted article that is
// not in gold counts all its facts as false positives. Articles are
// reported in gold order, then the extracted articles not in gold.
func Score(gold, got []*graph.ArticleFacts) Report {
	byID := map[string]*graph.ArticleFacts{}
	for _, f := range got {
		if f != nil {
			if _, dup := byID[f.Article.ID]; !dup {
				byID[f.Article.ID] = f
			}
		}
	}
	rep := Report{Articles: []ArticleScores{}}
	paired := map[string]bool{}
	for _, g := range gold {
		if g == nil {
			continue
		}
		id := g.Article.ID
		x, ok := byID[id]
		as := scoreArticle(g, x)
		if !ok {
			as.Note = "no extracted facts for this article"
		}
		paired[id] = true
		rep.Articles = append(rep.Articles, as)
	}
	for _, x := range got {
		if x == nil || paired[x.Article.ID] {
			continue
		}
		paired[x.Article.ID] = true
		as := scoreArticle(nil, x)
		as.Note = "not in the gold set"
		rep.Articles = append(rep.Articles, as)
	}
	rep.Overall.finish()
	for _, a := range rep.Articles {
		rep.Overall = rep.Overall.Add(a.Scores)
	}
	return rep
}

// scoreArticle scores one article; a nil side has no facts.
func scoreArticle(g, x *graph.ArticleFacts) ArticleScores {
	if g == nil {
		g = &graph.ArticleFacts{Article: x.Article}
	}
	if x == nil {
		x = &graph.ArticleFacts{Article: g.Article}
	}
	as := ArticleScores{ID: g.Article.ID}
	s := &as.Scores
	s.Articles = 1
	miss := func(metric, gold, got string) {
		as.Misses = append(as.Misses, Miss{Metric: metric, Gold: gold, Got: got})
	}

	// Actors.
	actorPairs := matchActors(g.Actors, x.Actors)
	toGold := map[string]string{} // extracted actor id -> gold actor id
	goldHit, gotHit := map[int]bool{}, map[int]bool{}
	for _, p := range actorPairs {
		toGold[x.Actors[p.got].ID] = g.Actors[p.gold].ID
		goldHit[p.gold], gotHit[p.got] = true, true
	}
	s.Actors.TP = len(actorPairs)
	for i, a := range g.Actors {
		if !goldHit[i] {
			s.Actors.FN++
			miss("actors", describeActor(a.Actor), "")
		}
	}
	for j, a := range x.Actors {
		if !gotHit[j] {
			s.Actors.FP++
			miss("actors", "", describeActor(a.Actor))
		}
	}

	// Events.
	eventPairs := matchEvents(g.Events, x.Events, toGold, true)
	goldHit, gotHit = map[int]bool{}, map[int]bool{}
	for _, p := range eventPairs {
		goldHit[p.gold], gotHit[p.got] = true, true
	}
	s.Events.TP = len(eventPairs)
	s.EventsByType = map[graph.EventType]PRF{}
	tally := func(t graph.EventType, f func(*PRF)) {
		p := s.EventsByType[t]
		f(&p)
		s.EventsByType[t] = p
	}
	for _, p := range eventPairs {
		tally(g.Events[p.gold].Type, func(m *PRF) { m.TP++ })
	}
	for i, e := range g.Events {
		if !goldHit[i] {
			s.Events.FN++
			tally(e.Type, func(m *PRF) { m.FN++ })
			miss("events", describeEvent(e), "")
		}
	}
	for j, e := range x.Events {
		if !gotHit[j] {
			s.Events.FP++
			tally(e.Type, func(m *PRF) { m.FP++ })
			miss("events", "", describeEvent(e))
		}
	}

	// Dates, over a matching that ignores them.
	for _, p := range matchEvents(g.Events, x.Events, toGold, false) {
		ge, xe := g.Events[p.gold], x.Events[p.got]
		ok := sameDate(ge.Date, xe.Date)
		s.Dates.count(ok)
		if !ok {
			miss("dates", ge.ID+" "+describeDate(ge.Date), xe.ID+" "+describeDate(xe.Date))
		}
	}

	// Roles, amounts and counts, over the matched events.
	for _, p := range eventPairs {
		ge, xe := g.Events[p.gold], x.Events[p.got]
		for _, pp := range pairParticipants(ge.Participants, xe.Participants, toGold) {
			gp, xp := ge.Participants[pp.gold], xe.Participants[pp.got]
			ok := gp.Role == xp.Role
			s.Roles.count(ok)
			if !ok {
				miss("roles", fmt.Sprintf("%s of %s", gp.Role, ge.ID), fmt.Sprintf("%s of %s", xp.Role, xe.ID))
			}
		}
		if ge.Amount != nil {
			ok := xe.Amount != nil && *xe.Amount == *ge.Amount
			s.Amounts.count(ok)
			if !ok {
				miss("amounts", ge.ID+" "+describeAmount(ge.Amount), xe.ID+" "+describeAmount(xe.Amount))
			}
		}
		if ge.Count != nil {
			ok := xe.Count != nil && xe.Count.Value == ge.Count.Value && xe.Count.Qualifier == ge.Count.Qualifier
			s.Counts.count(ok)
			if !ok {
				miss("counts", ge.ID+" "+describeCount(ge.Count), xe.ID+" "+describeCount(xe.Count))
			}
		}
	}
	s.finish()
	slices.SortStableFunc(as.Misses, func(a, b Miss) int {
		return cmp.Compare(slices.Index(metricOrder, a.Metric), slices.Index(metricOrder, b.Metric))
	})
	return as
}

// metricOrder is the order misses are listed in.
var metricOrder = []string{"actors", "events", "dates", "roles", "amounts", "counts"}

func describeActor(a graph.Actor) string {
	if a.ID == "" {
		return fmt.Sprintf("%q", a.Name)
	}
	return fmt.Sprintf("%q (%s)", a.Name, a.ID)
}

func describeEvent(e graph.Event) string {
	return fmt.Sprintf("%s %s %s", e.Type, e.ID, describeDate(e.Date))
}

func describeDate(d graph.Date) string {
	if d.Start == "" {
		return "(no date)"
	}
	if d.End == "" || d.End == d.Start {
		return fmt.Sprintf("%s (%s)", d.Start, d.Precision)
	}
	return fmt.Sprintf("%s..%s (%s)", d.Start, d.End, d.Precision)
}

func describeAmount(a *graph.Amount) string {
	if a == nil {
		return "no amount"
	}
	return fmt.Sprintf("%d %s", a.Value, a.Currency)
}

func describeCount(c *graph.Count) string {
	if c == nil {
		return "no count"
	}
	return fmt.Sprintf("%d (%s)", c.Value, c.Qualifier)
}

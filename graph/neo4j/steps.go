package neo4j

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

// statement is one statement of an import: an UNWIND over rows, skipped
// when there are none, or, when params is set, one statement on its own.
type statement struct {
	op     string
	cypher string
	rows   []row
	params row
}

// Apply implements graph.Tx: the plan's statements in the order of its
// doc comment, then the meeting counts of the pairs they touched.
func (w *writer) Apply(ctx context.Context, p *graph.Plan) error {
	// Who met whom before the plan, for the counts kept per pair.
	touched := touchedEvents(p)
	pairs, err := w.meetingPairs(ctx, touched)
	if err != nil {
		return err
	}
	for _, st := range steps(p) {
		if err := w.exec(ctx, p.Article.ID, st); err != nil {
			return err
		}
	}
	return w.keepMet(ctx, touched, pairs)
}

// ApplyBatch implements graph.BatchApplier. Each run of plans that only
// add (new articles: nothing withdrawn, recomputed or deleted) goes step
// by step, the rows of all its plans together, and the meeting counts
// are kept once for the run. Within one statement Cypher does not let a
// row see what an earlier row wrote (an event's claims, read and
// rewritten, would lose all but one article's), so a step's rows go in
// waves in which no node or relationship comes twice: the first row of
// each, then the second, in plan order, as when applied one by one. Any
// other plan is applied on its own, in its place.
func (w *writer) ApplyBatch(ctx context.Context, plans []*graph.Plan) error {
	for len(plans) > 0 {
		n := 0
		for n < len(plans) && onlyAdds(plans[n]) {
			n++
		}
		if n <= 1 {
			if err := w.Apply(ctx, plans[0]); err != nil {
				return err
			}
			plans = plans[1:]
			continue
		}
		if err := w.applyRun(ctx, plans[:n]); err != nil {
			return err
		}
		plans = plans[n:]
	}
	return nil
}

// onlyAdds reports whether a plan writes a new article and withdraws,
// recomputes and deletes nothing.
func onlyAdds(p *graph.Plan) bool {
	w := p.Withdrawn
	return p.Created && !p.Delete && len(p.Recomputed) == 0 && len(w.Actors)+len(w.Places)+len(w.Events)+len(w.Parts)+len(w.Occ)+len(w.Relations) == 0
}

// applyRun applies plans that only add, step by step across them.
func (w *writer) applyRun(ctx context.Context, plans []*graph.Plan) error {
	var touched []string
	var all [][]statement
	for _, p := range plans {
		touched = append(touched, touchedEvents(p)...)
		sts := steps(p)
		for _, st := range sts {
			stamp(st.rows, p.Article.ID)
		}
		all = append(all, sts)
	}
	slices.Sort(touched)
	touched = slices.Compact(touched)
	pairs, err := w.meetingPairs(ctx, touched)
	if err != nil {
		return err
	}
	// Plans that only add have the same steps, in the same order.
	for i, first := range all[0] {
		var rows []row
		for _, sts := range all {
			if sts[i].cypher != first.cypher || sts[i].params != nil {
				return fmt.Errorf("neo4j: plans of a batch differ in their steps (%s)", first.op)
			}
			rows = append(rows, sts[i].rows...)
		}
		if own, ok := joinable[first.op]; ok {
			rows = collapse(rows, batchKey[first.op], own)
		}
		for _, wave := range waves(rows, batchKey[first.op]) {
			if err := w.exec(ctx, "", statement{op: first.op, cypher: first.cypher, rows: wave}); err != nil {
				return err
			}
		}
	}
	return w.keepMet(ctx, touched, pairs)
}

// batchKey names, for each step of a plan that only adds, the row fields
// that say which node or relationship a row writes; a step without one
// only creates (quotes).
var batchKey = map[string][]string{
	"write article": {"article"}, "write actors": {"id"}, "write places": {"id"}, "write events": {"id"},
	"write participations": {"event", "actor"}, "write relations": {"fact"}, "write claims": {"event"},
}

// joinable names the steps whose rows write a node or a relation and
// each article's statement of it, with the row fields that belong to the
// statement: rows alike but for those can be one row, whose row.stated
// lists the statements of all their articles (collapse).
var joinable = map[string][]string{
	"write actors": {"article"}, "write places": {"article"},
	"write relations": {"article", "quotes", "starts", "ends"},
}

// collapse joins, in order, each row into the last one kept for the same
// node or relation (key) when the two write it alike but for their
// statements' fields (own), adding its statement to that row's
// row.stated. A leader named by every article of a write group would
// otherwise take a wave, and a statement, per article. Rows that write
// it differently stay apart and in order, so that applying them gives
// what applying all the rows one by one gives.
func collapse(rows []row, key, own []string) []row {
	var out []row
	last := map[string]int{}
	for _, r := range rows {
		k := rowKey(r, key)
		st := row{}
		for _, f := range own {
			st[f] = r[f]
		}
		if i, ok := last[k]; ok && alike(out[i], r, own) {
			out[i]["stated"] = append(out[i]["stated"].([]row), st)
			continue
		}
		c := maps.Clone(r)
		c["stated"] = []row{st}
		last[k] = len(out)
		out = append(out, c)
	}
	return out
}

// alike reports whether two rows write the same but for the fields
// own, and what collapse added.
func alike(a, b row, own []string) bool {
	skip := func(k string) bool { return k == "stated" || slices.Contains(own, k) }
	for k, v := range b {
		if !skip(k) && !reflect.DeepEqual(a[k], v) {
			return false
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok && !skip(k) {
			return false
		}
	}
	return true
}

// rowKey is the value of a row's key fields, as one string.
func rowKey(r row, fields []string) string {
	var k strings.Builder
	for _, f := range fields {
		fmt.Fprint(&k, r[f], "\x00")
	}
	return k.String()
}

// waves splits rows, in order, so that no two rows of a wave have the same
// key; all in one wave when there are no key fields.
func waves(rows []row, fields []string) [][]row {
	if len(fields) == 0 {
		return [][]row{rows}
	}
	var out [][]row
	seen := map[string]int{}
	for _, r := range rows {
		k := rowKey(r, fields)
		n := seen[k]
		seen[k]++
		if n == len(out) {
			out = append(out, nil)
		}
		out[n] = append(out[n], r)
	}
	return out
}

func steps(p *graph.Plan) []statement {
	sts := slices.Concat(articleSteps(p), withdrawSteps(p.Withdrawn), upsertSteps(p),
		[]statement{
			{op: "write claims", cypher: qClaims, rows: claimRows(p.Claims)},
			{op: "write recomputed events", cypher: qRecomputed, rows: eventRows(p.Recomputed)},
		},
		quoteSteps(p))
	if p.Delete {
		sts = append(sts, statement{op: "delete article", cypher: qDeleteArticle, params: row{}})
	}
	return sts
}

// articleSteps write the article and delete the quotes of nodes it gave
// before. Its quotes of relations are in its statements of them, which
// the relation steps replace or withdraw.
func articleSteps(p *graph.Plan) []statement {
	sts := []statement{{op: "write article", cypher: qArticle, rows: []row{articleRow(p)}}}
	if !p.Created {
		sts = append(sts, statement{op: "delete quotes", cypher: qDropMentions, params: row{}})
	}
	return sts
}

// withdrawSteps withdraw statements, edges before the nodes they join.
// Place statements (w.Occ) have nothing to withdraw here: they are kept
// only in the article's statedOcc, which step 1 rewrote, and in its claim
// rows.
func withdrawSteps(w graph.Statements) []statement {
	return []statement{
		{op: "withdraw participations", cypher: qWithdrawParts, rows: partRows(w.Parts)},
		{op: "withdraw relations", cypher: qWithdrawRelations, rows: relationKeyRows(w.Relations)},
		{op: "withdraw events", cypher: qWithdrawEvents, rows: idRows(w.Events)},
		{op: "withdraw actors", cypher: qWithdrawActors, rows: factRows(w.Actors)},
		{op: "withdraw places", cypher: qWithdrawPlaces, rows: factRows(w.Places)},
	}
}

// upsertSteps write the facts, nodes before the edges that join them.
func upsertSteps(p *graph.Plan) []statement {
	sts := []statement{
		{op: "write actors", cypher: qActors, rows: actorRows(p.Actors)},
		{op: "write places", cypher: qPlaces, rows: placeRows(p.Places)},
		{op: "write events", cypher: qEvents, rows: eventRows(p.Events)},
		{op: "write participations", cypher: qParts, rows: participationRows(p.Events, p.Now.Parts)},
	}
	byType := relationRows(p.Relations)
	for _, t := range graph.RelationTypes {
		sts = append(sts, statement{op: "write relations", cypher: qRelations[t], rows: byType[t]})
	}
	return sts
}

func quoteSteps(p *graph.Plan) []statement {
	byLabel := mentionRows(p)
	var sts []statement
	for _, label := range []string{"Actor", "Place", "Event"} {
		sts = append(sts, statement{op: "write quotes", cypher: qMentions[label], rows: byLabel[label]})
	}
	return sts
}

// exec runs one statement for article: one on its own with $article set,
// or an UNWIND one, its rows naming article unless they name their own,
// as a single statement or split by rowsPerStatement.
func (w *writer) exec(ctx context.Context, article string, st statement) error {
	if st.params != nil {
		params := maps.Clone(st.params)
		params["article"] = article
		_, err := w.write(ctx, st.op, st.cypher, params)
		return err
	}
	stamp(st.rows, article)
	step := len(st.rows)
	if w.rowsPerStatement > 0 {
		step = w.rowsPerStatement
	}
	for chunk := range slices.Chunk(st.rows, max(step, 1)) {
		if _, err := w.write(ctx, st.op, st.cypher, row{"rows": chunk}); err != nil {
			return err
		}
	}
	return nil
}

// stamp names article in the rows that name none.
func stamp(rows []row, article string) {
	for _, r := range rows {
		if _, ok := r["article"]; !ok {
			r["article"] = article
		}
	}
}

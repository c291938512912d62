package neo4j

import (
	"context"
	"maps"
	"slices"

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
	sts := []statement{{op: "write article", cypher: qArticle, params: articleParams(p)}}
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

// exec runs one statement with $article set, an UNWIND one as a single
// statement or split by rowsPerStatement.
func (w *writer) exec(ctx context.Context, article string, st statement) error {
	if st.params != nil {
		params := maps.Clone(st.params)
		params["article"] = article
		_, err := w.query(ctx, st.op, st.cypher, params)
		return err
	}
	step := len(st.rows)
	if w.rowsPerStatement > 0 {
		step = w.rowsPerStatement
	}
	for chunk := range slices.Chunk(st.rows, max(step, 1)) {
		if _, err := w.query(ctx, st.op, st.cypher, row{"rows": chunk, "article": article}); err != nil {
			return err
		}
	}
	return nil
}

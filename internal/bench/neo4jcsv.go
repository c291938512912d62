package bench

import (
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

// The CSV files --neo4j-import loads with LOAD CSV: the facts of the
// corpus as its annotations declare them, before resolution, one row per
// declared node or edge, ids as the annotations give them. One file per
// label or relationship type, so that labels and types stay in the query
// text as constants from graph's vocabularies and nothing read from a
// file becomes Cypher.
//
// The headers are neo4j-admin database import headers (id:ID(Node),
// published:date, :START_ID(Article) …), so that the offline import reads
// the very same files; LOAD CSV WITH HEADERS reads them as plain column
// names (row.`id:ID(Node)`). Ids live in two ID spaces: Article, and Node
// for actors, places and events (one id names one kind of node across a
// corpus; graph refuses anything else).

// arrayDelimiter separates an actor's aliases in their column; an alias
// holding it would be split (both loaders read it the same way).
const arrayDelimiter = ";"

// csvSpec is one CSV file and how each loader reads it.
type csvSpec struct {
	name   string
	header []string
	// nodes, for a node file, is the labels neo4j-admin gives its nodes
	// ("Actor:Person"); relType, for a relationship file, the type.
	nodes, relType string
	// cypher loads one row, bound as row, inside CALL (row) { … }.
	cypher string
}

var (
	articleHeader = []string{"id:ID(Article)", "title", "outlet", "url", "published:date", "language", "method", "extractor", "text"}
	actorHeader   = []string{"id:ID(Node)", "name", "kind", "aliases:string[]", "description"}
	placeHeader   = []string{"id:ID(Node)", "name", "kind"}
	eventHeader   = []string{"id:ID(Node)", "type", "title", "summary", "date:date", "dateEnd:date", "precision", "dateText",
		"cameo", "amount:long", "currency", "count:long", "countQualifier", "countUnit", "planned:boolean"}
	partHeader     = []string{":START_ID(Node)", ":END_ID(Node)", "role"}
	occHeader      = []string{":START_ID(Node)", ":END_ID(Node)"}
	relationHeader = []string{":START_ID(Node)", ":END_ID(Node)", "title", "sinceStart:date", "sinceEnd:date", "sincePrecision",
		"sinceText", "untilStart:date", "untilEnd:date", "untilPrecision", "untilText", "quote", "quoteStart:int", "quoteEnd:int"}
	mentionHeader = []string{":START_ID(Article)", ":END_ID(Node)", "quote", "start:int", "end:int"}
)

// label is a label or relationship type from graph's vocabularies, checked
// to be a plain word before it goes into a query.
var labelRE = regexp.MustCompile(`^[A-Za-z][A-Za-z_]*$`)

func label(s string) string {
	if !labelRE.MatchString(s) {
		panic(fmt.Sprintf("bench: %q is not a label", s))
	}
	return s
}

// csvSpecs lists every file in the order it is loaded: nodes, then edges.
func csvSpecs() []csvSpec {
	specs := []csvSpec{{
		name: "articles.csv", header: articleHeader, nodes: "Article",
		cypher: "MERGE (a:Article {id: row.`id:ID(Article)`})\n" +
			"SET a.title = row.title, a.outlet = row.outlet, a.url = row.url, a.published = date(row.`published:date`),\n" +
			"    a.language = row.language, a.method = row.method, a.extractor = row.extractor, a.text = row.text",
	}}
	for _, k := range graph.ActorKinds {
		labels := "Actor:" + label(string(k))
		if k == graph.Country {
			labels += ":Place"
		}
		specs = append(specs, csvSpec{
			name: "actors-" + string(k) + ".csv", header: actorHeader, nodes: labels,
			cypher: "MERGE (n:Actor {id: row.`id:ID(Node)`})\n" +
				"SET n" + strings.TrimPrefix(labels, "Actor") + ", n.name = row.name, n.kind = row.kind,\n" +
				"    n.aliases = coalesce(split(row.`aliases:string[]`, '" + arrayDelimiter + "'), []), n.description = row.description",
		})
	}
	specs = append(specs, csvSpec{
		name: "places.csv", header: placeHeader, nodes: "Place",
		cypher: "MERGE (n:Place {id: row.`id:ID(Node)`}) SET n.name = row.name, n.kind = row.kind",
	})
	for _, t := range graph.EventTypes {
		specs = append(specs, csvSpec{
			name: "events-" + string(t) + ".csv", header: eventHeader, nodes: "Event:" + label(string(t)),
			cypher: "MERGE (e:Event {id: row.`id:ID(Node)`})\n" +
				"SET e:" + string(t) + ", e.type = row.type, e.title = row.title, e.summary = row.summary,\n" +
				"    e.date = date(row.`date:date`), e.dateEnd = date(row.`dateEnd:date`), e.precision = row.precision,\n" +
				"    e.dateText = row.dateText, e.cameo = row.cameo, e.amount = toInteger(row.`amount:long`),\n" +
				"    e.currency = row.currency, e.count = toInteger(row.`count:long`), e.countQualifier = row.countQualifier,\n" +
				"    e.countUnit = row.countUnit, e.planned = toBoolean(row.`planned:boolean`)",
		})
	}
	specs = append(specs, csvSpec{
		name: "participated.csv", header: partHeader, relType: "PARTICIPATED_IN",
		cypher: "MATCH (a:Actor {id: row.`:START_ID(Node)`})\nMATCH (e:Event {id: row.`:END_ID(Node)`})\n" +
			"MERGE (a)-[r:PARTICIPATED_IN]->(e) SET r.role = row.role",
	}, csvSpec{
		name: "occurred.csv", header: occHeader, relType: "OCCURRED_IN",
		cypher: "MATCH (e:Event {id: row.`:START_ID(Node)`})\nMATCH (p:Place {id: row.`:END_ID(Node)`})\n" +
			"MERGE (e)-[:OCCURRED_IN]->(p)",
	})
	for _, t := range graph.RelationTypes {
		// A relation's ends are actors or places (a country is both).
		specs = append(specs, csvSpec{
			name: "relations-" + string(t) + ".csv", header: relationHeader, relType: label(string(t)),
			cypher: "OPTIONAL MATCH (fa:Actor {id: row.`:START_ID(Node)`})\nOPTIONAL MATCH (fp:Place {id: row.`:START_ID(Node)`})\n" +
				"OPTIONAL MATCH (ta:Actor {id: row.`:END_ID(Node)`})\nOPTIONAL MATCH (tp:Place {id: row.`:END_ID(Node)`})\n" +
				"WITH row, coalesce(fa, fp) AS a, coalesce(ta, tp) AS b\nWHERE a IS NOT NULL AND b IS NOT NULL\n" +
				"MERGE (a)-[r:" + string(t) + "]->(b)\n" +
				"SET r.title = row.title, r.sinceStart = date(row.`sinceStart:date`), r.sinceEnd = date(row.`sinceEnd:date`),\n" +
				"    r.sincePrecision = row.sincePrecision, r.sinceText = row.sinceText, r.untilStart = date(row.`untilStart:date`),\n" +
				"    r.untilEnd = date(row.`untilEnd:date`), r.untilPrecision = row.untilPrecision, r.untilText = row.untilText,\n" +
				"    r.quote = row.quote, r.quoteStart = toInteger(row.`quoteStart:int`), r.quoteEnd = toInteger(row.`quoteEnd:int`)",
		})
	}
	for _, l := range []string{"Actor", "Place", "Event"} {
		specs = append(specs, csvSpec{
			name: "mentions-" + l + ".csv", header: mentionHeader, relType: "MENTIONS",
			cypher: "MATCH (a:Article {id: row.`:START_ID(Article)`})\nMATCH (n:" + l + " {id: row.`:END_ID(Node)`})\n" +
				"MERGE (a)-[:MENTIONS {quote: row.quote, start: toInteger(row.`start:int`), end: toInteger(row.`end:int`)}]->(n)",
		})
	}
	return specs
}

// CSVCounts are what the CSV files hold: Rows by file name, and the
// distinct nodes and edges the rows declare, which a loader that merges on
// ids holds after loading them.
type CSVCounts struct {
	Rows map[string]int `json:"rows"`
	// Reports is the event rows: the events the articles report, before
	// any merging.
	Reports int `json:"eventReports"`
	// Distinct ids and edges.
	Articles       int `json:"articles"`
	Actors         int `json:"actors"`
	Places         int `json:"places"` // not counting countries, which are actors
	Events         int `json:"events"`
	Participations int `json:"participations"`
	Occurrences    int `json:"occurrences"`
	Relations      int `json:"relations"`
	ActorMentions  int `json:"actorMentions"`
	Mentions       int `json:"mentions"`
}

// csvWriter writes the facts of articles into the files of specs.
type csvWriter struct {
	dir   string
	specs map[string]csvSpec
	files map[string]*os.File
	w     map[string]*csv.Writer
	rows  map[string]int
	seen  map[string]map[string]bool // distinct keys by kind
}

func newCSVWriter(dir string) *csvWriter {
	cw := &csvWriter{dir: dir, specs: map[string]csvSpec{}, files: map[string]*os.File{},
		w: map[string]*csv.Writer{}, rows: map[string]int{}, seen: map[string]map[string]bool{}}
	for _, s := range csvSpecs() {
		cw.specs[s.name] = s
	}
	return cw
}

// write adds one row to the file named; the file and its header are
// written on its first row.
func (cw *csvWriter) write(name string, rec ...string) error {
	w, ok := cw.w[name]
	if !ok {
		spec, known := cw.specs[name]
		if !known {
			return fmt.Errorf("bench: no CSV file %s", name)
		}
		f, err := os.Create(filepath.Join(cw.dir, name))
		if err != nil {
			return err
		}
		cw.files[name] = f
		w = csv.NewWriter(f)
		cw.w[name] = w
		if err := w.Write(spec.header); err != nil {
			return err
		}
	}
	if len(rec) != len(cw.specs[name].header) {
		return fmt.Errorf("bench: %s: %d fields for %d columns", name, len(rec), len(cw.specs[name].header))
	}
	cw.rows[name]++
	return w.Write(rec)
}

// distinct records key among the kind's keys.
func (cw *csvWriter) distinct(kind string, key ...string) {
	m := cw.seen[kind]
	if m == nil {
		m = map[string]bool{}
		cw.seen[kind] = m
	}
	m[strings.Join(key, "\x00")] = true
}

func (cw *csvWriter) close() error {
	var first error
	for name, w := range cw.w {
		w.Flush()
		if err := w.Error(); err != nil && first == nil {
			first = err
		}
		if err := cw.files[name].Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (cw *csvWriter) counts() CSVCounts {
	c := CSVCounts{Rows: map[string]int{}}
	for name, n := range cw.rows {
		c.Rows[name] = n
		if strings.HasPrefix(name, "events-") {
			c.Reports += n
		}
	}
	c.Articles, c.Actors, c.Places = len(cw.seen["article"]), len(cw.seen["actor"]), len(cw.seen["place"])
	c.Events, c.Participations, c.Occurrences = len(cw.seen["event"]), len(cw.seen["part"]), len(cw.seen["occ"])
	c.Relations, c.ActorMentions = len(cw.seen["rel"]), len(cw.seen["mention-Actor"])
	c.Mentions = c.ActorMentions + len(cw.seen["mention-Place"]) + len(cw.seen["mention-Event"])
	return c
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func dateCols(d *graph.Date) []string {
	if d == nil {
		return []string{"", "", "", ""}
	}
	return []string{d.Start, d.End, string(d.Precision), d.Text}
}

// add writes one article's facts.
func (cw *csvWriter) add(f *graph.ArticleFacts) error {
	a := f.Article
	if err := cw.write("articles.csv", a.ID, a.Title, a.Outlet, a.URL, a.Published, a.Language, string(a.Method), a.Extractor, a.Text); err != nil {
		return err
	}
	cw.distinct("article", a.ID)
	mention := func(l, id string, srcs []graph.Source) error {
		for _, s := range srcs {
			if err := cw.write("mentions-"+l+".csv", a.ID, id, s.Quote, itoa(int64(s.Start)), itoa(int64(s.End))); err != nil {
				return err
			}
			cw.distinct("mention-"+l, a.ID, id, s.Quote, itoa(int64(s.Start)), itoa(int64(s.End)))
		}
		return nil
	}
	for _, act := range f.Actors {
		if err := cw.write("actors-"+string(act.Kind)+".csv", act.ID, act.Name, string(act.Kind),
			strings.Join(act.Aliases, arrayDelimiter), act.Description); err != nil {
			return err
		}
		cw.distinct("actor", act.ID)
		if err := mention("Actor", act.ID, act.Sources); err != nil {
			return err
		}
	}
	for _, p := range f.Places {
		if err := cw.write("places.csv", p.ID, p.Name, string(p.Kind)); err != nil {
			return err
		}
		cw.distinct("place", p.ID)
		if err := mention("Place", p.ID, p.Sources); err != nil {
			return err
		}
	}
	for _, e := range f.Events {
		var amount, currency, count, qualifier, unit, planned string
		if e.Amount != nil {
			amount, currency = itoa(e.Amount.Value), e.Amount.Currency
		}
		if e.Count != nil {
			count, qualifier, unit = itoa(e.Count.Value), string(e.Count.Qualifier), e.Count.Unit
		}
		if e.Planned {
			planned = "true"
		}
		if err := cw.write("events-"+string(e.Type)+".csv", e.ID, string(e.Type), e.Title, e.Summary, e.Date.Start, e.Date.End,
			string(e.Date.Precision), e.Date.Text, e.CAMEO, amount, currency, count, qualifier, unit, planned); err != nil {
			return err
		}
		cw.distinct("event", e.ID)
		for _, p := range e.Participants {
			if err := cw.write("participated.csv", p.ActorID, e.ID, p.Role); err != nil {
				return err
			}
			cw.distinct("part", p.ActorID, e.ID)
		}
		if e.Place != nil {
			if err := cw.write("occurred.csv", e.ID, e.Place.ID); err != nil {
				return err
			}
			cw.distinct("occ", e.ID, e.Place.ID)
		}
		if err := mention("Event", e.ID, e.Sources); err != nil {
			return err
		}
	}
	for _, r := range f.Relations {
		// The first quote of the relation; the project keeps them all.
		var quote, qs, qe string
		if len(r.Sources) > 0 {
			s := r.Sources[0]
			quote, qs, qe = s.Quote, itoa(int64(s.Start)), itoa(int64(s.End))
		}
		rec := slices.Concat([]string{r.From, r.To, r.Title}, dateCols(r.Since), dateCols(r.Until), []string{quote, qs, qe})
		if err := cw.write("relations-"+string(r.Type)+".csv", rec...); err != nil {
			return err
		}
		cw.distinct("rel", string(r.Type), r.From, r.To)
	}
	return nil
}

// articleFiles lists the article files under paths as the importer reads
// them: files as given, folders searched recursively for *.txt, each
// folder's files sorted.
func articleFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, strings.TrimSuffix(p, importer.AnnotationExt)+importer.ArticleExt)
			continue
		}
		root, err := filepath.EvalSymlinks(p)
		if err != nil {
			return nil, err
		}
		var found []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, importer.ArticleExt) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return slices.Compact(files), nil
}

// writeCSV writes the facts of the articles under paths into dir, read a
// chunk of files at a time as importer.Load reads them.
func writeCSV(paths []string, dir string) (CSVCounts, error) {
	files, err := articleFiles(paths)
	if err != nil {
		return CSVCounts{}, err
	}
	cw := newCSVWriter(dir)
	for start := 0; start < len(files); start += importer.DefaultChunk {
		b, err := importer.Load(files[start:min(start+importer.DefaultChunk, len(files))])
		if err != nil {
			cw.close()
			return CSVCounts{}, err
		}
		for _, f := range b.Facts {
			if err := cw.add(f); err != nil {
				cw.close()
				return CSVCounts{}, err
			}
		}
	}
	if err := cw.close(); err != nil {
		return CSVCounts{}, err
	}
	return cw.counts(), nil
}

// loadOrder is the files written, in the order they are loaded.
func loadOrder(c CSVCounts) []csvSpec {
	var out []csvSpec
	for _, s := range csvSpecs() {
		if c.Rows[s.name] > 0 {
			out = append(out, s)
		}
	}
	return out
}

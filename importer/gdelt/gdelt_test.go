package gdelt

import (
	"archive/zip"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

const (
	fileV2    = "testdata/20200914120000.export.CSV"
	fileV2Zip = "testdata/20200914120000.export.CSV.zip"
	fileV1    = "testdata/20200914.export.CSV"
	fileV1Old = "testdata/201301.csv"
	fileBad   = "testdata/malformed.export.CSV"
)

// readRows converts every row of files with one converter, as an import
// does.
func readRows(t *testing.T, files ...string) []Row {
	t.Helper()
	c := NewConverter()
	var rows []Row
	for _, f := range files {
		if err := c.ReadFile(f, func(r Row) error { rows = append(rows, r); return nil }); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return rows
}

// goodFacts converts files that must have no bad row.
func goodFacts(t *testing.T, files ...string) map[string]*graph.ArticleFacts {
	t.Helper()
	out := map[string]*graph.ArticleFacts{}
	for _, r := range readRows(t, files...) {
		if len(r.Problems) > 0 {
			t.Fatalf("%s:%d: unexpected problems %v", r.File, r.Line, r.Problems)
		}
		out[r.Facts.Article.ID] = r.Facts
	}
	return out
}

// mkRow writes a row of the given format from column values; the others
// are empty.
func mkRow(v Version, vals map[string]string) string {
	cols := columnNames(v)
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = vals[c]
	}
	return strings.Join(out, "\t")
}

// visitRow is a well-formed GDELT 2.0 row: Belarus visits Russia in Sochi.
func visitRow() map[string]string {
	return map[string]string{
		"GLOBALEVENTID": "1", "SQLDATE": "20200914", "EventCode": "042",
		"Actor1Code": "BLR", "Actor1Name": "BELARUS", "Actor1CountryCode": "BLR",
		"Actor2Code": "RUS", "Actor2Name": "RUSSIA", "Actor2CountryCode": "RUS",
		"NumMentions": "4", "NumSources": "2", "NumArticles": "3",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Sochi, Krasnodar, Russia", "ActionGeo_CountryCode": "RS",
		"DATEADDED": "20200914101500", "SOURCEURL": "https://www.example.com/a",
	}
}

func writeFile(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "export.CSV")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestColumnLayouts(t *testing.T) {
	v1, v2 := columnNames(V1), columnNames(V2)
	if len(v1) != ColumnsV1 || len(v2) != ColumnsV2 {
		t.Fatalf("GDELT 1.0 has %d columns (want 58), 2.0 %d (want 61)", len(v1), len(v2))
	}
	// Positions from the GDELT 1.0 and 2.0 event codebooks, counted from 0.
	for _, c := range []struct {
		cols []string
		at   int
		name string
	}{
		{v1, 0, "GLOBALEVENTID"}, {v1, 1, "SQLDATE"}, {v1, 5, "Actor1Code"}, {v1, 7, "Actor1CountryCode"}, {v1, 12, "Actor1Type1Code"},
		{v1, 15, "Actor2Code"}, {v1, 25, "IsRootEvent"}, {v1, 26, "EventCode"}, {v1, 31, "NumMentions"}, {v1, 33, "NumArticles"},
		{v1, 35, "Actor1Geo_Type"}, {v1, 49, "ActionGeo_Type"}, {v1, 50, "ActionGeo_FullName"}, {v1, 51, "ActionGeo_CountryCode"},
		{v1, 55, "ActionGeo_FeatureID"}, {v1, 56, "DATEADDED"}, {v1, 57, "SOURCEURL"},
		{v2, 26, "EventCode"}, {v2, 39, "Actor1Geo_ADM2Code"}, {v2, 42, "Actor1Geo_FeatureID"}, {v2, 47, "Actor2Geo_ADM2Code"},
		{v2, 51, "ActionGeo_Type"}, {v2, 52, "ActionGeo_FullName"}, {v2, 53, "ActionGeo_CountryCode"}, {v2, 55, "ActionGeo_ADM2Code"},
		{v2, 58, "ActionGeo_FeatureID"}, {v2, 59, "DATEADDED"}, {v2, 60, "SOURCEURL"},
	} {
		if c.cols[c.at] != c.name {
			t.Errorf("column %d is %s, want %s", c.at, c.cols[c.at], c.name)
		}
	}
}

// participants maps an event's actors to their roles.
func participants(e graph.Event) map[string]string {
	out := map[string]string{}
	for _, p := range e.Participants {
		out[p.ActorID] = p.Role
	}
	return out
}

func actorKinds(f *graph.ArticleFacts) map[string]graph.ActorKind {
	out := map[string]graph.ActorKind{}
	for _, a := range f.Actors {
		out[a.ID] = a.Kind
	}
	return out
}

func relations(f *graph.ArticleFacts) []string {
	var out []string
	for _, r := range f.Relations {
		out = append(out, string(r.Type)+" "+r.From+" "+r.To)
	}
	slices.Sort(out)
	return out
}

func TestRowsGDELT2(t *testing.T) {
	facts := goodFacts(t, fileV2)
	if len(facts) != 11 {
		t.Fatalf("%d articles, want 11", len(facts))
	}
	cases := []struct {
		article, typ, cameo, day, place string
		roles                           map[string]string
		kinds                           map[string]graph.ActorKind
		relations                       []string
	}{
		{"gdelt-930000001", "Visit", "042", "2020-09-14", "sochi",
			map[string]string{"belarus": "visitor", "russia": "host"},
			map[string]graph.ActorKind{"belarus": graph.Country, "russia": graph.Country}, []string{"LOCATED_IN sochi russia"}},
		{"gdelt-930000003", "Arrest", "173", "2020-09-13", "minsk",
			map[string]string{"police-of-belarus": "detaining authority", "protesters-of-belarus": "detainee"},
			map[string]graph.ActorKind{"police-of-belarus": graph.Group, "protesters-of-belarus": graph.Group, "belarus": graph.Country},
			[]string{"LOCATED_IN minsk belarus"}},
		{"gdelt-930000004", "Protest", "141", "2020-09-13", "minsk",
			map[string]string{"protesters-of-belarus": "protester", "alexander-lukashenko": "target"},
			map[string]graph.ActorKind{"protesters-of-belarus": graph.Group, "alexander-lukashenko": graph.Person, "belarus": graph.Country},
			[]string{"LOCATED_IN minsk belarus", "WORKS_FOR alexander-lukashenko belarus"}},
		{"gdelt-930000005", "Loan", "071", "2020-09-14", "russia",
			map[string]string{"russia": "lender", "belarus": "borrower"},
			map[string]graph.ActorKind{"russia": graph.Country, "belarus": graph.Country}, nil},
		{"gdelt-930000006", "Statement", "010", "2020-09-14", "",
			map[string]string{"vladimir-putin": "speaker"},
			map[string]graph.ActorKind{"vladimir-putin": graph.Person, "russia": graph.Country}, []string{"WORKS_FOR vladimir-putin russia"}},
		{"gdelt-930000007", "Agreement", "057", "2020-09-14", "sochi",
			map[string]string{"russia": "signatory", "belarus": "signatory"}, nil, []string{"LOCATED_IN sochi russia"}},
		// RUSGOV-style codes under a country's name are the country.
		{"gdelt-930000008", "Sanction", "163", "2020-09-14", "brussels",
			map[string]string{"european-union": "sanctioning party", "belarus": "sanctioned party"},
			map[string]graph.ActorKind{"european-union": graph.Organization, "belarus": graph.Country, "belgium": graph.Country},
			[]string{"LOCATED_IN brussels belgium"}},
		{"gdelt-930000009", "Visit", "043", "2020-09-14", "sochi",
			map[string]string{"russia": "host", "alexander-lukashenko": "visitor"}, nil,
			[]string{"LOCATED_IN sochi russia", "WORKS_FOR alexander-lukashenko belarus"}},
		// A US state named like a country does not take the country's id.
		{"gdelt-930000010", "Meeting", "040", "2020-09-12", "georgia-united-states",
			map[string]string{"united-states": "participant", "georgia": "participant"},
			map[string]graph.ActorKind{"united-states": graph.Country, "georgia": graph.Country},
			[]string{"LOCATED_IN georgia-united-states united-states"}},
		{"gdelt-930000011", "Violence", "180", "2020-09-13", "horad-minsk",
			map[string]string{"police-of-belarus": "perpetrator", "protesters-of-belarus": "victim"}, nil,
			[]string{"LOCATED_IN horad-minsk belarus"}},
	}
	for _, c := range cases {
		f := facts[c.article]
		if f == nil {
			t.Errorf("%s: missing", c.article)
			continue
		}
		if len(f.Events) != 1 {
			t.Errorf("%s: %d events", c.article, len(f.Events))
			continue
		}
		e := f.Events[0]
		if string(e.Type) != c.typ || e.CAMEO != c.cameo || e.Date.Start != c.day || e.Date.End != c.day || e.Date.Precision != graph.Day {
			t.Errorf("%s: %s %s %+v, want %s %s %s", c.article, e.Type, e.CAMEO, e.Date, c.typ, c.cameo, c.day)
		}
		if got := participants(e); !reflect.DeepEqual(got, c.roles) {
			t.Errorf("%s: participants %v, want %v", c.article, got, c.roles)
		}
		place := ""
		if e.Place != nil {
			place = e.Place.ID
		}
		if place != c.place {
			t.Errorf("%s: place %q, want %q", c.article, place, c.place)
		}
		kinds := actorKinds(f)
		for id, k := range c.kinds {
			if kinds[id] != k {
				t.Errorf("%s: actor %s is %q, want %s (actors %v)", c.article, id, kinds[id], k, kinds)
			}
		}
		if got := relations(f); !slices.Equal(got, c.relations) {
			t.Errorf("%s: relations %v, want %v", c.article, got, c.relations)
		}
		a := f.Article
		if a.Method != graph.Extracted || a.Extractor != "gdelt-2.0" || a.Language != "en" || a.Published != "2020-09-14" {
			t.Errorf("%s: article %+v", c.article, a)
		}
		if !strings.Contains(e.Summary, "CAMEO "+c.cameo) || !strings.Contains(a.Text, "CAMEO "+c.cameo) {
			t.Errorf("%s: the summary %q or the text does not give the code", c.article, e.Summary)
		}
	}
	a := facts["gdelt-930000001"].Article
	if a.URL != "https://www.example.com/world/2020/09/14/lukashenko-in-sochi" || a.Outlet != "example.com" {
		t.Errorf("url %q outlet %q", a.URL, a.Outlet)
	}
	if o := facts["gdelt-930000002"].Article.Outlet; o != "news.example.org" {
		t.Errorf("outlet %q, want news.example.org", o)
	}
	f3 := facts["gdelt-930000003"]
	if e := f3.Events[0]; !strings.Contains(e.Summary, "7 articles, 3 sources and 20 mentions") ||
		!strings.Contains(f3.Article.Text, "Reported in 7 articles from 3 sources, 20 mentions") {
		t.Errorf("figures missing: summary %q, text %q", e.Summary, f3.Article.Text)
	}
	for _, p := range facts["gdelt-930000003"].Places {
		if p.ID == "minsk" && (p.Name != "Minsk" || p.Kind != graph.City) {
			t.Errorf("minsk is %+v", p.Place)
		}
	}
	for _, p := range facts["gdelt-930000011"].Places {
		if p.ID == "horad-minsk" && p.Kind != graph.Region {
			t.Errorf("a world state is a region, not %s", p.Kind)
		}
	}
	for _, a := range facts["gdelt-930000004"].Actors {
		if a.ID == "alexander-lukashenko" && a.Name != "Alexander Lukashenko" {
			t.Errorf("name %q, want Alexander Lukashenko", a.Name)
		}
	}
}

// TestQuotesPointIntoText checks every quote of every fact against the
// text at its offsets (code points, end exclusive), and that each fact
// quotes a sentence that names it.
func TestQuotesPointIntoText(t *testing.T) {
	facts := goodFacts(t, fileV2, fileV1, fileV1Old)
	for id, f := range facts {
		text := []rune(f.Article.Text)
		check := func(what string, srcs []graph.Source, mustName string) {
			if len(srcs) == 0 {
				t.Errorf("%s: %s has no quote", id, what)
			}
			named := false
			for _, s := range srcs {
				if s.ArticleID != id || s.Start < 0 || s.End > len(text) || s.Start >= s.End || string(text[s.Start:s.End]) != s.Quote {
					t.Errorf("%s: %s: quote %q at %d..%d is not the text there", id, what, s.Quote, s.Start, s.End)
					continue
				}
				if f.Article.Text[s.Start:s.End] != s.Quote {
					t.Errorf("%s: byte offsets differ from code points in an ASCII text", id)
				}
				named = named || strings.Contains(s.Quote, mustName)
			}
			if !named {
				t.Errorf("%s: no quote of %s names %q: %v", id, what, mustName, srcs)
			}
		}
		for _, a := range f.Actors {
			check("actor "+a.ID, a.Sources, a.Name)
		}
		for _, p := range f.Places {
			check("place "+p.ID, p.Sources, p.Name)
		}
		for _, e := range f.Events {
			check("event "+e.ID, e.Sources, "CAMEO "+e.CAMEO)
		}
		for _, r := range f.Relations {
			check("relation "+string(r.Type), r.Sources, "coded as")
		}
	}
}

// TestEveryArticlePassesCheckFacts checks all good rows of all files as
// one batch: each on its own and against each other (one kind per id).
func TestEveryArticlePassesCheckFacts(t *testing.T) {
	var batch []*graph.ArticleFacts
	for _, f := range goodFacts(t, fileV2, fileV1, fileV1Old) {
		batch = append(batch, f)
	}
	for _, r := range readRows(t, fileBad) {
		if r.Facts != nil {
			batch = append(batch, r.Facts)
		}
	}
	if len(batch) != 11+3+1+2 {
		t.Fatalf("%d articles", len(batch))
	}
	if err := graph.CheckFacts(batch); err != nil {
		t.Fatal(err)
	}
}

func TestGDELT1(t *testing.T) {
	facts := goodFacts(t, fileV1, fileV1Old)
	visit := facts["gdelt-300000001"]
	if visit == nil || visit.Article.Extractor != "gdelt-1.0" || visit.Article.Published != "2020-09-14" ||
		visit.Article.Outlet != "example.net" || visit.Events[0].Type != graph.Visit {
		t.Fatalf("58-column visit: %+v", visit)
	}
	// A SOURCEURL that is not a URL names the outlet.
	if a := facts["gdelt-300000002"].Article; a.URL != "" || a.Outlet != "BBC Monitoring" {
		t.Errorf("BBC Monitoring row: url %q outlet %q", a.URL, a.Outlet)
	}
	// A 57-column row has no SOURCEURL.
	old := facts["gdelt-200000001"]
	if old == nil || old.Article.URL != "" || old.Article.Outlet != "GDELT" || old.Article.Published != "2013-01-16" ||
		!strings.Contains(old.Article.Text, "57 columns") {
		t.Fatalf("57-column row: %+v", old)
	}
	if e := facts["gdelt-300000003"].Events[0]; e.Type != graph.Statement || e.CAMEO != "036" {
		t.Errorf("036 is %s %s, want a Statement", e.Type, e.CAMEO)
	}
}

func TestZipSameAsPlain(t *testing.T) {
	plain, zipped := readRows(t, fileV2), readRows(t, fileV2Zip)
	if len(plain) != len(zipped) {
		t.Fatalf("%d rows plain, %d zipped", len(plain), len(zipped))
	}
	for i := range plain {
		if plain[i].Line != zipped[i].Line || !reflect.DeepEqual(plain[i].Facts, zipped[i].Facts) {
			t.Errorf("row %d differs between the CSV and its zip", i)
		}
	}
}

func TestZipWithTwoFilesRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "two.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	for _, name := range []string{"a.CSV", "b.CSV"} {
		w, _ := z.Create(name)
		w.Write([]byte(mkRow(V2, visitRow()) + "\n"))
	}
	z.Close()
	f.Close()
	err = Scan(p, func(Line) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "holds 2") {
		t.Errorf("a zip of two files: %v", err)
	}
}

func TestMalformedRows(t *testing.T) {
	rows := readRows(t, fileBad)
	var good []int
	got := map[int][]importer.Problem{}
	for _, r := range rows {
		if r.Facts != nil {
			good = append(good, r.Line)
			continue
		}
		got[r.Line] = r.Problems
	}
	if !slices.Equal(good, []int{1, 7}) {
		t.Errorf("good rows on lines %v, want 1 and 7", good)
	}
	want := []struct {
		line         int
		field, words string
	}{
		{2, "columns", "60 tab-separated columns"},
		{3, "SQLDATE", `"2020091" is not a date of the form YYYYMMDD`},
		{4, "EventCode", `unknown CAMEO code "999"`},
		{5, "Actor1Code", "missing"},
		{6, "SQLDATE", "2020-09-15 is after the day GDELT added it (DATEADDED 2020-09-14)"},
		{8, "Actor2Code", "a meeting needs two actors"},
	}
	for _, w := range want {
		probs := got[w.line]
		if len(probs) != 1 || probs[0].Field != w.field || !strings.Contains(probs[0].Message, w.words) || probs[0].File != fileBad {
			t.Errorf("line %d: %v, want one problem %s: ...%s...", w.line, probs, w.field, w.words)
			continue
		}
		if s := probs[0].String(); !strings.HasPrefix(s, fileBad+":"+strconv.Itoa(w.line)+": "+w.field+": ") {
			t.Errorf("reported as %q, want FILE:LINE: field: reason", s)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d bad rows, want %d: %v", len(got), len(want), got)
	}
}

func TestRowProblems(t *testing.T) {
	with := func(changes map[string]string) map[string]string {
		r := visitRow()
		for k, v := range changes {
			r[k] = v
		}
		return r
	}
	cases := []struct {
		name   string
		v      Version
		vals   map[string]string
		fields []string
	}{
		{"visit without Actor2", V2, with(map[string]string{"Actor2Code": "", "Actor2Name": "", "Actor2CountryCode": ""}), []string{"Actor2Code"}},
		{"visit of an actor to itself", V2, with(map[string]string{"Actor2Code": "BLR", "Actor2Name": "BELARUS", "Actor2CountryCode": "BLR"}), []string{"Actor2Code"}},
		{"2.0 DATEADDED without time", V2, with(map[string]string{"DATEADDED": "20200914"}), []string{"DATEADDED"}},
		{"1.0 DATEADDED with time", V1, with(map[string]string{"DATEADDED": "20200914101500"}), []string{"DATEADDED"}},
		{"February 30", V2, with(map[string]string{"SQLDATE": "20200230"}), []string{"SQLDATE"}},
		{"no code", V2, with(map[string]string{"EventCode": ""}), []string{"EventCode"}},
		{"code without its leading zero", V2, with(map[string]string{"EventCode": "42"}), []string{"EventCode"}},
		{"id not a number", V2, with(map[string]string{"GLOBALEVENTID": "x1"}), []string{"GLOBALEVENTID"}},
		{"bad count", V2, with(map[string]string{"NumArticles": "many"}), []string{"NumArticles"}},
		{"bad geo type", V2, with(map[string]string{"ActionGeo_Type": "9"}), []string{"ActionGeo_Type"}},
		{"geo type without name", V2, with(map[string]string{"ActionGeo_FullName": ""}), []string{"ActionGeo_FullName"}},
		{"name without letters", V2, with(map[string]string{"Actor1Code": "XYZ", "Actor1Name": "---", "Actor1CountryCode": ""}), []string{"Actor1Name"}},
		{"published in the future", V2, with(map[string]string{"SQLDATE": "29990101", "DATEADDED": "29990101000000"}), []string{"DATEADDED"}},
		{"several at once", V2, with(map[string]string{"SQLDATE": "2020", "EventCode": "999"}), []string{"SQLDATE", "EventCode"}},
	}
	for _, c := range cases {
		r := NewConverter().Convert("f", Line{Number: 3, Fields: strings.Split(mkRow(c.v, c.vals), "\t")})
		var fields []string
		for _, p := range r.Problems {
			fields = append(fields, p.Field)
			if p.Line != 3 || p.File != "f" {
				t.Errorf("%s: problem at %s:%d", c.name, p.File, p.Line)
			}
		}
		if r.Facts != nil || !slices.Equal(fields, c.fields) {
			t.Errorf("%s: problems %v, want fields %v", c.name, r.Problems, c.fields)
		}
	}
	// The unchanged row is good, in both formats.
	for _, v := range []Version{V1, V2} {
		vals := visitRow()
		if v == V1 {
			vals["DATEADDED"] = "20200914"
		}
		if r := NewConverter().Convert("f", Line{Number: 1, Fields: strings.Split(mkRow(v, vals), "\t")}); r.Facts == nil {
			t.Errorf("%s: %v", v, r.Problems)
		}
	}
}

func TestDuplicateEventAndHeader(t *testing.T) {
	header := strings.Join(columnNames(V2), "\t")
	line := mkRow(V2, visitRow())
	p := writeFile(t, header, line, "", line)
	rows := readRows(t, p)
	if len(rows) != 2 || rows[0].Line != 2 || rows[0].Facts == nil {
		t.Fatalf("rows %+v", rows)
	}
	if pr := rows[1].Problems; rows[1].Line != 4 || len(pr) != 1 || pr[0].Field != "GLOBALEVENTID" || !strings.Contains(pr[0].Message, p+":2") {
		t.Errorf("a repeated event: %v", pr)
	}
}

func TestLongLine(t *testing.T) {
	p := writeFile(t, strings.Repeat("x", MaxLineBytes+10), mkRow(V2, visitRow()))
	rows := readRows(t, p)
	if len(rows) != 2 || rows[0].Problems[0].Field != "line" || rows[1].Line != 2 || rows[1].Facts == nil {
		t.Errorf("rows %+v", rows)
	}
}

// TestIDsKeepOneKind checks that an id never names two kinds of node:
// a city named like its country, and an organisation named like a city
// another row placed an event in, take longer ids.
func TestIDsKeepOneKind(t *testing.T) {
	lux := visitRow()
	lux["GLOBALEVENTID"], lux["ActionGeo_FullName"], lux["ActionGeo_CountryCode"] = "2", "Luxembourg, Luxembourg, Luxembourg", "LU"
	moscowCity := visitRow()
	moscowCity["GLOBALEVENTID"], moscowCity["ActionGeo_FullName"] = "3", "Moscow, Moskva, Russia"
	moscowOrg := visitRow()
	moscowOrg["GLOBALEVENTID"], moscowOrg["EventCode"], moscowOrg["Actor1Code"], moscowOrg["Actor1Name"], moscowOrg["Actor1CountryCode"] =
		"4", "010", "RUSGOV", "MOSCOW", "RUS"
	p := writeFile(t, mkRow(V2, lux), mkRow(V2, moscowCity), mkRow(V2, moscowOrg))
	var batch []*graph.ArticleFacts
	ids := map[string]string{}
	for _, r := range readRows(t, p) {
		if r.Facts == nil {
			t.Fatalf("line %d: %v", r.Line, r.Problems)
		}
		batch = append(batch, r.Facts)
		for _, a := range r.Facts.Actors {
			ids[a.ID] = string(a.Kind)
		}
		for _, pl := range r.Facts.Places {
			ids[pl.ID] = string(pl.Kind)
		}
	}
	want := map[string]string{"luxembourg-city": "city", "luxembourg": "Country", "moscow": "city", "moscow-organization": "Organization"}
	for id, k := range want {
		if ids[id] != k {
			t.Errorf("%s is %q, want %s (all: %v)", id, ids[id], k, ids)
		}
	}
	if err := graph.CheckFacts(batch); err != nil {
		t.Error(err)
	}
}

func TestClassify(t *testing.T) {
	cases := []struct {
		cols actorCols
		name string
		kind graph.ActorKind
		tie  graph.RelationType
	}{
		{actorCols{code: "BLR", name: "BELARUS", country: "BLR"}, "Belarus", graph.Country, ""},
		{actorCols{code: "ROM", name: "ROMANIA", country: "ROM"}, "Romania", graph.Country, ""},
		{actorCols{code: "RUS", name: "MOSCOW", country: "RUS"}, "Russia", graph.Country, ""},
		{actorCols{code: "RUSGOV", name: "RUSSIA", country: "RUS", type1: "GOV"}, "Russia", graph.Country, ""},
		{actorCols{code: "BLRGOV", name: "ALEXANDER LUKASHENKO", country: "BLR", type1: "GOV"}, "Alexander Lukashenko", graph.Person, graph.WorksFor},
		{actorCols{code: "BLROPP", name: "SVETLANA TIKHANOVSKAYA", country: "BLR", type1: "OPP"}, "Svetlana Tikhanovskaya", graph.Person, ""},
		{actorCols{code: "BLRCOP", name: "POLICE", country: "BLR", type1: "COP"}, "Police of Belarus", graph.Group, ""},
		{actorCols{code: "CVL", name: "PROTESTER", type1: "CVL"}, "Protesters", graph.Group, ""},
		{actorCols{code: "BLRCVL", name: "VILLAGER", country: "BLR", type1: "CVL"}, "Residents of Belarus", graph.Group, ""},
		{actorCols{code: "BLRCVL", name: "PENSIONER", country: "BLR", type1: "CVL"}, "Pensioner of Belarus", graph.Group, ""},
		{actorCols{code: "IGOUNO", name: "UNITED NATIONS", knownGroup: "UNO", type1: "IGO"}, "United Nations", graph.Organization, ""},
		{actorCols{code: "NGOHRW", name: "HUMAN RIGHTS WATCH", type1: "NGO"}, "Human Rights Watch", graph.Organization, ""},
		{actorCols{code: "RUSMED", name: "TASS", country: "RUS", type1: "MED"}, "Tass", graph.Organization, ""},
		{actorCols{code: "AFR", name: "AFRICA", country: "AFR"}, "Africa", graph.Organization, ""},
	}
	for _, c := range cases {
		a := classify(c.cols)
		if a.name != c.name || a.kind != c.kind || a.tie != c.tie {
			t.Errorf("%+v: %q %s %q, want %q %s %q", c.cols, a.name, a.kind, a.tie, c.name, c.kind, c.tie)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"ALEXANDER LUKASHENKO": "Alexander Lukashenko", "BANK OF ENGLAND": "Bank of England", "O'BRIEN": "O'Brien",
		"AL-ASSAD": "Al-Assad", "THE HAGUE": "The Hague",
	} {
		if got := TitleCase(in); got != want {
			t.Errorf("TitleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountries(t *testing.T) {
	for code, want := range map[string]string{
		"BLR": "Belarus", "RUS": "Russia", "USA": "United States", "GBR": "United Kingdom", "ROM": "Romania", "ROU": "Romania",
		"MTN": "Montenegro", "COD": "Democratic Republic of the Congo", "CZE": "Czech Republic", "BIH": "Bosnia and Herzegovina",
	} {
		if got, ok := Country(code); !ok || got != want {
			t.Errorf("Country(%s) = %q, want %q", code, got, want)
		}
	}
	for _, code := range []string{"AFR", "EUR", "WST", "GOV", "XXX", ""} {
		if name, ok := Country(code); ok {
			t.Errorf("%q is not a country, but gives %q", code, name)
		}
	}
	// FIPS 10-4, GDELT's geographic codes, differ from ISO: RS is Russia,
	// not Serbia; BO Belarus, not Bolivia; GM Germany, UK the United Kingdom.
	for fips, want := range map[string]string{"RS": "Russia", "BO": "Belarus", "GM": "Germany", "UK": "United Kingdom",
		"US": "United States", "RI": "Serbia", "BL": "Bolivia", "EZ": "Czech Republic", "RO": "Romania", "MJ": "Montenegro", "KV": "Kosovo"} {
		if got, ok := CountryOfFIPS(fips); !ok || got != want {
			t.Errorf("CountryOfFIPS(%s) = %q, want %q", fips, got, want)
		}
	}
	if name, ok := CountryOfFIPS("GZ"); ok {
		t.Errorf("GZ (Gaza Strip) maps to %q", name)
	}
	for _, f := range tsvLines(fipsTSV) {
		if _, ok := Country(f[1]); !ok {
			t.Errorf("data/fips.tsv: %s maps to %s, which is no country", f[0], f[1])
		}
	}
}

// TestCountryIDsMatchLexicon checks that every country the extractor's
// lexicon knows has the same id when GDELT names it: Belarus from GDELT
// is the seed's and the extracted articles' belarus.
func TestCountryIDsMatchLexicon(t *testing.T) {
	raw, err := os.ReadFile("../extract/lexicons/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range tsvLines(string(raw)) {
		n++
		name, ok := CountryNamed(f[1])
		if !ok || graph.Slug(name) != f[0] {
			t.Errorf("the lexicon's %s (%s) is %q here", f[1], f[0], graph.Slug(name))
		}
	}
	if n < 50 {
		t.Fatalf("read %d lexicon countries", n)
	}
}

func TestEventKinds(t *testing.T) {
	for code, want := range map[string]eventKind{
		"010": statement, "036": statement, "040": meeting, "041": meeting, "044": meeting, "046": meeting,
		"042": {graph.Visit, "visitor", "host"}, "043": {graph.Visit, "host", "visitor"},
		"051": statement, "057": agreement, "061": agreement, "071": {graph.Loan, "lender", "borrower"},
		"111": statement, "1411": {graph.Protest, "protester", "target"}, "145": {graph.Protest, "protester", "target"},
		"160": statement, "163": {graph.Sanction, "sanctioning party", "sanctioned party"},
		"173": {graph.Arrest, "detaining authority", "detainee"}, "175": violence, "1823": violence, "190": violence, "204": violence,
	} {
		got, ok := eventKindOf(code)
		if !ok || got != want {
			t.Errorf("%s: %+v, want %+v", code, got, want)
		}
		if !graph.IsCAMEO(code) {
			t.Errorf("%s is not in the codebook", code)
		}
		if !graph.IsValidRole(got.role1) || !graph.IsValidRole(got.role2) {
			t.Errorf("%s: roles %q %q are not the model's", code, got.role1, got.role2)
		}
	}
}

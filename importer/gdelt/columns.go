package gdelt

import "strings"

// Version is the GDELT event export format of a row.
type Version int

// The two event export formats.
const (
	V1 Version = 1 // GDELT 1.0 daily and historical files: 57 or 58 columns
	V2 Version = 2 // GDELT 2.0 15-minute files: 61 columns
)

// Extractor is what an imported article's graph.Article.Extractor says
// made its facts.
func (v Version) Extractor() string {
	if v == V2 {
		return "gdelt-2.0"
	}
	return "gdelt-1.0"
}

func (v Version) String() string {
	if v == V2 {
		return "GDELT 2.0"
	}
	return "GDELT 1.0"
}

// actorColumns are the ten columns describing one actor, after its
// prefix (Actor1 or Actor2).
var actorColumns = []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
	"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}

// geoColumns are the columns describing one location, after its prefix
// (Actor1Geo_, Actor2Geo_, ActionGeo_); ADM2Code only in GDELT 2.0.
func geoColumns(v Version) []string {
	if v == V2 {
		return []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}
	}
	return []string{"Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"}
}

// columnNames lists a format's columns in file order, with SOURCEURL last
// (a 57-column GDELT 1.0 row ends at DATEADDED).
func columnNames(v Version) []string {
	cols := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, c := range actorColumns {
			cols = append(cols, a+c)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
		"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, c := range geoColumns(v) {
			cols = append(cols, g+c)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}

// layout maps column names to their index in a row of one format.
type layout struct {
	version Version
	index   map[string]int
	width   int
}

func newLayout(v Version) *layout {
	l := &layout{version: v, index: map[string]int{}}
	for i, c := range columnNames(v) {
		l.index[c] = i
	}
	l.width = len(l.index)
	return l
}

var (
	layoutV1 = newLayout(V1)
	layoutV2 = newLayout(V2)
)

// Column counts of the formats.
const (
	ColumnsV1Old = 57 // GDELT 1.0 without SOURCEURL (the historical backfiles)
	ColumnsV1    = 58
	ColumnsV2    = 61
)

// layoutFor says which format a row of n columns is in, nil for none.
func layoutFor(n int) *layout {
	switch n {
	case ColumnsV1Old, ColumnsV1:
		return layoutV1
	case ColumnsV2:
		return layoutV2
	}
	return nil
}

// row is one split line of an export with its format.
type row struct {
	l      *layout
	fields []string
}

// get is the trimmed value of a column, "" when the row lacks it (a
// 57-column row has no SOURCEURL).
func (r row) get(col string) string {
	i, ok := r.l.index[col]
	if !ok {
		panic("gdelt: no column " + col)
	}
	if i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

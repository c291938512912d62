package gdelt

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/eventgraph/eventgraph/graph"
)

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/fips.tsv
var fipsTSV string

// countryTable knows the countries by CAMEO code, by name and by the FIPS
// 10-4 codes of GDELT's geographic fields.
type countryTable struct {
	// names maps a CAMEO country code to the country's name.
	names map[string]string
	// byName maps a folded country name to the name.
	byName map[string]string
	// ids are the ids of all countries: no other node may take one.
	ids map[string]bool
	// fips maps a FIPS 10-4 code to a CAMEO country code.
	fips map[string]string
}

var countries = sync.OnceValue(loadCountries)

var nameTidy = strings.NewReplacer(" & ", " and ", "St. ", "Saint ")

func loadCountries() *countryTable {
	t := &countryTable{names: map[string]string{}, byName: map[string]string{}, ids: map[string]bool{}, fips: map[string]string{}}
	// ISO 3166-1 alpha-3, which CAMEO country codes are for nearly every
	// country, with CLDR's English names: every three-letter code the
	// language package knows as a country.
	regions := display.English.Regions()
	code := make([]byte, 3)
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			for c := byte('A'); c <= 'Z'; c++ {
				code[0], code[1], code[2] = a, b, c
				r, err := language.ParseRegion(string(code))
				if err != nil || r.ISO3() != string(code) || !r.IsCountry() {
					continue
				}
				if name := regions.Name(r); name != "" {
					t.names[string(code)] = nameTidy.Replace(name)
				}
			}
		}
	}
	for _, f := range tsvLines(countriesTSV) {
		if len(f) >= 2 {
			t.names[f[0]] = f[1]
		}
	}
	for _, name := range t.names {
		t.byName[foldName(name)] = name
		t.ids[graph.Slug(name)] = true
	}
	for _, f := range tsvLines(fipsTSV) {
		if len(f) >= 2 {
			t.fips[f[0]] = f[1]
		}
	}
	return t
}

// tsvLines splits a data file into tab-separated fields, leaving out
// comments and blank lines.
func tsvLines(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(strings.TrimRight(line, "\r"), "\t"))
	}
	return out
}

var nonLetters = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// foldName is a name compared across spellings of case, accents and
// punctuation: "CZECH REPUBLIC" and "Czech Republic" are one.
func foldName(s string) string {
	return strings.TrimSpace(nonLetters.ReplaceAllString(graph.Fold(s), " "))
}

// Country is the name of the country a CAMEO country code stands for, and
// whether the code is one.
func Country(code string) (string, bool) {
	name, ok := countries().names[strings.ToUpper(strings.TrimSpace(code))]
	return name, ok
}

// CountryNamed is the country a name names, in the table's spelling.
func CountryNamed(name string) (string, bool) {
	n, ok := countries().byName[foldName(name)]
	return n, ok
}

// CountryOfFIPS is the name of the country a FIPS 10-4 code (GDELT's
// geographic country codes) stands for.
func CountryOfFIPS(code string) (string, bool) {
	cameo, ok := countries().fips[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return "", false
	}
	return Country(cameo)
}

// isCountryID reports whether id is the id of a country.
func isCountryID(id string) bool { return countries().ids[id] }

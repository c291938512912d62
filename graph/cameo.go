package graph

import (
	_ "embed"
	"strings"
)

//go:embed cameo.tsv
var cameoTSV string

// cameo maps each code of the CAMEO event codebook to its short reading.
var cameo = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(cameoTSV, "\n") {
		code, label, ok := strings.Cut(line, "\t")
		if ok && !strings.HasPrefix(code, "#") {
			m[code] = label
		}
	}
	return m
}()

// IsCAMEO reports whether code is in the CAMEO codebook.
func IsCAMEO(code string) bool {
	_, ok := cameo[code]
	return ok
}

// CAMEOLabel is the short reading of a CAMEO code, "" for none.
func CAMEOLabel(code string) string { return cameo[code] }

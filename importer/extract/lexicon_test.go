package extract

import (
	"testing"
	"time"
)

// TestLexiconCountries: every person, city and organisation of the
// built-in lexicons that names a country names one the lexicon knows (or a territory it holds as a city), so
// that a generated or hand-written line cannot point nowhere.
func TestLexiconCountries(t *testing.T) {
	lex, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cities := map[string]bool{}
	for _, e := range lex.entries {
		if e.place != "" {
			cities[e.id] = true
		}
	}
	for i := range lex.entries {
		e := &lex.entries[i]
		// (Hong Kong's people name the territory, a city of the lexicon.)
		if e.country != "" && lex.country(e.country) == nil && !cities[e.country] {
			t.Errorf("%s names country %q, which the lexicon lacks", e.id, e.country)
		}
	}
}

// TestWorldLeadersLexicon: a leader of people-world.tsv named by surname alone
// is known, with the title of the story's year.
func TestWorldLeadersLexicon(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		published, surname, id, title string
	}{
		{"2023-06-12", "Hichilema", "hakainde-hichilema", "president"},
		{"2015-06-12", "Hichilema", "hakainde-hichilema", "opposition leader"},
		{"2025-06-12", "Carney", "mark-carney", "prime minister"},
		{"2019-06-12", "Carney", "mark-carney", ""},
	} {
		pub, _ := time.Parse("2006-01-02", c.published)
		d := emptyDoc(x, pub)
		a := d.bySurname(c.surname)
		if a == nil || a.ID != c.id || a.title != c.title {
			t.Errorf("%s in %s: %+v, want %s titled %q", c.surname, c.published, a, c.id, c.title)
		}
	}
}

// emptyDoc is the state of an article published on pub before its first
// sentence is read, for tests of what the lexicon resolves.
func emptyDoc(x *Extractor, pub time.Time) *doc {
	return &doc{lex: x.lex, pub: pub, byID: map[string]*actorDraft{}, keys: map[string]string{}}
}

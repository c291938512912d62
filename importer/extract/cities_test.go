package extract

import (
	"testing"
)

// The world's cities (lexicons/cities-geonames.tsv): a town the curated
// lexicon does not name is a place in its country, and a town's name
// inside a person's or a longer place's name is neither.

func place(ann *Annotation, id string) *Place {
	for i := range ann.Places {
		if ann.Places[i].ID == id {
			return &ann.Places[i]
		}
	}
	return nil
}

func TestWorldCities(t *testing.T) {
	for _, c := range []struct{ text, place, in string }{
		{"Bulgarian police detained 12 protesters in Plovdiv on Sunday.", "plovdiv", "bulgaria"},
		{"Thousands of Spaniards marched through Girona on Saturday.", "girona", "spain"},
		{"Russian riot police beat protesters in Vladivostok on Saturday.", "vladivostok", "russia"},
		{"Ecuadorean soldiers cleared a road near Latacunga on Monday.", "latacunga", "ecuador"},
	} {
		t.Run(c.place, func(t *testing.T) {
			ann := draft(t, c.text, "2024-05-14")
			p := place(ann, c.place)
			if p == nil || p.In != c.in {
				t.Fatalf("place %s = %+v, want one in %s; places %+v", c.place, p, c.in, ann.Places)
			}
		})
	}
}

func TestTownNamesInsideOtherNames(t *testing.T) {
	t.Run("a surname", func(t *testing.T) {
		ann := draft(t, "Britain's envoy, Neil Wigan, urged both sides on Thursday to avoid violence.", "2023-07-07")
		if place(ann, "wigan") != nil {
			t.Errorf("Wigan is a place: %+v", ann.Places)
		}
		if actorNamed(ann, "Neil Wigan") == nil {
			t.Errorf("no Neil Wigan among %+v", ann.Actors)
		}
	})
	t.Run("a longer place name", func(t *testing.T) {
		ann := draft(t, "Hundreds of Cubans marched in San Antonio de los Baños on Sunday.", "2021-07-12")
		if p := place(ann, "san-antonio"); p != nil {
			t.Errorf("San Antonio de los Baños read as San Antonio: %+v", p)
		}
		if p := place(ann, "los-banos"); p != nil {
			t.Errorf("San Antonio de los Baños read as Los Baños: %+v", p)
		}
	})
}

// TestRegionOpensNoName: a word that opens the name of a part of a place
// opens no person's name, though speech follows.
func TestRegionOpensNoName(t *testing.T) {
	for _, text := range []string{
		"Police in Greater Manchester said on Friday that 30 people were arrested.",
		"Officials in Northern Rakhine said on Monday that the army had shelled two villages.",
	} {
		ann := draft(t, text, "2024-08-02")
		for _, a := range ann.Actors {
			if a.Kind == "Person" {
				t.Errorf("%q: a person %+v", text, a)
			}
		}
	}
}

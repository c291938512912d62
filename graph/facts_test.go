package graph

import (
	"errors"
	"testing"
)

func TestCheckFacts(t *testing.T) {
	day := Date{Start: "2020-09-14", End: "2020-09-14", Precision: Day}
	valid := func() *ArticleFacts {
		return &ArticleFacts{
			Article: Article{ID: "a", Published: "2020-09-14", URL: "https://example.org/a"},
			Actors: []SourcedActor{{Actor: Actor{ID: "putin", Name: "Putin", Kind: Person}},
				{Actor: Actor{ID: "russia", Name: "Russia", Kind: Country}}},
			Places: []SourcedPlace{{Place: Place{ID: "sochi", Kind: City}}},
			Events: []Event{{ID: "talks", Type: Meeting, Date: day, Place: &PlaceRef{ID: "sochi"},
				Participants: []Participant{{ActorID: "putin", Role: "host"}, {ActorID: "russia", Role: "visitor"}}}},
			Relations: []Relation{{Type: LeaderOf, From: "putin", To: "russia"}, {Type: LocatedIn, From: "sochi", To: "russia"}},
		}
	}
	if err := CheckFacts([]*ArticleFacts{valid()}); err != nil {
		t.Fatalf("valid facts refused: %v", err)
	}
	cases := []struct {
		name   string
		fact   FactRef
		field  string
		break_ func(f *ArticleFacts)
	}{
		{"no article id", FactRef{"article", ""}, "id", func(f *ArticleFacts) { f.Article.ID = "" }},
		{"bad published", FactRef{"article", "a"}, "published", func(f *ArticleFacts) { f.Article.Published = "14.9.2020" }},
		{"url not http", FactRef{"article", "a"}, "url", func(f *ArticleFacts) { f.Article.URL = "javascript:alert(1)" }},
		{"id with a colon", FactRef{"actor", "vladimir:putin"}, "id", func(f *ArticleFacts) { f.Actors[0].ID = "vladimir:putin" }},
		{"unknown actor kind", FactRef{"actor", "putin"}, "kind", func(f *ArticleFacts) { f.Actors[0].Kind = "Planet" }},
		{"country as a place", FactRef{"place", "sochi"}, "kind", func(f *ArticleFacts) { f.Places[0].Kind = CountryKind }},
		{"one id two kinds", FactRef{"place", "putin"}, "id", func(f *ArticleFacts) { f.Places[0].ID = "putin" }},
		{"unknown event type", FactRef{"event", "talks"}, "type", func(f *ArticleFacts) { f.Events[0].Type = "Party" }},
		{"end before start", FactRef{"event", "talks"}, "date", func(f *ArticleFacts) { f.Events[0].Date.End = "2020-09-01" }},
		{"past 9999", FactRef{"event", "talks"}, "date", func(f *ArticleFacts) { f.Events[0].Date.End = "10000-01-01" }},
		{"undeclared place", FactRef{"event", "talks"}, "place", func(f *ArticleFacts) { f.Events[0].Place.ID = "atlantis" }},
		{"undeclared actor", FactRef{"event", "talks"}, "participants[0]", func(f *ArticleFacts) { f.Events[0].Participants[0].ActorID = "xi" }},
		{"unknown role", FactRef{"event", "talks"}, "participants[0]", func(f *ArticleFacts) { f.Events[0].Participants[0].Role = "boss" }},
		{"unknown relation", FactRef{"relation", "FRIEND_OF putin russia"}, "type", func(f *ArticleFacts) { f.Relations[0].Type = "FRIEND_OF" }},
		{"dangling relation", FactRef{"relation", "LEADER_OF putin nowhere"}, "to", func(f *ArticleFacts) { f.Relations[0].To = "nowhere" }},
		{"bad relation since", FactRef{"relation", "LEADER_OF putin russia"}, "since",
			func(f *ArticleFacts) { f.Relations[0].Since = &Date{Start: "1994", End: "1994", Precision: Year} }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := valid()
			c.break_(f)
			err := CheckFacts([]*ArticleFacts{f})
			var fe *FactsError
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want a FactsError", err)
			}
			if p := fe.Problems[0]; p.Fact != c.fact || p.Field != c.field {
				t.Errorf("problem %+v, want fact %v field %q", p, c.fact, c.field)
			}
		})
	}
	t.Run("nil article", func(t *testing.T) {
		if err := CheckFacts([]*ArticleFacts{nil}); !errors.Is(err, ErrInvalid) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("two articles, one id two kinds", func(t *testing.T) {
		b := valid()
		b.Article.ID = "b"
		b.Actors[0].Kind = Organization
		err := CheckFacts([]*ArticleFacts{valid(), b})
		var fe *FactsError
		if !errors.As(err, &fe) || fe.Problems[0].Article != "b" || fe.Problems[0].Fact != (FactRef{"actor", "putin"}) {
			t.Errorf("err = %v", err)
		}
	})
}

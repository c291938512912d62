package graph

import (
	"errors"
	"testing"
)

func TestValidateFacts(t *testing.T) {
	day := Date{Start: "2020-09-14", End: "2020-09-14", Precision: Day}
	valid := func() *ArticleFacts {
		return &ArticleFacts{
			Article: Article{ID: "a", Published: "2020-09-14"},
			Actors:  []SourcedActor{{Actor: Actor{ID: "putin", Kind: Person}}, {Actor: Actor{ID: "russia", Kind: Country}}},
			Places:  []SourcedPlace{{Place: Place{ID: "sochi", Kind: City}}},
			Events: []Event{{ID: "talks", Type: Meeting, Date: day, Place: &PlaceRef{ID: "sochi"},
				Participants: []Participant{{ActorID: "putin", Role: "host"}}}},
			Relations: []Relation{{Type: LeaderOf, From: "putin", To: "russia"}, {Type: LocatedIn, From: "sochi", To: "russia"}},
		}
	}
	if err := valid().Validate(); err != nil {
		t.Fatalf("valid facts refused: %v", err)
	}
	cases := map[string]func(f *ArticleFacts){
		"no article id":       func(f *ArticleFacts) { f.Article.ID = "" },
		"bad published":       func(f *ArticleFacts) { f.Article.Published = "14.9.2020" },
		"unknown actor kind":  func(f *ArticleFacts) { f.Actors[0].Kind = "Planet" },
		"country as a place":  func(f *ArticleFacts) { f.Places[0].Kind = CountryKind },
		"unknown event type":  func(f *ArticleFacts) { f.Events[0].Type = "Party" },
		"end before start":    func(f *ArticleFacts) { f.Events[0].Date.End = "2020-09-01" },
		"undeclared place":    func(f *ArticleFacts) { f.Events[0].Place.ID = "atlantis" },
		"undeclared actor":    func(f *ArticleFacts) { f.Events[0].Participants[0].ActorID = "xi" },
		"unknown role":        func(f *ArticleFacts) { f.Events[0].Participants[0].Role = "boss" },
		"unknown relation":    func(f *ArticleFacts) { f.Relations[0].Type = "FRIEND_OF" },
		"dangling relation":   func(f *ArticleFacts) { f.Relations[0].To = "nowhere" },
		"bad relation since":  func(f *ArticleFacts) { f.Relations[0].Since = &Date{Start: "1994", End: "1994"} },
		"nil facts are no-go": nil,
	}
	for name, breakIt := range cases {
		t.Run(name, func(t *testing.T) {
			var f *ArticleFacts
			if breakIt != nil {
				f = valid()
				breakIt(f)
			}
			if err := f.Validate(); !errors.Is(err, ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

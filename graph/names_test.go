package graph

import (
	"slices"
	"testing"
)

func TestNameKey(t *testing.T) {
	same := [][]string{
		{"Lukashenko", "Lukashenka", "Łukašenka", "LUKASHENKO"},
		{"Alexander", "Aleksandr", "Aleksander", "Alyaksandr", "Aliaksandr"},
		{"Svetlana", "Sviatlana"},
		{"Tsikhanouskaya", "Tsikhanuskaja"},
		{"Zelensky", "Zelenskyy", "Zelenskiy"},
		{"Volodymyr", "Wolodymyr"},
		{"Erdogan", "Erdoğan"},
		{"Gaddafi", "Gadafi"},
		{"Khamenei", "Hamenei"},
		{"Nicolás Maduro", "Nicolas Maduro"},
	}
	for _, names := range same {
		for _, n := range names[1:] {
			if NameKey(n) != NameKey(names[0]) {
				t.Errorf("%q and %q should share a key: %q, %q", names[0], n, NameKey(names[0]), NameKey(n))
			}
		}
	}
	for _, pair := range [][2]string{{"Putin", "Patin"}, {"Maria", "Mario"}, {"Maria", "Mare"}, {"Lavrov", "Lukashenko"}} {
		if NameKey(pair[0]) == NameKey(pair[1]) {
			t.Errorf("%q and %q should differ", pair[0], pair[1])
		}
	}
}

func TestMatchActor(t *testing.T) {
	person := func(name string, aliases ...string) Actor {
		return Actor{Name: name, Kind: Person, Aliases: aliases}
	}
	for _, c := range []struct {
		a, b Actor
		rule string
	}{
		{person("Alexander Lukashenko"), person("Alyaksandr Lukashenka"), RuleSameName},
		{person("A. Lukashenko"), person("Aliaksandr Łukašenka"), RuleInitial},
		{person("Lukashenko"), person("Alexander Lukashenko"), RuleSurname},
		{person("Viktor Babariko"), person("Eduard Babariko"), ""},
		{person("Emmanuel Macron"), person("Brigitte Macron"), ""},
		{person("Recep Tayyip Erdoğan"), person("Recep Erdogan"), RuleInitial},
		{person("Joe Biden"), person("Hunter Biden", "Biden"), ""},
		{Actor{Name: "Interior Ministry", Kind: Organization}, Actor{Name: "Interior ministry", Kind: Organization}, RuleSameName},
		{Actor{Name: "Interior Ministry", Kind: Organization}, Actor{Name: "Foreign Ministry", Kind: Organization}, ""},
	} {
		_, rule := matchActor(c.a, c.b)
		if rule != c.rule {
			t.Errorf("%q vs %q: rule %q, want %q", c.a.Name, c.b.Name, rule, c.rule)
		}
	}
}

func TestActorKeys(t *testing.T) {
	got := ActorKeys(Actor{Name: "Alexander Lukashenko", Kind: Person, Aliases: []string{"Lukashenka"}})
	want := []string{"Person:aleksandr lukasenko", "Person:lukasenko", "Person~lukasenko"}
	if !slices.Equal(got, want) {
		t.Errorf("keys = %q, want %q", got, want)
	}
}

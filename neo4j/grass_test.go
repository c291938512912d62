package neo4jkit_test

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	store "github.com/eventgraph/eventgraph/graph/neo4j"
)

const grassFile = "eventgraph.grass"

// grassRule is one selector block of a GraSS file.
type grassRule struct {
	Tag     string   // node or relationship
	Classes []string // labels, or the relationship type
	Props   map[string]string
}

// parseGrass reads GraSS the way Neo4j Browser 5 does (parseGrassCSS in
// src/shared/services/grassUtils.ts, which the :style command uses): quotes
// are dropped, a block's text is split on ';' and each declaration on ':',
// and a declaration with more than one ':' is silently lost. Browser knows no
// comments, so this parser refuses them rather than guess, as it refuses
// everything Browser would drop without a word.
func parseGrass(src string) ([]grassRule, error) {
	if strings.Contains(src, "/*") || strings.Contains(src, "//") {
		return nil, fmt.Errorf("comments: Neo4j Browser's GraSS parser has none and would read them as part of a selector")
	}
	var (
		rules            []grassRule
		keyword, props   strings.Builder
		inString, inProp bool
		inBinding        bool
	)
	var probs []string
	flush := func() error {
		sel := keyword.String()
		parts := strings.Split(sel, ".")
		r := grassRule{Tag: parts[0], Classes: parts[1:], Props: map[string]string{}}
		if r.Tag != "node" && r.Tag != "relationship" {
			return fmt.Errorf("selector %q: want node, node.Label, relationship or relationship.TYPE", sel)
		}
		for _, c := range r.Classes {
			if c == "" {
				return fmt.Errorf("selector %q has an empty class", sel)
			}
		}
		for decl := range strings.SplitSeq(props.String(), ";") {
			if strings.TrimSpace(decl) == "" {
				continue
			}
			kv := strings.Split(decl, ":")
			if len(kv) != 2 {
				probs = append(probs, fmt.Sprintf("%s: declaration %q would be dropped by Browser (one ':' per declaration)", sel, strings.TrimSpace(decl)))
				continue
			}
			k, v := strings.TrimSpace(kv[0]), strings.TrimSpace(kv[1])
			if _, dup := r.Props[k]; dup {
				probs = append(probs, fmt.Sprintf("%s: %s set twice", sel, k))
			}
			r.Props[k] = v
		}
		for _, other := range rules {
			if other.Tag == r.Tag && slices.Equal(other.Classes, r.Classes) {
				probs = append(probs, fmt.Sprintf("selector %q appears twice: Browser keeps only the last", sel))
			}
		}
		rules = append(rules, r)
		return nil
	}
	for _, c := range src {
		switch {
		case c == '\'' || c == '"':
			inString = !inString
			continue
		case c == '{' && !inString:
			if inProp {
				inBinding = true
			} else {
				inProp = true
			}
			continue
		case c == '}' && !inString:
			if inBinding {
				inBinding = false
				continue
			}
			if !inProp {
				return nil, fmt.Errorf("'}' without a block")
			}
			if err := flush(); err != nil {
				return nil, err
			}
			inProp = false
			keyword.Reset()
			props.Reset()
			continue
		}
		if inProp {
			props.WriteRune(c)
		} else if !strings.ContainsRune(" \t\r\n", c) {
			keyword.WriteRune(c)
		}
	}
	if inString || inProp || keyword.Len() > 0 {
		return nil, fmt.Errorf("the file ends inside a string or a block")
	}
	if len(probs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(probs, "\n"))
	}
	return rules, nil
}

// styleFor applies the rules to an element as Browser's GraphStyleModel
// does: every rule whose classes the element has, in file order, later ones
// winning.
func styleFor(rules []grassRule, tag string, classes []string) map[string]string {
	out := map[string]string{}
	for _, r := range rules {
		if r.Tag != tag {
			continue
		}
		if !slices.ContainsFunc(r.Classes, func(c string) bool { return !slices.Contains(classes, c) }) {
			for k, v := range r.Props {
				out[k] = v
			}
		}
	}
	return out
}

func loadGrass(t *testing.T) []grassRule {
	t.Helper()
	src, err := os.ReadFile(grassFile)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := parseGrass(string(src))
	if err != nil {
		t.Fatalf("%s would not load as intended in Neo4j Browser:\n%v", grassFile, err)
	}
	return rules
}

var hexColour = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// TestGrassStyle checks, without a server, what Browser would draw with the
// style for every kind of node and edge the model has: captions from names
// and titles, a colour of its own for each actor kind, place, event type and
// article, roles on participations and titles on relations.
func TestGrassStyle(t *testing.T) {
	rules := loadGrass(t)

	known := map[string]bool{"Actor": true, "Place": true, "Event": true, "Article": true}
	for _, k := range graph.ActorKinds {
		known[string(k)] = true
	}
	for _, e := range graph.EventTypes {
		known[string(e)] = true
	}
	types := map[string]bool{graph.ParticipatedIn: true, graph.OccurredIn: true, graph.Mentions: true}
	for _, r := range graph.RelationTypes {
		types[string(r)] = true
	}
	for _, r := range rules {
		for _, c := range r.Classes {
			if r.Tag == "node" && !known[c] {
				t.Errorf("node.%s: the model has no label %s", c, c)
			}
			if r.Tag == "relationship" && !types[c] {
				t.Errorf("relationship.%s: the model has no relationship type %s", c, c)
			}
		}
		for _, k := range []string{"color", "border-color", "text-color-internal", "text-color-external"} {
			if v, ok := r.Props[k]; ok && !hexColour.MatchString(v) {
				t.Errorf("%s.%s: %s %q is not a #RRGGBB colour", r.Tag, strings.Join(r.Classes, "."), k, v)
			}
		}
	}

	// Each kind of node, with the labels the store gives it.
	type nodeKind struct {
		name    string
		labels  []string
		caption string
	}
	var kinds []nodeKind
	for _, k := range graph.ActorKinds {
		kinds = append(kinds, nodeKind{string(k), store.Labels(k), "{name}"})
	}
	kinds = append(kinds, nodeKind{"Place", []string{"Place"}, "{name}"})
	for _, e := range graph.EventTypes {
		kinds = append(kinds, nodeKind{string(e), []string{"Event", string(e)}, "{title}"})
	}
	kinds = append(kinds, nodeKind{"Article", []string{"Article"}, "{title}"})
	colours := map[string]string{}
	for _, k := range kinds {
		st := styleFor(rules, "node", k.labels)
		if st["caption"] != k.caption {
			t.Errorf("a %s node (:%s) is captioned %q, want %q", k.name, strings.Join(k.labels, ":"), st["caption"], k.caption)
		}
		own := styleFor(rules, "node", []string{k.name})["color"]
		if rule := slices.IndexFunc(rules, func(r grassRule) bool {
			return r.Tag == "node" && slices.Equal(r.Classes, []string{k.name})
		}); rule < 0 || rules[rule].Props["color"] == "" {
			t.Errorf("no node.%s rule with a color: each label gets its own colour", k.name)
		} else if st["color"] != own {
			t.Errorf("a %s node (:%s) is drawn %s, not its own colour %s: a rule after node.%s overrides it",
				k.name, strings.Join(k.labels, ":"), st["color"], own, k.name)
		}
		if other, dup := colours[st["color"]]; dup {
			t.Errorf("%s and %s nodes are both drawn %s", other, k.name, st["color"])
		}
		colours[st["color"]] = k.name
		if st["diameter"] == "" || st["text-color-internal"] == "" {
			t.Errorf("a %s node has no diameter or caption colour", k.name)
		}
	}

	if got := styleFor(rules, "relationship", []string{graph.ParticipatedIn})["caption"]; got != "{role}" {
		t.Errorf("PARTICIPATED_IN is captioned %q, want {role}", got)
	}
	for _, r := range graph.RelationTypes {
		st := styleFor(rules, "relationship", []string{string(r)})
		if r != graph.LocatedIn && !strings.Contains(st["caption"], "{title}") {
			t.Errorf("%s is captioned %q: relations show their title", r, st["caption"])
		}
	}
}

// grassColour is the colour the style gives a node with these labels.
func grassColour(t *testing.T, labels ...string) string {
	t.Helper()
	c := styleFor(loadGrass(t), "node", labels)["color"]
	if c == "" {
		t.Fatalf("%s gives :%s no colour", grassFile, strings.Join(labels, ":"))
	}
	return c
}

// TestParseGrassRefuses: what Browser would drop without a word is refused.
func TestParseGrassRefuses(t *testing.T) {
	if rules, err := parseGrass("node.Actor { caption: '{name}'; color: #4C8EDA; }\nrelationship { caption: '<type> {title}'; }"); err != nil ||
		len(rules) != 2 || rules[0].Props["caption"] != "{name}" || rules[1].Props["caption"] != "<type> {title}" {
		t.Fatalf("a good style: %+v, %v", rules, err)
	}
	for _, c := range []struct{ name, src, want string }{
		{"comment", "/* style */ node { color: #FFFFFF; }", "comments"},
		{"two colons", "node { caption: 'a: b'; }", "one ':' per declaration"},
		{"bad tag", "edge { color: #FFFFFF; }", "want node"},
		{"unclosed", "node { color: #FFFFFF;", "ends inside"},
		{"twice", "node.Actor { color: #FFFFFF; } node.Actor { color: #000000; }", "appears twice"},
	} {
		if _, err := parseGrass(c.src); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error saying %q", c.name, err, c.want)
		}
	}
}

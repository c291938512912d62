package importer

import (
	"errors"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// BenchmarkDecodeAnnotation decodes the seed's annotation as an import
// does: the file read as nodes (for lines, and to refuse what an
// annotation may not hold) and into the annotation's types.
func BenchmarkDecodeAnnotation(b *testing.B) {
	raw, err := os.ReadFile("../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		var ann annotation
		var probs problems
		if _, ok := decodeYAML("seed.yaml", raw, 0, &ann, &probs); !ok {
			b.Fatal(probs.list)
		}
	}
}

// TestDecodeYAMLUnknownKeys: keys the annotation's types do not know are
// refused wherever they stand, each with its line and path, in the
// order of the file, beside values of the wrong kind.
func TestDecodeYAMLUnknownKeys(t *testing.T) {
	raw := strings.Join([]string{
		"actors:",
		"  - id: a",
		"    name: A",
		"    kind: Person",
		"    colour: red",
		"events:",
		"  - id: e",
		"    type: Meeting",
		"    date: {text: Monday, start: 2020-09-14, hour: 9}",
		"    participants:",
		"      - {actor: a, role: host, weight: 2}",
		"    quotes: notalist",
		"mood: calm",
	}, "\n")
	var ann annotation
	var probs problems
	if _, ok := decodeYAML("a.yaml", []byte(raw), 0, &ann, &probs); ok {
		t.Fatal("an annotation with unknown keys decoded")
	}
	var got []string
	for _, p := range probs.list {
		got = append(got, p.String())
	}
	want := []string{
		`a.yaml:5: actors[0].colour: unknown key "colour"`,
		`a.yaml:9: events[0].date: unknown key "hour"`,
		`a.yaml:11: events[0].participants[0]: unknown key "weight"`,
		`a.yaml:12: events[0].quotes: expected a list, found text "notalist"`,
		`a.yaml:13: mood: unknown key "mood"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

var refusedBeforeDecoding = regexp.MustCompile(`anchors and aliases|explicit YAML tags|a second YAML document|not valid UTF-8`)

// FuzzDecodeYAMLAsKnownFields: decoding from the nodes, with unknown keys
// found by walking them, accepts what the decoder with KnownFields
// accepts, refuses what it refuses, and gives the same annotation.
func FuzzDecodeYAMLAsKnownFields(f *testing.F) {
	seed, err := os.ReadFile("../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("actors:\n  - id: a\n    colour: red\n")
	f.Add("events:\n  - {id: e, date: {start: 2020-09-14, hour: 9}}\n")
	f.Add("events: [{quotes: notalist}]\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, raw string) {
		var got annotation
		var probs problems
		_, ok := decodeYAML("a.yaml", []byte(raw), 0, &got, &probs)
		// What the node pass refuses on purpose (anchors, tags, a second
		// document, text not UTF-8) a plain decoder may accept.
		if !ok && len(probs.list) > 0 && refusedBeforeDecoding.MatchString(probs.list[0].Message) {
			return
		}
		var want annotation
		dec := yaml.NewDecoder(strings.NewReader(raw))
		dec.KnownFields(true)
		err := dec.Decode(&want)
		if errors.Is(err, io.EOF) {
			err = nil
		}
		if ok != (err == nil) {
			t.Fatalf("decoded %v, KnownFields decoder's error %v; problems %v", ok, err, probs.list)
		}
		if ok && !reflect.DeepEqual(got, want) {
			t.Fatalf("decoded\n%+v\nwant\n%+v", got, want)
		}
	})
}

package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decodeYAML decodes raw into v, refusing keys v does not know, and returns
// the line of every value by its path ("events[2].date.text"). offset is
// the number of lines of the file before raw. Every decoding error becomes
// a problem with its line.
var unknownFieldRE = regexp.MustCompile(`field (\S+) not found in type \S+`)

func decodeYAML(file string, raw []byte, offset int, v any, probs *problems) (map[string]int, bool) {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if errors.Is(err, io.EOF) {
		err = nil // an empty document decodes to the zero value
	}
	if err != nil {
		var te *yaml.TypeError
		msgs := []string{err.Error()}
		if errors.As(err, &te) {
			msgs = te.Errors
		}
		for _, m := range msgs {
			line := 0
			if sub := yamlLineRE.FindStringSubmatch(m); sub != nil {
				line, _ = strconv.Atoi(sub[1])
				m = sub[2]
			}
			if line > 0 {
				line += offset
			}
			// The decoder names Go types; say it in the format's words.
			m = unknownFieldRE.ReplaceAllString(m, `unknown key "$1"`)
			probs.add(file, line, "", "%s", m)
		}
		return nil, false
	}
	var doc yaml.Node
	lines := map[string]int{}
	if yaml.Unmarshal(raw, &doc) == nil && len(doc.Content) > 0 {
		indexLines(doc.Content[0], "", offset, lines)
	}
	return lines, true
}

func indexLines(n *yaml.Node, path string, offset int, lines map[string]int) {
	lines[path] = n.Line + offset
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			p := key
			if path != "" {
				p = path + "." + key
			}
			indexLines(n.Content[i+1], p, offset, lines)
			lines[p] = n.Content[i].Line + offset
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			indexLines(c, fmt.Sprintf("%s[%d]", path, i), offset, lines)
		}
	}
}

// lineFor finds the line of path, or of its nearest ancestor that has one.
func lineFor(lines map[string]int, path string) int {
	for {
		if l, ok := lines[path]; ok {
			return l
		}
		cut := -1
		for i := len(path) - 1; i >= 0; i-- {
			if path[i] == '.' || path[i] == '[' {
				cut = i
				break
			}
		}
		if cut < 0 {
			return lines[""]
		}
		path = path[:cut]
	}
}

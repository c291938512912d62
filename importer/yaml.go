package importer

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decodeYAML decodes raw into v, refusing keys v does not know, and returns
// the line of every value by its path ("events[2].date.text"). offset is
// the number of lines of the file before raw. Every decoding error becomes
// a problem with its line and, where it can be told, the path of the
// value. Invalid UTF-8, a second document, explicit tags (!!binary),
// anchors and aliases are refused before decoding.
func decodeYAML(file string, raw []byte, offset int, v any, probs *problems) (map[string]int, bool) {
	at := func(line int) int {
		if line > 0 {
			return line + offset
		}
		return 0
	}
	if !utf8.Valid(raw) {
		line := 1 + bytes.Count(raw[:invalidUTF8At(raw)], []byte("\n"))
		probs.add(file, at(line), "", "not valid UTF-8 text: save the file as UTF-8")
		return nil, false
	}
	// The document is read as nodes first, which expands nothing, so
	// that what the format allows but an annotation never needs (more
	// documents, explicit tags, anchors and aliases) is refused before
	// anything is decoded.
	nodes := yaml.NewDecoder(bytes.NewReader(raw))
	var doc yaml.Node
	if err := nodes.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		reportYAML(file, err, at, nil, probs)
		return nil, false
	}
	lines := map[string]int{}
	if len(doc.Content) > 0 {
		indexLines(doc.Content[0], "", offset, lines)
	}
	var extra yaml.Node
	if err := nodes.Decode(&extra); !errors.Is(err, io.EOF) {
		line := secondDocument(raw)
		probs.add(file, at(line), "", "a second YAML document (after ---): one annotation per file")
		return nil, false
	}
	if bad := unwanted(&doc, ""); bad != nil {
		probs.add(file, at(bad.line), bad.path, "%s", bad.reason)
		return nil, false
	}
	if len(doc.Content) == 0 {
		return lines, true // an empty document decodes to the zero value
	}
	// The nodes already read are decoded, not the text again: parsing is
	// most of the cost. Node.Decode has no KnownFields, so the keys the
	// types do not know are found by walking the nodes beside the types;
	// their errors join the decoder's in the order of the file, as
	// KnownFields would give them.
	errs := unknownKeys(&doc, reflect.TypeOf(v), nil)
	if err := doc.Decode(v); err != nil {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			reportYAML(file, err, at, lines, probs)
			return nil, false
		}
		errs = append(errs, te.Errors...)
	}
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b string) int { return cmp.Compare(errorLine(a), errorLine(b)) })
		reportYAML(file, &yaml.TypeError{Errors: errs}, at, lines, probs)
		return nil, false
	}
	return lines, true
}

var unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()

// unknownKeys appends to errs, in the decoder's words, each key of a
// mapping under n that the struct decoded from it has no field for.
func unknownKeys(n *yaml.Node, t reflect.Type, errs []string) []string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || reflect.PointerTo(t).Implements(unmarshalerType) {
		return errs
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			errs = unknownKeys(c, t, errs)
		}
	case yaml.SequenceNode:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for _, c := range n.Content {
				errs = unknownKeys(c, t.Elem(), errs)
			}
		}
	case yaml.MappingNode:
		switch t.Kind() {
		case reflect.Map:
			for i := 1; i < len(n.Content); i += 2 {
				errs = unknownKeys(n.Content[i], t.Elem(), errs)
			}
		case reflect.Struct:
			fields := yamlFields(t)
			for i := 0; i+1 < len(n.Content); i += 2 {
				key := n.Content[i]
				f, ok := fields[key.Value]
				if !ok {
					errs = append(errs, fmt.Sprintf("line %d: field %s not found in type %s", key.Line, key.Value, t))
					continue
				}
				errs = unknownKeys(n.Content[i+1], f, errs)
			}
		}
	}
	return errs
}

// yamlFields maps the keys a struct decodes from to their fields' types,
// by the fields' yaml tags (the lower-cased name without one), inlined
// structs' keys included.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if slices.Contains(strings.Split(opts, ","), "inline") && f.Type.Kind() == reflect.Struct {
			maps.Copy(out, yamlFields(f.Type))
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

// errorLine is the line a decoder message names, 0 for none.
func errorLine(m string) int {
	if sub := yamlLineRE.FindStringSubmatch(m); sub != nil {
		n, _ := strconv.Atoi(sub[1])
		return n
	}
	return 0
}

// reportYAML turns a decoding error into problems with their lines and,
// where lines knows one, the path of the value at that line.
func reportYAML(file string, err error, at func(int) int, lines map[string]int, probs *problems) {
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
		probs.add(file, at(line), pathAt(lines, at(line)), "%s", plainYAML(m))
	}
}

// unwantedNode is a node an annotation may not hold.
type unwantedNode struct {
	line         int
	path, reason string
}

// unwanted finds the first explicit tag, anchor or alias under n.
func unwanted(n *yaml.Node, path string) *unwantedNode {
	switch {
	case n.Kind == yaml.AliasNode || n.Anchor != "":
		return &unwantedNode{n.Line, path, "YAML anchors and aliases (& and *) are not accepted in an annotation: write the value out"}
	case n.Style&yaml.TaggedStyle != 0:
		return &unwantedNode{n.Line, path, fmt.Sprintf("explicit YAML tags such as %s are not accepted in an annotation", n.Tag)}
	}
	for i, c := range n.Content {
		p := path
		switch n.Kind {
		case yaml.MappingNode:
			if i%2 == 1 {
				p = joinPath(path, n.Content[i-1].Value)
			}
		case yaml.SequenceNode:
			p = fmt.Sprintf("%s[%d]", path, i)
		}
		if bad := unwanted(c, p); bad != nil {
			return bad
		}
	}
	return nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// pathAt is the path of the value at line: the one path that starts
// there, or the nearest path holding all that do (several values share a
// line in {flow, style} mappings); "" for none.
func pathAt(lines map[string]int, line int) string {
	var at []string
	for p, l := range lines {
		if l == line && p != "" {
			at = append(at, p)
		}
	}
	if len(at) == 0 {
		return ""
	}
	common := at[0]
	for _, p := range at[1:] {
		for !strings.HasPrefix(p, common) || (len(p) > len(common) && p[len(common)] != '.' && p[len(common)] != '[') {
			i := strings.LastIndexAny(common, ".[")
			if i < 0 {
				return ""
			}
			common = common[:i]
		}
	}
	return common
}

var (
	unknownFieldRE = regexp.MustCompile(`(?s)field (.*?) not found in type \S+`)
	unmarshalRE    = regexp.MustCompile("(?s)cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)")
)

// plainYAML says a decoder message in the format's words: the decoder
// names Go types, which mean nothing to the person writing the file.
func plainYAML(m string) string {
	m = unknownFieldRE.ReplaceAllString(m, `unknown key "$1"`)
	if sub := unmarshalRE.FindStringSubmatch(m); sub != nil {
		if sub[2] == "" {
			return fmt.Sprintf("expected %s, found %s", expectedKind(sub[3]), yamlKind(sub[1]))
		}
		return fmt.Sprintf("expected %s, found %s %q", expectedKind(sub[3]), yamlKind(sub[1]), sub[2])
	}
	return m
}

func expectedKind(goType string) string {
	switch {
	case strings.HasPrefix(goType, "[]"):
		return "a list"
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "a whole number"
	case strings.HasPrefix(goType, "float"):
		return "a number"
	case goType == "bool":
		return "true or false"
	case goType == "string":
		return "text"
	default:
		return "a mapping of keys to values"
	}
}

func yamlKind(tag string) string {
	switch tag {
	case "str":
		return "text"
	case "int", "float":
		return "the number"
	case "bool":
		return "the boolean"
	case "seq":
		return "a list"
	case "map":
		return "a mapping"
	default:
		return tag
	}
}

// secondDocument is the line of the marker (---) that starts a second
// document in raw: the first marker after some content.
func secondDocument(raw []byte) int {
	content := false
	for i, l := range strings.Split(string(raw), "\n") {
		t := strings.TrimSpace(l)
		switch {
		case t == "---" || strings.HasPrefix(t, "--- "):
			if content {
				return i + 1
			}
		case t != "" && !strings.HasPrefix(t, "#"):
			content = true
		}
	}
	return 0
}

// invalidUTF8At is the offset of the first byte of raw that is not part
// of valid UTF-8.
func invalidUTF8At(raw []byte) int {
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(raw)
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

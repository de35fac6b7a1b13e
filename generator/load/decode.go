package load

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
)

// decoder walks the yaml.Node tree of one file and collects its problems
// with their line and column.
type decoder struct {
	path   string
	offset int // lines of the file before the YAML text (front matter)
	errs   model.ErrorList
}

// entry is one key and its value in a mapping.
type entry struct{ key, val *yaml.Node }

// fields are the entries of a mapping by key, with the mapping itself.
type fields struct {
	node     *yaml.Node // nil when the mapping is absent (an empty file)
	m        map[string]entry
	misspelt map[string]bool // known keys an unknown key was taken for ("compnay" → company)
}

// errorf records a problem at n, or at the top of the file when n is nil.
func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line+d.offset, n.Column
	} else if d.offset > 0 {
		line = d.offset
	}
	d.errs.Add(d.path, line, col, format, args...)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserErrors start the messages of the YAML parser (as opposed to its
// scanner), whose line numbers count from 0 in go.yaml.in/yaml/v3 v3.0.6.
var parserErrors = []string{"did not find expected", "found duplicate %", "found incompatible YAML", "found undefined tag"}

// yamlError turns the YAML library's message into one at its line.
func (d *decoder) yamlError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		for _, p := range parserErrors {
			if strings.HasPrefix(msg, p) {
				line++
				break
			}
		}
	}
	d.errs.Add(d.path, line+d.offset, 0, "invalid YAML: %s", msg)
}

// parse decodes data as one YAML document and returns its top node, nil
// when the text is empty. ok is false when the text does not parse or holds
// an alias (the problem is recorded).
func (d *decoder) parse(data []byte) (top *yaml.Node, ok bool) {
	defer func() {
		if r := recover(); r != nil { // the YAML library must never take the build down
			d.errorf(nil, "cannot read YAML: %v", r)
			top, ok = nil, false
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if !errors.Is(err, io.EOF) {
			d.yamlError(err)
			return nil, false
		}
		return nil, true
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		d.errorf(&next, "only one YAML document is allowed here; remove this \"---\" and what follows")
		return nil, false
	} else if !errors.Is(err, io.EOF) {
		d.yamlError(err)
		return nil, false
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	if !d.noAliases(doc.Content[0]) {
		return nil, false
	}
	d.controls(doc.Content[0], data)
	return doc.Content[0], true
}

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// mapping checks that n is a mapping whose keys are all in known, each once,
// and returns its entries. A nil n gives empty fields.
func (d *decoder) mapping(n *yaml.Node, what string, known []string) fields {
	f := fields{node: n, m: map[string]entry{}}
	n = resolve(n)
	if n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return f
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s should be a mapping of keys to values", what)
		return f
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "a key in %s should be a plain word", what)
			continue
		}
		if !contains(known, k.Value) {
			d.errorf(k, "%s", unknownKey(k.Value, known))
			if s := suggest(k.Value, known); s != "" {
				if f.misspelt == nil {
					f.misspelt = map[string]bool{}
				}
				f.misspelt[s] = true
			}
			continue
		}
		if prev, ok := f.m[k.Value]; ok {
			d.errorf(k, "key %q appears twice (first on line %d)", k.Value, prev.key.Line+d.offset)
			continue
		}
		f.m[k.Value] = entry{k, v}
	}
	return f
}

// has reports whether the key is present with a non-null value.
func (f fields) has(key string) bool {
	e, ok := f.m[key]
	return ok && !isNull(e.val)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// missing records that a required key is absent from the mapping, unless
// a misspelling of it was already reported with a suggestion.
func (d *decoder) missing(f fields, key string) {
	if f.misspelt[key] {
		return
	}
	d.errorf(f.node, "missing required key %q", key)
}

// scalar returns the value of key as a scalar node, or nil when it is
// absent, null or not a scalar (recorded as a problem).
func (d *decoder) scalar(f fields, key string) *yaml.Node {
	if !f.has(key) {
		return nil
	}
	v := f.m[key].val
	if v.Kind != yaml.ScalarNode {
		d.errorf(v, "%q should be a single value, not a list or mapping", key)
		return nil
	}
	return v
}

// text returns the value of key as text, "" when absent.
func (d *decoder) text(f fields, key string) string {
	if v := d.scalar(f, key); v != nil {
		return v.Value
	}
	return ""
}

// required returns the value of key as text and records a problem when it
// is absent or blank.
func (d *decoder) required(f fields, key string) string {
	if !f.has(key) {
		d.missing(f, key)
		return ""
	}
	v := d.scalar(f, key)
	if v == nil {
		return ""
	}
	if strings.TrimSpace(v.Value) == "" {
		d.errorf(v, "%q is empty", key)
	}
	return v.Value
}

// boolean returns the value of key as true or false.
func (d *decoder) boolean(f fields, key string) (value, set bool) {
	v := d.scalar(f, key)
	if v == nil {
		return false, false
	}
	if v.Tag != "!!bool" {
		d.errorf(v, "%q should be true or false, not %q", key, v.Value)
		return false, false
	}
	b, err := strconv.ParseBool(strings.ToLower(v.Value))
	if err != nil {
		d.errorf(v, "%q should be true or false, not %q", key, v.Value)
	}
	return b, err == nil
}

// integer returns the value of key as a whole number between lo and hi.
func (d *decoder) integer(f fields, key string, lo, hi int) (value int, set bool) {
	v := d.scalar(f, key)
	if v == nil {
		return 0, false
	}
	n, err := strconv.Atoi(v.Value)
	if err != nil || n < lo || n > hi {
		d.errorf(v, "%q should be a whole number from %d to %d, not %q", key, lo, hi, v.Value)
		return 0, false
	}
	return n, true
}

// date returns the value of key as a calendar day.
func (d *decoder) date(f fields, key string) model.Date {
	v := d.scalar(f, key)
	if v == nil {
		return model.Date{}
	}
	day, err := model.ParseDate(v.Value)
	if err != nil {
		d.errorf(v, "%s", err)
	}
	return day
}

// enum returns the value of key, recording a problem when it is not one of valid.
func (d *decoder) enum(f fields, key, what string, valid []string) string {
	v := d.scalar(f, key)
	if v == nil {
		return ""
	}
	if !contains(valid, v.Value) {
		d.errorf(v, "%s", unknownValue(what, v.Value, valid))
		return ""
	}
	return v.Value
}

// list returns the items of a sequence, or the value itself when one scalar
// is given; nil when the key is absent.
func (d *decoder) list(f fields, key string) []*yaml.Node {
	if !f.has(key) {
		return nil
	}
	v := f.m[key].val
	switch v.Kind {
	case yaml.ScalarNode:
		return []*yaml.Node{v}
	case yaml.SequenceNode:
		out := make([]*yaml.Node, len(v.Content))
		for i, c := range v.Content {
			out[i] = resolve(c)
		}
		return out
	}
	d.errorf(v, "%q should be a list", key)
	return nil
}

// named is a piece of text with the node it came from.
type named struct {
	text string
	node *yaml.Node
}

// strings returns the value of key as a list of non-empty texts.
func (d *decoder) strings(f fields, key string) []named {
	var out []named
	for _, n := range d.list(f, key) {
		if n.Kind != yaml.ScalarNode || isNull(n) || strings.TrimSpace(n.Value) == "" {
			d.errorf(n, "each item of %q should be a non-empty text", key)
			continue
		}
		out = append(out, named{n.Value, n})
	}
	return out
}

// texts returns the text of each item.
func texts(ns []named) []string {
	if len(ns) == 0 {
		return nil
	}
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.text
	}
	return out
}

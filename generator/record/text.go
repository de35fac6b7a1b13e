package record

import (
	"bytes"
	"errors"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// text is a record split into lines, each with its line ending, so that
// new lines can go in between without touching the others.
type text struct {
	lines [][]byte
	eol   string // the line ending new lines get: the file's own
	top   *yaml.Node
}

// newText splits data into lines and parses it for the node positions.
func newText(data []byte) (*text, error) {
	t := &text{eol: "\n"}
	if bytes.Contains(data, []byte("\r\n")) {
		t.eol = "\r\n"
	}
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n') + 1
		if i == 0 {
			i = len(data)
		}
		t.lines = append(t.lines, data[:i])
		data = data[i:]
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(bytes.Join(t.lines, nil), &doc); err != nil {
		return nil, fmt.Errorf("the record does not parse: %w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("the record is not a mapping of keys")
	}
	t.top = doc.Content[0]
	return t, nil
}

// bytes joins the lines again.
func (t *text) bytes() []byte { return bytes.Join(t.lines, nil) }

// insert puts new lines (without endings) before the line at index at.
func (t *text) insert(at int, lines []string) {
	if at > 0 && !bytes.HasSuffix(t.lines[at-1], []byte("\n")) {
		t.lines[at-1] = append(append([]byte{}, t.lines[at-1]...), t.eol...)
	}
	add := make([][]byte, len(lines))
	for i, l := range lines {
		add[i] = []byte(l + t.eol)
	}
	t.lines = append(t.lines[:at], append(add, t.lines[at:]...)...)
}

// indent returns the count of leading spaces of the line at index i.
func (t *text) indent(i int) int {
	return len(t.lines[i]) - len(bytes.TrimLeft(t.lines[i], " "))
}

// blank reports whether the line at index i holds nothing but spaces.
func (t *text) blank(i int) bool { return len(bytes.TrimSpace(t.lines[i])) == 0 }

// comment reports whether the line at index i is a comment alone.
func (t *text) comment(i int) bool {
	return bytes.HasPrefix(bytes.TrimLeft(t.lines[i], " \t"), []byte("#"))
}

// end returns the index after the last line of an entry that starts at
// the line index from and ends before the index to: blank lines and
// comments at or left of the column indent that trail it belong to what
// comes next. Lines further right belong to the entry, as do the lines of
// a block scalar, which are always indented more than their key.
func (t *text) end(from, to, indent int) int {
	for to > from+1 && (t.blank(to-1) || t.comment(to-1) && t.indent(to-1) <= indent) {
		to--
	}
	return to
}

// entry is one key of the top mapping and its value.
type entry struct {
	index    int // in the top mapping
	key, val *yaml.Node
}

// lookup returns the top-level entry of key, or ok false.
func (t *text) lookup(key string) (e entry, ok bool) {
	for i := 0; i+1 < len(t.top.Content); i += 2 {
		if t.top.Content[i].Value == key {
			return entry{i / 2, t.top.Content[i], t.top.Content[i+1]}, true
		}
	}
	return entry{}, false
}

// entries returns the count of top-level keys.
func (t *text) entries() int { return len(t.top.Content) / 2 }

// keyLine returns the line index of the i-th top-level key.
func (t *text) keyLine(i int) int { return t.top.Content[2*i].Line - 1 }

// entryEnd returns the index after the last line of the i-th top-level entry.
func (t *text) entryEnd(i int) int {
	to := t.docEnd()
	if i+1 < t.entries() {
		to = t.keyLine(i + 1)
	}
	return t.end(t.keyLine(i), to, t.top.Column-1)
}

// docStart returns the line index after the document start marker "---"
// that comes before the first key, or 0.
func (t *text) docStart() int {
	for i := 0; i < t.keyLine(0); i++ {
		if marker(t.lines[i], "---") {
			return i + 1
		}
	}
	return 0
}

// docEnd returns the line index of the document end marker "...", which
// new lines go before, or the count of lines.
func (t *text) docEnd() int {
	for i := t.keyLine(0); i < len(t.lines); i++ {
		if marker(t.lines[i], "...") {
			return i
		}
	}
	return len(t.lines)
}

// marker reports whether line is the document marker m, alone at the
// start of the line or followed by a space or a comment.
func marker(line []byte, m string) bool {
	rest, ok := bytes.CutPrefix(line, []byte(m))
	return ok && (len(bytes.TrimSpace(rest)) == 0 || rest[0] == ' ' || rest[0] == '\t')
}

// spaced reports whether the record separates its top-level keys with
// blank lines, so that a new key gets one too.
func (t *text) spaced() bool {
	for i := 1; i < t.entries(); i++ {
		if l := t.keyLine(i); l > 0 && t.blank(l-1) {
			return true
		}
	}
	return false
}

// addKey adds a top-level key with its lines after the entry that comes
// before the first of the keys listed in next (the schema's order), or at
// the end of the record.
func (t *text) addKey(lines []string, next ...string) {
	at := -1
	for i := 0; i < t.entries() && at < 0; i++ {
		for _, k := range next {
			if t.top.Content[2*i].Value == k {
				at = i
			}
		}
	}
	pos := t.docStart()
	switch {
	case at < 0:
		pos = t.entryEnd(t.entries() - 1)
	case at > 0:
		pos = t.entryEnd(at - 1)
	}
	switch {
	case t.spaced() && at == 0:
		lines = append(lines, "")
	case t.spaced():
		lines = append([]string{""}, lines...)
	}
	t.insert(pos, lines)
}

// seqIndent returns the indentation of the dashes of the block sequences of
// the record (contacts, events, skip), two spaces when it has none.
func (t *text) seqIndent() string {
	for _, key := range []string{"events", "contacts", "skip"} {
		if e, ok := t.lookup(key); ok && e.val.Kind == yaml.SequenceNode && e.val.Style&yaml.FlowStyle == 0 && len(e.val.Content) > 0 {
			return spaces(e.val.Column - 1)
		}
	}
	return spaces(t.top.Column + 1)
}

func spaces(n int) string {
	b := make([]byte, max(n, 0))
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

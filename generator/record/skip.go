package record

import (
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// AddSkip returns data with the action id added to its skip list, flow
// ([a, b]) or block. A record without skip gets "skip: [id]" before its
// contacts.
func AddSkip(data []byte, id string) ([]byte, error) {
	t, err := newText(data)
	if err != nil {
		return nil, err
	}
	e, ok := t.lookup("skip")
	if !ok {
		t.addKey([]string{spaces(t.top.Column-1) + "skip: [" + scalar(id) + "]"}, "contacts", "events", "notes")
		return t.bytes(), nil
	}
	v := e.val
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "":
		t.insert(e.key.Line, []string{t.seqIndent() + "- " + scalar(id)})
	case v.Kind != yaml.SequenceNode:
		return nil, fmt.Errorf("line %d: \"skip\" is not a list", v.Line)
	case v.Style&yaml.FlowStyle == 0:
		t.insert(t.after(e, len(v.Content)-1), []string{spaces(v.Column-1) + "- " + scalar(id)})
	default:
		if err := t.addFlow(v, scalar(id)); err != nil {
			return nil, err
		}
	}
	return t.bytes(), nil
}

// addFlow writes s as the last item of the flow sequence seq: after its
// last item, or inside the brackets of an empty one.
func (t *text) addFlow(seq *yaml.Node, s string) error {
	if len(seq.Content) == 0 {
		line, off, ok := t.offset(seq.Line, seq.Column)
		if !ok || t.lines[line][off] != '[' {
			return errFlowSkip
		}
		t.splice(line, off+1, s)
		return nil
	}
	last := seq.Content[len(seq.Content)-1]
	line, off, ok := t.offset(last.Line, last.Column)
	if !ok || last.Kind != yaml.ScalarNode {
		return errFlowSkip
	}
	end, ok := scalarEnd(t.lines[line], off, last.Style)
	if !ok {
		return errFlowSkip
	}
	t.splice(line, end, ", "+s)
	return nil
}

// offset converts a 1-based line and column (in characters) to a line
// index and byte offset.
func (t *text) offset(line, col int) (int, int, bool) {
	i := line - 1
	if i < 0 || i >= len(t.lines) {
		return 0, 0, false
	}
	off := 0
	for c := 1; c < col; c++ {
		if off >= len(t.lines[i]) {
			return 0, 0, false
		}
		_, size := utf8.DecodeRune(t.lines[i][off:])
		off += size
	}
	return i, off, off < len(t.lines[i])
}

// scalarEnd returns the byte offset after a one-line scalar of a flow
// sequence that starts at off.
func scalarEnd(l []byte, off int, style yaml.Style) (int, bool) {
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		for i := off + 1; i < len(l); i++ {
			switch l[i] {
			case '\\':
				i++
			case '"':
				return i + 1, true
			}
		}
		return 0, false
	case style&yaml.SingleQuotedStyle != 0:
		for i := off + 1; i < len(l); i++ {
			if l[i] == '\'' {
				if i+1 < len(l) && l[i+1] == '\'' {
					i++
					continue
				}
				return i + 1, true
			}
		}
		return 0, false
	}
	end := off
	for i := off; i < len(l) && l[i] != ',' && l[i] != ']' && l[i] != '\r' && l[i] != '\n'; i++ {
		if l[i] == '#' && l[i-1] == ' ' {
			break
		}
		if l[i] != ' ' && l[i] != '\t' {
			end = i + 1
		}
	}
	return end, end > off
}

// splice inserts s into the line at index line, at byte offset off.
func (t *text) splice(line, off int, s string) {
	l := t.lines[line]
	t.lines[line] = append(append(append([]byte{}, l[:off]...), s...), l[off:]...)
}

package load

import (
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// utf8Text records a problem at the first byte of data that is not UTF-8,
// by line and column (in characters, as the YAML library counts them), and
// reports whether the whole text is UTF-8.
func (d *decoder) utf8Text(data []byte) bool {
	if utf8.Valid(data) {
		return true
	}
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			col := utf8.RuneCount(data[start:i]) + 1
			d.errs.Add(d.path, line, col, "the file is not UTF-8 text (byte 0x%02x): save it with the UTF-8 encoding", data[i])
			return false
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return true // not reached: utf8.Valid said otherwise
}

// noAliases records a problem at the first alias (*name, or a merge key
// <<: *name) of the tree under n and reports whether there is none. Content
// is written out where it is used: an alias repeats text the reader does not
// see, and a few of them in a row multiply into gigabytes. One problem per
// file is enough, however many aliases it holds.
func (d *decoder) noAliases(n *yaml.Node) bool {
	first := firstAlias(n)
	if first == nil {
		return true
	}
	d.errorf(first, "YAML aliases (*%s) are not allowed: write the value out where it is used", first.Value)
	return false
}

// firstAlias returns the first alias node under n in document order, nil
// when there is none. It does not follow aliases, so it visits each node of
// the text once.
func firstAlias(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := firstAlias(c); a != nil {
			return a
		}
	}
	return nil
}

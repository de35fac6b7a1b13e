package load

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Control characters in values. YAML lets a double-quoted value write any
// character as an escape ("\a", "\x1b", "\u0085"), control characters
// included. No page, feed or script can show one, so each is reported where
// its escape stands. A tab and a line break ("\t", "\n") are text.

// controls reports every control character that an escape of a
// double-quoted scalar below n puts in a value. src is the text n was
// parsed from.
func (d *decoder) controls(n *yaml.Node, src []byte) {
	if n == nil {
		return
	}
	if n.Kind == yaml.ScalarNode && n.Style&yaml.DoubleQuotedStyle != 0 && hasControl(n.Value) {
		d.escapes(n, src)
	}
	for _, c := range n.Content {
		d.controls(c, src)
	}
}

// hasControl reports whether s holds a control character other than a tab
// or a line feed.
func hasControl(s string) bool {
	for _, r := range s {
		if isControl(r) {
			return true
		}
	}
	return false
}

// isControl reports whether r is a C0 or C1 control character, or DEL,
// other than a tab or a line feed.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f)
}

// escapes scans the double-quoted scalar n in src and reports each escape
// that makes a control character, at its line and column.
func (d *decoder) escapes(n *yaml.Node, src []byte) {
	line, col := n.Line, 1
	i := lineStart(src, line)
	for ; col < n.Column && i < len(src); col++ { // to the opening quote
		_, size := utf8.DecodeRune(src[i:])
		i += size
	}
	i++ // the quote
	col++
	for i < len(src) && src[i] != '"' {
		r, size := utf8.DecodeRune(src[i:])
		if r == '\n' {
			line, col, i = line+1, 1, i+1
			continue
		}
		if r != '\\' || i+1 >= len(src) {
			i, col = i+size, col+1
			continue
		}
		esc, length := unescape(src[i+1:])
		if isControl(esc) {
			d.errs.Add(d.path, line+d.offset, col, "control character U+%04X (the escape %s) in a value: no page or calendar can show it; remove it",
				esc, src[i:i+1+length])
		}
		if src[i+1] == '\n' {
			line, col, i = line+1, 1, i+2
			continue
		}
		i += 1 + length
		col += 1 + utf8.RuneCount(src[i-length:i])
	}
}

// unescape returns the character the escape after a backslash at the
// start of s stands for, and the length of the escape (backslash excluded).
func unescape(s []byte) (rune, int) {
	simple := map[byte]rune{'0': 0, 'a': 7, 'b': 8, 't': 9, '\t': 9, 'n': 10, 'v': 11, 'f': 12, 'r': 13,
		'e': 0x1b, 'N': 0x85, '_': 0xa0, 'L': 0x2028, 'P': 0x2029}
	if r, ok := simple[s[0]]; ok {
		return r, 1
	}
	digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[0]]
	if digits > 0 && len(s) > digits {
		if v, err := strconv.ParseUint(string(s[1:1+digits]), 16, 32); err == nil {
			return rune(v), 1 + digits
		}
	}
	_, size := utf8.DecodeRune(s)
	return ' ', size // a character escaped for itself: '"', '\\', '/', ' '
}

// lineStart returns the offset in src of the start of line (1-based).
func lineStart(src []byte, line int) int {
	i := 0
	for l := 1; l < line; l++ {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return len(src)
		}
		i += j + 1
	}
	return i
}

package feed

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxOctets is the longest a physical content line may be, CRLF excluded
// (RFC 5545 section 3.1). A continuation line's leading space counts in it.
const maxOctets = 75

// contentWriter writes iCalendar content lines: CRLF line endings, folded at
// maxOctets octets on character boundaries, no byte order mark.
type contentWriter struct {
	buf bytes.Buffer
}

// line writes one content line. name is the property name with any
// parameters ("DTSTART;VALUE=DATE"); value is written as given, less any
// control character, so it must already be escaped for its value type.
func (w *contentWriter) line(name, value string) {
	w.prop(name, stripControls(value))
}

// text writes a property of value type TEXT.
func (w *contentWriter) text(name, value string) {
	w.prop(name, escapeText(value))
}

// prop writes the content line name:value, value already escaped.
func (w *contentWriter) prop(name, value string) {
	if len(name)+1+len(value) > maxOctets {
		w.fold(name + ":" + value)
		return
	}
	w.buf.WriteString(name)
	w.buf.WriteByte(':')
	w.buf.WriteString(value)
	w.buf.WriteString("\r\n")
}

// textList writes a property whose value is a comma-separated list of TEXT,
// such as CATEGORIES.
func (w *contentWriter) textList(name string, values []string) {
	escaped := make([]string, len(values))
	for i, v := range values {
		escaped[i] = escapeText(v)
	}
	w.prop(name, strings.Join(escaped, ","))
}

// bytes returns everything written so far.
func (w *contentWriter) bytes() []byte { return w.buf.Bytes() }

// fold writes s as one logical line: physical lines of at most maxOctets
// octets, each continuation starting with a single space. It never splits a
// UTF-8 character, nor a backslash escape from the character it escapes, so
// that even a reader that unescapes before unfolding reads the right text.
func (w *contentWriter) fold(s string) {
	limit := maxOctets // octets the current physical line can still take
	for len(s) > limit {
		cut := cutAt(s, limit)
		w.buf.WriteString(s[:cut])
		w.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1 // after the continuation's space
	}
	w.buf.WriteString(s)
	w.buf.WriteString("\r\n")
}

// Fold returns the content line s (property name, parameters and value,
// already escaped, no line break) as a feed holds it: folded as fold
// folds it, every physical line ending in CRLF. A feed whose lines were
// unfolded, then edited, is written back with it.
func Fold(s string) []byte {
	var w contentWriter
	w.fold(s)
	return w.bytes()
}

// cutAt returns the length of the longest start of s, at most limit octets,
// that ends on the boundary of a character or of an escape sequence. s is
// longer than limit.
func cutAt(s string, limit int) int {
	if ascii(s[:limit+1]) {
		return limit
	}
	i := 0
	for {
		size := unitLen(s, i)
		if i+size > limit {
			return i
		}
		i += size
	}
}

// ascii reports whether s holds no backslash and no byte outside ASCII, so
// that every octet of it is a character of its own.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\\' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// unitLen returns the length in octets of the character at s[i], or of the
// escape sequence starting there.
func unitLen(s string, i int) int {
	if s[i] == '\\' && i+1 < len(s) {
		_, size := utf8.DecodeRuneInString(s[i+1:])
		return 1 + size
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

// escapeText escapes s as an RFC 5545 TEXT value (section 3.3.11): a
// backslash, semicolon or comma gets a backslash before it, and a line break
// (LF, CRLF or a lone CR) becomes the two characters \n. A tab becomes a
// space, since some readers mishandle a raw tab; any other control character
// is dropped, and invalid UTF-8 becomes U+FFFD. Nothing else changes.
func escapeText(s string) string {
	if printable(s, `\;,`) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsControl(r) { // C1 controls are dropped
				b.WriteString(s[i : i+size])
			}
			i += size
			continue
		}
		switch {
		case c == '\\' || c == ';' || c == ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteString(`\n`)
			} // else the LF that follows writes the line break
		case c == '\t':
			b.WriteByte(' ')
		case c < ' ' || c == 0x7f:
			// dropped: no reader agrees on what it means
		default:
			b.WriteByte(c)
		}
		i++
	}
	return b.String()
}

// stripControls returns s, valid UTF-8, without any control character, for
// values that are not TEXT (URIs, dates, durations).
func stripControls(s string) string {
	if printable(s, "") {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// printable reports whether s is printable ASCII holding none of the bytes
// in special: text that every value type takes as it is.
func printable(s, special string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || strings.IndexByte(special, c) >= 0 {
			return false
		}
	}
	return true
}

// Package htmlesc escapes text the way html/template's escapers do, byte
// for byte, for the Go code generated from the layouts (see package
// render). It covers the escapers the layouts need and the plain-text
// values they print: a value html/template treats as safe content
// (template.HTML, template.URL) is the generator's business, not this
// package's.
//
// The tests hold every function to the escaper of html/template it stands
// for, by running both on the same text.
package htmlesc

import (
	"bytes"
	"strings"
)

// failsafe is what html/template puts in place of a URL it refuses.
const failsafe = "#ZgotmplZ"

// Text writes s to b as html/template escapes plain text in the text of an
// element, in a quoted attribute value and in RCDATA such as <title>: the
// same seven bytes are replaced in all three.
func Text(b *bytes.Buffer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		repl := textRepl[s[i]]
		if repl == "" {
			continue
		}
		b.WriteString(s[start:i])
		b.WriteString(repl)
		start = i + 1
	}
	b.WriteString(s[start:])
}

// textRepl holds what Text writes in place of each of the seven bytes it
// replaces, and "" for every other byte: one look-up a byte, as pages are
// mostly long runs that need none.
var textRepl = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// FilterURL returns s, or "#ZgotmplZ" when s names a scheme other than
// http, https or mailto (a "javascript:" link, say). Schemes are compared
// under Unicode case folding, as html/template does: "httpſ" is "https".
func FilterURL(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '/':
			return s
		case ':':
			if scheme := s[:i]; strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto") {
				return s
			}
			return failsafe
		}
	}
	return s
}

// NormalizeURL returns s with every byte that may not appear in a URL
// percent-encoded; the URL's own delimiters and valid escapes stay.
func NormalizeURL(s string) string { return processURL(s, true) }

// EscapeURL returns s percent-encoded as a part of a URL: delimiters and
// percent signs are encoded too.
func EscapeURL(s string) string { return processURL(s, false) }

// processURL percent-encodes, in lower-case hex, every byte of s but
// letters, digits and "-._~", and, when norm is set, the reserved
// characters of RFC 3986 and the '%' of a valid escape. It returns s itself
// when nothing changes.
func processURL(s string, norm bool) string {
	const hex = "0123456789abcdef"
	var b []byte
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch urlClass[c] {
		case urlUnreserved:
			continue
		case urlReserved:
			if norm {
				continue
			}
		case urlPercent:
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		if b == nil {
			b = make([]byte, 0, len(s)+16)
		}
		b = append(b, s[start:i]...)
		b = append(b, '%', hex[c>>4], hex[c&15])
		start = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[start:]...))
}

// The classes of bytes processURL tells apart; any other byte is always
// percent-encoded.
const (
	urlEncoded    = iota
	urlUnreserved // letters, digits and "-._~": never encoded
	urlReserved   // the delimiters a normalized URL keeps
	urlPercent    // '%', kept when normalizing a valid escape
)

// urlClass holds the class of every byte, for processURL.
var urlClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = urlUnreserved
		case c == '-' || c == '.' || c == '_' || c == '~':
			t[c] = urlUnreserved
		case reserved(byte(c)):
			t[c] = urlReserved
		case c == '%':
			t[c] = urlPercent
		}
	}
	return t
}()

// reserved reports whether c is one of the delimiters a normalized URL
// keeps.
func reserved(c byte) bool {
	switch c {
	case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']':
		return true
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

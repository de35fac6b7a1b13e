package feed

import (
	"encoding/base64"
	"net/url"
	"strings"
)

// DataURLPrefix starts the data: URL of every invite (RFC 2397): the media
// type, its charset, and that the data is base64.
const DataURLPrefix = "data:text/calendar;charset=utf-8;base64,"

// DataURL returns the calendar ics as a data: URL: base64 (RFC 4648,
// section 4), its "+" and "/" percent-encoded, so that the URL holds no
// character HTML must escape nor a URL delimiter. A browser percent-decodes
// a data: URL before it decodes base64 (the Fetch standard's data: URL
// processor). Base64 is a third longer than the text; percent-encoding
// makes each space, line break and colon of it three bytes and a letter
// beyond ASCII six, which for the text of an event comes to a little more.
func DataURL(ics []byte) string {
	enc := make([]byte, base64.StdEncoding.EncodedLen(len(ics)))
	base64.StdEncoding.Encode(enc, ics)
	n := len(DataURLPrefix) + len(enc)
	for _, c := range enc {
		if c == '+' || c == '/' {
			n += 2
		}
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(DataURLPrefix)
	start := 0
	for i, c := range enc {
		if c == '+' || c == '/' {
			b.Write(enc[start:i])
			b.WriteString(percent[c])
			start = i + 1
		}
	}
	b.Write(enc[start:])
	return b.String()
}

// DataURLLen returns how long the start of s is that can be the data of a
// URL DataURL made, after its prefix: letters, digits, "=" and "%".
func DataURLLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '=' || c == '%') {
			return i
		}
	}
	return len(s)
}

// ReadDataURL returns the calendar of data, the part after DataURLPrefix
// of a URL DataURL made.
func ReadDataURL(data string) ([]byte, error) {
	enc, err := url.PathUnescape(data)
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(enc)
}

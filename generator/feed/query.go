package feed

import "strings"

// encodeQuery returns the query of a new-event link from pairs of names
// and values, the names in order, a pair whose value is "" left out. Both
// are percent-encoded as escape does, so that a space is %20, which every
// reader of a URL takes for a space, rather than +, which only a form's
// does: what url.Values.Encode writes for the same pairs, once its + are
// made %20.
func encodeQuery(pairs ...string) string {
	n := 0
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			n += escapedLen(pairs[i]) + 1 + escapedLen(pairs[i+1]) + 1
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		escape(&b, pairs[i])
		b.WriteByte('=')
		escape(&b, pairs[i+1])
	}
	return b.String()
}

// unreserved marks the bytes RFC 3986 calls unreserved (section 2.3):
// letters, digits, "-", ".", "_" and "~", which a URL holds as they are.
var unreserved = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
			c == '-' || c == '.' || c == '_' || c == '~'
	}
	return t
}()

// percent holds "%XX" for every byte.
var percent = func() (t [256]string) {
	const hex = "0123456789ABCDEF"
	for c := range 256 {
		t[c] = string([]byte{'%', hex[c>>4], hex[c&15]})
	}
	return t
}()

// escapedLen returns the length of s once escape has encoded it.
func escapedLen(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if !unreserved[s[i]] {
			n += 2
		}
	}
	return n
}

// escape writes s to b with every byte but the unreserved ones
// percent-encoded, in upper-case hex as url.QueryEscape writes it.
func escape(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved[c] {
			continue
		}
		b.WriteString(s[start:i])
		b.WriteString(percent[c])
		start = i + 1
	}
	b.WriteString(s[start:])
}

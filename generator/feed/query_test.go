package feed

import "testing"

// TestEncodeQuery: RFC 3986 section 2.3 leaves letters, digits and "-._~"
// as they are; every other byte is "%" and its two hex digits, in upper
// case, a space too (%20, not +). "—" is U+2014, E2 80 94 in UTF-8. A
// pair with no value is left out, and the pairs keep the caller's order.
func TestEncodeQuery(t *testing.T) {
	tests := []struct {
		pairs []string
		want  string
	}{
		{[]string{"text", "Call Dana: 9/10 — ok?"}, "text=Call%20Dana%3A%209%2F10%20%E2%80%94%20ok%3F"},
		{[]string{"b", "a+b&c=d~e_f.g-h", "a", "x"}, "b=a%2Bb%26c%3Dd~e_f.g-h&a=x"},
		{[]string{"allday", "", "body", "line 1\nline 2"}, "body=line%201%0Aline%202"},
		{[]string{"q", "100%"}, "q=100%25"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := encodeQuery(tt.pairs...); got != tt.want {
			t.Errorf("encodeQuery(%q) = %q, want %q", tt.pairs, got, tt.want)
		}
	}
}

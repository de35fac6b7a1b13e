package htmlesc

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
)

// oracle is one context of html/template around a single plain-text value,
// with the chain of escapers html/template uses there and the composition
// of this package's functions that stands for that chain.
type oracle struct {
	name  string
	src   string // markup with one {{.}}
	chain string // the escapers html/template adds after {{.}}
	ours  func(b *bytes.Buffer, s string)

	tmpl           *template.Template
	prefix, suffix string
}

// oracles parses and escapes the templates of every context, and fails tb
// when html/template escapes {{.}} with another chain than the one the
// composition of our functions assumes.
func oracles(tb testing.TB) []*oracle {
	tb.Helper()
	ors := []*oracle{
		{name: "text", src: `<p>{{.}}</p>`,
			chain: "_html_template_htmlescaper", ours: Text},
		{name: "attr", src: `<p title="{{.}}">`,
			chain: "_html_template_attrescaper", ours: Text},
		{name: "rcdata", src: `<title>{{.}}</title>`,
			chain: "_html_template_rcdataescaper", ours: Text},
		{name: "url", src: `<a href="{{.}}">`,
			chain: "_html_template_urlfilter | _html_template_urlnormalizer | _html_template_attrescaper",
			ours:  func(b *bytes.Buffer, s string) { Text(b, NormalizeURL(FilterURL(s))) }},
		{name: "query", src: `<a href="/x?q={{.}}">`,
			chain: "_html_template_urlescaper | _html_template_attrescaper",
			ours:  func(b *bytes.Buffer, s string) { Text(b, EscapeURL(s)) }},
	}
	for _, o := range ors {
		var ok bool
		o.prefix, o.suffix, ok = strings.Cut(o.src, "{{.}}")
		if !ok {
			tb.Fatalf("%s: no {{.}} in %q", o.name, o.src)
		}
		o.tmpl = template.Must(template.New(o.name).Parse(o.src))
		// Escaping happens on the first Execute; the tree shows the
		// escapers only after it.
		if err := o.tmpl.Execute(new(bytes.Buffer), ""); err != nil {
			tb.Fatalf("%s: %v", o.name, err)
		}
		want := o.prefix + "{{. | " + o.chain + "}}" + o.suffix
		if got := o.tmpl.Tree.Root.String(); got != want {
			tb.Fatalf("%s: html/template escapes %q as\n%s\nthe test assumes\n%s", o.name, o.src, got, want)
		}
	}
	return ors
}

// compare runs s through every context, by html/template and by our
// functions, and reports any difference.
func compare(t *testing.T, ors []*oracle, s string) {
	t.Helper()
	for _, o := range ors {
		var out bytes.Buffer
		if err := o.tmpl.Execute(&out, s); err != nil {
			t.Fatalf("%s: %q: %v", o.name, s, err)
		}
		want, ok := strings.CutPrefix(out.String(), o.prefix)
		if ok {
			want, ok = strings.CutSuffix(want, o.suffix)
		}
		if !ok {
			t.Fatalf("%s: %q: output %q is not inside %q", o.name, s, out.String(), o.src)
		}
		var got bytes.Buffer
		o.ours(&got, s)
		if got.String() != want {
			t.Errorf("%s: %q: got %q, html/template %q", o.name, s, got.String(), want)
		}
	}
}

// inputs exercise every branch of the escapers.
var inputs = []string{
	"",
	"plain text 123",
	// The seven bytes Text replaces, alone and among others.
	"\x00", `"`, "&", "'", "+", "<", ">",
	`a"b&c'd+e<f>g` + "\x00h",
	"&amp; already escaped",
	// Multi-byte and invalid UTF-8.
	"é", "café", "😀", "a😀b",
	"\xff", "\xc3", "a\xc3(b", "\xed\xa0\x80", "\xef\xbf\xbd",
	// Schemes.
	"javascript:alert(1)", "JAVASCRIPT:x", "javascript:", ":x",
	"http://x", "HTTPS://x", "Http:x", "mailto:a@b", "MailTo:a@b",
	"tel:+1 555", "data:text/html,<b>", "httpx://x", "http",
	"/a:b", "a/b:c", "./a:b", "?a:b", "#a:b", "a?b:c",
	// "ſ" (U+017F) folds to "s" in Unicode, so html/template takes
	// "httpſ" for "https".
	"httpſ://x", "HTTPſ:x",
	// Percent signs.
	"%41", "%4", "%zz", "%", "100%", "%%41", "%4g", "%g4", "%aF", "a%2", "%e9",
	// Spaces and other bytes a URL may not hold.
	" ", "a b", "\t\n\r", "\x7f", "\\", "^`{|}", `"<>`, "'()",
	// Reserved delimiters, each and together, and the unreserved marks.
	"!", "#", "$", "*", ",", "/", ":", ";", "=", "?", "@", "[", "]",
	"!#$&*+,/:;=?@[]",
	"~-._", "~", "-", ".", "_",
	"/x?q=a b&r=é#frag",
}

func TestEscapersMatchHTMLTemplate(t *testing.T) {
	ors := oracles(t)
	for _, s := range inputs {
		compare(t, ors, s)
	}
	// Every single byte, and every byte after a '%'.
	for c := 0; c < 256; c++ {
		compare(t, ors, string([]byte{byte(c)}))
		compare(t, ors, string([]byte{'%', byte(c), 'a'}))
	}
}

// TestWorkedByHand holds the functions to outputs derived from the rules
// in their doc comments and RFC 3986, not from either implementation, and
// runs the same inputs through html/template too.
func TestWorkedByHand(t *testing.T) {
	text := func(s string) string {
		var b bytes.Buffer
		Text(&b, s)
		return b.String()
	}
	tests := []struct {
		fn      string
		f       func(string) string
		in, out string
	}{
		{"Text", text, "a\x00b", "a\uFFFDb"},
		{"Text", text, `"&'+<>`, "&#34;&amp;&#39;&#43;&lt;&gt;"},
		{"Text", text, "é😀\xff", "é😀\xff"},
		{"FilterURL", FilterURL, "javascript:x", "#ZgotmplZ"},
		{"FilterURL", FilterURL, "JAVASCRIPT:x", "#ZgotmplZ"},
		{"FilterURL", FilterURL, "tel:+1 555", "#ZgotmplZ"},
		{"FilterURL", FilterURL, "HTTPS://x", "HTTPS://x"},
		{"FilterURL", FilterURL, "mailto:a@b", "mailto:a@b"},
		{"FilterURL", FilterURL, "/a:b", "/a:b"},
		{"FilterURL", FilterURL, "a/b:c", "a/b:c"},
		{"FilterURL", FilterURL, "httpſ://x", "httpſ://x"},
		{"NormalizeURL", NormalizeURL, "é", "%c3%a9"},
		{"NormalizeURL", NormalizeURL, "%41", "%41"},
		{"NormalizeURL", NormalizeURL, "%4", "%254"},
		{"NormalizeURL", NormalizeURL, "%zz", "%25zz"},
		{"NormalizeURL", NormalizeURL, "100%", "100%25"},
		{"NormalizeURL", NormalizeURL, "a b", "a%20b"},
		{"NormalizeURL", NormalizeURL, "!#$&*+,/:;=?@[]", "!#$&*+,/:;=?@[]"},
		{"NormalizeURL", NormalizeURL, "'()", "%27%28%29"},
		{"NormalizeURL", NormalizeURL, "\xff", "%ff"},
		{"EscapeURL", EscapeURL, "a b&c", "a%20b%26c"},
		{"EscapeURL", EscapeURL, "%41", "%2541"},
		{"EscapeURL", EscapeURL, "/?#", "%2f%3f%23"},
		{"EscapeURL", EscapeURL, "~-._", "~-._"},
		{"EscapeURL", EscapeURL, "é", "%c3%a9"},
	}
	ors := oracles(t)
	for _, tt := range tests {
		if got := tt.f(tt.in); got != tt.out {
			t.Errorf("%s(%q) = %q, want %q", tt.fn, tt.in, got, tt.out)
		}
		compare(t, ors, tt.in)
	}
}

func FuzzEscapers(f *testing.F) {
	for _, s := range inputs {
		f.Add(s)
	}
	ors := oracles(f)
	f.Fuzz(func(t *testing.T, s string) {
		compare(t, ors, s)
	})
}

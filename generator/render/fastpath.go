package render

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"
	"sync"

	"github.com/followup-dev/followup/layouts"
)

// The partials repeated most, once per action and once per timeline event,
// and the pages a long hunt has most of (fastPages), are written out in Go
// when the layouts in use are the embedded ones: html/template calls an
// escaper by reflection for each value, and a long hunt has tens of
// thousands of entries and pages. The Go writers produce the bytes the
// embedded layouts would, escaping each value as html/template does in the
// same place; tests hold them to it. A site that overrides one of these
// layouts, or a template it calls, keeps its own.

// fastPartials lists each partial written in Go: the templates its output
// depends on, itself first, and the definition that replaces it. A name
// "page.html:block" is the block as that page's layout defines it; the
// "main" blocks of the two pages a hunt has most of are written in Go too.
var fastPartials = []struct {
	uses []string
	repl string
}{
	{[]string{"action", "due", "state"}, `{{define "action"}}{{.HTML}}{{end}}`},
	{[]string{"timeline-event"}, `{{define "timeline-event"}}{{.HTML}}{{end}}`},
	{[]string{"history-event"}, `{{define "history-event"}}{{.HistoryHTML}}{{end}}`},
	{[]string{"timeline-items", "timeline-event", "action", "due", "state"},
		`{{define "timeline-items"}}{{.HTML}}{{end}}`},
	{[]string{"action-items", "action", "due", "state"}, `{{define "action-items"}}{{.HTML}}{{end}}`},
	{[]string{"history-items", "history-event"}, `{{define "history-items"}}{{.HistoryHTML}}{{end}}`},
	{[]string{"header"}, `{{define "header"}}{{.HeaderHTML}}{{end}}`},
	{[]string{"footer"}, `{{define "footer"}}{{.FooterHTML}}{{end}}`},
	{[]string{"application.html:main", "action-items", "action", "due", "state", "history-items", "history-event", "feeds"},
		`{{define "main"}}{{.MainHTML}}{{end}}`},
	{[]string{"script.html:main", "script.html:afterwards", "due"}, `{{define "main"}}{{.MainHTML}}{{end}}`},
}

// fastPages lists the pages written in Go from top to bottom, with the
// templates their output depends on.
var fastPages = map[string][]string{
	"application.html": {"base", "bodyclass", "header", "footer",
		"application.html:main", "action-items", "action", "due", "state", "history-items", "history-event", "feeds"},
	"script.html": {"base", "script.html:bodyclass", "header", "footer",
		"script.html:main", "script.html:afterwards", "due"},
	"timeline.html": {"base", "bodyclass", "header", "footer",
		"timeline.html:main", "timeline-items", "timeline-event", "action", "due", "state"},
	"calls.html": {"base", "calls.html:bodyclass", "header", "footer", "calls.html:main", "due", "window-toggle"},
}

// pageWriter is the data of a page written in Go.
type pageWriter interface {
	writePage(w *writer)
}

// defaultTrees is the source form of every template of the embedded
// layouts, for telling whether a site replaced one: a partial by its name,
// a block of a page's layout as "page.html:block".
var defaultTrees = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	add := func(t *template.Template, prefix string) {
		for _, d := range t.Templates() {
			if d.Tree != nil {
				out[prefix+d.Name()] = d.Tree.Root.String()
			}
		}
	}
	t := template.New("defaults")
	names, err := (&overlay{base: layouts.FS}).files("partials")
	if err != nil {
		panic(err)
	}
	for _, name := range append([]string{"base.html"}, names...) {
		template.Must(t.New(name).Parse(readDefault(name)))
	}
	add(t, "")
	for _, name := range pageLayouts {
		add(template.Must(template.New(name).Parse(readDefault(name))), name+":")
	}
	return out
})

// readDefault returns the source of an embedded layout.
func readDefault(name string) string {
	src, err := layouts.FS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(src)
}

// useFastPartials replaces, in t, the page layout named page, each partial
// written in Go whose definition, and those of the templates it calls, are
// still the embedded ones. Every partial is judged before any is replaced.
func useFastPartials(t *template.Template, page string) error {
	var repl []string
	for _, f := range fastPartials {
		if isDefault(t, page, f.uses) {
			repl = append(repl, f.repl)
		}
	}
	for i, src := range repl {
		if _, err := t.New("fast-" + strconv.Itoa(i)).Parse(src); err != nil {
			return err
		}
	}
	return nil
}

// isDefault reports whether each named template of t, a clone made for the
// layout page, is the embedded one. A block of another page's layout is
// not.
func isDefault(t *template.Template, page string, names []string) bool {
	for _, name := range names {
		key := name
		if layout, block, ok := strings.Cut(name, ":"); ok {
			if layout != page {
				return false
			}
			name = block
		}
		d := t.Lookup(name)
		want, ok := defaultTrees()[key]
		if d == nil || d.Tree == nil || !ok || d.Tree.Root.String() != want {
			return false
		}
	}
	return true
}

// htmlEscapes is how html/template escapes each byte both in a text node
// and in a quoted attribute value; "" for a byte it keeps. All are ASCII,
// so escaping byte by byte is escaping rune by rune.
var htmlEscapes = [256]string{
	0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;",
	'+': "&#43;", '<': "&lt;", '>': "&gt;",
}

// writer builds the output of a partial, or of a whole page.
type writer struct{ bytes.Buffer }

// raw writes markup of the layout itself.
func (w *writer) raw(s ...string) {
	for _, x := range s {
		w.WriteString(x)
	}
}

// text writes a value into a text node or a quoted attribute.
func (w *writer) text(s string) {
	written := 0
	for i := 0; i < len(s); i++ {
		if e := htmlEscapes[s[i]]; e != "" {
			w.WriteString(s[written:i])
			w.WriteString(e)
			written = i + 1
		}
	}
	w.WriteString(s[written:])
}

// url writes a value at the start of a quoted URL attribute: html/template
// refuses a scheme other than http, https and mailto, percent-encodes
// what a URL may not hold, then escapes for the attribute.
func (w *writer) url(s string) {
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			s = "#ZgotmplZ"
		}
	}
	w.text(normalizeURL(s))
}

// normalizeURL percent-encodes the bytes html/template's URL normalizer
// does: all but letters, digits, RFC 3986's reserved and unreserved
// characters and valid percent escapes.
func normalizeURL(s string) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0:
			continue
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		}
		b.WriteString(s[written:i])
		b.WriteByte('%')
		b.WriteByte("0123456789abcdef"[c>>4])
		b.WriteByte("0123456789abcdef"[c&15])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

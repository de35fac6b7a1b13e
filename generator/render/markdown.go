package render

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// newMarkdown returns the Markdown converter of advice pages and notes:
// GitHub Flavored Markdown with footnotes and heading ids. Raw HTML stays
// off (goldmark's default), so a page or a note can never inject markup.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.Footnote),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// markdown converts src to HTML into buf, with heading ids that keep
// letters of every script.
func markdown(md goldmark.Markdown, buf *bytes.Buffer, src []byte) error {
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	return md.Convert(src, buf, parser.WithContext(ctx))
}

// headingIDs generates element ids from heading text, keeping Unicode
// letters and digits (lowercased) where goldmark's default drops every
// non-ASCII letter: "Relance après l'entretien" becomes
// "relance-après-lentretien".
type headingIDs struct {
	used map[string]bool
}

func newHeadingIDs() *headingIDs { return &headingIDs{used: map[string]bool{}} }

// Generate returns a new unique id for value.
func (s *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	var b []byte
	dash := false
	for _, r := range string(bytes.TrimSpace(value)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case unicode.IsSpace(r) || r == '-':
			dash = true
		}
	}
	if len(b) == 0 {
		b = []byte("heading")
		if kind != ast.KindHeading {
			b = []byte("id")
		}
	}
	id := string(b)
	for i := 1; s.used[id]; i++ {
		id = string(b) + "-" + strconv.Itoa(i)
	}
	s.used[id] = true
	return []byte(id)
}

// Put records an id set explicitly so that generated ones avoid it.
func (s *headingIDs) Put(value []byte) { s.used[string(value)] = true }

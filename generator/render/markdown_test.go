package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

func TestHeadingIDs(t *testing.T) {
	ids := newHeadingIDs()
	ids.Put([]byte("taken"))
	for _, tt := range []struct{ in, want string }{
		{"Why one call", "why-one-call"},
		{"Relance après l'entretien", "relance-après-lentretien"},
		{"Ответ работодателя", "ответ-работодателя"},
		{"面接のあと", "面接のあと"},
		{"Why one call", "why-one-call-1"},
		{"  Step 2 -- wait  ", "step-2-wait"},
		{"taken", "taken-1"},
		{"!!!", "heading"},
		{"???", "heading-1"},
	} {
		if got := string(ids.Generate([]byte(tt.in), ast.KindHeading)); got != tt.want {
			t.Errorf("id of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownRawHTMLStaysOff(t *testing.T) {
	var buf bytes.Buffer
	src := "# Título\n\n<script>alert(1)</script>\n\n<b>bold</b> [x](javascript:alert(2)) and a footnote[^n].\n\n[^n]: The note.\n"
	if err := markdown(newMarkdown(), &buf, []byte(src)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<b>", "javascript:"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown output holds %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{`<h1 id="título">`, `class="footnotes"`} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown output lacks %q:\n%s", want, out)
		}
	}
}

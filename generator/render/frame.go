package render

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/followup-dev/followup/generator/internal/bound"
	"github.com/followup-dev/followup/generator/internal/tmplwalk"
)

// The links of <head>, the header and the footer are the same on every
// page of a kind: they show the site's settings and which section the page
// is in, not the page's own title. So each page layout renders them once
// per kind, with html/template, and from then on prints the bytes
// html/template wrote, as template.HTML. Nothing but that output is marked
// as HTML. A site whose parts read a field that varies from page to page,
// or print the whole common part, has them rendered on every page.

// frameParts are the templates base.html calls with the common part of a
// page.
var frameParts = []string{"head-links", "header", "footer"}

// perPage names the fields and methods of page that differ between pages
// of one kind; a part that reads none of them is rendered once per kind.
// A field of page added later that varies from page to page belongs here.
var perPage = map[string]bool{"Title": true, "HeadTitle": true, "Common": true}

// framePart renders one part of the frame once for each distinct common
// part it is given.
type framePart struct {
	orig *template.Template // the page's templates as the layouts define them
	name string
	mu   sync.Mutex
	done map[page]template.HTML
}

// maxFrames bounds the parts a framePart keeps: a Renderer used for build
// after build with changed settings drops the old ones.
const maxFrames = 64

// render returns the part as html/template writes it for v, the common part
// of a page, with the fields that vary from page to page cleared. Any other
// value is rendered as it is, every time.
func (f *framePart) render(v any) (template.HTML, error) {
	p, ok := v.(page)
	if !ok {
		return f.execute(v)
	}
	p.Title, p.HeadTitle = "", ""
	f.mu.Lock()
	out, ok := f.done[p]
	f.mu.Unlock()
	if ok {
		return out, nil
	}
	out, err := f.execute(p)
	if err != nil {
		return "", err
	}
	f.mu.Lock()
	if len(f.done) >= maxFrames {
		clear(f.done)
	}
	f.done[p] = out
	f.mu.Unlock()
	return out, nil
}

// execute renders the part with html/template. Its output is escaped
// already, for the text of an element: the only place useFrameParts lets
// it go.
func (f *framePart) execute(v any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := f.orig.ExecuteTemplate(&buf, f.name, v); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil
}

// useFrameParts returns t, the templates of one page layout, with each part
// of the frame that depends on the kind of page alone rendered once per
// kind. It returns orig, a clone of t made before, when no part can be,
// or when base.html calls one where its output would not be element text
// (inside <title> or <script>, say). t must not have been executed.
func useFrameParts(t, orig *template.Template) (*template.Template, error) {
	var defs []string
	funcs := template.FuncMap{}
	for i, name := range frameParts {
		if !perKind(t, name, map[string]bool{}) {
			continue
		}
		fn := "frame_" + strconv.Itoa(i)
		funcs[fn] = (&framePart{orig: orig, name: name, done: map[page]template.HTML{}}).render
		defs = append(defs, `{{define "`+name+`"}}{{`+fn+` .}}{{end}}`)
	}
	if len(defs) == 0 {
		return orig, nil
	}
	t.Funcs(funcs)
	if _, err := t.New("frame").Parse(strings.Join(defs, "")); err != nil {
		return nil, err
	}
	// Executing escapes the templates first, whatever the data. A call of
	// a part in any context but element text is then renamed after its
	// context. Only the escaping is wanted: the first byte written stops
	// the execution, and a layout that loops without writing is given up
	// on at the deadline, so that it cannot hang the parsing.
	_ = bound.Run(bound.Limits{}, "base", stopWriter{}, func(w io.Writer) error {
		return t.ExecuteTemplate(w, "base", nil)
	})
	for _, name := range frameParts {
		if calledIn(t, name) {
			return orig, nil
		}
	}
	return t, nil
}

// perKind reports whether the template name of t, and the templates it
// calls, read no field of the common part that varies from page to page
// and never use the whole of it but to pass it on to another template.
func perKind(t *template.Template, name string, seen map[string]bool) bool {
	if seen[name] {
		return true
	}
	seen[name] = true
	d := t.Lookup(name)
	if d == nil || d.Tree == nil {
		return false
	}
	ok := true
	idents := func(ids []string) {
		for _, id := range ids {
			ok = ok && !perPage[id]
		}
	}
	var visit func(parse.Node) bool
	visit = func(n parse.Node) bool {
		switch n := n.(type) {
		case *parse.TemplateNode:
			if p := n.Pipe; p != nil && !(len(p.Cmds) == 1 && len(p.Cmds[0].Args) == 1 && p.Cmds[0].Args[0].Type() == parse.NodeDot) {
				tmplwalk.Visit(p, visit) // what it passes on, when not the dot
			}
			ok = ok && perKind(t, n.Name, seen)
			return false
		case *parse.FieldNode:
			idents(n.Ident)
		case *parse.VariableNode:
			ok = ok && !(len(n.Ident) == 1 && n.Ident[0] == "$")
			idents(n.Ident[1:])
		case *parse.ChainNode:
			idents(n.Field)
		case *parse.DotNode:
			ok = false
		}
		return ok
	}
	tmplwalk.Visit(d.Tree.Root, visit)
	return ok
}

// calledIn reports whether a template of t calls name in a context other
// than element text: the escaper has renamed such a call after its context.
func calledIn(t *template.Template, name string) bool {
	found := false
	for _, d := range t.Templates() {
		if d.Tree == nil {
			continue
		}
		tmplwalk.Visit(d.Tree.Root, func(n parse.Node) bool {
			if c, ok := n.(*parse.TemplateNode); ok && strings.HasPrefix(c.Name, name+"$") {
				found = true
			}
			return !found
		})
	}
	return found
}

// stopWriter fails every write.
type stopWriter struct{}

func (stopWriter) Write([]byte) (int, error) { return 0, errStop }

var errStop = errors.New("stop")

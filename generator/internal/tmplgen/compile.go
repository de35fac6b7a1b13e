package tmplgen

import (
	"fmt"
	"maps"
	"reflect"
	"strconv"
	"strings"
	template "text/template"
	"text/template/parse"
)

// value is a Go expression of the generated code and its type.
type value struct {
	expr   string
	t      reflect.Type
	nonNil bool // a pointer known not to be nil: a with or range has tested it
}

// variable is a template variable in scope: "$" or "$name".
type variable struct {
	name string
	v    value
}

// compiler writes the body of the function of one template.
type compiler struct {
	p    *Program
	set  *template.Template
	tmpl string
	body strings.Builder
	vars []variable
	// checked holds the pointers tested for nil by the code written so
	// far in the current block, which stay so: no Go variable changes.
	checked map[string]bool
	n       int // Go variables declared so far
}

// fresh returns a new Go variable name.
func (c *compiler) fresh(prefix string) string {
	c.n++
	return prefix + strconv.Itoa(c.n)
}

// line writes one line of code.
func (c *compiler) line(format string, args ...any) {
	fmt.Fprintf(&c.body, format, args...)
	c.body.WriteByte('\n')
}

// errorf returns an error at node n of the template.
func (c *compiler) errorf(n parse.Node, format string, args ...any) error {
	t := c.set.Lookup(c.tmpl)
	loc := ""
	if t != nil && t.Tree != nil && n != nil {
		loc, _ = t.Tree.ErrorContext(n)
		loc += ": "
	}
	return fmt.Errorf("%s"+format, append([]any{loc}, args...)...)
}

// list writes the code of the nodes of l, with dot v.
func (c *compiler) list(l *parse.ListNode, dot value) error {
	if l == nil {
		return nil
	}
	for _, n := range l.Nodes {
		if err := c.node(n, dot); err != nil {
			return err
		}
	}
	return nil
}

// scope runs f with the variables declared inside it forgotten after.
func (c *compiler) scope(f func() error) error {
	depth, checked := len(c.vars), c.checked
	c.checked = maps.Clone(checked)
	err := f()
	c.vars, c.checked = c.vars[:depth], checked
	return err
}

func (c *compiler) node(n parse.Node, dot value) error {
	switch n := n.(type) {
	case *parse.TextNode:
		if len(n.Text) > 0 {
			c.line("b.WriteString(%s)", strconv.Quote(string(n.Text)))
		}
		return nil
	case *parse.CommentNode:
		return nil
	case *parse.ActionNode:
		return c.action(n, dot)
	case *parse.IfNode:
		return c.ifNode(n, dot)
	case *parse.WithNode:
		return c.with(n, dot)
	case *parse.RangeNode:
		return c.rangeNode(n, dot)
	case *parse.TemplateNode:
		return c.template(n, dot)
	}
	return c.errorf(n, "%s is not supported", n)
}

// action prints a pipeline, or declares the variables it sets.
func (c *compiler) action(n *parse.ActionNode, dot value) error {
	if len(n.Pipe.Decl) > 0 {
		if n.Pipe.IsAssign || len(n.Pipe.Decl) != 1 {
			return c.errorf(n, "only {{$x := ...}} is supported")
		}
		v, err := c.pipe(n.Pipe, dot)
		if err != nil {
			return err
		}
		name := c.fresh("v")
		c.line("%s := %s\n_ = %s", name, v.expr, name)
		c.vars = append(c.vars, variable{n.Pipe.Decl[0].Ident[0], value{expr: name, t: v.t, nonNil: v.nonNil}})
		return nil
	}
	return c.print(n, n.Pipe, dot)
}

func (c *compiler) ifNode(n *parse.IfNode, dot value) error {
	if len(n.Pipe.Decl) > 0 {
		return c.errorf(n, "variables declared in an if are not supported")
	}
	cond, err := c.cond(n.Pipe, dot)
	if err != nil {
		return err
	}
	c.line("if %s {", cond)
	if err := c.scope(func() error { return c.list(n.List, dot) }); err != nil {
		return err
	}
	return c.elseList(n.ElseList, dot)
}

// elseList writes the else branch of an if, with or range, and closes it.
func (c *compiler) elseList(l *parse.ListNode, dot value) error {
	if l != nil {
		c.line("} else {")
		if err := c.scope(func() error { return c.list(l, dot) }); err != nil {
			return err
		}
	}
	c.line("}")
	return nil
}

func (c *compiler) with(n *parse.WithNode, dot value) error {
	if len(n.Pipe.Decl) > 1 || n.Pipe.IsAssign {
		return c.errorf(n, "only {{with $x := ...}} is supported")
	}
	v, err := c.pipe(n.Pipe, dot)
	if err != nil {
		return err
	}
	name := c.fresh("w")
	inner := value{expr: name, t: v.t, nonNil: true}
	c.line("%s := %s", name, v.expr)
	cond, err := truth(value{expr: name, t: v.t})
	if err != nil {
		return c.errorf(n, "%v", err)
	}
	c.line("if %s {", cond)
	err = c.scope(func() error {
		if len(n.Pipe.Decl) == 1 {
			c.vars = append(c.vars, variable{n.Pipe.Decl[0].Ident[0], inner})
		}
		return c.list(n.List, inner)
	})
	if err != nil {
		return err
	}
	return c.elseList(n.ElseList, dot)
}

func (c *compiler) rangeNode(n *parse.RangeNode, dot value) error {
	if n.Pipe.IsAssign || len(n.Pipe.Decl) > 2 {
		return c.errorf(n, "only {{range $x := ...}} and {{range $i, $x := ...}} are supported")
	}
	v, err := c.pipe(n.Pipe, dot)
	if err != nil {
		return err
	}
	var elem, index reflect.Type
	switch v.t.Kind() {
	case reflect.Slice, reflect.Array:
		elem, index = v.t.Elem(), reflect.TypeFor[int]()
	case reflect.Int:
		elem, index = v.t, v.t
	default:
		return c.errorf(n, "range over %s is not supported", v.t)
	}
	seq, i, x := c.fresh("r"), c.fresh("i"), c.fresh("x")
	c.line("%s := %s", seq, v.expr)
	if n.ElseList != nil {
		if v.t.Kind() == reflect.Int {
			c.line("if %s > 0 {", seq)
		} else {
			c.line("if len(%s) > 0 {", seq)
		}
	}
	if v.t.Kind() == reflect.Int {
		c.line("for %s := range %s {\n%s := %s\n_, _ = %s, %s", x, seq, i, x, i, x)
	} else {
		c.line("for %s, %s := range %s {\n_, _ = %s, %s", i, x, seq, i, x)
	}
	elemV := value{expr: x, t: elem}
	err = c.scope(func() error {
		switch len(n.Pipe.Decl) {
		case 1:
			c.vars = append(c.vars, variable{n.Pipe.Decl[0].Ident[0], elemV})
		case 2:
			c.vars = append(c.vars, variable{n.Pipe.Decl[0].Ident[0], value{expr: i, t: index}},
				variable{n.Pipe.Decl[1].Ident[0], elemV})
		}
		return c.list(n.List, elemV)
	})
	if err != nil {
		return err
	}
	c.line("}")
	if n.ElseList == nil {
		return nil
	}
	return c.elseList(n.ElseList, dot)
}

// template calls the function of another template.
func (c *compiler) template(n *parse.TemplateNode, dot value) error {
	if n.Pipe == nil {
		return c.errorf(n, "a template call without data is not supported")
	}
	v, err := c.pipe(n.Pipe, dot)
	if err != nil {
		return err
	}
	fn, err := c.p.function(c.set, n.Name, v)
	if err != nil {
		return err
	}
	c.line("if err := %s(b, %s); err != nil {\nreturn err\n}", fn, v.expr)
	return nil
}

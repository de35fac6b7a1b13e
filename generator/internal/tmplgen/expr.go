package tmplgen

import (
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"strings"
	"text/template/parse"
)

var (
	typeString = reflect.TypeFor[string]()
	typeInt    = reflect.TypeFor[int]()
	typeBool   = reflect.TypeFor[bool]()
	typeHTML   = reflect.TypeFor[template.HTML]()
	typeURL    = reflect.TypeFor[template.URL]()
	typeError  = reflect.TypeFor[error]()
)

// contentTypes are html/template's types of content it trusts. Only
// template.HTML in element text and template.URL in a URL are supported.
var contentTypes = map[reflect.Type]bool{
	typeHTML: true, typeURL: true,
	reflect.TypeFor[template.CSS](): true, reflect.TypeFor[template.HTMLAttr](): true,
	reflect.TypeFor[template.JS](): true, reflect.TypeFor[template.JSStr](): true,
	reflect.TypeFor[template.Srcset](): true,
}

// print writes the code that prints pipe: its first command gives a value,
// and each command after it is an escaper html/template added.
func (c *compiler) print(n parse.Node, pipe *parse.PipeNode, dot value) error {
	v, err := c.command(pipe.Cmds[0], dot)
	if err != nil {
		return err
	}
	escapers := pipe.Cmds[1:]
	if len(escapers) == 0 {
		return c.errorf(n, "a value printed without an escaper")
	}
	s := value{}
	for i, cmd := range escapers {
		if len(cmd.Args) != 1 || cmd.Args[0].Type() != parse.NodeIdentifier {
			return c.errorf(n, "%s: only escapers may follow a value in a pipeline", cmd)
		}
		name := cmd.Args[0].(*parse.IdentifierNode).Ident
		last := i == len(escapers)-1
		if i == 0 {
			switch {
			case v.t == typeHTML && name == "_html_template_htmlescaper" && last:
				c.line("b.WriteString(string(%s))", v.expr)
				return nil
			case v.t == typeURL && name == "_html_template_urlfilter":
				s = value{expr: "string(" + v.expr + ")", t: typeString}
				continue
			case v.t == typeURL && (name == "_html_template_urlnormalizer" || name == "_html_template_urlescaper"):
				s = value{expr: "htmlesc.NormalizeURL(string(" + v.expr + "))", t: typeString}
				continue
			case v.t == typeURL && !strings.HasPrefix(name, "_html_template_url"):
				// A URL in text is plain text.
			case contentTypes[v.t]:
				return c.errorf(n, "a %s escaped by %s is not supported", v.t, name)
			}
			if s.expr, err = c.stringify(v); err != nil {
				return c.errorf(n, "%v", err)
			}
		}
		switch name {
		case "_html_template_htmlescaper", "_html_template_attrescaper", "_html_template_rcdataescaper":
			if !last {
				return c.errorf(n, "%s must be the last escaper", name)
			}
			c.line("htmlesc.Text(b, %s)", s.expr)
			return nil
		case "_html_template_urlfilter":
			s.expr = "htmlesc.FilterURL(" + s.expr + ")"
		case "_html_template_urlnormalizer":
			s.expr = "htmlesc.NormalizeURL(" + s.expr + ")"
		case "_html_template_urlescaper":
			s.expr = "htmlesc.EscapeURL(" + s.expr + ")"
		default:
			return c.errorf(n, "the escaper %s is not supported", name)
		}
	}
	c.line("b.WriteString(%s)", s.expr)
	return nil
}

// stringify returns the code of v as text, the way html/template turns a
// value into the text it escapes.
func (c *compiler) stringify(v value) (string, error) {
	t := v.t
	switch {
	case t.Implements(reflect.TypeFor[fmt.Formatter]()):
		return "", fmt.Errorf("printing a %s, a fmt.Formatter, is not supported", t)
	case t.Implements(typeError):
		return v.expr + ".Error()", nil
	case t.Implements(reflect.TypeFor[fmt.Stringer]()):
		return v.expr + ".String()", nil
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Bool:
		c.p.imports["strconv"] = true
	}
	switch t.Kind() {
	case reflect.String:
		if t == typeString {
			return v.expr, nil
		}
		return "string(" + v.expr + ")", nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "strconv.FormatInt(int64(" + v.expr + "), 10)", nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "strconv.FormatUint(uint64(" + v.expr + "), 10)", nil
	case reflect.Bool:
		return "strconv.FormatBool(bool(" + v.expr + "))", nil
	}
	return "", fmt.Errorf("printing a %s is not supported", t)
}

// truth returns the code of whether v is true to text/template: not the
// zero value of its kind, not empty, not nil. A struct is always true.
func truth(v value) (string, error) {
	switch v.t.Kind() {
	case reflect.Bool:
		return v.expr, nil
	case reflect.String, reflect.Slice, reflect.Map, reflect.Array:
		return "len(" + v.expr + ") > 0", nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return v.expr + " != 0", nil
	case reflect.Pointer, reflect.Interface, reflect.Func, reflect.Chan:
		return v.expr + " != nil", nil
	case reflect.Struct:
		return "true", nil
	}
	return "", fmt.Errorf("the truth of a %s is not supported", v.t)
}

// cond returns the code of whether the pipeline of an if is true. and, or
// and not are written as Go's operators, which stop at the same argument
// text/template's do.
func (c *compiler) cond(pipe *parse.PipeNode, dot value) (string, error) {
	if len(pipe.Cmds) == 1 {
		args := pipe.Cmds[0].Args
		if id, ok := args[0].(*parse.IdentifierNode); ok && (id.Ident == "and" || id.Ident == "or" || id.Ident == "not") {
			return c.logic(pipe.Cmds[0], id.Ident, dot)
		}
	}
	v, err := c.pipe(pipe, dot)
	if err != nil {
		return "", err
	}
	s, err := truth(v)
	if err != nil {
		return "", c.errorf(pipe, "%v", err)
	}
	return s, nil
}

// logic returns the code of and, or or not in a condition. text/template
// evaluates the first argument always, and each later one only when the
// ones before leave the answer open, as Go's operators do: so only the
// first may need statements before it.
func (c *compiler) logic(cmd *parse.CommandNode, op string, dot value) (string, error) {
	args := cmd.Args[1:]
	if len(args) == 0 || op == "not" && len(args) != 1 {
		return "", c.errorf(cmd, "%s with %d arguments", op, len(args))
	}
	var parts []string
	for i, a := range args {
		before := c.body.Len()
		v, err := c.operand(a, dot)
		if err != nil {
			return "", err
		}
		if i > 0 && c.body.Len() != before {
			return "", c.errorf(cmd, "the argument %s of %s needs statements before it", a, op)
		}
		s, err := truth(v)
		if err != nil {
			return "", c.errorf(cmd, "%v", err)
		}
		parts = append(parts, "("+s+")")
	}
	switch op {
	case "not":
		return "!" + parts[0], nil
	case "and":
		return strings.Join(parts, " && "), nil
	}
	return strings.Join(parts, " || "), nil
}

// pipe returns the value of a pipeline of one command.
func (c *compiler) pipe(pipe *parse.PipeNode, dot value) (value, error) {
	if len(pipe.Cmds) != 1 {
		return value{}, c.errorf(pipe, "a pipeline of %d commands is not supported", len(pipe.Cmds))
	}
	return c.command(pipe.Cmds[0], dot)
}

// command returns the value of one command: an operand, or len with one.
func (c *compiler) command(cmd *parse.CommandNode, dot value) (value, error) {
	if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
		if id.Ident != "len" || len(cmd.Args) != 2 {
			return value{}, c.errorf(cmd, "the function %s is not supported here", id.Ident)
		}
		v, err := c.operand(cmd.Args[1], dot)
		if err != nil {
			return value{}, err
		}
		switch v.t.Kind() {
		case reflect.String, reflect.Slice, reflect.Map, reflect.Array:
			return value{expr: "len(" + v.expr + ")", t: typeInt}, nil
		}
		return value{}, c.errorf(cmd, "len of a %s", v.t)
	}
	if len(cmd.Args) != 1 {
		return value{}, c.errorf(cmd, "arguments to a method are not supported")
	}
	return c.operand(cmd.Args[0], dot)
}

// operand returns the value of one argument of a command.
func (c *compiler) operand(n parse.Node, dot value) (value, error) {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot, nil
	case *parse.FieldNode:
		return c.fields(n, dot, n.Ident)
	case *parse.VariableNode:
		for i := len(c.vars) - 1; i >= 0; i-- {
			if c.vars[i].name == n.Ident[0] {
				return c.fields(n, c.vars[i].v, n.Ident[1:])
			}
		}
		return value{}, c.errorf(n, "undefined variable %s", n.Ident[0])
	case *parse.StringNode:
		return value{expr: strconv.Quote(n.Text), t: typeString}, nil
	case *parse.BoolNode:
		return value{expr: strconv.FormatBool(n.True), t: typeBool}, nil
	case *parse.NumberNode:
		if n.IsInt {
			return value{expr: strconv.FormatInt(n.Int64, 10), t: typeInt}, nil
		}
	case *parse.PipeNode:
		if len(n.Decl) == 0 {
			v, err := c.pipe(n, dot)
			v.expr = "(" + v.expr + ")"
			return v, err
		}
	}
	return value{}, c.errorf(n, "%s is not supported", n)
}

// fields returns the value of a chain of field and method names on v.
func (c *compiler) fields(n parse.Node, v value, idents []string) (value, error) {
	for _, id := range idents {
		t := v.t
		if m, ok := t.MethodByName(id); ok {
			var err error
			if v, err = c.method(n, v, m); err != nil {
				return value{}, err
			}
			continue
		}
		if t.Kind() == reflect.Pointer {
			if !v.nonNil && !c.checked[v.expr] {
				// text/template fails at a field of a nil pointer.
				c.checked[v.expr] = true
				c.line("if %s == nil {\nreturn fmt.Errorf(%q)\n}", v.expr, "nil pointer evaluating "+t.String()+"."+id)
				c.p.imports["fmt"] = true
			}
			t = t.Elem()
		} else if _, ok := reflect.PointerTo(t).MethodByName(id); ok {
			return value{}, c.errorf(n, ".%s is a method of *%s, which text/template may not find", id, t)
		}
		if t.Kind() != reflect.Struct {
			return value{}, c.errorf(n, ".%s of a %s is not supported", id, t)
		}
		f, ok := t.FieldByName(id)
		if !ok || !f.IsExported() {
			return value{}, c.errorf(n, "%s has no exported field %s", t, id)
		}
		for i := 1; i < len(f.Index); i++ {
			if t.FieldByIndex(f.Index[:i]).Type.Kind() == reflect.Pointer {
				return value{}, c.errorf(n, ".%s is promoted through a pointer", id)
			}
		}
		v = value{expr: v.expr + "." + id, t: f.Type}
	}
	return v, nil
}

// method returns the value of calling method m, without arguments, on v.
// A method that also returns an error ends the template with it.
func (c *compiler) method(n parse.Node, v value, m reflect.Method) (value, error) {
	mt := m.Type // the receiver is the first argument
	if mt.NumIn() != 1 || mt.NumOut() == 0 || mt.NumOut() > 2 || mt.NumOut() == 2 && mt.Out(1) != typeError {
		return value{}, c.errorf(n, "the method %s of %s takes arguments or returns more than a value and an error", m.Name, v.t)
	}
	if v.t.Kind() == reflect.Pointer && !v.nonNil {
		return value{}, c.errorf(n, "the method %s of a %s that may be nil is not supported", m.Name, v.t)
	}
	call := v.expr + "." + m.Name + "()"
	if mt.NumOut() == 1 {
		return value{expr: call, t: mt.Out(0)}, nil
	}
	name := c.fresh("m")
	c.line("%s, err := %s\nif err != nil {\nreturn fmt.Errorf(%q, err)\n}", name, call, "error calling "+m.Name+": %w")
	c.p.imports["fmt"] = true
	return value{expr: name, t: mt.Out(0)}, nil
}

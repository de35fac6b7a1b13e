package posting

import (
	"bytes"
	"encoding/json"
	"strings"
)

// A node is one JSON-LD object.
type node = map[string]any

// graph holds the JSON-LD of a page: every object found, and those with an
// @id by their id, so that a reference such as "hiringOrganization":
// {"@id": "#org"} reads as the object it names.
type graph struct {
	postings []node
	byID     map[string]node
	bad      int // blocks that are not JSON
}

// readGraph decodes every JSON-LD block of a page: a single object, an
// array of them, or an object whose @graph holds them.
func readGraph(blocks []string) *graph {
	g := &graph{byID: map[string]node{}}
	for _, b := range blocks {
		v, err := decode([]byte(b))
		if err != nil {
			g.bad++
			continue
		}
		g.walk(v)
	}
	return g
}

// decode reads one block. Control characters, which some boards leave raw
// inside strings, are read as spaces (outside strings they are white space
// anyway).
func decode(b []byte) (any, error) {
	var v any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	err := d.Decode(&v)
	if err == nil {
		return v, nil
	}
	b = bytes.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, b)
	d = json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// walk collects the objects in v: postings in the order of the page, and
// every object with an @id. It looks inside other objects (a WebPage's
// mainEntity), but not inside a posting.
func (g *graph) walk(v any) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			g.walk(x)
		}
	case node:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, seen := g.byID[id]; !seen {
				g.byID[id] = v
			}
		}
		if isType(v, "JobPosting") {
			g.postings = append(g.postings, v)
			for _, k := range []string{"hiringOrganization", "jobLocation"} {
				g.walk(v[k]) // a reference may name an object given here
			}
			return
		}
		for _, x := range v {
			g.walk(x)
		}
	}
}

// isType reports whether the @type of n is, or lists, typ, with or without
// a vocabulary prefix ("schema:JobPosting", "http://schema.org/JobPosting").
func isType(n node, typ string) bool {
	is := func(v any) bool {
		s, _ := v.(string)
		i := strings.LastIndexAny(s, ":/")
		return s[i+1:] == typ
	}
	switch t := n["@type"].(type) {
	case string:
		return is(t)
	case []any:
		for _, x := range t {
			if is(x) {
				return true
			}
		}
	}
	return false
}

// resolve returns the object v stands for: v itself, or the object its
// @id names when v is only a reference.
func (g *graph) resolve(v any) any {
	if n, ok := v.(node); ok && len(n) == 1 {
		if id, ok := n["@id"].(string); ok && g.byID[id] != nil {
			return g.byID[id]
		}
	}
	return v
}

// first returns v, or the first element of v when it is an array.
func first(v any) any {
	if a, ok := v.([]any); ok {
		if len(a) == 0 {
			return nil
		}
		return a[0]
	}
	return v
}

// all returns v as a list: its elements when it is an array.
func all(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

// text returns v as plain text: a string (markup and entities removed), a
// number as written, or the name (else the value) of an object.
func text(v any) string {
	switch v := first(v).(type) {
	case string:
		return plainText(v)
	case json.Number:
		return v.String()
	case bool:
		return ""
	case node:
		if s := text(v["name"]); s != "" {
			return s
		}
		return text(v["value"])
	}
	return ""
}

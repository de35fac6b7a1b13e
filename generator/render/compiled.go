package render

//go:generate go test -tags followup_nocompiled -run TestCompiledLayouts -update .

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// The page layouts are also compiled to Go, at go generate time, by package
// tmplgen: layouts_gen.go holds a function for each page layout that
// prints what html/template prints for it, with the same escapers, without
// reflection. A Renderer runs that code only for a page whose layout
// files, base.html and the partials included, are byte for byte the ones
// it was generated from, which a hash of them tells; a site's own layouts
// run in html/template. TestCompiledLayouts fails when layouts_gen.go is
// not what the embedded layouts make today, and the tests of the pages
// compare both ways of printing every page of the example site and of a
// synthetic hunt.

// compiledPage is the generated code of one page layout.
type compiledPage struct {
	sum string // layoutSum of the files it was generated from
	// run prints the page for data, and reports false, having written
	// nothing, for data of a type it was not generated for.
	run func(b *bytes.Buffer, data any) (bool, error)
}

// compiledPages is filled by layouts_gen.go: page layout → its code.
var compiledPages map[string]compiledPage

// compiledFor returns the generated code of each page layout whose files
// in o are the ones it was generated from.
func compiledFor(o *overlay) (map[string]compiledPage, error) {
	out := map[string]compiledPage{}
	for _, name := range pageLayouts {
		c, ok := compiledPages[name]
		if !ok {
			continue
		}
		sum, err := layoutSum(o, name)
		if err != nil {
			return nil, err
		}
		if sum == c.sum {
			out[name] = c
		}
	}
	return out, nil
}

// layoutSum returns a SHA-256 of the files page layout name is parsed
// from: base.html, the partials and its own file, with their names.
func layoutSum(o *overlay, name string) (string, error) {
	files, err := frameFiles(o)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, f := range append(files, name) {
		data, err := o.readFile(f)
		if err != nil {
			return "", err
		}
		h.Write([]byte(f + "\x00" + strconv.Itoa(len(data)) + "\x00"))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

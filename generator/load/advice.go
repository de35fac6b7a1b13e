package load

import (
	"bytes"
	"path"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
)

var (
	adviceKeys = []string{"title", "stage", "weight", "summary", "actions", "sources"}
	sourceKeys = []string{"tag", "title", "by", "url", "date"}
)

// Advice decodes the advice page at path (a slash path such as
// content/advice/calls.md, whose base name gives the slug) from data: YAML
// front matter between two "---" lines, then Markdown. It returns nil and
// every problem found when the page is not valid.
func Advice(p string, data []byte) (*model.AdvicePage, model.ErrorList) {
	d := &decoder{path: p}
	slug := strings.TrimSuffix(path.Base(p), ".md")
	page := &model.AdvicePage{Slug: slug, Path: p}
	if !model.ValidSlug(slug) {
		d.errorf(nil, "file name %q is not a valid slug: use lowercase letters, digits and single hyphens%s",
			path.Base(p), slugHint(slug, ".md"))
	}
	front, body, ok := d.frontMatter(data)
	if ok && d.utf8Text(data) {
		page.Body = bytes.Clone(body)
		d.offset = 1 // the opening "---" line
		if top, ok := d.parse(front); ok {
			d.advice(d.mapping(top, "the front matter", adviceKeys), page)
		}
	}
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	return page, nil
}

// frontMatter splits data into the text between an opening "---" line and
// the next "---" line, and the body after it.
func (d *decoder) frontMatter(data []byte) (front, body []byte, ok bool) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if !isFence(first) {
		d.errs.Add(d.path, 1, 1, `missing front matter: start the page with a "---" line, then "title:" and the other keys, then another "---" line`)
		return nil, nil, false
	}
	start := len(first) + 1
	for pos := start; pos < len(data); {
		line, _, found := bytes.Cut(data[pos:], []byte("\n"))
		end := pos + len(line)
		if found {
			end++
		}
		if isFence(line) {
			return data[start:pos], data[end:], true
		}
		pos = end
	}
	d.errs.Add(d.path, 1, 1, `the front matter opened on this line is not closed: add a "---" line after its last key`)
	return nil, nil, false
}

// isFence reports whether line is "---", allowing trailing blanks.
func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

// advice decodes the keys of the front matter.
func (d *decoder) advice(f fields, page *model.AdvicePage) {
	page.Title = d.required(f, "title")
	page.Stage = d.text(f, "stage")
	page.Weight, _ = d.integer(f, "weight", -1000000, 1000000)
	page.Summary = d.text(f, "summary")
	for _, a := range d.strings(f, "actions") {
		if msg := checkRule(a.text); msg != "" {
			d.errorf(a.node, "%s", msg)
			continue
		}
		page.Actions = append(page.Actions, a.text)
	}
	for _, n := range d.list(f, "sources") {
		if n.Kind != yaml.MappingNode {
			d.errorf(n, "each source should be a mapping, such as {tag: A, title: ..., by: ..., url: https://...}")
			continue
		}
		s := d.mapping(n, "a source", sourceKeys)
		page.Sources = append(page.Sources, model.Source{
			Tag:   d.text(s, "tag"),
			Title: d.required(s, "title"),
			By:    d.text(s, "by"),
			URL:   d.link(s, "url"),
			Date:  d.text(s, "date"),
		})
	}
}

package importer

import (
	"fmt"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// importer holds what the rows of one file are checked against.
type importer struct {
	opts     Options
	src      *source
	settings *model.Settings
	file     string
	fields   []string          // the field of each column; "" for the notes
	headers  []string          // each column's name as the file spells it
	taken    map[string]bool   // slugs in use
	seen     map[string]string // sameKey → where that application already is
}

// mapColumns gives each column its field: from -map, else the source's
// table, else the common headers of a spreadsheet. A field already taken
// by a column to its left leaves the next one to the notes. It reports a
// missing company or role column, or a -map column the header lacks.
func (im *importer) mapColumns(header []cell, errs *model.ErrorList) bool {
	im.file = im.opts.File
	used := map[string]bool{}
	found := map[string]bool{}
	for _, h := range header {
		n := normHeader(h.text)
		field, mapped := im.opts.Map[n]
		found[n] = found[n] || mapped
		if !mapped {
			field = im.src.columns[n]
			if field == "" {
				field = generic.columns[n]
			}
		}
		if field != fIgnore && field != fNotes && used[field] {
			field = ""
		}
		used[field] = true
		im.fields = append(im.fields, field)
		im.headers = append(im.headers, strings.TrimSpace(h.text))
	}
	ok := true
	for col := range im.opts.Map {
		if !found[col] {
			errs.Add(im.file, 1, 1, "-map: no column %q in the header (columns: %s)", col, strings.Join(im.headers, ", "))
			ok = false
		}
	}
	for _, f := range []string{fCompany, fRole} {
		if !used[f] {
			errs.Add(im.file, 1, 1, "no column holds the %s: name it with -map COLUMN=%s (columns: %s)", f, f, strings.Join(im.headers, ", "))
			ok = false
		}
	}
	if ok && im.src == &generic && !used[fApplied] && !used[fStatus] {
		errs.Add(im.file, 1, 1, "no column holds the date applied or a status: name one with -map COLUMN=applied or -map COLUMN=status")
		ok = false
	}
	return ok
}

// a row is the values of one line by field, with the unmapped ones.
type rowValues struct {
	line   int
	by     map[string]cell
	extras []string // "Header: value" for the notes
}

// values sorts the cells of row by field. It reports cells past the last
// column and text a record cannot hold.
func (im *importer) values(row []cell, errs *model.ErrorList) (rowValues, bool) {
	v := rowValues{line: row[0].line, by: map[string]cell{}}
	ok := true
	for i, c := range row {
		text := strings.TrimSpace(c.text)
		if text == "" {
			continue
		}
		if i >= len(im.fields) {
			errs.Add(im.file, c.line, c.col, "%d fields where the header has %d columns: a separator inside a value needs quotes", len(row), len(im.fields))
			return v, false
		}
		if strings.ContainsFunc(text, func(r rune) bool { return r < ' ' && r != '\n' && r != '\t' || r == 0x7f }) {
			errs.Add(im.file, c.line, c.col, "column %q holds a control character", im.headers[i])
			ok = false
			continue
		}
		c.text = text
		switch f := im.fields[i]; f {
		case fIgnore:
		case "":
			v.extras = append(v.extras, fmt.Sprintf("%s: %s", im.headers[i], text))
		case fNotes:
			if prev, has := v.by[f]; has {
				c.text = prev.text + "\n\n" + c.text
			}
			v.by[f] = c
		default:
			v.by[f] = c
		}
	}
	return v, ok
}

// empty reports whether the row has no value at all.
func empty(row []cell) bool {
	for _, c := range row {
		if strings.TrimSpace(c.text) != "" {
			return false
		}
	}
	return true
}

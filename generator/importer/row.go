package importer

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scaffold"
)

// row turns one line of the file into a record, a skipped duplicate, or
// problems.
func (im *importer) row(row []cell, res *Result) {
	if empty(row) {
		return
	}
	errs := &res.Problems
	before := len(*errs)
	v, ok := im.values(row, errs)
	if !ok {
		return
	}
	company, role := im.oneLine(v, fCompany, errs), im.oneLine(v, fRole, errs)
	rec := scaffold.Record{Company: company, Role: role, Channel: im.src.channel, Source: im.src.origin, Example: im.opts.Today}
	notes := []string{fmt.Sprintf("Imported from %s, line %d.", baseName(im.file), v.line)}
	applied := im.date(v, fApplied, errs)
	added := im.date(v, fAdded, errs)
	statusDate := im.date(v, fStatusDate, errs)
	if ch, ok := im.channel(v, errs); ok {
		rec.Channel = ch
	}
	if len(*errs) > before || company == "" || role == "" {
		return
	}
	if where, dup := im.seen[sameKey(company, role)]; dup {
		res.Skipped = append(res.Skipped, Skipped{Line: v.line, Company: company, Role: role, Existing: where})
		return
	}
	st, statusText, known := im.stage(v)
	rec.Applied = applied
	switch {
	case st.wishlist:
		rec.Status = model.StatusWishlist
		if !added.IsZero() {
			notes = append(notes, fmt.Sprintf("%s: %s (the day the job was saved)", im.headerOf(fAdded), added))
			rec.Example = added
		}
	case applied.IsZero() && !added.IsZero():
		rec.Applied = added
		notes = append(notes, fmt.Sprintf("The file gives no day of application: applied is the day the job was saved (%s); correct it if you applied later.", im.headerOf(fAdded)))
	case applied.IsZero():
		c := v.by[fApplied]
		if _, has := v.by[fApplied]; !has {
			c = row[0]
		}
		errs.Add(im.file, c.line, c.col, "no date of application for %s, %s: only a wishlist status may leave it out", company, role)
		return
	}
	if !rec.Applied.IsZero() {
		rec.Example = rec.Applied
	}
	switch {
	case !known && statusText != "":
		notes = append(notes, fmt.Sprintf("%s: %s (no status of followup matches it)", im.headerOf(fStatus), statusText))
	case st.event != "" && !statusDate.IsZero():
		rec.Events = append(rec.Events, model.Event{Date: statusDate, Type: st.event})
	case st.status != "":
		rec.Status = st.status
	case st.event != "":
		notes = append(notes, fmt.Sprintf("%s: %s (the file gives no date, so no %s event was written)", im.headerOf(fStatus), statusText, st.event))
	}
	if st.event == "" && !statusDate.IsZero() {
		notes = append(notes, fmt.Sprintf("%s: %s", im.headerOf(fStatusDate), statusDate))
	}
	rec.Link = im.link(v, &notes)
	rec.Location = v.by[fLocation].text
	rec.Salary = salary(v)
	if s := v.by[fSource].text; s != "" {
		rec.Source = s
	}
	rec.Contacts = im.contact(v, &notes)
	notes = append(notes, v.extras...)
	rec.Notes = notesText(notes, v.by[fNotes].text)
	im.add(rec, v.line, res)
}

// add gives rec a free slug, checks that it loads as a record, and adds it.
func (im *importer) add(rec scaffold.Record, line int, res *Result) {
	base := scaffold.Slug(rec.Company, rec.Role)
	if base == "" {
		res.Problems.Add(im.file, line, 1, "cannot make a file name from %q and %q: they need some letters or digits", rec.Company, rec.Role)
		return
	}
	slug := base
	for n := 2; im.taken[slug]; n++ {
		suffix := fmt.Sprintf("-%d", n)
		slug = strings.TrimSuffix(trimSlug(base, 60-len(suffix)), "-") + suffix
	}
	text, err := scaffold.RecordText(rec)
	path := model.RecordFile(slug)
	if err == nil {
		if _, errs := load.Application(im.settings, path, text); len(errs) > 0 {
			err = errs.Err()
		}
	}
	if err != nil {
		res.Problems.Add(im.file, line, 1, "the record made of this row does not load: %v", err)
		return
	}
	im.taken[slug] = true
	im.seen[sameKey(rec.Company, rec.Role)] = fmt.Sprintf("%s:%d", im.file, line)
	res.Records = append(res.Records, Record{Line: line, Slug: slug, Path: path, Company: rec.Company, Role: rec.Role, Text: text})
}

// trimSlug cuts slug to at most n bytes, at a hyphen when it can.
func trimSlug(slug string, n int) string {
	if len(slug) <= n {
		return slug
	}
	slug = slug[:n]
	if i := strings.LastIndexByte(slug, '-'); i > 0 {
		slug = slug[:i]
	}
	return slug
}

// channel returns the channel of the row's channel column, written as the
// record writes it ("Job board" → job-board), when it has one.
func (im *importer) channel(v rowValues, errs *model.ErrorList) (string, bool) {
	c, ok := v.by[fChannel]
	if !ok {
		return "", false
	}
	ch := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(c.text, "_", " "))), "-")
	if !slices.Contains(model.Channels, ch) {
		errs.Add(im.file, c.line, c.col, "unknown channel %q in column %q: want one of %s", c.text, im.headerOf(fChannel), strings.Join(model.Channels, ", "))
		return "", false
	}
	return ch, true
}

// oneLine returns the value of a required field of one line.
func (im *importer) oneLine(v rowValues, field string, errs *model.ErrorList) string {
	c, ok := v.by[field]
	if !ok {
		errs.Add(im.file, v.line, 1, "no %s in column %q", field, im.headerOf(field))
		return ""
	}
	if strings.Contains(c.text, "\n") {
		errs.Add(im.file, c.line, c.col, "the %s %q should be one line", field, c.text)
		return ""
	}
	return c.text
}

// date parses the date of field, if the row has one.
func (im *importer) date(v rowValues, field string, errs *model.ErrorList) model.Date {
	c, ok := v.by[field]
	if !ok {
		return model.Date{}
	}
	order := im.opts.Dates
	if order == "" {
		order = im.src.dates
	}
	d, ok, amb := parseDate(c.text, im.settings.Location, order)
	switch {
	case amb != nil:
		errs.Add(im.file, c.line, c.col, "ambiguous date %q in column %q: %v", c.text, im.headerOf(field), amb)
	case !ok:
		errs.Add(im.file, c.line, c.col, "invalid date %q in column %q: want %s", c.text, im.headerOf(field), dateForms)
	}
	return d
}

// stage maps the row's status; known is false for a status with no match.
func (im *importer) stage(v rowValues) (st stage, text string, known bool) {
	text = v.by[fStatus].text
	if text == "" {
		return stage{}, "", true
	}
	st, known = statuses[normHeader(text)]
	return st, text, known
}

// link returns the row's link when it is an http(s) address, else notes it.
func (im *importer) link(v rowValues, notes *[]string) string {
	s := v.by[fLink].text
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \n") {
		*notes = append(*notes, fmt.Sprintf("%s: %s (not an http or https address)", im.headerOf(fLink), s))
		return ""
	}
	return s
}

// salary returns the salary, or the range of a minimum and a maximum.
func salary(v rowValues) string {
	if s := v.by[fSalary].text; s != "" {
		return s
	}
	lo, hi := v.by[fSalaryMin].text, v.by[fSalaryMax].text
	switch {
	case lo != "" && hi != "":
		return lo + "-" + hi
	case lo != "":
		return "from " + lo
	case hi != "":
		return "up to " + hi
	}
	return ""
}

// contact returns the person the row names; an email or phone without a
// name goes to the notes, since a contact needs a name.
func (im *importer) contact(v rowValues, notes *[]string) []model.Contact {
	name := v.by[fContact].text
	email, phone := v.by[fEmail].text, v.by[fPhone].text
	if name == "" || strings.Contains(name, "\n") {
		if name != "" {
			*notes = append(*notes, fmt.Sprintf("%s: %s", im.headerOf(fContact), name))
		}
		for _, f := range []string{fEmail, fPhone} {
			if s := v.by[f].text; s != "" {
				*notes = append(*notes, fmt.Sprintf("%s: %s", im.headerOf(f), s))
			}
		}
		return nil
	}
	return []model.Contact{{Name: name, Email: email, Phone: phone}}
}

// headerOf returns the name of the column that holds field.
func (im *importer) headerOf(field string) string {
	for i, f := range im.fields {
		if f == field {
			return im.headers[i]
		}
	}
	return field
}

// baseName is the file's name without its directories.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// notesText returns the notes of a record: the line saying where it came
// from, the values that found no field as a Markdown list, then the notes
// of the file.
func notesText(lines []string, own string) string {
	var b strings.Builder
	b.WriteString(lines[0])
	for _, l := range lines[1:] {
		b.WriteString("\n- " + strings.ReplaceAll(l, "\n", "\n  "))
	}
	if own != "" {
		b.WriteString("\n\n" + own)
	}
	return b.String()
}

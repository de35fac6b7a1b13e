// Package importer turns a CSV export of a job tracker (Huntr, Teal,
// LinkedIn's applied jobs) or a spreadsheet into new application records,
// written in the commented form `followup new` writes. It never changes an
// existing record: rows already in the hunt are skipped, and a new file is
// only ever created, never replaced.
package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scaffold"
)

// Options say what to import and how.
type Options struct {
	Source string            // the site's source directory
	File   string            // the CSV file's name, as given, for messages
	From   string            // huntr, teal, linkedin or csv; "" detects it from the header
	Map    map[string]string // column name → field, over the source's table
	Today  model.Date        // the day the commented examples of an undated wishlist record start from
	Dates  string            // OrderDMY or OrderMDY: how to read 03/12/2026; "" asks, unless the source says
}

// Record is one record to write.
type Record struct {
	Line          int    // the row's line in the file
	Slug          string // the file name without .yaml
	Path          string // slash path relative to the site source
	Company, Role string
	Text          []byte
}

// Skipped is a row already in the hunt.
type Skipped struct {
	Line          int
	Company, Role string
	Existing      string // the record or the line of the file that has it
}

// Result is what an import would write.
type Result struct {
	From     string // the source the file was read as
	Records  []Record
	Skipped  []Skipped
	Problems model.ErrorList // FILE:LINE:COL problems; rows with one are not in Records
	BadRows  int             // the rows left out for their problems
}

// ParseMap reads -map values, COLUMN=FIELD each, into a map.
func ParseMap(values []string) (map[string]string, error) {
	out := map[string]string{}
	for _, v := range values {
		col, field, ok := strings.Cut(v, "=")
		col, field = strings.TrimSpace(col), strings.TrimSpace(field)
		if !ok || normHeader(col) == "" {
			return nil, fmt.Errorf("-map %q: want COLUMN=FIELD, such as \"Firma=company\"", v)
		}
		if !slices.Contains(Fields, field) {
			return nil, fmt.Errorf("-map %q: unknown field %q (want one of %s)", v, field, strings.Join(Fields, ", "))
		}
		if _, dup := out[normHeader(col)]; dup {
			return nil, fmt.Errorf("-map: column %q is mapped twice", col)
		}
		out[normHeader(col)] = field
	}
	return out, nil
}

// Prepare reads the CSV text data against the site in opts.Source and
// returns the records it would write. It writes nothing. The site's own
// content must load: an error list of it comes back as the error.
func Prepare(opts Options, data []byte) (*Result, error) {
	var src *source
	if opts.From != "" {
		if src = sourceNamed(opts.From); src == nil {
			return nil, fmt.Errorf("import: unknown source %q (want huntr, teal, linkedin or csv)", opts.From)
		}
	}
	site, err := load.Site(opts.Source)
	if err != nil {
		return nil, err
	}
	taken, err := takenSlugs(opts.Source, site)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	im := &importer{opts: opts, settings: &site.Settings, taken: taken, seen: map[string]string{}}
	for _, a := range site.Applications {
		im.seen[sameKey(a.Company, a.Role)] = model.RecordFile(a.Slug)
	}
	res := &Result{}
	header, rows := readCSV(opts.File, data, &res.Problems)
	if header == nil {
		return res, nil
	}
	texts := make([]string, len(header))
	for i, h := range header {
		texts[i] = h.text
	}
	if src == nil {
		src = detect(texts)
	}
	res.From, im.src = src.name, src
	if !im.mapColumns(header, &res.Problems) {
		return res, nil
	}
	for _, row := range rows {
		before := len(res.Problems)
		im.row(row, res)
		if len(res.Problems) > before {
			res.BadRows++
		}
	}
	res.Problems.Sort()
	return res, nil
}

// Write creates the files of res.Records in the site dir. A file that is
// already there stops it, and the files this call created are removed, so
// that a failed import leaves the site as it was.
func (res *Result) Write(dir string) error {
	var done []string
	for _, r := range res.Records {
		if err := scaffold.WriteRecord(dir, r.Slug, r.Text); err != nil {
			var rm []error
			for _, p := range done {
				rm = append(rm, os.Remove(p))
			}
			if undo := errors.Join(rm...); undo != nil {
				return fmt.Errorf("import: %w; removing the records written before it: %w", err, undo)
			}
			return fmt.Errorf("import: %w (nothing was imported)", err)
		}
		done = append(done, filepath.Join(dir, filepath.FromSlash(r.Path)))
	}
	return nil
}

// takenSlugs returns the names of the site's records and of every file in
// content/applications/, whatever its extension.
func takenSlugs(dir string, site *model.Site) (map[string]bool, error) {
	taken := map[string]bool{}
	for _, a := range site.Applications {
		taken[a.Slug] = true
	}
	entries, err := os.ReadDir(filepath.Join(dir, filepath.FromSlash(model.RecordsDir)))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		taken[strings.TrimSuffix(name, filepath.Ext(name))] = true
	}
	return taken, nil
}

// sameKey is what two applications share when they are the same one: the
// company and the role, compared as slugs (case, accents, spaces and the
// punctuation of abbreviations and lists aside) and by the other signs
// they hold, which name something else: "C Shop", "C++ Shop" and "C# Shop"
// are three companies, "Acme, Inc." and "ACME Inc" one.
func sameKey(company, role string) string {
	return model.Slugify(company) + signs(company) + "/" + model.Slugify(role) + signs(role)
}

// signs returns the characters of s that are neither letters, digits,
// spaces nor the punctuation of abbreviations and lists (. , - _ ' ’ /),
// after a tab: "C++" gives "\t++".
func signs(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && !unicode.IsMark(r) && !strings.ContainsRune(".,-_'’/", r) {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "\t" + b.String()
}

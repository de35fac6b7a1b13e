package importer

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// newSite writes a site in Chicago's time zone holding one record, Globex's
// Data Engineer, and returns its directory.
func newSite(t *testing.T) string {
	t.Helper()
	return sitetest.New(t, map[string]string{
		"content/site.yaml": "title: Test hunt\nbase_url: https://example.com/hunt/\ntimezone: America/Chicago\n",
		"content/applications/globex-data-engineer.yaml": "company: Globex\nrole: Data Engineer\napplied: 2026-01-02\n",
	})
}

// want is an expected record as it loads back.
type want struct {
	slug, company, role, applied, status, channel, source, link, location, salary string
	events                                                                        []string // "DATE TYPE"
	contacts                                                                      []model.Contact
	notes                                                                         string
}

// got turns a loaded record into a want for comparison.
func got(a *model.Application) want {
	w := want{slug: a.Slug, company: a.Company, role: a.Role, applied: a.Applied.String(), status: a.Status,
		channel: a.Channel, source: a.Source, link: a.Link, location: a.Location, salary: a.Salary,
		contacts: a.Contacts, notes: a.Notes}
	for _, e := range a.Events {
		w.events = append(w.events, e.Date.String()+" "+e.Type)
	}
	return w
}

// importFile prepares testdata/name into a new site and writes what it
// can (as -skip-bad does), returning the result and the site's records
// other than the Globex one it started with.
func importFile(t *testing.T, name, from string, m map[string]string) (*Result, []want) {
	t.Helper()
	dir := newSite(t)
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Prepare(Options{Source: dir, File: name, From: from, Map: m, Today: model.NewDate(2026, 1, 31)}, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Write(dir); err != nil {
		t.Fatal(err)
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatalf("the site does not load after the import:\n%v", err)
	}
	var out []want
	for _, a := range site.Applications {
		if a.Slug != "globex-data-engineer" {
			out = append(out, got(a))
		}
	}
	return res, out
}

// problems returns the messages of res, one a line.
func problems(res *Result) string {
	var b strings.Builder
	for _, p := range res.Problems {
		b.WriteString(p.Error() + "\n")
	}
	return b.String()
}

func compare(t *testing.T, res *Result, gotRecs, wantRecs []want, wantProblems string, wantSkipped []Skipped) {
	t.Helper()
	if p := problems(res); p != wantProblems {
		t.Errorf("problems:\n%s\nwant:\n%s", p, wantProblems)
	}
	if !reflect.DeepEqual(res.Skipped, wantSkipped) {
		t.Errorf("skipped %+v, want %+v", res.Skipped, wantSkipped)
	}
	if len(gotRecs) != len(wantRecs) {
		t.Errorf("%d records, want %d", len(gotRecs), len(wantRecs))
	}
	for i := range min(len(gotRecs), len(wantRecs)) {
		if !reflect.DeepEqual(gotRecs[i], wantRecs[i]) {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, gotRecs[i], wantRecs[i])
		}
	}
}

package posting

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestDescription checks the Markdown kept beside a record: Greenhouse
// escapes its description's HTML once more, which is undone first.
func TestDescription(t *testing.T) {
	dir := site(t)
	if _, err := Add(Options{Source: dir, Today: model.NewDate(2026, 12, 7)}, "testdata/greenhouse.html"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "content/applications/acme-robotics-backend-engineer-platform-infrastructure.posting.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := "# Backend Engineer, Platform & Infrastructure at Acme Robotics\n\n" +
		"Saved on 2026-12-07 from <https://job-boards.greenhouse.io/acmerobotics/jobs/4471203>.\n\n" +
		"Acme builds **warehouse robots**.\n\n## What you will do\n\n- Run the fleet scheduler\n- Keep it on call\n"
	if string(got) != want {
		t.Errorf("description:\n%s\nwant:\n%s", got, want)
	}
}

// TestApplied checks -applied: the record is applied that day, with no
// status, and loads.
func TestApplied(t *testing.T) {
	res, err := Add(Options{Source: site(t), Today: model.NewDate(2026, 12, 7), Applied: model.NewDate(2026, 12, 4), DryRun: true}, "testdata/lever.html")
	if err != nil {
		t.Fatal(err)
	}
	rec := string(res.Record)
	if !strings.Contains(rec, "\napplied: 2026-12-04  # from -applied\n") || strings.Contains(rec, "\nstatus:") {
		t.Errorf("record:\n%s\nwant applied: 2026-12-04 and no status", rec)
	}
	if len(res.Written) != 0 {
		t.Errorf("a dry run wrote %v", res.Written)
	}
}

// TestNeverReplaces adds the same posting twice: the second is refused and
// the first record stays as it was.
func TestNeverReplaces(t *testing.T) {
	dir := site(t)
	opts := Options{Source: dir, Today: model.NewDate(2026, 12, 7)}
	if _, err := Add(opts, "testdata/workday.html"); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "content/applications/cobalt-logistics-data-engineer.yaml")
	if err := os.WriteFile(p, []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Add(opts, "testdata/workday.html")
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("error %v, want the record exists", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "edited" {
		t.Errorf("the record was replaced")
	}
}

// TestNoCompany checks a page that names no employer: nothing is written,
// and the error says why.
func TestNoCompany(t *testing.T) {
	_, err := Add(Options{Source: site(t)}, "testdata/nothing.html")
	want := "testdata/nothing.html names no company (the page holds no schema.org JobPosting data"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}

// TestAddRefusesAppliedAhead: an application dated after the day the
// posting is saved has not been sent; nothing is written.
func TestAddRefusesAppliedAhead(t *testing.T) {
	dir := site(t)
	today := model.NewDate(2026, 11, 20)
	_, err := Add(Options{Source: dir, Today: today, Applied: today.AddDays(1)}, filepath.Join("testdata", "lever.html"))
	if err == nil || !strings.Contains(err.Error(), "2026-11-21, is after today (2026-11-20)") {
		t.Errorf("Add = %v, want the day refused", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "content", "applications")); len(entries) != 0 {
		t.Errorf("a refused add wrote %d files", len(entries))
	}
}

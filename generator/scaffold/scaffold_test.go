package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// newSite makes a directory holding only content/site.yaml.
func newSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "site.yaml"), []byte("base_url: https://jo.example/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSlug(t *testing.T) {
	cases := []struct{ company, role, want string }{
		{"Acme Robotics", "Backend Engineer", "acme-robotics-backend-engineer"},
		{"Zoë & Müller GmbH", "Développeur·se  Senior", "zoe-muller-gmbh-developpeur-se-senior"},
		{"  C++ / C#  ", "R&D (Kraków)", "c-c-r-d-krakow"},
		{"北京", "!!!", "bei-jing"}, // unidecode: 北 "Bei ", 京 "Jing "
		{"🚀", "!!!", ""},
		{"Acme", strings.Repeat("very ", 20) + "long role", "acme-very-very-very-very-very-very-very-very-very-very-very"},
	}
	for _, c := range cases {
		if got := Slug(c.company, c.role); got != c.want {
			t.Errorf("Slug(%q, %q) = %q, want %q", c.company, c.role, got, c.want)
		}
		if got := Slug(c.company, c.role); got != "" && !model.ValidSlug(got) {
			t.Errorf("Slug(%q, %q) = %q is not a valid slug", c.company, c.role, got)
		}
	}
}

func TestNewRecord(t *testing.T) {
	dir := newSite(t)
	today := model.NewDate(2026, 11, 3)
	p, err := NewRecord(dir, today, "Acme: Robotics #1", "Backend Engineer", "")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p, filepath.ToSlash(dir)+"/content/applications/acme-robotics-1-backend-engineer.yaml"; got != want {
		t.Errorf("path = %s, want %s", got, want)
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatalf("the new record does not load:\n%v", err)
	}
	a := site.Applications[0]
	if a.Company != "Acme: Robotics #1" || a.Role != "Backend Engineer" || a.Applied != today || a.Channel != "job-board" {
		t.Errorf("record = %q %q %v %q", a.Company, a.Role, a.Applied, a.Channel)
	}
	if len(a.Contacts) != 0 || len(a.Events) != 0 {
		t.Errorf("examples should be commented out: %d contacts, %d events", len(a.Contacts), len(a.Events))
	}

	t.Run("ErrExists", func(t *testing.T) {
		before, _ := os.ReadFile(filepath.FromSlash(p))
		if err := os.WriteFile(filepath.FromSlash(p), append(before, "# mine\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := NewRecord(dir, today.AddDays(1), "Acme: Robotics #1", "Backend Engineer", "")
		if err == nil || !strings.Contains(err.Error(), "already exists") || strings.Contains(err.Error(), ".tmp") {
			t.Errorf("error = %v, want an 'already exists' error that names no temporary file", err)
		}
		werr := WriteRecord(dir, "acme-robotics-1-backend-engineer", []byte("company: X\nrole: Y\n"))
		if want := "content/applications/acme-robotics-1-backend-engineer.yaml already exists: edit it, or remove it first (file already exists)"; werr == nil || werr.Error() != want {
			t.Errorf("WriteRecord over a record: %v, want %q", werr, want)
		}
		after, _ := os.ReadFile(filepath.FromSlash(p))
		if !strings.HasSuffix(string(after), "# mine\n") {
			t.Errorf("the existing record was changed")
		}
	})
	t.Run("ErrEmptyRole", func(t *testing.T) {
		if _, err := NewRecord(dir, today, "Acme", "  ", ""); err == nil {
			t.Error("no error for an empty role")
		}
	})
	t.Run("ErrNoSlug", func(t *testing.T) {
		if _, err := NewRecord(dir, today, "🚀", "!!!", ""); err == nil {
			t.Error("no error when no file name can be made")
		}
	})
	t.Run("ErrNotASite", func(t *testing.T) {
		if _, err := NewRecord(t.TempDir(), today, "Acme", "Dev", ""); err == nil {
			t.Error("no error outside a site")
		}
	})
}

// TestNewRecordExamplesLoad uncomments the examples of the template and
// checks that they load too, so the template teaches valid records.
func TestNewRecordExamplesLoad(t *testing.T) {
	dir := newSite(t)
	p, err := NewRecord(dir, model.NewDate(2026, 11, 3), "Acme", "Dev", "")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.FromSlash(p))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		if i >= 3 && strings.HasPrefix(line, "# ") {
			line = line[2:]
		}
		out = append(out, line)
	}
	a, errs := load.Application(nil, "content/applications/acme-dev.yaml", []byte(strings.Join(out, "\n")))
	if len(errs) > 0 {
		t.Fatalf("uncommented template does not load:\n%v\n%s", errs, strings.Join(out, "\n"))
	}
	if len(a.Events) != 4 || a.Contact("Lee Park") == nil || a.Status != "wishlist" {
		t.Errorf("events %d, Lee Park %v, status %q", len(a.Events), a.Contact("Lee Park"), a.Status)
	}
}

func defaults() fstest.MapFS {
	return fstest.MapFS{
		"site.yaml":                   {Data: []byte("title: My hunt\nbase_url: https://me.example/\n")},
		"advice/calls.md":             {Data: []byte("---\ntitle: Calls\n---\nCall once.\n")},
		"scripts/call.txt":            {Data: []byte("Hello {{.Name}}\n")},
		"applications/acme-demo.yaml": {Data: []byte("company: Demo\nrole: Demo\napplied: 2026-01-05\n")},
	}
}

func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if err := Init(dir, defaults(), Options{}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"content/advice/calls.md":  "---\ntitle: Calls\n---\nCall once.\n",
		"content/scripts/call.txt": "Hello {{.Name}}\n",
	} {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
	if got, err := os.ReadFile(filepath.Join(dir, "content", "site.yaml")); err != nil || strings.Contains(string(got), "me.example") {
		t.Errorf("content/site.yaml is the example's, not fresh settings to fill in (%v):\n%s", err, got)
	}
	for _, name := range []string{".gitignore", ".github/workflows/pages.yml", "content/applications/README.md"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Errorf("%s missing: %v", name, err)
		}
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatalf("the new site does not load:\n%v", err)
	}
	if len(site.Applications) != 0 {
		t.Errorf("the new site has %d applications, want none (no examples)", len(site.Applications))
	}
	if len(site.Advice) != 1 || site.Settings.Title != "My job hunt" {
		t.Errorf("advice %d, title %q", len(site.Advice), site.Settings.Title)
	}
	if _, err := NewRecord(dir, model.NewDate(2026, 11, 3), "Acme", "Dev", ""); err != nil {
		t.Errorf("new in a fresh site: %v", err)
	}
}

func TestInitEmptyAndGitDirs(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Init(dir, defaults(), Options{}); err != nil {
		t.Errorf("a directory holding only .git should be accepted: %v", err)
	}
}

func TestInitErrNotEmpty(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Init(dir, defaults(), Options{})
	if err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Errorf("error = %v, want a not-empty error", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("Init wrote into a non-empty directory: %d entries", len(entries))
	}
}

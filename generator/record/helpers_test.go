package record

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// siteYAML is the settings of every test site.
const siteYAML = "title: Test hunt\nowner: {name: Jordan Lee, email: jordan@example.com}\nbase_url: https://jordan.example/hunt/\ntimezone: America/Chicago\n"

// newSite writes a site with the given records (slug → bytes) to a fresh
// directory and returns options for it, whose today is 2026-12-01.
func newSite(t *testing.T, records map[string][]byte) Options {
	t.Helper()
	dir := t.TempDir()
	apps := filepath.Join(dir, "content", "applications")
	if err := os.MkdirAll(apps, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "site.yaml"), []byte(siteYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	for slug, data := range records {
		if err := os.WriteFile(filepath.Join(apps, slug+".yaml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)
	return Options{Source: dir, Now: func() time.Time { return now }}
}

// recordPath returns the file of a record of the site.
func recordPath(opts Options, slug string) string {
	return filepath.Join(opts.Source, "content", "applications", slug+".yaml")
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// splitLines splits data into lines with their endings.
func splitLines(data []byte) [][]byte {
	var out [][]byte
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n') + 1
		if i == 0 {
			i = len(data)
		}
		out = append(out, data[:i])
		data = data[i:]
	}
	return out
}

// assertLinesKept fails unless every line of old is a line of edited, byte
// for byte and in the same order, with only new lines in between.
func assertLinesKept(t *testing.T, old, edited []byte) {
	t.Helper()
	nl := splitLines(edited)
	j := 0
	for i, l := range splitLines(old) {
		for j < len(nl) && !bytes.Equal(nl[j], l) {
			j++
		}
		if j == len(nl) {
			t.Fatalf("line %d of the original, %q, is not in the edited record in its place", i+1, l)
		}
		j++
	}
}

// loadApp decodes a record as the loader does.
func loadApp(data []byte) (*model.Application, model.ErrorList) {
	return load.Application(&model.Settings{}, "content/applications/a.yaml", data)
}

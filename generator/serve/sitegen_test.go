package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// testSettings is the site.yaml of the generated sites: served under
// /job-hunt/, as on GitHub Pages.
const testSettings = `title: Test hunt
owner: {name: Jordan Lee, email: jordan@example.com, phone: "+1 555 0199"}
base_url: https://jordan.example.test/job-hunt/
timezone: America/Chicago
`

// slugOf is the slug of the i-th generated record.
func slugOf(i int) string { return fmt.Sprintf("company-%05d", i) }

// companyOf is the company of the i-th generated record.
func companyOf(i int) string { return fmt.Sprintf("Northwind %05d", i) }

// recordYAML returns a valid application record for company: applied on a
// weekday of November 2026, with a recruiter, and every third one screened.
func recordYAML(i int, company string) string {
	applied := fmt.Sprintf("2026-11-%02d", 2+i%4)
	s := fmt.Sprintf(`company: %s
role: Backend Engineer
applied: %s
channel: job-board
salary: 120-140k
contacts:
  - {name: Dana Smith, role: recruiter, email: dana@example.test}
`, company, applied)
	if i%3 == 0 {
		s += "events:\n  - {date: 2026-11-12, type: phone-screen, with: [Dana Smith]}\n"
	}
	return s
}

// writeSite writes a site with n generated records into dir and returns dir.
func writeSite(t testing.TB, dir string, n int) string {
	t.Helper()
	writeFile(t, filepath.Join(dir, "content", "site.yaml"), testSettings)
	for i := range n {
		writeFile(t, recordPath(dir, i), recordYAML(i, companyOf(i)))
	}
	return dir
}

// recordPath is the file of the i-th generated record.
func recordPath(dir string, i int) string {
	return filepath.Join(dir, "content", "applications", slugOf(i)+".yaml")
}

func writeFile(t testing.TB, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

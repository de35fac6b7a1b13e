package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// snapshot returns every file of dir with its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		files[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func importSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"content/site.yaml": "title: Test hunt\nbase_url: https://example.com/hunt/\ntimezone: America/Chicago\n",
		"content/applications/globex-data-engineer.yaml": "company: Globex\nrole: Data Engineer\napplied: 2026-01-02\n",
	})
}

var fixtures = []struct{ file, from string }{
	{"huntr.csv", ""}, {"teal.csv", "teal"}, {"linkedin.csv", ""},
}

// TestImportRefusedWritesNothing: each fixture has a bad row, so without
// -skip-bad the import exits 1 with FILE:LINE messages and changes no byte;
// -dry-run -skip-bad prints the records and changes no byte either.
func TestImportRefusedWritesNothing(t *testing.T) {
	for _, f := range []string{"huntr.csv", "linkedin.csv"} {
		dir := importSite(t)
		before := snapshot(t, dir)
		file := filepath.Join("..", "..", "generator", "importer", "testdata", f)
		code, _, stderr := runCmd(t, nil, "import", "-source", dir, file)
		if code != 1 || !strings.Contains(stderr, file+":") || !strings.Contains(stderr, "invalid date") {
			t.Errorf("%s: code %d, stderr %q; want 1 and the bad date at its line", f, code, stderr)
		}
		code, stdout, _ := runCmd(t, nil, "import", "-source", dir, "-dry-run", "-skip-bad", file)
		if code != 0 || !strings.Contains(stdout, "would write content/applications/") {
			t.Errorf("%s -dry-run: code %d, stdout %q", f, code, stdout)
		}
		if after := snapshot(t, dir); len(after) != len(before) {
			t.Errorf("%s: the site has %d files, had %d", f, len(after), len(before))
		} else {
			for p, b := range before {
				if after[p] != b {
					t.Errorf("%s: %s changed", f, p)
				}
			}
		}
	}
}

// TestImportCheckPlan imports every fixture into one site with -skip-bad;
// check then passes, and plan lists the imported applications.
func TestImportCheckPlan(t *testing.T) {
	dir := importSite(t)
	for _, f := range fixtures {
		args := []string{"import", "-source", dir, "-skip-bad"}
		if f.from != "" {
			args = append(args, "-from", f.from)
		}
		args = append(args, filepath.Join("..", "..", "generator", "importer", "testdata", f.file))
		if code, stdout, stderr := runCmd(t, nil, args...); code != 0 || !strings.Contains(stdout, "imported ") {
			t.Fatalf("%s: code %d\n%s%s", f.file, code, stdout, stderr)
		}
	}
	sheet := filepath.Join("..", "..", "generator", "importer", "testdata", "spreadsheet.csv")
	if code, stdout, stderr := runCmd(t, nil, "import", "-source", dir, "-map", "Firma=company", "-map", "Beworben am=applied", sheet); code != 0 {
		t.Fatalf("spreadsheet: code %d\n%s%s", code, stdout, stderr)
	}
	// 1 record + 3 Huntr + 6 Teal + 2 LinkedIn + 3 spreadsheet.
	code, stdout, stderr := runCmd(t, nil, "check", "-source", dir)
	if code != 0 || !strings.HasPrefix(stdout, "ok: 15 applications") {
		t.Fatalf("check: code %d, %q %q", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd(t, nil, "plan", "-source", dir, "-json")
	if code != 0 {
		t.Fatalf("plan: code %d, %s", code, stderr)
	}
	var actions []map[string]string
	if err := json.Unmarshal([]byte(stdout), &actions); err != nil {
		t.Fatal(err)
	}
	apps := map[string]bool{}
	due := map[string]string{}
	for _, a := range actions {
		apps[a["application"]] = true
		due[a["application"]+" "+a["action"]] = a["due"]
	}
	for _, app := range []string{"initech-inc-backend-engineer", "stark-industries-engineer-platform", "muller-gmbh-entwickler", "acme-robotics-backend-engineer"} {
		if !apps[app] {
			t.Errorf("plan has no action of %s", app)
		}
	}
	// Applied on 2026-01-15, a Thursday: confirm-receipt is due 5 business
	// days later, on Thursday 2026-01-22. Müller rejected: nothing pending.
	if got := due["initech-inc-backend-engineer confirm-receipt"]; got != "2026-01-22" {
		t.Errorf("Initech's confirm-receipt is due %q, want 2026-01-22", got)
	}
	for _, a := range actions {
		if a["application"] == "muller-gmbh-entwickler" && a["state"] == "pending" {
			t.Errorf("the rejected Müller application has a pending %s", a["action"])
		}
	}
	// A second import of the same file writes nothing new: every row is there.
	code, stdout, _ = runCmd(t, nil, "import", "-source", dir, "-skip-bad", filepath.Join("..", "..", "generator", "importer", "testdata", "teal.csv"))
	if code != 0 || !strings.Contains(stdout, "imported 0 records, 7 skipped") {
		t.Errorf("second import: code %d, %q", code, stdout)
	}
}

func TestImportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"import"},
		{"import", "-from", "excel", "x.csv"},
		{"import", "-map", "Firma", "x.csv"},
		{"import", "-map", "Firma=firm", "x.csv"},
	} {
		if code, _, stderr := runCmd(t, nil, args...); code != 2 {
			t.Errorf("%v: code %d, want 2 (%s)", args, code, stderr)
		}
	}
}

// TestImportCountsBadRows: the summary of an import with -skip-bad says
// how many rows it left out, and -dates takes dmy or mdy only.
func TestImportCountsBadRows(t *testing.T) {
	dir := importSite(t)
	file := filepath.Join(t.TempDir(), "sheet.csv")
	text := "Company,Role,Applied\nAcme,Dev,3 Dec 2026\nBeta,Ops,03/12/2026\nGamma,QA,soon\nGlobex,Data Engineer,2026-01-02\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, nil, "import", "-source", dir, "-skip-bad", file)
	want := "imported 1 record, 1 skipped (already in the hunt), 2 rows left out for problems (-skip-bad), read as csv\n"
	if code != 0 || !strings.HasSuffix(stdout, want) {
		t.Errorf("code %d, stdout %q; want it to end with %q (stderr %s)", code, stdout, want, stderr)
	}
	if code, _, _ := runCmd(t, nil, "import", "-source", dir, "-dates", "ymd", file); code != 2 {
		t.Errorf("-dates ymd: code %d, want 2", code)
	}
	code, stdout, _ = runCmd(t, nil, "import", "-source", dir, "-dry-run", "-dates", "dmy", file)
	if code != 1 {
		// "soon" is still no date: without -skip-bad nothing is written.
		t.Errorf("-dates dmy with a bad row: code %d, want 1 (%s)", code, stdout)
	}
}

package main

import (
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings + "report: {per_week: 2}\n",
		"content/applications/acme.yaml": "company: Acme\nrole: Dev\napplied: 2026-01-06\n",
	})
	code, stdout, stderr := runCmd(t, nil, "report", "-source", dir, "-from", "2026-01-05", "-to", "2026-01-11")
	if code != 0 || !strings.Contains(stdout, "Week of Mon 2026-01-05 to Sun 2026-01-11: 1 activity, SHORT of the 2 asked") {
		t.Errorf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, nil, "report", "-source", dir, "-from", "2026-01-05", "-to", "2026-01-11", "-format", "html")
	if code != 0 || !strings.HasPrefix(stdout, "<!DOCTYPE html>") {
		t.Errorf("html: code %d, %.80q", code, stdout)
	}
	for _, args := range [][]string{
		{"report", "-source", dir, "-to", "2026-01-11"},
		{"report", "-source", dir, "-from", "2026-01-05"},
		{"report", "-source", dir, "-from", "2026-01-11", "-to", "2026-01-05"},
		{"report", "-source", dir, "-from", "2026-02-30", "-to", "2026-03-05"},
		{"report", "-source", dir, "-from", "2026-01-05", "-to", "2026-01-11", "-format", "pdf"},
	} {
		if code, _, stderr := runCmd(t, nil, args...); code != 2 {
			t.Errorf("%v: code %d, want 2 (%s)", args[3:], code, stderr)
		}
	}
}

package main

import (
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings,
		"content/applications/acme.yaml": "company: Acme\nrole: Dev\nstatus: wishlist\n",
	})
	code, stdout, stderr := runCmd(t, nil, "export", "-source", dir)
	if want := "application,company,role,applied,status,last_event,last_event_date,next_meeting,next_action,next_due\r\nacme,Acme,Dev,,wishlist,,,,,\r\n"; code != 0 || stdout != want {
		t.Errorf("code %d, stdout %q, stderr %q; want %q", code, stdout, stderr, want)
	}
	if code, stdout, _ := runCmd(t, nil, "export", "-source", dir, "-format", "json"); code != 0 || !strings.Contains(stdout, `"status": "wishlist"`) {
		t.Errorf("json: code %d, %q", code, stdout)
	}
	if code, _, _ := runCmd(t, nil, "export", "-source", dir, "-format", "xlsx"); code != 2 {
		t.Errorf("-format xlsx: code %d, want 2", code)
	}
}

// TestExportBOM checks that export -bom starts the CSV with U+FEFF in
// UTF-8, the bytes EF BB BF, and leaves "Café" as its UTF-8 bytes after.
func TestExportBOM(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":              minimalSettings,
		"content/applications/cafe.yaml": "company: Café Lumière\nrole: Dev\nstatus: wishlist\n",
	})
	code, stdout, stderr := runCmd(t, nil, "export", "-source", dir, "-bom")
	if code != 0 || !strings.HasPrefix(stdout, "\xef\xbb\xbfapplication,company,") || !strings.Contains(stdout, "Caf\xc3\xa9 Lumi\xc3\xa8re") {
		t.Errorf("code %d, stderr %q, stdout %q", code, stderr, stdout)
	}
	if code, stdout, _ := runCmd(t, nil, "export", "-source", dir); strings.HasPrefix(stdout, "\xef\xbb\xbf") || code != 0 {
		t.Errorf("without -bom: code %d, stdout starts %q", code, stdout[:min(len(stdout), 6)])
	}
	if code, _, _ := runCmd(t, nil, "export", "-source", dir, "-format", "json", "-bom"); code != 2 {
		t.Errorf("-format json -bom: code %d, want 2", code)
	}
}

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

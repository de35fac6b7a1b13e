package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestActivityCommand(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings})
	// The test clock says 2026-11-20.
	code, stdout, stderr := runCmd(t, nil, "activity", "-source", dir, "job-fair", "Tacoma hiring fair", "-where", "WorkSource Pierce", "-hours", "3")
	want := dir + "/content/activities/2026-11-20-tacoma-hiring-fair.yaml"
	if code != 0 || stdout != "wrote "+want+"\n" {
		t.Fatalf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	data, err := os.ReadFile(filepath.FromSlash(want))
	if err != nil || !strings.Contains(string(data), "date: 2026-11-20\ntype: job-fair\ntext: Tacoma hiring fair\nwhere: WorkSource Pierce\nhours: 3\n") {
		t.Errorf("file %q, %v", data, err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"worksop", "Resume help"}, `unknown activity type "worksop", did you mean "workshop"?`},
		{[]string{"workshop", "Resume help", "-date", "2026-11-21"}, "-date 2026-11-21 is after today"},
		{[]string{"workshop", "Resume help", "-hours", "25"}, "-hours 25"},
		{[]string{"workshop"}, "want 2 arguments"},
	} {
		args := append([]string{"activity", "-source", dir}, c.args...)
		if code, _, stderr := runCmd(t, nil, args...); code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: code %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	if code, _, stderr := runCmd(t, nil, "check", "-source", dir); code != 0 {
		t.Errorf("check after activity: code %d, %s", code, stderr)
	}
}

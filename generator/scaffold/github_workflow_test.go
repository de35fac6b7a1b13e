package scaffold

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/followup-dev/followup/generator/load"
)

// publishPerms is what a job calling the Pages workflow grants it: the
// most its jobs need.
var publishPerms = map[string]string{"contents": "read", "pages": "write", "id-token": "write"}

// crons returns the cron lines of a workflow's schedule.
func crons(w workflow) []string {
	var cs []string
	list, _ := w.On["schedule"].([]any)
	for _, e := range list {
		m, _ := e.(map[string]any)
		c, _ := m["cron"].(string)
		cs = append(cs, c)
	}
	return cs
}

func initIn(t *testing.T, zone string) string {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "hunt")
	if err := Init(dir, fstest.MapFS{}, Options{Version: "v1.4.2", Location: loc, Year: 2026}); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestInitDailyWorkflow(t *testing.T) {
	dir := initIn(t, "America/Chicago")
	if s, err := load.Settings(dir); err != nil || s.Timezone != "America/Chicago" {
		t.Errorf("the settings' timezone is %q (%v), want America/Chicago", s.Timezone, err)
	}
	w, data := readWorkflow(t, filepath.Join(dir, ".github", "workflows", "followup-today.yml"))
	checkHardened(t, "followup-today.yml", w, data, map[string]map[string]string{
		"today":   {"contents": "read", "issues": "write"},
		"publish": publishPerms,
	})
	// 07:17 in Chicago: CST is UTC-6 in January (13:17 UTC), CDT UTC-5 in July (12:17 UTC).
	if got, want := crons(w), []string{"17 12 * * *", "17 13 * * *"}; !slices.Equal(got, want) {
		t.Errorf("schedule %q, want %q", got, want)
	}
	if _, ok := w.On["workflow_dispatch"]; !ok || len(w.On) != 2 {
		t.Errorf("triggers %v, want schedule and workflow_dispatch", w.On)
	}
	if !strings.Contains(string(data), "GitHub may\n    # start a scheduled run late") {
		t.Error("the schedule does not say that GitHub may start it late")
	}
	steps := w.Jobs["today"].Steps
	if run := steps[len(steps)-1].Run; run != "go run github.com/followup-dev/followup/cmd/followup@v1.4.2 github today\n" {
		t.Errorf("the daily step runs %q", run)
	}
	if got := secretSteps(w); len(got) != 1 || got[0] != "today/Open or update the issue of the day" {
		t.Errorf("secrets go to %q", got)
	}
	checkPublish(t, w, "today", "")
}

func TestInitIssuesWorkflow(t *testing.T) {
	dir := initIn(t, "Europe/Paris")
	w, data := readWorkflow(t, filepath.Join(dir, ".github", "workflows", "followup-issues.yml"))
	checkHardened(t, "followup-issues.yml", w, data, map[string]map[string]string{
		"record":  {"contents": "write", "issues": "write"},
		"publish": publishPerms,
	})
	for event, types := range map[string]string{"issues": "edited", "issue_comment": "created"} {
		m, _ := w.On[event].(map[string]any)
		if ts, _ := m["types"].([]any); len(ts) != 1 || ts[0] != types {
			t.Errorf("on %s: %v, want types [%s]", event, w.On[event], types)
		}
	}
	if len(w.On) != 2 {
		t.Errorf("triggers %v, want issues and issue_comment only", w.On)
	}
	rec := w.Jobs["record"]
	last := rec.Steps[len(rec.Steps)-1]
	if last.Run != "go run github.com/followup-dev/followup/cmd/followup@v1.4.2 github event -push \"$GITHUB_EVENT_PATH\"\n" {
		t.Errorf("the event step runs %q", last.Run)
	}
	if last.Env["GITHUB_TOKEN"] != "${{ github.token }}" || len(secretSteps(w)) != 0 {
		t.Errorf("the event step's env %v; secrets to %q", last.Env, secretSteps(w))
	}
	if !strings.Contains(rec.If, "contains(github.event.issue.labels.*.name, 'followup')") {
		t.Errorf("the record job runs if %q, want only on issues with the label", rec.If)
	}
	checkPublish(t, w, "record", "needs.record.outputs.changed == 'true'")
}

// checkPublish checks the job that calls the Pages workflow after job.
func checkPublish(t *testing.T, w workflow, job, cond string) {
	t.Helper()
	p := w.Jobs["publish"]
	if p.Uses != "./.github/workflows/pages.yml" || p.Needs != job || p.If != cond || p.With["ref"] != "${{ github.ref }}" {
		t.Errorf("the publish job %+v does not call the Pages workflow after %s on the branch's newest commit", p, job)
	}
	s, _ := p.Secrets.(map[string]any)
	if s["FOLLOWUP_PASSPHRASE"] != "${{ secrets.FOLLOWUP_PASSPHRASE }}" || s["PAGES_DEPLOY_KEY"] != "${{ secrets.PAGES_DEPLOY_KEY }}" || len(s) != 2 {
		t.Errorf("the publish job passes the secrets %v", p.Secrets)
	}
}

func TestSchedule(t *testing.T) {
	for _, c := range []struct {
		zone string
		want []string
	}{
		{"UTC", []string{"17 7 * * *"}},
		{"Asia/Kolkata", []string{"47 1 * * *"}},                     // UTC+5:30 all year
		{"Australia/Sydney", []string{"17 20 * * *", "17 21 * * *"}}, // UTC+11 in January, UTC+10 in July
		{"Pacific/Honolulu", []string{"17 17 * * *"}},                // UTC-10 all year
	} {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for line := range strings.Lines(schedule(loc, 2026, "")) {
			if c, ok := strings.CutPrefix(strings.TrimSpace(line), "- cron: "); ok {
				got = append(got, strings.Trim(c, `"`))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.zone, got, c.want)
		}
	}
}

func TestInitPagesWorkflowIsCalled(t *testing.T) {
	w, _ := readWorkflow(t, filepath.Join(initIn(t, "UTC"), ".github", "workflows", "pages.yml"))
	call, _ := w.On["workflow_call"].(map[string]any)
	inputs, _ := call["inputs"].(map[string]any)
	secrets, _ := call["secrets"].(map[string]any)
	if inputs["ref"] == nil || secrets["FOLLOWUP_PASSPHRASE"] == nil || secrets["PAGES_DEPLOY_KEY"] == nil {
		t.Errorf("workflow_call %v: want the input ref and both secrets", call)
	}
	if got := w.Jobs["build"].Steps[0].With["ref"]; got != "${{ inputs.ref }}" {
		t.Errorf("the checkout's ref is %v, want the input", got)
	}
}

package load

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

func TestInterviewAlarmsAndHistorySettings(t *testing.T) {
	t.Run("Defaults", func(t *testing.T) {
		s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://example.com/\n"))
		want := []model.Reminder{{DayBefore: true, At: 18 * time.Hour}, {Before: time.Hour}}
		if len(errs) != 0 || !slices.Equal(s.Playbook.Reminders, want) || s.History != model.HistoryAuto {
			t.Errorf("reminders %+v, history %q, errors %v; want %+v and auto", s.Playbook.Reminders, s.History, errs, want)
		}
	})
	t.Run("Set", func(t *testing.T) {
		s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://example.com/\nhistory: git\n"+
			"playbook:\n  interview_alarms: [the day before at 19:30, 30m before, 2h before]\n"))
		want := []model.Reminder{{DayBefore: true, At: 19*time.Hour + 30*time.Minute}, {Before: 30 * time.Minute}, {Before: 2 * time.Hour}}
		if len(errs) != 0 || !slices.Equal(s.Playbook.Reminders, want) || s.History != model.HistoryGit {
			t.Errorf("reminders %+v, history %q, errors %v; want %+v and git", s.Playbook.Reminders, s.History, errs, want)
		}
	})
	t.Run("None", func(t *testing.T) {
		s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://example.com/\nplaybook: {interview_alarms: []}\n"))
		if len(errs) != 0 || s.Playbook.Reminders == nil || len(s.Playbook.Reminders) != 0 {
			t.Errorf("reminders %#v, errors %v; want none", s.Playbook.Reminders, errs)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		_, errs := SettingsFile("content/site.yaml", []byte("base_url: https://example.com/\nhistory: svn\n"+
			"playbook:\n  interview_alarms: [the day before at 25:00, 1d before]\n"))
		var got []string
		for _, e := range errs {
			got = append(got, e.Error())
		}
		for _, want := range []string{
			"content/site.yaml:2:10: ",
			`content/site.yaml:4:22: interview alarm "the day before at 25:00" should read`,
			`content/site.yaml:4:47: interview alarm "1d before" should read`,
		} {
			if !strings.Contains(strings.Join(got, "\n"), want) {
				t.Errorf("errors lack %q:\n%s", want, strings.Join(got, "\n"))
			}
		}
	})
}

func TestHistoryGitOutsideGitWarns(t *testing.T) {
	site, err := siteIn(t, `
-- content/site.yaml --
base_url: https://example.com/
history: git
-- content/applications/acme.yaml --
company: Acme
role: Engineer
applied: 2026-10-01
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(site.Warnings) != 1 || !strings.HasPrefix(site.Warnings[0].Error(), "content/site.yaml:1:1: history: git, but . is not a git work tree") {
		t.Errorf("warnings %v", site.Warnings)
	}
	if h := site.Applications[0].History; h != nil {
		t.Errorf("history %+v outside git", h)
	}
}

func TestHistoryAutoOutsideGitIsQuiet(t *testing.T) {
	site, err := siteIn(t, `
-- content/site.yaml --
base_url: https://example.com/
-- content/applications/acme.yaml --
company: Acme
role: Engineer
applied: 2026-10-01
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(site.Warnings) != 0 || site.Applications[0].History != nil {
		t.Errorf("warnings %v, history %+v; want none outside git", site.Warnings, site.Applications[0].History)
	}
}

// TestZoneRulesIgnoreTheMachine runs itself again with ZONEINFO naming a
// zone database whose America/Chicago holds Tokyo's rules (UTC+9, no
// summer time). The settings must still read Chicago's own: 14:00 on 15
// July 2026 is 19:00 UTC at CDT, -05:00.
func TestZoneRulesIgnoreTheMachine(t *testing.T) {
	if os.Getenv("FOLLOWUP_ZONE_CHILD") == "1" {
		s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://example.com/\ntimezone: America/Chicago\n"))
		at := time.Date(2026, 7, 15, 14, 0, 0, 0, s.Location).UTC().Format(time.RFC3339)
		if len(errs) != 0 || at != "2026-07-15T19:00:00Z" {
			t.Fatalf("14:00 in Chicago is %s (errors %v), want 2026-07-15T19:00:00Z", at, errs)
		}
		return
	}
	tokyo, err := os.ReadFile("/usr/share/zoneinfo/Asia/Tokyo")
	if err != nil {
		t.Skip("no system zone database to fake:", err)
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "America"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "America", "Chicago"), tokyo, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestZoneRulesIgnoreTheMachine$")
	cmd.Env = append(os.Environ(), "FOLLOWUP_ZONE_CHILD=1", "ZONEINFO="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("with ZONEINFO=%s: %v\n%s", dir, err, out)
	}
}

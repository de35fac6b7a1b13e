package load

import (
	"strings"
	"testing"
)

// TestHolidaysSetting: playbook.holidays takes a country, with a region or
// not, and days off of one's own; an unknown country is an error where it
// is written.
func TestHolidaysSetting(t *testing.T) {
	s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://x.example/\nplaybook:\n  holidays: [de-by, 2026-12-24, 2026-12-31]\n"))
	if len(errs) != 0 || s.Playbook.Holidays != "DE-BY" || len(s.Playbook.ExtraDays) != 2 || s.Playbook.ExtraDays[1].String() != "2026-12-31" {
		t.Errorf("settings %+v, errors %v", s.Playbook, errs)
	}
	if s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://x.example/\nplaybook:\n  holidays: US\n")); len(errs) != 0 || s.Playbook.Holidays != "US" {
		t.Errorf("holidays: US gives %q, %v", s.Playbook.Holidays, errs)
	}
	_, errs = SettingsFile("content/site.yaml", []byte("base_url: https://x.example/\nplaybook:\n  holidays: XX\n"))
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), `content/site.yaml:3:13: holidays: no public holidays known for "XX"`) {
		t.Errorf("holidays: XX gives %v", errs)
	}
}

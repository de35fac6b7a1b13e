package load

import (
	"sort"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

const designSettings = `title: Jordan's job hunt
owner: {name: Jordan Lee, email: jordan@example.com, phone: "+1 555 0199"}
base_url: https://jordan.github.io/job-hunt/   # a sub-path must work everywhere
timezone: America/Chicago
cname: ""
publish: {private: false, indexable: false}
playbook:
  weekends: next-monday
  mailed_notes: false
  offsets: {confirm-receipt: 5bd, status-check-1: 14d}
  disabled: [ask-network]
`

func TestSettingsDesignExample(t *testing.T) {
	s, errs := SettingsFile("content/site.yaml", []byte(designSettings))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if s.Title != "Jordan's job hunt" || s.Owner != (model.Owner{Name: "Jordan Lee", Email: "jordan@example.com", Phone: "+1 555 0199"}) {
		t.Errorf("title/owner = %q %+v", s.Title, s.Owner)
	}
	if got, want := s.BaseURL, "https://jordan.github.io/job-hunt/"; got != want {
		t.Errorf("BaseURL = %q, want %q", got, want)
	}
	if s.Location == nil || s.Location.String() != "America/Chicago" || s.Timezone != "America/Chicago" {
		t.Errorf("Location = %v, Timezone = %q", s.Location, s.Timezone)
	}
	pb := s.Playbook
	if pb.Weekends != "next-monday" || pb.MailedNotes {
		t.Errorf("playbook = %+v", pb)
	}
	if got := pb.Offsets["confirm-receipt"]; got != (model.Offset{N: 5, Business: true}) {
		t.Errorf("confirm-receipt offset = %v, want 5bd", got)
	}
	if got := pb.Offsets["status-check-1"]; got != (model.Offset{N: 14}) {
		t.Errorf("status-check-1 offset = %v, want 14d", got)
	}
	if !pb.Disabled["ask-network"] || len(pb.Disabled) != 1 {
		t.Errorf("Disabled = %v, want only ask-network", pb.Disabled)
	}
}

func TestSettingsDefaults(t *testing.T) {
	s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://Jordan.GitHub.io/job-hunt\n"))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if got, want := s.BaseURL, "https://jordan.github.io/job-hunt/"; got != want {
		t.Errorf("BaseURL = %q, want %q (host lowercased, trailing slash added)", got, want)
	}
	if s.Title != "Job hunt" || s.Timezone != "UTC" || s.Location.String() != "UTC" || s.Playbook.Weekends != "next-monday" {
		t.Errorf("defaults = %q %q %v %q", s.Title, s.Timezone, s.Location, s.Playbook.Weekends)
	}
}

func TestSettingsErrors(t *testing.T) {
	const p = "content/site.yaml:"
	const base = "base_url: https://x.example/\n"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ErrUnknownTimezone", base + "timezone: America/Chicag\n",
			[]string{p + "2:11: unknown time zone \"America/Chicag\": want a name of the IANA time zone database, such as America/Chicago, Europe/Paris or UTC"}},
		{"ErrLocalTimezone", base + "timezone: Local\n",
			[]string{p + "2:11: unknown time zone \"Local\": want a name of the IANA time zone database, such as America/Chicago, Europe/Paris or UTC"}},
		{"ErrBadOffset", base + "playbook:\n  offsets: {confirm-receipt: 5x}\n",
			[]string{p + "3:30: invalid offset \"5x\": want a number of days such as 14d, or business days such as 5bd"}},
		{"ErrOffsetUnknownRule", base + "playbook:\n  offsets:\n    status-check: 14d\n",
			[]string{p + "4:5: unknown rule \"status-check\", did you mean \"status-check-1\"? (want " + quoteList(ruleIDs) + ")"}},
		{"ErrDisabledUnknownRule", base + "playbook:\n  disabled: [ask-netwrok, thank-you]\n",
			[]string{p + "3:14: unknown rule \"ask-netwrok\", did you mean \"ask-network\"? (want " + quoteList(ruleIDs) + ")"}},
		{"ErrUnknownWeekends", base + "playbook: {weekends: friday}\n",
			[]string{p + "2:22: unknown weekends setting \"friday\" (want next-monday or keep)"}},
		{"ErrBaseURLRelative", "base_url: /job-hunt/\n",
			[]string{p + "1:11: base_url \"/job-hunt/\" should be an absolute http or https address, such as https://you.github.io/job-hunt/"}},
		{"ErrMissingBaseURL", "title: Hunt\n",
			[]string{p + "1:1: missing required key \"base_url\": the address the site is published at, such as https://you.github.io/job-hunt/"}},
		{"ErrUnknownKey", base + "time_zone: UTC\n",
			[]string{p + "2:1: unknown key \"time_zone\", did you mean \"timezone\"?"}},
		{"ErrOwnerKey", base + "owner: {name: Jo, mail: jo@x.example}\n",
			[]string{p + "2:19: unknown key \"mail\", did you mean \"email\"?"}},
		{"ErrMalformedYAML", base + "title: [Hunt\n",
			[]string{p + "2:1: invalid YAML: did not find expected ',' or ']'"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, errs := SettingsFile("content/site.yaml", []byte(c.text))
			if s.Location == nil {
				t.Errorf("Location is nil")
			}
			var got []string
			for _, e := range errs {
				got = append(got, e.Error())
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// The three move-on rules of the playbook engine have offsets of their own.
func TestSettingsMoveOnOffsets(t *testing.T) {
	src := "base_url: https://example.com/\nplaybook:\n  offsets: {move-on: 30d, move-on-after-call: 5bd, move-on-after-last-check: 10d}\n"
	s, errs := SettingsFile("content/site.yaml", []byte(src))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if got := s.Playbook.Offsets["move-on-after-call"]; got != (model.Offset{N: 5, Business: true}) {
		t.Errorf("move-on-after-call = %v, want 5bd", got)
	}
}

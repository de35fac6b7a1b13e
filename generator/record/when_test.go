package record

import (
	"errors"
	"strings"
	"testing"
)

// TestNothingAheadButMeetings: today is Tuesday 1 December 2026 in the test
// sites. What happened cannot be dated after it; meetings can, up to a
// year ahead.
func TestNothingAheadButMeetings(t *testing.T) {
	old := "company: Acme\nrole: Dev\napplied: 2026-11-02\nchannel: job-board\ncontacts:\n  - {name: Dana Smith, role: recruiter}\n"
	cases := []struct {
		name, typ, date, refusal string // refusal: "" when it is logged
	}{
		{"CallNextCentury", "call", "2126-01-01", "a call cannot be dated 2126-01-01, after today (2026-12-01)"},
		{"EmailTomorrow", "email", "2026-12-02", "an email cannot be dated 2026-12-02, after today (2026-12-01)"},
		{"CallToday", "call", "2026-12-01", ""},
		{"InterviewNextWeek", "interview", "2026-12-08T10:00", ""},
		{"ScreenIn366Days", "phone-screen", "2027-12-02", ""}, // 2027-12-02 is 366 days after 2026-12-01
		{"InterviewIn367Days", "interview", "2027-12-03T10:00", "an interview on 2027-12-03 is more than a year ahead"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := newSite(t, map[string][]byte{"acme": []byte(old)})
			ev := Event{Type: tc.typ, Date: tc.date, To: []string{"Dana Smith"}}
			if tc.typ == "interview" || tc.typ == "phone-screen" {
				ev.To, ev.With = nil, []string{"Dana Smith"}
			}
			_, err := Log(opts, "acme", ev, "")
			if tc.refusal == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), tc.refusal) {
				t.Errorf("got %v, want a usage error saying %q", err, tc.refusal)
			}
			if got := string(readFile(t, recordPath(opts, "acme"))); got != old {
				t.Errorf("the record changed:\n%s", got)
			}
		})
	}
	t.Run("DoneTomorrow", func(t *testing.T) {
		opts := newSite(t, map[string][]byte{"acme": []byte(old)})
		_, err := Done(opts, "acme", "confirm-receipt", "2026-12-02", "")
		if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), "a call cannot be dated 2026-12-02, after today") {
			t.Errorf("got %v, want the call refused", err)
		}
	})
}

package load

import (
	"strings"
	"testing"
	"time"
)

// The instants below are worked out by hand from the rules of each zone:
// America/Chicago is UTC-6 (CST) in winter and UTC-5 (CDT) in summer; its
// clocks jump from 02:00 to 03:00 on 14 March 2027 and fall back from
// 02:00 to 01:00 on 1 November 2026. Europe/London is UTC+0 (GMT) and
// UTC+1 (BST); its clocks jump from 01:00 to 02:00 on 28 March 2027 and
// fall back from 02:00 to 01:00 on 25 October 2026. RFC 5545 section
// 3.3.5 reads a time in the gap with the offset before it, and the rest of
// the federation of readers takes the first of a repeated time.
func TestClockChangesReadAsRFC5545Says(t *testing.T) {
	for _, tc := range []struct {
		zone, local, utc, warning string
	}{
		{"America/Chicago", "2027-03-14T02:30", "2027-03-14T08:30:00Z", "does not happen"}, // -06:00 before the gap: 03:30 CDT
		{"America/Chicago", "2026-11-01T01:30", "2026-11-01T06:30:00Z", "happens twice"},   // the first 01:30 is CDT, -05:00
		{"America/Chicago", "2026-11-01T02:30", "2026-11-01T08:30:00Z", ""},                // after the change, once
		{"Europe/London", "2027-03-28T01:30", "2027-03-28T01:30:00Z", "does not happen"},   // +00:00 before the gap: 02:30 BST
		{"Europe/London", "2026-10-25T01:30", "2026-10-25T00:30:00Z", "happens twice"},     // the first 01:30 is BST, +01:00
		{"Europe/London", "2026-10-25T00:30", "2026-10-24T23:30:00Z", ""},                  // BST, once
	} {
		t.Run(tc.zone+"/"+tc.local, func(t *testing.T) {
			site, err := siteIn(t, `
-- content/site.yaml --
base_url: https://example.com/
timezone: `+tc.zone+`
-- content/applications/acme.yaml --
company: Acme
role: Engineer
applied: 2026-10-01
events:
  - {date: `+tc.local+`, type: interview}
`)
			if err != nil {
				t.Fatal(err)
			}
			ev := site.Applications[0].Events[0]
			if got := ev.Start.UTC().Format(time.RFC3339); got != tc.utc {
				t.Errorf("%s in %s is %s, want %s", tc.local, tc.zone, got, tc.utc)
			}
			if tc.warning == "" {
				if len(site.Warnings) != 0 {
					t.Errorf("warnings for a time that happens once: %v", site.Warnings)
				}
				return
			}
			if len(site.Warnings) != 1 {
				t.Fatalf("got %d warnings, want 1: %v", len(site.Warnings), site.Warnings)
			}
			// The date value is on line 5 of the record, at column 12: "  - {date: " is 11 characters.
			w := site.Warnings[0].Error()
			if !strings.HasPrefix(w, "content/applications/acme.yaml:5:12: "+tc.local+" "+tc.warning) {
				t.Errorf("warning %q", w)
			}
		})
	}
}

package tz

import (
	"testing"
	"time"
)

func TestLoadReadsTheEmbeddedRules(t *testing.T) {
	loc, err := Load("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	// 2026-07-01 12:00 CDT is 17:00 UTC; 2026-12-01 12:00 CST is 18:00 UTC.
	for _, tc := range []struct {
		local time.Time
		want  string
	}{
		{time.Date(2026, 7, 1, 12, 0, 0, 0, loc), "2026-07-01T17:00:00Z"},
		{time.Date(2026, 12, 1, 12, 0, 0, 0, loc), "2026-12-01T18:00:00Z"},
	} {
		if got := tc.local.UTC().Format(time.RFC3339); got != tc.want {
			t.Errorf("%v is %s in UTC, want %s", tc.local, got, tc.want)
		}
	}
	for _, bad := range []string{"Local", "Mars/Olympus", "../etc/passwd"} {
		if _, err := Load(bad); err == nil {
			t.Errorf("Load(%q) gave no error", bad)
		}
	}
}

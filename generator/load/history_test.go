package load

import (
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/gittest"
	"github.com/followup-dev/followup/generator/internal/sitetest"
)

// TestHistoryReadsEachCommittedState commits a record with an interview at
// 14:00 in Chicago, then moves the site to London, then the interview to
// 15:00. Each state is decoded with the settings of its commit: 14:00 CST
// is 20:00 UTC; in November London is on GMT, so 14:00 and 15:00 there are
// 14:00 and 15:00 UTC.
func TestHistoryReadsEachCommittedState(t *testing.T) {
	gittest.Require(t)
	dir := t.TempDir()
	settings := "base_url: https://example.com/\ntimezone: America/Chicago\n"
	record := "company: Acme\nrole: Engineer\napplied: 2026-11-02\nevents:\n  - {date: 2026-11-17T14:00, type: interview, with: [Lee]}\n"
	write := func(name, data string) {
		t.Helper()
		sitetest.Write(t, dir, map[string]string{name: data})
	}
	write("content/site.yaml", settings)
	write("content/applications/acme.yaml", record)
	gittest.Run(t, dir, "", "init", "-q")
	gittest.CommitAll(t, dir, "2026-11-03T12:00:00Z")
	write("content/site.yaml", strings.Replace(settings, "America/Chicago", "Europe/London", 1))
	gittest.CommitAll(t, dir, "2026-11-04T12:00:00Z")
	write("content/applications/acme.yaml", strings.Replace(record, "T14:00", "T15:00", 1))
	gittest.CommitAll(t, dir, "2026-11-05T12:00:00Z")

	for _, tc := range []struct {
		max    int
		before int
		want   []string // each state: commit time, then the interview in UTC
	}{
		{100, 0, []string{"2026-11-03T12:00:00Z 2026-11-17T20:00:00Z", "2026-11-04T12:00:00Z 2026-11-17T14:00:00Z", "2026-11-05T12:00:00Z 2026-11-17T15:00:00Z"}},
		{2, 1, []string{"2026-11-04T12:00:00Z 2026-11-17T14:00:00Z", "2026-11-05T12:00:00Z 2026-11-17T15:00:00Z"}},
	} {
		maxRevisions = tc.max
		site, err := Site(dir)
		maxRevisions = 100
		if err != nil {
			t.Fatal(err)
		}
		h := site.Applications[0].History
		if h == nil {
			t.Fatal("no history in a git work tree with history: auto")
		}
		var got []string
		for _, r := range h.Revisions {
			got = append(got, r.Time.Format(time.RFC3339)+" "+r.App.Events[0].Start.UTC().Format(time.RFC3339))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") || h.Before != tc.before || !h.Clean ||
			!h.Modified.Equal(time.Date(2026, 11, 5, 12, 0, 0, 0, time.UTC)) {
			t.Errorf("at most %d: before %d, clean %v, modified %v, states\n%s\nwant before %d, clean, modified at the last commit, states\n%s",
				tc.max, h.Before, h.Clean, h.Modified, strings.Join(got, "\n"), tc.before, strings.Join(tc.want, "\n"))
		}
	}
}

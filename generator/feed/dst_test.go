package feed

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
	"github.com/followup-dev/followup/generator/load"
)

// clockChange is an interview at a local time the clocks skip or repeat,
// and its instant worked out by hand from the zone's rules and RFC 5545
// section 3.3.5: a skipped time is read with the offset before the gap, a
// repeated one is its first occurrence.
type clockChange struct {
	zone, local, utc string
}

var clockChanges = []clockChange{
	// Chicago jumps from 02:00 CST (-06:00) to 03:00 CDT on 14 March 2027:
	// 02:30 at -06:00 is 08:30 UTC (03:30 CDT).
	{"America/Chicago", "2027-03-14T02:30", "2027-03-14T08:30:00Z"},
	// Chicago falls back from 02:00 CDT (-05:00) to 01:00 CST on 1 November
	// 2026: the first 01:30 is at -05:00, 06:30 UTC.
	{"America/Chicago", "2026-11-01T01:30", "2026-11-01T06:30:00Z"},
	// London jumps from 01:00 GMT (+00:00) to 02:00 BST on 28 March 2027:
	// 01:30 at +00:00 is 01:30 UTC (02:30 BST).
	{"Europe/London", "2027-03-28T01:30", "2027-03-28T01:30:00Z"},
	// London falls back from 02:00 BST (+01:00) to 01:00 GMT on 25 October
	// 2026: the first 01:30 is at +01:00, 00:30 UTC.
	{"Europe/London", "2026-10-25T01:30", "2026-10-25T00:30:00Z"},
}

// clockChangeFeed builds a hunt in zone with one interview at local and
// returns its site feed.
func clockChangeFeed(t *testing.T, c clockChange) []byte {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: Hunt\nbase_url: https://jordan.github.io/job-hunt/\ntimezone: "+c.zone+"\n")
	writeFile(t, dir, "content/applications/acme.yaml",
		"company: Acme\nrole: Engineer\napplied: 2026-10-01\nstatus: wishlist\nevents:\n  - {date: "+c.local+", type: interview}\n")
	site, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(site.Warnings) != 1 {
		t.Errorf("%s in %s: %d warnings, want 1", c.local, c.zone, len(site.Warnings))
	}
	return Site(site, nil, testBase)
}

func TestClockChangesGiveTheRFCsInstants(t *testing.T) {
	for _, c := range clockChanges {
		events := decode(t, clockChangeFeed(t, c)).Events()
		if len(events) != 1 {
			t.Fatalf("%d events, want 1", len(events))
		}
		start := events[0].Props.Get("DTSTART")
		if got := goICalTime(t, start); got != c.utc {
			t.Errorf("%s in %s starts at %s, want %s", c.local, c.zone, got, c.utc)
		}
	}
}

// TestClockChangesAgreeWithPythonZoneinfo has Python's zoneinfo convert the
// same local times (PEP 495, fold=0) and Python's icalendar read the feeds.
func TestClockChangesAgreeWithPythonZoneinfo(t *testing.T) {
	if err := exec.Command(toolcheck.SystemPython, "-c", "import icalendar, zoneinfo; zoneinfo.ZoneInfo('America/Chicago')").Run(); err != nil {
		toolcheck.Missing(t, "python3-icalendar and tzdata", "apt-get install python3-icalendar tzdata")
	}
	args := []string{"testdata/zoneinfo-utc.py"}
	for _, c := range clockChanges {
		args = append(args, c.zone+"="+c.local)
	}
	out, err := exec.Command(toolcheck.SystemPython, args...).Output()
	if err != nil {
		t.Fatalf("zoneinfo-utc.py: %v", err)
	}
	var zoneinfo map[string]string
	if err := json.Unmarshal(out, &zoneinfo); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	read := []string{"testdata/icalendar-read.py"}
	for i, c := range clockChanges {
		if got := zoneinfo[c.zone+"="+c.local]; got != c.utc {
			t.Errorf("zoneinfo reads %s in %s as %s, want %s", c.local, c.zone, got, c.utc)
		}
		file := filepath.Join(dir, "feed"+string(rune('a'+i))+".ics")
		if err := os.WriteFile(file, clockChangeFeed(t, c), 0o644); err != nil {
			t.Fatal(err)
		}
		read = append(read, file)
	}
	out, err = exec.Command(toolcheck.SystemPython, read...).Output()
	if err != nil {
		t.Fatalf("icalendar-read.py: %v", err)
	}
	var feeds map[string]readFeed
	if err := json.Unmarshal(out, &feeds); err != nil {
		t.Fatal(err)
	}
	for i, c := range clockChanges {
		f := feeds[read[i+1]]
		if len(f.Events) != 1 || f.Events[0].Start != zoneinfo[c.zone+"="+c.local] {
			t.Errorf("python icalendar reads the interview at %s in %s as %+v, zoneinfo as %s", c.local, c.zone, f.Events, zoneinfo[c.zone+"="+c.local])
		}
	}
}

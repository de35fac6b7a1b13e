package feed

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

func TestMozillaICalJSReadsEveryFeedAsMeant(t *testing.T) {
	node := toolcheck.ICalJS(t)
	for _, f := range fixtures(t) {
		compareFeeds(t, "ical.js", f, readWith(t, f, node, "testdata/icaljs-read.cjs"))
	}
}

func TestPythonICalendarReadsEveryFeedAsMeant(t *testing.T) {
	python := toolcheck.PythonICalendar(t)
	for _, f := range fixtures(t) {
		compareFeeds(t, "python icalendar", f, readWith(t, f, python, "testdata/icalendar-read.py"))
	}
}

// readWith writes every feed of f to a file, has program run script on them
// all, and returns what it read, by the feed's path in the site.
func readWith(t *testing.T, f *fixture, program, script string) map[string]readFeed {
	t.Helper()
	// Opening the script from here tells go test's cache that the result depends on it.
	if _, err := os.ReadFile(script); err != nil {
		t.Fatal(err)
	}
	read := map[string]readFeed{}
	for path, raw := range toolcheck.ReadFeeds(t, program, script, f.feeds()) {
		var feed readFeed
		if err := json.Unmarshal(raw, &feed); err != nil {
			t.Fatalf("%s: %s printed %v", path, script, err)
		}
		read[path] = feed
	}
	return read
}

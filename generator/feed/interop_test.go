package feed

import (
	"encoding/json"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// systemPython is Debian's Python, the one python3-icalendar installs for.
const systemPython = "/usr/bin/python3"

func TestMozillaICalJSReadsEveryFeedAsMeant(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		toolcheck.Missing(t, "node", "apt-get install nodejs")
	}
	// Reading NODE_PATH here also tells go test's cache that the result depends on it.
	nodePath := os.Getenv("NODE_PATH")
	if err := exec.Command(node, "-e", "require.resolve('ical.js')").Run(); err != nil {
		toolcheck.Missing(t, "ical.js", "npm install --prefix DIR ical.js, then export NODE_PATH=DIR/node_modules; NODE_PATH is "+
			strconv.Quote(nodePath))
	}
	for _, f := range fixtures(t) {
		compareFeeds(t, "ical.js", f, readWith(t, f, node, "testdata/icaljs-read.cjs"))
	}
}

func TestPythonICalendarReadsEveryFeedAsMeant(t *testing.T) {
	if err := exec.Command(systemPython, "-c", "import icalendar").Run(); err != nil {
		toolcheck.Missing(t, "python3-icalendar", "apt-get install python3-icalendar")
	}
	for _, f := range fixtures(t) {
		compareFeeds(t, "python icalendar", f, readWith(t, f, systemPython, "testdata/icalendar-read.py"))
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

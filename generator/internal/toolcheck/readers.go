package toolcheck

import (
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// SystemPython is Debian's Python, the one python3-icalendar installs for.
const SystemPython = "/usr/bin/python3"

// ICalJS returns the node program that can require Mozilla's ical.js (from
// NODE_PATH), or skips the test (fails it where tools are required).
func ICalJS(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		Missing(t, "node", "apt-get install nodejs")
	}
	// Reading NODE_PATH here also tells go test's cache that the result depends on it.
	nodePath := os.Getenv("NODE_PATH")
	if err := exec.Command(node, "-e", "require.resolve('ical.js')").Run(); err != nil {
		Missing(t, "ical.js", "npm install --prefix DIR ical.js, then export NODE_PATH=DIR/node_modules; NODE_PATH is "+
			strconv.Quote(nodePath))
	}
	return node
}

// PythonICalendar returns the Python that can import icalendar, or skips
// the test (fails it where tools are required).
func PythonICalendar(t testing.TB) string {
	t.Helper()
	if err := exec.Command(SystemPython, "-c", "import icalendar").Run(); err != nil {
		Missing(t, "python3-icalendar", "apt-get install python3-icalendar")
	}
	return SystemPython
}

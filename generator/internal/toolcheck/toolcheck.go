// Package toolcheck lets tests that need an outside tool (Chromium, node,
// Python's icalendar) skip with a clear message where the tool is missing,
// and fail instead when FOLLOWUP_REQUIRE_TOOLS is set, as it is in CI.
package toolcheck

import (
	"os"
	"testing"
)

// EnvRequire is the environment variable that turns a missing tool into a failure.
const EnvRequire = "FOLLOWUP_REQUIRE_TOOLS"

// Missing skips the test, or fails it when tools are required, saying which
// tool is missing and how to install it.
func Missing(t testing.TB, tool, install string) {
	t.Helper()
	if os.Getenv(EnvRequire) != "" {
		t.Fatalf("%s is required (%s is set) but missing: %s", tool, EnvRequire, install)
	}
	t.Skipf("skipping: %s is missing (install: %s; set %s=1 to make this a failure)", tool, install, EnvRequire)
}

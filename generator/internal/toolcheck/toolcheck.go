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
	if Required() {
		t.Fatalf("%s is required (%s is set) but missing: %s", tool, EnvRequire, install)
	}
	t.Skipf("skipping: %s is missing (install: %s; set %s=1 to make this a failure)", tool, install, EnvRequire)
}

// Required reports whether tools and the system features tests rely on are
// required (FOLLOWUP_REQUIRE_TOOLS is set, as in CI).
func Required() bool {
	return os.Getenv(EnvRequire) != ""
}

// Unsupported skips the test, or fails it when tools are required, saying
// what this system did not give the test: a test CI must run is never
// skipped there unseen.
func Unsupported(t testing.TB, what string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s (%s is set: this test must run here)", what, EnvRequire)
	}
	t.Skipf("skipping: %s (set %s=1 to make this a failure)", what, EnvRequire)
}

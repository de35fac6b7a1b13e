// Package testcache keeps the caches of the builds tests make out of the
// user's own.
package testcache

import (
	"os"
	"testing"
)

// RunWithTempCache runs the tests of m with XDG_CACHE_HOME in a temporary
// directory, so that the inputs hashes of their builds stay out of the
// user's cache, and removes it after. It returns m.Run's code, for a
// TestMain to pass to os.Exit.
func RunWithTempCache(m *testing.M) int {
	cache, err := os.MkdirTemp("", "followup-cache-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(cache)
	os.Setenv("XDG_CACHE_HOME", cache)
	return m.Run()
}

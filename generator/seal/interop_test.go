package seal_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// The readers of the feed package's interop tests.
const (
	icalJSReader = "../feed/testdata/icaljs-read.cjs"
	pythonReader = "../feed/testdata/icalendar-read.py"
)

func TestFeedsReadInICalJS(t *testing.T) {
	compareFeeds(t, toolcheck.ICalJS(t), icalJSReader)
}

func TestFeedsReadInPythonICalendar(t *testing.T) {
	compareFeeds(t, toolcheck.PythonICalendar(t), pythonReader)
}

// compareFeeds has a reader read the feeds of an encrypted build and those
// of a published build of the same site, a private: true record's taken
// from a published build of the record unmarked: once the addresses are
// mapped back, it must read the same calendars, no more and no less.
func compareFeeds(t *testing.T, program, script string) {
	t.Helper()
	src := exampleSource(t)
	files, _, _ := sealed(t, src, testPass)
	pub, err := build.Render(build.Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	priv, err := build.Render(build.Options{Source: src, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	undo := unmap(keys(t, testPass, 0), priv.Site, priv.Actions)
	sealedFeeds, publicFeeds := map[string][]byte{}, map[string][]byte{}
	for name, data := range files {
		if strings.HasPrefix(name, "calendars/") {
			sealedFeeds[undo.Replace(name)] = data
		}
	}
	for name, data := range pub.Files {
		if strings.HasSuffix(name, ".ics") {
			publicFeeds[name] = data
		}
	}
	// A private: true record's feed is the one a published build writes
	// for the record unmarked.
	open, slugs := unmarked(t)
	shown, err := build.Render(build.Options{Source: open})
	if err != nil {
		t.Fatal(err)
	}
	for _, slug := range slugs {
		name := "applications/" + slug + "/calendar.ics"
		publicFeeds[name] = shown.Files[name]
	}
	if len(sealedFeeds) != len(publicFeeds) || len(publicFeeds) < 2 {
		t.Fatalf("%d feeds in the encrypted build, %d in the published one", len(sealedFeeds), len(publicFeeds))
	}
	got, want := read(t, program, script, sealedFeeds), read(t, program, script, publicFeeds)
	for name, w := range want {
		g := undo.Replace(got[name])
		if g != w {
			t.Errorf("%s: %s reads the encrypted build's feed otherwise:\n%s", name, filepath.Base(script), firstDiff(g, w))
		}
	}
}

// read has the reader read feeds and returns what it made of each, as JSON.
func read(t *testing.T, program, script string, feeds map[string][]byte) map[string]string {
	t.Helper()
	res := map[string]string{}
	for name, v := range toolcheck.ReadFeeds(t, program, script, feeds) {
		res[name] = string(v)
	}
	return res
}

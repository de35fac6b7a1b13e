package serve

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/internal/gittest"
	"github.com/followup-dev/followup/generator/load"
)

// differences lists how the served site differs from a full build of the
// same sources, or nothing when every file is the same, byte for byte.
func differences(t *testing.T, s *Server, dir string) []string {
	t.Helper()
	site, err := load.Site(dir)
	if err != nil {
		return []string{"the sources do not load: " + err.Error()}
	}
	want, err := build.RenderSite(site, build.Options{Source: dir, Private: true, LiveReload: true})
	if err != nil {
		return []string{"the sources do not build: " + err.Error()}
	}
	snap := s.h.current.Load()
	if snap.err != nil {
		return []string{"the server shows an error: " + snap.err.Error()}
	}
	var diff []string
	for name, data := range want.Files {
		got, ok, err := snap.file(name)
		switch {
		case err != nil:
			diff = append(diff, name+": "+err.Error())
		case !ok:
			diff = append(diff, name+": not served")
		case !bytes.Equal(got, data):
			diff = append(diff, name+": differs")
		}
	}
	served := slices.Collect(func(yield func(string) bool) {
		for name := range snap.files {
			yield(name)
		}
		for name := range snap.summaries.pages() {
			yield(name)
		}
	})
	for _, name := range served {
		if _, ok := want.Files[name]; !ok {
			diff = append(diff, name+": served, but a full build has no such file")
		}
	}
	slices.Sort(diff)
	return diff
}

// waitSame waits until the served site is a full build of dir.
func waitSame(t *testing.T, s *Server, dir, after string) {
	t.Helper()
	deadline := time.Now().Add(maxWait)
	var diff []string
	for time.Now().Before(deadline) {
		if diff = differences(t, s, dir); len(diff) == 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("after %s, the served site is not a full build:\n%s", after, strings.Join(diff, "\n"))
}

func TestEditsServeAFullBuild(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 6)
	s := startServer(t, dir, 0)
	waitSame(t, s, dir, "the first build")

	writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Edited"))
	waitText(t, s, appPage(1), "Acme Edited")
	waitSame(t, s, dir, "an edit")

	// Every third record has a screen; this one gains it, and an interview.
	writeFile(t, recordPath(dir, 2), recordYAML(2, companyOf(2))+
		"events:\n  - {date: 2026-11-12, type: phone-screen, with: [Dana Smith]}\n"+
		"  - {date: 2026-11-19, type: interview, with: [Dana Smith], decision_expected: 2026-11-27}\n")
	waitText(t, s, appPage(2), "Interview, round 1")
	waitSame(t, s, dir, "new events")

	writeFile(t, recordPath(dir, 9), recordYAML(9, "Acme Added"))
	waitText(t, s, appPage(9), "Acme Added")
	waitSame(t, s, dir, "a new record")

	if err := os.Remove(recordPath(dir, 4)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, appPage(4), "deleted record's page gone", func(code int, _ string) bool { return code == 404 })
	waitSame(t, s, dir, "a deletion")

	if err := os.Rename(recordPath(dir, 5), filepath.Join(dir, "content", "applications", "renamed.yaml")); err != nil {
		t.Fatal(err)
	}
	waitText(t, s, "applications/renamed/", companyOf(5))
	waitSame(t, s, dir, "a rename")

	// A broken record, another edit while it is broken, then the fix.
	writeFile(t, recordPath(dir, 0), "compnay: Acme\n")
	waitFor(t, s, "", "error page", func(code int, _ string) bool { return code == 500 })
	writeFile(t, recordPath(dir, 3), recordYAML(3, "Acme While Broken"))
	writeFile(t, recordPath(dir, 0), recordYAML(0, "Acme Fixed"))
	waitText(t, s, appPage(0), "Acme Fixed")
	waitSame(t, s, dir, "a fix")

	writeFile(t, filepath.Join(dir, "content", "site.yaml"), strings.Replace(testSettings, "Test hunt", "Renamed hunt", 1))
	waitText(t, s, appPage(1), "Renamed hunt")
	waitSame(t, s, dir, "new settings")
}

// TestServeReportPage: serve has the work-search log, a page of private
// builds, and renders it again when a record changes. The records are
// applied on 2, 3 and 4 November, the first screened on Thursday the 12th:
// the four weeks from Monday end with the 12th's, from 19 October to 15
// November. A call of 1 December moves them to 9 November to 6 December.
func TestServeReportPage(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 3)
	s := startServer(t, dir, 0)
	waitText(t, s, "report/", "Mon 2026-10-19 to Sun 2026-11-15")
	waitText(t, s, "", `href="/job-hunt/report/"`)
	writeFile(t, recordPath(dir, 1), recordYAML(1, companyOf(1))+
		"events:\n  - {date: 2026-12-01, type: call, to: Dana Smith, outcome: voicemail}\n")
	waitText(t, s, "report/", "Mon 2026-11-09 to Sun 2026-12-06")
	waitText(t, s, "report/", "Follow-up call (voicemail)")
	waitSame(t, s, dir, "a new call")
}

// TestGitHistoryServeAFullBuild checks that in a git work tree, where the
// calendar stamps come from the commits (history: auto), serve serves what
// build -private writes, feeds included, after edits and after commits
// that change no file serve watches.
func TestGitHistoryServeAFullBuild(t *testing.T) {
	gittest.Require(t)
	t.Run("Watching", func(t *testing.T) { gitHistoryServed(t, 0) })
	t.Run("Polling", func(t *testing.T) { gitHistoryServed(t, 50*time.Millisecond) })
}

func gitHistoryServed(t *testing.T, poll time.Duration) {
	dir := writeSite(t, t.TempDir(), 4)
	gittest.Run(t, dir, "", "init", "-q")
	gittest.CommitAll(t, dir, "2026-11-10T09:00:00Z")
	s := startServer(t, dir, poll)
	waitSame(t, s, dir, "the first build")
	feed := "calendar.ics"
	if _, ok, _ := s.h.current.Load().file(feed); !ok {
		t.Fatalf("no %s served", feed)
	}
	stamped := func(stamp string) {
		t.Helper()
		waitFor(t, s, feed, feed+" stamped "+stamp, func(_ int, body string) bool {
			return strings.Contains(body, "DTSTAMP:"+stamp)
		})
	}
	stamped("20261110T090000Z") // the commit of every record

	writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Edited"))
	waitSame(t, s, dir, "an edit not yet committed")
	gittest.CommitAll(t, dir, "2026-11-21T15:30:00Z")
	stamped("20261121T153000Z") // the commit of the edit, no file of content/ changed
	waitSame(t, s, dir, "the commit of the edit")

	writeFile(t, recordPath(dir, 2), recordYAML(2, "Acme Second"))
	writeFile(t, recordPath(dir, 7), recordYAML(7, "Acme New"))
	gittest.CommitAll(t, dir, "2026-11-24T08:00:00Z")
	stamped("20261124T080000Z")
	waitSame(t, s, dir, "an edit and a new record, committed")

	gittest.Run(t, dir, "2026-11-25T08:00:00Z", "rm", "-q", filepath.Join("content", "applications", slugOf(3)+".yaml"))
	gittest.Run(t, dir, "2026-11-25T08:00:00Z", "commit", "-q", "-m", "gone")
	waitSame(t, s, dir, "a record removed and committed")
}

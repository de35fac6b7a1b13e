package record

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestInvitationSuites feeds every calendar of the test suites of python
// icalendar and ical.js (testdata/ics-suites, see its README) to Log as an
// interview's invitation: each either logs one interview or is refused as
// invalid content, with the file named, the record untouched; none panics.
// Some of them are broken on purpose, such as the one that crashed the
// decoder (issue_348_exception_parsing_value).
func TestInvitationSuites(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "ics-suites", "*", "*.ics"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 200 {
		t.Fatalf("%d calendars in testdata/ics-suites, want the whole suites", len(files))
	}
	logged := 0
	for _, file := range files {
		opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
		abs, _ := filepath.Abs(file)
		res, err := Log(opts, "acme-robotics", Event{Type: model.EventInterview}, abs)
		got := readFile(t, recordPath(opts, "acme-robotics"))
		switch {
		case err == nil:
			logged++
			if res == nil || !strings.Contains(string(got), "type: interview") {
				t.Errorf("%s: logged, but the record has no interview:\n%s", file, got)
			}
		case errors.Is(err, ErrUsage):
			t.Errorf("%s: refused as bad usage (exit 2), want invalid content: %v", file, err)
		case string(got) != acme:
			t.Errorf("%s: refused (%v), yet the record changed", file, err)
		case !strings.Contains(err.Error(), abs) && !isContentError(err):
			t.Errorf("%s: the refusal does not name the file: %v", file, err)
		}
	}
	// The suites hold timed events in UTC, in IANA zones and in their own
	// VTIMEZONE: some of them must give an interview.
	if logged < 20 {
		t.Errorf("%d of %d calendars logged an interview, want at least 20", logged, len(files))
	}
}

// isContentError reports whether err is a list of content errors of the
// edited record.
func isContentError(err error) bool {
	var list model.ErrorList
	return errors.As(err, &list)
}

// TestInvitationPanicRecovered checks the file that made the decoder
// panic: it is refused with the reason.
func TestInvitationPanicRecovered(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "ics-suites", "icalendar", "calendars_issue_348_exception_parsing_value.ics"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = ReadInvitation(f, chicago, owner)
	if err == nil || !strings.HasPrefix(err.Error(), "not a readable iCalendar file (") {
		t.Fatalf("err = %v, want not a readable iCalendar file (...)", err)
	}
}

// TestInvitationBOM checks that a byte order mark before BEGIN:VCALENDAR,
// as some calendars write it, is skipped.
func TestInvitationBOM(t *testing.T) {
	cal := "\ufeff" + invite("METHOD:REQUEST\n", "DTSTART:20261117T200000Z\n")
	inv, err := ReadInvitation(strings.NewReader(cal), chicago, owner)
	if err != nil {
		t.Fatal(err)
	}
	// 20:00 UTC on 17 November is 14:00 CST (-6).
	if got, want := inv.Start.Format(model.LocalTime), "2026-11-17T14:00"; got != want {
		t.Errorf("start = %s, want %s", got, want)
	}
}

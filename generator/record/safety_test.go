package record

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

const acme = `company: Acme Robotics
role: Backend Engineer
applied: 2026-11-03
contacts:
  - {name: Dana Smith, role: recruiter}
events:
  - {date: 2026-11-09, type: call, to: Dana Smith, outcome: voicemail}
`

// TestSymlinkRefused checks that a record that is a symbolic link is
// neither followed nor replaced.
func TestSymlinkRefused(t *testing.T) {
	opts := newSite(t, nil)
	real := filepath.Join(opts.Source, "acme.yaml.real")
	if err := os.WriteFile(real, []byte(acme), 0o644); err != nil {
		t.Fatal(err)
	}
	link := recordPath(opts, "acme-robotics")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	_, err := Log(opts, "acme-robotics", Event{Type: "note", Note: "x"}, "")
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("err = %v, want a refusal of the symbolic link", err)
	}
	if got := readFile(t, real); string(got) != acme {
		t.Errorf("the file behind the link changed:\n%s", got)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi, err)
	}
}

// TestInvalidEditNotWritten checks that an edit the loader rejects is not
// written, and its problem reads path:line:col and says that the line is
// one of the record as it would have been, which the file never held.
func TestInvalidEditNotWritten(t *testing.T) {
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
	t.Chdir(opts.Source)
	opts.Source = "."
	_, err := Log(opts, "acme-robotics", Event{Date: "2026-11-20", Type: "reply", From: "Dana Smyth"}, "")
	var list model.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("err = %v, want one content error", err)
	}
	// The new line is line 8; "from" is its fourth key, at column 43.
	want := `content/applications/acme-robotics.yaml:8:43: "Dana Smyth" in "from" is not in contacts, did you mean "Dana Smith"? (line 8 of the record as it would have been with the new lines; nothing was written)`
	if got := list[0].Error(); got != want {
		t.Errorf("error:\n%s\nwant:\n%s", got, want)
	}
	if got := readFile(t, recordPath(opts, "acme-robotics")); string(got) != acme {
		t.Errorf("the record changed:\n%s", got)
	}
}

// TestChangedMeanwhile checks that a record saved by someone else between
// the read and the write is left as they saved it.
func TestChangedMeanwhile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "acme-robotics.yaml")
	saved := []byte(acme + "notes: saved by an editor\n")
	if err := os.WriteFile(name, saved, 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeRecord(name, []byte(acme), []byte(acme+"# edit\n"), 0o644)
	var changed *changedError
	if !errors.As(err, &changed) {
		t.Fatalf("err = %v, want a refusal, for the edit to be made again", err)
	}
	if got := readFile(t, name); !bytes.Equal(got, saved) {
		t.Errorf("the record changed:\n%s", got)
	}
}

// TestFlowListRefused checks that events written as one flow list are
// refused rather than rewritten.
func TestFlowListRefused(t *testing.T) {
	in := []byte("company: A\nrole: B\napplied: 2026-11-03\nevents: [{date: 2026-11-09, type: note}]\n")
	_, err := AddEvent(in, Event{Date: "2026-11-10", Type: "note"})
	if err == nil || !strings.Contains(err.Error(), "line 4: \"events\" is written as a flow list") {
		t.Fatalf("err = %v", err)
	}
}

// TestEventOrder checks where a new event goes among events out of order,
// on the same day as others, and before all of them.
func TestEventOrder(t *testing.T) {
	in := "company: A\nrole: B\napplied: 2026-11-03\nevents:\n" +
		"  - {date: 2026-11-10, type: note}\n" +
		"  - {date: 2026-11-12T09:00, type: interview}\n" +
		"  - {date: 2026-11-12, type: note}\n"
	tests := []struct {
		date string
		line int // of the new event
	}{
		{"2026-11-01", 5},       // before the first
		{"2026-11-10", 6},       // after the events of its day
		{"2026-11-12T08:00", 6}, // a timed event before the other time of its day
		{"2026-11-12T10:00", 7}, // after the earlier time, before the untimed events
		{"2026-11-12", 8},
		{"2026-11-30", 8},
	}
	for _, tc := range tests {
		out, err := AddEvent([]byte(in), Event{Date: tc.date, Type: "note"})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(out), "\n")
		if got, want := lines[tc.line-1], "  - {date: "+tc.date+", type: note}"; got != want {
			t.Errorf("%s: line %d = %q, want %q\n%s", tc.date, tc.line, got, want, out)
		}
	}
}

// TestScalars checks that written values read back as the same text.
func TestScalars(t *testing.T) {
	for _, s := range []string{"Dana Smith", "yes", "2026", "a: b", "#x", "O'Brien", "[x]", "Zoë", "tab\there", `back\slash "q"`, " lead"} {
		in := []byte("company: A\nrole: B\napplied: 2026-11-03\n")
		out, err := AddEvent(in, Event{Date: "2026-11-10", Type: "note", Note: s})
		if err != nil {
			t.Fatal(err)
		}
		app, errs := loadApp(out)
		if len(errs) > 0 {
			t.Fatalf("%q: %v\n%s", s, errs, out)
		}
		if got := app.Events[0].Note; got != s {
			t.Errorf("note %q reads back as %q", s, got)
		}
	}
}

// TestNoFinalNewline checks that a record whose last line has no line
// ending gets one before the new lines, and nothing else changes.
func TestNoFinalNewline(t *testing.T) {
	in := "company: A\nrole: B\napplied: 2026-11-03"
	out, err := AddEvent([]byte(in), Event{Date: "2026-11-10", Type: "note"})
	if err != nil {
		t.Fatal(err)
	}
	want := "company: A\nrole: B\napplied: 2026-11-03\nevents:\n  - {date: 2026-11-10, type: note}\n"
	if string(out) != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

// TestEmptyLists checks keys written with no value: the new item goes
// right under the key, at the indentation of the record's other lists.
func TestEmptyLists(t *testing.T) {
	in := "company: A\nrole: B\napplied: 2026-11-03\nskip:\ncontacts:\n    - {name: Dana Smith}\nevents:   # none yet\nnotes: x\n"
	out, err := AddEvent([]byte(in), Event{Date: "2026-11-10", Type: "note"})
	if err != nil {
		t.Fatal(err)
	}
	if out, err = AddSkip(out, "move-on"); err != nil {
		t.Fatal(err)
	}
	want := "company: A\nrole: B\napplied: 2026-11-03\nskip:\n    - move-on\ncontacts:\n    - {name: Dana Smith}\n" +
		"events:   # none yet\n    - {date: 2026-11-10, type: note}\nnotes: x\n"
	if string(out) != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

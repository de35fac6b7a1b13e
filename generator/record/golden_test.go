package record

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenEdits edits records of each style and compares the result
// with a file written by hand in testdata/splice.
func TestGoldenEdits(t *testing.T) {
	tests := []struct {
		name, in, slug, want string
		edit                 func(Options) error
		keepsLines           bool
	}{
		{"FlowMiddle", "flow", "acme-robotics", "flow", func(o Options) error {
			_, err := Log(o, "acme", Event{Date: "2026-11-12", Type: "email", To: []string{"Dana Smith"},
				Action: "status-check-1", Note: "sent from my phone: short"}, "")
			return err
		}, true},
		{"BlockInterviewAddsContact", "block", "birchwood-law", "block", func(o Options) error {
			_, err := Log(o, "Birchwood Law", Event{Date: "2026-11-19T14:00", Type: "interview",
				With:             []string{"Ana Ruiz", "Omar Haddad"},
				Topics:           []Topic{{"Omar Haddad", "the firm's e-discovery tools"}},
				DecisionExpected: "2026-11-26"}, "")
			return err
		}, true},
		{"CommentsBetweenAndAfter", "comments", "cobalt-logistics", "comments", func(o Options) error {
			if _, err := Log(o, "cobalt", Event{Date: "2026-11-14", Type: "email", To: []string{"Jo Chen"}}, ""); err != nil {
				return err
			}
			_, err := Log(o, "cobalt", Event{Date: "2026-11-25", Type: "call", To: []string{"Jo Chen"}, Outcome: "spoke"}, "")
			return err
		}, true},
		{"NoEvents", "noevents", "dunmore-coffee", "noevents", func(o Options) error {
			_, err := Log(o, "dunmore-coffee", Event{Date: "2026-11-13", Type: "call", To: []string{"Pat Moore"}, Outcome: "no-answer"}, "")
			return err
		}, true},
		{"CRLF", "crlf", "evergreen-health", "crlf", func(o Options) error {
			_, err := Log(o, "evergreen", Event{Date: "2026-11-09", Type: "call", To: []string{"Ravi Das"}, Outcome: "voicemail"}, "")
			return err
		}, true},
		{"DoneCRLF", "crlf", "evergreen-health", "crlf.done", func(o Options) error {
			_, err := Done(o, "evergreen-health", "confirm-receipt", "2026-11-09", "voicemail")
			return err
		}, true},
		{"SkipNewKeyCRLF", "crlf", "evergreen-health", "crlf.skip", func(o Options) error {
			_, err := Skip(o, "evergreen-health", "status-check-1")
			return err
		}, true},
		{"SkipFlow", "skipflow", "fjord-analytics", "skipflow", func(o Options) error {
			_, err := Skip(o, "fjord", "status-check-2")
			return err
		}, false},
		{"SkipBlock", "skipblock", "granite-bank", "skipblock", func(o Options) error {
			_, err := Skip(o, "granite", "status-check-1")
			return err
		}, true},
		{"InvitationGoogle", "ics", "acme-robotics", "ics", func(o Options) error {
			_, err := Log(o, "acme-robotics", Event{Type: "interview"}, filepath.Join("testdata", "ics", "google.ics"))
			return err
		}, true},
		{"InvitationOutlookBareRecord", "bare", "granite-bank", "bare.outlook", func(o Options) error {
			_, err := Log(o, "granite-bank", Event{Type: "interview"}, filepath.Join("testdata", "ics", "outlook.ics"))
			return err
		}, true},
		{"SkipNewKeySpaced", "noevents", "dunmore-coffee", "noevents.skip", func(o Options) error {
			_, err := Skip(o, "dunmore", "move-on")
			return err
		}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := readFile(t, filepath.Join("testdata", "splice", tc.in+".in.yaml"))
			want := readFile(t, filepath.Join("testdata", "splice", tc.want+".want.yaml"))
			opts := newSite(t, map[string][]byte{tc.slug: in})
			if err := tc.edit(opts); err != nil {
				t.Fatal(err)
			}
			got := readFile(t, recordPath(opts, tc.slug))
			if string(got) != string(want) {
				t.Errorf("edited record:\n%s\nwant:\n%s", show(got), show(want))
			}
			if tc.keepsLines {
				assertLinesKept(t, in, got)
			}
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(recordPath(opts, tc.slug)), ".*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left behind: %v", leftovers)
			}
		})
	}
}

// show makes line endings visible.
func show(b []byte) string { return strings.ReplaceAll(string(b), "\r", `\r`) }

// TestModeKept checks that the edited record keeps its permissions.
func TestModeKept(t *testing.T) {
	in := readFile(t, filepath.Join("testdata", "splice", "flow.in.yaml"))
	opts := newSite(t, map[string][]byte{"acme-robotics": in})
	name := recordPath(opts, "acme-robotics")
	if err := os.Chmod(name, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Log(opts, "acme-robotics", Event{Type: "note", Note: "x"}, ""); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fi.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Errorf("mode = %v, want %v", got, want)
	}
}

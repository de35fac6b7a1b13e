package record

import "testing"

// TestDocumentMarkers edits records written with YAML's document markers:
// a start "---" and an end "...", after which nothing belongs to the
// record. New lines go inside the document.
func TestDocumentMarkers(t *testing.T) {
	tests := []struct {
		name, in, want string
		edit           func([]byte) ([]byte, error)
	}{
		{"EventBeforeEnd",
			"---\ncompany: A\nrole: B\napplied: 2026-11-03\nevents:\n  - {date: 2026-11-09, type: note}\n...\n",
			"---\ncompany: A\nrole: B\napplied: 2026-11-03\nevents:\n  - {date: 2026-11-09, type: note}\n  - {date: 2026-11-10, type: note}\n...\n",
			func(b []byte) ([]byte, error) { return AddEvent(b, Event{Date: "2026-11-10", Type: "note"}) }},
		{"NewKeyBeforeEndAndComment",
			"company: A\nrole: B\napplied: 2026-11-03\n... # end\n# after the end\n",
			"company: A\nrole: B\napplied: 2026-11-03\nevents:\n  - {date: 2026-11-10, type: note}\n... # end\n# after the end\n",
			func(b []byte) ([]byte, error) { return AddEvent(b, Event{Date: "2026-11-10", Type: "note"}) }},
		{"FirstKeyAfterStart",
			"---\ncontacts:\n  - {name: Dana Smith}\ncompany: A\nrole: B\napplied: 2026-11-03\n",
			"---\nskip: [move-on]\ncontacts:\n  - {name: Dana Smith}\ncompany: A\nrole: B\napplied: 2026-11-03\n",
			func(b []byte) ([]byte, error) { return AddSkip(b, "move-on") }},
		// Keys apart: the new first key is followed by a blank line.
		{"FirstKeySpaced",
			"contacts:\n  - {name: Dana Smith}\n\ncompany: A\n\nrole: B\n\napplied: 2026-11-03\n",
			"skip: [move-on]\n\ncontacts:\n  - {name: Dana Smith}\n\ncompany: A\n\nrole: B\n\napplied: 2026-11-03\n",
			func(b []byte) ([]byte, error) { return AddSkip(b, "move-on") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.edit([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", out, tc.want)
			}
			if _, errs := loadApp(out); len(errs) > 0 {
				t.Errorf("does not load: %v", errs)
			}
		})
	}
}

// TestLogBeforeDocumentEnd logs an event into a record that ends with
// "...": it is written, inside the document.
func TestLogBeforeDocumentEnd(t *testing.T) {
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme + "...\n")})
	if _, err := Log(opts, "acme-robotics", Event{Date: "2026-11-20", Type: "note"}, ""); err != nil {
		t.Fatal(err)
	}
	want := acme + "  - {date: 2026-11-20, type: note}\n...\n"
	if got := readFile(t, recordPath(opts, "acme-robotics")); string(got) != want {
		t.Errorf("record:\n%s\nwant:\n%s", got, want)
	}
}

package record

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotUTF8Refused gives text with a byte that is not UTF-8 (0xE9, é in
// Latin-1, as a terminal set to it sends): it is refused, naming the flag,
// and the record is not touched. Written quoted, it would be \xE9, which
// YAML reads back as U+00E9.
func TestNotUTF8Refused(t *testing.T) {
	tests := []struct {
		name string
		ev   Event
		msg  string
	}{
		{"Note", Event{Type: "note", Note: "caf\xe9"}, `-note: "caf\xe9" is not UTF-8 text (the byte 0xe9 at offset 3)`},
		{"With", Event{Type: "interview", With: []string{"Lee Park", "Ren\xe9"}}, `-with: "Ren\xe9" is not UTF-8 text (the byte 0xe9 at offset 3)`},
		{"Topic", Event{Type: "interview", With: []string{"Lee Park"}, Topics: []Topic{{"Lee Park", "\xe9quipe"}}}, `-topic: "\xe9quipe" is not UTF-8 text (the byte 0xe9 at offset 0)`},
		{"CutRune", Event{Type: "note", Note: "Zo\xc3"}, `-note: "Zo\xc3" is not UTF-8 text (the byte 0xc3 at offset 2)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
			_, err := Log(opts, "acme-robotics", tc.ev, "")
			if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("err = %v, want a usage error %q", err, tc.msg)
			}
			if got := readFile(t, recordPath(opts, "acme-robotics")); string(got) != acme {
				t.Errorf("the record changed:\n%s", got)
			}
		})
	}
	t.Run("Outcome", func(t *testing.T) {
		opts := newSite(t, map[string][]byte{"acme-cloud": []byte("company: Acme Cloud\nrole: SRE\napplied: 2026-11-04\n")})
		_, err := Done(opts, "acme-cloud", "status-check-1", "2026-11-20", "spok\xe9")
		if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), `-outcome: "spok\xe9" is not UTF-8 text`) {
			t.Fatalf("err = %v", err)
		}
	})
}

// TestInvitationNotUTF8 reads an invitation whose attendee's name is in
// Latin-1: it is refused as invalid content, naming the file.
func TestInvitationNotUTF8(t *testing.T) {
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
	file := filepath.Join(t.TempDir(), "latin1.ics")
	cal := invite("METHOD:REQUEST\n", "DTSTART:20261117T200000Z\nATTENDEE;CN=Ren\xe9 Roy:mailto:rene@acme.example\n")
	if err := os.WriteFile(file, []byte(cal), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Log(opts, "acme-robotics", Event{Type: "interview"}, file)
	if err == nil || errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), "-ics "+file+`: an attendee: "Ren\xe9 Roy" is not UTF-8 text`) {
		t.Fatalf("err = %v, want invalid content naming the file", err)
	}
	if got := readFile(t, recordPath(opts, "acme-robotics")); string(got) != acme {
		t.Errorf("the record changed:\n%s", got)
	}
}

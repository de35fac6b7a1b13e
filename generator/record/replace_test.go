package record

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// logged is the line Log writes for the note of the tests below.
const logged = "  - {date: 2026-11-20, type: note, note: from followup}\n"

// logNote logs the note of the tests below.
func logNote(opts Options) error {
	_, err := Log(opts, "acme-robotics", Event{Date: "2026-11-20", Type: "note", Note: "from followup"}, "")
	return err
}

// onceAt runs fn the first time the edit passes point.
func onceAt(t *testing.T, point string, fn func()) {
	done := false
	t.Cleanup(fault.Set(func(p string) error {
		if p == point && !done {
			done = true
			fn()
		}
		return nil
	}))
}

// needExchange skips where the record is replaced by a rename, which
// cannot see a save that lands just before it.
func needExchange(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the exchange of files is Linux's renameat2")
	}
}

// TestSaveBeforeExchange saves the record, in place and by a rename, after
// the edit compared it with what it read and before the new file goes in:
// the save comes out of the exchange, is put back, and the edit is made
// again on it.
func TestSaveBeforeExchange(t *testing.T) {
	needExchange(t)
	for _, tc := range []struct {
		name string
		save editorSave
	}{{"InPlace", appendInPlace}, {"Rename", appendByRename}} {
		t.Run(tc.name, func(t *testing.T) {
			opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
			name := recordPath(opts, "acme-robotics")
			onceAt(t, "record-exchange", func() {
				if err := tc.save(name, "# saved by an editor\n"); err != nil {
					t.Error(err)
				}
			})
			if err := logNote(opts); err != nil {
				t.Fatal(err)
			}
			// The event goes at the end of the events, before the comment
			// that trails them.
			want := acme + logged + "# saved by an editor\n"
			if got := readFile(t, name); string(got) != want {
				t.Errorf("record:\n%s\nwant:\n%s", got, want)
			}
			assertNoLeftovers(t, name)
		})
	}
}

// TestWriterStillOpen has an editor open the record for writing before the
// exchange and write only after it: the edit waits for it to close the
// file, or puts it back, and then both are there.
func TestWriterStillOpen(t *testing.T) {
	needExchange(t)
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
	name := recordPath(opts, "acme-robotics")
	wrote := make(chan error, 1)
	onceAt(t, "record-exchange", func() {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			time.Sleep(30 * time.Millisecond)
			_, err := f.WriteString("# saved by an editor\n")
			f.Close()
			wrote <- err
		}()
	})
	if err := logNote(opts); err != nil {
		t.Fatal(err)
	}
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	if got, want := readFile(t, name), acme+logged+"# saved by an editor\n"; string(got) != want {
		t.Errorf("record:\n%s\nwant:\n%s", got, want)
	}
	assertNoLeftovers(t, name)
}

// TestSavedTwice saves the record in place just before the exchange and
// again just after it, onto the edit: neither save is dropped. The newest
// stays in place, the one before is kept beside it, and the error names it.
func TestSavedTwice(t *testing.T) {
	needExchange(t)
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
	name := recordPath(opts, "acme-robotics")
	t.Cleanup(fault.Set(func(p string) error {
		switch p {
		case "record-exchange":
			appendInPlace(name, "# first save\n")
		case "record-exchanged":
			appendInPlace(name, "# second save\n")
		}
		return nil
	}))
	err := logNote(opts)
	m := regexp.MustCompile(`saved twice while followup was writing it: the newest save is in place, the one before it is (\S+);`).FindStringSubmatch(fmt.Sprint(err))
	if m == nil {
		t.Fatalf("err = %v, want the two saves named", err)
	}
	if got, want := readFile(t, name), acme+logged+"# second save\n"; string(got) != want {
		t.Errorf("record:\n%s\nwant:\n%s", got, want)
	}
	if got, want := readFile(t, m[1]), acme+"# first save\n"; string(got) != want {
		t.Errorf("%s:\n%s\nwant:\n%s", m[1], got, want)
	}
}

// TestKeepsChanging saves the record before every exchange: the edit is
// made again a few times, then refused, and every save is there.
func TestKeepsChanging(t *testing.T) {
	needExchange(t)
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
	name := recordPath(opts, "acme-robotics")
	saves := 0
	t.Cleanup(fault.Set(func(p string) error {
		if p == "record-exchange" {
			saves++
			appendInPlace(name, "# save\n")
		}
		return nil
	}))
	err := logNote(opts)
	var changed *changedError
	if !errors.As(err, &changed) || !strings.Contains(err.Error(), "kept changing while followup was editing it; nothing written") {
		t.Fatalf("err = %v, want a refusal", err)
	}
	if saves != tries {
		t.Errorf("%d tries, want %d", saves, tries)
	}
	if got, want := readFile(t, name), acme+strings.Repeat("# save\n", tries); string(got) != want {
		t.Errorf("record:\n%s\nwant:\n%s", got, want)
	}
	assertNoLeftovers(t, name)
}

// assertNoLeftovers fails when a temporary file of the edit is left beside
// the record.
func assertNoLeftovers(t *testing.T, name string) {
	t.Helper()
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(name), ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestRenameFallback takes the path of the systems that cannot exchange
// files: the edit is renamed over the record, checked just before.
func TestRenameFallback(t *testing.T) {
	opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
	name := recordPath(opts, "acme-robotics")
	t.Cleanup(fault.Set(func(p string) error {
		if p == "record-exchange" {
			return errors.ErrUnsupported
		}
		return nil
	}))
	if err := logNote(opts); err != nil {
		t.Fatal(err)
	}
	if got, want := readFile(t, name), acme+logged; string(got) != want {
		t.Errorf("record:\n%s\nwant:\n%s", got, want)
	}
	assertNoLeftovers(t, name)
}

package record

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// editorSave is how an editor saves a line at the end of a file.
type editorSave func(name, line string) error

// appendInPlace saves as `echo line >> file` does: the file is opened
// and written, the same file.
func appendInPlace(name, line string) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(line); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// editorMu makes an editor's read and rename one step, as seen by the
// exchange of an edit (see serializeRenames).
var editorMu sync.Mutex

// appendByRename saves as most editors do: the file is read, the new text
// written to a file beside it, which is renamed over the old one.
func appendByRename(name, line string) error {
	editorMu.Lock()
	defer editorMu.Unlock()
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	tmp := name + ".editor~"
	if err := os.WriteFile(tmp, append(data, line...), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}

// serializeRenames keeps the exchange of an edit out of the few
// microseconds between an editor's read and its rename: a save made from
// a text read before the edit landed and renamed after it replaces the
// edit, which no tool can prevent. Everything else an editor can do
// meanwhile is left to happen.
func serializeRenames(t *testing.T) {
	t.Cleanup(fault.Set(func(point string) error {
		switch point {
		case "record-exchange":
			editorMu.Lock()
		case "record-exchanged":
			editorMu.Unlock()
		}
		return nil
	}))
}

// raceRounds runs rounds of an edit (edit(r) must add the text mark(r) to
// the record) against an editor that saves the line "# editor save r" at
// the end of the record, each after a random delay of 0 to 60 ms, workers
// sites at a time. Every save and every edit must be in the record after
// the round.
func raceRounds(t *testing.T, rounds int, save editorSave, sites []string, edit func(site, r int) error, mark func(r int) string) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var refused, savesLost, editsLost int
	for w, name := range sites {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := w; r < rounds; r += len(sites) {
				if err := os.WriteFile(name, []byte(acme), 0o644); err != nil {
					t.Error(err)
					return
				}
				line := fmt.Sprintf("# editor save %d\n", r)
				wait := rand.N(30 * time.Millisecond)
				saved := make(chan error)
				go func() {
					time.Sleep(wait + rand.N(30*time.Millisecond))
					saved <- save(name, line)
				}()
				time.Sleep(wait)
				err := edit(w, r)
				if serr := <-saved; serr != nil {
					t.Errorf("round %d: the editor's save failed: %v", r, serr)
				}
				got, _ := os.ReadFile(name)
				mu.Lock()
				switch {
				case err != nil:
					refused++
					t.Logf("round %d: %v", r, err)
				case !strings.Contains(string(got), line):
					savesLost++
				case !strings.Contains(string(got), mark(r)):
					editsLost++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if refused+savesLost+editsLost > 0 {
		t.Errorf("of %d rounds, %d lost the editor's save, %d lost the edit, %d refused the edit", rounds, savesLost, editsLost, refused)
	}
}

// TestEditorRace runs an editor's save against Log, 300 rounds for each
// way an editor saves, and finds every save and every logged event.
func TestEditorRace(t *testing.T) {
	for _, tc := range []struct {
		name string
		save editorSave
	}{{"InPlace", appendInPlace}, {"Rename", appendByRename}} {
		t.Run(tc.name, func(t *testing.T) {
			serializeRenames(t)
			var sites []Options
			var names []string
			for range 20 {
				opts := newSite(t, map[string][]byte{"acme-robotics": []byte(acme)})
				sites, names = append(sites, opts), append(names, recordPath(opts, "acme-robotics"))
			}
			mark := func(r int) string { return fmt.Sprintf("note: logged in round %d}", r) }
			raceRounds(t, 300, tc.save, names, func(site, r int) error {
				_, err := Log(sites[site], "acme-robotics", Event{Date: "2026-11-20", Type: "note", Note: fmt.Sprintf("logged in round %d", r)}, "")
				return err
			}, mark)
		})
	}
}

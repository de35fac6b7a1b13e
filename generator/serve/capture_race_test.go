package serve

import (
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// editorMu makes the read and the rename of the editor of
// TestCaptureEditorRace one step, as the exchange of an edit sees it: a
// save made from a text read before the edit landed and renamed after it
// replaces the edit, which no tool can prevent.
var editorMu sync.Mutex

// editorSaves are the two ways an editor saves a line at the end of a
// file: written to the same file (`echo line >> file`), or, as most
// editors do, written to a file beside it that is renamed over it.
var editorSaves = map[string]func(name, line string) error{
	"InPlace": func(name, line string) error {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return err
		}
		_, err = f.WriteString(line)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	},
	"Rename": func(name, line string) error {
		editorMu.Lock()
		defer editorMu.Unlock()
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(name+".editor~", append(data, line...), 0o644); err != nil {
			return err
		}
		return os.Rename(name+".editor~", name)
	},
}

// captureSite is one site with a capture endpoint of its own.
type captureSite struct {
	record, host, token string
}

// newCaptureSite writes a site of one record and serves its capture
// endpoint on a loopback port.
func newCaptureSite(t *testing.T) captureSite {
	dir := writeSite(t, t.TempDir(), 1)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := newCapture(dir, ln.Addr())
	srv := httptest.NewUnstartedServer(c)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return captureSite{recordPath(dir, 0), c.host, c.token}
}

// logNote posts a note to the capture endpoint of s, as the page's form
// does, and returns the status.
func (s captureSite) logNote(note string) (int, error) {
	form := url.Values{"token": {s.token}, "op": {"log"}, "app": {slugOf(0)}, "type": {"note"},
		"date": {"2026-11-20"}, "note": {note}}
	req, err := http.NewRequest(http.MethodPost, "http://"+s.host+"/__followup/capture", strings.NewReader(form.Encode()))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://"+s.host)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	res.Body.Close()
	return res.StatusCode, nil
}

// TestCaptureEditorRace posts a note through the capture endpoint while an
// editor saves the record, each after a random delay of 0 to 60 ms, 300
// rounds for each way an editor saves, on 20 sites at a time: every save
// and every note must be in the record after the round.
func TestCaptureEditorRace(t *testing.T) {
	const rounds, sites = 300, 20
	base := recordYAML(0, companyOf(0))
	for name, save := range editorSaves {
		t.Run(name, func(t *testing.T) {
			t.Cleanup(fault.Set(func(point string) error {
				switch point {
				case "record-exchange":
					editorMu.Lock()
				case "record-exchanged":
					editorMu.Unlock()
				}
				return nil
			}))
			var mu sync.Mutex
			var wg sync.WaitGroup
			var refused, savesLost, notesLost int
			for w := range sites {
				s := newCaptureSite(t)
				wg.Add(1)
				go func() {
					defer wg.Done()
					for r := w; r < rounds; r += sites {
						if err := os.WriteFile(s.record, []byte(base), 0o644); err != nil {
							t.Error(err)
							return
						}
						line, note := fmt.Sprintf("# editor save %d\n", r), fmt.Sprintf("posted in round %d", r)
						wait := rand.N(30 * time.Millisecond)
						saved := make(chan error)
						go func() {
							time.Sleep(wait + rand.N(30*time.Millisecond))
							saved <- save(s.record, line)
						}()
						time.Sleep(wait)
						code, err := s.logNote(note)
						if serr := <-saved; serr != nil {
							t.Errorf("round %d: the editor's save failed: %v", r, serr)
						}
						got, _ := os.ReadFile(s.record)
						mu.Lock()
						switch {
						case err != nil || code != http.StatusOK:
							refused++
							t.Logf("round %d: status %d, %v", r, code, err)
						case !strings.Contains(string(got), line):
							savesLost++
						case !strings.Contains(string(got), "note: "+note+"}"):
							notesLost++
						}
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			if refused+savesLost+notesLost > 0 {
				t.Errorf("of %d rounds, %d lost the editor's save, %d lost the note, %d refused the note", rounds, savesLost, notesLost, refused)
			}
		})
	}
}

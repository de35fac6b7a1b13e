package load

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// reader reads the committed states of the records and of the settings
// with one git cat-file process, and decodes each distinct one once.
type reader struct {
	dir      string
	wanted   []string                   // object ids to read, each once
	asked    map[string]bool            // the object ids in wanted
	data     map[string][]byte          // object id → contents
	before   []int                      // for each application, the revisions left out
	settings map[string]*model.Settings // object id → the settings decoded; "": no file
}

// point is one commit whose state of a record counts: the object ids of
// the record and of the settings after it.
type point struct {
	time             time.Time
	record, settings string
	clean            bool // the last point, and the work tree has the record and the settings as it left them
}

// recordFile returns the path of the record of slug, relative to the source.
func recordFile(slug string) string { return model.RecordFile(slug) }

// window returns the points of app: the commits that touched its record
// or the settings, from the first that added the record, at most
// maxRevisions of them, the latest. It asks for the files they need,
// except the last record when clean says the work tree still holds it, and
// counts the points left out.
func (r *reader) window(commits []commit, app *model.Application, clean bool) []point {
	path := recordFile(app.Slug)
	var points []point
	record, settings := "", ""
	for _, c := range commits {
		oid, isRecord := c.files[path]
		if isRecord {
			record = oid
		}
		s, isSettings := c.files[settingsFile]
		if isSettings {
			settings = s
		}
		if isRecord || isSettings && len(points) > 0 {
			points = append(points, point{time: c.time, record: record, settings: settings})
		}
	}
	before := max(0, len(points)-maxRevisions)
	r.before = append(r.before, before)
	points = points[before:]
	for k := range points {
		last := k == len(points)-1
		points[k].clean = last && clean
		r.ask(points[k].settings)
		if !points[k].clean {
			r.ask(points[k].record)
		}
	}
	return points
}

// ask adds an object to what fetch reads.
func (r *reader) ask(oid string) {
	if r.asked == nil {
		r.asked = map[string]bool{}
	}
	if oid != "" && !r.asked[oid] {
		r.asked[oid] = true
		r.wanted = append(r.wanted, oid)
	}
}

// fetch reads every object asked for with git cat-file --batch.
func (r *reader) fetch() error {
	r.data = map[string][]byte{}
	if len(r.wanted) == 0 {
		return nil
	}
	cmd := exec.Command("git", "-C", r.dir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("load: git cat-file: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return fmt.Errorf("load: git cat-file: %w", err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("load: git cat-file: %w", err)
	}
	go func() {
		w := bufio.NewWriter(in)
		for _, oid := range r.wanted {
			w.WriteString(oid + "\n")
		}
		w.Flush()
		in.Close()
	}()
	readErr := r.readBatch(bufio.NewReader(out))
	io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("load: git cat-file: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return readErr
}

// readBatch reads the answers of git cat-file --batch to r.wanted.
func (r *reader) readBatch(out *bufio.Reader) error {
	for range r.wanted {
		header, err := out.ReadString('\n')
		if err != nil {
			return fmt.Errorf("load: git cat-file: %w", err)
		}
		fields := strings.Fields(header)
		if len(fields) != 3 {
			continue // missing: read as no file
		}
		size, err := strconv.Atoi(fields[2])
		if err != nil || size < 0 {
			return fmt.Errorf("load: git cat-file: bad answer %q", strings.TrimSpace(header))
		}
		data := make([]byte, size+1) // and the newline after it
		if _, err := io.ReadFull(out, data); err != nil {
			return fmt.Errorf("load: git cat-file: %w", err)
		}
		if fields[1] == "blob" {
			r.data[fields[0]] = data[:size]
		}
	}
	return nil
}

// decodeSettings decodes the settings of object oid, once: the defaults
// when there is no such file. Their problems do not matter here: the
// settings decoded are usable anyway.
func (r *reader) decodeSettings(oid string) {
	if r.settings[oid] != nil {
		return
	}
	s := defaultSettings()
	if data, ok := r.data[oid]; ok {
		s, _ = SettingsFile(settingsFile, data)
	}
	r.settings[oid] = &s
}

// decodeApp returns the record of slug in object oid, read with the
// settings s, or nil when there is no such file or it was not valid.
// decoded keeps the records of slug already decoded; r is only read, so
// that the records of several applications can be decoded at once.
func (r *reader) decodeApp(oid, slug string, s *model.Settings, decoded map[string]*model.Application) *model.Application {
	key := oid + "\x00" + s.Location.String()
	if a, seen := decoded[key]; seen {
		return a
	}
	data, ok := r.data[oid]
	if !ok {
		return nil
	}
	rec := decodeRecord(s, recordFile(slug), data)
	if len(rec.errs) > 0 {
		rec.app = nil
	}
	decoded[key] = rec.app
	return rec.app
}

package load

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// reader reads the committed states of the records and of the settings
// with one git cat-file process, and decodes each distinct one once.
type reader struct {
	dir      string
	requests []string                   // "<commit>:./<path>", in the order asked
	blobs    map[string]string          // request → its object id; absent: not in that commit
	data     map[string][]byte          // object id → contents
	before   []int                      // for each application, the revisions left out
	settings map[string]*model.Settings // object id → the settings decoded
}

// recordFile returns the path of the record of slug, relative to the source.
func recordFile(slug string) string { return "content/applications/" + slug + ".yaml" }

// window returns the commits, by index, whose states of app count: those
// that touched its record or the settings, from the first that added the
// record, at most maxRevisions of them, the latest. It asks for their
// files and counts the ones left out as the application's i.
func (r *reader) window(commits []commit, app *model.Application, i int) []int {
	path := recordFile(app.Slug)
	var points []int
	for j := range commits {
		if commits[j].files[path] || len(points) > 0 && commits[j].files[settingsFile] {
			points = append(points, j)
		}
	}
	before := max(0, len(points)-maxRevisions)
	r.before = append(r.before, before)
	points = points[before:]
	for _, j := range points {
		r.ask(commits[j].hash, path)
		r.ask(commits[j].hash, settingsFile)
	}
	return points
}

// ask adds the file at path (relative to the source) in a commit to what
// fetch reads.
func (r *reader) ask(hash, path string) {
	req := hash + ":./" + path
	if _, ok := r.blobs[req]; !ok {
		r.blobs[req] = ""
		r.requests = append(r.requests, req)
	}
}

// fetch reads every file asked for with git cat-file --batch.
func (r *reader) fetch() error {
	r.data = map[string][]byte{}
	if len(r.requests) == 0 {
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
		for _, req := range r.requests {
			w.WriteString(req + "\n")
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

// readBatch reads the answers of git cat-file --batch to r.requests.
func (r *reader) readBatch(out *bufio.Reader) error {
	for _, req := range r.requests {
		header, err := out.ReadString('\n')
		if err != nil {
			return fmt.Errorf("load: git cat-file: %w", err)
		}
		fields := strings.Fields(header)
		if len(fields) != 3 {
			delete(r.blobs, req) // missing: the file is not in that commit
			continue
		}
		size, err := strconv.Atoi(fields[2])
		if err != nil || size < 0 {
			return fmt.Errorf("load: git cat-file: bad answer %q", strings.TrimSpace(header))
		}
		r.blobs[req] = fields[0]
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

// decodeSettings returns the settings as committed in hash: the defaults
// when the file is not there. Their problems do not matter here: the
// settings decoded are usable anyway.
func (r *reader) decodeSettings(hash string) *model.Settings {
	oid, ok := r.blobs[hash+":./"+settingsFile]
	if s := r.settings[oid]; s != nil {
		return s
	}
	s := defaultSettings()
	if ok {
		s, _ = SettingsFile(settingsFile, r.data[oid])
	}
	r.settings[oid] = &s
	return &s
}

// decodeApp returns the record of slug as committed in hash, read with the
// settings s, or nil when it is not there or not valid then. decoded keeps
// the records of slug already decoded; r is only read, so that the records
// of several applications can be decoded at once.
func (r *reader) decodeApp(hash, slug string, s *model.Settings, decoded map[string]*model.Application) *model.Application {
	path := recordFile(slug)
	oid, ok := r.blobs[hash+":./"+path]
	data, isBlob := r.data[oid]
	if !ok || !isBlob {
		return nil
	}
	key := oid + "\x00" + s.Location.String()
	if a, seen := decoded[key]; seen {
		return a
	}
	rec := decodeRecord(s, path, data)
	if len(rec.errs) > 0 {
		rec.app = nil
	}
	decoded[key] = rec.app
	return rec.app
}

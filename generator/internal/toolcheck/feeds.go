package toolcheck

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ReadFeeds writes each feed to a file of its own, has program run script
// on them all, and returns the JSON the script printed for each, by the
// feed's name. The script prints one JSON object keyed by file name.
func ReadFeeds(t testing.TB, program, script string, feeds map[string][]byte) map[string]json.RawMessage {
	t.Helper()
	dir := t.TempDir()
	args := []string{script}
	names := map[string]string{} // file → name of the feed
	for name, data := range feeds {
		file := filepath.Join(dir, strings.ReplaceAll(name, "/", "_"))
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, file)
		names[file] = name
	}
	cmd := exec.Command(program, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", program, script, err, stderr.Bytes())
	}
	var byFile map[string]json.RawMessage
	if err := json.Unmarshal(out, &byFile); err != nil {
		t.Fatalf("%s printed no JSON: %v\n%s", script, err, out)
	}
	read := map[string]json.RawMessage{}
	for file, v := range byFile {
		read[names[file]] = v
	}
	if len(read) != len(feeds) {
		t.Fatalf("%s read %d feeds, want %d", script, len(read), len(feeds))
	}
	return read
}

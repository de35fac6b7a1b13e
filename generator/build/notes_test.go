package build

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// notePrefix starts every note planted in the example: letters and digits
// only, so that no escaping in HTML, JSON or iCalendar changes it.
const notePrefix = "zq7note"

// TestEventNotesArePrivate plants a note of its own in every event of the
// shipped example, then builds it: no byte of the published build holds
// one, and the private build holds each.
func TestEventNotesArePrivate(t *testing.T) {
	src := t.TempDir()
	notes := copyWithNotes(t, filepath.Join(repoRoot, "content"), filepath.Join(src, "content"))
	if len(notes) < 20 {
		t.Fatalf("planted %d notes, want one in each of the example's events", len(notes))
	}
	pub := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: pub}); err != nil {
		t.Fatal(err)
	}
	for name, data := range readDir(t, pub) {
		if i := bytes.Index(unfold(data), []byte(notePrefix)); i >= 0 {
			end := min(i+40, len(unfold(data)))
			t.Errorf("published %s holds an event note: %q", name, unfold(data)[i:end])
		}
	}
	priv := filepath.Join(t.TempDir(), "private")
	if _, err := Build(Options{Source: src, Dest: priv, Private: true}); err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	for _, data := range readDir(t, priv) {
		all.Write(unfold(data))
	}
	for _, note := range notes {
		if !bytes.Contains(all.Bytes(), []byte(note)) {
			t.Errorf("the private build lacks the note %q", note)
		}
	}
}

// unfold joins the folded lines of an iCalendar file (RFC 5545, 3.1).
func unfold(data []byte) []byte {
	return bytes.ReplaceAll(data, []byte("\r\n "), nil)
}

// copyWithNotes copies the content directory from into to, and gives every
// event of every application record a note of its own, which it returns.
func copyWithNotes(t *testing.T, from, to string) []string {
	t.Helper()
	var notes []string
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if filepath.Dir(rel) == "applications" && strings.HasSuffix(rel, ".yaml") {
			data = plantNotes(t, data, strings.TrimSuffix(filepath.Base(rel), ".yaml"), &notes)
		}
		out := filepath.Join(to, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return notes
}

// plantNotes sets the note of each event of a record to notePrefix, the
// slug and the event's index.
func plantNotes(t *testing.T, data []byte, slug string, notes *[]string) []byte {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	top := doc.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value != "events" {
			continue
		}
		for j, ev := range top.Content[i+1].Content {
			note := fmt.Sprintf("%s%s%d", notePrefix, strings.ReplaceAll(slug, "-", ""), j)
			*notes = append(*notes, note)
			setKey(ev, "note", note)
		}
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// setKey sets key to value in a mapping node.
func setKey(m *yaml.Node, key, value string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content[i+1].SetString(value)
			return
		}
	}
	k, v := &yaml.Node{}, &yaml.Node{}
	k.SetString(key)
	v.SetString(value)
	m.Content = append(m.Content, k, v)
}

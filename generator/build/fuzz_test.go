package build

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzTimeout bounds each template of a fuzzed site; fuzzBound bounds the
// whole build of one, which renders a handful of pages.
const (
	fuzzTimeout = 250 * time.Millisecond
	fuzzBound   = 30 * time.Second
)

// FuzzBuildSite builds a whole site made of fuzzed settings, record, advice
// page, script template and layout, published and private, in memory. Each
// build must end, with files or with an error, within fuzzBound and
// without a panic. A template that loops is given up on at fuzzTimeout,
// and keeps a core busy until the fuzzing process ends (see package bound).
func FuzzBuildSite(f *testing.F) {
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(name)))
		if err != nil {
			f.Fatal(err)
		}
		return data
	}
	settings := read("content/site.yaml")
	for _, seed := range [][3]string{
		{"content/applications/acme-robotics.yaml", "content/scripts/email.tmpl", "layouts/dashboard.html"},
		{"content/applications/birchwood-law.yaml", "content/scripts/call.tmpl", "layouts/404.html"},
		{"content/applications/evergreen-health.yaml", "content/scripts/letter.tmpl", "layouts/dashboard.html"},
	} {
		f.Add(settings, read(seed[0]), read("content/advice/after-applying.md"), read(seed[1]), read(seed[2]))
	}
	// A layout that loops, past the check of constant ranges.
	f.Add(settings, read("content/applications/acme-robotics.yaml"), read("content/advice/moving-on.md"),
		read("content/scripts/email.tmpl"), []byte(slowLayout))
	f.Fuzz(func(t *testing.T, settings, record, advice, script, layout []byte) {
		src := t.TempDir()
		for name, data := range map[string][]byte{
			"content/site.yaml":              settings,
			"content/applications/fuzz.yaml": record,
			"content/advice/fuzz.md":         advice,
			"content/scripts/email.tmpl":     script,
			"layouts/dashboard.html":         layout,
		} {
			p := filepath.Join(src, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, private := range []bool{false, true} {
				if _, err := Render(Options{Source: src, Private: private, TemplateTimeout: fuzzTimeout}); err != nil {
					return // an error is an answer; only a hang or a panic is a failure
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(fuzzBound):
			t.Fatalf("the build of a fuzzed site was still running after %v", fuzzBound)
		}
	})
}

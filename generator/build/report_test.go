package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportPageOnlyInPrivateBuilds: the shipped example's work-search log
// is in a -private build and in one whose settings say publish.private, and
// neither in a published build nor in the repository's public/.
func TestReportPageOnlyInPrivateBuilds(t *testing.T) {
	if _, err := os.Stat(filepath.Join(repoRoot, "public", "report")); !os.IsNotExist(err) {
		t.Errorf("public/report: the golden published build holds it (%v)", err)
	}
	pub, err := Render(Options{Source: repoRoot})
	if err != nil {
		t.Fatal(err)
	}
	for name := range pub.Files {
		if strings.HasPrefix(name, "report/") {
			t.Errorf("a published build holds %s", name)
		}
	}
	priv, err := Render(Options{Source: repoRoot, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(priv.Files["report/index.html"]), "<h1>Work-search log</h1>") {
		t.Error("a -private build has no work-search log at report/index.html")
	}

	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(filepath.Join(repoRoot, "content"))); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "content", "site.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	settings := strings.Replace(string(data), "\n  private: false", "\n  private: true", 1)
	if settings == string(data) {
		t.Fatalf("%s: no publish.private: false to turn on", p)
	}
	if err := os.WriteFile(p, []byte(settings), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Render(Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := set.Files["report/index.html"]; !ok {
		t.Error("a build with publish.private has no report/index.html")
	}
}

package scaffold

import (
	"os/exec"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// TestWorkflowsPassActionlint has actionlint (with shellcheck, when it is
// installed) read the repository's workflows and those Init writes.
func TestWorkflowsPassActionlint(t *testing.T) {
	lint, err := exec.LookPath("actionlint")
	if err != nil {
		toolcheck.Missing(t, "actionlint", "go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12")
	}
	repo, err := filepath.Glob(filepath.Join("..", "..", ".github", "workflows", "*.yml"))
	if err != nil || len(repo) == 0 {
		t.Fatalf("no workflows in the repository (%v)", err)
	}
	for _, version := range []string{"v1.4.2", ""} {
		dir := t.TempDir()
		if err := Init(dir, fstest.MapFS{}, Options{Version: version}); err != nil {
			t.Fatal(err)
		}
		written, _ := filepath.Glob(filepath.Join(dir, ".github", "workflows", "*.yml"))
		if len(written) == 0 {
			t.Fatal("init wrote no workflow")
		}
		files := append(append([]string{}, repo...), written...)
		if out, err := exec.Command(lint, files...).CombinedOutput(); err != nil {
			t.Errorf("actionlint (version %q): %v\n%s", version, err, out)
		}
	}
}

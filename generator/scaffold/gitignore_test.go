package scaffold

import (
	"errors"
	"os/exec"
	"testing"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// TestInitGitignore asks git itself what the .gitignore of a new site
// keeps out: the build and what a killed build leaves beside it.
func TestInitGitignore(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		toolcheck.Missing(t, "git", "apt-get install git")
	}
	dir := t.TempDir()
	if err := Init(dir, defaults(), Options{}); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("git", "-C", dir, "init", "-q").CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	for name, ignored := range map[string]bool{
		"public/index.html":                  true,
		".public.followup-new/index.html":    true,
		".public.followup-old/calendar.ics":  true,
		"content/site.yaml":                  false,
		".github/workflows/pages.yml":        false,
		"content/.public.followup-new/x.yml": false,
	} {
		err := exec.Command("git", "-C", dir, "check-ignore", "-q", "--no-index", name).Run()
		var exit *exec.ExitError
		switch {
		case err == nil:
			if !ignored {
				t.Errorf("%s is ignored", name)
			}
		case errors.As(err, &exit) && exit.ExitCode() == 1:
			if ignored {
				t.Errorf("%s is not ignored", name)
			}
		default:
			t.Fatalf("git check-ignore %s: %v", name, err)
		}
	}
}

package scaffold

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/load"
)

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		If    string            `yaml:"if"`
		Needs any               `yaml:"needs"`
		Env   map[string]string `yaml:"env"`
		Steps []struct {
			ID   string            `yaml:"id"`
			Name string            `yaml:"name"`
			If   string            `yaml:"if"`
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			Env  map[string]string `yaml:"env"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

func TestInitEncryptsAndItsWorkflowNeedsThePassphrase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if err := Init(dir, fstest.MapFS{"advice/a.md": {Data: []byte("---\ntitle: A\n---\nA.\n")}}); err != nil {
		t.Fatal(err)
	}
	settings, err := load.Settings(dir)
	if err != nil {
		t.Fatalf("the new settings do not load: %v", err)
	}
	if !settings.Publish.Encrypt || len(settings.Publish.Salt) != 16 {
		t.Errorf("a new site has encrypt %v and a salt of %d bytes, want true and 16", settings.Publish.Encrypt, len(settings.Publish.Salt))
	}
	other := filepath.Join(t.TempDir(), "other")
	if err := Init(other, fstest.MapFS{}); err != nil {
		t.Fatal(err)
	}
	if s, _ := load.Settings(other); string(s.Publish.Salt) == string(settings.Publish.Salt) {
		t.Error("two new sites share a salt")
	}

	data, err := os.ReadFile(filepath.Join(dir, ".github", "workflows", "pages.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.Unmarshal(data, &w); err != nil {
		t.Fatalf("the workflow is not YAML: %v", err)
	}
	b, ok := w.Jobs["build"]
	if !ok {
		t.Fatal("no build job")
	}
	if got := b.Env["FOLLOWUP_PASSPHRASE"]; got != "${{ secrets.FOLLOWUP_PASSPHRASE }}" {
		t.Errorf("the build job's FOLLOWUP_PASSPHRASE is %q, want the secret", got)
	}
	if len(b.Steps) == 0 || !strings.Contains(b.Steps[0].Run, `[ -z "$FOLLOWUP_PASSPHRASE" ]`) ||
		!strings.Contains(b.Steps[0].Run, "exit 1") || !strings.Contains(b.Steps[0].Run, "::error") {
		t.Errorf("the first step does not fail when the secret is missing:\n%s", b.Steps[0].Run)
	}
	var built, uploaded bool
	var external map[string]string
	for i, s := range b.Steps {
		switch {
		case strings.Contains(s.Run, "followup@latest build"):
			built = true
			if !regexp.MustCompile(`build -encrypt\b`).MatchString(s.Run) {
				t.Errorf("step %d builds without -encrypt: %s", i, s.Run)
			}
		case strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@"):
			uploaded = built && s.With["path"] == "public" && s.If == "vars.PAGES_REPOSITORY == ''"
		case strings.HasPrefix(s.Uses, "peaceiris/actions-gh-pages@"):
			if !built {
				t.Error("the public repository is published to before the build")
			}
			external = s.With
			if s.If != "vars.PAGES_REPOSITORY != ''" {
				t.Errorf("peaceiris runs if %q", s.If)
			}
		}
	}
	if !built || !uploaded {
		t.Errorf("build %v, upload to Pages %v: want both", built, uploaded)
	}
	want := map[string]string{
		"deploy_key":          "${{ secrets.PAGES_DEPLOY_KEY }}",
		"external_repository": "${{ vars.PAGES_REPOSITORY }}",
		"publish_dir":         "./public",
		"force_orphan":        "true",
	}
	for k, v := range want {
		if external[k] != v {
			t.Errorf("peaceiris %s = %q, want %q", k, external[k], v)
		}
	}
	d, ok := w.Jobs["deploy"]
	if !ok || d.Needs != "build" || d.If != "vars.PAGES_REPOSITORY == ''" || len(d.Steps) != 1 ||
		!strings.HasPrefix(d.Steps[0].Uses, "actions/deploy-pages@") {
		t.Errorf("the deploy job does not deploy the build to this repository's Pages: %+v", d)
	}
	if w.Permissions["pages"] != "write" || w.Permissions["id-token"] != "write" || w.Permissions["contents"] != "read" {
		t.Errorf("permissions %v", w.Permissions)
	}
}

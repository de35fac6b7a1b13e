package scaffold

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/load"
)

// step is the part of a workflow step the tests read.
type step struct {
	ID   string            `yaml:"id"`
	Name string            `yaml:"name"`
	If   string            `yaml:"if"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	Env  map[string]string `yaml:"env"`
	With map[string]any    `yaml:"with"`
}

// job is the part of a workflow job the tests read.
type job struct {
	If          string            `yaml:"if"`
	Needs       any               `yaml:"needs"`
	Uses        string            `yaml:"uses"`
	Permissions map[string]string `yaml:"permissions"`
	Env         map[string]string `yaml:"env"`
	With        map[string]any    `yaml:"with"`
	Secrets     any               `yaml:"secrets"`
	Steps       []step            `yaml:"steps"`
}

// workflow is the part of a GitHub Actions workflow the tests read.
type workflow struct {
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Env         map[string]string `yaml:"env"`
	Jobs        map[string]job    `yaml:"jobs"`
}

// readWorkflow parses the workflow in file.
func readWorkflow(t *testing.T, file string) (workflow, []byte) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.Unmarshal(data, &w); err != nil {
		t.Fatalf("%s is not YAML: %v", file, err)
	}
	return w, data
}

// pinned is a `uses:` line of a third-party action pinned to a full commit
// SHA, with the version it is in a comment.
var pinned = regexp.MustCompile(`^\s*(- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$`)

// checkHardened checks what a security reviewer asks of every workflow:
// permissions granted per job and none at the top, no secret in the env of
// the workflow or of a job, every action pinned by SHA with its version,
// checkout with the whole history, and no expression inside a shell
// script. perms is the least each job needs, by job name.
func checkHardened(t *testing.T, name string, w workflow, data []byte, perms map[string]map[string]string) {
	t.Helper()
	if w.Permissions == nil || len(w.Permissions) != 0 {
		t.Errorf("%s: top-level permissions %v, want {} (each job asks for its own)", name, w.Permissions)
	}
	if strings.Contains(string(data), "secrets.") && len(w.Env) > 0 {
		t.Errorf("%s: the workflow has an env of its own %v", name, w.Env)
	}
	for line := range strings.Lines(string(data)) {
		if strings.Contains(line, "uses:") && !strings.Contains(line, "uses: ./") && !pinned.MatchString(strings.TrimRight(line, "\n")) {
			t.Errorf("%s: not pinned to a full commit SHA with its version: %s", name, strings.TrimSpace(line))
		}
	}
	if len(w.Jobs) != len(perms) {
		t.Errorf("%s: %d jobs, want %d", name, len(w.Jobs), len(perms))
	}
	for jn, j := range w.Jobs {
		want, ok := perms[jn]
		if !ok {
			t.Errorf("%s: unexpected job %s", name, jn)
			continue
		}
		if !equalMaps(j.Permissions, want) {
			t.Errorf("%s: job %s has permissions %v, want %v", name, jn, j.Permissions, want)
		}
		for k, v := range j.Env {
			if strings.Contains(v, "secrets.") {
				t.Errorf("%s: job %s gives the secret %s to every step", name, jn, k)
			}
		}
		for i, s := range j.Steps {
			if strings.HasPrefix(s.Uses, "actions/checkout@") && s.With["fetch-depth"] != 0 {
				t.Errorf("%s: job %s step %d checks out with fetch-depth %v, want 0", name, jn, i, s.With["fetch-depth"])
			}
			if strings.Contains(s.Run, "${{") {
				t.Errorf("%s: job %s step %d has an expression inside its script:\n%s", name, jn, i, s.Run)
			}
			for k, v := range s.With {
				if str, _ := v.(string); strings.Contains(str, "secrets.") && !strings.HasPrefix(s.Uses, "peaceiris/") {
					t.Errorf("%s: job %s step %d gives a secret to %s (%s)", name, jn, i, s.Uses, k)
				}
			}
		}
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// secretSteps returns the names of the steps of w whose env holds a secret.
func secretSteps(w workflow) []string {
	var names []string
	for jn, j := range w.Jobs {
		for _, s := range j.Steps {
			for _, v := range s.Env {
				if strings.Contains(v, "secrets.") {
					names = append(names, jn+"/"+s.Name)
					break
				}
			}
		}
	}
	return names
}

// pagesPerms is the least each job of a Pages workflow needs: the build
// reads the repository and, through configure-pages, the site's address;
// only the deploy job writes to Pages, with an OIDC token.
var pagesPerms = map[string]map[string]string{
	"build":  {"contents": "read", "pages": "read"},
	"deploy": {"pages": "write", "id-token": "write"},
}

func TestRepositoryWorkflowIsHardened(t *testing.T) {
	file := filepath.Join("..", "..", ".github", "workflows", "pages.yml")
	w, data := readWorkflow(t, file)
	checkHardened(t, "pages.yml", w, data, pagesPerms)
	if got := secretSteps(w); len(got) != 0 {
		t.Errorf("the example's workflow gives secrets to %v, want none", got)
	}
}

func TestInitWorkflowIsHardened(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if err := Init(dir, fstest.MapFS{}, Options{Version: "v1.4.2"}); err != nil {
		t.Fatal(err)
	}
	w, data := readWorkflow(t, filepath.Join(dir, ".github", "workflows", "pages.yml"))
	checkHardened(t, "pages.yml", w, data, pagesPerms)
	if got := secretSteps(w); len(got) != 1 || got[0] != "build/Build, encrypted" {
		t.Errorf("the passphrase goes to steps %q, want only build/Build, encrypted", got)
	}
	var build step
	for _, s := range w.Jobs["build"].Steps {
		if s.Name == "Build, encrypted" {
			build = s
		}
	}
	if build.Env["FOLLOWUP_PASSPHRASE"] != "${{ secrets.FOLLOWUP_PASSPHRASE }}" {
		t.Errorf("the build step's FOLLOWUP_PASSPHRASE is %q, want the secret", build.Env["FOLLOWUP_PASSPHRASE"])
	}
	if !strings.Contains(build.Run, "go run github.com/followup-dev/followup/cmd/followup@v1.4.2 build -encrypt ") {
		t.Errorf("the build does not run the followup that wrote it, v1.4.2:\n%s", build.Run)
	}
	if strings.Contains(string(data), "@latest") {
		t.Error("a workflow written by a release runs @latest somewhere")
	}
}

func TestInitWorkflowFromADevelopmentBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if err := Init(dir, fstest.MapFS{}, Options{}); err != nil {
		t.Fatal(err)
	}
	w, data := readWorkflow(t, filepath.Join(dir, ".github", "workflows", "pages.yml"))
	checkHardened(t, "pages.yml", w, data, pagesPerms)
	want := "          # A development build of followup wrote this workflow: it has no version\n" +
		"          # to pin, so @latest runs the newest release. Put a version in its place\n" +
		"          # (go run github.com/followup-dev/followup/cmd/followup@vX.Y.Z) to keep the one you tested.\n" +
		"          go run github.com/followup-dev/followup/cmd/followup@latest build -encrypt "
	if !strings.Contains(string(data), want) {
		t.Errorf("the workflow of a development build does not run @latest with a comment saying why:\n%s", data)
	}
}

func TestVersion(t *testing.T) {
	for _, c := range []struct{ main, want string }{
		{"v1.4.2", "v1.4.2"},
		{"v0.0.0-20261207101500-0123456789ab", "v0.0.0-20261207101500-0123456789ab"}, // a commit: go run fetches it
		{"(devel)", ""},
		{"", ""},
		{"v1.4.3-0.20261207101500-0123456789ab+dirty", ""}, // changes no commit holds
	} {
		info := &debug.BuildInfo{Main: debug.Module{Path: Module, Version: c.main}}
		if got := Version(info, true); got != c.want {
			t.Errorf("Version(%q) = %q, want %q", c.main, got, c.want)
		}
	}
	if got := Version(nil, false); got != "" {
		t.Errorf("Version without build information = %q, want \"\"", got)
	}
}

func TestInitEncryptsAndItsWorkflowNeedsThePassphrase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if err := Init(dir, fstest.MapFS{"advice/a.md": {Data: []byte("---\ntitle: A\n---\nA.\n")}}, Options{}); err != nil {
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
	if err := Init(other, fstest.MapFS{}, Options{}); err != nil {
		t.Fatal(err)
	}
	if s, _ := load.Settings(other); string(s.Publish.Salt) == string(settings.Publish.Salt) {
		t.Error("two new sites share a salt")
	}

	w, _ := readWorkflow(t, filepath.Join(dir, ".github", "workflows", "pages.yml"))
	b, ok := w.Jobs["build"]
	if !ok {
		t.Fatal("no build job")
	}
	var built, uploaded bool
	var external map[string]any
	for i, s := range b.Steps {
		switch {
		case strings.Contains(s.Run, "followup@latest build"):
			built = true
			if !regexp.MustCompile(`build -encrypt\b`).MatchString(s.Run) {
				t.Errorf("step %d builds without -encrypt: %s", i, s.Run)
			}
			check := strings.Index(s.Run, `[ -z "$FOLLOWUP_PASSPHRASE" ]`)
			exit := strings.Index(s.Run, "exit 1")
			if check < 0 || exit < check || !strings.Contains(s.Run, "::error") || strings.Index(s.Run, "go run") < exit {
				t.Errorf("the build step does not fail before building when the secret is missing:\n%s", s.Run)
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
	want := map[string]any{
		"deploy_key":          "${{ secrets.PAGES_DEPLOY_KEY }}",
		"external_repository": "${{ vars.PAGES_REPOSITORY }}",
		"publish_dir":         "./public",
		"force_orphan":        true,
	}
	for k, v := range want {
		if external[k] != v {
			t.Errorf("peaceiris %s = %v, want %v", k, external[k], v)
		}
	}
	d, ok := w.Jobs["deploy"]
	if !ok || d.Needs != "build" || d.If != "vars.PAGES_REPOSITORY == ''" || len(d.Steps) != 1 ||
		!strings.HasPrefix(d.Steps[0].Uses, "actions/deploy-pages@") {
		t.Errorf("the deploy job does not deploy the build to this repository's Pages: %+v", d)
	}
}

package build

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/write"
)

var update = flag.Bool("update", false, "rebuild public/ from the shipped example content")

// repoRoot is the source directory of the shipped example site.
const repoRoot = "../.."

// goldenDay is the day public/ is built for: Monday 23 November 2026, the
// Monday after the last thing the example's records log, so that its
// feeds carry the follow-ups overdue by then to that day. A build on
// another day gives other feeds; the golden output must not change with
// the day the test runs.
var goldenDay = model.NewDate(2026, 11, 23)

// TestGoldenSite checks that public/ in the repository is exactly the build
// of the shipped example content. After a change that alters the output,
// regenerate it with
//
//	go test ./generator/build -run TestGoldenSite -update
//
// (followup build -today 2026-11-23 builds the same.)
func TestGoldenSite(t *testing.T) {
	golden := filepath.Join(repoRoot, "public")
	if *update {
		if _, err := Build(Options{Source: repoRoot, Today: goldenDay}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Render(Options{Source: repoRoot, Today: goldenDay})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{}
	for name, data := range res.Files {
		want[name] = data
	}
	have := readDir(t, golden)
	delete(have, write.Marker)
	var names []string
	for name := range want {
		names = append(names, name)
	}
	for name := range have {
		if _, ok := want[name]; !ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	bad := 0
	for _, name := range names {
		w, inBuild := want[name]
		h, inGolden := have[name]
		switch {
		case !inGolden:
			t.Errorf("public/%s: missing from the repository's public/", name)
		case !inBuild:
			t.Errorf("public/%s: in the repository but no longer built", name)
		case !bytes.Equal(w, h):
			t.Errorf("public/%s: differs from a fresh build", name)
		default:
			continue
		}
		if bad++; bad == 10 {
			t.Fatal("too many differences")
		}
	}
	if bad > 0 {
		t.Log("regenerate with: go test ./generator/build -run TestGoldenSite -update")
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

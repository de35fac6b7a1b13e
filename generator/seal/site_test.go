package seal_test

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/seal"

	"github.com/followup-dev/followup/internal/testcache"
)

const (
	testPass    = "correct horse battery staple"
	testSaltHex = "30313233343536373839616263646566" // testSalt
)

func TestMain(m *testing.M) {
	code := testcache.RunWithTempCache(m)
	os.Exit(code)
}

// exampleSource returns a copy of the shipped example with a salt.
func exampleSource(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "content", "site.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	data, n := addSalt(data)
	if n != 1 {
		t.Fatalf("%s: no publish: mapping to add a salt to", p)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// addSalt adds the test salt under the publish: line of a site.yaml.
func addSalt(data []byte) ([]byte, int) {
	n := bytes.Count(data, []byte("\npublish:\n"))
	return bytes.Replace(data, []byte("\npublish:\n"), []byte("\npublish:\n  salt: "+testSaltHex+"\n"), 1), n
}

// sealed builds the encrypted site of source in memory.
func sealed(t testing.TB, source, pass string) (map[string][]byte, *seal.Map, *model.Site) {
	t.Helper()
	files, m, site, err := build.Sealed(nil, build.Options{Source: source, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	return files, m, site
}

// unmap undoes, in text, what the encrypted build does to the addresses of
// site, from the ids and feed tokens of the envelope's spec.
func unmap(k *seal.Keys, site *model.Site, actions []*model.Action) *strings.Replacer {
	var pairs []string
	for _, a := range site.Applications {
		pairs = append(pairs,
			"calendars/"+k.FeedToken(a.Slug)+".ics", "applications/"+a.Slug+"/calendar.ics",
			"applications/"+k.ID(a.Slug, "")+"/", "applications/"+a.Slug+"/")
	}
	for _, a := range actions {
		id := k.ID(a.App.Slug, a.ID)
		pairs = append(pairs, "scripts/"+id+"/text/", "scripts/"+a.ID+"/script.txt", "scripts/"+id+"/", "scripts/"+a.ID+"/")
	}
	pairs = append(pairs, "calendars/"+k.FeedToken("")+".ics", "calendar.ics")
	// Google Calendar's link carries the feed's address query-escaped.
	for i := range len(pairs) {
		pairs = append(pairs, strings.ReplaceAll(pairs[i], "/", "%2F"))
	}
	return strings.NewReplacer(pairs...)
}

func TestEveryPageOpensToThePrivateBuild(t *testing.T) {
	src := exampleSource(t)
	files, m, _ := sealed(t, src, testPass)
	priv, err := build.Render(build.Options{Source: src, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	k := keys(t, testPass, 0)
	undo := unmap(k, priv.Site, priv.Actions)
	// The pins of the assets (TestPagesPinTheirAssets) are all the pages add.
	unpin := strings.NewReplacer(
		` integrity="`+sri(priv.Files["assets/followup.js"])+`"`, "",
		` integrity="`+sri(priv.Files["assets/style.css"])+`"`, "")
	wrong := keys(t, "Correct horse battery staple", 0)
	pages := 0
	for _, name := range slices.Sorted(maps.Keys(priv.Files)) {
		if !strings.HasSuffix(name, ".html") && !strings.HasSuffix(name, "/script.txt") {
			continue
		}
		to, ok := m.File(name)
		if !ok || files[to] == nil {
			t.Errorf("%s: not in the encrypted build", name)
			continue
		}
		pages++
		env, err := seal.Unwrap(files[to])
		if err != nil {
			t.Errorf("%s (%s): %v", name, to, err)
			continue
		}
		got, err := k.Open(to, env)
		if err != nil {
			t.Errorf("%s (%s): %v", name, to, err)
			continue
		}
		if back, want := unpin.Replace(undo.Replace(unfoldInvites(string(got)))), unfoldInvites(string(priv.Files[name])); back != want {
			t.Errorf("%s (%s) opens to other bytes than the private build's page:\n%s", name, to, firstDiff(back, want))
		}
		if _, err := wrong.Open(to, env); !errors.Is(err, seal.ErrWrongKey) {
			t.Errorf("%s opens with a wrong passphrase: %v", name, err)
		}
		checkLinks(t, to, got, files)
	}
	if pages < 30 {
		t.Errorf("only %d pages checked", pages)
	}
}

// unfoldInvites returns page with the one-event calendar of each "add to
// my calendar" link decoded and unfolded, as text between brackets after
// the data: URL's prefix: the encrypted build folds them again after their
// links changed length, and its links are mapped back in the clear.
func unfoldInvites(page string) string {
	return inviteRE.ReplaceAllStringFunc(page, func(s string) string {
		ics, err := readInvite(strings.TrimPrefix(s, feed.DataURLPrefix))
		if err != nil {
			return s
		}
		return feed.DataURLPrefix + "[" + string(unfold(ics)) + "]"
	})
}

// firstDiff shows where two texts part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-80)
	return "got:  ..." + got[lo:min(len(got), i+80)] + "\nwant: ..." + want[lo:min(len(want), i+80)]
}

func TestSealedBuildsAreByteIdentical(t *testing.T) {
	src := exampleSource(t)
	var outs [2]string
	for i := range outs {
		outs[i] = filepath.Join(t.TempDir(), "public")
		res, err := build.Build(build.Options{Source: src, Dest: outs[i], Passphrase: testPass, Encrypt: true})
		if err != nil {
			t.Fatal(err)
		}
		if !res.Sealed {
			t.Fatal("a build with Encrypt is not sealed")
		}
	}
	a, b := readTree(t, outs[0]), readTree(t, outs[1])
	if len(a) < 50 {
		t.Fatalf("%d files", len(a))
	}
	if !maps.EqualFunc(a, b, bytes.Equal) {
		t.Error("two encrypted builds of the same content differ")
	}
}

// readTree reads every file under dir, the marker and other dotfiles
// included.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// buildRender renders the private build of src in memory.
func buildRender(src string) (map[string][]byte, error) {
	res, err := build.Render(build.Options{Source: src, Private: true})
	if err != nil {
		return nil, err
	}
	return res.Files, nil
}

// withVersion sets publish.feed_secret_version in the site.yaml of src.
func withVersion(t testing.TB, src string, v int) {
	t.Helper()
	p := filepath.Join(src, "content", "site.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte("\npublish:\n"), []byte("\npublish:\n  feed_secret_version: "+strconv.Itoa(v)+"\n"), 1)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

package seal_test

import (
	"bytes"
	"errors"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/seal"
)

// static are the files an encrypted build holds in clear, the same
// whatever the passphrase.
func static(name string) bool {
	return strings.HasPrefix(name, "assets/") || name == "robots.txt" || name == ".nojekyll"
}

func TestAnotherPassphraseChangesEveryFile(t *testing.T) {
	src := exampleSource(t)
	a, _, _ := sealed(t, src, testPass)
	b, _, _ := sealed(t, src, testPass+"!")
	if len(a) != len(b) {
		t.Errorf("%d files with one passphrase, %d with the other", len(a), len(b))
	}
	for name, data := range a {
		if static(name) {
			if !bytes.Equal(data, b[name]) {
				t.Errorf("%s: a static file changes with the passphrase", name)
			}
			continue
		}
		if other, ok := b[name]; ok && bytes.Equal(data, other) {
			t.Errorf("%s is the same with another passphrase", name)
		}
		if strings.HasPrefix(name, "calendars/") {
			if _, ok := b[name]; ok {
				t.Errorf("the feed %s keeps its address with another passphrase", name)
			}
			continue
		}
		// What is left of an unlock page once its envelope is taken out
		// is the same page.
		if strings.HasPrefix(name, "applications/") {
			if _, ok := b[name]; ok {
				t.Errorf("%s keeps its address with another passphrase", name)
			}
			continue
		}
		if got, want := withoutEnvelope(t, data), withoutEnvelope(t, b[name]); got != want {
			t.Errorf("%s: the unlock page around the envelope changes with the passphrase", name)
		}
	}
}

// withoutEnvelope returns an unlock page with its envelope taken out.
func withoutEnvelope(t *testing.T, page []byte) string {
	t.Helper()
	before, rest, ok := strings.Cut(string(page), `id="followup-sealed">`)
	_, after, ok2 := strings.Cut(rest, "</script>")
	if !ok || !ok2 {
		t.Fatalf("not an unlock page:\n%s", page)
	}
	return before + after
}

func TestNoPassphraseWritesNothing(t *testing.T) {
	src := exampleSource(t)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Build(build.Options{Source: src, Dest: dest, Encrypt: true, Passphrase: testPass}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)
	_, err := build.Build(build.Options{Source: src, Dest: dest, Encrypt: true})
	if !errors.Is(err, build.ErrNoPassphrase) {
		t.Fatalf("Build without a passphrase: %v, want ErrNoPassphrase", err)
	}
	for _, word := range []string{"FOLLOWUP_PASSPHRASE", "publish.encrypt"} {
		if !strings.Contains(err.Error(), word) {
			t.Errorf("the error does not name %s: %v", word, err)
		}
	}
	if after := readTree(t, dest); !maps.EqualFunc(before, after, bytes.Equal) {
		t.Error("a refused build changed the last output")
	}
}

func TestFeedSecretVersionMovesTheFeeds(t *testing.T) {
	src := exampleSource(t)
	a, _, _ := sealed(t, src, testPass)
	k0, k1 := keys(t, testPass, 0), keys(t, testPass, 1)
	site := "calendars/" + k0.FeedToken("") + ".ics"
	if a[site] == nil {
		t.Fatalf("no site feed at %s", site)
	}
	withVersion(t, src, 1)
	b, _, _ := sealed(t, src, testPass)
	if b[site] != nil || b["calendars/"+k1.FeedToken("")+".ics"] == nil {
		t.Error("feed_secret_version: 1 does not move the site's feed")
	}
	env, err := seal.Unwrap(b["playbook/index.html"])
	if err != nil {
		t.Fatal(err)
	}
	page, err := k1.Open("playbook/index.html", env)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte(k1.FeedToken("")+".ics")) || bytes.Contains(page, []byte(k0.FeedToken(""))) {
		t.Error("the playbook page does not link to the moved feed")
	}
}

func TestUnlockPageIsNeutral(t *testing.T) {
	files, _, _ := sealed(t, exampleSource(t), testPass)
	page := string(files["index.html"])
	for _, want := range []string{
		"<title>Encrypted site</title>",
		"<noscript><p>This site is encrypted. It needs JavaScript to open",
		// Pinned by Subresource Integrity: "sha384-" and the base64 of
		// the SHA-384 of the script's bytes.
		`<script src="/job-hunt/assets/unlock.js" integrity="` + sri(files["assets/unlock.js"]) + `" defer></script>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the unlock page lacks %s", want)
		}
	}
	for _, word := range []string{"Jordan", "job hunt", "Acme", "style.css", "followup.js"} {
		if strings.Contains(page, word) {
			t.Errorf("the unlock page holds %q", word)
		}
	}
	if files["assets/unlock.js"] == nil {
		t.Error("no assets/unlock.js")
	}
}

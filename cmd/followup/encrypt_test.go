package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildEncryptedNeedsThePassphrase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if code, _, stderr := runCmd(t, nil, "init", dir); code != 0 {
		t.Fatalf("init: code %d: %s", code, stderr)
	}
	code, stdout, stderr := runCmd(t, nil, "build", "-source", dir)
	if code != 1 {
		t.Errorf("build of an encrypted site without FOLLOWUP_PASSPHRASE: code %d, want 1", code)
	}
	for _, word := range []string{"FOLLOWUP_PASSPHRASE", "publish.encrypt"} {
		if !strings.Contains(stderr, word) {
			t.Errorf("the error does not name %s: %q", word, stderr)
		}
	}
	if stdout != "" {
		t.Errorf("a refused build printed %q", stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("a refused build made its destination: %v", err)
	}
	code, _, stderr = runCmd(t, map[string]string{"FOLLOWUP_PASSPHRASE": "correct horse battery staple"}, "build", "-source", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("encrypted build: code %d, stderr %q; want 0 and nothing said", code, stderr)
	}
	index, err := os.ReadFile(filepath.Join(dir, "public", "index.html"))
	if err != nil || !strings.Contains(string(index), `id="followup-sealed"`) || strings.Contains(string(index), "My job hunt") {
		t.Errorf("the dashboard is not an unlock page (%v):\n%s", err, index)
	}
}

func TestBuildInClearSaysSoOnce(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings})
	out := t.TempDir()
	for _, args := range [][]string{{"build", "-source", dir}, {"build", "-source", dir, "-private", "-dest", filepath.Join(out, "private")}} {
		code, _, stderr := runCmd(t, nil, args...)
		if code != 0 {
			t.Fatalf("%v: code %d: %s", args, code, stderr)
		}
		if n := strings.Count(stderr, "not encrypted"); n != 1 || !strings.Contains(stderr, "publish.encrypt: true") {
			t.Errorf("%v says on stderr %q; want once that it is not encrypted and how to encrypt", args, stderr)
		}
	}
	_, _, stderr := runCmd(t, nil, "build", "-source", dir, "-private", "-dest", filepath.Join(out, "private2"))
	if !strings.Contains(stderr, "salary") {
		t.Errorf("a private build in clear does not say it shows salaries: %q", stderr)
	}
}

func TestBuildEncryptFlag(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings + "publish: {salt: 00112233445566778899aabbccddeeff}\n"})
	if code, _, stderr := runCmd(t, nil, "build", "-source", dir, "-encrypt"); code != 1 || !strings.Contains(stderr, "FOLLOWUP_PASSPHRASE") {
		t.Errorf("build -encrypt without a passphrase: code %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runCmd(t, map[string]string{"FOLLOWUP_PASSPHRASE": "correct horse battery staple"}, "build", "-source", dir, "-encrypt"); code != 0 || stderr != "" {
		t.Errorf("build -encrypt: code %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "calendar.ics")); !os.IsNotExist(err) {
		t.Errorf("an encrypted build has calendar.ics at its known address: %v", err)
	}
}

// TestBuildClearOnEncryptedSite checks that build -encrypt=false builds a
// site init made (publish.encrypt: true) in the clear, with no passphrase,
// and says it is not encrypted.
func TestBuildClearOnEncryptedSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hunt")
	if code, _, stderr := runCmd(t, nil, "init", dir); code != 0 {
		t.Fatalf("init: code %d: %s", code, stderr)
	}
	dest := filepath.Join(t.TempDir(), "clear")
	code, _, stderr := runCmd(t, nil, "build", "-source", dir, "-private", "-encrypt=false", "-dest", dest)
	if code != 0 {
		t.Fatalf("build -private -encrypt=false: code %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "not encrypted") {
		t.Errorf("a build in the clear does not say so: %q", stderr)
	}
	index, err := os.ReadFile(filepath.Join(dest, "index.html"))
	if err != nil || strings.Contains(string(index), `id="followup-sealed"`) {
		t.Errorf("the dashboard is an unlock page or missing (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(dest, "calendar.ics")); err != nil {
		t.Errorf("a build in the clear has no calendar.ics: %v", err)
	}
}

// TestBuildWarnsOfAWeakPassphrase builds an encrypted site with a short
// passphrase and with one of three words: each build says so once on
// stderr, and still builds; four words of 16 characters or more say
// nothing.
func TestBuildWarnsOfAWeakPassphrase(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings + "publish: {encrypt: true, salt: 00112233445566778899aabbccddeeff}\n"})
	for _, c := range []struct {
		pass, why string
	}{
		{"hunter2", "1 word and 7 characters"},
		{"correct horse battery", "3 words, fewer than 4"},
		{"ab cd ef gh ijk", "15 characters, fewer than 16"},
		{"correct horse battery staple", ""},
	} {
		code, _, stderr := runCmd(t, map[string]string{"FOLLOWUP_PASSPHRASE": c.pass}, "build", "-source", dir)
		if code != 0 {
			t.Fatalf("%q: code %d: %s", c.pass, code, stderr)
		}
		if c.why == "" {
			if stderr != "" {
				t.Errorf("%q: stderr %q, want nothing", c.pass, stderr)
			}
			continue
		}
		if n := strings.Count(stderr, "easy to guess"); n != 1 || !strings.Contains(stderr, c.why) {
			t.Errorf("%q: stderr %q, want once that it is easy to guess, saying %q", c.pass, stderr, c.why)
		}
	}
}

package github

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// TestTodayLinksToTheEncryptedPages builds the hunt encrypted and checks
// that every page the issue links to is a page of that build; without the
// passphrase the issue links to none.
func TestTodayLinksToTheEncryptedPages(t *testing.T) {
	files := map[string]string{}
	for k, v := range hunt {
		files[k] = v
	}
	files["content/site.yaml"] += "publish: {encrypt: true, salt: 000102030405060708090a0b0c0d0e0f}\n"
	dir := sitetest.New(t, files)
	const pass = "correct horse battery staple"
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Build(build.Options{Source: dir, Dest: dest, Passphrase: pass}); err != nil {
		t.Fatal(err)
	}
	api, repo := fakeRepo(t)
	dec7 := model.NewDate(2026, 12, 7)
	var out bytes.Buffer
	if err := repo.Today(context.Background(), TodayOptions{Source: dir, Today: dec7, Passphrase: pass, Out: &out}); err != nil {
		t.Fatal(err)
	}
	body := api.Issue(1).Body
	links := regexp.MustCompile(`\]\(https://jordan\.github\.io/hunt/([^)]*)\)`).FindAllStringSubmatch(body, -1)
	// acme's two tasks link a script and the page each, beta's thank-you
	// too, the meeting its page; gamma, private, is in the encrypted build.
	if len(links) < 7 {
		t.Fatalf("%d links, want at least 7:\n%s", len(links), body)
	}
	for _, l := range links[1:] { // the first is the site's
		if strings.Contains(l[1], "acme") || strings.Contains(l[1], "beta") || strings.Contains(l[1], "gamma") {
			t.Errorf("a link names a record: %s", l[1])
		}
		if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(l[1]), "index.html")); err != nil {
			t.Errorf("the issue links to %s, which the encrypted build does not hold", l[1])
		}
	}
	if !strings.Contains(taskLines(body)["gamma confirm-receipt"], "[page](") {
		t.Error("gamma's page is in the encrypted build, but its task has no link")
	}

	api, repo = fakeRepo(t)
	if err := repo.Today(context.Background(), TodayOptions{Source: dir, Today: dec7, Out: &out}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(api.Issue(1).Body, "](https://"); n != 1 {
		t.Errorf("without the passphrase the issue has %d links, want the site's alone", n)
	}
}

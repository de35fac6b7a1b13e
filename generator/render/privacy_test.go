package render

import (
	"strings"
	"testing"
)

var secrets = []string{secretSalary, secretNotes, secretEmail, secretPhone, secretOwnerEm, secretOwnerPh, secretCompany}

// TestPublishedBuildHidesPrivateFields plants strings in every private
// field and in a private record, and looks for them in every file.
func TestPublishedBuildHidesPrivateFields(t *testing.T) {
	files := renderFixture(t, "https://jordan.github.io/job-hunt/", false)
	for _, name := range names(files) {
		for _, s := range secrets {
			if strings.Contains(string(files[name]), s) {
				t.Errorf("published build: %s holds %q", name, s)
			}
		}
	}
	for _, name := range names(files) {
		if strings.Contains(name, "gamma") {
			t.Errorf("published build: %s is a file of a private record", name)
		}
	}
}

// TestPublishedBuildOfWholeSite passes the whole site, not site.Public():
// the renderer still leaves private fields and records out.
func TestPublishedBuildOfWholeSite(t *testing.T) {
	site, actions := fixture(t)
	files, err := Site(site, actions, Options{BaseURL: "https://jordan.github.io/job-hunt/"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names(files) {
		for _, s := range secrets {
			if strings.Contains(string(files[name]), s) {
				t.Errorf("%s holds %q", name, s)
			}
		}
	}
}

func TestPrivateBuildShowsPrivateFields(t *testing.T) {
	files := renderFixture(t, "https://jordan.github.io/job-hunt/", true)
	wantText(t, files, "applications/acme/index.html", secretSalary, "remember the parking code", secretEmail, secretPhone)
	wantText(t, files, "applications/gamma/index.html", secretCompany)
	wantText(t, files, "calls/index.html", secretPhone)
	wantText(t, files, "applications/acme/scripts/call-hiring-manager/index.html", secretPhone)
	wantText(t, files, "index.html", "private build")
	if !strings.Contains(file(t, files, "applications/acme/scripts/check-in/index.html"), `href="mailto:dana.secret@acme.example?`) {
		t.Error("private build: the email script has no mailto: link to the contact")
	}
}

func TestNoIndexUnlessIndexable(t *testing.T) {
	files := renderFixture(t, "https://jordan.github.io/job-hunt/", false)
	for _, name := range names(files) {
		if strings.HasSuffix(name, ".html") && !strings.Contains(string(files[name]), `<meta name="robots" content="noindex">`) {
			t.Errorf("%s has no noindex", name)
		}
	}
	if got, want := string(files["robots.txt"]), "User-agent: *\nDisallow: /\n"; got != want {
		t.Errorf("robots.txt = %q, want %q", got, want)
	}

	site, actions := fixture(t)
	site.Settings.Publish.Indexable = true
	site.Settings.CNAME = "hunt.example.com"
	files, err := Site(site.Public(), actions, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(files["index.html"]), "noindex") {
		t.Error("indexable site: index.html still says noindex")
	}
	if got, want := string(files["robots.txt"]), "User-agent: *\nDisallow:\n"; got != want {
		t.Errorf("indexable robots.txt = %q, want %q", got, want)
	}
	if got, want := string(files["CNAME"]), "hunt.example.com\n"; got != want {
		t.Errorf("CNAME = %q, want %q", got, want)
	}
}

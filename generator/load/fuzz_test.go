package load

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// checkErrors fails when a problem has no path or a negative position.
func checkErrors(t *testing.T, errs model.ErrorList) {
	t.Helper()
	for _, e := range errs {
		if e.Path == "" || e.Line < 0 || e.Col < 0 || e.Msg == "" {
			t.Fatalf("malformed error %+v", e)
		}
	}
}

func FuzzApplication(f *testing.F) {
	for _, s := range []string{
		designRecord,
		head,
		head + "events:\n  - {date: 2026-11-17T14:00, type: interview, with: [A, B], topics: {A: x}}\n  - {date: 2026-11-17, type: thank-you, to: A}\n",
		head + "events:\n  - {date: 2026-11-18T03:30:00Z, type: interview, round: 3}\n  - {date: 2026-11-19, type: interview}\n",
		head + "contacts: [{name: A, role: hr}, {name: A}]\nskip: [thank-you/a, check-in/r2, move-on]\n",
		"company: &c Acme\nrole: *c\napplied: 2026-11-03\n",
		"status: wishlist\ncompany: A\nrole: B\n---\nx: 1\n",
		"- a\n- b\n",
		"company: [\n",
		"",
	} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		f.Fatal(err)
	}
	settings := &model.Settings{Location: loc}
	f.Fuzz(func(t *testing.T, text string) {
		a, errs := Application(settings, "content/applications/acme.yaml", []byte(text))
		checkErrors(t, errs)
		if (a == nil) == (len(errs) == 0) {
			t.Fatalf("record %v with %d errors", a != nil, len(errs))
		}
		if a == nil {
			return
		}
		for i := 1; i < len(a.Events); i++ {
			if plan.CompareEvents(&a.Events[i], &a.Events[i-1]) < 0 {
				t.Fatalf("events out of order at %d", i)
			}
		}
	})
}

func FuzzAdvice(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\nweight: 2\nactions: [check-in]\nsources: [{tag: A, title: T, url: 'https://x.example/'}]\n---\nBody\n",
		"---\r\ntitle: A\r\n---\r\n",
		"---\ntitle: A\n",
		"---\n---\n",
		"---",
		"\uFEFF---\ntitle: x\n---\n",
		"# no front matter\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p, errs := Advice("content/advice/a.md", []byte(text))
		checkErrors(t, errs)
		if (p == nil) == (len(errs) == 0) {
			t.Fatalf("page %v with %d errors", p != nil, len(errs))
		}
	})
}

func FuzzSettings(f *testing.F) {
	f.Add(designSettings)
	f.Add("base_url: https://x.example\nplaybook: {offsets: {check-in: 9999bd}}\n")
	f.Fuzz(func(t *testing.T, text string) {
		s, errs := SettingsFile("content/site.yaml", []byte(text))
		checkErrors(t, errs)
		if s.Location == nil {
			t.Fatal("nil Location")
		}
	})
}

// FuzzSite loads a whole site whose settings, record and advice page are
// fuzzed, from disk as check and build do. It must end without a panic,
// with a site or with content errors that each name a place.
func FuzzSite(f *testing.F) {
	const page = "---\ntitle: Calls\nactions: [check-in]\n---\n# Calls\n"
	f.Add(designSettings, designRecord, page)
	f.Add("base_url: &u https://x.example/\ntitle: *u\n", head+"notes: &n x\npitch: *n\n", "---\ntitle: &t A\nsummary: *t\n---\n")
	f.Add("base_url: https://x.example/\ntitle: \xe9\n", head+"location: Montr\xe9al\n", "---\ntitle: Caf\xe9\n---\n\xff")
	f.Add("base_url: https://x.example/\n", head+"applied: 9999-01-03\nevents:\n  - {date: 2201-01-01T10:00, type: note}\n", "---\n")
	f.Add("", "", "")
	dir := f.TempDir() // calls of one process come one after the other
	writeSite(f, dir, "-- content/site.yaml --\n-- content/applications/acme.yaml --\n-- content/advice/calls.md --\n")
	f.Fuzz(func(t *testing.T, settings, record, advice string) {
		for name, text := range map[string]string{
			"content/site.yaml": settings, "content/applications/acme.yaml": record, "content/advice/calls.md": advice,
		} {
			if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		site, err := Site(dir)
		var errs model.ErrorList
		switch {
		case errors.As(err, &errs):
			checkErrors(t, errs)
		case err != nil:
			t.Fatalf("not a content error: %v", err)
		case site.Settings.Location == nil || len(site.Applications) != 1 || len(site.Advice) != 1:
			t.Fatalf("site without errors: %d applications, %d advice pages", len(site.Applications), len(site.Advice))
		}
	})
}

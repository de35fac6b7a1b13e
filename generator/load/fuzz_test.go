package load

import (
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
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
			if eventBefore(&a.Events[i], &a.Events[i-1]) {
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

package load

import (
	"strings"
	"testing"
)

func TestNotUTF8(t *testing.T) {
	const msg = ": the file is not UTF-8 text (byte 0xe9): save it with the UTF-8 encoding"
	t.Run("ErrAdviceBody", func(t *testing.T) {
		// Line 4 is "Café": "Caf" then the Latin-1 byte of é, at column 4.
		p, errs := Advice("content/advice/calls.md", []byte("---\ntitle: Calls\n---\nCaf\xe9\n"))
		if p != nil || len(errs) != 1 {
			t.Fatalf("page %v, errors %v; want one error", p != nil, errs)
		}
		if got, want := errs[0].Error(), "content/advice/calls.md:4:4"+msg; got != want {
			t.Errorf("error\n%s\nwant\n%s", got, want)
		}
	})
	t.Run("ErrAdviceFrontMatter", func(t *testing.T) {
		// Column 11 on line 2: "title: Ça " holds ten characters, Ç being two bytes.
		_, errs := Advice("content/advice/calls.md", []byte("---\ntitle: \xc3\x87a \xe9\n---\n"))
		if len(errs) != 1 || errs[0].Error() != "content/advice/calls.md:2:11"+msg {
			t.Errorf("errors %v, want one at 2:11", errs)
		}
	})
	t.Run("ErrRecord", func(t *testing.T) {
		got := appErrors(t, "acme.yaml", head+"location: Montr\xe9al\n")
		if want := "content/applications/acme.yaml:4:16" + msg; len(got) != 1 || got[0] != want {
			t.Errorf("errors %q, want [%s]", got, want)
		}
	})
	t.Run("ErrSettings", func(t *testing.T) {
		_, errs := SettingsFile("content/site.yaml", []byte("base_url: https://x.example/\ntitle: \xe9\n"))
		if len(errs) != 1 || errs[0].Error() != "content/site.yaml:2:8"+msg {
			t.Errorf("errors %v, want one at 2:8", errs)
		}
	})
}

func TestAliases(t *testing.T) {
	t.Run("ErrRecord", func(t *testing.T) {
		got := appErrors(t, "acme.yaml", "company: &c Acme\nrole: *c\napplied: 2026-11-03\n")
		want := "content/applications/acme.yaml:2:7: YAML aliases (*c) are not allowed: write the value out where it is used"
		if len(got) != 1 || got[0] != want {
			t.Errorf("errors %q, want [%s]", got, want)
		}
	})
	t.Run("ErrMergeKey", func(t *testing.T) {
		text := head + "contacts:\n  - &dana {name: Dana, role: hr}\n  - {<<: *dana, name: Lee}\n"
		got := appErrors(t, "acme.yaml", text)
		want := "content/applications/acme.yaml:6:10: YAML aliases (*dana) are not allowed: write the value out where it is used"
		if len(got) != 1 || got[0] != want {
			t.Errorf("errors %q, want [%s]", got, want)
		}
	})
	t.Run("ErrBadAliasReportedOnce", func(t *testing.T) {
		// The anchored event is wrong twice over; used three times, it
		// would be reported three times if aliases were followed.
		text := head + "events:\n  - &e {date: 2026-13-01, type: lunch}\n  - *e\n  - *e\n  - *e\n"
		got := appErrors(t, "acme.yaml", text)
		want := "content/applications/acme.yaml:6:5: YAML aliases (*e) are not allowed: write the value out where it is used"
		if len(got) != 1 || got[0] != want {
			t.Errorf("errors %q, want [%s]", got, want)
		}
	})
	t.Run("ErrSettings", func(t *testing.T) {
		_, errs := SettingsFile("content/site.yaml", []byte("base_url: &u https://x.example/\ntitle: *u\n"))
		if len(errs) != 1 || errs[0].Error() != "content/site.yaml:2:8: YAML aliases (*u) are not allowed: write the value out where it is used" {
			t.Errorf("errors %v", errs)
		}
	})
	t.Run("ErrFrontMatter", func(t *testing.T) {
		_, errs := Advice("content/advice/a.md", []byte("---\ntitle: &t A\nsummary: *t\n---\n"))
		if len(errs) != 1 || errs[0].Error() != "content/advice/a.md:3:10: YAML aliases (*t) are not allowed: write the value out where it is used" {
			t.Errorf("errors %v", errs)
		}
	})
}

// TestAliasBomb decodes a record of about 120 KB whose 2,000 events each
// name one note of 100 KB through an alias: followed, it would put 200 MB
// of text in the site. It gives one problem, at the first alias, and no
// record.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString(head)
	b.WriteString("events:\n  - {date: 2026-11-05, type: note, note: &big " + strings.Repeat("salary ", 100000/7) + "}\n")
	for range 2000 {
		b.WriteString("  - {date: 2026-11-06, type: note, note: *big}\n")
	}
	got := appErrors(t, "acme.yaml", b.String())
	want := "content/applications/acme.yaml:6:42: YAML aliases (*big) are not allowed: write the value out where it is used"
	if len(got) != 1 || got[0] != want {
		t.Errorf("%d errors, first %q; want [%s]", len(got), got[0], want)
	}
}

package scripts

import (
	"net/url"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
	"go.yaml.in/yaml/v3"
)

func TestMailto(t *testing.T) {
	got := mailto("dana@acme.example", "Thank you: Backend & Go", "Hello Dana,\n\n100% sure?\nJordan")
	want := "mailto:dana@acme.example?subject=Thank%20you%3A%20Backend%20%26%20Go" +
		"&body=Hello%20Dana%2C%0D%0A%0D%0A100%25%20sure%3F%0D%0AJordan"
	if got != want {
		t.Errorf("mailto =\n %s\nwant\n %s", got, want)
	}
	if got, want := mailto("", "Hi", "A"), "mailto:?subject=Hi&body=A"; got != want {
		t.Errorf("mailto without address = %q, want %q", got, want)
	}
}

func TestMailtoRoundTrip(t *testing.T) {
	s := mustLoad(t, "")
	f := full()
	sc := mustRender(t, s, f.site, f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17", "Dana Smith"), true)
	u, err := url.Parse(sc.Mailto)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "mailto" || u.Opaque != "dana@acme.example" {
		t.Errorf("mailto address = %q:%q, want mailto:dana@acme.example", u.Scheme, u.Opaque)
	}
	if strings.ContainsAny(sc.Mailto, " \n+") {
		t.Errorf("mailto has a raw space, newline or plus: %s", sc.Mailto)
	}
	q := u.Query()
	if got := q.Get("subject"); got != sc.Subject {
		t.Errorf("subject decodes to %q, want %q", got, sc.Subject)
	}
	if got, want := q.Get("body"), strings.ReplaceAll(sc.Body, "\n", "\r\n"); got != want {
		t.Errorf("body decodes to %q, want %q", got, want)
	}
}

// recorded is an event line as DESIGN.md's schema reads it.
type recorded struct {
	Date    string `yaml:"date"`
	Type    string `yaml:"type"`
	To      any    `yaml:"to"`
	Action  string `yaml:"action"`
	Outcome string `yaml:"outcome"`
}

func parseRecord(t *testing.T, line string) recorded {
	t.Helper()
	var evs []recorded
	if err := yaml.Unmarshal([]byte(line), &evs); err != nil {
		t.Fatalf("%s: %v", line, err)
	}
	if len(evs) != 1 {
		t.Fatalf("%s: %d events, want 1", line, len(evs))
	}
	return evs[0]
}

func TestRecordLineParses(t *testing.T) {
	f := full()
	for _, tc := range []struct {
		name string
		a    *model.Action
		want recorded
	}{
		{"call", f.action("confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-10", "Dana Smith"),
			recorded{Date: "2026-11-10", Type: "call", To: "Dana Smith", Action: "confirm-receipt", Outcome: "spoke"}},
		{"email", f.action("check-in", "check-in/r2", model.KindEmail, "2026-12-02", "Dana Smith"),
			recorded{Date: "2026-12-02", Type: "email", To: "Dana Smith", Action: "check-in/r2"}},
		{"thank-you", f.thanks("thank-you", model.KindEmail, "2026-11-17", "Lee Park", "lee-park"),
			recorded{Date: "2026-11-17", Type: "thank-you", To: []any{"Lee Park"}}},
		{"letter", f.thanks("thank-you-note", model.KindLetter, "2026-11-18", "Sam Ortiz", "sam-ortiz"),
			recorded{Date: "2026-11-18", Type: "letter", To: []any{"Sam Ortiz"}}},
		{"two addressees", f.action("check-in", "check-in/r1", model.KindEmail, "2026-12-02", "Dana Smith", "Pat Kim"),
			recorded{Date: "2026-12-02", Type: "email", To: []any{"Dana Smith", "Pat Kim"}, Action: "check-in/r1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseRecord(t, recordLine(tc.a))
			if got.Date != tc.want.Date || got.Type != tc.want.Type || got.Action != tc.want.Action || got.Outcome != tc.want.Outcome ||
				!sameTo(got.To, tc.want.To) {
				t.Errorf("%s parses to %+v, want %+v", recordLine(tc.a), got, tc.want)
			}
		})
	}
}

func sameTo(a, b any) bool {
	as, aok := a.([]any)
	bs, bok := b.([]any)
	if aok != bok {
		return false
	}
	if !aok {
		return a == b
	}
	if len(as) != len(bs) {
		return false
	}
	for i := range as {
		if as[i] != bs[i] {
			return false
		}
	}
	return true
}

// TestRecordLineQuotes checks that names YAML would misread come back intact.
func TestRecordLineQuotes(t *testing.T) {
	for _, name := range []string{"O'Brien, Pat", "Lee: CTO", "#1 Fan", "Yes", "No", "null", "2026", "Ana [HR]",
		"Zoë Ünal", `Jo "JJ" Jones`, "Sam {ops}", "- Dash", "Tab\tName", "Pat Kim "} {
		app := &model.Application{Slug: "x", Company: "X", Role: "Y", Contacts: []model.Contact{{Name: name}}}
		a := &model.Action{App: app, ID: "status-check-1", Rule: "status-check-1", Kind: model.KindEmail,
			Due: date("2026-11-17"), To: []model.Contact{{Name: name}}}
		got := parseRecord(t, recordLine(a))
		if got.To != name {
			t.Errorf("%q: record line %s reads back to: %#v", name, recordLine(a), got.To)
		}
		a.Person, a.Rule, a.ID = name, "thank-you", "thank-you/x"
		if got := parseRecord(t, recordLine(a)); !sameTo(got.To, []any{name}) {
			t.Errorf("%q: record line %s reads back to: %#v", name, recordLine(a), got.To)
		}
	}
	if got, want := yamlScalar("Dana Smith"), "Dana Smith"; got != want {
		t.Errorf("plain name written as %s, want %s", got, want)
	}
}

func TestTidy(t *testing.T) {
	if got, want := inline("  Hello\n  Dana,   this is\n Jordan. "), "Hello Dana, this is Jordan."; got != want {
		t.Errorf("inline = %q, want %q", got, want)
	}
	got := items("\n- One thing.\n\n  - Two   things.\nThree\n-\n")
	if want := []string{"One thing.", "Two things.", "Three"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("items = %q, want %q", got, want)
	}
	if got, want := paragraphs("\n\nHello,  \n\n\n\n  Body  text.\nLine two\n\n\n"), "Hello,\n\nBody text.\nLine two"; got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Dana Smith", "Dana"}, {"Dr. Lee Park", "Dr. Park"}, {"Prof Ana María Ruiz", "Prof Ruiz"},
		{"Cher", "Cher"}, {"  ", ""},
	} {
		if got := firstName(tc.in); got != tc.want {
			t.Errorf("firstName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got, want := joinNames([]string{"A", "B", "C"}), "A, B and C"; got != want {
		t.Errorf("joinNames = %q, want %q", got, want)
	}
	for in, want := range map[string]string{"Go": "Go.", "Done.": "Done.", "Really?": "Really?", "a list:": "a list.", " ": ""} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

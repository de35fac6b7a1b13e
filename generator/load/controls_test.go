package load

import (
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

func TestControlCharactersAreErrorsWhereTheyStand(t *testing.T) {
	// Columns counted by hand: "company: " is 9 characters, the quote is
	// column 10, so the first character of the value is column 11.
	data := "company: \"Acme\\aLabs\"\nrole: \"é\\x1b[31m\"\napplied: 2026-11-03\nnotes: \"tab\\tand\\nline are text\"\n" +
		"pitch: \"one\n  \\e two\"\n"
	_, errs := Application(&model.Settings{}, "content/applications/acme.yaml", []byte(data))
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		`content/applications/acme.yaml:1:15: control character U+0007 (the escape \a) in a value: no page or calendar can show it; remove it`,
		`content/applications/acme.yaml:2:9: control character U+001B (the escape \x1b) in a value: no page or calendar can show it; remove it`,
		`content/applications/acme.yaml:6:3: control character U+001B (the escape \e) in a value: no page or calendar can show it; remove it`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

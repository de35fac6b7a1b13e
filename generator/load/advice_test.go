package load

import (
	"strings"
	"testing"
)

func TestAdvice(t *testing.T) {
	const page = `---
title: The follow-up call
stage: after applying
weight: 20
summary: One call, short, a week after applying.
actions: [confirm-receipt, thank-you]
sources:
  - {tag: B, title: "The follow-up call: To call or not to call?", by: a recruiter, url: "https://example.com/b"}
---
# Why one call

Body text.
`
	p, errs := Advice("content/advice/follow-up-call.md", []byte(page))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if p.Slug != "follow-up-call" || p.Title != "The follow-up call" || p.Stage != "after applying" || p.Weight != 20 {
		t.Errorf("page = %+v", p)
	}
	if got, want := strings.Join(p.Actions, ","), "confirm-receipt,thank-you"; got != want {
		t.Errorf("Actions = %s, want %s", got, want)
	}
	if len(p.Sources) != 1 || p.Sources[0].Tag != "B" || p.Sources[0].URL != "https://example.com/b" {
		t.Errorf("Sources = %+v", p.Sources)
	}
	if got, want := string(p.Body), "# Why one call\n\nBody text.\n"; got != want {
		t.Errorf("Body = %q, want %q", got, want)
	}
}

func TestAdviceCRLF(t *testing.T) {
	p, errs := Advice("content/advice/a.md", []byte("---\r\ntitle: A\r\n---\r\nBody\r\n"))
	if len(errs) > 0 {
		t.Fatalf("unexpected errors:\n%v", errs)
	}
	if p.Title != "A" || string(p.Body) != "Body\r\n" {
		t.Errorf("Title %q Body %q", p.Title, p.Body)
	}
}

func TestAdviceErrors(t *testing.T) {
	const p = "content/advice/calls.md:"
	cases := []struct{ name, file, text, want string }{
		{"ErrNoClosingFence", "calls.md", "---\ntitle: Calls\n\n# Calls\n",
			p + "1:1: the front matter opened on this line is not closed: add a \"---\" line after its last key"},
		{"ErrNoFrontMatter", "calls.md", "# Calls\n",
			p + "1:1: missing front matter: start the page with a \"---\" line, then \"title:\" and the other keys, then another \"---\" line"},
		// The YAML starts on line 2 of the file: its line 3 is the file's line 4.
		{"ErrYAMLLineOffset", "calls.md", "---\ntitle: Calls\nweight: 1\n  stage: x\n---\n",
			p + "4:1: invalid YAML: mapping values are not allowed in this context"},
		{"ErrUnknownKey", "calls.md", "---\ntitle: Calls\nwieght: 2\n---\n",
			p + "3:1: unknown key \"wieght\", did you mean \"weight\"?"},
		{"ErrMissingTitle", "calls.md", "---\nstage: applying\n---\nBody\n",
			p + "2:1: missing required key \"title\""},
		{"ErrEmptyFrontMatter", "calls.md", "---\n---\nBody\n",
			p + "1:1: missing required key \"title\""},
		{"ErrUnknownAction", "calls.md", "---\ntitle: Calls\nactions: [check-inn]\n---\n",
			p + "3:11: unknown rule \"check-inn\", did you mean \"check-in\"? (want " + quoteList(ruleIDs) + ")"},
		{"ErrWeightNotNumber", "calls.md", "---\ntitle: Calls\nweight: heavy\n---\n",
			p + "3:9: \"weight\" should be a whole number from -1000000 to 1000000, not \"heavy\""},
		{"ErrSourceURL", "calls.md", "---\ntitle: Calls\nsources:\n  - {title: A post, url: \"mailto:x@y.example\"}\n---\n",
			p + "4:26: \"url\" should be an http or https address, not \"mailto:x@y.example\""},
		{"ErrFileName", "Calls.md", "---\ntitle: Calls\n---\n",
			"content/advice/Calls.md:1:1: file name \"Calls.md\" is not a valid slug: use lowercase letters, digits and single hyphens, such as calls.md"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, errs := Advice("content/advice/"+c.file, []byte(c.text))
			if page != nil {
				t.Errorf("a page with errors came back non-nil")
			}
			if got := errs.Error(); got != c.want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

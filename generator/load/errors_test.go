package load

import (
	"sort"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// head is a valid start of a record; its lines are 1 to 3.
const head = "company: Acme\nrole: Engineer\napplied: 2026-11-03\n"

// appErrors decodes a record at content/applications/<file> and returns
// its problems, one "path:line:col: message" each.
func appErrors(t *testing.T, file, text string) []string {
	t.Helper()
	a, errs := Application(chicago(t), "content/applications/"+file, []byte(text))
	if len(errs) == 0 {
		t.Fatalf("no error for:\n%s", text)
	}
	if a != nil {
		t.Errorf("a record with errors came back non-nil")
	}
	errs.Sort()
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func TestApplicationErrors(t *testing.T) {
	const p = "content/applications/acme.yaml:"
	cases := []struct {
		name, file, text string
		want             []string
	}{
		{"ErrMalformedYAML", "acme.yaml", head + "contacts:\n  - name: Dana\n   role: hr\n",
			[]string{p + "5:1: invalid YAML: did not find expected '-' indicator"}},
		{"ErrUnknownKeyTypo", "acme.yaml", "compnay: Acme\nrole: Engineer\napplied: 2026-11-03\n",
			[]string{p + "1:1: unknown key \"compnay\", did you mean \"company\"?"}},
		{"ErrUnknownKeyTypoOfApplied", "acme.yaml", "company: Acme\nrole: Engineer\naplied: 2026-11-03\n",
			[]string{p + "3:1: unknown key \"aplied\", did you mean \"applied\"?"}},
		{"ErrUnknownKeyFar", "acme.yaml", head + "colour: blue\n",
			[]string{p + "4:1: unknown key \"colour\" (valid keys: company, role, applied, channel, source, link, reference, employer, location, salary, apply_by, no_calls, confirmation, mailed_notes, pitch, status, id, private, skip, contacts, events, notes)"}},
		{"ErrUnknownContactKey", "acme.yaml", head + "contacts:\n  - {name: Dana, emial: d@x.example}\n",
			[]string{p + "5:18: unknown key \"emial\", did you mean \"email\"?"}},
		{"ErrImpossibleDate", "acme.yaml", "company: Acme\nrole: Engineer\napplied: 2026-02-30\n",
			[]string{p + "3:10: invalid date \"2026-02-30\": want YYYY-MM-DD, a real calendar day"}},
		{"ErrYearAfterRange", "acme.yaml", "company: Acme\nrole: Engineer\napplied: 9999-01-03\n",
			[]string{p + "3:10: date \"9999-01-03\": year 9999 is out of range (want 1900 to 2200)"}},
		{"ErrYearBeforeRange", "acme.yaml", head + "events:\n  - {date: 1899-12-31, type: note}\n",
			[]string{p + "5:12: date \"1899-12-31\": year 1899 is out of range (want 1900 to 2200)"}},
		{"ErrTimeYearAfterRange", "acme.yaml", head + "events:\n  - {date: 2201-01-01T10:00, type: note}\n",
			[]string{p + "5:12: time \"2201-01-01T10:00\": year 2201 is out of range (want 1900 to 2200)"}},
		{"ErrDecisionYearAfterRange", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: interview, decision_expected: 2300-01-01}\n",
			[]string{p + "5:60: date \"2300-01-01\": year 2300 is out of range (want 1900 to 2200)"}},
		{"ErrMalformedTime", "acme.yaml", head + "events:\n  - {date: 2026-11-17T25:00, type: interview}\n",
			[]string{p + "5:12: invalid time \"2026-11-17T25:00\": want YYYY-MM-DD, YYYY-MM-DDTHH:MM in the site's time zone, or RFC 3339 such as 2026-11-17T14:00:00-06:00"}},
		{"ErrImpossibleEventDate", "acme.yaml", head + "events:\n  - date: 2026-04-31\n    type: note\n",
			[]string{p + "5:11: invalid date \"2026-04-31\": want YYYY-MM-DD, a real calendar day"}},
		{"ErrUnknownChannel", "acme.yaml", head + "channel: job-bord\n",
			[]string{p + "4:10: unknown channel \"job-bord\", did you mean \"job-board\"? (want job-board, company-site, email, referral, recruiter or walk-in)"}},
		{"ErrUnknownContactRole", "acme.yaml", head + "contacts:\n  - name: Dana\n    role: boss\n",
			[]string{p + "6:11: unknown contact role \"boss\" (want recruiter, hr, hiring-manager, interviewer, network or referral)"}},
		{"ErrUnknownEventType", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: lunch}\n",
			[]string{p + "5:30: unknown event type \"lunch\" (want confirmation, call, email, thank-you, letter, reply, phone-screen, interview, network, offer, rejected, withdrew, declined, accepted, closed or note)"}},
		{"ErrDerivedStatus", "acme.yaml", head + "status: interviewing\n",
			[]string{p + "4:9: status \"interviewing\" is derived from the events and cannot be set (want wishlist, withdrawn, ghosted or closed)"}},
		{"ErrUnknownStatus", "acme.yaml", head + "status: ghostd\n",
			[]string{p + "4:9: unknown status \"ghostd\", did you mean \"ghosted\"? (want wishlist, withdrawn, ghosted or closed)"}},
		{"ErrUnknownOutcome", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: call, outcome: busy}\n",
			[]string{p + "5:45: unknown call outcome \"busy\" (want spoke, voicemail or no-answer)"}},
		{"ErrMissingCompany", "acme.yaml", "role: Engineer\napplied: 2026-11-03\n",
			[]string{p + "1:1: missing required key \"company\""}},
		{"ErrMissingRole", "acme.yaml", "company: Acme\napplied: 2026-11-03\n",
			[]string{p + "1:1: missing required key \"role\""}},
		{"ErrMissingApplied", "acme.yaml", "company: Acme\nrole: Engineer\n",
			[]string{p + "1:1: missing required key \"applied\" (the day you applied; only a record with status: wishlist may leave it out)"}},
		{"ErrMissingContactName", "acme.yaml", head + "contacts:\n  - role: hr\n",
			[]string{p + "5:5: missing required key \"name\""}},
		{"ErrMissingEventDateAndType", "acme.yaml", head + "events:\n  - note: nothing\n",
			[]string{p + "5:5: missing required key \"date\"", p + "5:5: missing required key \"type\""}},
		{"ErrDuplicateContact", "acme.yaml", head + "contacts:\n  - name: Dana Smith\n  - name: Dana Smith\n",
			[]string{p + "6:11: contact \"Dana Smith\" is listed twice"}},
		{"ErrLinkNotHTTP", "acme.yaml", head + "link: javascript:alert(1)\n",
			[]string{p + "4:7: \"link\" should be an http or https address, not \"javascript:alert(1)\""}},
		{"ErrToNotAContact", "acme.yaml", head + "contacts: [{name: Dana Smith}]\nevents:\n  - {date: 2026-11-05, type: email, to: Dana Smyth}\n",
			[]string{p + "6:41: \"Dana Smyth\" in \"to\" is not in contacts, did you mean \"Dana Smith\"?"}},
		{"ErrFromNotAContact", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: reply, from: Robin}\n",
			[]string{p + "5:43: \"Robin\" in \"from\" is not in contacts: add them under contacts"}},
		{"ErrPhoneScreenWithNotAContact", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: phone-screen, with: [Robin]}\n",
			[]string{p + "5:51: \"Robin\" in \"with\" is not in contacts: add them under contacts"}},
		{"ErrTopicNotInInterview", "acme.yaml", head + "events:\n  - date: 2026-11-05\n    type: interview\n    with: [Lee Park]\n    topics: {Sam Ortiz: on-call}\n",
			[]string{p + "8:14: topic for \"Sam Ortiz\", who is not in this interview's \"with\""}},
		{"ErrFileNameNotSlug", "Acme Corp.yaml", head,
			[]string{"content/applications/Acme Corp.yaml:1:1: file name \"Acme Corp.yaml\" is not a valid slug: use lowercase letters, digits and single hyphens, such as acme-corp.yaml"}},
		{"ErrUnknownSkipRule", "acme.yaml", head + "skip: [confirm-reciept]\n",
			[]string{p + "4:8: unknown rule \"confirm-reciept\", did you mean \"confirm-receipt\"? (want " + quoteList(ruleIDs) + ")"}},
		{"ErrSkipUnknownPerson", "acme.yaml", head + "contacts: [{name: Lee Park}]\nskip: [thank-you/lee-parc]\n",
			[]string{p + "5:8: \"thank-you/lee-parc\" names nobody in this record, did you mean \"thank-you/lee-park\"?"}},
		{"ErrSkipBadRound", "acme.yaml", head + "skip: [check-in/2]\n",
			[]string{p + "4:8: action id \"check-in/2\" should be check-in or check-in/r and a round number, such as check-in/r2"}},
		{"ErrKeyForOtherType", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: email, outcome: spoke}\n",
			[]string{p + "5:37: \"outcome\" applies only to call events"}},
		{"ErrCancelledNotMeeting", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: email, cancelled: true}\n",
			[]string{p + "5:37: \"cancelled\" applies only to phone-screen or interview events"}},
		{"ErrCancelledNotBool", "acme.yaml", head + "events:\n  - {date: 2026-11-05, type: interview, cancelled: yes please}\n",
			[]string{p + "5:52: \"cancelled\" should be true or false, not \"yes please\""}},
		{"ErrWrongBool", "acme.yaml", head + "no_calls: maybe\n",
			[]string{p + "4:11: \"no_calls\" should be true or false, not \"maybe\""}},
		{"ErrDuplicateKey", "acme.yaml", head + "role: Manager\n",
			[]string{p + "4:1: key \"role\" appears twice (first on line 2)"}},
		{"ErrTwoDocuments", "acme.yaml", head + "---\ncompany: Other\n",
			[]string{p + "4:1: only one YAML document is allowed here; remove this \"---\" and what follows"}},
		{"ErrEmptyFile", "acme.yaml", "# nothing yet\n",
			[]string{p + "1:1: missing required key \"applied\" (the day you applied; only a record with status: wishlist may leave it out)",
				p + "1:1: missing required key \"company\"", p + "1:1: missing required key \"role\""}},
		{"ErrNotAMapping", "acme.yaml", "- company: Acme\n",
			[]string{p + "1:1: an application record should be a mapping of keys to values",
				p + "1:1: missing required key \"applied\" (the day you applied; only a record with status: wishlist may leave it out)",
				p + "1:1: missing required key \"company\"", p + "1:1: missing required key \"role\""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := appErrors(t, c.file, c.text)
			sort.Strings(got) // problems at one place may come in any order
			sort.Strings(c.want)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestApplicationAllErrorsAtOnce checks that one run reports every problem
// of a record, in line order.
func TestApplicationAllErrorsAtOnce(t *testing.T) {
	text := "company: Acme\nrole: Engineer\napplied: 2026-13-01\nchannel: fax\nlink: ftp://x.example/\n"
	got := appErrors(t, "acme.yaml", text)
	if len(got) != 3 {
		t.Fatalf("got %d errors, want 3:\n%s", len(got), strings.Join(got, "\n"))
	}
	for i, prefix := range []string{"3:10:", "4:10:", "5:7:"} {
		if !strings.HasPrefix(got[i], "content/applications/acme.yaml:"+prefix) {
			t.Errorf("error %d = %s, want it at %s", i, got[i], prefix)
		}
	}
}

func TestErrorListCapped(t *testing.T) {
	var text strings.Builder
	text.WriteString(head)
	for i := 0; i < model.MaxErrors+20; i++ {
		text.WriteString("k" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "q" + string(rune('a'+i/26)) + ": 1\n")
	}
	_, errs := Application(nil, "content/applications/acme.yaml", []byte(text.String()))
	if len(errs) != model.MaxErrors+20 {
		t.Fatalf("%d errors, want %d", len(errs), model.MaxErrors+20)
	}
	lines := strings.Split(errs.Error(), "\n")
	if got, want := len(lines), model.MaxErrors+1; got != want {
		t.Errorf("%d lines printed, want %d", got, want)
	}
	if got, want := lines[len(lines)-1], "... and 20 more errors"; got != want {
		t.Errorf("last line %q, want %q", got, want)
	}
}

package scripts

import (
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// noOwner is the full record on a site whose owner gave no name, email or phone.
func noOwner() *fixture {
	f := full()
	f.site = &model.Site{}
	return f
}

// TestNoUnfilledPlaceholders renders every action of every fixture, public
// and private, and looks for what a user must never see.
func TestNoUnfilledPlaceholders(t *testing.T) {
	s := mustLoad(t, "")
	bad := []string{"{{", "}}", "<no value>", "<nil>", "%!", "Hello ,", "Dear ,", " ,", " .", "  ", "..", ",.", ", .",
		" on ,", " on .", "around .", "with .", "\n\n\n", "()", "[]"}
	fixtures := map[string]*fixture{"full": full(), "minimal": minimal(), "no owner": noOwner()}
	for _, name := range []string{"full", "minimal", "no owner"} {
		f := fixtures[name]
		for _, private := range []bool{true, false} {
			for _, a := range f.allActions() {
				sc := mustRender(t, s, f.site, a, private)
				fields := map[string]string{"title": sc.Title, "to": sc.To, "opening": sc.Opening, "purpose": sc.Purpose,
					"voicemail": sc.Voicemail, "questions": strings.Join(sc.Questions, "\n"), "cautions": strings.Join(sc.Cautions, "\n"),
					"afterwards": sc.Afterwards, "subject": sc.Subject, "body": sc.Body, "plain text": sc.PlainText()}
				for field, text := range fields {
					for _, b := range bad {
						if strings.Contains(text, b) {
							t.Errorf("%s, private %v, %s (%s): %s has %q:\n%s", name, private, a.ID, a.Kind, field, b, text)
						}
					}
				}
				checkComplete(t, name, sc)
			}
		}
	}
}

// checkComplete fails when a part the kind needs came out empty.
func checkComplete(t *testing.T, fixture string, sc *Script) {
	t.Helper()
	need := map[string]string{"title": sc.Title, "to": sc.To, "record": sc.Record, "afterwards": sc.Afterwards}
	switch sc.Kind {
	case model.KindCall:
		need["opening"], need["purpose"], need["voicemail"] = sc.Opening, sc.Purpose, sc.Voicemail
		need["questions"], need["cautions"] = strings.Join(sc.Questions, ""), strings.Join(sc.Cautions, "")
	case model.KindEmail:
		need["subject"], need["body"], need["mailto"] = sc.Subject, sc.Body, sc.Mailto
	case model.KindLetter:
		need["body"] = sc.Body
	}
	for field, v := range need {
		if strings.TrimSpace(v) == "" {
			t.Errorf("%s, %s (%s): empty %s", fixture, sc.Action.ID, sc.Kind, field)
		}
	}
	if sc.Kind == model.KindCall && len(sc.Questions) < 2 {
		t.Errorf("%s, %s: %d questions, want two or three", fixture, sc.Action.ID, len(sc.Questions))
	}
}

// TestVoicemailUnder30Seconds counts the words of every voicemail, at about
// 150 spoken words a minute: at most 75, even with long names and a long pitch.
func TestVoicemailUnder30Seconds(t *testing.T) {
	s := mustLoad(t, "")
	long := full()
	long.app.Pitch = "Seven years designing and running distributed job schedulers in Go for delivery fleets of five thousand vans"
	long.app.Role = "Senior Backend Platform Engineer, Scheduling"
	long.site.Settings.Owner.Name = "Jordan Alexander Lee-Fitzgerald"
	for _, f := range []*fixture{full(), minimal(), long} {
		for _, a := range f.allActions() {
			if a.Kind != model.KindCall {
				continue
			}
			if f == long {
				for i := range a.To {
					a.To[i] = model.Contact{Name: "Alexandra Montgomery-Whitfield", Title: "Senior Talent Acquisition Partner"}
				}
			}
			sc := mustRender(t, s, f.site, a, true)
			if n := len(strings.Fields(sc.Voicemail)); n > 75 {
				t.Errorf("%s: voicemail has %d words, want at most 75:\n%s", a.ID, n, sc.Voicemail)
			}
		}
	}
}

func TestLongVoicemailWarns(t *testing.T) {
	s := mustLoad(t, "")
	f := full()
	f.app.Pitch = strings.Repeat("distributed systems and ", 15) + "Go"
	sc := mustRender(t, s, f.site, f.action("confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-10", "Dana Smith"), true)
	if got, want := sc.Cautions[len(sc.Cautions)-1], "The voicemail below runs over 30 seconds. Shorten it as you speak, or shorten the pitch line in the record."; got != want {
		t.Errorf("last caution = %q, want %q", got, want)
	}
	f = full()
	sc = mustRender(t, s, f.site, f.action("confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-10", "Dana Smith"), true)
	for _, c := range sc.Cautions {
		if strings.Contains(c, "30 seconds") {
			t.Errorf("a short voicemail is warned about: %q", c)
		}
	}
}

package scripts

import (
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// want is what a user must find in one script: exact fields and sentences
// the text must contain or must not contain.
type want struct {
	subject, opening, to, record string
	has, hasNot                  []string
}

func check(t *testing.T, sc *Script, w want) {
	t.Helper()
	if w.subject != "" && sc.Subject != w.subject {
		t.Errorf("subject = %q, want %q", sc.Subject, w.subject)
	}
	if w.opening != "" && sc.Opening != w.opening {
		t.Errorf("opening = %q, want %q", sc.Opening, w.opening)
	}
	if w.to != "" && sc.To != w.to {
		t.Errorf("to = %q, want %q", sc.To, w.to)
	}
	if w.record != "" && sc.Record != w.record {
		t.Errorf("record = %q, want %q", sc.Record, w.record)
	}
	text := sc.PlainText()
	for _, s := range w.has {
		if !strings.Contains(text, s) {
			t.Errorf("missing %q in:\n%s", s, text)
		}
	}
	for _, s := range w.hasNot {
		if strings.Contains(text, s) {
			t.Errorf("unexpected %q in:\n%s", s, text)
		}
	}
}

func TestRenderFull(t *testing.T) {
	s := mustLoad(t, "")
	f := full()
	for _, tc := range []struct {
		name string
		a    *model.Action
		want want
	}{
		{"confirm-receipt call", f.action("confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-10", "Dana Smith"), want{
			opening: "Hello Dana, this is Jordan Lee. I applied for the Backend Engineer role on Tuesday 3 November through a job board, and I'm calling to make sure my application reached you.",
			to:      "Dana Smith, Talent Partner",
			record:  "- {date: 2026-11-10, type: call, to: Dana Smith, action: confirm-receipt, outcome: spoke}",
			has: []string{"Phone: +1 555 0100", "- Is the Backend Engineer role still open?",
				"In short: Five years building schedulers in Go.",
				"You can reach me on +1 555 0199.", "Call once.", "well qualified", "walk-ins"},
		}},
		{"confirm-receipt email", f.action("confirm-receipt", "confirm-receipt", model.KindEmail, "2026-11-10", "Dana Smith"), want{
			subject: "My application for the Backend Engineer role",
			record:  "- {date: 2026-11-10, type: email, action: confirm-receipt, to: Dana Smith}",
			has: []string{"To: Dana Smith <dana@acme.example>\n", "Hello Dana,",
				"I applied for the Backend Engineer role on Tuesday 3 November through a job board",
				"Five years building schedulers in Go.", "no phone calls", "Best regards,\nJordan Lee\n+1 555 0199\njordan@example.com"},
		}},
		{"status-check-1", f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17", "Dana Smith"), want{
			subject: "Checking in: Backend Engineer application",
			record:  "- {date: 2026-11-17, type: email, action: status-check-1, to: Dana Smith}",
			has:     []string{"Could you let me know where the process stands?", "joining Acme Robotics"},
		}},
		{"status-check-2", f.action("status-check-2", "status-check-2", model.KindEmail, "2026-11-24", "Dana Smith"), want{
			subject: "Following up: Backend Engineer application",
			has:     []string{"my application for the Backend Engineer role, sent on Tuesday 3 November.", "last status email"},
		}},
		{"screen-follow-up", f.action("screen-follow-up", "screen-follow-up", model.KindEmail, "2026-11-11", "Dana Smith"), want{
			subject: "Thank you for the call about the Backend Engineer role",
			has:     []string{"Thank you for speaking with me on Tuesday 10 November about the Backend Engineer role at Acme Robotics."},
		}},
		{"check-in", f.action("check-in", "check-in/r1", model.KindEmail, "2026-12-02", "Dana Smith"), want{
			subject: "Checking in: Backend Engineer interview",
			record:  "- {date: 2026-12-02, type: email, action: check-in/r1, to: Dana Smith}",
			has:     []string{"I interviewed for the Backend Engineer role on Tuesday 17 November with Lee Park and Sam Ortiz, and I understood a decision was expected around Friday 27 November."},
		}},
		{"email-hiring-manager", f.action("email-hiring-manager", "email-hiring-manager/r1", model.KindEmail, "2026-12-10", "Pat Kim"), want{
			subject: "Backend Engineer role: following up",
			has:     []string{"Hello Pat,", "I have also been in touch with Dana Smith."},
		}},
		{"call-hiring-manager", f.action("call-hiring-manager", "call-hiring-manager/r1", model.KindCall, "2026-12-15", "Pat Kim"), want{
			opening: "Hello Pat, this is Jordan Lee. I interviewed for the Backend Engineer role on Tuesday 17 November, and I'm calling to ask where the decision stands.",
			to:      "Pat Kim, Engineering Manager",
			record:  "- {date: 2026-12-15, type: call, to: Pat Kim, action: call-hiring-manager/r1, outcome: spoke}",
			has:     []string{"Phone: +1 555 0101", "last step", "Call once."},
			hasNot:  []string{"resume"},
		}},
		{"follow-up-call", f.action("follow-up-call", "follow-up-call/r1", model.KindCall, "2026-11-24", "Dana Smith"), want{
			opening: "Hello Dana, this is Jordan Lee. I interviewed for the Backend Engineer role on Tuesday 17 November, and I'm calling to follow up.",
			has:     []string{"send a short email the same day", "One more call later on is fine"},
			hasNot:  []string{"resume"},
		}},
		{"last-check", f.action("last-check", "last-check/r1", model.KindEmail, "2026-11-27", "Dana Smith"), want{
			subject: "Backend Engineer role: a last check",
			has:     []string{"I'm writing one last time to ask whether a decision has been made."},
		}},
		{"decline-note", f.action("decline-note", "decline-note", model.KindEmail, "2026-12-20", "Dana Smith"), want{
			subject: "Thank you: Backend Engineer offer",
			has:     []string{"Thank you again for offering me the Backend Engineer role", "stay in touch"},
		}},
		{"thank-you-note", f.thanks("thank-you-note", model.KindLetter, "2026-11-18", "Lee Park", "lee-park"), want{
			record: "- {date: 2026-11-18, type: letter, to: [Lee Park]}",
			has: []string{"Dear Lee,", "meet me on Tuesday 17 November about the Backend Engineer role.",
				"Our conversation about the fleet scheduler has stayed with me", "With best wishes,\nJordan Lee"},
		}},
		{"generic call", f.action("custom", "custom", model.KindCall, "2026-12-21", "Dana Smith"), want{
			opening: "Hello Dana, this is Jordan Lee. I applied for the Backend Engineer role on Tuesday 3 November through a job board, and I'm calling to follow up.",
			has:     []string{"Call Dana Smith about the Backend Engineer role at Acme Robotics"},
		}},
		{"generic email", f.action("custom", "custom", model.KindEmail, "2026-12-21", "Dana Smith"), want{
			subject: "Backend Engineer role: following up",
		}},
		{"generic letter", f.action("custom", "custom", model.KindLetter, "2026-12-21", "Dana Smith"), want{
			has: []string{"Dear Dana,", "joining Acme Robotics"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { check(t, mustRender(t, s, f.site, tc.a, true), tc.want) })
	}
}

func TestRenderMinimal(t *testing.T) {
	s := mustLoad(t, "")
	f := minimal()
	for _, tc := range []struct {
		name string
		a    *model.Action
		want want
	}{
		{"confirm-receipt call", f.action("confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-10"), want{
			opening: "Hello, this is Jordan Lee. I applied for the Backend Engineer role on Tuesday 3 November, and I'm calling to make sure my application reached you.",
			to:      "Acme Robotics",
			record:  "- {date: 2026-11-10, type: call, action: confirm-receipt, outcome: spoke}",
			has:     []string{"I believe I'm a strong match for the role.", "My number is on my application."},
			hasNot:  []string{"Phone:", "Your pitch"},
		}},
		{"confirm-receipt email", f.action("confirm-receipt", "confirm-receipt", model.KindEmail, "2026-11-10"), want{
			subject: "My application for the Backend Engineer role",
			record:  "- {date: 2026-11-10, type: email, action: confirm-receipt}",
			has:     []string{"To: Acme Robotics\n", "Hello,\n", "Best regards,\nJordan Lee\n"},
		}},
		{"status-check-1", f.action("status-check-1", "status-check-1", model.KindEmail, "2026-11-17"), want{
			subject: "Checking in: Backend Engineer application",
			hasNot:  []string{"In one line"},
		}},
		{"thank-you", f.thanks("thank-you", model.KindEmail, "2026-11-17", "Lee Park", "lee-park"), want{
			subject: "Thank you: Backend Engineer interview on Tuesday 17 November",
			record:  "- {date: 2026-11-17, type: thank-you, to: [Lee Park]}",
			has: []string{"Hello Lee,", "I enjoyed our conversation, and it left me keener still",
				"I'm confident my experience fits what the team needs.", "I'll follow up in a week or so"},
			hasNot: []string{"especially", "decision is expected"},
		}},
		{"check-in", f.action("check-in", "check-in/r1", model.KindEmail, "2026-12-02"), want{
			has: []string{"I interviewed for the Backend Engineer role on Tuesday 17 November with Lee Park. I'm writing"},
		}},
		{"call-hiring-manager", f.action("call-hiring-manager", "call-hiring-manager/r1", model.KindCall, "2026-12-15"), want{
			opening: "Hello, this is Jordan Lee. I interviewed for the Backend Engineer role on Tuesday 17 November, and I'm calling to ask where the decision stands.",
			record:  "- {date: 2026-12-15, type: call, action: call-hiring-manager/r1, outcome: spoke}",
		}},
		{"thank-you-note", f.thanks("thank-you-note", model.KindLetter, "2026-11-18", "Lee Park", "lee-park"), want{
			has: []string{"Dear Lee,", "Our conversation has stayed with me, and I came away keener than ever to join Acme Robotics."},
		}},
		{"generic letter", f.action("custom", "custom", model.KindLetter, "2026-12-21"), want{
			has: []string{"Dear Acme Robotics team,"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { check(t, mustRender(t, s, f.site, tc.a, true), tc.want) })
	}
}

func TestThankYouPersonal(t *testing.T) {
	s := mustLoad(t, "")
	f := full()
	lee := mustRender(t, s, f.site, f.thanks("thank-you", model.KindEmail, "2026-11-17", "Lee Park", "lee-park"), true)
	sam := mustRender(t, s, f.site, f.thanks("thank-you", model.KindEmail, "2026-11-17", "Sam Ortiz", "sam-ortiz"), true)
	if lee.Body == sam.Body {
		t.Fatalf("both interviewers get the same text:\n%s", lee.Body)
	}
	check(t, lee, want{
		subject: "Thank you: Backend Engineer interview on Tuesday 17 November",
		to:      "Lee Park, Staff Engineer",
		has: []string{"Hello Lee,", "Thank you for meeting me on Tuesday 17 November to talk about the Backend Engineer role at Acme Robotics.",
			"our conversation about the fleet scheduler", "I understand a decision is expected around Friday 27 November.",
			"I'll follow up shortly after.", "Jordan Lee"},
		hasNot: []string{"on-call culture", "Sam"},
	})
	check(t, sam, want{
		to:     "Sam Ortiz",
		has:    []string{"Hello Sam,", "our conversation about on-call culture"},
		hasNot: []string{"fleet scheduler", "Lee Park"},
	})
	if lee.Email != "lee@acme.example" || sam.Email != "" {
		t.Errorf("emails = %q, %q; want lee@acme.example and none (Sam is not in contacts)", lee.Email, sam.Email)
	}
}

func TestPublicBuildHidesContactDetails(t *testing.T) {
	s := mustLoad(t, "")
	f := full()
	for _, a := range f.allActions() {
		sc := mustRender(t, s, f.site, a, false)
		text := sc.PlainText() + sc.Mailto + sc.Phone + sc.Email
		for _, secret := range []string{"@", "555"} {
			if strings.Contains(text, secret) {
				t.Errorf("%s (%s): public script shows %q:\n%s", a.ID, a.Kind, secret, text)
			}
		}
	}
}

func TestTwoAddressees(t *testing.T) {
	s := mustLoad(t, "")
	f := full()
	sc := mustRender(t, s, f.site, f.action("check-in", "check-in/r1", model.KindEmail, "2026-12-02", "Dana Smith", "Pat Kim"), true)
	check(t, sc, want{
		to:     "Dana Smith, Talent Partner; Pat Kim, Engineering Manager",
		record: "- {date: 2026-12-02, type: email, action: check-in/r1, to: [Dana Smith, Pat Kim]}",
		has:    []string{"To: Dana Smith <dana@acme.example>, Pat Kim <pat@acme.example>\n", "Hello Dana and Pat,\n"},
	})
	if got, want := sc.Mailto[:len("mailto:dana@acme.example,pat@acme.example?")], "mailto:dana@acme.example,pat@acme.example?"; got != want {
		t.Errorf("mailto starts %q, want %q", got, want)
	}
}

package agenda

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// actions is a small plan, sorted by due date, around Friday 20 November
// 2026.
func actions(t *testing.T) []*model.Action {
	acme := &model.Application{Slug: "acme", Company: "Acme Robotics", Role: "Backend Engineer"}
	birch := &model.Application{Slug: "birchwood", Company: "Birchwood & Hale LLP and Partners", Role: "Analyst"}
	dana := model.Contact{Name: "Dana Smith", Role: model.RoleRecruiter}
	lee := model.Contact{Name: "Lee Park", Role: model.RoleHiringManager}
	act := func(app *model.Application, id, rule string, kind model.Kind, due string, state model.State, to ...model.Contact) *model.Action {
		return &model.Action{App: app, ID: id, Rule: rule, Kind: kind, Due: sitetest.Date(t, due), State: state, To: to, Source: "C"}
	}
	round2 := func(a *model.Action) *model.Action { a.Round = 2; return a }
	thanks := act(acme, "thank-you/lee-park", "thank-you", model.KindEmail, "2026-11-20", model.StatePending, lee)
	thanks.Person = "Lee Park"
	return []*model.Action{
		act(acme, "decision-day/r1", "decision-day", model.KindMilestone, "2026-11-10", model.StatePending),
		act(birch, "confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-12", model.StatePending, dana),
		act(acme, "confirm-receipt", "confirm-receipt", model.KindCall, "2026-11-19", model.StatePending, dana),
		act(acme, "status-check-1", "status-check-1", model.KindEmail, "2026-11-19", model.StateDone, dana),
		thanks,
		act(birch, "move-on", "move-on", model.KindDecision, "2026-11-23", model.StateCancelled),
		round2(act(acme, "decision-day/r2", "decision-day", model.KindMilestone, "2026-11-25", model.StatePending)),
		round2(act(acme, "check-in/r2", "check-in", model.KindEmail, "2026-11-25", model.StatePending, dana, lee)),
		round2(act(acme, "move-on/r2", "move-on-after-call", model.KindDecision, "2026-12-04", model.StatePending)),
		act(acme, "last", "move-on", model.KindDecision, "2026-12-05", model.StatePending),
	}
}

func TestWrite(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, actions(t), sitetest.Date(t, "2026-11-20"), 14, false); err != nil {
		t.Fatal(err)
	}
	// The milestone of 10 November is past and not shown; done and
	// cancelled actions are not shown; 5 December is 15 days away.
	want := `Agenda for Friday 20 November 2026 and the next 14 days

Overdue
  call   Birchwood & Hale LL… Confirm receipt         Dana Smith       8d late
  call   Acme Robotics        Confirm receipt         Dana Smith       1d late

Today, Friday 20 November
  email  Acme Robotics        Thank-you email         Lee Park

Wednesday 25 November
  date   Acme Robotics        Decision expected r2
  email  Acme Robotics        Check in r2             Dana Smith +1

Friday 4 December
  decide Acme Robotics        Move on? r2
`
	if got := b.String(); got != want {
		t.Errorf("Write =\n%s\nwant\n%s", got, want)
	}
}

func TestWriteNothing(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, actions(t), sitetest.Date(t, "2027-01-04"), 3, false); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{"Agenda for Monday 4 January 2027 and the next 3 days\n",
		"Today, Monday 4 January\n  Nothing due today.\n", "\nNothing due in the next 3 days.\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Write =\n%s\nwant it to contain %q", got, want)
		}
	}
	b.Reset()
	_ = Write(&b, nil, sitetest.Date(t, "2027-01-04"), 1, false)
	if !strings.Contains(b.String(), "next 1 day\n") {
		t.Errorf("Write with days 1 =\n%s\nwant \"next 1 day\"", b.String())
	}
}

func TestWriteColor(t *testing.T) {
	var plain, color bytes.Buffer
	_ = Write(&plain, actions(t), sitetest.Date(t, "2026-11-20"), 14, false)
	_ = Write(&color, actions(t), sitetest.Date(t, "2026-11-20"), 14, true)
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("colour codes without color")
	}
	for _, want := range []string{"\x1b[1;31mOverdue\x1b[0m", "\x1b[31m 8d late\x1b[0m", "\x1b[33mcall  \x1b[0m"} {
		if !strings.Contains(color.String(), want) {
			t.Errorf("with color, want %q in\n%q", want, color.String())
		}
	}
}

func TestWriteFits80Columns(t *testing.T) {
	long := &model.Application{Slug: "x", Company: strings.Repeat("Long Company Name ", 5)}
	var acts []*model.Action
	for _, r := range plan.Rules {
		acts = append(acts, &model.Action{App: long, ID: r.ID, Rule: r.ID, Kind: r.Kind, Due: sitetest.Date(t, "2026-08-01"),
			State: model.StatePending, Round: 12, To: []model.Contact{{Name: strings.Repeat("Maximiliana ", 4)}, {Name: "B"}}})
	}
	var b bytes.Buffer
	_ = Write(&b, acts, sitetest.Date(t, "2026-11-20"), 14, false)
	for _, line := range strings.Split(b.String(), "\n") {
		if n := utf8.RuneCountInString(line); n > 79 {
			t.Errorf("%d columns: %q", n, line)
		}
	}
	for _, r := range plan.Rules {
		title := r.Title
		if r.Stage != plan.StageApplied && r.Stage != plan.StageScreen && r.Stage != plan.StageEnding {
			title += " r2"
		}
		if n := utf8.RuneCountInString(title); n > titleWidth {
			t.Errorf("rule %s: title %q with a round takes %d columns, more than %d", r.ID, r.Title, n, titleWidth)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, actions(t)[:5], sitetest.Date(t, "2026-11-20"), 14); err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "application": "birchwood",
    "company": "Birchwood & Hale LLP and Partners",
    "role": "Analyst",
    "action": "confirm-receipt",
    "kind": "call",
    "due": "2026-11-12",
    "to": "Dana Smith",
    "state": "pending",
    "source": "C",
    "summary": "Call Dana Smith (recruiter) at Birchwood & Hale LLP and Partners to confirm your application arrived",
    "days": -8
  },
  {
    "application": "acme",
    "company": "Acme Robotics",
    "role": "Backend Engineer",
    "action": "confirm-receipt",
    "kind": "call",
    "due": "2026-11-19",
    "to": "Dana Smith",
    "state": "pending",
    "source": "C",
    "summary": "Call Dana Smith (recruiter) at Acme Robotics to confirm your application arrived",
    "days": -1
  },
  {
    "application": "acme",
    "company": "Acme Robotics",
    "role": "Backend Engineer",
    "action": "thank-you/lee-park",
    "kind": "email",
    "due": "2026-11-20",
    "to": "Lee Park",
    "state": "pending",
    "source": "C",
    "summary": "Send Lee Park a thank-you email for the interview on 20 November",
    "days": 0
  }
]
`
	if got := b.String(); got != want {
		t.Errorf("WriteJSON =\n%s\nwant\n%s", got, want)
	}
	b.Reset()
	if err := WriteJSON(&b, nil, sitetest.Date(t, "2026-11-20"), 14); err != nil || b.String() != "[]\n" {
		t.Errorf("nothing due: %q, %v; want \"[]\\n\"", b.String(), err)
	}
}

// TestSelectBounded checks that a look ahead past ten years stops at ten
// years, rather than overflowing to a last day before today.
func TestSelectBounded(t *testing.T) {
	today := sitetest.Date(t, "2026-11-20")
	w := Select(actions(t), today, 1<<62)
	// Ten years from 2026-11-20 are 3650 days and the leap days of 2028,
	// 2032 and 2036: 3653 days later is 2036-11-20.
	if got, want := w.LastDay.String(), "2036-11-20"; got != want || w.NextDays != MaxDays {
		t.Errorf("LastDay = %s, NextDays = %d; want %s, %d", got, w.NextDays, want, MaxDays)
	}
	if got := len(w.Due); got != 5 {
		t.Errorf("%d actions due, want the 5 pending from today on", got)
	}
}

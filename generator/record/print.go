package record

import (
	"fmt"
	"io"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Write prints what the edit did: the record and the event, the actions
// it completed, cancelled, skipped or added, and the next pending ones.
func (r *Result) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "wrote %s: %s\n", r.Path, r.What)
	if len(r.Changes) > 0 {
		b.WriteString("plan:\n")
	}
	for _, c := range r.Changes {
		what := string(c.Action.State)
		switch {
		case c.Was == "" && c.Action.Pending():
			what = "new"
		case c.Was == "":
			what = "new, " + what
		}
		fmt.Fprintf(&b, "  %-10s %s  %s: %s\n", what, c.Action.Due, c.Action.ID, plan.Summary(c.Action))
	}
	if len(r.Next) == 0 {
		b.WriteString("next: nothing pending\n")
	} else {
		b.WriteString("next:\n")
	}
	for _, a := range r.Next {
		fmt.Fprintf(&b, "  %s  %s: %s\n", a.Due, a.ID, plan.Summary(a))
	}
	if r.Committed {
		fmt.Fprintf(&b, "committed: %s\n", r.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// describe says what an event is in a few words, for the commit message:
// "call to Dana Smith (voicemail)".
func describe(ev *Event) string {
	s := ev.Type
	if ev.Type == model.EventInterview || ev.Type == model.EventPhoneScreen {
		s += " on " + ev.Date
	}
	if len(ev.To) > 0 {
		s += " to " + names(ev.To)
	}
	if ev.From != "" {
		s += " from " + ev.From
	}
	if len(ev.With) > 0 {
		s += " with " + names(ev.With)
	}
	var extra []string
	for _, x := range []string{ev.Outcome, ev.Action} {
		if x != "" {
			extra = append(extra, x)
		}
	}
	if len(extra) > 0 {
		s += " (" + names(extra) + ")"
	}
	return s
}

func names(s []string) string { return strings.Join(s, ", ") }

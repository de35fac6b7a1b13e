// Package inbox turns recruiters' e-mails into proposed events, as
// `followup inbox` does.
//
// It reads .eml files and mbox files (RFC 4155, as Google Takeout and
// Thunderbird write them) with go-message, in the order they were sent,
// matches each message to an application (see match) and proposes at most
// one event: from a text/calendar part, what log -ics does with it (an
// interview, or a phone screen when the subject says "screen"; a meeting
// that carries its UID already is moved by an update or cancelled by a
// cancellation, see reader.invitation); else rejected when the message
// says one of the rejection phrases of rules.yaml; else a reply when the
// sender is a contact; else a confirmation when it says one of the
// confirmation phrases (an applicant tracking system writes those, not a
// person), read in what the sender wrote (see ownWords). Newsletters, job
// alerts and the owner's own mail are passed over. A message it is unsure
// of (no application, several, no date, one it cannot read, a
// cancellation of a meeting the record does not hold, no rule that fits)
// is listed, never written.
// With Apply, each proposal not logged yet (the same day, type and person;
// for a meeting, the same invitation) is written by record.Log, as
// followup log writes it: added lines only, or the one line a move or a
// cancellation changes.
package inbox

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/record"
)

// Options are the inputs of Run.
type Options struct {
	Source string
	Apply  bool
	Now    func() time.Time
	Out    io.Writer
}

// Run reads the message files, prints a proposal for each message and,
// with Apply, logs them. It returns how many events it wrote. A message
// that cannot be read is listed as unsure, and one whose event record.Log
// refuses is listed with the reason; the others are read and written all
// the same, and the error at the end names the refused ones.
func Run(opts Options, files []string) (int, error) {
	site, err := load.Site(opts.Source)
	if err != nil {
		return 0, err
	}
	rules, err := rulesFor(site)
	if err != nil {
		return 0, err
	}
	var msgs []*Message
	for _, f := range files {
		ms, err := ReadFile(f)
		if err != nil {
			return 0, err
		}
		msgs = append(msgs, ms...)
	}
	now := opts.Now()
	r := &reader{site: site, rules: rules, now: now, meetings: map[string]meeting{}}
	slices.SortStableFunc(msgs, func(a, b *Message) int { return r.sent(a).Compare(r.sent(b)) })
	written := 0
	var failed []string       // the messages whose event log refused
	done := map[string]bool{} // events other than meetings written in this run: app, day, type, person
	for _, m := range msgs {
		p := r.propose(m)
		key := ""
		if p.App != nil && p.Message.Calendar == nil {
			key = p.App.Slug + " " + p.Event.Date + " " + p.Event.Type + " " + p.Event.From
			p.Logged = p.Logged || done[key]
		}
		fmt.Fprintln(opts.Out, p.String())
		if !opts.Apply || p.App == nil || p.Unsure != "" || p.Skip != "" || p.Logged {
			continue
		}
		res, err := logEvent(opts, p)
		if err != nil { // refused, and nothing written: say why, and go on with the next
			fmt.Fprintf(opts.Out, "  not written: %s\n", strings.TrimPrefix(err.Error(), "usage: "))
			failed = append(failed, m.Where)
			continue
		}
		done[key] = true
		written++
		if err := res.Write(opts.Out); err != nil {
			return written, err
		}
	}
	if len(failed) > 0 {
		return written, fmt.Errorf("%d message%s could not be logged: %s", len(failed), plural(len(failed)), strings.Join(failed, ", "))
	}
	return written, nil
}

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// sent is when m was sent, for the order of a run; now for a message
// without a date.
func (r *reader) sent(m *Message) time.Time {
	if m.Date.IsZero() {
		return r.now
	}
	return m.Date
}

// logEvent writes the event of p with record.Log, the invitation of a
// meeting through a file as log -ics takes it: it adds the meeting, or
// moves or cancels the one that carries its UID.
func logEvent(opts Options, p Proposal) (*record.Result, error) {
	ropts := record.Options{Source: opts.Source, Now: opts.Now}
	ev := p.Event
	cal := p.Calendar()
	if cal == nil {
		return record.Log(ropts, p.App.Slug, ev, "")
	}
	dir, err := os.MkdirTemp("", "followup-inbox-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ics := filepath.Join(dir, "invite.ics")
	if err := os.WriteFile(ics, cal, 0o600); err != nil {
		return nil, err
	}
	ev.Date = "" // the invitation's start, read by log
	return record.Log(ropts, p.App.Slug, ev, ics)
}

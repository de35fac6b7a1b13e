// Package inbox turns recruiters' e-mails into proposed events, as
// `followup inbox` does.
//
// It reads .eml files and mbox files (RFC 4155, as Google Takeout and
// Thunderbird write them) with go-message, matches each message to an
// application (see match) and proposes at most one event: an interview or
// a phone screen (when the subject says "screen") from a text/calendar
// part, read as log -ics reads it; else rejected when the message says one
// of the rejection phrases of rules.yaml; else a reply when the sender is a
// contact; else a confirmation when it says one of the confirmation
// phrases (an applicant tracking system writes those, not a person). Newsletters and job alerts are passed over. A
// message it is unsure of (no application, several, an invitation that
// moves or cancels a meeting, no rule that fits) is listed, never written.
// With Apply, each proposal not logged yet (the same day, type and person)
// is written by record.Log, as followup log writes it: added lines only.
package inbox

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
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
// with Apply, logs them. It returns how many events it wrote.
func Run(opts Options, files []string) (int, error) {
	rules, err := LoadRules(opts.Source)
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
	site, err := load.Site(opts.Source)
	if err != nil {
		return 0, err
	}
	written := 0
	done := map[string]bool{} // events written in this run: app, day, type, person
	for _, m := range msgs {
		p := Propose(m, site, rules, opts.Now())
		key := ""
		if p.App != nil {
			key = p.App.Slug + " " + p.Event.Date + " " + p.Event.Type + " " + p.Event.From
			p.Logged = p.Logged || done[key]
		}
		fmt.Fprintln(opts.Out, p.String())
		if !opts.Apply || p.App == nil || p.Unsure != "" || p.Skip != "" || p.Logged {
			continue
		}
		res, err := logEvent(opts, p)
		if err != nil {
			return written, fmt.Errorf("%s: %w", m.Where, err)
		}
		done[key] = true
		written++
		if err := res.Write(opts.Out); err != nil {
			return written, err
		}
	}
	return written, nil
}

// logEvent writes the event of p with record.Log, the invitation of an
// interview through a file as log -ics takes it.
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

// String is the line printed for p.
func (p Proposal) String() string {
	m := p.Message
	head := fmt.Sprintf("%s: %q from %s", m.Where, m.Subject, m.From)
	switch {
	case p.Skip != "":
		return head + "\n  passed over: " + p.Skip
	case p.Unsure != "":
		return head + "\n  unsure, not written: " + p.Unsure
	}
	what := fmt.Sprintf("%s %s on %s", p.App.Slug, p.Event.Type, p.Event.Date)
	if p.Event.From != "" {
		what += " from " + p.Event.From
	}
	if p.Logged {
		return head + "\n  already logged: " + what
	}
	return head + "\n  " + what + ": " + p.Reason
}

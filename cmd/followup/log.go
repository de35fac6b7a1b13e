package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/followup-dev/followup/generator/record"
)

func cmdLog(e *env, args []string) error {
	fs := newFlags(e, "log")
	var ev record.Event
	var to, with string
	var topics topicFlag
	opts := record.Options{Now: e.now}
	fs.StringVar(&opts.Source, "source", ".", "the site's source `directory`")
	fs.StringVar(&ev.Date, "date", "", "the day, `YYYY-MM-DD`, or for an interview YYYY-MM-DDTHH:MM (default: today in the site's time zone)")
	fs.StringVar(&to, "to", "", "who it was for: a contact's `name`, or names separated by commas")
	fs.StringVar(&with, "with", "", "who was there (phone screens, interviews): `names` separated by commas; new interviewers become contacts")
	fs.StringVar(&ev.From, "from", "", "who answered (replies): a contact's `name`")
	fs.StringVar(&ev.Outcome, "outcome", "", "how a call went: `spoke`, voicemail or no-answer")
	fs.StringVar(&ev.Action, "action", "", "the action `id` a call or email fulfils")
	fs.IntVar(&ev.Round, "round", 0, "the interview `round` (default: the count of interviews so far)")
	fs.Var(&topics, "topic", "what you discussed with an interviewer, `NAME=TEXT` (repeatable)")
	fs.StringVar(&ev.NextStep, "next-step", "", "the next step they named, as `text`")
	fs.StringVar(&ev.DecisionExpected, "decision", "", "the day they expect to decide, `YYYY-MM-DD`")
	fs.StringVar(&ev.Note, "note", "", "a private `note`")
	ics := fs.String("ics", "", "an interview's or phone screen's calendar invitation, `FILE`.ics: its start, attendees (new ones with their address), organiser and UID")
	fs.BoolVar(&opts.Commit, "commit", false, "commit the record with git")
	pos, err := parse(fs, args, 2)
	if err != nil {
		return err
	}
	ev.Type, ev.To, ev.With, ev.Topics = pos[1], splitNames(to), splitNames(with), topics
	res, err := record.Log(opts, pos[0], ev, *ics)
	return reportEdit(e, res, err)
}

// reportEdit prints what an edit did and maps the library's errors of usage
// to exit code 2. A result comes with an error when the record was written
// but not committed.
func reportEdit(e *env, res *record.Result, err error) error {
	if res != nil {
		if werr := res.Write(e.stdout); werr != nil && err == nil {
			err = werr
		}
	}
	if errors.Is(err, record.ErrUsage) {
		return fmt.Errorf("%w: %s", errUsage, strings.TrimPrefix(err.Error(), record.ErrUsage.Error()+": "))
	}
	return err
}

// splitNames splits a list of names separated by commas.
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// topicFlag collects -topic NAME=TEXT flags in order.
type topicFlag []record.Topic

func (f *topicFlag) String() string { return "" }

func (f *topicFlag) Set(s string) error {
	name, text, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(text) == "" {
		return errors.New("want NAME=TEXT, such as \"Lee Park=the fleet scheduler\"")
	}
	*f = append(*f, record.Topic{Name: strings.TrimSpace(name), Text: strings.TrimSpace(text)})
	return nil
}

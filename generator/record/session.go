package record

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Options are what every edit needs.
type Options struct {
	Source string           // the site's source directory
	Now    func() time.Time // the clock, for today's date in the site's time zone
	Commit bool             // commit the record with git after the write
}

// Result is what an edit did.
type Result struct {
	Path      string          // slash path of the record
	What      string          // what happened: "call to Dana Smith (voicemail)"
	Message   string          // the commit message: the slug, then What
	Changes   []Change        // actions whose state the edit changed, or that it added
	Next      []*model.Action // the next pending actions of the application, by due date
	Committed bool            // the record was committed
}

// Change is an action the edit changed.
type Change struct {
	Action *model.Action // as it is after the edit
	Was    model.State   // "" when the action is new
}

// session is one edit of one record: the site it belongs to and the
// record's bytes as they were read.
type session struct {
	opts     Options
	settings *model.Settings
	app      *model.Application // decoded from data
	name     string             // the file, in the OS's form
	data     []byte
	mode     fs.FileMode
}

// open loads the site, finds the application q names and reads its record.
func open(opts Options, q string) (*session, error) {
	site, err := load.Site(opts.Source)
	if err != nil {
		return nil, err
	}
	app, err := Find(site.Applications, q)
	if err != nil {
		return nil, err
	}
	s := &session{opts: opts, settings: &site.Settings, name: filepath.FromSlash(app.Path)}
	if s.data, s.mode, err = readRecord(s.name); err != nil {
		return nil, err
	}
	a, errs := load.Application(s.settings, app.Path, s.data)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	s.app = a
	return s, nil
}

// today returns today's date in the site's time zone.
func (s *session) today() model.Date {
	now := time.Now
	if s.opts.Now != nil {
		now = s.opts.Now
	}
	return model.DateOf(now().In(s.settings.Location))
}

// actions returns the plan of an application, by due date.
func (s *session) actions(a *model.Application) []*model.Action {
	return plan.Actions([]*model.Application{a}, s.settings.Playbook)
}

// check decodes the edited record. Its problems come back with a word
// that nothing was written: their lines are those of the edit.
func (s *session) check(edited []byte) (*model.Application, error) {
	a, errs := load.Application(s.settings, s.app.Path, edited)
	// The position is in the record as it would have been, which was never
	// written: say so, or the reader looks for a line the file lacks.
	for _, e := range errs {
		if e.Line > 0 {
			e.Msg += fmt.Sprintf(" (line %d of the record as it would have been with the new lines; nothing was written)", e.Line)
		} else {
			e.Msg += " (in the record as it would have been; nothing was written)"
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

// write writes the edited record, says what changed in the plan, and
// commits the file when asked. After a failed commit the record stays
// written and the result is returned with the error.
func (s *session) write(edited []byte, after *model.Application, message string) (*Result, error) {
	if err := writeRecord(s.name, s.data, edited, s.mode); err != nil {
		return nil, err
	}
	res := &Result{Path: s.app.Path, What: message, Message: s.app.Slug + ": " + message}
	res.Changes, res.Next = changes(s.actions(s.app), s.actions(after))
	if s.opts.Commit {
		if err := commit(s.opts.Source, s.name, res.Message); err != nil {
			return res, err
		}
		res.Committed = true
	}
	return res, nil
}

// nextCount is how many pending actions a result lists.
const nextCount = 3

// changes compares the plans before and after an edit.
func changes(before, after []*model.Action) ([]Change, []*model.Action) {
	was := map[string]model.State{}
	for _, a := range before {
		was[a.ID] = a.State
	}
	var out []Change
	var next []*model.Action
	for _, a := range after {
		if w, ok := was[a.ID]; !ok || w != a.State {
			out = append(out, Change{a, w})
		}
		if a.Pending() && len(next) < nextCount {
			next = append(next, a)
		}
	}
	return out, next
}

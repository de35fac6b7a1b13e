// Package scripts fills the wording of call scripts, email drafts and mailed
// notes from a record. The wording lives in text templates in
// content/scripts/, one file per rule or per action kind; a site's own files
// override the embedded ones of the same name.
package scripts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/template"

	"github.com/followup-dev/followup/generator/internal/bound"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Options are the choices of one build.
type Options struct {
	Private bool   // show contact emails and phone numbers
	BaseURL string // absolute, ends in "/"
}

// Script is one filled script, ready for a page or a plain-text file.
type Script struct {
	Action *model.Action
	Kind   model.Kind // call, email or letter
	Title  string     // "Call Dana Smith to confirm your application arrived"
	To     string     // "Dana Smith, Talent Partner" or "Acme Robotics"
	Phone  string     // only when private fields are shown
	Email  string     // only when private fields are shown
	URL    string     // the printable page, under Options.BaseURL
	File   string     // the template file the wording came from, e.g. "content/scripts/thank-you.tmpl"

	// Calls.
	Opening   string
	Purpose   string
	Pitch     string
	Questions []string
	Voicemail string
	Cautions  []string // calls, and emails whose template names some
	Record    string   // the YAML event line to paste into the record afterwards

	// Afterwards says what to note once the call is made or the message sent.
	Afterwards string

	// Emails and letters.
	Subject string
	Body    string
	Mailto  string // mailto: URL with subject and body encoded

	header string // "Dana Smith <dana@acme.example>", for the plain text
}

// MaxVoicemailWords is the longest voicemail that takes under 30 seconds
// to say, at about 150 words a minute.
const MaxVoicemailWords = 75

// Blocks each kind of template must define.
var required = map[model.Kind][]string{
	model.KindCall:   {"opening", "purpose", "questions", "voicemail"},
	model.KindEmail:  {"subject", "body"},
	model.KindLetter: {"body"},
}

// Render fills the script of a pending call, email or letter action. A
// template that fails reports a *model.Error at the template file.
func (s *Set) Render(site *model.Site, a *model.Action, opts Options) (*Script, error) {
	if _, ok := required[a.Kind]; !ok {
		return nil, fmt.Errorf("scripts: action %s of %s is a %s, not a call, email or letter", a.ID, a.App.Slug, a.Kind)
	}
	name, t := s.lookup(a.Rule, a.Kind)
	if t == nil {
		return nil, fmt.Errorf("scripts: no template for %s (%s); want %s.tmpl or %s.tmpl", a.ID, a.Kind, a.Rule, a.Kind)
	}
	d := newData(site, a, opts)
	sc, err := s.fill(name, t, a, d)
	if err != nil {
		return nil, err
	}
	sc.fillContact(d, opts)
	sc.Record = recordLine(a)
	if a.Kind == model.KindEmail {
		sc.Mailto = mailto(sc.Email, sc.Subject, sc.Body)
	}
	if opts.BaseURL != "" && a.App != nil {
		sc.URL = opts.BaseURL + model.ScriptDir(a.App.Slug, a.ID)
	}
	return sc, nil
}

// fill runs the blocks of the template t, of the file name, that a's kind
// needs into a new Script: all in one run within the set's limits, so that
// a template that loops or writes without end is given up on.
func (s *Set) fill(name string, t *template.Template, a *model.Action, d *Data) (*Script, error) {
	var sc *Script
	buf := new(bytes.Buffer)
	err := bound.Run(s.lim, s.files[name].path, buf, func(w io.Writer) error {
		sc = &Script{Action: a, Kind: a.Kind, File: s.files[name].path, Pitch: d.Pitch}
		x := executor{set: s, t: t, data: d, w: w, buf: buf}
		switch a.Kind {
		case model.KindCall:
			sc.Opening = inline(x.block("opening"))
			sc.Purpose = inline(x.block("purpose"))
			sc.Questions = items(x.block("questions"))
			sc.Voicemail = inline(x.block("voicemail"))
		case model.KindEmail:
			sc.Subject = inline(x.block("subject"))
			sc.Body = paragraphs(x.block("body"))
		case model.KindLetter:
			sc.Body = paragraphs(x.block("body"))
		}
		sc.Cautions = items(x.optional("cautions"))
		if len(strings.Fields(sc.Voicemail)) > MaxVoicemailWords {
			sc.Cautions = append(sc.Cautions, items(x.optional("long-voicemail"))...)
		}
		sc.Afterwards = inline(x.optional("afterwards"))
		sc.Title = x.title(a)
		return x.err
	})
	var me *model.Error
	switch {
	case err == nil:
		return sc, nil
	case s.lim.Err() != nil:
		return nil, s.lim.Err()
	case errors.As(err, &me):
		return nil, me
	}
	return nil, s.convert(err)
}

// lookup returns the template of a rule and kind: <rule>.<kind>.tmpl, else
// <rule>.tmpl when it defines every block the kind needs, else <kind>.tmpl.
func (s *Set) lookup(rule string, kind model.Kind) (string, *template.Template) {
	for _, name := range []string{rule + "." + string(kind) + ".tmpl", rule + ".tmpl", string(kind) + ".tmpl"} {
		t := s.sets[name]
		if t == nil || rule == "" && name != string(kind)+".tmpl" {
			continue
		}
		if definesAll(t, required[kind]) {
			return name, t
		}
	}
	return "", nil
}

func definesAll(t *template.Template, blocks []string) bool {
	for _, b := range blocks {
		if t.Lookup(b) == nil {
			return false
		}
	}
	return true
}

// executor runs the blocks of one template and keeps the first error.
type executor struct {
	set  *Set
	t    *template.Template
	data *Data
	err  error
	w    io.Writer     // writes to buf, within the set's limits
	buf  *bytes.Buffer // what the block under way wrote
}

func (x *executor) block(name string) string {
	if x.err != nil {
		return ""
	}
	x.buf.Reset()
	if err := x.t.ExecuteTemplate(x.w, name, x.data); err != nil {
		x.err = x.set.convert(err)
		return ""
	}
	out := x.buf.String()
	for _, bad := range []string{"<no value>", "<nil>"} {
		if strings.Contains(out, bad) {
			x.err = &model.Error{Path: x.set.files[x.t.Name()].path, Msg: fmt.Sprintf("block %q printed %s: a value is missing", name, bad)}
			return ""
		}
	}
	return out
}

func (x *executor) optional(name string) string {
	if x.t.Lookup(name) == nil {
		return ""
	}
	return x.block(name)
}

// title returns the title the script's own file defines, else the
// playbook's summary of a known rule, else the shared title.
func (x *executor) title(a *model.Action) string {
	own := x.t.Lookup("title")
	fromFile := own != nil && own.Tree != nil && own.Tree.ParseName != SharedFile
	if !fromFile && plan.Lookup(a.Rule) != nil {
		if s := plan.Summary(a); s != "" {
			return s
		}
	}
	return inline(x.optional("title"))
}

// fillContact sets To, and Phone and Email when private fields are shown.
func (sc *Script) fillContact(d *Data, opts Options) {
	var to, emails, header []string
	for _, c := range d.contacts {
		label := c.Name
		if c.Title != "" {
			label += ", " + c.Title
		}
		to = append(to, label)
		if opts.Private && c.Email != "" {
			emails = append(emails, c.Email)
			header = append(header, c.Name+" <"+c.Email+">")
		} else {
			header = append(header, c.Name)
		}
		if opts.Private && sc.Phone == "" {
			sc.Phone = c.Phone
		}
	}
	sc.To = strings.Join(to, "; ")
	if sc.To == "" {
		sc.To = d.Company
	}
	sc.Email = strings.Join(emails, ",")
	sc.header = strings.Join(header, ", ")
	if sc.header == "" {
		sc.header = d.Company
	}
}

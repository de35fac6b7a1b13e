package scripts

import (
	"strings"
	"text/template"
	"unicode"

	"github.com/followup-dev/followup/generator/model"
)

// Data is what a script template sees: the record, the addressee and the
// job seeker, as plain text. Dates are written out, "Tuesday 17 November".
// An empty string means "not known"; templates test it with {{with}} or {{if}}.
type Data struct {
	ActionID string // "thank-you/lee-park"
	Rule     string // "thank-you"
	Kind     string // "call", "email" or "letter"
	Due      string // the day the action is due

	Company  string
	Role     string // the position applied for
	Location string
	Applied  string // the day you applied
	Channel  string // job-board, company-site, email, referral, recruiter, walk-in
	Source   string // where the posting was found, free text
	Pitch    string // one line: why you fit
	NoCalls  bool   // the posting asked for no phone calls

	Me      string // the job seeker's name
	MyEmail string // only in private builds, when set
	MyPhone string // only in private builds, when set

	Name        string // the addressees, "Dana Smith" or "Dana Smith and Lee Park"; "" for the company in general
	Title       string // the job title of a single addressee
	ContactRole string // the record role of a single addressee: recruiter, hiring-manager...

	Recruiter     string // the first recruiter or HR contact of the record
	HiringManager string // the first hiring manager of the record
	Referrer      string // the first referral contact of the record

	Screen           bool     // the event behind the action is a phone screen
	InterviewDate    string   // the day of the interview or phone screen behind the action
	Interviewers     []string // who was there
	Round            int
	Topic            string // thank-you: what you discussed with this person
	NextStep         string
	DecisionExpected string // the day they expect to decide

	contacts []model.Contact // the addressees, for the script's header
}

// FirstName returns the first names of the addressees ("Dana", "Dana and
// Lee", "Dr. Park"), or "" when nobody is named.
func (d *Data) FirstName() string {
	var out []string
	for _, c := range d.contacts {
		if f := firstName(c.Name); f != "" {
			out = append(out, f)
		}
	}
	return joinNames(out)
}

// Who returns the addressees' names, or "the hiring team at <company>".
func (d *Data) Who() string {
	if d.Name != "" {
		return d.Name
	}
	return "the hiring team at " + d.Company
}

func newData(site *model.Site, a *model.Action, opts Options) *Data {
	app := a.App
	d := &Data{ActionID: a.ID, Rule: a.Rule, Kind: string(a.Kind), Due: long(a.Due),
		Company: app.Company, Role: app.Role, Location: app.Location, Applied: long(app.Applied),
		Channel: app.Channel, Source: app.Source, Pitch: strings.TrimSpace(app.Pitch), NoCalls: app.NoCalls}
	if site != nil {
		o := site.Settings.Owner
		d.Me = o.Name
		if opts.Private {
			d.MyEmail, d.MyPhone = o.Email, o.Phone
		}
	}
	d.contacts = addressees(a)
	var names []string
	for _, c := range d.contacts {
		names = append(names, c.Name)
	}
	d.Name = joinNames(names)
	if len(d.contacts) == 1 {
		d.Title, d.ContactRole = d.contacts[0].Title, d.contacts[0].Role
	}
	d.Recruiter = firstWithRole(app, model.RoleRecruiter, model.RoleHR)
	d.HiringManager = firstWithRole(app, model.RoleHiringManager)
	d.Referrer = firstWithRole(app, model.RoleReferral)
	if ev := a.Interview; ev != nil {
		d.Screen = ev.Type == model.EventPhoneScreen
		d.InterviewDate, d.Interviewers, d.Round = long(ev.Date), ev.With, ev.Round
		d.NextStep, d.DecisionExpected = strings.TrimSpace(ev.NextStep), long(ev.DecisionExpected)
		if a.Person != "" {
			d.Topic = strings.TrimSpace(ev.Topics[a.Person])
		}
	}
	if ev := a.Promise; ev != nil {
		d.NextStep, d.DecisionExpected = strings.TrimSpace(ev.NextStep), long(ev.DecisionExpected)
	}
	return d
}

// addressees returns who the action goes to: the interviewer of a thank-you,
// else the action's contacts, filled from the record when it knows more.
func addressees(a *model.Action) []model.Contact {
	if a.Person != "" {
		if c := a.App.Contact(a.Person); c != nil {
			return []model.Contact{*c}
		}
		return []model.Contact{{Name: a.Person, Role: model.RoleInterviewer}}
	}
	var out []model.Contact
	for _, c := range a.To {
		if rc := a.App.Contact(c.Name); rc != nil && c.Title == "" && c.Email == "" && c.Phone == "" {
			c = *rc
		}
		if strings.TrimSpace(c.Name) != "" {
			out = append(out, c)
		}
	}
	return out
}

func firstWithRole(app *model.Application, roles ...string) string {
	if cs := app.ContactsWithRole(roles...); len(cs) > 0 {
		return cs[0].Name
	}
	return ""
}

// honorifics are titles a greeting keeps with the last name: "Dr. Park".
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "mx": true, "prof": true, "professor": true}

// firstName returns the name to greet someone by.
func firstName(name string) string {
	f := strings.Fields(name)
	switch {
	case len(f) == 0:
		return ""
	case len(f) > 1 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))]:
		return f[0] + " " + f[len(f)-1]
	}
	return strings.TrimRight(f[0], ",")
}

// joinNames joins names as "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// funcs are the functions script templates may call.
var funcs = template.FuncMap{
	// names joins a list of names as "A, B and C".
	"names": joinNames,
	// first returns the name to greet a person by.
	"first": firstName,
	// sentence trims s and ends it with a full stop unless it already ends
	// with punctuation.
	"sentence": sentence,
}

// long writes a date out, "Tuesday 17 November"; "" when unset.
func long(d model.Date) string { return d.Format("Monday 2 January") }

func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	r := []rune(s)
	if last := r[len(r)-1]; unicode.IsPunct(last) && last != ',' && last != ';' && last != ':' && last != ')' && last != '"' {
		return s
	}
	return strings.TrimRight(s, ",;:") + "."
}

package render

import (
	"html/template"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// page is what every page layout receives: the site's name, the base path
// every link starts with, and the page's own title.
type page struct {
	Base       string // root-relative path of the site, e.g. "/job-hunt/"
	SiteTitle  string
	Owner      string
	Title      string
	Section    string // "dashboard", "timeline", "calls", "playbook", "calendar", "report" or ""
	NoIndex    bool
	LiveReload bool
	Private    bool
	BuiltFor   string // the build day, "Mon 7 Dec 2026"; "" when none was given

	HeadTitle   string // the page's <title>: "Timeline · Jordan's job hunt"
	InDashboard bool   // the section, for the navigation
	InTimeline  bool
	InCalls     bool
	InPlaybook  bool
	InCalendar  bool
	InReport    bool
}

// Common returns the part every page shares. Layouts pass it to the
// header and footer, whose fields are then found at the top of the value
// rather than searched for inside each page's own data.
func (p page) Common() page { return p }

// page returns the common part of a page.
func (b *build) page(title, section string) page {
	head := b.site.Settings.Title
	if title != "" && title != head {
		head = title + " · " + head
	}
	return page{
		HeadTitle:   head,
		InDashboard: section == "dashboard", InTimeline: section == "timeline",
		InCalls: section == "calls", InPlaybook: section == "playbook",
		InCalendar: section == "calendar", InReport: section == "report",
		Base:       b.base,
		SiteTitle:  b.site.Settings.Title,
		Owner:      b.site.Settings.Owner.Name,
		Title:      title,
		Section:    section,
		NoIndex:    !b.site.Settings.Publish.Indexable,
		LiveReload: b.r.opts.LiveReload,
		Private:    b.private,
		BuiltFor:   dateText(b.site.Settings.Today),
	}
}

// actionView is one action as a page shows it.
type actionView struct {
	Class      string // "action kind-call is-pending"
	Cancelled  bool
	ID         string
	Summary    string
	Explain    string
	Kind       string
	KindLabel  string
	Due        string // YYYY-MM-DD
	DueText    string // "Mon 10 Nov 2026"
	State      string
	StateLabel string
	Pending    bool
	To         string
	Source     string // shown on its application's own page only
	Company    string
	Role       string
	AppURL     string
	OwnPage    bool // shown on its application's own page: no need to name it
	ScriptURL  string
	AdviceURL  string
	Advice     string       // the advice page's title
	Phone      string       // private builds only
	Tel        template.URL // tel: URL of Phone, or ""
	Email      string       // private builds only
	DoneOn     string       // the day of the event that fulfilled it
	// CaptureApp is the slug of its application under serve, whose page
	// script draws Done and Skip beside a pending action; "" in a build.
	CaptureApp string
	Cal        *calView // a pending action's "add to my calendar" links
}

// calView offers one follow-up or meeting to add to one's own calendar.
type calView struct {
	Google  string       // Google Calendar's new-event page
	Outlook string       // Outlook on the web's
	ICS     template.URL // a data: URL of the one-event calendar file
	File    string       // the name the file downloads as
}

// newCal returns the links of an invite, downloaded as file.
func newCal(iv feed.Invite, file string) *calView {
	return &calView{Google: iv.Google(), Outlook: iv.Outlook(), ICS: template.URL(iv.DataURL()), File: file}
}

// lazyCal holds the add-to-calendar links of one action, made when a page
// first shows it.
type lazyCal struct {
	once sync.Once
	v    *calView
}

// actionCal returns the add-to-calendar links of a, or nil when the feed
// does not carry it. They are made once a build: the dashboard, the
// timeline, the call sheet and the application page show the same action.
func (b *build) actionCal(app *model.Application, a *model.Action) *calView {
	c := b.cals[a]
	if c == nil { // no action of the build's lists: made for this page alone
		c = new(lazyCal)
	}
	c.once.Do(func() {
		if iv, ok := feed.ActionInvite(&b.site.Settings, app, a, b.baseURL); ok {
			c.v = newCal(iv, "follow-up.ics")
		}
	})
	return c.v
}

// actionViews is a list of actions.
type actionViews []actionView

// action returns the view of one action.
func (b *build) action(a *model.Action) actionView {
	app := b.app(a)
	v := actionView{
		ID: a.ID, Summary: plan.Summary(a),
		Kind: string(a.Kind), KindLabel: kindLabels[a.Kind],
		Due: a.Due.String(), DueText: dateText(a.Due),
		State: string(a.State), StateLabel: stateLabels[a.State], Pending: a.Pending(),
		Class:     "action kind-" + string(a.Kind) + " is-" + string(a.State),
		Cancelled: a.State == model.StateCancelled,
		To:        a.ToNames(),
		Company:   app.Company, Role: app.Role, AppURL: b.appURL(app.Slug),
	}
	if v.KindLabel == "" {
		v.KindLabel = string(a.Kind)
	}
	if a.DoneBy != nil && a.State == model.StateDone {
		v.DoneOn = dateText(a.DoneBy.Date)
	}
	if scripted(a) {
		v.ScriptURL = b.url(scriptDir(a))
	}
	if p := b.adviceFor(a); p != nil {
		v.AdviceURL, v.Advice = b.url("playbook/"+p.Slug+"/"), p.Title
	}
	if b.private && len(a.To) > 0 {
		v.Phone, v.Email, v.Tel = a.To[0].Phone, a.To[0].Email, telLink(a.To[0].Phone)
	}
	if b.r.opts.LiveReload && v.Pending {
		v.CaptureApp = app.Slug
	}
	v.Cal = b.actionCal(app, a)
	return v
}

// kindLabels names action kinds for people.
var kindLabels = map[model.Kind]string{
	model.KindCall: "Call", model.KindEmail: "Email", model.KindLetter: "Letter",
	model.KindTask: "Task", model.KindMilestone: "Milestone", model.KindDecision: "Decision",
}

// stateLabels names action states in words, so that no state is told by
// colour alone.
var stateLabels = map[model.State]string{
	model.StatePending:   "to do",
	model.StateDone:      "done ✓",
	model.StateSkipped:   "skipped",
	model.StateCancelled: "cancelled",
}

// dateText formats a day for reading: "Mon 10 Nov 2026".
func dateText(d model.Date) string { return d.Format("Mon 2 Jan 2006") }

// eventView is one event of a record as a page shows it.
type eventView struct {
	Date string // YYYY-MM-DD
	When string // "Tue 17 Nov 2026, 14:00"
	// A meeting (interview, phone screen) is scheduled when it comes after
	// the build day; the page script tells again from the viewer's clock.
	Meeting   bool
	Scheduled bool
	Cancelled bool   // a meeting called off, or after the application ended: it never took place
	Start     string // a timed meeting's start, RFC 3339 in UTC, for the script

	Label   string // "Interview, round 1"
	Details []string
	Company string
	AppURL  string
	Cal     *calView // a meeting's "add to my calendar" links, on its application's page
}

// eventViews is a list of events.
type eventViews []eventView

// event returns the view of one event of app.
func (b *build) event(app *model.Application, e *model.Event) eventView {
	v := eventView{
		Date: e.Date.String(), When: dateText(e.Date), Label: eventLabel(e),
		Company: app.Company, AppURL: b.appURL(app.Slug),
	}
	if e.Timed() {
		v.When += ", " + e.Start.Format("15:04")
	}
	if plan.IsMeeting(e.Type) {
		v.Meeting = true
		v.Cancelled = plan.End(app).Cancels(e)
		if today := b.site.Settings.Today; !today.IsZero() {
			v.Scheduled = plan.Scheduled(e, today.End(b.site.Settings.Location))
		}
		if e.Timed() {
			v.Start = e.Start.UTC().Format(time.RFC3339)
		}
	}
	add := func(prefix, s string) {
		if s != "" {
			v.Details = append(v.Details, prefix+s)
		}
	}
	add("with ", strings.Join(e.With, ", "))
	add("to ", strings.Join(e.To, ", "))
	add("from ", e.From)
	add("outcome: ", e.Outcome)
	add("for ", e.Action)
	for _, name := range e.With {
		add("discussed with "+name+": ", e.Topics[name])
	}
	add("next step: ", e.NextStep)
	add("decision expected ", dateText(e.DecisionExpected))
	add("", e.Note)
	return v
}

// eventLabels names event types for people.
var eventLabels = map[string]string{
	model.EventConfirmation: "Confirmation received", model.EventCall: "Call",
	model.EventEmail: "Email sent", model.EventThankYou: "Thank-you sent",
	model.EventLetter: "Letter sent", model.EventReply: "Reply received",
	model.EventPhoneScreen: "Phone screen", model.EventInterview: "Interview",
	model.EventNetwork: "Network contact", model.EventOffer: "Offer",
	model.EventRejected: "Rejected", model.EventWithdrew: "Withdrew",
	model.EventDeclined: "Declined the offer", model.EventAccepted: "Accepted the offer",
	model.EventClosed: "Role closed", model.EventNote: "Note",
}

// eventLabel names an event: "Interview, round 2".
func eventLabel(e *model.Event) string {
	l := eventLabels[e.Type]
	if l == "" {
		l = e.Type
	}
	if e.Type == model.EventInterview && e.Round > 0 {
		l += ", round " + strconv.Itoa(e.Round)
	}
	return l
}

// status returns an application's derived status, "applied" or
// "wishlist" when the plan gives none.
func status(app *model.Application) string {
	if s := plan.Status(app); s != "" {
		return s
	}
	if app.Applied.IsZero() {
		return model.StatusWishlist
	}
	return model.StatusApplied
}

// statusLabel names a status for people: "Interviewing".
func statusLabel(s string) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

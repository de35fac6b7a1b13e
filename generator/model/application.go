// Package model holds the types every stage of followup shares: the loaded
// site, its application records, and the follow-up actions the playbook derives.
package model

import "time"

// Channel values: how an application was sent.
const (
	ChannelJobBoard    = "job-board"
	ChannelCompanySite = "company-site"
	ChannelEmail       = "email"
	ChannelReferral    = "referral"
	ChannelRecruiter   = "recruiter"
	ChannelWalkIn      = "walk-in"
)

// Channels lists every valid channel.
var Channels = []string{ChannelJobBoard, ChannelCompanySite, ChannelEmail, ChannelReferral, ChannelRecruiter, ChannelWalkIn}

// Contact roles.
const (
	RoleRecruiter     = "recruiter"
	RoleHR            = "hr"
	RoleHiringManager = "hiring-manager"
	RoleInterviewer   = "interviewer"
	RoleNetwork       = "network"
	RoleReferral      = "referral"
)

// ContactRoles lists every valid contact role.
var ContactRoles = []string{RoleRecruiter, RoleHR, RoleHiringManager, RoleInterviewer, RoleNetwork, RoleReferral}

// Event types.
const (
	EventConfirmation = "confirmation"
	EventCall         = "call"
	EventEmail        = "email"
	EventThankYou     = "thank-you"
	EventLetter       = "letter"
	EventReply        = "reply"
	EventPhoneScreen  = "phone-screen"
	EventInterview    = "interview"
	EventNetwork      = "network"
	EventOffer        = "offer"
	EventRejected     = "rejected"
	EventWithdrew     = "withdrew"
	EventDeclined     = "declined"
	EventAccepted     = "accepted"
	EventClosed       = "closed"
	EventNote         = "note"
)

// EventTypes lists every valid event type.
var EventTypes = []string{EventConfirmation, EventCall, EventEmail, EventThankYou, EventLetter, EventReply,
	EventPhoneScreen, EventInterview, EventNetwork, EventOffer, EventRejected, EventWithdrew, EventDeclined,
	EventAccepted, EventClosed, EventNote}

// Call outcomes.
var CallOutcomes = []string{"spoke", "voicemail", "no-answer"}

// Status values. Only StatusWishlist, StatusWithdrawn, StatusGhosted and
// StatusClosed may be set in a record; the others are derived from events.
const (
	StatusWishlist     = "wishlist"
	StatusApplied      = "applied"
	StatusScreening    = "screening"
	StatusInterviewing = "interviewing"
	StatusOffer        = "offer"
	StatusAccepted     = "accepted"
	StatusDeclined     = "declined"
	StatusRejected     = "rejected"
	StatusWithdrawn    = "withdrawn"
	StatusGhosted      = "ghosted"
	StatusClosed       = "closed"
)

// SettableStatuses lists the statuses a record may set.
var SettableStatuses = []string{StatusWishlist, StatusWithdrawn, StatusGhosted, StatusClosed}

// Application is one record, content/applications/<slug>.yaml.
type Application struct {
	Slug string // the file name without .yaml
	Path string // slash path relative to the site source, for messages

	Company      string
	Role         string
	Applied      Date
	AppliedLine  int // the line of applied: in its file; 0 without one
	Channel      string
	Source       string
	Link         string
	Reference    string   // the employer's reference number of the job; private
	Employer     Employer // how to reach the employer; private
	Location     string
	Salary       string // private
	ApplyBy      Date   // the posting closes after this day; zero: not known
	NoCalls      bool
	Confirmation Date
	MailedNotes  *bool // nil: follow the site setting
	Pitch        string
	Status       string // as set in the record; see plan.Status for the derived one
	ID           string // stable id for calendar UIDs; Slug when empty
	Private      bool
	Skip         []string
	Contacts     []Contact
	Events       []Event // sorted by date and time on load, stable
	Notes        string  // private, Markdown

	History *History // from git, when the settings' history resolves to git; nil otherwise
}

// Employer is how to reach an employer, as a work-search log asks: its
// address (mail), phone, web address and email. Every field is private.
type Employer struct {
	Address string
	Phone   string
	Web     string
	Email   string
}

// Contact is a person at or around the employer.
type Contact struct {
	Name  string
	Role  string
	Title string
	Email string // private
	Phone string // private
}

// Event is something that happened, or is scheduled, in an application.
type Event struct {
	Date  Date      // the day, in the site's time zone
	Start time.Time // the moment, in the site's time zone; zero when only a date was given
	Type  string

	Round            int               // interviews: 1, 2, ... (defaulted on load)
	With             []string          // phone screens, interviews: who was there
	Topics           map[string]string // interviews: person → what you discussed
	NextStep         string
	DecisionExpected Date
	To               []string // thank-you, email, call, letter: addressees
	From             string   // reply: who answered
	Action           string   // email, call: the action id this fulfils
	Outcome          string   // call: spoke | voicemail | no-answer
	Note             string   // private
	UID              string   // meetings: the UID of the invitation it was logged from
	Cancelled        bool     // meetings: called off; its follow-ups are cancelled

	Line int // line of the event in its file
}

// Timed reports whether the event has a time of day.
func (e *Event) Timed() bool { return !e.Start.IsZero() }

// UID returns the stable id calendar UIDs derive from.
func (a *Application) UID() string {
	if a.ID != "" {
		return a.ID
	}
	return a.Slug
}

// Contact returns the contact with the given name, or nil.
func (a *Application) Contact(name string) *Contact {
	for i := range a.Contacts {
		if a.Contacts[i].Name == name {
			return &a.Contacts[i]
		}
	}
	return nil
}

// ContactsWithRole returns the contacts whose role is one of roles, in record order.
func (a *Application) ContactsWithRole(roles ...string) []Contact {
	var out []Contact
	for _, c := range a.Contacts {
		for _, r := range roles {
			if c.Role == r {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

package model

import (
	"strconv"
	"time"
)

// Site is everything loaded from a site's source directory.
type Site struct {
	Settings     Settings
	Applications []*Application // sorted by slug
	Advice       []*AdvicePage  // sorted by weight, then slug
	Activities   []*Activity    // sorted by date, then slug; private
	InboxRules   *InboxRules    // the phrases the hunt adds to followup inbox's; nil without InboxRulesFile
	Warnings     ErrorList      // problems that do not stop a build, such as a time a clock change skips
}

// InboxRules are the phrases followup inbox reads messages by, each list
// matched without regard to case (see generator/inbox/rules.yaml).
type InboxRules struct {
	Bulk          []string // newsletters and job alerts, passed over
	Rejected      []string // an employer turning the application down
	Confirmation  []string // an applicant tracking system's acknowledgement
	SharedDomains []string // senders' domains that tell nothing of the employer
}

// Settings is content/site.yaml.
type Settings struct {
	Title    string
	Owner    Owner
	BaseURL  string // always ends in "/"
	Timezone string
	Location *time.Location // never nil after loading
	CNAME    string
	Publish  Publish
	Playbook Playbook
	Report   Report
	History  string // HistoryAuto (default), HistoryGit or HistoryContent: where calendar stamps come from
	Feed     Feed

	// Today is the build day, in the site's time zone: not read from
	// site.yaml but given by the build (-today, or the clock), as Hugo's
	// --clock is. Zero when nothing is built for a day (plan, load).
	Today Date
}

// Overdue settings of the feeds.
const (
	OverdueToday = "today" // an overdue follow-up is written on the build day
	OverdueKeep  = "keep"  // it stays on its due day
)

// Feed holds the settings of the calendar feeds.
type Feed struct {
	Overdue string // OverdueToday (default) or OverdueKeep
}

// History settings: what the revision stamps of calendar events derive from.
const (
	HistoryAuto    = "auto" // git when the source is a git work tree, content otherwise
	HistoryContent = "content"
	HistoryGit     = "git"
)

// History is what git knows of a record and of the settings: the states
// they were committed in, oldest first, so that the calendar feeds can tell
// when each event last changed.
type History struct {
	Revisions []Revision
	Before    int       // earlier revisions, left out to bound the cost
	Modified  time.Time // when the work tree's files were last written, never before the last revision; UTC, whole seconds
	Clean     bool      // the record and the settings are as the last revision left them
}

// Revision is one state of a record and of the settings in git: from Time
// on, the record read App and the settings read Settings.
type Revision struct {
	Time     time.Time // committer time, UTC, whole seconds
	App      *Application
	Settings *Settings
}

// Places whose work-search rules the log knows: report: {rules: ...}.
const (
	RulesNewYork    = "us-ny"
	RulesWashington = "us-wa"
	RulesTexas      = "us-tx"
	RulesUK         = "uk"
	RulesGermany    = "de"
)

// ReportRules lists every valid rules setting.
var ReportRules = []string{RulesNewYork, RulesWashington, RulesTexas, RulesUK, RulesGermany}

// Report holds the settings of the work-search log.
type Report struct {
	Rules      string       // one of ReportRules; "": the plain log, per_week alone
	PerWeek    int          // activities a week asked for, overriding the rules' number; 0: the rules' number, or no minimum
	WeekStarts time.Weekday // time.Monday (default) or time.Sunday
}

// Owner is the job seeker.
type Owner struct {
	Name  string
	Email string
	Phone string
}

// Publish says what a published build shows.
type Publish struct {
	Private   bool   // include private fields and records
	Indexable bool   // let search engines index the site
	Encrypt   bool   // encrypt the build with FOLLOWUP_PASSPHRASE
	Salt      []byte // the site's key derivation salt (16 bytes), nil when unset
	// FeedSecretVersion is mixed into the secret addresses of the feeds of
	// an encrypted build: raising it moves them.
	FeedSecretVersion int
}

// Weekend settings.
const (
	WeekendsNextMonday = "next-monday"
	WeekendsKeep       = "keep"
)

// Playbook holds the settings of the follow-up rules.
type Playbook struct {
	Weekends    string            // WeekendsNextMonday (default) or WeekendsKeep
	MailedNotes bool              // plan mailed thank-you notes
	Offsets     map[string]Offset // rule id → offset, overriding the default
	Disabled    map[string]bool   // rule ids switched off
	Reminders   []Reminder        // the alarms of every interview; empty: none
	Holidays    string            // public holidays, an ISO country code, optionally with a region: "US", "DE-BY"; "" for none
	ExtraDays   []Date            // more days off, counted as holidays
}

// Reminder is when an interview's alarm goes off: Before its start, or on
// the day before at the time of day At when DayBefore is set.
type Reminder struct {
	Before    time.Duration
	DayBefore bool
	At        time.Duration // since midnight
}

// Offset is a delay: N calendar days, or N business days.
type Offset struct {
	N        int
	Business bool
}

// String formats o as in the settings: "5bd" or "14d".
func (o Offset) String() string {
	if o.Business {
		return strconv.Itoa(o.N) + "bd"
	}
	return strconv.Itoa(o.N) + "d"
}

// From returns d moved by o.
func (o Offset) From(d Date) Date {
	if o.Business {
		return d.AddBusinessDays(o.N)
	}
	return d.AddDays(o.N)
}

// AdvicePage is one Markdown page of content/advice/.
type AdvicePage struct {
	Slug    string // file name without .md
	Path    string // slash path relative to the site source
	Title   string
	Stage   string   // the part of the playbook it explains
	Weight  int      // order in the playbook index
	Actions []string // rule ids this page explains, e.g. "confirm-receipt", "thank-you"
	Sources []Source // further reading
	Summary string
	Body    []byte // Markdown after the front matter
}

// Source is a piece of further reading.
type Source struct {
	Tag   string // A, B, ...
	Title string
	By    string
	URL   string
	Date  string
}

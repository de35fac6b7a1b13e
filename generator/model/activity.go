package model

// Activity types: what a job seeker did towards work that is not an
// application.
const (
	ActivityWorkshop     = "workshop"
	ActivityJobFair      = "job-fair"
	ActivityCareerCentre = "career-centre"
	ActivityNetworking   = "networking"
	ActivityOther        = "other"
)

// ActivityTypes lists every valid activity type.
var ActivityTypes = []string{ActivityWorkshop, ActivityJobFair, ActivityCareerCentre, ActivityNetworking, ActivityOther}

// Activity is one file of content/activities/: a workshop, a job fair, a
// visit to a career centre, a networking event, anything the job seeker did
// to find work that is not an application. It is private: only the
// work-search log shows it.
type Activity struct {
	Slug  string // the file name without .yaml
	Path  string // slash path relative to the site source, for messages
	Date  Date
	Type  string // one of ActivityTypes
	Text  string // what it was, one line
	Where string // the organisation or place; "" when not given
	Hours float64
}

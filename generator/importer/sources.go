package importer

import (
	"strings"
	"unicode"
)

// The fields a column can fill, the values of -map COLUMN=FIELD.
const (
	fCompany    = "company"
	fRole       = "role"
	fApplied    = "applied"     // the day of the application
	fAdded      = "added"       // the day the job was saved in the tracker
	fStatus     = "status"      // the tracker's stage or status
	fStatusDate = "status_date" // the day the status was reached
	fLink       = "link"
	fLocation   = "location"
	fSalary     = "salary"
	fSalaryMin  = "salary_min"
	fSalaryMax  = "salary_max"
	fSource     = "source"
	fChannel    = "channel" // how the application was sent: job-board, referral...
	fContact    = "contact" // a person's name
	fEmail      = "email"   // that person's email
	fPhone      = "phone"   // that person's phone
	fNotes      = "notes"
	fIgnore     = "ignore" // the column is dropped
)

// Fields lists every field a column can be mapped to with -map.
var Fields = []string{fCompany, fRole, fApplied, fAdded, fStatus, fStatusDate, fLink, fLocation,
	fSalary, fSalaryMin, fSalaryMax, fSource, fChannel, fContact, fEmail, fPhone, fNotes, fIgnore}

// A source is the export format of one tracker: its column names (as
// normalised by normHeader) and the fields they fill. None of these tools
// documents its export; the names are those seen in exported files, so
// correct a table here when a tool renames a column.
type source struct {
	name      string
	columns   map[string]string
	signature []string // columns of which one must be present to detect the source
	channel   string   // the channel every row of the source was sent through, if known
	origin    string   // where every row's posting was found, if known (a tracker is not)
	dates     string   // the order of its dates with slashes, when it always writes one
}

var huntr = source{
	name: "huntr",
	columns: map[string]string{
		"title": fRole, "companyname": fCompany, "url": fLink, "location": fLocation,
		"salary": fSalary, "listname": fStatus, "list": fStatus, "createdat": fAdded,
		// deadline has no field: it goes to the notes.
	},
	signature: []string{"listname", "createdat"},
}

var teal = source{
	name: "teal",
	columns: map[string]string{
		"companyname": fCompany, "role": fRole, "location": fLocation, "url": fLink,
		"source": fSource, "minsalary": fSalaryMin, "maxsalary": fSalaryMax,
		"appliedat": fApplied, "statusname": fStatus,
		// follow_up_at has no field: the playbook plans the follow-ups.
	},
	signature: []string{"statusname", "appliedat", "followupat"},
}

var linkedin = source{
	name: "linkedin",
	columns: map[string]string{
		"applicationdate": fApplied, "companyname": fCompany, "jobtitle": fRole,
		"joburl": fLink, "contactemail": fEmail, "contactphonenumber": fPhone,
	},
	signature: []string{"applicationdate"},
	channel:   "job-board",
	origin:    "LinkedIn",
	dates:     OrderMDY,
}

// generic holds the common headers of a spreadsheet kept by hand.
var generic = source{
	name: "csv",
	columns: map[string]string{
		"company": fCompany, "companyname": fCompany, "employer": fCompany, "organization": fCompany,
		"organisation": fCompany,
		"role":         fRole, "position": fRole, "jobtitle": fRole, "title": fRole,
		"dateapplied": fApplied, "applied": fApplied, "applieddate": fApplied, "appliedon": fApplied,
		"applicationdate": fApplied,
		"status":          fStatus, "stage": fStatus, "statusdate": fStatusDate,
		"link": fLink, "url": fLink, "joburl": fLink, "postingurl": fLink, "posting": fLink,
		"location": fLocation, "salary": fSalary, "notes": fNotes, "note": fNotes, "comments": fNotes,
		"contact": fContact, "contactname": fContact, "email": fEmail, "contactemail": fEmail,
		"phone": fPhone, "contactphone": fPhone, "source": fSource, "channel": fChannel,
	},
}

// sources are the named formats, in the order detection tries them.
var sources = []*source{&huntr, &teal, &linkedin}

// sourceNamed returns the source called name ("csv" is the generic one).
func sourceNamed(name string) *source {
	if name == generic.name {
		return &generic
	}
	for _, s := range sources {
		if s.name == name {
			return s
		}
	}
	return nil
}

// detect returns the named source whose columns the header matches best,
// or the generic one when no source's signature is there.
func detect(header []string) *source {
	best, bestScore := &generic, 0
	for _, s := range sources {
		signed, score := false, 0
		for _, h := range header {
			n := normHeader(h)
			if _, ok := s.columns[n]; ok {
				score++
			}
			for _, sig := range s.signature {
				signed = signed || n == sig
			}
		}
		if signed && score > bestScore {
			best, bestScore = s, score
		}
	}
	return best
}

// normHeader folds a column name for matching: lowercase letters and
// digits only, so "Date Applied", "date_applied" and "DateApplied" match.
func normHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

package report

import (
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// Place is the work-search rules of a place and the form of its log: what
// a week asks, the columns the agency wants and their headings. The README
// names the page of each agency its rules come from.
type Place struct {
	ID           string // a model.ReportRules value; "" for the plain log
	Title        string // the heading of each sheet
	Agency       string // whose rules they are; "" for the plain log
	PerWeek      int    // activities a week the rules ask; 0: none fixed (the settings' per_week then)
	DistinctDays bool   // each activity on a day of its own: N activities on N days
	Columns      []Column
	lang         *words
}

// Column is one column of the log.
type Column struct {
	Key     string // what it shows: date, employer, address, phone, contact, person, how, position, effort, kind, service, done, result, art
	Heading string
	Width   int // its share of the sheet's width, in percent
}

// Row is one activity as the columns of a place show it.
type Row struct {
	Date  model.Date
	Cells []Cell
}

// Cell is the text of one cell, with the address it links to, if any.
type Cell struct {
	Text, Link string
}

// places are the rules the log knows, by id.
var places = map[string]*Place{
	"": {Title: "Work-search log", lang: english, Columns: []Column{
		{"date", "Date", 12}, {"employer", "Employer", 17}, {"position", "Position and posting", 19},
		{"how", "How", 11}, {"person", "Person contacted", 12}, {"done", "What was done", 16}, {"result", "Result so far", 13}}},
	model.RulesNewYork: {ID: model.RulesNewYork, Title: "Work search record", Agency: "New York State Department of Labor",
		PerWeek: 3, DistinctDays: true, lang: english, Columns: []Column{
			{"date", "Date", 12}, {"employer", "Employer name", 12}, {"address", "Address (mail, email or web)", 13},
			{"phone", "Phone", 9}, {"person", "Person contacted (name or title)", 11}, {"how", "Method of contact", 9},
			{"effort", "Position applied for, or other work search effort", 12}, {"done", "What was done", 10}, {"result", "Result", 12}}},
	model.RulesWashington: {ID: model.RulesWashington, Title: "Job search log", Agency: "Washington State Employment Security Department",
		PerWeek: 3, lang: english, Columns: []Column{
			{"date", "Date", 12}, {"kind", "Activity type", 10}, {"employer", "Employer, business or place", 13},
			{"contact", "Employer contact information", 15}, {"position", "Job title or reference number", 14},
			{"how", "How contact was made", 10}, {"done", "What was done", 13}, {"result", "Result", 13}}},
	model.RulesTexas: {ID: model.RulesTexas, Title: "Work search log", Agency: "Texas Workforce Commission", lang: english, Columns: []Column{
		{"date", "Date", 12}, {"employer", "Employer", 12}, {"contact", "Address (mail, email or web) and phone", 14},
		{"person", "Person contacted and title", 12}, {"position", "Position", 13}, {"service", "Service used to apply", 11},
		{"done", "Work search activity", 13}, {"result", "Result", 13}}},
	model.RulesUK: {ID: model.RulesUK, Title: "Record of work search", Agency: "Department for Work and Pensions (Universal Credit)",
		lang: english, Columns: []Column{
			{"date", "Date", 12}, {"employer", "Employer", 16}, {"position", "Job", 17}, {"how", "How", 11},
			{"person", "Person contacted", 13}, {"done", "What I did", 16}, {"result", "Outcome", 15}}},
	model.RulesGermany: {ID: model.RulesGermany, Title: "Nachweis der Eigenbemühungen", Agency: "Agentur für Arbeit / Jobcenter",
		lang: german, Columns: []Column{
			{"date", "Datum", 12}, {"employer", "Arbeitgeber", 15}, {"contact", "Anschrift, Telefon", 15},
			{"person", "Ansprechpartner", 13}, {"position", "Stelle", 15}, {"art", "Art der Bewerbung", 15}, {"result", "Ergebnis", 15}}},
}

// PlaceOf returns the place of a rules setting; the plain log for "" or
// an unknown id (the settings are checked on load).
func PlaceOf(rules string) *Place {
	if p, ok := places[rules]; ok {
		return p
	}
	return places[""]
}

// perWeek returns the activities a week asked: the settings' per_week when
// set, else the rules' number.
func (p *Place) perWeek(setting int) int {
	if setting > 0 {
		return setting
	}
	return p.PerWeek
}

// row returns the cells of an activity in the place's columns.
func (p *Place) row(a *Activity) Row {
	r := Row{Date: a.Date, Cells: make([]Cell, len(p.Columns))}
	for i, c := range p.Columns {
		r.Cells[i] = p.lang.cell(c.Key, a)
	}
	return r
}

// isOther reports whether a is an activity that is no application.
func (a *Activity) isOther() bool { return a.App == "" }

// joinNonEmpty joins the values that are not empty.
func joinNonEmpty(sep string, values ...string) string {
	var out []string
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return strings.Join(out, sep)
}

// withNote adds the event's note, when there is one, to what was done.
func withNote(done string, a *Activity) string {
	if a.Note == "" {
		return done
	}
	return done + ": " + a.Note
}

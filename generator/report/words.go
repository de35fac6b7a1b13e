package report

import (
	"fmt"
	"strconv"

	"github.com/followup-dev/followup/generator/model"
)

// words is how a log speaks one language: its days, counts, messages and
// the words of its cells.
type words struct {
	tag        string // the HTML lang
	dayNames   [7]string
	dateLayout string
	activity   [2]string // one, many
	day        [2]string
	weekOf     string // "Week of %s to %s"
	short      string // count, asked: "%s; %d are asked"
	onDays     string // count, days: "%s on %s"
	shortDays  string // count on days, asked, asked: "%s; %d on %d days are asked"
	asked      string // the requirement line, asked: "%d activities a week asked"
	askedDays  string // asked, asked: "%d activities a week asked, on %d different days"
	rulesOf    string // agency: "Rules of the %s"
	titleOf    string // title, owner: "%s of %s"
	none       string
	met        string // a week that has what is asked
	claimant   string
	weekCol    [2]string // the CSV's week columns
	ref        string    // "%s (ref. %s)"
	kinds      map[string]string
	cellText   func(key string, a *Activity) (string, bool)
}

// dayText writes a day as the log does: "Mon 2026-01-05", "Mo 05.01.2026".
func (w *words) dayText(d model.Date) string {
	return w.dayNames[d.Weekday()] + " " + d.Format(w.dateLayout)
}

// count counts activities: "1 activity", "3 activities".
func (w *words) count(n int) string { return plural(n, w.activity) }

// days counts days: "1 day", "3 days".
func (w *words) days(n int) string { return plural(n, w.day) }

func plural(n int, forms [2]string) string {
	if n == 1 {
		return "1 " + forms[0]
	}
	return strconv.Itoa(n) + " " + forms[1]
}

// shortOf says why a week falls short of asked activities.
func (w *words) shortOf(n, asked int) string { return fmt.Sprintf(w.short, w.count(n), asked) }

// onDaysOf counts activities and the days they took: "4 activities on 3 days".
func (w *words) onDaysOf(n, days int) string { return fmt.Sprintf(w.onDays, w.count(n), w.days(days)) }

// shortOfDays says why a week falls short of asked activities on as many days.
func (w *words) shortOfDays(n, days, asked int) string {
	return fmt.Sprintf(w.shortDays, w.onDaysOf(n, days), asked, asked)
}

// cell returns the cell of column key for an activity.
func (w *words) cell(key string, a *Activity) Cell {
	switch key {
	case "date":
		return Cell{Text: w.dayText(a.Date)}
	case "employer":
		return Cell{Text: a.Employer}
	case "address":
		return Cell{Text: joinNonEmpty("; ", a.Contact.Address, a.Contact.Email, a.Contact.Web)}
	case "phone":
		return Cell{Text: a.Contact.Phone}
	case "contact":
		return Cell{Text: joinNonEmpty("; ", a.Contact.Address, a.Contact.Phone, a.Contact.Email, a.Contact.Web)}
	case "person":
		return Cell{Text: a.Person}
	case "service":
		return Cell{Text: a.Service}
	case "position":
		return w.position(a)
	case "effort":
		if a.isOther() {
			return Cell{Text: w.kinds[a.Kind]} // what it was is in the done column
		}
		return w.position(a)
	}
	text, _ := w.cellText(key, a)
	return Cell{Text: text}
}

// position is the job applied for, with its reference number and posting.
func (w *words) position(a *Activity) Cell {
	if a.Reference == "" {
		return Cell{Text: a.Position, Link: a.Link}
	}
	return Cell{Text: fmt.Sprintf(w.ref, a.Position, a.Reference), Link: a.Link}
}

var english = &words{
	tag: "en", dayNames: [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}, dateLayout: "2006-01-02",
	activity: [2]string{"activity", "activities"}, day: [2]string{"day", "days"},
	weekOf: "Week of %s to %s", short: "%s; %d are asked", onDays: "%s on %s", shortDays: "%s; %d on %d days are asked",
	asked: "%d activities a week asked", askedDays: "%d activities a week asked, on %d different days",
	rulesOf: "Rules of the %s", titleOf: "%s of %s", none: "No activity recorded this week.", met: "as asked", claimant: "Claimant",
	weekCol: [2]string{"Week", "Week check"}, ref: "%s (ref. %s)", kinds: kindLabels,
	cellText: englishCell,
}

// englishCell returns the English text of the cells whose words differ by
// language.
func englishCell(key string, a *Activity) (string, bool) {
	switch key {
	case "how":
		return a.How, true
	case "done":
		return withNote(a.Done, a), true
	case "result":
		return a.Result, true
	case "kind":
		if a.isOther() {
			return kindLabels[a.Kind], true
		}
		return "Employer contact", true
	}
	return "", false
}

package render

import "github.com/followup-dev/followup/generator/report"

// reportPage is the data of report/index.html, the work-search log of the
// last weeks of the hunt. Only a private build has it: it names every
// person contacted.
type reportPage struct {
	page
	From, To string // the first and last day shown, "Mon 2026-01-05"
	Total    string // "9 activities"
	PerWeek  int    // the activities a week asked for; 0: none
	Weeks    []reportWeek
}

// reportWeek is one week of the log, one printed sheet.
type reportWeek struct {
	ID         string // "week-2026-01-05"
	Start, End string
	Count      string // "3 activities"
	Short      bool
	Rows       []reportRow
}

// reportRow is one activity.
type reportRow struct {
	Date, DateText   string // "2026-01-05", "Mon 2026-01-05"
	Employer, AppURL string
	Position, Link   string
	How, Person      string
	Done, Result     string
}

// reportJob lists report/index.html, a page of private builds only.
func (b *build) reportJob() []job {
	if !b.private {
		return nil
	}
	return []job{{path: "report/index.html", tmpl: "report-page.html", data: func() (any, error) {
		return b.report()
	}}}
}

// report builds the work-search log of the last weeks.
func (b *build) report() (reportPage, error) {
	p := reportPage{page: b.page("Work-search log", "report")}
	log, err := report.Recent(b.site)
	if err != nil || log == nil {
		return p, err
	}
	p.From, p.To = report.DayText(log.From), report.DayText(log.To)
	p.Total, p.PerWeek = report.CountText(log.Total), log.PerWeek
	for _, w := range log.Weeks {
		v := reportWeek{ID: "week-" + w.Start.String(), Start: report.DayText(w.Start), End: report.DayText(w.End),
			Count: report.CountText(len(w.Activities)), Short: w.Short}
		for _, a := range w.Activities {
			v.Rows = append(v.Rows, b.reportRow(a))
		}
		p.Weeks = append(p.Weeks, v)
	}
	return p, nil
}

// reportRow returns the view of one activity.
func (b *build) reportRow(a report.Activity) reportRow {
	r := reportRow{Date: a.Date.String(), DateText: report.DayText(a.Date), Employer: a.Employer,
		Position: a.Position, Link: a.Link, How: a.How, Person: a.Person, Done: a.Done, Result: a.Result}
	if b.apps[a.App] != nil {
		r.AppURL = b.appURL(a.App)
	}
	return r
}

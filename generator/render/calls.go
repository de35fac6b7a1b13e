package render

import "github.com/followup-dev/followup/generator/model"

// callsPage is the data of calls/index.html, the call sheet.
type callsPage struct {
	page
	Calls    []actionView  // every pending call and email, by due date
	Meetings []meetingView // interviews and phone screens from the build day to a week on
}

// calls builds the call sheet.
func (b *build) calls() callsPage {
	c := callsPage{page: b.page("Call sheet", "calls"), Meetings: b.meetings()}
	for _, a := range b.actions {
		if a.Pending() && (a.Kind == model.KindCall || a.Kind == model.KindEmail) {
			c.Calls = append(c.Calls, b.action(a))
		}
	}
	return c
}

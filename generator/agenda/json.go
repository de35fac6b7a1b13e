package agenda

import (
	"io"
	"slices"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// item is an action as `followup agenda -json` prints it: the element of
// `followup plan -json`, the one-line summary, and the days from today to
// the due date (negative when overdue).
type item struct {
	plan.Item
	Summary string `json:"summary"`
	Days    int    `json:"days"`
}

// WriteJSON writes the actions Write would show, overdue first, as one JSON
// array indented by two spaces, with a final newline.
func WriteJSON(w io.Writer, actions []*model.Action, today model.Date, days int) error {
	win := Select(actions, today, days)
	items := []item{}
	for _, a := range slices.Concat(win.Overdue, win.Due) {
		items = append(items, item{Item: plan.NewItem(a), Summary: plan.Summary(a), Days: today.DaysUntil(a.Due)})
	}
	return plan.EncodeJSON(w, items)
}

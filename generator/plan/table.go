package plan

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/followup-dev/followup/generator/model"
)

// WriteText writes actions as an aligned table for the terminal, one action
// a line in plan order: due date, state, application, action id, kind and
// addressee.
func WriteText(w io.Writer, actions []*model.Action) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DUE\tSTATE\tAPPLICATION\tACTION\tKIND\tTO")
	for _, a := range actions {
		to := a.ToNames()
		if to == "" {
			to = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.Due, a.State, a.App.Slug, a.ID, a.Kind, to)
	}
	return tw.Flush()
}

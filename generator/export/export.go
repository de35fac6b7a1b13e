// Package export writes one row per application, for a spreadsheet: the
// company, the role, the day applied, the status, the last event that
// happened, the next meeting still to come and the next follow-up with its
// due date.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Row is one application.
type Row struct {
	Application   string `json:"application"` // the record's slug
	Company       string `json:"company"`
	Role          string `json:"role"`
	Applied       string `json:"applied"` // YYYY-MM-DD, "" for a wishlist
	Status        string `json:"status"`  // the derived status
	LastEvent     string `json:"last_event"`
	LastEventDate string `json:"last_event_date"`
	NextMeeting   string `json:"next_meeting"` // "interview 2026-12-15T10:00" or "phone-screen 2026-12-09"; "" for none
	NextAction    string `json:"next_action"`
	NextDue       string `json:"next_due"`
}

// header names the CSV columns, in the order of Row's fields.
var header = []string{"application", "company", "role", "applied", "status", "last_event", "last_event_date", "next_meeting", "next_action", "next_due"}

// Rows returns a row per application of site, in the site's order, as
// they stand at now (in the site's time zone): the last event is the
// latest that happened by then, the next meeting the first interview or
// phone screen after it. A meeting called off (cancelled: true), or one
// the application's ending cancelled, is neither: it never took place. The
// next action is the pending one due first; actions are as plan gives
// them, sorted by due date.
func Rows(site *model.Site, actions []*model.Action, now time.Time) []Row {
	next := map[*model.Application]*model.Action{}
	for _, a := range actions {
		if a.Pending() && next[a.App] == nil {
			next[a.App] = a
		}
	}
	rows := make([]Row, 0, len(site.Applications))
	for _, a := range site.Applications {
		r := Row{Application: a.Slug, Company: a.Company, Role: a.Role, Applied: a.Applied.String(), Status: plan.Status(a)}
		ending := plan.End(a)
		for i := range a.Events {
			e := &a.Events[i]
			switch {
			case ending.Cancels(e): // called off, or after the application ended: it never took place
			case !plan.Scheduled(e, now):
				r.LastEvent, r.LastEventDate = e.Type, e.Date.String()
			case r.NextMeeting == "":
				r.NextMeeting = e.Type + " " + meetingTime(e)
			}
		}
		if act := next[a]; act != nil {
			r.NextAction, r.NextDue = act.ID, act.Due.String()
		}
		rows = append(rows, r)
	}
	return rows
}

// meetingTime is the local time of a meeting as a record writes it, or
// its day when it has none.
func meetingTime(e *model.Event) string {
	if e.Timed() {
		return e.Start.Format(model.LocalTime)
	}
	return e.Date.String()
}

// WriteCSV writes rows as CSV with a header line and CRLF line ends, as
// RFC 4180 has it. A value that a spreadsheet would run as a formula (it
// starts with =, +, -, @, a tab or a carriage return) gets a leading
// apostrophe, so that a company name such as "=HYPERLINK(...)" stays text.
func WriteCSV(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, r := range rows {
		rec := []string{r.Application, r.Company, r.Role, r.Applied, r.Status, r.LastEvent, r.LastEventDate, r.NextMeeting, r.NextAction, r.NextDue}
		for i, v := range rec {
			rec[i] = CellText(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// CellText returns v as a spreadsheet shows it as text: with an apostrophe
// in front when it would start a formula.
func CellText(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// WriteJSON writes rows as one indented JSON array.
func WriteJSON(w io.Writer, rows []Row) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rows); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

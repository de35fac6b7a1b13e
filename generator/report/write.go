package report

import (
	"encoding/csv"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/followup-dev/followup/generator/export"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/layouts"
)

// Heading is the title of the log and of each of its sheets, with the
// claimant's name: "Work search record of Jordan Lee".
func (l *Log) Heading() string {
	if l.Owner == "" {
		return l.Place.Title
	}
	return fmt.Sprintf(l.Place.lang.titleOf, l.Place.Title, l.Owner)
}

// Requirement says whose rules the log follows and what a week asks; ""
// when nothing is asked.
func (l *Log) Requirement() string {
	lang, s := l.Place.lang, ""
	switch {
	case l.PerWeek > 0 && l.Place.DistinctDays:
		s = fmt.Sprintf(lang.askedDays, l.PerWeek, l.PerWeek)
	case l.PerWeek > 0:
		s = fmt.Sprintf(lang.asked, l.PerWeek)
	}
	if l.Place.Agency == "" {
		return s
	}
	return joinNonEmpty(". ", fmt.Sprintf(lang.rulesOf, l.Place.Agency), s)
}

// Weekday names the day of the week of d, as the log's language does: "Mon", "Mo".
func (l *Log) Weekday(d model.Date) string { return l.Place.lang.dayNames[d.Weekday()] }

// DateText writes d as the log's language does: "2026-03-02", "02.03.2026".
func (l *Log) DateText(d model.Date) string { return d.Format(l.Place.lang.dateLayout) }

// Lang is the language of the log, as HTML's lang attribute names it.
func (l *Log) Lang() string { return l.Place.lang.tag }

// Claimant names the line that gives the claimant's name.
func (l *Log) Claimant() string { return l.Place.lang.claimant }

// NoActivity is what a week with no activity says.
func (l *Log) NoActivity() string { return l.Place.lang.none }

// WeekTitle names a claim week: "Week of Mon 2026-01-05 to Sun 2026-01-11".
func (l *Log) WeekTitle(w Week) string {
	lang := l.Place.lang
	return fmt.Sprintf(lang.weekOf, lang.dayText(w.Start), lang.dayText(w.End))
}

// WeekCount counts a week's activities, and its days when the rules count
// days: "3 activities", "4 activities on 3 days".
func (l *Log) WeekCount(w Week) string {
	lang := l.Place.lang
	if l.Place.DistinctDays {
		return lang.onDaysOf(len(w.Activities), w.Days)
	}
	return lang.count(len(w.Activities))
}

// WeekCheck is what the check of a week found: the reason it is short, "as
// asked" when it is not, "" when the rules ask no number.
func (l *Log) WeekCheck(w Week) string {
	switch {
	case w.Short:
		return w.Reason
	case l.PerWeek > 0:
		return l.Place.lang.met
	}
	return ""
}

// WriteText writes the log as aligned plain text, a block per week.
func WriteText(w io.Writer, l *Log) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s, %s to %s: %s\n", l.Heading(), l.From, l.To, l.Place.lang.count(l.Total))
	if r := l.Requirement(); r != "" {
		fmt.Fprintln(tw, r)
	}
	for _, wk := range l.Weeks {
		fmt.Fprintf(tw, "\n%s: %s", l.WeekTitle(wk), l.WeekCount(wk))
		if wk.Short {
			fmt.Fprintf(tw, ", SHORT: %s", wk.Reason)
		}
		fmt.Fprintln(tw)
		if len(wk.Rows) == 0 {
			continue
		}
		var head []string
		for _, c := range l.Place.Columns {
			head = append(head, c.Heading)
		}
		fmt.Fprintf(tw, "  %s\n", strings.Join(head, "\t"))
		for _, r := range wk.Rows {
			cells := make([]string, len(r.Cells))
			for i, c := range r.Cells {
				cells[i] = orDash(oneLine(joinNonEmpty(" ", c.Text, c.Link)))
			}
			fmt.Fprintf(tw, "  %s\n", strings.Join(cells, "\t"))
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// oneLine keeps a value on its line of the table.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteCSV writes one line per activity in the columns of the printed log,
// the date as YYYY-MM-DD, then the week (YYYY-MM-DD/YYYY-MM-DD) and what
// its check found; a week with no activity has one line with the week
// alone.
func WriteCSV(w io.Writer, l *Log) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	var head []string
	for _, c := range l.Place.Columns {
		head = append(head, c.Heading)
	}
	_ = cw.Write(append(head, l.Place.lang.weekCol[0], l.Place.lang.weekCol[1]))
	for _, wk := range l.Weeks {
		week := []string{wk.Start.String() + "/" + wk.End.String(), l.WeekCheck(wk)}
		if len(wk.Rows) == 0 {
			_ = cw.Write(append(make([]string, len(head)), week...))
		}
		for _, r := range wk.Rows {
			rec := make([]string, 0, len(head)+2)
			for i, c := range r.Cells {
				text := joinNonEmpty("\n", c.Text, c.Link)
				if l.Place.Columns[i].Key == "date" {
					text = r.Date.String()
				}
				rec = append(rec, export.CellText(text))
			}
			_ = cw.Write(append(rec, week...))
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// Layout returns the text of report.html: the site's own
// layouts/report.html when it has one, else the embedded default. The
// site's directory is opened as an os.Root, so a symlink cannot lead out.
func Layout(source string) ([]byte, error) {
	root, err := os.OpenRoot(filepath.Join(source, "layouts"))
	if err == nil {
		defer root.Close()
		data, err := fs.ReadFile(root.FS(), "report.html")
		if err == nil {
			return data, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("report: layouts/report.html: %w", err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("report: %w", err)
	}
	return fs.ReadFile(layouts.FS, "report.html")
}

// WriteHTML writes the log as one standalone printable page from layout,
// the text of an html/template such as report.html: one week a printed
// page, no navigation.
func WriteHTML(w io.Writer, layout []byte, l *Log) error {
	t, err := template.New("report.html").Parse(string(layout))
	if err != nil {
		return fmt.Errorf("report: layout: %w", err)
	}
	if err := t.Execute(w, l); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

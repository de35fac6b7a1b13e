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
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/followup-dev/followup/generator/export"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/layouts"
)

// dayFormat is how the text and HTML forms write a day.
const dayFormat = "Mon 2006-01-02"

// count says "1 activity" or "N activities".
func count(n int) string {
	if n == 1 {
		return "1 activity"
	}
	return strconv.Itoa(n) + " activities"
}

// summary is the line that heads a week: its days, its count and whether
// it falls short.
func (l *Log) summary(w Week) string {
	s := fmt.Sprintf("Week of %s to %s: %s", w.Start.Format(dayFormat), w.End.Format(dayFormat), count(len(w.Activities)))
	if w.Short {
		s += fmt.Sprintf(", SHORT of the %d asked", l.PerWeek)
	}
	return s
}

// WriteText writes the log as aligned plain text, a block per week.
func WriteText(w io.Writer, l *Log) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	title := "Work-search log"
	if l.Owner != "" {
		title += " of " + l.Owner
	}
	fmt.Fprintf(tw, "%s, %s to %s: %s\n", title, l.From, l.To, count(l.Total))
	if l.PerWeek > 0 {
		fmt.Fprintf(tw, "%d activities a week asked for\n", l.PerWeek)
	}
	for _, wk := range l.Weeks {
		fmt.Fprintf(tw, "\n%s\n", l.summary(wk))
		if len(wk.Activities) == 0 {
			continue
		}
		fmt.Fprintln(tw, "  date\temployer\tposition\thow\tperson contacted\twhat was done\tresult so far\tposting")
		for _, a := range wk.Activities {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.Date, oneLine(a.Employer), oneLine(a.Position), a.How,
				orDash(oneLine(a.Person)), oneLine(a.Done), a.Result, orDash(a.Link))
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

// csvHeader names the columns of the CSV form.
var csvHeader = []string{"week_start", "week_end", "week_count", "week_short", "date", "employer", "position",
	"link", "how", "person", "done", "result"}

// WriteCSV writes one line per activity with its week's days, count and
// shortfall; a week with no activity has one line with the week alone.
func WriteCSV(w io.Writer, l *Log) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	_ = cw.Write(csvHeader)
	for _, wk := range l.Weeks {
		short := ""
		if wk.Short {
			short = "yes"
		}
		week := []string{wk.Start.String(), wk.End.String(), strconv.Itoa(len(wk.Activities)), short}
		if len(wk.Activities) == 0 {
			_ = cw.Write(append(week, "", "", "", "", "", "", "", ""))
		}
		for _, a := range wk.Activities {
			rec := append(append([]string{}, week...), a.Date.String(), a.Employer, a.Position, a.Link, a.How, a.Person, a.Done, a.Result)
			for i, v := range rec {
				rec[i] = export.CellText(v)
			}
			_ = cw.Write(rec)
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
	t, err := template.New("report.html").Funcs(template.FuncMap{
		"count": count,
		"day":   func(d model.Date) string { return d.Format(dayFormat) },
	}).Parse(string(layout))
	if err != nil {
		return fmt.Errorf("report: layout: %w", err)
	}
	if err := t.Execute(w, l); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/followup-dev/followup/generator/importer"
	"github.com/followup-dev/followup/generator/model"
)

// listFlag collects the values of a flag given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, " ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func cmdImport(e *env, args []string) error {
	fs := newFlags(e, "import")
	source := fs.String("source", ".", "the site's source `directory`")
	from := fs.String("from", "", "the file's `format`: huntr, teal, linkedin or csv (default: from the header)")
	var maps listFlag
	fs.Var(&maps, "map", "read `COLUMN=field` (repeatable); fields: "+strings.Join(importer.Fields, ", "))
	dates := fs.String("dates", "", "how to read a date such as 03/12/2026: `dmy` (3 December) or mdy (12 March)")
	dryRun := fs.Bool("dry-run", false, "print the records instead of writing them")
	skipBad := fs.Bool("skip-bad", false, "write the good rows even when others have problems")
	pos, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	m, err := importer.ParseMap(maps)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *dates != "" && *dates != importer.OrderDMY && *dates != importer.OrderMDY {
		return fmt.Errorf("%w: -dates %q: want dmy or mdy", errUsage, *dates)
	}
	switch *from {
	case "", "huntr", "teal", "linkedin", "csv":
	default:
		return fmt.Errorf("%w: -from %q: want huntr, teal, linkedin or csv", errUsage, *from)
	}
	file := pos[0]
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	opts := importer.Options{Source: *source, File: file, From: *from, Map: m, Dates: *dates, Today: model.DateOf(e.now().In(siteLocation(*source)))}
	res, err := importer.Prepare(opts, data)
	if err != nil {
		return err
	}
	if len(res.Problems) > 0 && !*skipBad {
		return res.Problems.Err()
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(e.stdout, "skipped %s:%d: %s, %s: already in %s\n", file, s.Line, s.Company, s.Role, s.Existing)
	}
	if len(res.Problems) > 0 {
		fmt.Fprintln(e.stderr, res.Problems.Error())
		fmt.Fprintf(e.stderr, "followup import: skipped %d problem%s (-skip-bad)\n", len(res.Problems), plural(len(res.Problems)))
	}
	if *dryRun {
		for _, r := range res.Records {
			fmt.Fprintf(e.stdout, "would write %s (%s:%d)\n%s\n", r.Path, file, r.Line, r.Text)
		}
		fmt.Fprintf(e.stdout, "dry run: %d record%s to write, %d skipped%s, read as %s\n", len(res.Records), plural(len(res.Records)), len(res.Skipped), badRows(res), res.From)
		return nil
	}
	if err := res.Write(*source); err != nil {
		return err
	}
	for _, r := range res.Records {
		fmt.Fprintf(e.stdout, "wrote %s (%s:%d)\n", r.Path, file, r.Line)
	}
	fmt.Fprintf(e.stdout, "imported %d record%s, %d skipped%s, read as %s\n", len(res.Records), plural(len(res.Records)), len(res.Skipped), badRows(res), res.From)
	return nil
}

// badRows says how many rows -skip-bad left out, if any.
func badRows(res *importer.Result) string {
	if res.BadRows == 0 {
		return ""
	}
	return fmt.Sprintf(" (already in the hunt), %d row%s left out for problems (-skip-bad)", res.BadRows, plural(res.BadRows))
}

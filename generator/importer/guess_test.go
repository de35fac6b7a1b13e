package importer

import (
	"testing"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// prepareWith prepares text as a file of the source from with opts' map
// and date order, and loads each record it would write.
func prepareWith(t *testing.T, opts Options, text string) (*Result, []want) {
	t.Helper()
	opts.Source, opts.File, opts.Today = newSite(t), "sheet.csv", model.NewDate(2026, 1, 31)
	res, err := Prepare(opts, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []want
	for _, r := range res.Records {
		a, errs := load.Application(nil, r.Path, r.Text)
		if len(errs) > 0 {
			t.Fatalf("%s does not load: %v", r.Path, errs)
		}
		out = append(out, got(a))
	}
	return res, out
}

// TestHuntrList reads a Huntr export whose board column is "List": its
// values are the statuses.
func TestHuntrList(t *testing.T) {
	text := "Title,Company Name,List,Created At\n" +
		"Go Developer,Ion Studios,Wishlist,2026-01-20T16:00:00Z\n" +
		"Data Engineer,Cobalt,Rejected,2026-01-10T16:00:00Z\n"
	res, recs := prepareWith(t, Options{}, text)
	if res.From != "huntr" {
		t.Errorf("read as %s, want huntr", res.From)
	}
	saved := "- The file gives no day of application: applied is the day the job was saved (Created At); correct it if you applied later.\n" +
		"- List: Rejected (the file gives no date, so no rejected event was written)\n"
	compare(t, res, recs, []want{
		{slug: "ion-studios-go-developer", company: "Ion Studios", role: "Go Developer", status: "wishlist",
			notes: "Imported from sheet.csv, line 2.\n- Created At: 2026-01-20 (the day the job was saved)\n"},
		{slug: "cobalt-data-engineer", company: "Cobalt", role: "Data Engineer", applied: "2026-01-10",
			notes: "Imported from sheet.csv, line 3.\n" + saved},
	}, "", nil)
}

// TestMapChannel maps a column to channel: its values are written as the
// record spells channels, and one that is no channel is a problem at its
// place.
func TestMapChannel(t *testing.T) {
	text := "Company,Role,Applied,Channel\n" +
		"Acme,Dev,2026-01-02,Job board\n" +
		"Beta,Ops,2026-01-03,referral\n" +
		"Gamma,QA,2026-01-04,carrier pigeon\n"
	res, recs := prepareWith(t, Options{Map: map[string]string{"channel": "channel"}}, text)
	compare(t, res, recs, []want{
		{slug: "acme-dev", company: "Acme", role: "Dev", applied: "2026-01-02", channel: "job-board", notes: "Imported from sheet.csv, line 2.\n"},
		{slug: "beta-ops", company: "Beta", role: "Ops", applied: "2026-01-03", channel: "referral", notes: "Imported from sheet.csv, line 3.\n"},
	}, `sheet.csv:4:21: unknown channel "carrier pigeon" in column "Channel": want one of job-board, company-site, email, referral, recruiter, walk-in`+"\n", nil)
	if res.BadRows != 1 {
		t.Errorf("%d bad rows, want 1", res.BadRows)
	}
}

// TestDateOrder reads dates with slashes: one that reads both ways is a
// problem naming both readings, unless -dates says the order; one that
// reads one way only is read; 3 Dec 2026 and 2026/12/03 are read.
func TestDateOrder(t *testing.T) {
	text := "Company,Role,Applied\n" +
		"Acme,Dev,03/12/2026\n" + // 12 March or 3 December
		"Beta,Ops,25/11/2026\n" + // day first: 25 cannot be a month
		"Gamma,QA,3 Dec 2026\n" +
		"Delta,SRE,2026/12/03\n"
	res, recs := prepareWith(t, Options{}, text)
	one := []want{
		{slug: "beta-ops", company: "Beta", role: "Ops", applied: "2026-11-25", notes: "Imported from sheet.csv, line 3.\n"},
		{slug: "gamma-qa", company: "Gamma", role: "QA", applied: "2026-12-03", notes: "Imported from sheet.csv, line 4.\n"},
		{slug: "delta-sre", company: "Delta", role: "SRE", applied: "2026-12-03", notes: "Imported from sheet.csv, line 5.\n"},
	}
	compare(t, res, recs, one, `sheet.csv:2:10: ambiguous date "03/12/2026" in column "Applied": it reads as 12 March 2026 (-dates mdy) or as 3 December 2026 (-dates dmy)`+"\n", nil)
	for order, day := range map[string]string{OrderDMY: "2026-12-03", OrderMDY: "2026-03-12"} {
		res, recs := prepareWith(t, Options{Dates: order}, text)
		acme := want{slug: "acme-dev", company: "Acme", role: "Dev", applied: day, notes: "Imported from sheet.csv, line 2.\n"}
		wantRecs := append([]want{acme}, one...)
		wantProblems := ""
		if order == OrderMDY { // 25/11/2026 read month first: no month 25
			wantRecs = []want{acme, one[1], one[2]}
			wantProblems = `sheet.csv:3:10: invalid date "25/11/2026" in column "Applied"` + badDate + "\n"
		}
		compare(t, res, recs, wantRecs, wantProblems, nil)
	}
}

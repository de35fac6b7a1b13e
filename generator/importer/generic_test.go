package importer

import (
	"reflect"
	"testing"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// prepareText prepares a file given as text against a new site and loads
// each record it would write.
func prepareText(t *testing.T, text string) (*Result, []want) {
	t.Helper()
	res, err := Prepare(Options{Source: newSite(t), File: "sheet.tsv", Today: model.NewDate(2026, 1, 31)}, []byte(text))
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

// TestGenericHeaders reads a tab-separated sheet whose headers differ from
// the common ones in case and punctuation only, with a contact, a status
// date and the same application twice.
func TestGenericHeaders(t *testing.T) {
	text := "EMPLOYER\tJob-Title\tdate_applied\tStatus \tStatus Date\tContact\tE-mail\tPhone\tSalary\tLocation\tFit\n" +
		"Acme\tDev\t2026-01-02\tOffer\t2026-01-20\tDana Smith\tdana@acme.example\t+1 555 0100\t100k\tRemote\thigh\n" +
		"Beta\tOps\t2026-01-03\tInterviewing\t2026-01-09\t\tpat@beta.example\t\t\t\t\n" +
		"acme\tdev\t2026-01-04\t\t\t\t\t\t\t\t\n"
	res, recs := prepareText(t, text)
	compare(t, res, recs, []want{
		{slug: "acme-dev", company: "Acme", role: "Dev", applied: "2026-01-02", salary: "100k", location: "Remote",
			events:   []string{"2026-01-20 offer"},
			contacts: []model.Contact{{Name: "Dana Smith", Email: "dana@acme.example", Phone: "+1 555 0100"}},
			notes:    "Imported from sheet.tsv, line 2.\n- Fit: high\n"},
		{slug: "beta-ops", company: "Beta", role: "Ops", applied: "2026-01-03", events: []string{"2026-01-09 interview"},
			notes: "Imported from sheet.tsv, line 3.\n- E-mail: pat@beta.example\n"},
	}, "", []Skipped{{Line: 4, Company: "acme", Role: "dev", Existing: "sheet.tsv:2"}})
	if res.From != "csv" {
		t.Errorf("read as %q, want csv", res.From)
	}
}

// TestRowProblems reports every problem of every row at once, each at
// its line and column, and writes no record of a bad row.
func TestRowProblems(t *testing.T) {
	text := "Company,Role,Applied,Link\n" +
		",Dev,2026-01-02,\n" + // no company
		"Acme,\"Two\nlines\",soon,\n" + // a role of two lines, a bad date
		"Beta,Ops,,\n" + // no date and no status
		"Gamma,QA,2026-01-05,https://x.example/,extra\n" + // a field too many
		"Delta,Dev,2026-01-06,\n"
	res, recs := prepareText(t, text)
	wantProblems := "sheet.tsv:2:1: no company in column \"Company\"\n" +
		"sheet.tsv:3:6: the role \"Two\\nlines\" should be one line\n" +
		"sheet.tsv:4:8: invalid date \"soon\" in column \"Applied\"" + badDate + "\n" +
		"sheet.tsv:5:1: no date of application for Beta, Ops: only a wishlist status may leave it out\n" +
		"sheet.tsv:6:40: 5 fields where the header has 4 columns: a separator inside a value needs quotes\n"
	compare(t, res, recs, []want{
		{slug: "delta-dev", company: "Delta", role: "Dev", applied: "2026-01-06", notes: "Imported from sheet.tsv, line 7.\n"},
	}, wantProblems, nil)
}

func TestNormHeader(t *testing.T) {
	for _, h := range []string{"Date Applied", "date_applied", "DATE-APPLIED", " DateApplied ", "Date applied:"} {
		if got := normHeader(h); got != "dateapplied" {
			t.Errorf("normHeader(%q) = %q", h, got)
		}
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		header []string
		want   string
	}{
		{[]string{"title", "companyName", "listName"}, "huntr"},
		{[]string{"company_name", "role", "statusName"}, "teal"},
		{[]string{"Application Date", "Company Name", "Job Title"}, "linkedin"},
		{[]string{"Company Name", "Title", "URL"}, "csv"}, // no column only one tracker writes
	} {
		if got := detect(c.header).name; got != c.want {
			t.Errorf("detect(%v) = %s, want %s", c.header, got, c.want)
		}
	}
}

func TestParseMap(t *testing.T) {
	m, err := ParseMap([]string{"Firma=company", " Beworben am = applied"})
	if want := map[string]string{"firma": "company", "beworbenam": "applied"}; err != nil || !reflect.DeepEqual(m, want) {
		t.Errorf("ParseMap = %v, %v; want %v", m, err, want)
	}
	for _, bad := range [][]string{{"Firma"}, {"=company"}, {"Firma=firm"}, {"Firma=company", "firma=role"}} {
		if _, err := ParseMap(bad); err == nil {
			t.Errorf("ParseMap(%q) took it", bad)
		}
	}
}

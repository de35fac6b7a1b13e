package importer

import (
	"testing"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

const badDate = `: want YYYY-MM-DD, YYYY/MM/DD, an ISO 8601 time, "3 Dec 2026" or "Dec 3, 2026", or the day, month and year with slashes (M/D/YYYY or D/M/YYYY, with or without a time; -dates says which when both could be) or dots (D.M.YYYY)`

// TestHuntr reads a Huntr export with a byte order mark, CRLF line ends
// and quoted commas. Its createdAt times are in UTC: 03:30 on the 16th is
// 21:30 on the 15th in Chicago.
func TestHuntr(t *testing.T) {
	res, recs := importFile(t, "huntr.csv", "", nil)
	if res.From != "huntr" {
		t.Errorf("read as %q, want huntr", res.From)
	}
	saved := "- The file gives no day of application: applied is the day the job was saved (createdAt); correct it if you applied later.\n"
	compare(t, res, recs, []want{
		{slug: "hooli-platform-engineer", company: "Hooli", role: "Platform Engineer", status: "wishlist",
			link: "https://hooli.example/jobs/7", location: "Remote",
			notes: "Imported from huntr.csv, line 3.\n- createdAt: 2026-01-20 (the day the job was saved)\n- deadline: 2026-02-01\n"},
		{slug: "initech-inc-backend-engineer", company: "Initech, Inc.", role: "Backend Engineer", applied: "2026-01-15",
			link: "https://jobs.initech.example/42", location: "Austin, TX", salary: "120-140k",
			notes: "Imported from huntr.csv, line 2.\n" + saved},
		{slug: "vandelay-industries-site-reliability-engineer", company: "Vandelay Industries", role: "Site Reliability Engineer",
			applied: "2026-01-18",
			notes: "Imported from huntr.csv, line 4.\n" + saved +
				"- listName: Phone Call Scheduled (no status of followup matches it)\n" +
				"- url: jobs.vandelay.example (not an http or https address)\n"},
	}, `huntr.csv:6:38: invalid date "2026-13-01T10:00:00Z" in column "createdAt"`+badDate+"\n",
		[]Skipped{{Line: 5, Company: "Globex", Role: "Data Engineer", Existing: "content/applications/globex-data-engineer.yaml"}})
}

// TestTeal reads a Teal export with a quoted newline in the notes and the
// statuses Teal offers; the Globex row differs from the record only in
// case and spaces.
func TestTeal(t *testing.T) {
	res, recs := importFile(t, "teal.csv", "", nil)
	if res.From != "teal" {
		t.Errorf("read as %q, want teal", res.From)
	}
	compare(t, res, recs, []want{
		{slug: "acme-robotics-backend-engineer", company: "Acme Robotics", role: "Backend Engineer", applied: "2026-01-05",
			source: "Referral from Sam", link: "https://jobs.acme.example/123", location: "Remote", salary: "120000-140000",
			notes: "Imported from teal.csv, line 2.\n- follow_up_at: 2026-01-19\n\nMet Sam at the meetup, he said to apply\nSecond line of the notes\n"},
		{slug: "initrode-qa-engineer", company: "Initrode", role: "QA Engineer", applied: "2026-01-07", status: "withdrawn",
			location: "Dallas, TX", notes: "Imported from teal.csv, line 4.\n"},
		{slug: "massive-dynamic-sre", company: "Massive Dynamic", role: "SRE", applied: "2026-01-09", status: "ghosted",
			notes: "Imported from teal.csv, line 7.\n"},
		{slug: "soylent-product-engineer", company: "Soylent", role: "Product Engineer", applied: "2026-01-08",
			notes: "Imported from teal.csv, line 5.\n- statusName: Not Selected (the file gives no date, so no rejected event was written)\n"},
		{slug: "tyrell-android-engineer", company: "Tyrell", role: "Android Engineer", applied: "2026-01-11",
			notes: "Imported from teal.csv, line 9.\n- statusName: Hired by a robot (no status of followup matches it)\n"},
		{slug: "wonka-industries-chocolate-engineer", company: "Wonka Industries", role: "Chocolate Engineer", status: "wishlist",
			notes: "Imported from teal.csv, line 6.\n"},
	}, "", []Skipped{{Line: 8, Company: "GLOBEX", Role: "Data  Engineer", Existing: "content/applications/globex-data-engineer.yaml"}})
}

// TestLinkedIn reads LinkedIn's Job Applications.csv: dates such as
// "1/15/26, 9:05 AM" (quoted, for their comma) in the US order, a contact
// email with no name, and a quoted newline in the answers.
func TestLinkedIn(t *testing.T) {
	res, recs := importFile(t, "linkedin.csv", "", nil)
	if res.From != "linkedin" {
		t.Errorf("read as %q, want linkedin", res.From)
	}
	compare(t, res, recs, []want{
		{slug: "stark-industries-engineer-platform", company: "Stark Industries", role: "Engineer, Platform",
			applied: "2026-01-15", channel: "job-board", source: "LinkedIn", link: "https://www.linkedin.com/jobs/view/111",
			notes: "Imported from linkedin.csv, line 2.\n- Contact Email: jobs@stark.example\n- Resume Name: resume.pdf\n"},
		{slug: "wayne-enterprises-security-engineer", company: "Wayne Enterprises", role: "Security Engineer",
			applied: "2026-01-16", channel: "job-board", source: "LinkedIn", link: "https://www.linkedin.com/jobs/view/222",
			notes: "Imported from linkedin.csv, line 3.\n- Question And Answers: Q: Years of Go?\n  A: 5\n"},
	}, `linkedin.csv:5:1: invalid date "2/30/26, 9:00 AM" in column "Application Date"`+badDate+"\n", nil)
}

// TestSpreadsheet reads a semicolon-separated sheet with German headers
// named by -map, day-first dates and a status date. "Globex Data" +
// "Engineer" is another application than the Globex record, but makes the
// same file name, so it gets the next one.
func TestSpreadsheet(t *testing.T) {
	res, recs := importFile(t, "spreadsheet.csv", "", map[string]string{"firma": "company", "beworbenam": "applied"})
	if res.From != "csv" {
		t.Errorf("read as %q, want csv", res.From)
	}
	compare(t, res, recs, []want{
		{slug: "globex-data-engineer-2", company: "Globex Data", role: "Engineer", applied: "2026-01-15",
			link:  "https://globex.example/jobs/9",
			notes: "Imported from spreadsheet.csv, line 2.\n- Status: Interview (the file gives no date, so no interview event was written)\n\nSpoke to the recruiter; very keen\n"},
		{slug: "hooli-go-developer", company: "Hooli", role: "Go Developer", status: "wishlist",
			notes: "Imported from spreadsheet.csv, line 4.\n"},
		{slug: "muller-gmbh-entwickler", company: "Müller GmbH", role: "Entwickler", applied: "2026-01-12",
			events: []string{"2026-01-20 rejected"}, notes: "Imported from spreadsheet.csv, line 3.\n"},
	}, "", nil)
}

// TestSpreadsheetWithoutMap names the columns a file lacks for a record.
func TestSpreadsheetWithoutMap(t *testing.T) {
	dir := newSite(t)
	data := []byte("Firma;Position;Beworben am\nAcme;Dev;2026-01-02\n")
	res, err := Prepare(Options{Source: dir, File: "x.csv"}, data)
	if err != nil {
		t.Fatal(err)
	}
	wantP := "x.csv:1:1: no column holds the company: name it with -map COLUMN=company (columns: Firma, Position, Beworben am)\n"
	if p := problems(res); p != wantP || len(res.Records) != 0 {
		t.Errorf("problems %q, %d records; want %q and none", p, len(res.Records), wantP)
	}
}

func TestParseDate(t *testing.T) {
	chicago := mustZone(t, "America/Chicago").Location
	for in, want := range map[string]string{
		"2026-01-15":                "2026-01-15",
		"2026-01-15T23:30":          "2026-01-15", // no zone: as it reads
		"2026-01-16T03:30:00.000Z":  "2026-01-15", // UTC 03:30 is 21:30 the day before in Chicago
		"2026-01-16T03:30:00+01:00": "2026-01-15",
		"1/15/26, 9:05 AM":          "2026-01-15", // 15 cannot be a month: month first
		"12/31/2025 11:59 PM":       "2025-12-31",
		"13/1/26":                   "2026-01-13", // 13 cannot be a month: day first
		"15.01.2026":                "2026-01-15",
		"1768534200":                "2026-01-15", // 2026-01-16T03:30:00Z
		"1768534200000":             "2026-01-15",
		"3 Dec 2026":                "2026-12-03",
		"3 December 2026":           "2026-12-03",
		"Dec 3, 2026":               "2026-12-03",
		"2026/12/03":                "2026-12-03",
		"2026/1/5":                  "2026-01-05",
		"2/30/26":                   "",
		"13/13/26":                  "",
		"2026-13-01":                "",
		"2026/13/01":                "",
		"yesterday":                 "",
	} {
		d, ok, amb := parseDate(in, chicago, "")
		if got := d.String(); got != want || ok != (want != "") || amb != nil {
			t.Errorf("parseDate(%q) = %q, %v, %v; want %q", in, got, ok, amb, want)
		}
	}
}

// TestAmbiguousDate checks a date that reads both ways: an error naming
// both readings, unless the order is given.
func TestAmbiguousDate(t *testing.T) {
	chicago := mustZone(t, "America/Chicago").Location
	_, ok, amb := parseDate("03/12/2026", chicago, "")
	want := "it reads as 12 March 2026 (-dates mdy) or as 3 December 2026 (-dates dmy)"
	if ok || amb == nil || amb.Error() != want {
		t.Errorf("03/12/2026: ok %v, %v; want %q", ok, amb, want)
	}
	for order, want := range map[string]string{OrderDMY: "2026-12-03", OrderMDY: "2026-03-12"} {
		if d, ok, amb := parseDate("03/12/2026", chicago, order); d.String() != want || !ok || amb != nil {
			t.Errorf("03/12/2026 with %s: %s %v %v, want %s", order, d, ok, amb, want)
		}
	}
	if _, ok, amb := parseDate("4/4/26", chicago, ""); !ok || amb != nil {
		t.Errorf("4/4/26 reads the same both ways: ok %v, %v", ok, amb)
	}
	if _, ok, _ := parseDate("15/01/2026", chicago, OrderMDY); ok {
		t.Errorf("15/01/2026 read month first: want invalid")
	}
}

func TestSniffDelimiter(t *testing.T) {
	for in, want := range map[string]rune{
		"a,b,c\n1;2;3;4;5\n": ',',
		"a;b;c\n":            ';',
		`"x,y,z";b;c` + "\n": ';',
		"a\tb\tc\r\n":        '\t',
		"single\n":           ',',
	} {
		if got := sniffDelimiter([]byte(in)); got != want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", in, got, want)
		}
	}
}

func mustZone(t *testing.T, name string) *model.Settings {
	t.Helper()
	s, errs := load.SettingsFile("site.yaml", []byte("base_url: https://example.com/\ntimezone: "+name+"\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return &s
}

package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// fixture is a hunt over three weeks, Monday 2026-01-05 to Sunday
// 2026-01-25, worked by hand below.
var fixture = map[string]string{
	"content/site.yaml": "title: T\nowner: {name: Jordan Lee}\nbase_url: https://example.com/\ntimezone: UTC\n" +
		"report: {per_week: 3, week_starts: monday}\n",
	"content/applications/acme.yaml": `company: Acme Robotics
role: Backend Engineer
applied: 2026-01-05
channel: job-board
source: a job board
link: https://jobs.acme.example/1
contacts:
  - {name: Dana Smith, role: recruiter}
  - {name: Lee Park, role: interviewer}
events:
  - {date: 2026-01-06, type: confirmation}
  - {date: 2026-01-12, type: call, to: Dana Smith, outcome: voicemail}
  - {date: 2026-01-13, type: reply, from: Dana Smith}
  - {date: 2026-01-14, type: phone-screen, with: [Dana Smith]}
  - {date: 2026-01-20, type: thank-you, to: [Lee Park]}
  - {date: 2026-01-20T10:00, type: interview, with: [Lee Park]}
  - {date: 2026-01-28, type: rejected}
`,
	"content/applications/birch.yaml": `company: Birchwood
role: Analyst
applied: 2026-01-07
channel: email
contacts: [{name: Pat Jones, role: recruiter}]
events:
  - {date: 2026-01-21, type: email, to: Pat Jones}
  - {date: 2026-01-22, type: rejected}
`,
	"content/applications/cobalt.yaml": "company: Cobalt Logistics\nrole: Driver\napplied: 2026-01-08\nchannel: walk-in\n",
	"content/applications/dunmore.yaml": `company: Dunmore Coffee
role: Barista
applied: 2026-01-02
contacts: [{name: Sam Lee, role: network}]
events:
  - {date: 2026-01-24, type: network, to: Sam Lee}
`,
	"content/applications/evergreen.yaml": "company: Evergreen\nrole: Planner\nstatus: wishlist\n",
}

func loadFixture(t *testing.T, settings string) *model.Site {
	t.Helper()
	dir := t.TempDir()
	sitetest.Write(t, dir, fixture)
	if settings != "" {
		sitetest.Write(t, dir, map[string]string{"content/site.yaml": settings})
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	return site
}

func day(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// The rows of the fixture. Results are as of the 25th: Acme's rejection of
// the 28th is not known yet, so it is in its first interview round;
// Birchwood rejected on the 22nd. Dunmore's application of the 2nd falls
// before the period; the confirmation and the reply are the employers'.
const (
	acmeResult   = "interviewing (round 1)"
	acmeLink     = "https://jobs.acme.example/1"
	birchResult  = "not selected"
	waitingReply = "awaiting a reply"
)

var (
	week1 = []Activity{
		{day("2026-01-05"), "Acme Robotics", "Backend Engineer", acmeLink, HowOnline, "", "Applied (a job board)", acmeResult, "acme"},
		{day("2026-01-07"), "Birchwood", "Analyst", "", HowEmail, "Pat Jones", "Applied by email", birchResult, "birch"},
		{day("2026-01-08"), "Cobalt Logistics", "Driver", "", HowInPerson, "", "Applied in person", waitingReply, "cobalt"},
	}
	week2 = []Activity{
		{day("2026-01-12"), "Acme Robotics", "Backend Engineer", acmeLink, HowPhone, "Dana Smith", "Follow-up call (voicemail)", acmeResult, "acme"},
		{day("2026-01-14"), "Acme Robotics", "Backend Engineer", acmeLink, HowPhone, "Dana Smith", "Phone screen", acmeResult, "acme"},
	}
	week3 = []Activity{
		{day("2026-01-20"), "Acme Robotics", "Backend Engineer", acmeLink, HowInterview, "Lee Park", "Interview, round 1", acmeResult, "acme"},
		{day("2026-01-20"), "Acme Robotics", "Backend Engineer", acmeLink, HowEmail, "Lee Park", "Thank-you email", acmeResult, "acme"},
		{day("2026-01-21"), "Birchwood", "Analyst", "", HowEmail, "Pat Jones", "Follow-up email", birchResult, "birch"},
		{day("2026-01-24"), "Dunmore Coffee", "Barista", "", HowNetwork, "Sam Lee", "Asked a contact about the position", waitingReply, "dunmore"},
	}
)

// TestMakeMondayWeeks: three weeks of 3, 2 and 4 activities; with 3 asked,
// the second is short.
func TestMakeMondayWeeks(t *testing.T) {
	log, err := Make(loadFixture(t, ""), Options{From: day("2026-01-05"), To: day("2026-01-25")})
	if err != nil {
		t.Fatal(err)
	}
	want := []Week{
		{Start: day("2026-01-05"), End: day("2026-01-11"), Activities: week1},
		{Start: day("2026-01-12"), End: day("2026-01-18"), Activities: week2, Short: true},
		{Start: day("2026-01-19"), End: day("2026-01-25"), Activities: week3},
	}
	if !reflect.DeepEqual(log.Weeks, want) {
		t.Fatalf("weeks:\n%+v\nwant:\n%+v", log.Weeks, want)
	}
	if log.Total != 9 || log.PerWeek != 3 || log.Owner != "Jordan Lee" {
		t.Errorf("total %d, per week %d, owner %q", log.Total, log.PerWeek, log.Owner)
	}
}

// TestMakeSundayWeeks: weeks from Sunday cut the period into Mon 5 - Sat
// 10, Sun 11 - Sat 17, Sun 18 - Sat 24 and Sun 25 alone, which has none;
// with 4 asked, every week but the third is short.
func TestMakeSundayWeeks(t *testing.T) {
	settings := "base_url: https://example.com/\nreport: {per_week: 4, week_starts: sunday}\n"
	log, err := Make(loadFixture(t, settings), Options{From: day("2026-01-05"), To: day("2026-01-25")})
	if err != nil {
		t.Fatal(err)
	}
	got := summarize(log)
	want := []weekSummary{
		{"2026-01-05", "2026-01-10", 3, true},
		{"2026-01-11", "2026-01-17", 2, true},
		{"2026-01-18", "2026-01-24", 4, false},
		{"2026-01-25", "2026-01-25", 0, true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("weeks %+v\nwant %+v", got, want)
	}
}

func TestMakeRefusesBackwardPeriod(t *testing.T) {
	if _, err := Make(loadFixture(t, ""), Options{From: day("2026-01-25"), To: day("2026-01-05")}); err == nil {
		t.Error("a period that ends before it starts made a log")
	}
}

func TestWriteCSV(t *testing.T) {
	log, err := Make(loadFixture(t, ""), Options{From: day("2026-01-12"), To: day("2026-01-18")})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, log); err != nil {
		t.Fatal(err)
	}
	// As of the 18th Acme is past its screen and not interviewed yet.
	want := "week_start,week_end,week_count,week_short,date,employer,position,link,how,person,done,result\r\n" +
		"2026-01-12,2026-01-18,2,yes,2026-01-12,Acme Robotics,Backend Engineer,https://jobs.acme.example/1,phone,Dana Smith,Follow-up call (voicemail),\"screened, awaiting the next step\"\r\n" +
		"2026-01-12,2026-01-18,2,yes,2026-01-14,Acme Robotics,Backend Engineer,https://jobs.acme.example/1,phone,Dana Smith,Phone screen,\"screened, awaiting the next step\"\r\n"
	if b.String() != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteText(t *testing.T) {
	log, err := Make(loadFixture(t, ""), Options{From: day("2026-01-12"), To: day("2026-01-18")})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteText(&b, log); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Work-search log of Jordan Lee, 2026-01-12 to 2026-01-18: 2 activities\n",
		"3 activities a week asked for\n",
		"Week of Mon 2026-01-12 to Sun 2026-01-18: 2 activities, SHORT of the 3 asked\n",
		"  2026-01-14  Acme Robotics  Backend Engineer  phone  Dana Smith        Phone screen",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

// weekSummary is what the tests compare of a week: its days, its count of
// activities, and whether it falls short.
type weekSummary struct {
	start, end string
	n          int
	short      bool
}

func summarize(log *Log) []weekSummary {
	var got []weekSummary
	for _, w := range log.Weeks {
		got = append(got, weekSummary{w.Start.String(), w.End.String(), len(w.Activities), w.Short})
	}
	return got
}

package report

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// hunt is a job hunt written by hand across three weeks, Monday 2026-03-02
// to Sunday 2026-03-22: three applications, a call, a phone screen, an
// interview, a thank-you, a follow-up email, a workshop and a job fair. By
// week, from Monday:
//
//	week 1: Mon 2 Acme applied; Wed 4 Birchwood applied, Cobalt applied   3 activities on 2 days
//	week 2: Mon 9 call to Acme; Thu 12 Acme phone screen                  2 activities on 2 days
//	week 3: Mon 16 workshop; Tue 17 Acme interview; Wed 18 thank-you to
//	        Acme, email to Birchwood; Thu 19 job fair                      5 activities on 4 days
//
// Acme's confirmation (3rd) and reply (10th) are the employer's doing, not
// activities; its rejection of the 25th comes after the period, so on the
// 22nd it is in its first interview round. Birchwood rejected on the 19th.
var hunt = map[string]string{
	"content/site.yaml": "title: T\nowner: {name: Jordan Lee}\nbase_url: https://example.com/\ntimezone: America/New_York\n",
	"content/applications/acme.yaml": `company: Acme Robotics
role: Backend Engineer
applied: 2026-03-02
channel: job-board
source: Indeed
link: https://jobs.acme.example/4411
reference: REQ-4411
employer:
  address: 12 Harbor Rd, Tacoma WA 98402
  phone: "+1 253 555 0100"
  web: https://acme.example/careers
contacts:
  - {name: Dana Smith, role: recruiter, title: Talent Partner}
  - {name: Lee Park, role: interviewer, title: Engineering Manager}
events:
  - {date: 2026-03-03, type: confirmation}
  - {date: 2026-03-09, type: call, to: Dana Smith, outcome: voicemail}
  - {date: 2026-03-10, type: reply, from: Dana Smith}
  - {date: 2026-03-12, type: phone-screen, with: [Dana Smith]}
  - {date: 2026-03-17T10:00, type: interview, with: [Lee Park]}
  - {date: 2026-03-18, type: thank-you, to: [Lee Park]}
  - {date: 2026-03-25, type: rejected}
`,
	"content/applications/birch.yaml": `company: Birchwood Analytics
role: Data Analyst
applied: 2026-03-04
channel: email
employer: {address: "400 Pine St, Seattle WA", email: jobs@birch.example}
contacts: [{name: Pat Jones, role: recruiter}]
events:
  - {date: 2026-03-18, type: email, to: Pat Jones}
  - {date: 2026-03-19, type: rejected}
`,
	"content/applications/cobalt.yaml": `company: Cobalt Logistics
role: Dispatcher
applied: 2026-03-04
channel: walk-in
employer: {address: 9 Dock St, phone: "+1 253 555 0199"}
`,
	"content/applications/dunmore.yaml":                     "company: Dunmore\nrole: Planner\nstatus: wishlist\n",
	"content/activities/2026-03-16-resume-workshop.yaml":    "date: 2026-03-16\ntype: workshop\ntext: Resume workshop\nwhere: WorkSource Pierce\nhours: 2\n",
	"content/activities/2026-03-19-spring-hiring-fair.yaml": "date: 2026-03-19\ntype: job-fair\ntext: Spring hiring fair\nwhere: Tacoma Dome\nhours: 3\n",
}

// loadHunt loads the hunt with the report settings given, such as
// "{rules: us-ny}".
func loadHunt(t testing.TB, report string) *model.Site {
	t.Helper()
	dir := sitetest.New(t, hunt)
	if report != "" {
		sitetest.Write(t, dir, map[string]string{"content/site.yaml": hunt["content/site.yaml"] + "report: " + report + "\n"})
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	return site
}

// huntLog is the log of the hunt's three weeks, made on Sunday the 22nd.
func huntLog(t testing.TB, report string) *Log {
	t.Helper()
	log, err := Make(loadHunt(t, report), Options{From: day("2026-03-02"), To: day("2026-03-22"), Today: day("2026-03-22")})
	if err != nil {
		t.Fatal(err)
	}
	return log
}

func day(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

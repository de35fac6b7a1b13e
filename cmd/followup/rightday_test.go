package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-ical"
)

// rightDayHunt is a hunt written by hand, looked at on Wednesday 25
// November 2026 (Europe/London, UTC in November):
//
//   - acme: a phone screen on Mon 9 Nov thanked the same day, an interview
//     on Mon 16 Nov thanked the same day, and a second interview scheduled
//     for Thu 26 Nov at 10:00;
//   - bolt: a phone screen scheduled for Fri 27 Nov at 09:30;
//   - cyan: applied Wed 11 Nov and nothing since, so its confirmation call
//     is overdue;
//   - delta: a reply on Fri 20 Nov promising a decision by Tue 24 Nov.
var rightDayHunt = map[string]string{
	"content/site.yaml": minimalSettings,
	"content/applications/acme.yaml": "company: Acme\nrole: Dev\napplied: 2026-11-02\nchannel: job-board\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter}\n  - {name: Lee Park, role: hiring-manager}\n" +
		"events:\n" +
		"  - {date: 2026-11-09, type: phone-screen, with: [Dana Smith]}\n" +
		"  - {date: 2026-11-09, type: thank-you, to: [Dana Smith]}\n" +
		"  - {date: 2026-11-16T14:00, type: interview, with: [Lee Park]}\n" +
		"  - {date: 2026-11-16, type: thank-you, to: [Lee Park]}\n" +
		"  - {date: 2026-11-26T10:00, type: interview, with: [Lee Park], topics: {Lee Park: the roadmap}}\n",
	"content/applications/bolt.yaml": "company: Bolt\nrole: Ops\napplied: 2026-11-09\nchannel: job-board\n" +
		"contacts:\n  - {name: Sam Ortiz, role: recruiter}\n" +
		"events:\n  - {date: 2026-11-27T09:30, type: phone-screen, with: [Sam Ortiz]}\n",
	"content/applications/cyan.yaml": "company: Cyan\nrole: Data\napplied: 2026-11-11\nchannel: company-site\n" +
		"contacts:\n  - {name: Kim Wu, role: hr}\n",
	"content/applications/delta.yaml": "company: Delta\nrole: QA\napplied: 2026-11-02\nchannel: job-board\n" +
		"contacts:\n  - {name: Ann Lee, role: recruiter}\n" +
		"events:\n  - {date: 2026-11-20, type: reply, from: Ann Lee, next_step: final answer by Tuesday, decision_expected: 2026-11-24}\n",
}

func TestRightDayAgenda(t *testing.T) {
	dir := writeSite(t, rightDayHunt)
	code, stdout, stderr := runCmd(t, nil, "agenda", "-source", dir, "-today", "2026-11-25", "-days", "2")
	if code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	// Columns: 2 spaces, kind (6), company (20), title (23), to (15), late
	// (8), one space between. Due dates by PLAYBOOK.md: cyan's
	// check-confirmation Fri 13 Nov (Wed 11 + 2 business days),
	// confirm-receipt Wed 18 Nov (+ 5), status-check-1 Wed 25 Nov (+ 14
	// days); acme's thank-you the day of the second interview; delta's
	// check-in/r0 Fri 27 Nov (Tue 24 + 3 business days). Delta's
	// decision-day (Tue 24) is a milestone, and past: not listed.
	want := "Agenda for Wednesday 25 November 2026 and the next 2 days\n" +
		"\n" +
		"Overdue\n" +
		"  task   Cyan                 Check it went through                   12d late\n" +
		"  call   Cyan                 Confirm receipt         Kim Wu           7d late\n" +
		"\n" +
		"Today, Wednesday 25 November\n" +
		"  email  Cyan                 First status email      Kim Wu\n" +
		"\n" +
		"Thursday 26 November\n" +
		"  10:00  Acme                 Interview r2            Lee Park\n" +
		"         prepare: content/applications/acme.yaml\n" +
		"  email  Acme                 Thank-you email r2      Lee Park\n" +
		"\n" +
		"Friday 27 November\n" +
		"  09:30  Bolt                 Phone screen            Sam Ortiz\n" +
		"         prepare: content/applications/bolt.yaml\n" +
		"  email  Delta                Check in                Ann Lee\n"
	stdout = strings.ReplaceAll(stdout, filepath.ToSlash(dir)+"/", "") // the record's path is the site's
	if stdout != want {
		t.Errorf("agenda:\n%s\nwant:\n%s", stdout, want)
	}
}

func TestRightDayPlan(t *testing.T) {
	dir := writeSite(t, rightDayHunt)
	code, stdout, stderr := runCmd(t, nil, "plan", "-source", dir, "-json")
	if code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	var items []struct{ Application, Action, Due, State string }
	if err := json.Unmarshal([]byte(stdout), &items); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, it := range items {
		got[it.Application+" "+it.Action] = it.State + " " + it.Due
	}
	want := map[string]string{
		"acme screen-follow-up":         "done 2026-11-10",      // the thank-you to Dana after the screen
		"acme thank-you/lee-park":       "done 2026-11-16",      // interview day
		"acme follow-up-call/r1":        "cancelled 2026-11-23", // the second interview answers it
		"acme thank-you/lee-park/r2":    "pending 2026-11-26",
		"bolt screen-follow-up":         "pending 2026-11-30", // Fri 27 + 1 = Sat 28, to Monday
		"cyan confirm-receipt":          "pending 2026-11-18",
		"delta decision-day/r0":         "pending 2026-11-24",
		"delta check-in/r0":             "pending 2026-11-27",
		"delta ask-network/r0":          "pending 2026-12-02",   // Mon 30, Tue 1, Wed 2
		"delta email-hiring-manager/r0": "pending 2026-12-07",   // Thu 3, Fri 4, Mon 7
		"delta call-hiring-manager/r0":  "pending 2026-12-10",   // Tue 8, Wed 9, Thu 10
		"delta move-on/r0":              "pending 2026-12-24",   // 10 business days after Thu 10
		"delta status-check-1":          "cancelled 2026-11-16", // the reply answers it
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
}

func TestRightDayExport(t *testing.T) {
	dir := writeSite(t, rightDayHunt)
	code, stdout, stderr := runCmd(t, nil, "export", "-source", dir, "-today", "2026-11-25")
	if code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	want := "application,company,role,applied,status,last_event,last_event_date,next_meeting,next_action,next_due\r\n" +
		"acme,Acme,Dev,2026-11-02,interviewing,thank-you,2026-11-16,interview 2026-11-26T10:00,thank-you/lee-park/r2,2026-11-26\r\n" +
		"bolt,Bolt,Ops,2026-11-09,screening,,,phone-screen 2026-11-27T09:30,screen-follow-up,2026-11-30\r\n" +
		"cyan,Cyan,Data,2026-11-11,applied,,,,check-confirmation,2026-11-13\r\n" +
		"delta,Delta,QA,2026-11-02,applied,reply,2026-11-20,,decision-day/r0,2026-11-24\r\n"
	if stdout != want {
		t.Errorf("export:\n%s\nwant:\n%s", stdout, want)
	}
	// A week later both meetings have happened.
	_, stdout, _ = runCmd(t, nil, "export", "-source", dir, "-today", "2026-12-02")
	if !strings.Contains(stdout, "\r\nacme,Acme,Dev,2026-11-02,interviewing,interview,2026-11-26,,") ||
		!strings.Contains(stdout, "\r\nbolt,Bolt,Ops,2026-11-09,screening,phone-screen,2026-11-27,,") {
		t.Errorf("export on 2 December:\n%s", stdout)
	}
}

func TestRightDayReport(t *testing.T) {
	dir := writeSite(t, rightDayHunt)
	days := func(today string) map[string]int {
		code, stdout, stderr := runCmd(t, nil, "report", "-source", dir, "-from", "2026-11-16", "-to", "2026-11-29",
			"-today", today, "-format", "csv")
		if code != 0 {
			t.Fatalf("code %d: %s", code, stderr)
		}
		n := map[string]int{}
		for _, line := range strings.Split(stdout, "\r\n")[1:] {
			if d, _, ok := strings.Cut(line, ","); ok && d != "" {
				n[d]++
			}
		}
		return n
	}
	on25 := days("2026-11-25")
	if on25["2026-11-16"] != 2 || on25["2026-11-26"] != 0 || on25["2026-11-27"] != 0 {
		t.Errorf("report on 25 November: rows by day %v; want the interview and thank-you of the 16th, not the meetings to come", on25)
	}
	on30 := days("2026-11-30")
	if on30["2026-11-26"] != 1 || on30["2026-11-27"] != 1 {
		t.Errorf("report on 30 November: rows by day %v; want the interview of the 26th and the screen of the 27th", on30)
	}
}

func TestRightDayFeed(t *testing.T) {
	dir := writeSite(t, rightDayHunt)
	dest := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := runCmd(t, nil, "build", "-source", dir, "-dest", dest, "-today", "2026-11-25"); code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(dest, "calendar.ics"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cal, err := ical.NewDecoder(f).Decode()
	if err != nil {
		t.Fatal(err)
	}
	type ev struct{ start, seq string }
	got := map[string]ev{}
	for _, e := range cal.Events() {
		s, _ := e.Props.Text(ical.PropSummary)
		got[s] = ev{e.Props.Get(ical.PropDateTimeStart).Value, e.Props.Get(ical.PropSequence).Value}
	}
	// SEQUENCE without git: the events the record logs as past (cyan: none;
	// delta: one reply), plus the days an overdue follow-up moved.
	want := map[string]ev{
		"Overdue since Fri 13 Nov: Check that your application to Cyan went through: inbox, spam folder, applicant portal": {"20261125", "12"},
		"Overdue since Wed 18 Nov: Call Kim Wu (HR) at Cyan to confirm your application arrived":                           {"20261125", "7"},
		"Email Kim Wu (HR) at Cyan a short status check on your Data application":                                          {"20261125", "0"},
		"Decision expected from Delta on the QA role":                                                                      {"20261124", "1"}, // a milestone stays on its day
		"Email Ann Lee (recruiter) at Delta to ask where the decision on the QA role stands":                               {"20261127", "1"},
		"Round 2 interview with Lee Park — Dev at Acme":                                                                    {"20261126T100000Z", ""},
		"Phone screen with Sam Ortiz — Ops at Bolt":                                                                        {"20261127T093000Z", ""},
	}
	for s, w := range want {
		g, ok := got[s]
		if !ok {
			t.Errorf("no event %q", s)
			continue
		}
		if g.start != w.start || w.seq != "" && g.seq != w.seq {
			t.Errorf("%q: DTSTART %s SEQUENCE %s, want %s %s", s, g.start, g.seq, w.start, w.seq)
		}
	}
}

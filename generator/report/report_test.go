package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// weekText is one week of a log as a reader sees it: its count, why it is
// short ("" when it is not) and its rows, the cells of each joined by " | ",
// a cell's link after its text.
type weekText struct {
	count, reason string
	rows          []string
}

func weeksOf(log *Log) []weekText {
	var out []weekText
	for _, w := range log.Weeks {
		wt := weekText{count: log.WeekCount(w), reason: w.Reason}
		for _, r := range w.Rows {
			cells := make([]string, len(r.Cells))
			for i, c := range r.Cells {
				cells[i] = joinNonEmpty(" ", c.Text, c.Link)
			}
			wt.rows = append(wt.rows, strings.Join(cells, " | "))
		}
		out = append(out, wt)
	}
	return out
}

func headings(log *Log) []string {
	var out []string
	for _, c := range log.Place.Columns {
		out = append(out, c.Heading)
	}
	return out
}

// checkLog compares a log with the headings and weeks expected.
func checkLog(t *testing.T, log *Log, heads []string, want []weekText) {
	t.Helper()
	if got := headings(log); !reflect.DeepEqual(got, heads) {
		t.Errorf("headings\n%q\nwant\n%q", got, heads)
	}
	got := weeksOf(log)
	if len(got) != len(want) {
		t.Fatalf("%d weeks, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].count != want[i].count || got[i].reason != want[i].reason {
			t.Errorf("week %d: %q, short %q; want %q, short %q", i+1, got[i].count, got[i].reason, want[i].count, want[i].reason)
		}
		if !reflect.DeepEqual(got[i].rows, want[i].rows) {
			t.Errorf("week %d rows:\n%s\nwant:\n%s", i+1, strings.Join(got[i].rows, "\n"), strings.Join(want[i].rows, "\n"))
		}
	}
}

// The employers' details as the cells write them.
const (
	acmeAddress   = "12 Harbor Rd, Tacoma WA 98402; https://acme.example/careers"
	acmeContact   = "12 Harbor Rd, Tacoma WA 98402; +1 253 555 0100; https://acme.example/careers"
	acmePhone     = "+1 253 555 0100"
	acmeJob       = "Backend Engineer (ref. REQ-4411) https://jobs.acme.example/4411"
	birchAddress  = "400 Pine St, Seattle WA; jobs@birch.example"
	cobaltContact = "9 Dock St; +1 253 555 0199"
	dana, lee     = "Dana Smith (Talent Partner)", "Lee Park (Engineering Manager)"
	acmeRound1    = "interviewing (round 1)"
)

// TestNewYork: 3 activities a week on 3 different days. Week 1 has three on
// two days (two applications on Wednesday), week 2 two on two days; both are
// short. Week 3 has five on four days.
func TestNewYork(t *testing.T) {
	log := huntLog(t, "{rules: us-ny}")
	heads := []string{"Date", "Employer name", "Address (mail, email or web)", "Phone", "Person contacted (name or title)",
		"Method of contact", "Position applied for, or other work search effort", "What was done", "Result"}
	checkLog(t, log, heads, []weekText{
		{"3 activities on 2 days", "3 activities on 2 days; 3 on 3 days are asked", []string{
			"Mon 2026-03-02 | Acme Robotics | " + acmeAddress + " | " + acmePhone + " |  | online application | " + acmeJob + " | Applied (Indeed) | " + acmeRound1,
			"Wed 2026-03-04 | Birchwood Analytics | " + birchAddress + " |  | Pat Jones | email | Data Analyst | Applied by email | not selected",
			"Wed 2026-03-04 | Cobalt Logistics | 9 Dock St | +1 253 555 0199 |  | in person | Dispatcher | Applied in person | awaiting a reply",
		}},
		{"2 activities on 2 days", "2 activities on 2 days; 3 on 3 days are asked", []string{
			"Mon 2026-03-09 | Acme Robotics | " + acmeAddress + " | " + acmePhone + " | " + dana + " | phone | " + acmeJob + " | Follow-up call (voicemail) | " + acmeRound1,
			"Thu 2026-03-12 | Acme Robotics | " + acmeAddress + " | " + acmePhone + " | " + dana + " | phone | " + acmeJob + " | Phone screen | " + acmeRound1,
		}},
		{"5 activities on 4 days", "", []string{
			"Mon 2026-03-16 | WorkSource Pierce |  |  |  |  | Workshop | Workshop: Resume workshop (2 h) | ",
			"Tue 2026-03-17 | Acme Robotics | " + acmeAddress + " | " + acmePhone + " | " + lee + " | interview | " + acmeJob + " | Interview, round 1 | " + acmeRound1,
			"Wed 2026-03-18 | Acme Robotics | " + acmeAddress + " | " + acmePhone + " | " + lee + " | email | " + acmeJob + " | Thank-you email | " + acmeRound1,
			"Wed 2026-03-18 | Birchwood Analytics | " + birchAddress + " |  | Pat Jones | email | Data Analyst | Follow-up email | not selected",
			"Thu 2026-03-19 | Tacoma Dome |  |  |  |  | Job fair | Job fair: Spring hiring fair (3 h) | ",
		}},
	})
	if got, want := log.Heading(), "Work search record of Jordan Lee"; got != want {
		t.Errorf("heading %q, want %q", got, want)
	}
	if got, want := log.Requirement(), "Rules of the New York State Department of Labor. 3 activities a week asked, on 3 different days"; got != want {
		t.Errorf("requirement %q, want %q", got, want)
	}
}

// TestWashington: 3 activities a week, the workshop and the job fair
// counting as any other. Week 1 has three (two on one day do count), week 2
// two: short.
func TestWashington(t *testing.T) {
	log := huntLog(t, "{rules: us-wa}")
	heads := []string{"Date", "Activity type", "Employer, business or place", "Employer contact information",
		"Job title or reference number", "How contact was made", "What was done", "Result"}
	const contact = "Employer contact | Acme Robotics | " + acmeContact + " | " + acmeJob
	checkLog(t, log, heads, []weekText{
		{"3 activities", "", []string{
			"Mon 2026-03-02 | " + contact + " | online application | Applied (Indeed) | " + acmeRound1,
			"Wed 2026-03-04 | Employer contact | Birchwood Analytics | " + birchAddress + " | Data Analyst | email | Applied by email | not selected",
			"Wed 2026-03-04 | Employer contact | Cobalt Logistics | " + cobaltContact + " | Dispatcher | in person | Applied in person | awaiting a reply",
		}},
		{"2 activities", "2 activities; 3 are asked", []string{
			"Mon 2026-03-09 | " + contact + " | phone | Follow-up call (voicemail) | " + acmeRound1,
			"Thu 2026-03-12 | " + contact + " | phone | Phone screen | " + acmeRound1,
		}},
		{"5 activities", "", []string{
			"Mon 2026-03-16 | Workshop | WorkSource Pierce |  |  |  | Workshop: Resume workshop (2 h) | ",
			"Tue 2026-03-17 | " + contact + " | interview | Interview, round 1 | " + acmeRound1,
			"Wed 2026-03-18 | " + contact + " | email | Thank-you email | " + acmeRound1,
			"Wed 2026-03-18 | Employer contact | Birchwood Analytics | " + birchAddress + " | Data Analyst | email | Follow-up email | not selected",
			"Thu 2026-03-19 | Job fair | Tacoma Dome |  |  |  | Job fair: Spring hiring fair (3 h) | ",
		}},
	})
}

// TestUnitedKingdom: no number is fixed, so no week is short; per_week
// sets one.
func TestUnitedKingdom(t *testing.T) {
	log := huntLog(t, "{rules: uk}")
	heads := []string{"Date", "Employer", "Job", "How", "Person contacted", "What I did", "Outcome"}
	checkLog(t, log, heads, []weekText{
		{"3 activities", "", []string{
			"Mon 2026-03-02 | Acme Robotics | " + acmeJob + " | online application |  | Applied (Indeed) | " + acmeRound1,
			"Wed 2026-03-04 | Birchwood Analytics | Data Analyst | email | Pat Jones | Applied by email | not selected",
			"Wed 2026-03-04 | Cobalt Logistics | Dispatcher | in person |  | Applied in person | awaiting a reply",
		}},
		{"2 activities", "", []string{
			"Mon 2026-03-09 | Acme Robotics | " + acmeJob + " | phone | " + dana + " | Follow-up call (voicemail) | " + acmeRound1,
			"Thu 2026-03-12 | Acme Robotics | " + acmeJob + " | phone | " + dana + " | Phone screen | " + acmeRound1,
		}},
		{"5 activities", "", []string{
			"Mon 2026-03-16 | WorkSource Pierce |  |  |  | Workshop: Resume workshop (2 h) | ",
			"Tue 2026-03-17 | Acme Robotics | " + acmeJob + " | interview | " + lee + " | Interview, round 1 | " + acmeRound1,
			"Wed 2026-03-18 | Acme Robotics | " + acmeJob + " | email | " + lee + " | Thank-you email | " + acmeRound1,
			"Wed 2026-03-18 | Birchwood Analytics | Data Analyst | email | Pat Jones | Follow-up email | not selected",
			"Thu 2026-03-19 | Tacoma Dome |  |  |  | Job fair: Spring hiring fair (3 h) | ",
		}},
	})
	if got, want := log.Requirement(), "Rules of the Department for Work and Pensions (Universal Credit)"; got != want {
		t.Errorf("requirement %q, want %q", got, want)
	}
	var short []string
	for _, w := range huntLog(t, "{rules: uk, per_week: 4}").Weeks {
		short = append(short, w.Reason)
	}
	if want := []string{"3 activities; 4 are asked", "2 activities; 4 are asked", ""}; !reflect.DeepEqual(short, want) {
		t.Errorf("with 4 asked: %q, want %q", short, want)
	}
}

// TestGermany: German headings, days and words; with per_week: 3 the
// second week is short.
func TestGermany(t *testing.T) {
	log := huntLog(t, "{rules: de, per_week: 3}")
	heads := []string{"Datum", "Arbeitgeber", "Anschrift, Telefon", "Ansprechpartner", "Stelle", "Art der Bewerbung", "Ergebnis"}
	const (
		acme   = "Acme Robotics | " + acmeContact + " | "
		job    = " | Backend Engineer (Kennziffer REQ-4411) https://jobs.acme.example/4411 | "
		round1 = " | im Auswahlverfahren (Runde 1)"
	)
	checkLog(t, log, heads, []weekText{
		{"3 Aktivitäten", "", []string{
			"Mo 02.03.2026 | " + acme + job + "online – Bewerbung" + round1,
			"Mi 04.03.2026 | Birchwood Analytics | " + birchAddress + " | Pat Jones | Data Analyst | per E-Mail – Bewerbung | Absage",
			"Mi 04.03.2026 | Cobalt Logistics | " + cobaltContact + " |  | Dispatcher | persönlich – Bewerbung | Antwort ausstehend",
		}},
		{"2 Aktivitäten", "2 Aktivitäten; verlangt sind 3", []string{
			"Mo 09.03.2026 | " + acme + dana + job + "telefonisch – Nachfrage (Mailbox)" + round1,
			"Do 12.03.2026 | " + acme + dana + job + "telefonisch – Telefoninterview" + round1,
		}},
		{"5 Aktivitäten", "", []string{
			"Mo 16.03.2026 | WorkSource Pierce |  |  |  | Workshop: Resume workshop (2 Std.) | ",
			"Di 17.03.2026 | " + acme + lee + job + "persönlich – Vorstellungsgespräch, Runde 1" + round1,
			"Mi 18.03.2026 | " + acme + lee + job + "per E-Mail – Dank nach dem Gespräch" + round1,
			"Mi 18.03.2026 | Birchwood Analytics | " + birchAddress + " | Pat Jones | Data Analyst | per E-Mail – Nachfrage | Absage",
			"Do 19.03.2026 | Tacoma Dome |  |  |  | Jobmesse: Spring hiring fair (3 Std.) | ",
		}},
	})
	if got, want := log.Heading(), "Nachweis der Eigenbemühungen: Jordan Lee"; got != want {
		t.Errorf("heading %q, want %q", got, want)
	}
}

// TestTexas: the number comes from per_week.
func TestTexas(t *testing.T) {
	log := huntLog(t, "{rules: us-tx, per_week: 4}")
	var short []string
	for _, w := range log.Weeks {
		short = append(short, w.Reason)
	}
	if want := []string{"3 activities; 4 are asked", "2 activities; 4 are asked", ""}; !reflect.DeepEqual(short, want) {
		t.Errorf("short weeks %q, want %q", short, want)
	}
	if got, want := weeksOf(log)[0].rows[0], "Mon 2026-03-02 | Acme Robotics | "+acmeContact+" |  | "+acmeJob+" | Indeed | Applied (Indeed) | "+acmeRound1; got != want {
		t.Errorf("row\n%s\nwant\n%s", got, want)
	}
}

// TestPlainPerWeek: without rules, per_week alone asks a number.
func TestPlainPerWeek(t *testing.T) {
	var short []string
	for _, w := range huntLog(t, "{per_week: 3}").Weeks {
		short = append(short, w.Reason)
	}
	if want := []string{"", "2 activities; 3 are asked", ""}; !reflect.DeepEqual(short, want) {
		t.Errorf("short weeks %q, want %q", short, want)
	}
}

// TestMakeSundayWeeks: weeks from Sunday cut the period into Mon 2 - Sat 7,
// Sun 8 - Sat 14, Sun 15 - Sat 21 and Sun 22 alone, which has none.
func TestMakeSundayWeeks(t *testing.T) {
	log := huntLog(t, "{week_starts: sunday}")
	var got []string
	for _, w := range log.Weeks {
		got = append(got, w.Start.String()+" "+w.End.String()+" "+log.WeekCount(w))
	}
	want := []string{"2026-03-02 2026-03-07 3 activities", "2026-03-08 2026-03-14 2 activities",
		"2026-03-15 2026-03-21 5 activities", "2026-03-22 2026-03-22 0 activities"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("weeks %q\nwant %q", got, want)
	}
}

func TestMakeRefusesBackwardPeriod(t *testing.T) {
	if _, err := Make(loadHunt(t, ""), Options{From: day("2026-03-22"), To: day("2026-03-02")}); err == nil {
		t.Error("a period that ends before it starts made a log")
	}
}

// TestWriteCSV: the columns of the printed log, the day as YYYY-MM-DD, then
// the week and its check. On the 15th Acme is past its screen, not yet
// interviewed. The posting goes on the line below the position, within its
// cell; a phone number that starts with + is kept as text, not a formula.
func TestWriteCSV(t *testing.T) {
	site := loadHunt(t, "{rules: us-ny}")
	log, err := Make(site, Options{From: day("2026-03-09"), To: day("2026-03-15"), Today: day("2026-03-22")})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, log); err != nil {
		t.Fatal(err)
	}
	const acme = `Acme Robotics,"12 Harbor Rd, Tacoma WA 98402; https://acme.example/careers",'+1 253 555 0100,Dana Smith (Talent Partner),phone,` +
		"\"Backend Engineer (ref. REQ-4411)\r\nhttps://jobs.acme.example/4411\","
	const week = `"screened, awaiting the next step",2026-03-09/2026-03-15,2 activities on 2 days; 3 on 3 days are asked` + "\r\n"
	want := `Date,Employer name,"Address (mail, email or web)",Phone,Person contacted (name or title),Method of contact,"Position applied for, or other work search effort",What was done,Result,Week,Week check` + "\r\n" +
		"2026-03-09," + acme + "Follow-up call (voicemail)," + week +
		"2026-03-12," + acme + "Phone screen," + week
	if b.String() != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", b.String(), want)
	}
	log, err = Make(site, Options{From: day("2026-03-23"), To: day("2026-03-29"), Today: day("2026-03-29")})
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := WriteCSV(&b, log); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.SplitN(b.String(), "\r\n", 2)[1], ",,,,,,,,,2026-03-23/2026-03-29,0 activities on 0 days; 3 on 3 days are asked\r\n"; got != want {
		t.Errorf("a week without activity:\n%q\nwant\n%q", got, want)
	}
}

// TestWriteText: the claimant, the rules, each week's count and reason, the
// place's headings.
func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, huntLog(t, "{rules: us-wa}")); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Job search log of Jordan Lee, 2026-03-02 to 2026-03-22: 10 activities\n",
		"Rules of the Washington State Employment Security Department. 3 activities a week asked\n",
		"Week of Mon 2026-03-09 to Sun 2026-03-15: 2 activities, SHORT: 2 activities; 3 are asked\n",
		"Week of Mon 2026-03-16 to Sun 2026-03-22: 5 activities\n",
		"  Date            Activity type     Employer, business or place",
		"  Mon 2026-03-16  Workshop          WorkSource Pierce",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

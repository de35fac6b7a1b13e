package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/plan"
)

// site writes three records: one just applied, one on the wish list and
// one rejected after a phone screen, whose company would run as a formula.
func site(t *testing.T) string {
	t.Helper()
	return sitetest.New(t, map[string]string{
		"content/site.yaml":                    "title: T\nbase_url: https://example.com/\ntimezone: UTC\n",
		"content/applications/acme-dev.yaml":   "company: Acme, Inc.\nrole: Dev\napplied: 2026-11-02\nchannel: job-board\n",
		"content/applications/beta-ops.yaml":   "company: Beta\nrole: Ops\nstatus: wishlist\n",
		"content/applications/gamma-data.yaml": "company: \"=HYPERLINK(1)\"\nrole: Data\napplied: 2026-11-03\nevents:\n  - {date: 2026-11-12, type: rejected}\n  - {date: 2026-11-10, type: phone-screen}\n",
	})
}

func TestExport(t *testing.T) {
	s, err := load.Site(site(t))
	if err != nil {
		t.Fatal(err)
	}
	actions := plan.Actions(s.Applications, s.Settings.Playbook)
	rows := Rows(s, actions, time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
	// Acme applied on Monday 2026-11-02: check-confirmation is due two
	// business days later, on Wednesday the 4th (plan.Rules: check-confirmation).
	want := []Row{
		{Application: "acme-dev", Company: "Acme, Inc.", Role: "Dev", Applied: "2026-11-02", Status: "applied",
			NextAction: "check-confirmation", NextDue: "2026-11-04"},
		{Application: "beta-ops", Company: "Beta", Role: "Ops", Status: "wishlist"},
		{Application: "gamma-data", Company: "=HYPERLINK(1)", Role: "Data", Applied: "2026-11-03", Status: "rejected",
			LastEvent: "rejected", LastEventDate: "2026-11-12"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("rows:\n%+v\nwant:\n%+v", rows, want)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	wantCSV := "application,company,role,applied,status,last_event,last_event_date,next_meeting,next_action,next_due\r\n" +
		"acme-dev,\"Acme, Inc.\",Dev,2026-11-02,applied,,,,check-confirmation,2026-11-04\r\n" +
		"beta-ops,Beta,Ops,,wishlist,,,,,\r\n" +
		"gamma-data,'=HYPERLINK(1),Data,2026-11-03,rejected,rejected,2026-11-12,,,\r\n"
	if b.String() != wantCSV {
		t.Errorf("CSV:\n%q\nwant:\n%q", b.String(), wantCSV)
	}
	b.Reset()
	if err := WriteJSON(&b, rows); err != nil {
		t.Fatal(err)
	}
	var back []map[string]string
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != 3 || back[2]["company"] != "=HYPERLINK(1)" || back[0]["next_due"] != "2026-11-04" {
		t.Errorf("JSON: %s", b.String())
	}
}

// TestCalledOffMeetings: an interview called off is neither the last event
// (on the 20th, before now) nor the next meeting (on the 8th, after now):
// the last event is the reply of the 18th, the next meeting the interview
// of the 10th.
func TestCalledOffMeetings(t *testing.T) {
	dir := sitetest.New(t, map[string]string{
		"content/site.yaml": "title: T\nbase_url: https://example.com/\ntimezone: UTC\n",
		"content/applications/lark-eng.yaml": "company: Lark\nrole: Eng\napplied: 2026-11-02\nevents:\n" +
			"  - {date: 2026-11-18, type: reply}\n" +
			"  - {date: 2026-11-20T10:00, type: interview, cancelled: true}\n" +
			"  - {date: 2026-12-08T09:00, type: interview, round: 2, cancelled: true}\n" +
			"  - {date: 2026-12-10T15:30, type: interview, round: 2}\n",
	})
	s, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	rows := Rows(s, plan.Actions(s.Applications, s.Settings.Playbook), time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
	if r := rows[0]; r.LastEvent != "reply" || r.LastEventDate != "2026-11-18" || r.NextMeeting != "interview 2026-12-10T15:30" {
		t.Errorf("last event %s %s, next meeting %q; want reply 2026-11-18 and interview 2026-12-10T15:30", r.LastEvent, r.LastEventDate, r.NextMeeting)
	}
}

package feed

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/internal/toolcheck"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// inviteHunt: acme applied Mon 23 Nov 2026 with its confirmation the same
// day, so confirm-receipt, a call to Dana Smith, is due 5 business days
// later, Mon 30 Nov. beta has an interview set for Mon 7 Dec at 14:00 in
// Chicago, CST (UTC-6): 20:00 UTC, an hour long.
var inviteHunt = map[string]string{
	"content/site.yaml": "title: Jordan's hunt\nbase_url: https://jordan.github.io/hunt/\ntimezone: America/Chicago\nhistory: content\n",
	"content/applications/acme.yaml": `company: Acme Robotics
role: Backend Engineer
applied: 2026-11-23
channel: job-board
confirmation: 2026-11-23
contacts:
  - {name: Dana Smith, role: recruiter}
`,
	"content/applications/beta.yaml": `company: Beta Labs
role: Data Engineer
applied: 2026-11-02
channel: job-board
contacts:
  - {name: Lee Park, role: hiring-manager}
events:
  - {date: 2026-12-07T14:00, type: interview, with: [Lee Park]}
`,
}

// inviteSite loads inviteHunt and returns it, acme's confirm-receipt and
// beta's interview.
func inviteSite(t *testing.T) (*model.Site, *model.Action, *model.Application) {
	t.Helper()
	site, err := load.Site(sitetest.New(t, inviteHunt))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range plan.Actions(site.Applications, site.Settings.Playbook) {
		if a.App.Slug == "acme" && a.ID == "confirm-receipt" {
			return site, a, site.Applications[1]
		}
	}
	t.Fatal("no confirm-receipt")
	return nil, nil, nil
}

func query(t *testing.T, link, base string) url.Values {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Scheme+"://"+u.Host+u.Path != base {
		t.Fatalf("%s is not at %s (%v)", link, base, err)
	}
	return u.Query()
}

func TestInviteLinks(t *testing.T) {
	site, a, beta := inviteSite(t)
	base := "https://jordan.github.io/hunt/"
	iv, ok := ActionInvite(&site.Settings, a.App, a, base)
	if !ok {
		t.Fatal("no invite for a pending action")
	}
	script := "https://jordan.github.io/hunt/applications/acme/scripts/confirm-receipt/"
	g := query(t, iv.Google(), "https://calendar.google.com/calendar/render")
	if g.Get("action") != "TEMPLATE" || g.Get("dates") != "20261130/20261201" || g.Get("text") != plan.Summary(a) ||
		!strings.Contains(g.Get("details"), script) {
		t.Errorf("Google's link for the call: %v", g)
	}
	o := query(t, iv.Outlook(), "https://outlook.live.com/calendar/0/action/compose")
	if o.Get("rru") != "addevent" || o.Get("path") != "/calendar/action/compose" || o.Get("allday") != "true" ||
		o.Get("startdt") != "2026-11-30" || o.Get("enddt") != "2026-12-01" || o.Get("subject") != plan.Summary(a) ||
		!strings.Contains(o.Get("body"), script) {
		t.Errorf("Outlook's link for the call: %v", o)
	}

	m, ok := MeetingInvite(&site.Settings, beta, &beta.Events[0], base)
	if !ok {
		t.Fatal("no invite for the interview")
	}
	g = query(t, m.Google(), "https://calendar.google.com/calendar/render")
	if g.Get("dates") != "20261207T200000Z/20261207T210000Z" || !strings.HasPrefix(g.Get("text"), "Round 1 interview with Lee Park") {
		t.Errorf("Google's link for the interview: %v", g)
	}
	o = query(t, m.Outlook(), "https://outlook.live.com/calendar/0/action/compose")
	if o.Get("startdt") != "2026-12-07T20:00:00Z" || o.Get("enddt") != "2026-12-07T21:00:00Z" || o.Has("allday") {
		t.Errorf("Outlook's link for the interview: %v", o)
	}
	// "BEGIN:VCALENDAR\r\nV" in base64 (RFC 4648): "BEG" is 0x42 0x45 0x47,
	// 010000 100100 010101 000111, "QkVH"; and so on, three bytes a time.
	data := m.DataURL()
	body, ok := strings.CutPrefix(data, "data:text/calendar;charset=utf-8;base64,QkVHSU46VkNBTEVOREFSDQpW")
	if !ok || strings.ContainsAny(body, "+/&\"<> ") {
		t.Errorf("the data: URL %.80s…", data)
	}
	if ics := linkFile(t, data); string(ics) != string(m.ICS()) {
		t.Errorf("the data: URL holds %q, want the invite's file", ics)
	}
}

// TestDataURLEscapes: base64 writes "+" for 62 and "/" for 63, which are
// percent-encoded, %2B and %2F. "~~~" is 0x7E three times, 011111 100111
// 111001 111110: "fn5+". "???" is 0x3F three times, 001111 110011 111100
// 111111: "Pz8/".
func TestDataURLEscapes(t *testing.T) {
	for in, want := range map[string]string{"~~~": "fn5%2B", "???": "Pz8%2F", "a": "YQ==", "": ""} {
		if got := DataURL([]byte(in)); got != DataURLPrefix+want {
			t.Errorf("DataURL(%q) = %q, want %q", in, got, DataURLPrefix+want)
		}
		data := DataURLPrefix + want + `">`
		if n := DataURLLen(data[len(DataURLPrefix):]); n != len(want) {
			t.Errorf("DataURLLen(%q) = %d, want %d", data, n, len(want))
		}
		if got, err := ReadDataURL(want); err != nil || string(got) != in {
			t.Errorf("ReadDataURL(%q) = %q, %v, want %q", want, got, err, in)
		}
	}
}

func TestPythonICalendarReadsInvites(t *testing.T) {
	checkInvitesRead(t, "python icalendar", toolcheck.PythonICalendar(t), "testdata/icalendar-read.py")
}

func TestMozillaICalJSReadsInvites(t *testing.T) {
	checkInvitesRead(t, "ical.js", toolcheck.ICalJS(t), "testdata/icaljs-read.cjs")
}

// linkFile returns the file a data: URL of DataURL holds, percent-decoded,
// then base64-decoded, as a browser does.
func linkFile(t *testing.T, data string) []byte {
	t.Helper()
	enc, err := url.PathUnescape(strings.TrimPrefix(data, "data:text/calendar;charset=utf-8;base64,"))
	if err != nil {
		t.Fatal(err)
	}
	ics, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		t.Fatal(err)
	}
	return ics
}

// checkInvitesRead has a reader read the one-event files: one VEVENT each,
// on the day (the call) or at the time (the interview), with the feed's
// summary and an alarm (the call's at 09:00), under a UID the feed does
// not use.
func checkInvitesRead(t *testing.T, name, program, script string) {
	site, a, beta := inviteSite(t)
	base := "https://jordan.github.io/hunt/"
	call, ok1 := ActionInvite(&site.Settings, a.App, a, base)
	meeting, ok2 := MeetingInvite(&site.Settings, beta, &beta.Events[0], base)
	if !ok1 || !ok2 {
		t.Fatal("no invite")
	}
	// What the links download, as a browser decodes them.
	files := map[string][]byte{"call.ics": linkFile(t, call.DataURL()), "meeting.ics": linkFile(t, meeting.DataURL())}
	feedText := string(Site(site, plan.Actions(site.Applications, site.Settings.Playbook), base))
	want := map[string]readEvent{
		"call.ics":    {Summary: plan.Summary(a), Start: "2026-11-30", End: "2026-12-01", Alarms: []readAlarm{{Action: "DISPLAY", Trigger: 9 * 3600}}},
		"meeting.ics": {Start: "2026-12-07T20:00:00Z", End: "2026-12-07T21:00:00Z"},
	}
	for file, raw := range toolcheck.ReadFeeds(t, program, script, files) {
		var got readFeed
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Events) != 1 {
			t.Errorf("%s read %d events in %s, want 1", name, len(got.Events), file)
			continue
		}
		e, w := got.Events[0], want[file]
		if e.Start != w.Start || e.End != w.End || w.Summary != "" && e.Summary != w.Summary || len(e.Alarms) == 0 {
			t.Errorf("%s read %s as %+v", name, file, e)
		}
		if w.Alarms != nil && (e.Alarms[0].Action != "DISPLAY" || e.Alarms[0].Trigger != w.Alarms[0].Trigger) {
			t.Errorf("%s read the alarm of %s as %+v, want at 09:00", name, file, e.Alarms)
		}
		if e.UID == "" || strings.Contains(feedText, e.UID) {
			t.Errorf("%s: UID %q is empty or the feed's", file, e.UID)
		}
	}
}

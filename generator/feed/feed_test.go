package feed

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/followup-dev/followup/generator/model"
)

func TestFeedHeader(t *testing.T) {
	f := newFixture(t)
	for path, feed := range f.feeds() {
		t.Run(path, func(t *testing.T) {
			lines := strings.Split(string(feed), "\r\n")
			head := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup-dev//followup//EN", "CALSCALE:GREGORIAN"}
			if !slices.Equal(lines[:4], head) {
				t.Errorf("feed starts with %q, want %q", lines[:4], head)
			}
			if !bytes.HasSuffix(feed, []byte("\r\nEND:VCALENDAR\r\n")) {
				t.Errorf("feed does not end with END:VCALENDAR and CRLF")
			}
			for _, want := range []string{"REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H"} {
				if !slices.Contains(lines, want) {
					t.Errorf("no line %q", want)
				}
			}
			if bytes.HasPrefix(feed, []byte("\xef\xbb\xbf")) {
				t.Error("feed starts with a byte order mark")
			}
			if bytes.Contains(feed, []byte("\r\nMETHOD")) {
				t.Error("feed has a METHOD: a published feed must not")
			}
		})
	}
}

func TestCalendarNames(t *testing.T) {
	f := newFixture(t)
	feeds := f.feeds()
	for path, want := range map[string]string{
		"calendar.ics":                     `Jordan's hunt, "2026"; take 2 \o/`,
		"applications/acme/calendar.ics":   `Acme, Inc.; "Robotics" \ Labs — Backend Engineer — Café 🚀 (Jordan's hunt, "2026"; take 2 \o/)`,
		"applications/globex/calendar.ics": `Globex 東京 — SRE, Platform (Jordan's hunt, "2026"; take 2 \o/)`,
	} {
		cal := decode(t, feeds[path])
		for _, name := range []string{"NAME", "X-WR-CALNAME"} {
			if got := text(t, cal.Component, name); got != want {
				t.Errorf("%s %s = %q, want %q", path, name, got, want)
			}
		}
	}
}

func TestSiteFeedHoldsPendingActionsAndInterviews(t *testing.T) {
	f := newFixture(t)
	got := byUID(t, decode(t, Site(f.site, f.actions, testBase)))
	want := []string{
		"7f3c2a/confirm-receipt",
		"7f3c2a/thank-you/lee-park",
		"7f3c2a/decision-day",
		"7f3c2a/meeting/r1/2", // 14:00 in Chicago, CST; the phone screen before it is round 1's first meeting
		"7f3c2a/meeting/r2/1",
		"globex/status-check-1",
		"globex/move-on",
		"globex/meeting/r1/1",
	}
	for _, key := range want {
		if _, ok := got[wantUID(key)]; !ok {
			t.Errorf("no event for %s", key)
		}
	}
	if len(got) != len(want) {
		t.Errorf("feed has %d events, want %d (no done, skipped or cancelled action, no untimed phone screen, no private record)", len(got), len(want))
	}
}

func TestApplicationFeedHoldsOnlyItsOwnEvents(t *testing.T) {
	f := newFixture(t)
	got := byUID(t, decode(t, Application(f.site, f.globex, f.actions, testBase)))
	want := []string{"globex/status-check-1", "globex/move-on", "globex/meeting/r1/1"}
	for _, key := range want {
		if _, ok := got[wantUID(key)]; !ok {
			t.Errorf("no event for %s", key)
		}
	}
	if len(got) != len(want) {
		t.Errorf("feed has %d events, want %d", len(got), len(want))
	}
}

func TestFollowUpIsAllDayWithMorningAlarm(t *testing.T) {
	f := newFixture(t)
	events := byUID(t, decode(t, Site(f.site, f.actions, testBase)))
	for _, tc := range []struct {
		key, start, end, url, categories string
	}{
		{"7f3c2a/confirm-receipt", "20261110", "20261111",
			testBase + "applications/acme/scripts/confirm-receipt/", "Follow-up,Call"},
		{"7f3c2a/thank-you/lee-park", "20261117", "20261118",
			testBase + "applications/acme/scripts/thank-you/lee-park/", "Follow-up,Email"},
		{"7f3c2a/decision-day", "20261127", "20261128", testBase + "applications/acme/", "Follow-up,Milestone"},
		{"globex/move-on", "20261231", "20270101", testBase + "applications/globex/", "Follow-up,Decision"},
	} {
		t.Run(tc.key, func(t *testing.T) {
			ev, ok := events[wantUID(tc.key)]
			if !ok {
				t.Fatal("missing")
			}
			for _, p := range []struct{ name, want string }{
				{"DTSTART", tc.start}, {"DTEND", tc.end},
			} {
				got := ev.Props.Get(p.name)
				if got == nil || got.Value != p.want || got.Params.Get("VALUE") != "DATE" {
					t.Errorf("%s = %+v, want VALUE=DATE:%s", p.name, got, p.want)
				}
			}
			for name, want := range map[string]string{"TRANSP": "TRANSPARENT", "URL": tc.url, "CATEGORIES": tc.categories} {
				if got := prop(ev.Component, name); got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
			if desc := text(t, ev.Component, "DESCRIPTION"); !strings.Contains(desc, tc.url) {
				t.Errorf("DESCRIPTION does not carry %s:\n%s", tc.url, desc)
			}
			if len(ev.Children) != 1 || ev.Children[0].Name != ical.CompAlarm {
				t.Fatalf("want one VALARM, got %d children", len(ev.Children))
			}
			alarm := ev.Children[0]
			if prop(alarm, "ACTION") != "DISPLAY" || prop(alarm, "TRIGGER") != "PT9H" || text(t, alarm, "DESCRIPTION") == "" {
				t.Errorf("alarm is not a DISPLAY at PT9H with a description: %+v", alarm.Props)
			}
		})
	}
}

func TestInterviewTimesAreUTC(t *testing.T) {
	for _, tc := range []struct {
		name, zone string
		y          int
		mo         time.Month
		d, hh, mm  int
		start, end string
	}{
		{"LondonSummer", "Europe/London", 2026, 7, 15, 15, 0, "20260715T140000Z", "20260715T150000Z"},
		{"LondonWinter", "Europe/London", 2026, 1, 14, 15, 0, "20260114T150000Z", "20260114T160000Z"},
		{"LondonDaySummerTimeStarts", "Europe/London", 2026, 3, 29, 15, 0, "20260329T140000Z", "20260329T150000Z"},
		{"ChicagoSummer", "America/Chicago", 2026, 7, 15, 15, 0, "20260715T200000Z", "20260715T210000Z"},
		{"ChicagoWinter", "America/Chicago", 2026, 1, 14, 15, 0, "20260114T210000Z", "20260114T220000Z"},
		{"ChicagoDaySummerTimeEnds", "America/Chicago", 2026, 11, 1, 15, 0, "20261101T210000Z", "20261101T220000Z"},
		{"ChicagoEveningIsNextDayInUTC", "America/Chicago", 2026, 11, 17, 20, 30, "20261118T023000Z", "20261118T033000Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			loc := zone(t, tc.zone)
			d, start := at(loc, tc.y, tc.mo, tc.d, tc.hh, tc.mm)
			app := &model.Application{Slug: "acme", Company: "Acme", Role: "Engineer", Applied: day(2026, 1, 2),
				Events: []model.Event{{Date: d, Start: start, Type: model.EventInterview, Round: 1}}}
			site := &model.Site{Settings: model.Settings{Title: "Hunt", Location: loc}, Applications: []*model.Application{app}}
			feed := Site(site, nil, testBase)
			if bytes.Contains(feed, []byte("TZID")) {
				t.Error("feed names a TZID; interviews must be in UTC")
			}
			events := decode(t, feed).Events()
			if len(events) != 1 {
				t.Fatalf("%d events, want 1", len(events))
			}
			ev := events[0]
			for name, want := range map[string]string{"DTSTART": tc.start, "DTEND": tc.end, "TRANSP": "OPAQUE"} {
				if got := prop(ev.Component, name); got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
			if got := prop(ev.Component, "UID"); got != wantUID("acme/meeting/r1/1") {
				t.Errorf("UID = %s, want the hash of acme/meeting/r1/1", got)
			}
		})
	}
}

func TestUntimedInterviewIsAllDay(t *testing.T) {
	app := &model.Application{Slug: "acme", Company: "Acme", Role: "Engineer", Applied: day(2026, 11, 2),
		Events: []model.Event{
			{Date: day(2026, 11, 5), Type: model.EventPhoneScreen},
			{Date: day(2026, 11, 9), Type: model.EventInterview},
		}}
	site := &model.Site{Applications: []*model.Application{app}}
	events := decode(t, Site(site, nil, testBase)).Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want 1: the interview, not the untimed phone screen", len(events))
	}
	ev := events[0].Component
	if p := ev.Props.Get("DTSTART"); p.Value != "20261109" || p.Params.Get("VALUE") != "DATE" {
		t.Errorf("DTSTART = %+v, want VALUE=DATE:20261109", p)
	}
	if got := prop(ev, "TRANSP"); got != "TRANSPARENT" {
		t.Errorf("TRANSP = %q, want TRANSPARENT: the time is unknown", got)
	}
}

// TestSiteFeedHoldsAUIDOnce checks that two records with the same id,
// which load refuses, still cannot put one event twice in the site's feed.
func TestSiteFeedHoldsAUIDOnce(t *testing.T) {
	var apps []*model.Application
	for _, slug := range []string{"acme", "globex"} {
		apps = append(apps, &model.Application{Slug: slug, ID: "same", Company: slug, Role: "Engineer",
			Applied: day(2026, 11, 2), Events: []model.Event{{Date: day(2026, 11, 9), Type: model.EventInterview}}})
	}
	events := decode(t, Site(&model.Site{Applications: apps}, nil, testBase)).Events()
	if len(events) != 1 {
		t.Errorf("%d events, want 1: both records give the interview the same UID", len(events))
	}
}

// TestStampsOutsideGitComeFromWhatTheRecordLogs checks the stamps of a
// record with no known history: the start, anywhere on Earth (UTC+14), of
// the latest day the record logs, and the number of events it logs.
func TestStampsOutsideGitComeFromWhatTheRecordLogs(t *testing.T) {
	f := newFixture(t)
	events := byUID(t, decode(t, Site(f.site, f.actions, testBase)))
	for key, want := range map[string][2]string{
		// acme logs a thank-you on 17 November and a reply on 8 December;
		// its interviews are scheduled, so they do not count.
		"7f3c2a/confirm-receipt": {"20261207T100000Z", "2"},
		"7f3c2a/meeting/r1/2":    {"20261207T100000Z", "2"},
		"7f3c2a/meeting/r2/1":    {"20261207T100000Z", "2"},
		// globex logs only that it applied, on 5 November.
		"globex/move-on":      {"20261104T100000Z", "0"},
		"globex/meeting/r1/1": {"20261104T100000Z", "0"},
	} {
		ev := events[wantUID(key)].Component
		if got := [2]string{prop(ev, "DTSTAMP"), prop(ev, "SEQUENCE")}; got != want {
			t.Errorf("%s: DTSTAMP, SEQUENCE = %q, want %q", key, got, want)
		}
		if got := prop(ev, "LAST-MODIFIED"); got != want[0] {
			t.Errorf("%s: LAST-MODIFIED = %q, want %q", key, got, want[0])
		}
	}
}

func TestUIDsCarryNoPersonalData(t *testing.T) {
	f := newFixture(t)
	shape := regexp.MustCompile(`^[0-9a-f]{32}@jordan\.github\.io$`)
	personal := []string{"acme", "globex", "7f3c2a", "robotics", "dana", "lee", "park", "sam", "kim", "@acme.example", "555"}
	for path, feed := range f.feeds() {
		for uid := range byUID(t, decode(t, feed)) {
			if !shape.MatchString(uid) {
				t.Errorf("%s: UID %q is not 32 hex digits @ the site host", path, uid)
			}
			local := strings.ToLower(strings.TrimSuffix(uid, "@jordan.github.io"))
			for _, p := range personal {
				if strings.Contains(local, p) {
					t.Errorf("%s: UID %q contains %q", path, uid, p)
				}
			}
		}
	}
}

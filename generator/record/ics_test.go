package record

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

var (
	chicago, _ = time.LoadLocation("America/Chicago")
	owner      = model.Owner{Name: "Jordan Lee", Email: "jordan@example.com"}
)

// TestInvitations reads invitations shaped as Google Calendar, Outlook
// (a Windows zone name defined by its VTIMEZONE) and Apple Calendar send
// them. Expected starts are in America/Chicago, worked out by hand: 15:00
// in New York on 17 November (EST, -5) is 14:00 CST (-6); 10:00 Pacific on
// 30 October (PDT, -7) is 17:00 UTC, 12:00 CDT (-5); 10:30 in London on 24
// November (GMT) is 04:30 CST.
func TestInvitations(t *testing.T) {
	tests := []struct {
		file, start string
		with        []string
		organizer   Person
	}{
		{"google.ics", "2026-11-17T14:00", []string{"Lee Park"}, Person{"Dana Smith", "dana@acme.example"}},
		{"outlook.ics", "2026-10-30T12:00", []string{"Marcus Webb", "Priya Nair"}, Person{"Ruth Adler", "ruth.adler@granite.example"}},
		{"apple.ics", "2026-11-24T04:30", []string{"Marcus Webb"}, Person{"Sofia Lind", "sofia.lind@fjord.example"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "ics", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			inv, err := ReadInvitation(f, chicago, owner)
			if err != nil {
				t.Fatal(err)
			}
			if got := inv.Start.Format(model.LocalTime); got != tc.start {
				t.Errorf("start = %s, want %s", got, tc.start)
			}
			if inv.Start.Location() != chicago {
				t.Errorf("start is in %v, want the site's zone", inv.Start.Location())
			}
			if !slices.Equal(inv.With, tc.with) {
				t.Errorf("with = %q, want %q", inv.With, tc.with)
			}
			if inv.Organizer != tc.organizer {
				t.Errorf("organizer = %+v, want %+v", inv.Organizer, tc.organizer)
			}
		})
	}
}

// invite wraps lines of a VEVENT (and what comes before it) in a calendar.
func invite(before, event string) string {
	s := "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + before +
		"BEGIN:VEVENT\nUID:1@test\nDTSTAMP:20261110T000000Z\n" + event + "END:VEVENT\nEND:VCALENDAR\n"
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// TestInvitationTimes checks a UTC start, a floating one (read in the
// site's zone), and a Windows zone name in winter.
func TestInvitationTimes(t *testing.T) {
	pst := "BEGIN:VTIMEZONE\nTZID:Pacific Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\n" +
		"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0800\n" +
		"TZOFFSETTO:-0700\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
	tests := []struct{ name, cal, want string }{
		{"UTC", invite("METHOD:REQUEST\n", "DTSTART:20261117T200000Z\n"), "2026-11-17T14:00"},
		{"Floating", invite("METHOD:REQUEST\n", "DTSTART:20261117T140000\n"), "2026-11-17T14:00"},
		// 10:00 PST (-8) is 18:00 UTC, 12:00 CST.
		{"WindowsZoneWinter", invite("METHOD:REQUEST\n"+pst, "DTSTART;TZID=Pacific Standard Time:20261203T100000\n"), "2026-12-03T12:00"},
		// The Sunday the clocks go back, 1 November 2026: at 01:30 still PDT
		// (-7), 08:30 UTC, 02:30 CST (Chicago changed at 07:00 UTC); at 03:00
		// PST (-8), 11:00 UTC, 05:00 CST.
		{"WindowsZoneBeforeChange", invite(pst, "DTSTART;TZID=Pacific Standard Time:20261101T013000\n"), "2026-11-01T02:30"},
		{"WindowsZoneAfterChange", invite(pst, "DTSTART;TZID=Pacific Standard Time:20261101T030000\n"), "2026-11-01T05:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inv, err := ReadInvitation(strings.NewReader(tc.cal), chicago, owner)
			if err != nil {
				t.Fatal(err)
			}
			if got := inv.Start.Format(model.LocalTime); got != tc.want {
				t.Errorf("start = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestInvitationRefused checks the invitations that cannot give an
// interview.
func TestInvitationRefused(t *testing.T) {
	tests := []struct{ name, cal, msg string }{
		{"NotICalendar", "Subject: Interview\n\nSee you Tuesday.\n", "not a readable iCalendar file"},
		{"Reply", invite("METHOD:REPLY\n", "DTSTART:20261117T200000Z\n"), "METHOD:REPLY is not an invitation"},
		{"BadSequence", invite("METHOD:REQUEST\n", "DTSTART:20261117T200000Z\nSEQUENCE:-1\n"), "SEQUENCE:-1 is not a count"},
		{"AllDay", invite("METHOD:REQUEST\n", "DTSTART;VALUE=DATE:20261117\n"), "lasts all day"},
		{"NoStart", invite("METHOD:REQUEST\n", ""), "no DTSTART"},
		{"UnknownZone", invite("METHOD:REQUEST\n", "DTSTART;TZID=Mars Standard Time:20261117T100000\n"), `unknown time zone "Mars Standard Time"`},
		{"NoEvent", strings.ReplaceAll("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nMETHOD:REQUEST\nBEGIN:VTODO\nUID:1\nDTSTAMP:20261110T000000Z\nEND:VTODO\nEND:VCALENDAR\n", "\n", "\r\n"), "holds no event"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadInvitation(strings.NewReader(tc.cal), chicago, owner)
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("err = %v, want %q", err, tc.msg)
			}
		})
	}
}

// TestInvitationCancelled: METHOD:CANCEL and STATUS:CANCELLED give a
// cancelled invitation, one without a start included (RFC 5546 section
// 3.2.5 requires only UID, DTSTAMP and SEQUENCE of a cancellation).
func TestInvitationCancelled(t *testing.T) {
	for _, cal := range []string{
		invite("METHOD:CANCEL\n", "DTSTART:20261117T200000Z\nSEQUENCE:1\n"),
		invite("METHOD:REQUEST\n", "DTSTART:20261117T200000Z\nSTATUS:CANCELLED\n"),
		invite("METHOD:CANCEL\n", "SEQUENCE:2\n"),
	} {
		inv, err := ReadInvitation(strings.NewReader(cal), chicago, owner)
		if err != nil || !inv.Cancelled || inv.UID != "1@test" {
			t.Errorf("%q: %+v, %v; want a cancelled invitation of UID 1@test", cal, inv, err)
		}
	}
}

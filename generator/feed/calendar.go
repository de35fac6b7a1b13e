package feed

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// prodID names the product that wrote a feed (RFC 5545 section 3.7.3).
const prodID = "-//followup-dev//followup//EN"

// refresh is how often a subscribed client should fetch the feed again.
const refresh = "PT12H"

// followUpAlarm fires a follow-up's reminder at 09:00 on its day. Follow-ups
// are all-day events, and an all-day DATE start is floating: it is midnight
// wherever the viewer is. A trigger relative to the start, nine hours after
// it, is therefore 09:00 local time in every client, with no time zone.
const followUpAlarm = 9 * time.Hour

// interviewLength is the duration given to an interview or phone screen: a
// record only says when it starts, and an hour is what most of them take.
const interviewLength = time.Hour

// key is what orders the events of a feed.
type key struct {
	day   model.Date // all-day events: the day; timed ones: the local day, for ordering
	start time.Time  // timed events; zero for all-day ones
	uid   string
}

// timed reports whether the event has a time of day.
func (k *key) timed() bool { return !k.start.IsZero() }

// compare orders events by day, all-day ones before timed ones, then by
// start time and UID, so that a feed does not depend on the order of its
// input.
func (k *key) compare(o *key) int {
	if c := k.day.Compare(o.day); c != 0 {
		return c
	}
	if k.timed() != o.timed() {
		if k.timed() {
			return 1
		}
		return -1
	}
	if c := k.start.Compare(o.start); c != 0 {
		return c
	}
	return strings.Compare(k.uid, o.uid)
}

// event is one VEVENT, with its text as it should read once decoded.
type event struct {
	key
	stamp    time.Time // DTSTAMP and LAST-MODIFIED, in UTC
	sequence int       // SEQUENCE

	summary     string
	description string
	url         string
	categories  []string
	transparent bool
	cancelled   bool    // STATUS:CANCELLED
	alarms      []alarm // in the order they go off

	overdue bool // a pending action: carried to the build day when overdue (see carryOverdue)
}

// alarm is one DISPLAY reminder of an event.
type alarm struct {
	text    string
	trigger time.Duration // from the start of the event; negative: before it
}

// sortEvents puts events in feed order.
func sortEvents(events []event) {
	slices.SortStableFunc(events, func(a, b event) int { return a.compare(&b.key) })
}

// encode writes a calendar named name holding the encoded events, in order.
// There is no METHOD property: a feed is a published snapshot, not a
// scheduling message.
func encode(name string, events [][]byte) []byte {
	var w contentWriter
	size := 256
	for _, e := range events {
		size += len(e)
	}
	w.buf.Grow(size)
	w.line("BEGIN", "VCALENDAR")
	w.line("VERSION", "2.0")
	w.line("PRODID", prodID)
	w.line("CALSCALE", "GREGORIAN")
	// VALUE=TEXT is the default for both, but readers that do not know
	// these properties (ical.js) unescape their value only when it is said.
	w.text("NAME;VALUE=TEXT", name)
	w.text("X-WR-CALNAME;VALUE=TEXT", name)
	w.line("REFRESH-INTERVAL;VALUE=DURATION", refresh)
	w.line("X-PUBLISHED-TTL", refresh)
	for _, e := range events {
		w.buf.Write(e)
	}
	if len(events) == 0 {
		// RFC 5545 section 3.6 wants at least one component, and strict
		// readers refuse a calendar without one: a feed with nothing to do
		// yet holds the definition of UTC, which changes nothing.
		w.line("BEGIN", "VTIMEZONE")
		w.line("TZID", "UTC")
		w.line("BEGIN", "STANDARD")
		w.line("DTSTART", "19700101T000000")
		w.line("TZOFFSETFROM", "+0000")
		w.line("TZOFFSETTO", "+0000")
		w.line("TZNAME", "UTC")
		w.line("END", "STANDARD")
		w.line("END", "VTIMEZONE")
	}
	w.line("END", "VCALENDAR")
	return w.bytes()
}

// encode writes e as a VEVENT.
func (e *event) encode(w *contentWriter) {
	w.line("BEGIN", "VEVENT")
	w.line("UID", e.uid)
	w.line("DTSTAMP", utc(e.stamp))
	w.line("LAST-MODIFIED", utc(e.stamp))
	w.line("SEQUENCE", strconv.Itoa(e.sequence))
	if e.cancelled {
		w.line("STATUS", "CANCELLED")
	}
	if e.timed() {
		w.line("DTSTART", utc(e.start))
		w.line("DTEND", utc(e.start.Add(interviewLength)))
	} else {
		w.line("DTSTART;VALUE=DATE", e.day.Format("20060102"))
		w.line("DTEND;VALUE=DATE", e.day.AddDays(1).Format("20060102"))
	}
	w.text("SUMMARY", e.summary)
	if e.description != "" {
		w.text("DESCRIPTION", e.description)
	}
	if e.url != "" {
		w.line("URL", e.url)
	}
	if len(e.categories) > 0 {
		w.textList("CATEGORIES", e.categories)
	}
	if e.transparent {
		w.line("TRANSP", "TRANSPARENT")
	} else {
		w.line("TRANSP", "OPAQUE")
	}
	for _, a := range e.alarms {
		w.line("BEGIN", "VALARM")
		w.line("ACTION", "DISPLAY")
		w.text("DESCRIPTION", a.text)
		w.line("TRIGGER", duration(a.trigger))
		w.line("END", "VALARM")
	}
	w.line("END", "VEVENT")
}

// duration formats d as an RFC 5545 DURATION (section 3.3.6) in hours,
// minutes and seconds: "PT9H", "-PT20H30M".
func duration(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	s := sign + "PT"
	h, m, sec := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	if h > 0 {
		s += strconv.Itoa(h) + "H"
	}
	if m > 0 {
		s += strconv.Itoa(m) + "M"
	}
	if sec > 0 || h == 0 && m == 0 {
		s += strconv.Itoa(sec) + "S"
	}
	return s
}

// utc formats t as an RFC 5545 DATE-TIME in UTC ("20261117T200000Z").
func utc(t time.Time) string {
	return t.UTC().Format("20060102T150405Z")
}

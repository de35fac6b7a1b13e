package record

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// vtimezoneTime reads the local DATE-TIME value in the zone tzid as the
// invitation's VTIMEZONE defines it: the offset of the latest STANDARD or
// DAYLIGHT onset at or before that time, onsets recurring yearly by month
// and weekday (BYMONTH, BYDAY such as 2SU or -1SU) as RFC 5545 3.6.5 writes
// them.
func vtimezoneTime(cal *ical.Calendar, tzid, value string) (time.Time, error) {
	wall, err := time.Parse(icalTime, value)
	if err != nil {
		return time.Time{}, fmt.Errorf("DTSTART: %v", err)
	}
	var tz *ical.Component
	for _, c := range cal.Children {
		if p := c.Props.Get(ical.PropTimezoneID); c.Name == ical.CompTimezone && p != nil && p.Value == tzid {
			tz = c
		}
	}
	if tz == nil {
		return time.Time{}, fmt.Errorf("unknown time zone %q, and the invitation has no VTIMEZONE for it", tzid)
	}
	found, best, offset := false, time.Time{}, 0
	for _, c := range tz.Children {
		if c.Name != ical.CompTimezoneStandard && c.Name != ical.CompTimezoneDaylight {
			continue
		}
		off, err := utcOffset(c.Props.Get(ical.PropTimezoneOffsetTo))
		if err != nil {
			return time.Time{}, fmt.Errorf("VTIMEZONE %s: %v", tzid, err)
		}
		for _, onset := range onsets(c, wall.Year()) {
			if !onset.After(wall) && (!found || onset.After(best)) {
				found, best, offset = true, onset, off
			}
		}
	}
	if !found {
		return time.Time{}, fmt.Errorf("VTIMEZONE %s does not say the offset of %s", tzid, value)
	}
	return time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0,
		time.FixedZone(tzid, offset)), nil
}

// utcOffset reads a UTC-OFFSET value such as -0800 or +0530, in seconds.
func utcOffset(p *ical.Prop) (int, error) {
	if p == nil {
		return 0, fmt.Errorf("no TZOFFSETTO")
	}
	v := p.Value
	if len(v) != 5 && len(v) != 7 || v[0] != '+' && v[0] != '-' {
		return 0, fmt.Errorf("bad UTC offset %q", v)
	}
	h, err1 := strconv.Atoi(v[1:3])
	m, err2 := strconv.Atoi(v[3:5])
	s := 0
	var err3 error
	if len(v) == 7 {
		s, err3 = strconv.Atoi(v[5:7])
	}
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, fmt.Errorf("bad UTC offset %q", v)
	}
	off := h*3600 + m*60 + s
	if v[0] == '-' {
		off = -off
	}
	return off, nil
}

// onsets returns the onsets of a STANDARD or DAYLIGHT component in the
// year before and the year of y, as wall-clock times: its DTSTART alone,
// or the yearly rule's days from DTSTART on.
func onsets(c *ical.Component, y int) []time.Time {
	p := c.Props.Get(ical.PropDateTimeStart)
	if p == nil {
		return nil
	}
	first, err := time.Parse(icalTime, p.Value)
	if err != nil {
		return nil
	}
	rule := c.Props.Get(ical.PropRecurrenceRule)
	if rule == nil {
		return []time.Time{first}
	}
	parts := map[string]string{}
	for _, kv := range strings.Split(rule.Value, ";") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			parts[strings.ToUpper(k)] = strings.ToUpper(v)
		}
	}
	month, err := strconv.Atoi(parts["BYMONTH"])
	if parts["FREQ"] != "YEARLY" || err != nil || len(parts["BYDAY"]) < 3 {
		return []time.Time{first}
	}
	day := parts["BYDAY"]
	n, err := strconv.Atoi(day[:len(day)-2])
	wd, ok := weekdays[day[len(day)-2:]]
	if err != nil || !ok || n == 0 {
		return []time.Time{first}
	}
	var until time.Time
	if u := parts["UNTIL"]; u != "" {
		until, _ = time.Parse(icalTime, strings.TrimSuffix(u, "Z"))
	}
	var out []time.Time
	for year := y - 1; year <= y; year++ {
		d := nthWeekday(year, time.Month(month), n, wd)
		t := time.Date(year, d.Month(), d.Day(), first.Hour(), first.Minute(), first.Second(), 0, time.UTC)
		if !t.Before(first) && (until.IsZero() || !t.After(until)) {
			out = append(out, t)
		}
	}
	return out
}

var weekdays = map[string]time.Weekday{"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday,
	"WE": time.Wednesday, "TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday}

// nthWeekday returns the n-th weekday wd of the month, counted from its
// end when n is negative (-1: the last).
func nthWeekday(year int, month time.Month, n int, wd time.Weekday) time.Time {
	if n > 0 {
		d := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
		d = d.AddDate(0, 0, (int(wd)-int(d.Weekday())+7)%7)
		return d.AddDate(0, 0, 7*(n-1))
	}
	d := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
	d = d.AddDate(0, 0, -((int(d.Weekday()) - int(wd) + 7) % 7))
	return d.AddDate(0, 0, 7*(n+1))
}

package importer

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// dateForms says, for messages, which dates parseDate reads.
const dateForms = "YYYY-MM-DD, an ISO 8601 time, M/D/YY or M/D/YYYY (with or without a time), or D.M.YYYY"

var (
	// slashDate is the US order LinkedIn writes: "1/15/26, 9:05 AM".
	slashDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?$`)
	// dotDate is the day-first order of German and other locales: "15.01.2026".
	dotDate = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// epoch is a Unix time in seconds or milliseconds.
	epoch = regexp.MustCompile(`^\d{10}(\d{3})?$`)
)

// isoLayouts are the ISO 8601 forms read, zoned ones first.
var isoLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00"}
var localLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", time.DateOnly}

// parseDate reads the day of s. A time with a zone or offset, such as
// Huntr's 2026-01-15T20:05:00.000Z, is converted to the site's time zone
// loc first; a time without one is taken as it reads.
func parseDate(s string, loc *time.Location) (model.Date, bool) {
	s = strings.TrimSpace(s)
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return model.DateOf(t.In(loc)), true
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return model.DateOf(t), true
		}
	}
	if m := slashDate.FindStringSubmatch(s); m != nil {
		return dayOf(m[3], m[1], m[2])
	}
	if m := dotDate.FindStringSubmatch(s); m != nil {
		return dayOf(m[3], m[2], m[1])
	}
	if epoch.MatchString(s) {
		n, _ := strconv.ParseInt(s, 10, 64)
		if len(s) == 13 {
			return model.DateOf(time.UnixMilli(n).In(loc)), true
		}
		return model.DateOf(time.Unix(n, 0).In(loc)), true
	}
	return model.Date{}, false
}

// dayOf checks and returns the day of a year, month and day in digits; a
// year of two digits is in this century.
func dayOf(year, month, day string) (model.Date, bool) {
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	if len(year) == 2 {
		y += 2000
	}
	date := model.NewDate(y, time.Month(m), d)
	if m < 1 || m > 12 || d < 1 || date.Format("2") != strconv.Itoa(d) {
		return model.Date{}, false
	}
	return date, true
}

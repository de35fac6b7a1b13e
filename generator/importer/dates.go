package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// dateForms says, for messages, which dates parseDate reads.
const dateForms = `YYYY-MM-DD, YYYY/MM/DD, an ISO 8601 time, "3 Dec 2026" or "Dec 3, 2026", or the day, month and year with slashes (M/D/YYYY or D/M/YYYY, with or without a time; -dates says which when both could be) or dots (D.M.YYYY)`

// The orders of a date with slashes, the values of -dates.
const (
	OrderDMY = "dmy" // 03/12/2026 is 3 December 2026
	OrderMDY = "mdy" // 03/12/2026 is 12 March 2026
)

// wordLayouts are dates with the month's name, and year-first dates with
// slashes, which read one way only.
var wordLayouts = []string{"2 Jan 2006", "2 January 2006", "Jan 2, 2006", "January 2, 2006", "Jan 2 2006",
	"January 2 2006", "2-Jan-2006", "2006/1/2"}

var (
	// slashDate is a day with slashes: the US order LinkedIn writes,
	// "1/15/26, 9:05 AM", or day first.
	slashDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?$`)
	// dotDate is the day-first order of German and other locales: "15.01.2026".
	dotDate = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// epoch is a Unix time in seconds or milliseconds.
	epoch = regexp.MustCompile(`^\d{10}(\d{3})?$`)
)

// isoLayouts are the ISO 8601 forms read, zoned ones first.
var isoLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00"}
var localLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", time.DateOnly}

// ambiguous is a date with slashes that reads as two days, month first
// and day first.
type ambiguous struct{ mdy, dmy model.Date }

func (a *ambiguous) Error() string {
	return fmt.Sprintf("it reads as %s (-dates mdy) or as %s (-dates dmy)", a.mdy.Format("2 January 2006"), a.dmy.Format("2 January 2006"))
}

// parseDate reads the day of s. A time with a zone or offset, such as
// Huntr's 2026-01-15T20:05:00.000Z, is converted to the site's time zone
// loc first; a time without one is taken as it reads. A date with slashes
// is read in order (OrderMDY or OrderDMY); with no order, one that reads
// as two days is an *ambiguous error, and one that reads as one day only
// (1/15/26, 15/1/26) is read so. Any other date that cannot be read gives
// ok false.
func parseDate(s string, loc *time.Location, order string) (d model.Date, ok bool, err *ambiguous) {
	d, ok = parseOther(s, loc)
	if ok {
		return d, true, nil
	}
	m := slashDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return model.Date{}, false, nil
	}
	mdy, okMDY := dayOf(m[3], m[1], m[2])
	dmy, okDMY := dayOf(m[3], m[2], m[1])
	switch {
	case order == OrderMDY:
		return mdy, okMDY, nil
	case order == OrderDMY:
		return dmy, okDMY, nil
	case okMDY && okDMY && mdy != dmy:
		return model.Date{}, false, &ambiguous{mdy, dmy}
	case okMDY:
		return mdy, true, nil
	}
	return dmy, okDMY, nil
}

// parseOther reads the dates that are not M/D/Y nor D/M/Y.
func parseOther(s string, loc *time.Location) (model.Date, bool) {
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
	for _, l := range wordLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return model.DateOf(t), true
		}
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

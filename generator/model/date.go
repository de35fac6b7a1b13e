package model

import (
	"fmt"
	"time"
)

// Date is a calendar day with no time of day and no time zone.
// The zero Date means "not set".
type Date struct {
	t time.Time // midnight UTC
}

// NewDate returns the date y-m-d, normalised like time.Date.
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// LocalTime is the layout of a time of day as a record writes it, in the
// site's time zone: 2026-11-17T14:00.
const LocalTime = "2006-01-02T15:04"

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// The years a date may fall in. Outside them a date is a typo (20226 for
// 2026), and follow-ups computed from it would land where no calendar goes.
const (
	MinYear = 1900
	MaxYear = 2200
)

// ParseDate parses YYYY-MM-DD and rejects impossible days such as 2026-02-30
// and years outside MinYear to MaxYear.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD, a real calendar day", s)
	}
	if err := CheckYear(t); err != nil {
		return Date{}, fmt.Errorf("date %q: %w", s, err)
	}
	return Date{t}, nil
}

// CheckYear returns an error when the year of t is outside MinYear to MaxYear.
func CheckYear(t time.Time) error {
	if y := t.Year(); y < MinYear || y > MaxYear {
		return fmt.Errorf("year %d is out of range (want %d to %d)", y, MinYear, MaxYear)
	}
	return nil
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String formats d as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// Time returns midnight of d in UTC.
func (d Date) Time() time.Time { return d.t }

// In returns midnight of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	y, m, dd := d.t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// AddDays returns d plus n calendar days.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// AddBusinessDays returns d plus n days that are not Saturday or Sunday.
// Starting on a weekend, the first business day counted is the Monday after.
func (d Date) AddBusinessDays(n int) Date {
	for n > 0 {
		d = d.AddDays(1)
		if !d.IsWeekend() {
			n--
		}
	}
	return d
}

// IsWeekend reports whether d is a Saturday or a Sunday.
func (d Date) IsWeekend() bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// NextWeekday returns d, or the Monday after it when d falls on a weekend.
func (d Date) NextWeekday() Date {
	for d.IsWeekend() {
		d = d.AddDays(1)
	}
	return d
}

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int { return d.t.Compare(o.t) }

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.t.Before(o.t) }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.t.After(o.t) }

// DaysUntil returns the number of calendar days from d to o (negative when o is earlier).
func (d Date) DaysUntil(o Date) int {
	return int(o.t.Sub(d.t).Hours() / 24)
}

// Format formats d with a time layout, such as "Monday 2 January 2006".
func (d Date) Format(layout string) string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(layout)
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// End returns the last instant of d in loc: the "now" of a day given
// instead of the clock, when everything of that day has happened.
func (d Date) End(loc *time.Location) time.Time {
	return d.AddDays(1).In(loc).Add(-time.Nanosecond)
}

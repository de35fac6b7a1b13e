// Package holiday tells which days are public holidays where the job
// seeker lives, from the kept rules of github.com/rickar/cal/v2 (no table
// of our own), so that the playbook's business days skip them as they skip
// weekends.
package holiday

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/rickar/cal/v2"

	"github.com/followup-dev/followup/generator/model"
)

// Codes returns every code the setting playbook.holidays takes, sorted: an
// ISO 3166-1 country code ("US"), or a country and one of its regions that
// the library keeps ("DE-BY").
func Codes() []string {
	var out []string
	for c, regions := range countries {
		for r := range regions {
			if r == "" {
				out = append(out, c)
			} else {
				out = append(out, c+"-"+r)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Countries returns the country codes that have holidays, sorted.
func Countries() []string { return slices.Sorted(maps.Keys(countries)) }

// lookup returns the holidays of code. A region the library does not keep
// for a known country (US-NY) has the country's holidays.
func lookup(code string) ([]*cal.Holiday, error) {
	country, region, _ := strings.Cut(strings.ToUpper(code), "-")
	regions, ok := countries[country]
	if !ok {
		return nil, fmt.Errorf("no public holidays known for %q: use an ISO country code, one of %s, optionally with a region (DE-BY)",
			code, strings.Join(Countries(), ", "))
	}
	if h, ok := regions[region]; ok {
		return h, nil
	}
	return regions[""], nil
}

// Check reports whether code is a code Closed knows.
func Check(code string) error {
	_, err := lookup(code)
	return err
}

var calendars sync.Map // code → *cal.Calendar

// Closed returns whether a day is a public holiday of code (on the day
// itself or on the day it is observed, such as the Friday before a
// Saturday Christmas in the US) or one of extra; nil when code is "" and
// there are no extra days. An unknown code has no holidays (load refuses
// it).
func Closed(code string, extra []model.Date) func(model.Date) bool {
	if code == "" && len(extra) == 0 {
		return nil
	}
	var c *cal.Calendar
	if code != "" {
		if v, ok := calendars.Load(code); ok {
			c = v.(*cal.Calendar)
		} else if hs, err := lookup(code); err == nil {
			c = &cal.Calendar{Cacheable: true}
			c.AddHoliday(hs...)
			v, _ := calendars.LoadOrStore(code, c)
			c = v.(*cal.Calendar)
		}
	}
	return func(d model.Date) bool {
		if slices.ContainsFunc(extra, func(x model.Date) bool { return x.Compare(d) == 0 }) {
			return true
		}
		if c == nil {
			return false
		}
		actual, observed, _ := c.IsHoliday(d.Time())
		return actual || observed
	}
}

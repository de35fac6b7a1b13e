package plan

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// TestHolidays: with playbook.holidays, business days skip public holidays
// and a due date on one moves to the next business day, as from a weekend.
// Every date is worked out by hand from the calendars of 2026 and 2027 and
// the holidays rickar/cal keeps: in the US, Christmas (Fri 25 Dec 2026;
// Sat 25 Dec 2027, observed Fri 24 Dec) and New Year (Fri 1 Jan 2027); in
// Bayern (DE-BY), Christmas (25 and 26 Dec), New Year, Epiphany (Wed 6 Jan
// 2027) and Corpus Christi (Thu 27 May 2027: Easter Sunday 28 March + 60
// days), the last two not holidays in the rest of Germany.
func TestHolidays(t *testing.T) {
	applied := func(day string, events ...model.Event) *model.Application {
		a := record(t, events...)
		a.Applied = sitetest.Date(t, day)
		return a
	}
	screen := func(day string) *model.Application {
		return applied("2026-11-02", event(t, day, model.EventPhoneScreen, with("Dana Smith")))
	}
	cases := []struct {
		name     string
		holidays string
		extra    []string
		app      *model.Application
		id       string
		want     string // with the holidays
		without  string // without them
	}{
		// Tue 22 Dec + 5 business days: Wed 23, Thu 24, (Fri 25), Mon 28, Tue 29, Wed 30.
		{"USChristmasInBusinessDays", "US", nil, applied("2026-12-22"), "confirm-receipt", "2026-12-30", "2026-12-29"},
		// Wed 30 Dec + 2 business days: Thu 31, (Fri 1 Jan), Mon 4 Jan.
		{"USNewYear", "US", nil, applied("2026-12-30"), "check-confirmation", "2027-01-04", "2027-01-01"},
		// A screen on Thu 24 Dec + 1 day is Christmas: to Monday 28.
		{"USDueOnChristmas", "US", nil, screen("2026-12-24"), "screen-follow-up", "2026-12-28", "2026-12-25"},
		// Thu 23 Dec 2027 + 1 day is the Friday Christmas is observed on: to Monday 27.
		{"USObserved", "US", nil, screen("2027-12-23"), "screen-follow-up", "2027-12-27", "2027-12-24"},
		// A state the library has no list of keeps the country's.
		{"USNewYorkIsUS", "US-NY", nil, applied("2026-12-30"), "check-confirmation", "2027-01-04", "2027-01-01"},
		// Wed 23 Dec + 2 business days: Thu 24, (Fri 25, Sat 26), Mon 28.
		{"BayernChristmas", "DE-BY", nil, applied("2026-12-23"), "check-confirmation", "2026-12-28", "2026-12-25"},
		// Mon 4 Jan + 2 business days: Tue 5, (Wed 6, Epiphany), Thu 7.
		{"BayernEpiphany", "DE-BY", nil, applied("2027-01-04"), "check-confirmation", "2027-01-07", "2027-01-06"},
		{"GermanyNoEpiphany", "DE", nil, applied("2027-01-04"), "check-confirmation", "2027-01-06", "2027-01-06"},
		// A screen on Wed 26 May + 1 day is Corpus Christi in Bayern: to Friday 28.
		{"BayernCorpusChristi", "DE-BY", nil, screen("2027-05-26"), "screen-follow-up", "2027-05-28", "2027-05-27"},
		// Tue 22 Dec + 2 business days with the 24th off too: Wed 23, (Thu 24, Fri 25), Mon 28.
		{"ExtraDay", "US", []string{"2026-12-24"}, applied("2026-12-22"), "check-confirmation", "2026-12-28", "2026-12-24"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pb := model.Playbook{Holidays: tc.holidays}
			for _, d := range tc.extra {
				pb.ExtraDays = append(pb.ExtraDays, sitetest.Date(t, d))
			}
			if got := must(t, plan(tc.app, pb), tc.id).Due.String(); got != tc.want {
				t.Errorf("%s with %s %v: due %s, want %s", tc.id, tc.holidays, tc.extra, got, tc.want)
			}
			if got := must(t, plan(tc.app, model.Playbook{}), tc.id).Due.String(); got != tc.without {
				t.Errorf("%s without holidays: due %s, want %s", tc.id, got, tc.without)
			}
		})
	}
}

package report

import (
	"reflect"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// weekSummary is what the recent tests compare of a week: its days, its
// count of activities, and whether it falls short.
type weekSummary struct {
	start, end string
	n          int
	short      bool
}

func summarize(log *Log) []weekSummary {
	var got []weekSummary
	for _, w := range log.Weeks {
		got = append(got, weekSummary{w.Start.String(), w.End.String(), len(w.Activities), w.Short})
	}
	return got
}

// TestRecentMondayWeeks: the hunt's latest activity is the job fair of
// Thursday the 19th (Acme's rejection of the 25th is the employer's doing),
// so the four weeks are those of Monday 2026-02-23 to Sunday 2026-03-22.
// The first has no activity and falls short of the 2 asked.
func TestRecentMondayWeeks(t *testing.T) {
	log, err := Recent(loadHunt(t, "{per_week: 2}"))
	if err != nil {
		t.Fatal(err)
	}
	want := []weekSummary{
		{"2026-02-23", "2026-03-01", 0, true},
		{"2026-03-02", "2026-03-08", 3, false},
		{"2026-03-09", "2026-03-15", 2, false},
		{"2026-03-16", "2026-03-22", 5, false},
	}
	if got := summarize(log); !reflect.DeepEqual(got, want) {
		t.Errorf("weeks %+v\nwant %+v", got, want)
	}
	if log.Total != 10 {
		t.Errorf("total %d, want 10", log.Total)
	}
}

// TestRecentSundayWeeks: with weeks from Sunday, Thursday the 19th falls in
// the week of Sunday the 15th to Saturday the 21st, so the four weeks run
// from Sunday 2026-02-22.
func TestRecentSundayWeeks(t *testing.T) {
	log, err := Recent(loadHunt(t, "{per_week: 3, week_starts: sunday}"))
	if err != nil {
		t.Fatal(err)
	}
	want := []weekSummary{
		{"2026-02-22", "2026-02-28", 0, true},
		{"2026-03-01", "2026-03-07", 3, false},
		{"2026-03-08", "2026-03-14", 2, true},
		{"2026-03-15", "2026-03-21", 5, false},
	}
	if got := summarize(log); !reflect.DeepEqual(got, want) {
		t.Errorf("weeks %+v\nwant %+v", got, want)
	}
}

// TestRecentNoActivity: a hunt of wishlist records only has no weeks to show.
func TestRecentNoActivity(t *testing.T) {
	site := &model.Site{Applications: []*model.Application{
		{Slug: "evergreen", Company: "Evergreen", Role: "Planner", Status: model.StatusWishlist,
			Events: []model.Event{{Date: day("2026-01-06"), Type: model.EventConfirmation}}},
	}}
	if d, ok := Latest(site); ok {
		t.Errorf("Latest = %s, want none", d)
	}
	log, err := Recent(site)
	if err != nil || log != nil {
		t.Errorf("Recent = %+v, %v; want nil, nil", log, err)
	}
}

// TestLastWeek: the last whole week before a day, by the week's first day.
func TestLastWeek(t *testing.T) {
	for _, c := range []struct {
		today    string
		first    time.Weekday
		from, to string
	}{
		{"2026-03-18", time.Monday, "2026-03-09", "2026-03-15"}, // a Wednesday
		{"2026-03-16", time.Monday, "2026-03-09", "2026-03-15"}, // a Monday: last week is whole
		{"2026-03-15", time.Monday, "2026-03-02", "2026-03-08"}, // a Sunday: its own week is not over
		{"2026-03-18", time.Sunday, "2026-03-08", "2026-03-14"},
	} {
		from, to := LastWeek(day(c.today), c.first)
		if from.String() != c.from || to.String() != c.to {
			t.Errorf("LastWeek(%s, %s) = %s to %s, want %s to %s", c.today, c.first, from, to, c.from, c.to)
		}
	}
}

// TestLatestCountsActivities: a workshop after the last application is the
// latest activity.
func TestLatestCountsActivities(t *testing.T) {
	site := loadHunt(t, "")
	site.Activities = append(site.Activities, &model.Activity{Slug: "late", Date: day("2026-04-02"), Type: model.ActivityWorkshop, Text: "x"})
	if d, ok := Latest(site); !ok || d.String() != "2026-04-02" {
		t.Errorf("Latest = %s, %v; want 2026-04-02", d, ok)
	}
}

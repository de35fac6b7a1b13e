package report

import (
	"reflect"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestRecentMondayWeeks: the fixture's latest activity is Dunmore's network
// contact of Saturday the 24th (Acme's rejection of the 28th and the
// confirmations are the employers' doing), so the four weeks are those of
// Monday 2025-12-29 to Sunday 2026-01-25. The first holds Dunmore's
// application of the 2nd alone, and falls short of the 3 asked.
func TestRecentMondayWeeks(t *testing.T) {
	log, err := Recent(loadFixture(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	week0 := []Activity{
		{day("2026-01-02"), "Dunmore Coffee", "Barista", "", HowOnline, "", "Applied", waitingReply, "dunmore"},
	}
	want := []Week{
		{Start: day("2025-12-29"), End: day("2026-01-04"), Activities: week0, Short: true},
		{Start: day("2026-01-05"), End: day("2026-01-11"), Activities: week1},
		{Start: day("2026-01-12"), End: day("2026-01-18"), Activities: week2, Short: true},
		{Start: day("2026-01-19"), End: day("2026-01-25"), Activities: week3},
	}
	if !reflect.DeepEqual(log.Weeks, want) {
		t.Fatalf("weeks:\n%+v\nwant:\n%+v", log.Weeks, want)
	}
	if got, want := log.From.String()+" "+log.To.String(), "2025-12-29 2026-01-25"; got != want {
		t.Errorf("period %s, want %s", got, want)
	}
	if log.Total != 10 {
		t.Errorf("total %d, want 10", log.Total)
	}
}

// TestRecentSundayWeeks: with weeks from Sunday, Saturday the 24th ends its
// week, so the four weeks run from Sunday 2025-12-28 to Saturday 2026-01-24,
// each whole.
func TestRecentSundayWeeks(t *testing.T) {
	log, err := Recent(loadFixture(t, "base_url: https://example.com/\nreport: {per_week: 2, week_starts: sunday}\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := summarize(log)
	want := []weekSummary{
		{"2025-12-28", "2026-01-03", 1, true},
		{"2026-01-04", "2026-01-10", 3, false},
		{"2026-01-11", "2026-01-17", 2, false},
		{"2026-01-18", "2026-01-24", 4, false},
	}
	if !reflect.DeepEqual(got, want) {
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

package plan

import (
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// TestApplyBy checks the one action of a wishlist record: it never falls
// after the posting's last day, and only a wishlist record has it.
func TestApplyBy(t *testing.T) {
	wish := func(t *testing.T, applyBy string) *model.Application {
		a := record(t)
		a.Applied, a.Status = model.Date{}, model.StatusWishlist
		if applyBy != "" {
			a.ApplyBy = sitetest.Date(t, applyBy)
		}
		return a
	}
	t.Run("SundayMovesBackToFriday", func(t *testing.T) {
		// Sun 2026-11-29: the Friday before is 2026-11-27.
		m := plan(wish(t, "2026-11-29"), model.Playbook{})
		if got, want := must(t, m, "apply-by").Due.String(), "2026-11-27"; got != want {
			t.Errorf("due %s, want %s", got, want)
		}
		if len(m) != 1 {
			t.Errorf("a wishlist record has %v, want apply-by alone", keys(m))
		}
	})
	t.Run("OffsetCountsBack", func(t *testing.T) {
		// Mon 2026-11-30 less 2 business days (Fri 27, Thu 26) = Thu 2026-11-26.
		pb := model.Playbook{Offsets: map[string]model.Offset{"apply-by": {N: 2, Business: true}}}
		if got, want := must(t, plan(wish(t, "2026-11-30"), pb), "apply-by").Due.String(), "2026-11-26"; got != want {
			t.Errorf("due %s, want %s", got, want)
		}
	})
	t.Run("HolidayMovesBack", func(t *testing.T) {
		// Fri 25 Dec 2026 is Christmas in the US: the business day before
		// is Thu 24 Dec. Without holidays it stays on the 25th.
		pb := model.Playbook{Holidays: "US"}
		if got, want := must(t, plan(wish(t, "2026-12-25"), pb), "apply-by").Due.String(), "2026-12-24"; got != want {
			t.Errorf("due %s, want %s", got, want)
		}
		if got, want := must(t, plan(wish(t, "2026-12-25"), model.Playbook{}), "apply-by").Due.String(), "2026-12-25"; got != want {
			t.Errorf("without holidays: due %s, want %s", got, want)
		}
	})
	t.Run("KeepWeekends", func(t *testing.T) {
		pb := model.Playbook{Weekends: model.WeekendsKeep}
		if got, want := must(t, plan(wish(t, "2026-11-29"), pb), "apply-by").Due.String(), "2026-11-29"; got != want {
			t.Errorf("due %s, want %s", got, want)
		}
	})
	t.Run("NoDateNoAction", func(t *testing.T) {
		if m := plan(wish(t, ""), model.Playbook{}); len(m) != 0 {
			t.Errorf("actions %v, want none", keys(m))
		}
	})
	t.Run("AppliedHasNone", func(t *testing.T) {
		a := record(t)
		a.ApplyBy = sitetest.Date(t, "2026-11-30")
		if _, ok := plan(a, model.Playbook{})["apply-by"]; ok {
			t.Error("an applied record has apply-by")
		}
	})
	t.Run("Skipped", func(t *testing.T) {
		a := wish(t, "2026-11-30")
		a.Skip = []string{"apply-by"}
		if got := must(t, plan(a, model.Playbook{}), "apply-by").State; got != model.StateSkipped {
			t.Errorf("state %s, want skipped", got)
		}
	})
}

package load

import (
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

func TestSettingsReport(t *testing.T) {
	const base = "base_url: https://x.example/\n"
	for _, c := range []struct {
		name, text string
		want       model.Report
		err        string
	}{
		{"Default", base, model.Report{WeekStarts: time.Monday}, ""},
		{"DesignExample", base + "report: {per_week: 3, week_starts: monday}\n", model.Report{PerWeek: 3, WeekStarts: time.Monday}, ""},
		{"Sunday", base + "report:\n  week_starts: sunday\n", model.Report{WeekStarts: time.Sunday}, ""},
		{"ErrNegative", base + "report: {per_week: -1}\n", model.Report{WeekStarts: time.Monday},
			`content/site.yaml:2:20: "per_week" should be a whole number from 0 to 100, not "-1"`},
		{"ErrWord", base + "report: {per_week: three}\n", model.Report{WeekStarts: time.Monday},
			`content/site.yaml:2:20: "per_week" should be a whole number from 0 to 100, not "three"`},
		{"ErrWeekStart", base + "report: {week_starts: tuesday}\n", model.Report{WeekStarts: time.Monday},
			`content/site.yaml:2:23: unknown week start "tuesday" (want monday or sunday)`},
		{"NewYork", base + "report: {rules: us-ny}\n", model.Report{Rules: model.RulesNewYork, WeekStarts: time.Monday}, ""},
		{"TexasWithItsNumber", base + "report: {rules: us-tx, per_week: 5}\n", model.Report{Rules: model.RulesTexas, PerWeek: 5, WeekStarts: time.Monday}, ""},
		{"ErrTexasWithoutNumber", base + "report: {rules: us-tx}\n", model.Report{Rules: model.RulesTexas, WeekStarts: time.Monday},
			`content/site.yaml:2:17: rules: us-tx takes the weekly number of activities from per_week: set the number your local workforce board asks, such as {rules: us-tx, per_week: 3}`},
		{"ErrRulesTypo", base + "report: {rules: us-nyc}\n", model.Report{WeekStarts: time.Monday},
			`content/site.yaml:2:17: unknown work-search rules "us-nyc", did you mean "us-ny"? (want us-ny, us-wa, us-tx, uk or de)`},
		{"ErrUnknownKey", base + "report: {perweek: 3}\n", model.Report{WeekStarts: time.Monday},
			`content/site.yaml:2:10: unknown key "perweek", did you mean "per_week"?`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, errs := SettingsFile("content/site.yaml", []byte(c.text))
			got := ""
			if len(errs) > 0 {
				got = errs.Error()
			}
			if got != c.err || s.Report != c.want {
				t.Errorf("report %+v, errors %q; want %+v, %q", s.Report, got, c.want, c.err)
			}
		})
	}
}

package load

import (
	"regexp"
	"strconv"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// The settings of the calendar feeds: where their revision stamps come
// from (history) and the alarms of interviews (playbook.interview_alarms).

var histories = []string{model.HistoryAuto, model.HistoryGit, model.HistoryContent}

// history decodes the history setting.
func (d *decoder) history(f fields, s *model.Settings) {
	if h := d.enum(f, "history", "history setting", histories); h != "" {
		s.History = h
	}
}

// DefaultReminders are the alarms of an interview unless the settings say
// otherwise: the evening before at 18:00, and an hour before it starts.
func DefaultReminders() []model.Reminder {
	return []model.Reminder{{DayBefore: true, At: 18 * time.Hour}, {Before: time.Hour}}
}

var (
	dayBeforeAt = regexp.MustCompile(`^the day before at ([01][0-9]|2[0-3]):([0-5][0-9])$`)
	before      = regexp.MustCompile(`^([1-9][0-9]{0,3})(m|h) before$`)
)

// reminders decodes playbook.interview_alarms, a list such as
// ["the day before at 18:00", "1h before", "30m before"]. An empty list
// turns the alarms of interviews off.
func (d *decoder) reminders(f fields) []model.Reminder {
	out := []model.Reminder{}
	for _, item := range d.strings(f, "interview_alarms") {
		if m := dayBeforeAt.FindStringSubmatch(item.text); m != nil {
			h, _ := strconv.Atoi(m[1])
			mm, _ := strconv.Atoi(m[2])
			out = append(out, model.Reminder{DayBefore: true, At: time.Duration(h)*time.Hour + time.Duration(mm)*time.Minute})
			continue
		}
		if m := before.FindStringSubmatch(item.text); m != nil {
			n, _ := strconv.Atoi(m[1])
			unit := time.Minute
			if m[2] == "h" {
				unit = time.Hour
			}
			out = append(out, model.Reminder{Before: time.Duration(n) * unit})
			continue
		}
		d.errorf(item.node, `interview alarm %q should read "the day before at HH:MM" or "N before", N such as 30m or 1h`, item.text)
	}
	return out
}

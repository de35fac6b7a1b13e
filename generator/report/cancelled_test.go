package report

import (
	"reflect"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// TestMeetingsThatNeverTookPlace leaves out of the log an interview the
// record marks called off and one dated after the application ended by
// the owner's withdrawal: neither was a search activity. The phone screen
// that took place is one.
func TestMeetingsThatNeverTookPlace(t *testing.T) {
	d := func(day int) model.Date { return model.NewDate(2026, time.March, day) }
	a := &model.Application{Slug: "lark", Company: "Lark", Role: "Engineer", Applied: d(2), Events: []model.Event{
		{Date: d(5), Type: model.EventPhoneScreen},
		{Date: d(10), Type: model.EventInterview, Cancelled: true},
		{Date: d(12), Type: model.EventWithdrew},
		{Date: d(16), Type: model.EventInterview},
	}}
	var got []string
	for _, act := range activities(a, d(1), d(31), false) {
		got = append(got, act.Date.String()+" "+act.Kind)
	}
	want := []string{"2026-03-02 applied", "2026-03-05 phone-screen"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("activities %q, want %q", got, want)
	}
}

package load

import (
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// activityKeys are the keys of a file of content/activities/.
var activityKeys = []string{"date", "type", "text", "where", "hours"}

// maxHours caps the hours of one activity: a day.
const maxHours = 24

// Activity decodes the activity at path (a slash path such as
// content/activities/2026-01-14-resume-workshop.yaml, whose base name gives
// the slug) from data. It returns nil and every problem found when the file
// is not valid.
func Activity(p string, data []byte) (*model.Activity, model.ErrorList) {
	d := &decoder{path: p}
	slug := strings.TrimSuffix(path.Base(p), ".yaml")
	act := &model.Activity{Slug: slug, Path: p}
	if !model.ValidSlug(slug) {
		d.errorf(nil, "file name %q is not a valid slug: use lowercase letters, digits and single hyphens%s",
			path.Base(p), slugHint(slug, ".yaml"))
	}
	if !d.utf8Text(data) {
		return nil, d.errs
	}
	top, ok := d.parse(data)
	if !ok {
		return nil, d.errs
	}
	f := d.mapping(top, "an activity", activityKeys)
	if !f.has("date") {
		d.missing(f, "date")
	}
	act.Date = d.date(f, "date")
	if !f.has("type") {
		d.missing(f, "type")
	}
	act.Type = d.enum(f, "type", "activity type", model.ActivityTypes)
	act.Text = d.required(f, "text")
	act.Where = d.text(f, "where")
	act.Hours = d.hours(f)
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	return act, nil
}

// hours returns the value of "hours": a number of hours above 0, at most a
// day, such as 2 or 1.5.
func (d *decoder) hours(f fields) float64 {
	v := d.scalar(f, "hours")
	if v == nil {
		return 0
	}
	h, err := strconv.ParseFloat(v.Value, 64)
	if err != nil || math.IsNaN(h) || h <= 0 || h > maxHours {
		d.errorf(v, "\"hours\" should be a number of hours above 0 and at most %d, such as 2 or 1.5, not %q", maxHours, v.Value)
		return 0
	}
	return h
}

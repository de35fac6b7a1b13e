package load

import (
	"slices"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
)

// Local times that a change of the clocks skips or repeats. RFC 5545
// section 3.3.5 says how a calendar reads them, and a record reads them the
// same way: a time inside a gap (02:30 on the night the clocks jump from
// 02:00 to 03:00) is read with the UTC offset in force before the gap, so
// it falls an hour later on the new clock (03:30); a time the clocks go
// through twice (01:30 on the night they fall back) is the first of the
// two. Either way, check warns.

// Kinds of local times.
const (
	wallOnce     = iota // happens once
	wallGap             // skipped by the clocks
	wallRepeated        // happens twice
)

// probe is how far from a wall time the offsets around it are looked for:
// more than any UTC offset, less than the time between two clock changes.
const probe = 30 * time.Hour

// resolveWall returns the instant of the wall-clock time wall (its fields
// read in loc, its own zone ignored) and whether the clocks skip it, repeat
// it or neither.
func resolveWall(wall time.Time, loc *time.Location) (time.Time, int) {
	y, mo, d := wall.Date()
	h, mi, s := wall.Clock()
	u := time.Date(y, mo, d, h, mi, s, 0, time.UTC) // the wall time as if it were UTC
	var offsets []int
	for _, p := range []time.Duration{-probe, 0, probe} {
		if _, off := u.Add(p).In(loc).Zone(); !slices.Contains(offsets, off) {
			offsets = append(offsets, off)
		}
	}
	var valid []time.Time
	for _, off := range offsets {
		t := u.Add(-time.Duration(off) * time.Second)
		if _, o := t.In(loc).Zone(); o == off {
			valid = append(valid, t)
		}
	}
	slices.SortFunc(valid, time.Time.Compare)
	switch len(valid) {
	case 0:
		_, before := u.Add(-probe).In(loc).Zone()
		return u.Add(-time.Duration(before) * time.Second).In(loc), wallGap
	case 1:
		return valid[0].In(loc), wallOnce
	default:
		return valid[0].In(loc), wallRepeated
	}
}

// localTime reads s, a YYYY-MM-DDTHH:MM time of the value node v, in the
// site's time zone, and warns when the clocks skip or repeat it.
func (r *record) localTime(v *yaml.Node, s string) (time.Time, error) {
	wall, err := time.Parse(model.LocalTime, s)
	if err != nil {
		return time.Time{}, err
	}
	t, kind := resolveWall(wall, r.loc)
	switch kind {
	case wallGap:
		r.warnf(v, "%s does not happen in %s: the clocks skip it; it is read as %s, with the offset before the change as RFC 5545 says",
			s, r.loc, t.Format("15:04 MST (-07:00)"))
	case wallRepeated:
		later := t.Add(time.Hour)
		if _, kind := resolveWall(later, r.loc); kind != wallRepeated || later.Format("15:04") != t.Format("15:04") {
			later = t // the clocks fell back by other than an hour; say the first only
		}
		r.warnf(v, "%s happens twice in %s as the clocks go back; it is read as the first, %s, not %s",
			s, r.loc, t.Format("15:04 MST (-07:00)"), later.Format("15:04 MST (-07:00)"))
	}
	return t, nil
}

// warnf records a warning at n: a problem that does not stop the build.
func (r *record) warnf(n *yaml.Node, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line+r.offset, n.Column
	}
	r.warns.Add(r.path, line, col, format, args...)
}

// warnings collects the warnings of the records, in file and line order.
func warnings(records []*record) model.ErrorList {
	var out model.ErrorList
	for _, r := range records {
		out = append(out, r.warns...)
	}
	out.Sort()
	return out
}

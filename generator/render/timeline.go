package render

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// timelineSplit is the number of entries above which the timeline gets one
// page a month, with timeline/index.html listing the months.
const timelineSplit = 1000

// timelinePage is the data of timeline/index.html and, for a long
// timeline, of timeline/<YYYY-MM>/index.html.
type timelinePage struct {
	page
	Months []month     // the months shown, with their entries, oldest first
	Index  []monthLink // a long timeline's index: every month, newest first
	Month  string      // on the page of one month: its name
	Older  *monthLink  // on the page of one month: the months around it
	Newer  *monthLink
}

// month is the entries of one calendar month.
type month struct {
	ID    string // "2026-11"
	Name  string // "November 2026"
	Items timelineItems
}

// monthLink is a month in the index of a long timeline.
type monthLink struct {
	Name  string
	URL   string
	Count int
	Label string // "1,204 entries"
}

// timelineItem is an event or an action; exactly one is set.
type timelineItem struct {
	Event  *eventView
	Action *actionView
}

// timelineItems is the entries of a month, in order.
type timelineItems []timelineItem

// entry is an event or an action of the timeline, before its view is made.
type entry struct {
	day    int64 // the date as a number, for sorting
	order  int   // events (0) before actions (1) on a day
	slug   string
	index  int
	date   model.Date
	app    *model.Application
	event  *model.Event
	action *model.Action
}

// monthEntries is the entries of one month, in order.
type monthEntries struct {
	id, name string
	entries  []entry
}

// entries returns every event and every action of the site by date, and
// on a day events before actions, grouped by month.
func (b *build) entries() []monthEntries {
	n := 0
	for _, app := range b.apps {
		n += len(app.Events)
	}
	events := make([]entry, 0, n)
	for _, slug := range b.slugs() {
		app := b.apps[slug]
		for i := range app.Events {
			d := app.Events[i].Date
			events = append(events, entry{day: d.Time().Unix(), date: d, slug: slug, index: i, app: app, event: &app.Events[i]})
		}
	}
	compare := func(x, y entry) int { // a total order: no two entries tie
		return cmp.Or(cmp.Compare(x.day, y.day), cmp.Compare(x.order, y.order),
			cmp.Compare(x.slug, y.slug), cmp.Compare(x.index, y.index))
	}
	slices.SortFunc(events, compare)
	// The actions come in that order already (by due date, slug and id):
	// merge them in.
	all := make([]entry, 0, len(events)+len(b.actions))
	for i, a := range b.actions {
		e := entry{day: a.Due.Time().Unix(), date: a.Due, order: 1, slug: a.App.Slug, index: i, action: a}
		for len(events) > 0 && compare(events[0], e) < 0 {
			all, events = append(all, events[0]), events[1:]
		}
		all = append(all, e)
	}
	all = append(all, events...)
	var out []monthEntries
	lastYear, lastMonth := -1, time.Month(-1)
	for _, e := range all {
		y, m := 0, time.Month(0) // undated
		if !e.date.IsZero() {
			y, m, _ = e.date.Time().Date()
		}
		if y != lastYear || m != lastMonth {
			lastYear, lastMonth = y, m
			out = append(out, monthEntries{id: cmp.Or(e.date.Format("2006-01"), "undated"),
				name: cmp.Or(e.date.Format("January 2006"), "Undated")})
		}
		mo := &out[len(out)-1]
		mo.entries = append(mo.entries, e)
	}
	return out
}

// month returns the view of one month's entries.
func (b *build) month(m monthEntries) month {
	out := month{ID: m.id, Name: m.name, Items: make(timelineItems, len(m.entries))}
	for i, e := range m.entries {
		if e.event != nil {
			v := b.event(e.app, e.event)
			out.Items[i].Event = &v
		} else {
			v := b.action(e.action)
			out.Items[i].Action = &v
		}
	}
	return out
}

// timelineJobs lists the timeline: one page when it is short, else an
// index of months and a page for each month.
func (b *build) timelineJobs() []job {
	months := b.entries()
	total := 0
	for _, m := range months {
		total += len(m.entries)
	}
	if total <= timelineSplit {
		return []job{{path: "timeline/index.html", tmpl: "timeline.html", data: func() (any, error) {
			t := timelinePage{page: b.page("Timeline", "timeline")}
			for _, m := range months {
				t.Months = append(t.Months, b.month(m))
			}
			return t, nil
		}}}
	}
	links := make([]monthLink, len(months))
	for i, m := range months {
		links[i] = monthLink{Name: m.name, URL: b.url(monthDir(m.id)), Count: len(m.entries), Label: entriesText(len(m.entries))}
	}
	var js []job
	for i, m := range months {
		js = append(js, job{path: monthDir(m.id) + "index.html", tmpl: "timeline.html", data: func() (any, error) {
			t := timelinePage{page: b.page(m.name+" · Timeline", "timeline"), Month: m.name, Months: []month{b.month(m)}}
			if i > 0 {
				t.Older = &links[i-1]
			}
			if i+1 < len(links) {
				t.Newer = &links[i+1]
			}
			return t, nil
		}})
	}
	index := slices.Clone(links)
	slices.Reverse(index)
	return append(js, job{path: "timeline/index.html", tmpl: "timeline.html", data: func() (any, error) {
		return timelinePage{page: b.page("Timeline", "timeline"), Index: index}, nil
	}})
}

// monthDir returns the output directory of a month of a long timeline.
func monthDir(id string) string { return "timeline/" + id + "/" }

// entriesText counts entries in words: "1 entry", "12,345 entries".
func entriesText(n int) string {
	word := " entries"
	if n == 1 {
		word = " entry"
	}
	return thousands(n) + word
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

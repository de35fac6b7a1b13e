package render

import (
	"cmp"
	"slices"

	"github.com/followup-dev/followup/generator/model"
)

// timelinePage is the data of timeline/index.html.
type timelinePage struct {
	page
	Months []month
}

// month is the entries of one calendar month.
type month struct {
	ID    string // "2026-11"
	Name  string // "November 2026"
	Items []timelineItem
}

// timelineItem is an event or an action; exactly one is set.
type timelineItem struct {
	Event  *eventView
	Action *actionView
	date   model.Date
	order  int
	slug   string
	index  int
}

// timeline builds every event and every action of the site, by date and
// grouped by month. On a day, events come before actions.
func (b *build) timeline() timelinePage {
	var items []timelineItem
	for _, slug := range b.slugs() {
		app := b.apps[slug]
		for i := range app.Events {
			e := &app.Events[i]
			v := b.event(app, e)
			items = append(items, timelineItem{Event: &v, date: e.Date, slug: slug, index: i})
		}
	}
	for i, a := range b.actions {
		v := b.action(a)
		items = append(items, timelineItem{Action: &v, date: a.Due, order: 1, slug: a.App.Slug, index: i})
	}
	slices.SortStableFunc(items, func(x, y timelineItem) int {
		return cmp.Or(x.date.Compare(y.date), cmp.Compare(x.order, y.order),
			cmp.Compare(x.slug, y.slug), cmp.Compare(x.index, y.index))
	})
	t := timelinePage{page: b.page("Timeline", "timeline")}
	for _, it := range items {
		id := it.date.Format("2006-01")
		if id == "" {
			id = "undated"
		}
		if n := len(t.Months); n == 0 || t.Months[n-1].ID != id {
			t.Months = append(t.Months, month{ID: id, Name: cmp.Or(it.date.Format("January 2006"), "Undated")})
		}
		m := &t.Months[len(t.Months)-1]
		m.Items = append(m.Items, it)
	}
	return t
}

// callsPage is the data of calls/index.html, the call sheet.
type callsPage struct {
	page
	Calls []actionView // every pending call and email, by due date
}

// calls builds the call sheet.
func (b *build) calls() callsPage {
	c := callsPage{page: b.page("Call sheet", "calls")}
	for _, a := range b.actions {
		if a.Pending() && (a.Kind == model.KindCall || a.Kind == model.KindEmail) {
			c.Calls = append(c.Calls, b.action(a))
		}
	}
	return c
}

// Package feed writes the iCalendar feeds of a site: public/calendar.ics
// with every pending follow-up and every interview of the hunt, and one
// calendar.ics per application. It has its own small RFC 5545 encoder, so
// the bytes are exactly what subscribed clients expect: CRLF endings, lines
// folded at 75 octets, TEXT escaped, and nothing that depends on the clock.
package feed

import (
	"github.com/followup-dev/followup/generator/model"
)

// Site returns public/calendar.ics: every pending action and every
// scheduled interview (past ones stay, as history) of the applications in
// site. Actions of an application that is not in site, such as a private
// record left out of a published build, are left out too. baseURL is the
// absolute URL of the site, ending in "/".
func Site(site *model.Site, actions []*model.Action, baseURL string) []byte {
	return siteCalendar(site, actions, baseURL).encode()
}

// Application returns the feed of one application, applications/<slug>/
// calendar.ics: its pending actions and its interviews. actions may hold
// every action of the site; only those of app are used.
func Application(site *model.Site, app *model.Application, actions []*model.Action, baseURL string) []byte {
	return appCalendar(site, app, actions, baseURL).encode()
}

// siteCalendar returns the events of the site's feed, before encoding.
func siteCalendar(site *model.Site, actions []*model.Action, baseURL string) *calendar {
	b := newBuilder(baseURL)
	bySlug := make(map[string]*model.Application, len(site.Applications))
	for _, app := range site.Applications {
		bySlug[app.Slug] = app
		b.interviews(app)
	}
	for _, a := range actions {
		if a.App != nil {
			b.action(bySlug[a.App.Slug], a)
		}
	}
	return b.calendar(siteName(site))
}

// appCalendar returns the events of the feed of app, before encoding.
func appCalendar(site *model.Site, app *model.Application, actions []*model.Action, baseURL string) *calendar {
	b := newBuilder(baseURL)
	b.interviews(app)
	for _, a := range actions {
		if a.App != nil && a.App.Slug == app.Slug {
			b.action(app, a)
		}
	}
	name := app.Company + " — " + app.Role
	if site.Settings.Title != "" {
		name += " (" + site.Settings.Title + ")"
	}
	return b.calendar(name)
}

// siteName returns the calendar name of the site's feed.
func siteName(site *model.Site) string {
	if site.Settings.Title != "" {
		return site.Settings.Title
	}
	return "Job hunt"
}

// builder collects the events of one feed.
type builder struct {
	links  links
	seen   map[string]bool // UIDs already in the feed
	events []event
}

// newBuilder returns a builder for a feed of a site published at baseURL.
func newBuilder(baseURL string) *builder {
	return &builder{links: newLinks(baseURL), seen: map[string]bool{}}
}

// add appends e unless an event with its UID is already there: two records
// of the same interview at the same moment are one event.
func (b *builder) add(e event) {
	if b.seen[e.uid] {
		return
	}
	b.seen[e.uid] = true
	b.events = append(b.events, e)
}

// calendar returns the feed named name with its events in order.
func (b *builder) calendar(name string) *calendar {
	sortEvents(b.events)
	return &calendar{name: name, events: b.events}
}

// stamp returns the DTSTAMP of every event of app: the latest date its record
// mentions, so that it moves only when the record does. A record with no
// date at all gets the Unix epoch.
func stamp(app *model.Application) model.Date {
	latest := model.NewDate(1970, 1, 1)
	later := func(d model.Date) {
		if d.After(latest) {
			latest = d
		}
	}
	later(app.Applied)
	later(app.Confirmation)
	for i := range app.Events {
		later(app.Events[i].Date)
		later(app.Events[i].DecisionExpected)
	}
	return latest
}

package feed

import (
	"bytes"
	"slices"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Site returns public/calendar.ics: every pending action and every
// scheduled interview (past ones stay, as history) of the applications in
// site. Actions of an application that is not in site, such as a private
// record left out of a published build, are left out too. baseURL is the
// absolute URL of the site, ending in "/".
func Site(site *model.Site, actions []*model.Action, baseURL string) []byte {
	byApp := map[string][]*model.Action{}
	for _, a := range actions {
		if a.App != nil {
			byApp[a.App.Slug] = append(byApp[a.App.Slug], a)
		}
	}
	all := make([]*Events, len(site.Applications))
	for i, app := range site.Applications {
		all[i] = ApplicationEvents(&site.Settings, app, byApp[app.Slug], baseURL)
	}
	return SiteFeed(site, all)
}

// Application returns the feed of one application, applications/<slug>/
// calendar.ics: its pending actions and its interviews. actions may hold
// every action of the site; only those of app are used.
func Application(site *model.Site, app *model.Application, actions []*model.Action, baseURL string) []byte {
	return ApplicationFeed(site, app, ApplicationEvents(&site.Settings, app, actions, baseURL))
}

// Events are the events of one application, encoded once so that its own
// feed and the site's are made of the same bytes.
type Events struct {
	keys []key    // in feed order
	text [][]byte // the VEVENT of each key
}

// ApplicationEvents returns the events of app, of a site with settings: its
// interviews and its pending actions. actions may hold every action of the
// site; only those of app are used.
func ApplicationEvents(settings *model.Settings, app *model.Application, actions []*model.Action, baseURL string) *Events {
	events := stampedEvents(settings, app, actions, baseURL)
	var w contentWriter
	w.buf.Grow(700 * len(events)) // about what an event takes
	ends := make([]int, len(events))
	out := &Events{keys: make([]key, len(events)), text: make([][]byte, len(events))}
	for i := range events {
		events[i].encode(&w)
		ends[i] = w.buf.Len()
		out.keys[i] = events[i].key
	}
	buf, start := bytes.Clone(w.bytes()), 0 // kept for the build: no room to spare
	for i, end := range ends {
		out.text[i] = buf[start:end:end]
		start = end
	}
	return out
}

// ApplicationFeed returns the feed of app made of its events.
func ApplicationFeed(site *model.Site, app *model.Application, ev *Events) []byte {
	return encode(appName(site, app), ev.text)
}

// SiteFeed returns public/calendar.ics made of the events of every
// application of site, in date order.
func SiteFeed(site *model.Site, all []*Events) []byte {
	type ref struct {
		k    *key
		text []byte
	}
	var refs []ref
	for _, ev := range all {
		for i := range ev.keys {
			refs = append(refs, ref{&ev.keys[i], ev.text[i]})
		}
	}
	slices.SortFunc(refs, func(a, b ref) int { return a.k.compare(b.k) })
	text := make([][]byte, 0, len(refs))
	seen := make(map[string]bool, len(refs))
	for _, r := range refs {
		// Two records never share a UID (load refuses a repeated id), but
		// a feed must not hold one twice whatever it is given.
		if !seen[r.k.uid] {
			seen[r.k.uid] = true
			text = append(text, r.text)
		}
	}
	return encode(siteName(site), text)
}

// appEvents returns the events of app in feed order.
func appEvents(settings *model.Settings, app *model.Application, actions []*model.Action, baseURL string) []event {
	b := newBuilder(settings, app, baseURL)
	b.interviews(app)
	for _, a := range actions {
		if a.App != nil && a.App.Slug == app.Slug {
			b.action(app, a)
		}
	}
	sortEvents(b.events)
	return b.events
}

// stampedEvents returns the events of app in feed order, stamped from its
// history when git gave one, otherwise from its content.
func stampedEvents(settings *model.Settings, app *model.Application, actions []*model.Action, baseURL string) []event {
	events := appEvents(settings, app, actions, baseURL)
	if app.History != nil {
		stampFromHistory(app, events, baseURL)
	} else {
		stamp, seq := contentStamp(app)
		for i := range events {
			events[i].stamp, events[i].sequence = stamp, seq
		}
	}
	carryOverdue(settings, events)
	return events
}

// appName returns the calendar name of the feed of app.
func appName(site *model.Site, app *model.Application) string {
	name := isolate(app.Company) + " — " + isolate(app.Role)
	if site.Settings.Title != "" {
		name += " (" + isolate(site.Settings.Title) + ")"
	}
	return oneLine(name)
}

// siteName returns the calendar name of the site's feed.
func siteName(site *model.Site) string {
	if site.Settings.Title != "" {
		return oneLine(isolate(site.Settings.Title))
	}
	return "Job hunt"
}

// builder collects the events of one application.
type builder struct {
	settings *model.Settings
	iso      *model.Application // the application, its values isolated
	ending   plan.Ending        // how the application ended, if it has
	links    links
	seen     map[string]bool // UIDs already in the feed
	events   []event
}

// newBuilder returns a builder for the events of app, of a site with
// settings published at baseURL.
func newBuilder(settings *model.Settings, app *model.Application, baseURL string) *builder {
	return &builder{settings: settings, iso: isolated(app), ending: plan.End(app),
		links: newLinks(baseURL), seen: map[string]bool{}}
}

// add appends e unless an event with its UID is already there, which the
// UIDs of one application never are.
func (b *builder) add(e event) {
	if b.seen[e.uid] {
		return
	}
	b.seen[e.uid] = true
	b.events = append(b.events, e)
}

package render

import (
	"sync"

	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
)

// feedEvents returns the encoded events of an application's feed, made
// once per build: the application's own feed and the site's share them.
func (b *build) feedEvents(slug string) *feed.Events {
	return b.events[slug]()
}

// eventsOnce returns the function feedEvents calls for app of a site with
// settings. It holds on to the settings, app and its actions only, not to
// the build: a later build that Update makes shares it.
func eventsOnce(settings *model.Settings, app *model.Application, actions []*model.Action, baseURL string) func() *feed.Events {
	return sync.OnceValue(func() *feed.Events {
		return feed.ApplicationEvents(settings, app, actions, baseURL)
	})
}

// siteFeed returns calendar.ics: every pending action and every interview.
func (b *build) siteFeed() []byte {
	slugs := b.slugs()
	all := make([]*feed.Events, len(slugs))
	parallel.For(len(slugs), func(i int) bool { // most are made already, unless few records changed
		all[i] = b.feedEvents(slugs[i])
		return true
	})
	return feed.SiteFeed(b.site, all)
}

// feedSubscriptionLinks returns the webcal:// and Google Calendar links of
// the feed at the https URL u.
func feedSubscriptionLinks(u string) (webcal, google string) {
	webcal, _, google = feed.Links(u)
	return webcal, google
}

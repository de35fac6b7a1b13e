package render

import (
	"github.com/followup-dev/followup/generator/feed"
	"github.com/followup-dev/followup/generator/model"
)

// siteFeed returns calendar.ics: every pending action and every interview.
func siteFeed(site *model.Site, actions []*model.Action, baseURL string) []byte {
	return feed.Site(site, actions, baseURL)
}

// appFeed returns applications/<slug>/calendar.ics, the feed of one application.
func appFeed(site *model.Site, app *model.Application, actions []*model.Action, baseURL string) []byte {
	return feed.Application(site, app, actions, baseURL)
}

// feedSubscriptionLinks returns the webcal:// and Google Calendar links of
// the feed at the https URL u.
func feedSubscriptionLinks(u string) (webcal, google string) {
	webcal, _, google = feed.Links(u)
	return webcal, google
}

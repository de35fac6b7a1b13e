package render

// calendarPage is the data of calendar/index.html: the site's feed and how
// to subscribe to it so that its reminders ring.
type calendarPage struct {
	page
	Feed feedView // the site's feed
}

// calendar builds the page that says how to subscribe to the site's feed.
func (b *build) calendar() calendarPage {
	return calendarPage{page: b.page("Calendar", "calendar"), Feed: b.feed("calendar.ics")}
}

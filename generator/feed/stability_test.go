package feed

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

func TestSameContentGivesTheSameBytes(t *testing.T) {
	first := newFixture(t).feeds()
	again := newFixture(t)
	slices.Reverse(again.actions) // the order of the plan's output must not matter
	for path, feed := range again.feeds() {
		if !bytes.Equal(feed, first[path]) {
			t.Errorf("%s differs between two builds of the same content", path)
		}
	}
}

func TestAddingARecordLeavesOtherFeedsAlone(t *testing.T) {
	before := newFixture(t)
	beforeFeeds := before.feeds()
	beforeSite := eventBlocks(beforeFeeds["calendar.ics"])

	after := newFixture(t)
	chicago := zone(t, "America/Chicago")
	d, start := at(chicago, 2027, 1, 20, 11, 0)
	initech := &model.Application{Slug: "initech", Company: "Initech", Role: "Go Developer", Applied: day(2027, 1, 4),
		Events: []model.Event{{Date: d, Start: start, Type: model.EventInterview, Round: 1}}}
	after.site.Applications = append(after.site.Applications, initech)
	after.actions = append(after.actions, &model.Action{App: initech, ID: "confirm-receipt",
		Kind: model.KindCall, Due: day(2027, 1, 11), State: model.StatePending})
	afterFeeds := after.feeds()

	for _, path := range []string{"applications/acme/calendar.ics", "applications/globex/calendar.ics"} {
		if !bytes.Equal(afterFeeds[path], beforeFeeds[path]) {
			t.Errorf("%s changed when an unrelated record was added", path)
		}
	}
	afterSite := eventBlocks(afterFeeds["calendar.ics"])
	for uid, block := range beforeSite {
		if afterSite[uid] != block {
			t.Errorf("event %s of the site feed changed when an unrelated record was added", uid)
		}
	}
	if got, want := len(afterSite), len(beforeSite)+2; got != want {
		t.Errorf("site feed has %d events after adding a record with one action and one interview, want %d", got, want)
	}
}

func TestUIDsFollowTheRecordID(t *testing.T) {
	f := newFixture(t)
	before := eventBlocks(Application(f.site, f.acme, f.actions, testBase))
	f.acme.Slug = "acme-robotics" // the file was renamed; its id: stays
	after := eventBlocks(Application(f.site, f.acme, f.actions, testBase))
	for uid := range before {
		if _, ok := after[uid]; !ok {
			t.Errorf("UID %s lost when the record's file was renamed", uid)
		}
	}
}

// eventBlocks returns the text of every VEVENT of feed by UID.
func eventBlocks(feed []byte) map[string]string {
	out := map[string]string{}
	for _, block := range strings.Split(string(feed), "BEGIN:VEVENT\r\n")[1:] {
		block, _, _ = strings.Cut(block, "END:VEVENT\r\n")
		uid, _, _ := strings.Cut(strings.TrimPrefix(block, "UID:"), "\r\n")
		out[uid] = block
	}
	return out
}

func TestEventsAreInDateOrder(t *testing.T) {
	f := newFixture(t)
	var starts []string
	for _, ev := range decode(t, Site(f.site, f.actions, testBase)).Events() {
		starts = append(starts, prop(ev.Component, "DTSTART"))
	}
	want := []string{
		"20261110",         // confirm-receipt
		"20261117",         // thank-you/lee-park, all day, before the interview that day
		"20261117T200000Z", // round 1
		"20261119",         // status-check-1
		"20261120T150000Z", // globex phone screen
		"20261127",         // decision-day
		"20261215T163000Z", // round 2
		"20261231",         // globex move-on
	}
	if !slices.Equal(starts, want) {
		t.Errorf("events start on\n%q\nwant\n%q", starts, want)
	}
}

func TestNoControlCharacterReachesAFeed(t *testing.T) {
	f := newFixture(t)
	f.acme.Events[4].Note = "bell\a, escape\x1b[31m, nul\x00, tab\tend\r\nnext\rlast"
	f.globex.Role = "SRE\tPlatform\x7f\u0085"
	f.site.Settings.Title = "Hunt\r\n2026"
	for path, feed := range f.feeds() {
		for i, c := range feed {
			ctl := c < 0x20 || c == 0x7f
			crlf := c == '\r' && i+1 < len(feed) && feed[i+1] == '\n' || c == '\n' && i > 0 && feed[i-1] == '\r'
			if ctl && !crlf {
				t.Errorf("%s: control byte %#x at %d", path, c, i)
			}
		}
	}
}

func TestLinks(t *testing.T) {
	for _, tc := range []struct {
		feed, webcal, google string
	}{
		{"https://jordan.github.io/job-hunt/calendar.ics",
			"webcal://jordan.github.io/job-hunt/calendar.ics",
			"https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fjordan.github.io%2Fjob-hunt%2Fcalendar.ics"},
		{"https://jordan.github.io/job-hunt/applications/acme/calendar.ics",
			"webcal://jordan.github.io/job-hunt/applications/acme/calendar.ics",
			"https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fjordan.github.io%2Fjob-hunt%2Fapplications%2Facme%2Fcalendar.ics"},
		{"http://127.0.0.1:1313/calendar.ics",
			"webcal://127.0.0.1:1313/calendar.ics",
			"https://calendar.google.com/calendar/r?cid=https%3A%2F%2F127.0.0.1%3A1313%2Fcalendar.ics"},
	} {
		webcal, https, google := Links(tc.feed)
		if webcal != tc.webcal || https != tc.feed || google != tc.google {
			t.Errorf("Links(%q) =\n%q, %q, %q\nwant\n%q, %q, %q", tc.feed, webcal, https, google, tc.webcal, tc.feed, tc.google)
		}
	}
}

package feed

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

// readEvent is what a reader made of one VEVENT: the decoded values, with
// dates as "2026-11-10" and UTC times as "2026-11-17T20:00:00Z".
type readEvent struct {
	UID         string      `json:"uid"`
	Summary     string      `json:"summary"`
	Description string      `json:"description"`
	URL         string      `json:"url"`
	Categories  []string    `json:"categories"`
	Start       string      `json:"start"`
	End         string      `json:"end"`
	Transp      string      `json:"transp"`
	Status      string      `json:"status"`
	Stamp       string      `json:"dtstamp"`
	Modified    string      `json:"modified"`
	Sequence    int         `json:"sequence"`
	Alarms      []readAlarm `json:"alarms"`
}

// readAlarm is what a reader made of a VALARM.
type readAlarm struct {
	Action      string `json:"action"`
	Description string `json:"description"`
	Trigger     int    `json:"trigger"` // seconds after the start
}

// readFeed is what a reader made of one feed.
type readFeed struct {
	Name    string      `json:"name"`
	CalName string      `json:"calname"`
	Events  []readEvent `json:"events"`
}

// meant returns what every reader should make of c: the text before it was
// encoded, where a CRLF or a lone CR of a record is a line break like LF.
func meant(c *calendar) readFeed {
	lf := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace
	out := readFeed{Name: c.name, CalName: c.name}
	for _, e := range c.events {
		r := readEvent{UID: e.uid, Summary: lf(e.summary), Description: lf(e.description), URL: e.url,
			Categories: e.categories, Transp: "OPAQUE", Sequence: e.sequence,
			Stamp: e.stamp.UTC().Format(time.RFC3339), Modified: e.stamp.UTC().Format(time.RFC3339)}
		if e.cancelled {
			r.Status = "CANCELLED"
		}
		if e.transparent {
			r.Transp = "TRANSPARENT"
		}
		if e.timed() {
			r.Start = e.start.UTC().Format(time.RFC3339)
			r.End = e.start.Add(time.Hour).UTC().Format(time.RFC3339)
		} else {
			r.Start, r.End = e.day.Format(time.DateOnly), e.day.AddDays(1).Format(time.DateOnly)
		}
		for _, a := range e.alarms {
			r.Alarms = append(r.Alarms, readAlarm{Action: "DISPLAY", Description: lf(a.text), Trigger: int(a.trigger / time.Second)})
		}
		out.Events = append(out.Events, r)
	}
	return out
}

// compareFeeds checks that reader read every feed of f as meant.
func compareFeeds(t *testing.T, reader string, f *fixture, got map[string]readFeed) {
	t.Helper()
	for path, c := range f.calendars() {
		want, have := meant(c), got[path]
		if have.Name != want.Name || have.CalName != want.CalName {
			t.Errorf("%s: %s reads the calendar name as %q / %q, want %q", reader, path, have.Name, have.CalName, want.Name)
		}
		if len(have.Events) != len(want.Events) {
			t.Errorf("%s: %s has %d events, want %d", reader, path, len(have.Events), len(want.Events))
			continue
		}
		for i, w := range want.Events {
			compareEvent(t, reader+": "+path, have.Events[i], w)
		}
	}
}

// compareEvent checks one event field by field.
func compareEvent(t *testing.T, where string, got, want readEvent) {
	t.Helper()
	for _, f := range []struct{ name, got, want string }{
		{"UID", got.UID, want.UID},
		{"SUMMARY", got.Summary, want.Summary},
		{"DESCRIPTION", got.Description, want.Description},
		{"URL", got.URL, want.URL},
		{"CATEGORIES", strings.Join(got.Categories, "|"), strings.Join(want.Categories, "|")},
		{"DTSTART", got.Start, want.Start},
		{"DTEND", got.End, want.End},
		{"TRANSP", got.Transp, want.Transp},
		{"STATUS", got.Status, want.Status},
		{"DTSTAMP", got.Stamp, want.Stamp},
		{"LAST-MODIFIED", got.Modified, want.Modified},
		{"SEQUENCE", strconv.Itoa(got.Sequence), strconv.Itoa(want.Sequence)},
	} {
		if f.got != f.want {
			t.Errorf("%s: %s of %s:\n got %q\nwant %q", where, f.name, want.UID, f.got, f.want)
		}
	}
	if !slices.Equal(got.Alarms, want.Alarms) {
		t.Errorf("%s: alarms of %s are %+v, want %+v", where, want.UID, got.Alarms, want.Alarms)
	}
}

func TestRoundTripThroughGoICal(t *testing.T) {
	for _, f := range fixtures(t) {
		got := map[string]readFeed{}
		for path, feed := range f.feeds() {
			got[path] = readWithGoICal(t, decode(t, feed))
		}
		compareFeeds(t, "go-ical", f, got)
	}
}

// readWithGoICal turns a calendar decoded by go-ical into a readFeed.
func readWithGoICal(t *testing.T, cal *ical.Calendar) readFeed {
	out := readFeed{Name: text(t, cal.Component, "NAME"), CalName: text(t, cal.Component, "X-WR-CALNAME")}
	for _, ev := range cal.Events() {
		c := ev.Component
		cats, err := c.Props.Get(ical.PropCategories).TextList()
		if err != nil {
			t.Fatal(err)
		}
		seq, err := strconv.Atoi(prop(c, "SEQUENCE"))
		if err != nil {
			t.Fatal(err)
		}
		r := readEvent{UID: prop(c, "UID"), Summary: text(t, c, "SUMMARY"), Description: text(t, c, "DESCRIPTION"),
			URL: prop(c, "URL"), Categories: cats, Transp: prop(c, "TRANSP"), Status: prop(c, "STATUS"),
			Stamp: goICalTime(t, c.Props.Get("DTSTAMP")), Modified: goICalTime(t, c.Props.Get("LAST-MODIFIED")), Sequence: seq,
			Start: goICalTime(t, c.Props.Get("DTSTART")), End: goICalTime(t, c.Props.Get("DTEND"))}
		for _, a := range c.Children {
			d, err := a.Props.Get(ical.PropTrigger).Duration()
			if err != nil {
				t.Fatal(err)
			}
			r.Alarms = append(r.Alarms, readAlarm{Action: prop(a, "ACTION"), Description: text(t, a, "DESCRIPTION"), Trigger: int(d.Seconds())})
		}
		out.Events = append(out.Events, r)
	}
	return out
}

// goICalTime formats a DTSTART or DTEND as readEvent has it.
func goICalTime(t *testing.T, p *ical.Prop) string {
	tm, err := p.DateTime(time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if p.ValueType() == ical.ValueDate {
		return tm.Format(time.DateOnly)
	}
	return tm.UTC().Format(time.RFC3339)
}

func TestRecordTextReachesTheFeedUnchanged(t *testing.T) {
	f := newFixture(t)
	events := byUID(t, decode(t, Application(f.site, f.acme, f.actions, testBase)))
	round1 := events[wantUID("7f3c2a/meeting/r1/2")].Component
	round2 := events[wantUID("7f3c2a/meeting/r2/1")].Component
	for _, want := range []string{`Acme, Inc.; "Robotics" \ Labs`, "Backend Engineer — Café 🚀", "Lee Park, Sam O'Brien"} {
		if got := text(t, round1, "SUMMARY"); !strings.Contains(got, want) {
			t.Errorf("SUMMARY %q does not hold %q", got, want)
		}
	}
	for _, want := range []string{
		"Engineering Manager, Fleet",
		"the fleet scheduler; its 99.9% SLO, \"hard\" limits",
		"on-call culture\nand rotations \\ pager",
		"decision by the 27th, maybe",
	} {
		if got := text(t, round1, "DESCRIPTION"); !strings.Contains(got, want) {
			t.Errorf("DESCRIPTION of round 1 does not hold %q:\n%s", want, got)
		}
	}
	// The record's CRLF is a line break like any other.
	want := "Bring laptop\\charger; 2nd floor, room \"Ada\"\nAsk for Zoë at 東京 desk 🎉"
	if got := text(t, round2, "DESCRIPTION"); !strings.Contains(got, want) {
		t.Errorf("DESCRIPTION of round 2 does not hold %q:\n%s", want, got)
	}
}

package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/gittest"
	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/plan"
)

// The edits a job seeker makes to a hunt kept in git, each built before and
// after, as a subscribed calendar sees them. Every file is first committed
// at t1; the edit is committed at t2.
const (
	t1 = "2026-11-03T12:00:00Z"
	t2 = "2026-11-05T09:30:00Z"

	editSettings = `title: Hunt
base_url: https://jordan.github.io/job-hunt/
timezone: America/Chicago
history: git
playbook:
  offsets: {status-check-1: 14d}
`
	editAcme = `company: Acme
role: Engineer
applied: 2026-11-02
contacts:
  - {name: Dana, role: recruiter}
events:
  - {date: 2026-11-10T10:00, type: phone-screen, with: [Dana]}
  - {date: 2026-11-17T14:00, type: interview, round: 1, with: [Lee]}
`
	editGlobex = `company: Globex
role: Analyst
applied: 2026-11-02
`
)

// The stamps of the builds: every event of the first build has been the
// same since the one commit, at t1 (SEQUENCE 0); an event an edit changes
// is stamped with the edit's commit, at t2, and its SEQUENCE is 1.
const (
	stampT1 = "20261103T120000Z"
	stampT2 = "20261105T093000Z"
)

// seen is what a calendar reads of one event.
type seen struct {
	summary, start, stamp, modified, sequence, status, transp, block string
}

// snapshot builds the hunt at dir and returns its site feed's events by UID.
func snapshot(t *testing.T, dir string) map[string]seen {
	t.Helper()
	site, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	feed := Site(site, plan.Actions(site.Applications, site.Settings.Playbook), testBase)
	blocks := eventBlocks(feed)
	out := map[string]seen{}
	for uid, ev := range byUID(t, decode(t, feed)) {
		c := ev.Component
		out[uid] = seen{summary: text(t, c, "SUMMARY"), start: prop(c, "DTSTART"), stamp: prop(c, "DTSTAMP"),
			modified: prop(c, "LAST-MODIFIED"), sequence: prop(c, "SEQUENCE"), status: prop(c, "STATUS"),
			transp: prop(c, "TRANSP"), block: blocks[uid]}
	}
	return out
}

// gitHunt writes the hunt into a new git repository, committed at t1.
func gitHunt(t *testing.T) string {
	t.Helper()
	gittest.Require(t)
	dir := t.TempDir()
	for name, data := range map[string]string{
		"content/site.yaml":                editSettings,
		"content/applications/acme.yaml":   editAcme,
		"content/applications/globex.yaml": editGlobex,
	} {
		writeFile(t, dir, name, data)
	}
	gittest.Run(t, dir, "", "init", "-q")
	gittest.CommitAll(t, dir, t1)
	return dir
}

func writeFile(t *testing.T, dir, name, data string) {
	t.Helper()
	sitetest.Write(t, dir, map[string]string{name: data})
}

// The UIDs of the hunt, by the key the package documentation gives.
var (
	uidScreen    = wantUID("acme/meeting/r1/1")
	uidRound1    = wantUID("acme/meeting/r1/2")
	uidThanksLee = wantUID("acme/thank-you/lee")
	uidGlobex    = wantUID("globex/status-check-1")
)

func TestTheFirstBuildOfAGitHunt(t *testing.T) {
	got := snapshot(t, gitHunt(t))
	for uid, want := range map[string]seen{
		uidScreen: {start: "20261110T160000Z", sequence: "0", transp: "OPAQUE"},
		uidRound1: {start: "20261117T200000Z", sequence: "0", transp: "OPAQUE"},
		uidGlobex: {start: "20261116", sequence: "0", transp: "TRANSPARENT"},
	} {
		ev, ok := got[uid]
		switch {
		case !ok:
			t.Errorf("no event %s", uid)
		case ev.start != want.start || ev.sequence != want.sequence || ev.transp != want.transp || ev.stamp != stampT1 || ev.modified != stampT1:
			t.Errorf("%s: %+v, want start %s, SEQUENCE %s, %s, stamped %s", ev.summary, ev, want.start, want.sequence, want.transp, stampT1)
		}
	}
}

// change is what an edit does to one event.
type change struct {
	uid     string
	gone    bool   // no longer in the feed
	start   string // "": unchanged
	summary string // a part of the new SUMMARY; "": unchanged
	status  string
}

// The follow-ups of acme's first interview (Tuesday 17 November, no
// decision date): the call a week after, the last check three business
// days after it, the move-on a week after that.
var (
	uidCall     = wantUID("acme/follow-up-call/r1")
	uidLast     = wantUID("acme/last-check/r1")
	uidMoveOn   = wantUID("acme/move-on/r1")
	ladderMoved = []change{{uid: uidCall, start: "20261125", summary: "on 18 November"},
		{uid: uidLast, start: "20261130", summary: "on 18 November"}, {uid: uidMoveOn, start: "20261207", summary: "on 18 November"}}
)

func TestEachEditAsASubscribedCalendarSeesIt(t *testing.T) {
	for _, tc := range []struct {
		name    string
		file    string // the file edited
		edit    func(string) string
		changed []change // events whose lines change, with SEQUENCE 1 and DTSTAMP t2
		added   []string // new UIDs, with SEQUENCE 0 and DTSTAMP t2
		// Every other event of the first build keeps its lines byte for byte.
	}{
		{
			// The follow-ups count from the interview and name its day.
			name: "InterviewMoved", file: "content/applications/acme.yaml",
			edit: func(s string) string { return strings.Replace(s, "2026-11-17T14:00", "2026-11-18T15:30", 1) },
			changed: append([]change{{uid: uidRound1, start: "20261118T213000Z"},
				{uid: uidThanksLee, start: "20261118", summary: "on 18 November"}}, ladderMoved...),
		},
		{
			name: "TimeAdded", file: "content/applications/acme.yaml",
			edit: func(s string) string {
				return strings.Replace(s, "2026-11-10T10:00, type: phone-screen", "2026-11-10T10:45, type: phone-screen", 1)
			},
			changed: []change{{uid: uidScreen, start: "20261110T164500Z"}},
		},
		{
			name: "PhoneScreenBecomesAnInterview", file: "content/applications/acme.yaml",
			edit: func(s string) string { return strings.Replace(s, "type: phone-screen", "type: interview", 1) },
			// The screen was round 1's first meeting; as an interview with
			// no round it takes round 1 still (no interview before it). The
			// ladder climbs from the round's last interview, Lee's, as before.
			changed: []change{{uid: uidScreen, summary: "Round 1 interview with Dana"}},
			added:   []string{wantUID("acme/thank-you/dana")},
		},
		{
			name: "SecondInterviewAtTheSameTime", file: "content/applications/acme.yaml",
			edit: func(s string) string {
				return s + "  - {date: 2026-11-17T14:00, type: interview, round: 1, with: [Kim]}\n"
			},
			// Kim's interview is now the round's last, on the same day: its
			// ladder reads as Lee's did.
			added: []string{wantUID("acme/meeting/r1/3"), wantUID("acme/thank-you/kim")},
		},
		{
			// The thank-you names the person and the day, not the company.
			name: "CompanyRenamed", file: "content/applications/acme.yaml",
			edit: func(s string) string { return strings.Replace(s, "company: Acme", "company: Acme Robotics", 1) },
			changed: []change{{uid: uidScreen, summary: "at Acme Robotics"}, {uid: uidRound1, summary: "at Acme Robotics"},
				{uid: uidCall, summary: "at Acme Robotics"}, {uid: uidLast, summary: "at Acme Robotics"},
				{uid: uidMoveOn, summary: "from Acme Robotics"}},
		},
		{
			// Ten days after Monday 2 November instead of fourteen. Acme's
			// status check was cancelled by its screen either way, so only
			// Globex's moves: the other events do not depend on that delay.
			name: "SettingMovesDueDates", file: "content/site.yaml",
			edit:    func(s string) string { return strings.Replace(s, "status-check-1: 14d", "status-check-1: 10d", 1) },
			changed: []change{{uid: uidGlobex, start: "20261112"}},
		},
		{
			// The meetings' alarms are part of them: both are revised, and
			// the follow-ups, which ring at 09:00 on their day, are not.
			name: "InterviewAlarmsChanged", file: "content/site.yaml",
			edit: func(s string) string {
				return strings.Replace(s, "playbook:\n", "playbook:\n  interview_alarms: [30m before]\n", 1)
			},
			changed: []change{{uid: uidScreen}, {uid: uidRound1}},
		},
		{
			// The title names the calendar, not an event: nothing is revised.
			name: "TitleChanged", file: "content/site.yaml",
			edit: func(s string) string { return strings.Replace(s, "title: Hunt", "title: Job hunt", 1) },
		},
		{
			name: "Withdrawal", file: "content/applications/acme.yaml",
			edit: func(s string) string { return s + "  - {date: 2026-11-12, type: withdrew}\n" },
			// The screen of 10 November stays as history; the interview of
			// the 17th is cancelled and frees the time; the follow-ups that
			// would come after it go.
			changed: []change{{uid: uidRound1, summary: "Cancelled: ", status: "CANCELLED"},
				{uid: uidThanksLee, gone: true}, {uid: uidCall, gone: true}, {uid: uidLast, gone: true}, {uid: uidMoveOn, gone: true}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := gitHunt(t)
			before := snapshot(t, dir)
			data, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, dir, tc.file, tc.edit(string(data)))
			gittest.CommitAll(t, dir, t2)
			after := snapshot(t, dir)
			wantChanges(t, before, after, tc.changed, tc.added)
		})
	}
}

// wantChanges checks the events of after against those of before: the
// changes, the added events, and every other event byte for byte.
func wantChanges(t *testing.T, before, after map[string]seen, changed []change, added []string) {
	t.Helper()
	touched := map[string]bool{}
	for _, c := range changed {
		touched[c.uid] = true
		b, a := before[c.uid], after[c.uid]
		if b.block == "" {
			t.Fatalf("%s is not in the first build", c.uid)
		}
		if c.gone {
			if a.block != "" {
				t.Errorf("%s: still in the feed", b.summary)
			}
			continue
		}
		if a.block == "" {
			t.Fatalf("%s: lost its UID", b.summary)
		}
		if a.sequence != "1" || a.stamp != stampT2 || a.modified != stampT2 {
			t.Errorf("%s: SEQUENCE %s, DTSTAMP %s, LAST-MODIFIED %s; want 1 and %s (was %s, %s)",
				a.summary, a.sequence, a.stamp, a.modified, stampT2, b.sequence, b.stamp)
		}
		if want := c.start; want == "" && a.start != b.start || want != "" && a.start != want {
			t.Errorf("%s: DTSTART %s, want %q (was %s)", a.summary, a.start, c.start, b.start)
		}
		if c.summary == "" && a.summary != b.summary || !strings.Contains(a.summary, c.summary) {
			t.Errorf("SUMMARY %q, want it to hold %q (was %q)", a.summary, c.summary, b.summary)
		}
		if a.status != c.status {
			t.Errorf("%s: STATUS %q, want %q", a.summary, a.status, c.status)
		}
		if c.status == "CANCELLED" && a.transp != "TRANSPARENT" {
			t.Errorf("%s: TRANSP %s, want TRANSPARENT: a cancelled interview frees the time", a.summary, a.transp)
		}
	}
	for _, uid := range added {
		touched[uid] = true
		if _, ok := before[uid]; ok {
			t.Errorf("%s was there before", uid)
		}
		if a, ok := after[uid]; !ok || a.sequence != "0" || a.stamp != stampT2 || a.modified != stampT2 {
			t.Errorf("new event %s: %+v, want SEQUENCE 0 stamped %s", uid, a, stampT2)
		}
	}
	for uid, b := range before {
		if !touched[uid] && after[uid].block != b.block {
			t.Errorf("%s changed: an edit of other events must leave it byte for byte\n%q\n%q", b.summary, b.block, after[uid].block)
		}
	}
	if want := len(before) + len(added) - countGone(changed); len(after) != want {
		t.Errorf("%d events after, want %d", len(after), want)
	}
}

// countGone counts the changes that take an event out.
func countGone(cs []change) int {
	n := 0
	for _, c := range cs {
		if c.gone {
			n++
		}
	}
	return n
}

func TestUncommittedAndBackdatedEdits(t *testing.T) {
	dir := gitHunt(t)
	acme := filepath.Join(dir, "content", "applications", "acme.yaml")
	// An edit not yet committed is one revision further, made when the
	// file was written.
	writeFile(t, dir, "content/applications/acme.yaml", strings.Replace(editAcme, "company: Acme", "company: Acme Labs", 1))
	written := time.Date(2026, 11, 4, 8, 15, 0, 0, time.UTC)
	if err := os.Chtimes(acme, written, written); err != nil {
		t.Fatal(err)
	}
	got := snapshot(t, dir)
	if ev := got[uidRound1]; ev.sequence != "1" || ev.stamp != "20261104T081500Z" {
		t.Errorf("uncommitted: SEQUENCE %s, DTSTAMP %s; want 1, 20261104T081500Z", ev.sequence, ev.stamp)
	}
	// The settings were written when the test began, but they are as
	// committed: their time does not count.
	if ev := got[uidGlobex]; ev.sequence != "0" || ev.stamp != stampT1 {
		t.Errorf("untouched record: SEQUENCE %s, DTSTAMP %s; want 0, %s", ev.sequence, ev.stamp, stampT1)
	}
	// Committed with a clock that is behind: the commit counts as made
	// when the one before it was, never earlier.
	gittest.CommitAll(t, dir, "2026-11-01T00:00:00Z")
	if ev := snapshot(t, dir)[uidRound1]; ev.sequence != "1" || ev.stamp != stampT1 {
		t.Errorf("backdated commit: SEQUENCE %s, DTSTAMP %s; want 1, %s", ev.sequence, ev.stamp, stampT1)
	}
}

// TestStampsFollowEachEventsOwnHistory edits two events of one record in
// two commits: each keeps the stamp of its own last change.
func TestStampsFollowEachEventsOwnHistory(t *testing.T) {
	const t3 = "20261107T080000Z"
	dir := gitHunt(t)
	acme := strings.Replace(editAcme, "2026-11-17T14:00", "2026-11-18T15:30", 1)
	writeFile(t, dir, "content/applications/acme.yaml", acme)
	gittest.CommitAll(t, dir, t2)
	second := snapshot(t, dir)
	writeFile(t, dir, "content/applications/acme.yaml", strings.Replace(acme, "2026-11-10T10:00", "2026-11-10T10:45", 1))
	gittest.CommitAll(t, dir, "2026-11-07T08:00:00Z")
	third := snapshot(t, dir)
	if ev := third[uidScreen]; ev.sequence != "1" || ev.stamp != t3 || ev.start != "20261110T164500Z" {
		t.Errorf("screen: SEQUENCE %s, DTSTAMP %s, DTSTART %s; want 1, %s, 20261110T164500Z", ev.sequence, ev.stamp, ev.start, t3)
	}
	for uid, b := range second {
		if uid != uidScreen && third[uid].block != b.block {
			t.Errorf("%s: changed by an edit of the screen\n%q\n%q", b.summary, b.block, third[uid].block)
		}
	}
	if ev := third[uidRound1]; ev.sequence != "1" || ev.stamp != stampT2 {
		t.Errorf("interview: SEQUENCE %s, DTSTAMP %s; want 1, %s (its own last change)", ev.sequence, ev.stamp, stampT2)
	}
	// Moved back where it was: a change too, the second one.
	writeFile(t, dir, "content/applications/acme.yaml", editAcme)
	gittest.CommitAll(t, dir, "2026-11-08T08:00:00Z")
	if ev := snapshot(t, dir)[uidRound1]; ev.sequence != "2" || ev.stamp != "20261108T080000Z" {
		t.Errorf("interview moved back: SEQUENCE %s, DTSTAMP %s; want 2, 20261108T080000Z", ev.sequence, ev.stamp)
	}
}

// TestPrivateEditsInAPublicFeed edits the note of an interview, which a
// published build leaves out: its public feed keeps the event's lines byte
// for byte, stamps included, so that they do not tell a private edit
// happened; a private build shows the note and revises the event.
func TestPrivateEditsInAPublicFeed(t *testing.T) {
	dir := gitHunt(t)
	public := func() map[string]string {
		site, err := load.Site(dir)
		if err != nil {
			t.Fatal(err)
		}
		site = site.Public()
		return eventBlocks(Site(site, plan.Actions(site.Applications, site.Settings.Playbook), testBase))
	}
	before := public()
	writeFile(t, dir, "content/applications/acme.yaml", strings.Replace(editAcme, "round: 1, with: [Lee]", "round: 1, with: [Lee], note: salary talk", 1))
	gittest.CommitAll(t, dir, t2)
	if after := public(); after[uidRound1] == "" || after[uidRound1] != before[uidRound1] {
		t.Errorf("public feed: the interview changed with its private note\n%q\n%q", before[uidRound1], after[uidRound1])
	}
	if ev := snapshot(t, dir)[uidRound1]; ev.sequence != "1" || ev.stamp != stampT2 || !strings.Contains(ev.block, "salary talk") {
		t.Errorf("private feed: SEQUENCE %s, DTSTAMP %s; want 1, %s, with the note", ev.sequence, ev.stamp, stampT2)
	}
}

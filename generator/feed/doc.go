// Package feed writes the iCalendar feeds of a site: public/calendar.ics
// with every pending follow-up and every interview of the hunt, and one
// calendar.ics per application. It has its own small RFC 5545 encoder, so
// the bytes are exactly what subscribed clients expect: CRLF endings, lines
// folded at 75 octets, TEXT escaped, and nothing that depends on the clock:
// the build day (settings.Today, given by the build, as Hugo's --clock is)
// is an input like the content, so the same content, settings and day give
// the same bytes.
//
// # UIDs
//
// A subscribed calendar knows an event by its UID: an event whose UID
// changes is, to it, one event deleted and another added. So a UID is
// made only of what names the event, never of a value the job seeker may
// correct. It is the first 32 hex digits of the SHA-256 of a key, "@" the
// site's host, so that it carries nothing of the record. The key is
//
//   - for a follow-up, the record's id (its id: field, else its slug) and
//     the action id: "7f3c2a/thank-you/lee-park", "7f3c2a/check-in/r2";
//   - for an interview or a timed phone screen (a meeting), the record's
//     id, "meeting", its round and its place among the meetings of that
//     round in the record, in time order: "7f3c2a/meeting/r2/1". A phone
//     screen counts in the round an interview in its place would have: one
//     more than the round of the interview before it.
//
// An interview therefore keeps its UID when it moves to another day or
// time, when a time is added to its date, when a phone screen becomes an
// interview, when its company, role, people or notes change, and when the
// record's file is renamed while its id: stays. Two meetings of the same
// round at the same moment are two events. What gives a new UID: a new
// round number (set by hand, or taken by an interview without round: when
// an earlier interview is added before it; set round: to keep it), a
// meeting moved before another of its round, a new id:.
//
// # DTSTAMP, LAST-MODIFIED and SEQUENCE
//
// A feed has no METHOD, so DTSTAMP is when the event's information was
// last revised (RFC 5545 section 3.8.7.2), as LAST-MODIFIED says too; and
// SEQUENCE counts its revisions (section 3.8.7.4). Where they come from is
// the settings' history: auto (the default) reads git when the source is a
// git work tree and git is installed, and the content otherwise; git and
// content choose one (git outside a work tree warns, and falls back on the
// content).
//
// From git, each event is stamped by its own history. Load reads, for each
// record, the commits that touched it or content/site.yaml since the
// commit that added it, along the first parent of each (the states the
// current branch went through; a merge is one state), and decodes the
// record and the settings as each of those commits left them. For each of these states the feed computes
// every event's fingerprint: the SHA-256 of what it writes for the event,
// UID included, with DTSTAMP, LAST-MODIFIED and SEQUENCE left at zero. An
// event's DTSTAMP and LAST-MODIFIED are the committer time of the oldest
// state since which its fingerprint is unchanged; its SEQUENCE is the
// number of times its fingerprint changed (0 for an event as it first
// appeared). A commit made with a clock behind an earlier one counts as
// made at the earlier time, so a stamp never goes back as commits are
// added. An event of the work tree that differs from the last commit (an
// edit not yet committed, of the record or of the settings) is one
// revision further, made when the changed files were last written, never
// before the last commit; once committed, it takes the commit's time, which
// may be earlier than that preview. Since the fingerprint is what the feed
// writes, an edit of one event re-stamps that event only: moving an
// interview re-stamps it and the follow-ups that name its day, not the
// phone screen before it; a setting that moves one due date re-stamps that
// follow-up only, and a settings edit that changes no event's text
// re-stamps nothing. The feed reads the states of a record with the
// build's base URL (a new host gives new UIDs anyway) and, in a public
// build, without the private fields, as it writes the events.
//
// The cost is bounded: at most the last 100 states of each record (commits
// of the record or of the settings) are read; older ones are only counted,
// each as one change, so that SEQUENCE never drops as the window moves on.
// All of it takes a few git processes per build, whatever the number of
// records: one git log, one git diff, one git ls-files and one git
// cat-file among them. The same commits give the same bytes on
// every machine, so the feed of a clean checkout is deterministic, and
// build hashes the commits it reads with the content, so that a commit
// with no change of content still gives a new build. The published build
// must see the whole history (actions/checkout with fetch-depth: 0): a
// shallow clone starts the history at its oldest commit, and load warns
// about it. A client that merges a fetched event into its copy by UID and
// SEQUENCE (Thunderbird's cached calendars, CalDAV stores, which keep
// their copy unless the new one has a greater SEQUENCE, or the same and a
// later DTSTAMP) sees every committed edit of an event as newer, while an
// event no edit touched keeps byte-identical lines. Git follows no rename
// here: a record's file renamed (its id: kept, so its UIDs stay) starts
// its history anew, and its events' SEQUENCE may drop once.
//
// From the content (history: content, or auto outside git), the stamps
// come from the record alone, with no clock, and are the same for every
// event of the record: DTSTAMP is the first moment, in the first time zone
// to see it (UTC+14), of the latest day the record logs as past (applied,
// confirmation, and every event but interviews and phone screens, which are
// set up ahead); SEQUENCE is the number of those events it logs. What this
// guarantees is only that the same record gives the same stamps, that
// logging one more such event raises SEQUENCE (and DTSTAMP, when it is
// dated after the others), and that DTSTAMP is not in the
// future of a record that logs only days that have begun: the day began
// somewhere no later than that. It is no revision history: an edit that logs nothing new
// (a moved interview, a renamed company, a changed setting) changes the
// event's lines but not its stamps, so a client that merges by SEQUENCE
// may keep its old copy; correcting a logged date to an earlier day, or
// deleting an event, moves DTSTAMP back and lowers SEQUENCE; and the
// stamp does not tell when the record was written. Use git for more.
//
// # Endings
//
// Once an application ends (withdrawn, rejected, declined, accepted,
// closed, ghosted), the meetings its ending cancels stay in the feed with
// STATUS:CANCELLED and TRANSP:TRANSPARENT and no alarm, so subscribed
// calendars free the time; the ones before stay as history. Which meetings
// that is, and what reopens a record, is the plan's rule (plan.End), so
// that the feed, the plan and the pages agree: an interview after a
// withdrawal, decline, acceptance, rejection or closing is cancelled,
// unless an offer (or, after a rejection or closing, a reply) came in
// between. Follow-ups due after the end are left out.
//
// A meeting the record marks cancelled (cancelled: true, as logging the
// invitation's METHOD:CANCEL writes it) is cancelled the same way, ending
// or not: it stays in the feed with STATUS:CANCELLED, as RFC 5545 section
// 3.8.1.11 has a calendar say an event is called off, so that subscribed
// calendars free the time rather than keep a meeting that went away; the
// cancellation counts as a logged event, so SEQUENCE rises with it (where
// the stamps come from the content); and the follow-ups it started are
// cancelled in the plan.
//
// # Overdue follow-ups
//
// Nobody looks back at last week in a calendar. A pending follow-up still
// pending on the build day after its due day is written on the build day
// (feed: {overdue: today}, the default), its summary saying since when
// ("Overdue since Mon 16 Nov: Call Dana Smith ..."). Its UID stays, so
// subscribed clients move the event rather than add one, and its SEQUENCE
// is raised by the number of days it moved, so a client that merges by
// SEQUENCE takes the new day; DTSTAMP stays what the content or git says.
// Built on each following day, it moves again and SEQUENCE rises again;
// once done, it leaves the feed as any done follow-up does. With feed:
// {overdue: keep} it stays on its due day. The stamps of the history are
// computed before the move, so the move is never taken for an edit.
//
// # Alarms
//
// A follow-up rings at 09:00 on its day. An interview rings as the
// settings' playbook.interview_alarms say, by default at 18:00 the day
// before and an hour before it starts; an interview with a date only rings
// the day before only.
//
// # Times
//
// Interview times are in UTC, converted with the zone rules embedded in
// the program (package internal/tz); load reads a local time the clocks
// skip or repeat as RFC 5545 section 3.3.5 says. A feed with no event still
// holds a component, a VTIMEZONE for UTC, as section 3.6 requires.
package feed

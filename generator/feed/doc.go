// Package feed writes the iCalendar feeds of a site: public/calendar.ics
// with every pending follow-up and every interview of the hunt, and one
// calendar.ics per application. It has its own small RFC 5545 encoder, so
// the bytes are exactly what subscribed clients expect: CRLF endings, lines
// folded at 75 octets, TEXT escaped, and nothing that depends on the clock.
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
// SEQUENCE counts its revisions (section 3.8.7.4). The information of an
// application's events comes from two files: the record and the settings
// (which set the time zone, the follow-up delays and the alarms). Each
// event of an application is stamped with their revisions.
//
// With history: git in the settings, load reads the revisions from git (see
// load's history.go): for each file, the latest committer time among the
// commits that touched it, and their count; a file with changes not yet
// committed is one revision further, made when it was written. DTSTAMP is
// the later of the two files' times, SEQUENCE the sum of their counts.
// Neither ever goes back as commits are added, each commit that changes a
// file raises SEQUENCE by at least one, and neither can lie in the future
// of the content: it is when the content was committed. The same commits
// give the same bytes on every machine, so the feed of a clean checkout is
// deterministic. The published build must see the whole history
// (actions/checkout with fetch-depth: 0): a shallow clone undercounts, and
// load warns about it. A client that merges a fetched event into its copy
// by UID and SEQUENCE (Thunderbird's cached calendars, CalDAV stores, which
// keep their copy unless the new one has a greater SEQUENCE, or the same
// and a later DTSTAMP) sees every committed edit as newer, while an event
// of an untouched record keeps byte-identical lines. An edit re-stamps all
// the events of its record (and an edit of the settings, every event):
// coarser than the event itself, never missing one. Git follows no
// rename here: a record's file renamed (its id: kept, so its UIDs stay)
// starts its count anew, and its events' SEQUENCE may drop once.
//
// Without history (the default, or a source outside git), the stamps come
// from the record alone, with no clock: DTSTAMP is the first moment, in
// the first time zone to see it (UTC+14), of the latest day the record
// logs as past (applied, confirmation, and every event but interviews and
// phone screens, which are set up ahead); SEQUENCE is the number of events
// it logs. Both grow as the hunt is logged, which is how a record grows,
// and never lie in the future of the content. An edit that logs nothing
// new (a moved interview, a renamed company) changes the event's lines but
// not its stamps: a client that refreshes the whole feed shows it, one that
// merges by SEQUENCE may keep its copy. Use history: git for those.
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

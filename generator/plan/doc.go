// Package plan is the playbook engine: a pure function from application
// records and playbook settings to dated follow-up actions. This doc is the
// specification of its rules, with the table Rules and the sources it names
// (on the advice pages). It reads no clock and no file, and keeps no state
// between calls: the same records and settings always give the same actions
// in the same order.
//
// # Dates
//
// Every rule has a default delay (see Rules), which the site's settings may
// override under playbook.offsets, keyed by rule id. A due date that falls
// on a Saturday or Sunday moves to the Monday after, unless the setting
// weekends is "keep". With the setting holidays (package holiday), public
// holidays and the days off listed count as weekend days: business days
// skip them, and a due date on one moves to the next business day. The steps of a ladder count from the previous step's
// due date after that move. A step that is switched off, or absent from a
// record (email-hiring-manager when the check-in already went to the hiring
// manager), still has a nominal date, and the next step counts from it, so
// switching a rule off never moves the others.
//
// # Before applying
//
// A record with status wishlist has one action at most, apply-by, a rule of
// ours that the playbook does not have (its source reads "ours"): when the
// record gives apply_by, the last day the posting takes applications (as
// followup add reads it from the posting's validThrough), apply-by falls due
// that day. Its delay in the settings counts back from that day, not
// forward, and a due date on a weekend or a holiday moves back to the
// business day before (unless weekends is "keep"), so the reminder never
// comes after the posting closes. An applied record has
// no apply-by.
//
// # Rule ids and action ids
//
// The three "move on" decisions are separate rules, so that each has its own
// delay: move-on (28 days after applying), move-on-after-call (10 business
// days after call-hiring-manager, when a decision date was given) and
// move-on-after-last-check (7 days after last-check, when none was). All
// three actions are named move-on: "move-on" after applying, "move-on/r1",
// "move-on/r2" after an interview round. Switching off or skipping move-on
// concerns the one after applying only; the others go by their own rule ids,
// or by full action id in skip: ("move-on/r1").
//
// Steps of an interview ladder carry their round: "check-in/r1",
// "follow-up-call/r2". The ladder of a round starts from its last
// interview, or from a later reply of that round (before the next
// interview) that carries decision_expected: a promise of an answer by a
// date is followed up as an interview's is, with the decision ladder from
// that date, under the same ids. A reply of that kind before any interview
// starts the ladder of round 0: "decision-day/r0", "check-in/r0". Thank-yous are "thank-you/<person>" and
// "thank-you-note/<person>" for round 1 and carry "/r2" and so on after
// later rounds; <person> is model.Slugify of the interviewer's name. Phone
// screens give "screen-follow-up", then "screen-follow-up/2" for the second
// screen, and so on. The actions after applying and decline-note have no
// suffix. An interview called off (cancelled: true) is no round: it starts
// no thank-you and no ladder, and the next interview takes the round it
// would have had.
//
// # Responses and endings
//
// A response is an event of type reply, phone-screen, interview, offer or
// rejected. It cancels every pending step after applying (when dated on or
// after the application), every pending step of a ladder started before it,
// and the follow-up of an earlier phone screen. The record's confirmation:
// date only cancels check-confirmation; a confirmation event fulfils it.
// Thank-yous are never cancelled by a response: they are owed anyway.
//
// The events accepted, rejected, withdrew, declined and closed end the
// application: every action started before them that is still pending is
// cancelled, whatever its due date. So does a status of withdrawn, closed
// or ghosted set in the record. A declined event adds decline-note, due the
// same day; an offer adds nothing.
//
// An ending holds against the meetings (interviews, phone screens) that
// come after it in the record: set up before it, they will not take place.
// They do not move the status on, the actions they would start are
// cancelled, and the calendar feeds show them cancelled (see End). This is
// so for the candidate's own ending (withdrew, declined, accepted) and for
// the employer's (rejected, closed). Only two events reopen a record that
// an event ended: an offer, after any ending, and a reply after the
// employer's ending (the employer came back). A reply after the
// candidate's own ending is taken for an acknowledgement. Meetings after
// the reopening count again; those before it stay cancelled. A status of
// withdrawn or closed set in the record cancels the meetings dated after
// the last day the record logs (the latest day of an event that is not a
// meeting).
//
// A status of ghosted is not final. A response dated after the move-on date
// of the stage it follows (the application, or the latest interview before
// it) reopens the record: the derived status follows the events again, and
// only actions started before that response stay cancelled. That move-on
// date is computed with the default delays, so that a status never depends
// on the settings.
//
// # Done, skipped, cancelled
//
// An action is done when an event fulfils it on or after the day it became
// possible (the application, screen, interview or decline day):
//
//   - a call event names an action id in action:, or else fulfils the
//     earliest pending call action, whatever its outcome;
//   - an email event names an action id (a rule id or a full id) in action:,
//     or else fulfils the follow-up of the latest phone screen with someone
//     it names in to:, or else the earliest pending email action other than
//     a thank-you;
//   - a thank-you event fulfils thank-you/<person> for each person in to:
//     (all the interviewers of the latest interview when to: is empty), and
//     the pending follow-up of the latest phone screen with someone it names;
//     a letter event does the same for thank-you-note;
//   - a confirmation event fulfils check-confirmation;
//   - a network event fulfils the earliest pending ask-network.
//
// An action that is skipped, or was cancelled before the event happened, is
// fulfilled only by an event that names it (action:, or to: for thanks). A record's skip: list names rule ids
// or full action ids. When several apply, done wins over skipped, skipped
// over cancelled, and cancelled over pending.
//
// # Addressees
//
// Calls and emails after applying go to the referral (channel referral) or
// the recruiter (channel recruiter) when the record has one, else to the
// recruiter or HR contacts, else to the hiring manager, else to the company
// in general (no name). Check-ins, follow-up calls and last checks follow the
// same order without the channel; decline-note too. Ask-network names the
// contacts with the role network or referral: both are people you know. A walk-in application
// has only move-on. A record with status wishlist has no action but
// apply-by.
// Whether thank-you notes are mailed follows the record's mailed_notes: when
// set, else the site's setting.
package plan

package plan

import (
	"github.com/followup-dev/followup/generator/holiday"
	"github.com/followup-dev/followup/generator/model"
)

// Rule is one rule of the playbook: what it asks, when, and on whose advice.
type Rule struct {
	ID     string       // the rule id, the key of its offset and of disabled
	Stage  string       // the part of the playbook it belongs to
	Kind   model.Kind   // the kind of its actions
	Offset model.Offset // the default delay
	From   string       // what the delay counts from
	Source string       // the playbook's source letters, e.g. "B,D"
	Title  string       // a short label of at most 20 characters, e.g. "Confirm receipt"
}

// Stages of the playbook, in the order of Rules.
const (
	StageWishlist   = "Before applying"
	StageApplied    = "After applying"
	StageScreen     = "After a phone screen"
	StageInterview  = "After an interview"
	StageDecision   = "Ladder with a decision date"
	StageNoDecision = "Ladder without a decision date"
	StageEnding     = "Offers and endings"
)

// Rule ids.
const (
	RuleApplyBy           = "apply-by"
	RuleCheckConfirmation = "check-confirmation"
	RuleConfirmReceipt    = "confirm-receipt"
	RuleStatusCheck1      = "status-check-1"
	RuleStatusCheck2      = "status-check-2"
	RuleMoveOn            = "move-on"
	RuleScreenFollowUp    = "screen-follow-up"
	RuleThankYou          = "thank-you"
	RuleThankYouNote      = "thank-you-note"
	RuleDecisionDay       = "decision-day"
	RuleCheckIn           = "check-in"
	RuleAskNetwork        = "ask-network"
	RuleEmailManager      = "email-hiring-manager"
	RuleCallManager       = "call-hiring-manager"
	RuleMoveOnAfterCall   = "move-on-after-call"
	RuleFollowUpCall      = "follow-up-call"
	RuleLastCheck         = "last-check"
	RuleMoveOnAfterCheck  = "move-on-after-last-check"
	RuleDeclineNote       = "decline-note"
)

func days(n int) model.Offset         { return model.Offset{N: n} }
func businessDays(n int) model.Offset { return model.Offset{N: n, Business: true} }

// Rules is the playbook, in the order of the package doc after apply-by,
// which is ours. Its ids are the keys of the settings playbook.offsets and
// playbook.disabled.
var Rules = []Rule{
	{RuleApplyBy, StageWishlist, model.KindTask, days(0), "apply_by, the posting's last day", "ours", "Apply before closing"},
	{RuleCheckConfirmation, StageApplied, model.KindTask, businessDays(2), "applied", "E", "Check it went through"},
	{RuleConfirmReceipt, StageApplied, model.KindCall, businessDays(5), "applied", "B,D", "Confirm receipt"},
	{RuleStatusCheck1, StageApplied, model.KindEmail, days(14), "applied", "E", "First status email"},
	{RuleStatusCheck2, StageApplied, model.KindEmail, days(21), "applied", "E", "Last status email"},
	{RuleMoveOn, StageApplied, model.KindDecision, days(28), "applied", "A,C", "Move on?"},
	{RuleScreenFollowUp, StageScreen, model.KindEmail, days(1), "phone screen", "E", "Note after the screen"},
	{RuleThankYou, StageInterview, model.KindEmail, days(0), "interview", "A,E", "Thank-you email"},
	{RuleThankYouNote, StageInterview, model.KindLetter, days(1), "interview", "A", "Thank-you note"},
	{RuleDecisionDay, StageDecision, model.KindMilestone, days(0), "decision expected", "C", "Decision expected"},
	{RuleCheckIn, StageDecision, model.KindEmail, businessDays(3), RuleDecisionDay, "C", "Check in"},
	{RuleAskNetwork, StageDecision, model.KindTask, businessDays(3), RuleCheckIn, "C", "Ask your network"},
	{RuleEmailManager, StageDecision, model.KindEmail, businessDays(3), RuleAskNetwork, "C", "Email hiring manager"},
	{RuleCallManager, StageDecision, model.KindCall, businessDays(3), RuleEmailManager, "C", "Call hiring manager"},
	{RuleMoveOnAfterCall, StageDecision, model.KindDecision, businessDays(10), RuleCallManager, "C", "Move on?"},
	{RuleFollowUpCall, StageNoDecision, model.KindCall, days(7), "interview", "A", "Follow-up call"},
	{RuleLastCheck, StageNoDecision, model.KindEmail, businessDays(3), RuleFollowUpCall, "A", "Last check"},
	{RuleMoveOnAfterCheck, StageNoDecision, model.KindDecision, days(7), RuleLastCheck, "A", "Move on?"},
	{RuleDeclineNote, StageEnding, model.KindEmail, days(0), "declined", "E", "Note as you decline"},
}

// RuleIDs returns the ids of Rules, in order.
func RuleIDs() []string {
	ids := make([]string, len(Rules))
	for i, r := range Rules {
		ids[i] = r.ID
	}
	return ids
}

// Lookup returns the rule with the given id, or nil.
func Lookup(id string) *Rule {
	for i := range Rules {
		if Rules[i].ID == id {
			return &Rules[i]
		}
	}
	return nil
}

// delays applies the settings to the delays of the rules.
type delays struct {
	pb     model.Playbook
	closed func(model.Date) bool // the public holidays of the settings; nil: none
}

// newDelays returns the delays of the settings pb.
func newDelays(pb model.Playbook) delays {
	return delays{pb: pb, closed: holiday.Closed(pb.Holidays, pb.ExtraDays)}
}

// after returns the due date of rule counted from d: d moved by the rule's
// offset (business days skip weekends and public holidays), then off a
// weekend or holiday unless the settings keep weekends.
func (c delays) after(rule string, d model.Date) model.Date {
	off, ok := c.pb.Offsets[rule]
	if !ok {
		off = Lookup(rule).Offset
	}
	due := off.From(d)
	if off.Business && c.closed != nil {
		due = d
		for n := off.N; n > 0; {
			due = due.AddDays(1)
			if c.open(due) {
				n--
			}
		}
	}
	if c.pb.Weekends != model.WeekendsKeep {
		for !c.open(due) {
			due = due.AddDays(1)
		}
	}
	return due
}

// before returns the due date of rule counted back from d, for a
// deadline: d moved back by the rule's offset (business days skip
// weekends and holidays), then back off a weekend or holiday unless the
// settings keep weekends, so that it never falls after d.
func (c delays) before(rule string, d model.Date) model.Date {
	off, ok := c.pb.Offsets[rule]
	if !ok {
		off = Lookup(rule).Offset
	}
	due := d.AddDays(-off.N)
	if off.Business {
		due = d
		for n := off.N; n > 0; {
			if due = due.AddDays(-1); c.open(due) {
				n--
			}
		}
	}
	if c.pb.Weekends != model.WeekendsKeep {
		for !c.open(due) {
			due = due.AddDays(-1)
		}
	}
	return due
}

// open reports whether d is a business day: no weekend, no holiday.
func (c delays) open(d model.Date) bool {
	return !d.IsWeekend() && (c.closed == nil || !c.closed(d))
}

// enabled reports whether rule is switched on.
func (c delays) enabled(rule string) bool { return !c.pb.Disabled[rule] }

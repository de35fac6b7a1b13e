package plan

import "github.com/followup-dev/followup/generator/model"

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
	StageApplied    = "After applying"
	StageScreen     = "After a phone screen"
	StageInterview  = "After an interview"
	StageDecision   = "Ladder with a decision date"
	StageNoDecision = "Ladder without a decision date"
	StageEnding     = "Offers and endings"
)

// Rule ids.
const (
	ruleCheckConfirmation = "check-confirmation"
	ruleConfirmReceipt    = "confirm-receipt"
	ruleStatusCheck1      = "status-check-1"
	ruleStatusCheck2      = "status-check-2"
	ruleMoveOn            = "move-on"
	ruleScreenFollowUp    = "screen-follow-up"
	ruleThankYou          = "thank-you"
	ruleThankYouNote      = "thank-you-note"
	ruleDecisionDay       = "decision-day"
	ruleCheckIn           = "check-in"
	ruleAskNetwork        = "ask-network"
	ruleEmailManager      = "email-hiring-manager"
	ruleCallManager       = "call-hiring-manager"
	ruleMoveOnAfterCall   = "move-on-after-call"
	ruleFollowUpCall      = "follow-up-call"
	ruleLastCheck         = "last-check"
	ruleMoveOnAfterCheck  = "move-on-after-last-check"
	ruleDeclineNote       = "decline-note"
)

func days(n int) model.Offset         { return model.Offset{N: n} }
func businessDays(n int) model.Offset { return model.Offset{N: n, Business: true} }

// Rules is the playbook, in the order of PLAYBOOK.md. Its ids are the keys of
// the settings playbook.offsets and playbook.disabled.
var Rules = []Rule{
	{ruleCheckConfirmation, StageApplied, model.KindTask, businessDays(2), "applied", "E", "Check it went through"},
	{ruleConfirmReceipt, StageApplied, model.KindCall, businessDays(5), "applied", "B,D", "Confirm receipt"},
	{ruleStatusCheck1, StageApplied, model.KindEmail, days(14), "applied", "E", "First status email"},
	{ruleStatusCheck2, StageApplied, model.KindEmail, days(21), "applied", "E", "Last status email"},
	{ruleMoveOn, StageApplied, model.KindDecision, days(28), "applied", "A,C", "Move on?"},
	{ruleScreenFollowUp, StageScreen, model.KindEmail, days(1), "phone screen", "E", "Note after the screen"},
	{ruleThankYou, StageInterview, model.KindEmail, days(0), "interview", "A,E", "Thank-you email"},
	{ruleThankYouNote, StageInterview, model.KindLetter, days(1), "interview", "A", "Thank-you note"},
	{ruleDecisionDay, StageDecision, model.KindMilestone, days(0), "decision expected", "C", "Decision expected"},
	{ruleCheckIn, StageDecision, model.KindEmail, businessDays(3), "decision-day", "C", "Check in"},
	{ruleAskNetwork, StageDecision, model.KindTask, businessDays(3), "check-in", "C", "Ask your network"},
	{ruleEmailManager, StageDecision, model.KindEmail, businessDays(3), "ask-network", "C", "Email hiring manager"},
	{ruleCallManager, StageDecision, model.KindCall, businessDays(3), "email-hiring-manager", "C", "Call hiring manager"},
	{ruleMoveOnAfterCall, StageDecision, model.KindDecision, businessDays(10), "call-hiring-manager", "C", "Move on?"},
	{ruleFollowUpCall, StageNoDecision, model.KindCall, days(7), "interview", "A", "Follow-up call"},
	{ruleLastCheck, StageNoDecision, model.KindEmail, businessDays(3), "follow-up-call", "A", "Last check"},
	{ruleMoveOnAfterCheck, StageNoDecision, model.KindDecision, days(7), "last-check", "A", "Move on?"},
	{ruleDeclineNote, StageEnding, model.KindEmail, days(0), "declined", "E", "Note as you decline"},
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

// clock applies the settings to the delays of the rules.
type clock struct{ pb model.Playbook }

// after returns the due date of rule counted from d: d moved by the rule's
// offset, then off the weekend unless the settings keep weekends.
func (c clock) after(rule string, d model.Date) model.Date {
	off, ok := c.pb.Offsets[rule]
	if !ok {
		off = Lookup(rule).Offset
	}
	due := off.From(d)
	if c.pb.Weekends != model.WeekendsKeep {
		due = due.NextWeekday()
	}
	return due
}

// enabled reports whether rule is switched on.
func (c clock) enabled(rule string) bool { return !c.pb.Disabled[rule] }

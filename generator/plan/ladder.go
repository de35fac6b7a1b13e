package plan

import (
	"maps"
	"slices"

	"github.com/followup-dev/followup/generator/model"
)

// The steps of the two interview ladders (the ladders of the package doc), in order.
var (
	decisionLadder   = []string{RuleDecisionDay, RuleCheckIn, RuleAskNetwork, RuleEmailManager, RuleCallManager, RuleMoveOnAfterCall}
	noDecisionLadder = []string{RuleFollowUpCall, RuleLastCheck, RuleMoveOnAfterCheck}
)

// step is one step of a ladder with its nominal due date.
type step struct {
	rule string
	due  model.Date
}

// ladder returns the steps that follow interview e with their nominal dates:
// each counts from the one before, whether or not that one is planned.
func (c delays) ladder(e *model.Event) []step {
	rules, d := noDecisionLadder, e.Date
	if !e.DecisionExpected.IsZero() {
		rules, d = decisionLadder, e.DecisionExpected
	}
	steps := make([]step, len(rules))
	for i, r := range rules {
		d = c.after(r, d)
		steps[i] = step{r, d}
	}
	return steps
}

// afterScreens plans one short note after each phone screen (package doc: Rule ids and action ids).
func (p *planner) afterScreens() {
	n := 0
	for i, e := range p.events {
		if e.Type != model.EventPhoneScreen {
			continue
		}
		n++
		id := ActionID{Name: RuleScreenFollowUp}
		if n > 1 {
			id.Screen = n
		}
		to := p.app.ContactsWithRole(model.RoleRecruiter, model.RoleHR)
		if len(e.With) > 0 {
			to = nil
			for _, name := range e.With {
				to = append(to, p.person(name))
			}
		}
		o := origin{possible: e.Date, trigger: i, interview: e}
		p.add(RuleScreenFollowUp, id.String(), p.delays.after(RuleScreenFollowUp, e.Date), o, to)
	}
}

// afterInterviews plans the thank-yous of every interview and the ladder of
// each round (package doc): from the last interview of the round, or from
// a later reply of that round that gives a decision date.
func (p *planner) afterInterviews() {
	rounds := interviewRounds(p.events)
	climbFrom := ladderStarts(p.events, rounds)
	for i, r := range rounds {
		if r == 0 {
			continue
		}
		e := p.events[i]
		p.thankYous(e, origin{possible: e.Date, trigger: i, interview: e, round: r})
	}
	for _, r := range slices.Sorted(maps.Keys(climbFrom)) {
		i := climbFrom[r]
		e := p.events[i]
		o := origin{possible: e.Date, trigger: i, interview: e, round: r}
		if e.Type == model.EventReply {
			o.interview, o.promise = p.meetingBefore(i), e
		}
		p.climb(e, o)
	}
}

// meetingBefore returns the latest interview or phone screen before the
// event at index i, or nil.
func (p *planner) meetingBefore(i int) *model.Event {
	for j := i - 1; j >= 0; j-- {
		if IsMeeting(p.events[j].Type) {
			return p.events[j]
		}
	}
	return nil
}

// ladderStarts returns, for each round, the index of the event its ladder
// starts from: the round's last interview, or a reply after it, before the
// next interview, that carries decision_expected. A reply of that kind
// before any interview starts the ladder of round 0.
func ladderStarts(events []*model.Event, rounds []int) map[int]int {
	starts := map[int]int{}
	current := 0
	for i, e := range events {
		switch {
		case rounds[i] > 0:
			current = rounds[i]
			starts[current] = i
		case e.Type == model.EventReply && !e.DecisionExpected.IsZero():
			starts[current] = i
		}
	}
	return starts
}

// interviewRounds returns, for each event, the round of the interview it
// is, or 0 when it is not an interview or was called off. A round left at
// 0 in the record counts the interviews so far that took place.
func interviewRounds(events []*model.Event) []int {
	rounds := make([]int, len(events))
	n := 0
	for i, e := range events {
		if e.Type != model.EventInterview || e.Cancelled { // called off: no round, nothing to follow up
			continue
		}
		n++
		rounds[i] = e.Round
		if rounds[i] <= 0 {
			rounds[i] = n
		}
	}
	return rounds
}

// thankYous plans a thank-you email to each interviewer of e and, when notes
// are mailed, a thank-you note.
func (p *planner) thankYous(e *model.Event, o origin) {
	mailed := p.delays.pb.MailedNotes
	if p.app.MailedNotes != nil {
		mailed = *p.app.MailedNotes
	}
	id := ActionID{Round: o.round, InRound: o.round > 1} // the first round's thanks carry no round
	for _, name := range e.With {
		slug := model.Slugify(name)
		if slug == "" {
			slug = "person"
		}
		to := []model.Contact{p.person(name)}
		rules := []string{RuleThankYou}
		if mailed {
			rules = append(rules, RuleThankYouNote)
		}
		for _, rule := range rules {
			id.Name, id.Person = rule, slug
			if it := p.add(rule, id.String(), p.delays.after(rule, e.Date), o, to); it != nil {
				it.Person = name
			}
		}
	}
}

// climb plans the escalation ladder after interview e.
func (p *planner) climb(e *model.Event, o origin) {
	process := p.app.ContactsWithRole(model.RoleRecruiter, model.RoleHR)
	managers := p.app.ContactsWithRole(model.RoleHiringManager)
	checkIn := p.processContacts()
	for _, s := range p.delays.ladder(e) {
		var to []model.Contact
		switch s.rule {
		case RuleCheckIn, RuleFollowUpCall, RuleLastCheck:
			to = checkIn
		case RuleAskNetwork:
			to = p.app.ContactsWithRole(model.RoleNetwork, model.RoleReferral)
		case RuleEmailManager:
			if len(process) == 0 && len(managers) > 0 {
				continue // the check-in already went to the hiring manager
			}
			to = managers
		case RuleCallManager:
			to = managers
		}
		p.add(s.rule, ActionID{Name: actionName(s.rule), Round: o.round, InRound: true}.String(), s.due, o, to)
	}
}

// actionName returns the name the actions of rule carry before any suffix:
// the rule id, but move-on for every move-on rule.
func actionName(rule string) string {
	switch rule {
	case RuleMoveOnAfterCall, RuleMoveOnAfterCheck:
		return RuleMoveOn
	}
	return rule
}

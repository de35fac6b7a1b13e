package plan

import (
	"cmp"
	"maps"
	"math"
	"slices"

	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
)

// Actions returns every action of every application, sorted by due date,
// application slug and action id.
func Actions(apps []*model.Application, pb model.Playbook) []*model.Action {
	bySlug := func(x, y *model.Application) int { return cmp.Compare(x.Slug, y.Slug) }
	if !slices.IsSortedFunc(apps, bySlug) {
		apps = slices.SortedFunc(slices.Values(apps), bySlug)
	}
	each := make([][]*model.Action, len(apps))
	parallel.For(len(apps), func(i int) bool {
		acts := applicationActions(apps[i], pb)
		slices.SortFunc(acts, func(x, y *model.Action) int {
			return cmp.Or(x.Due.Compare(y.Due), cmp.Compare(x.ID, y.ID))
		})
		each[i] = acts
		return true
	})
	return byDue(slices.Concat(each...))
}

// byDue returns actions in due date order, those due the same day in the
// order they were: a stable counting sort, quicker on a long hunt than
// comparing every action's date, slug and id.
func byDue(actions []*model.Action) []*model.Action {
	days := make([]int64, len(actions))
	count := map[int64]int{}
	for i, a := range actions {
		days[i] = a.Due.Time().Unix()
		count[days[i]]++
	}
	next := make(map[int64]int, len(count)) // where the next action due that day goes
	n := 0
	for _, day := range slices.Sorted(maps.Keys(count)) {
		next[day] = n
		n += count[day]
	}
	out := make([]*model.Action, len(actions))
	for i, a := range actions {
		out[next[days[i]]] = a
		next[days[i]]++
	}
	return out
}

// never is the cancelAt of an action nothing cancels.
const never = math.MaxInt

// item is an action being planned, with what its state depends on.
type item struct {
	*model.Action
	possible model.Date // the day it became possible
	trigger  int        // index of the event that started it; -1: the application
	cancelAt int        // index of the first event that cancels it, or never
	skipped  bool
}

// planner plans the actions of one application.
type planner struct {
	app    *model.Application
	delays delays
	events []*model.Event // in date and time order
	items  []*item
}

// applicationActions returns the actions of one application, in no order.
func applicationActions(a *model.Application, pb model.Playbook) []*model.Action {
	p := &planner{app: a, delays: newDelays(pb), events: sortedEvents(a)}
	if a.Status == model.StatusWishlist {
		p.beforeApplying()
		return p.settle()
	}
	p.afterApplying()
	p.afterScreens()
	p.afterInterviews()
	p.afterDeclines()
	p.cancel()
	p.fulfil()
	return p.settle()
}

// settle returns the planned actions with their states.
func (p *planner) settle() []*model.Action {
	out := make([]*model.Action, len(p.items))
	for i, it := range p.items {
		out[i] = it.settle()
		if out[i].State == model.StateCancelled && it.cancelAt < len(p.events) {
			out[i].CancelledBy = p.events[it.cancelAt]
		}
	}
	return out
}

// sortedEvents returns pointers to a's events in the order the loader gives
// them (CompareEvents).
func sortedEvents(a *model.Application) []*model.Event {
	evs := make([]*model.Event, len(a.Events))
	for i := range a.Events {
		evs[i] = &a.Events[i]
	}
	slices.SortStableFunc(evs, CompareEvents)
	return evs
}

// CompareEvents orders the events of a record: by day; within a day, timed
// events first in time order, then the others (as in an agenda). Sorted
// stably, events equal by this order keep the record's order.
func CompareEvents(x, y *model.Event) int {
	if c := x.Date.Compare(y.Date); c != 0 {
		return c
	}
	switch {
	case x.Timed() && y.Timed():
		return x.Start.Compare(y.Start)
	case x.Timed():
		return -1
	case y.Timed():
		return 1
	}
	return 0
}

// origin is what starts a group of actions: the application, a screen, an
// interview or a decline.
type origin struct {
	possible  model.Date
	trigger   int
	interview *model.Event
	promise   *model.Event // a reply that gave a decision date
	round     int
}

// add plans the action id of rule, unless the rule is switched off or the
// id is taken already. It returns the new item, or nil.
func (p *planner) add(rule, id string, due model.Date, o origin, to []model.Contact) *item {
	if !p.delays.enabled(rule) {
		return nil
	}
	for _, it := range p.items {
		if it.ID == id {
			return nil
		}
	}
	r := Lookup(rule)
	it := &item{
		Action: &model.Action{
			App: p.app, ID: id, Rule: rule, Kind: r.Kind, Due: due, Source: r.Source,
			To: to, Round: o.round, Interview: o.interview, Promise: o.promise,
		},
		possible: o.possible, trigger: o.trigger, cancelAt: never,
	}
	p.items = append(p.items, it)
	return it
}

// afterApplying plans the check-ins after applying (package doc: Addressees).
func (p *planner) afterApplying() {
	a := p.app
	if a.Applied.IsZero() {
		return
	}
	o := origin{possible: a.Applied, trigger: -1}
	if a.Channel != model.ChannelWalkIn {
		to := p.applicationContacts()
		p.add(RuleCheckConfirmation, RuleCheckConfirmation, p.delays.after(RuleCheckConfirmation, a.Applied), o, nil)
		if it := p.add(RuleConfirmReceipt, RuleConfirmReceipt, p.delays.after(RuleConfirmReceipt, a.Applied), o, to); it != nil && a.NoCalls {
			it.Kind = model.KindEmail
		}
		p.add(RuleStatusCheck1, RuleStatusCheck1, p.delays.after(RuleStatusCheck1, a.Applied), o, to)
		p.add(RuleStatusCheck2, RuleStatusCheck2, p.delays.after(RuleStatusCheck2, a.Applied), o, to)
	}
	p.add(RuleMoveOn, RuleMoveOn, p.delays.after(RuleMoveOn, a.Applied), o, nil)
}

// beforeApplying plans the one action of a wishlist record: apply before
// the posting closes, on its apply_by day or, when that is no business day,
// the business day before (see delays.before).
func (p *planner) beforeApplying() {
	a := p.app
	if a.ApplyBy.IsZero() || !p.delays.enabled(RuleApplyBy) {
		return
	}
	p.add(RuleApplyBy, RuleApplyBy, p.delays.before(RuleApplyBy, a.ApplyBy), origin{trigger: -1}, nil)
	p.cancel()
}

// afterDeclines plans a note for each declined offer (package doc: Responses and endings).
func (p *planner) afterDeclines() {
	for i, e := range p.events {
		if e.Type == model.EventDeclined {
			o := origin{possible: e.Date, trigger: i}
			p.add(RuleDeclineNote, RuleDeclineNote, p.delays.after(RuleDeclineNote, e.Date), o, p.processContacts())
		}
	}
}

// applicationContacts returns whom the calls and emails after applying go
// to: the referral or recruiter the channel names, else the recruiter or HR
// contacts, else the hiring manager, else nobody (the company in general).
func (p *planner) applicationContacts() []model.Contact {
	switch p.app.Channel {
	case model.ChannelReferral:
		if c := p.app.ContactsWithRole(model.RoleReferral); len(c) > 0 {
			return c
		}
	case model.ChannelRecruiter:
		if c := p.app.ContactsWithRole(model.RoleRecruiter); len(c) > 0 {
			return c
		}
	}
	return p.processContacts()
}

// processContacts returns the recruiter or HR contacts, else the hiring
// manager, else nobody.
func (p *planner) processContacts() []model.Contact {
	if c := p.app.ContactsWithRole(model.RoleRecruiter, model.RoleHR); len(c) > 0 {
		return c
	}
	return p.app.ContactsWithRole(model.RoleHiringManager)
}

// person returns the contact named name, or an interviewer of that name
// when the record does not list them.
func (p *planner) person(name string) model.Contact {
	if c := p.app.Contact(name); c != nil {
		return *c
	}
	return model.Contact{Name: name, Role: model.RoleInterviewer}
}

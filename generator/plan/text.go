package plan

import (
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// Summary says in one line what to do and for whom, e.g. "Call Dana Smith
// (recruiter) at Acme Robotics to confirm your application arrived".
func Summary(a *model.Action) string {
	app, target := a.App, target(a)
	verb := "Call "
	if a.Kind == model.KindEmail {
		verb = "Email "
	}
	switch a.Rule {
	case RuleApplyBy:
		return "Apply to " + app.Company + " for the " + app.Role + " role: the posting closes after " + day(app.ApplyBy)
	case RuleCheckConfirmation:
		return "Check that your application to " + app.Company + " went through: inbox, spam folder, applicant portal"
	case RuleConfirmReceipt:
		return verb + target + " to confirm your application arrived"
	case RuleStatusCheck1:
		return "Email " + target + " a short status check on your " + app.Role + " application"
	case RuleStatusCheck2:
		return "Email " + target + " a last status check on your " + app.Role + " application"
	case RuleMoveOn:
		return "Decide whether to move on from " + app.Company + ": no answer since you applied on " + day(app.Applied)
	case RuleScreenFollowUp:
		return "Email " + target + " a short note after the phone screen on " + interviewDay(a)
	case RuleThankYou:
		return "Send " + a.Person + " a thank-you email for the interview on " + interviewDay(a)
	case RuleThankYouNote:
		return "Mail " + a.Person + " a thank-you note for the interview on " + interviewDay(a)
	case RuleDecisionDay:
		return "Decision expected from " + app.Company + " on the " + app.Role + " role"
	case RuleCheckIn:
		return "Email " + target + " to ask where the decision on the " + app.Role + " role stands"
	case RuleAskNetwork:
		if len(a.To) == 0 {
			return "Ask people you know at " + app.Company + " what they can learn about the decision"
		}
		return "Ask " + people(a.To) + " what they can learn about the decision at " + app.Company
	case RuleEmailManager:
		return "Email " + managerTarget(a) + " to ask about the decision on the " + app.Role + " role"
	case RuleCallManager:
		return "Call " + managerTarget(a) + " about the decision on the " + app.Role + " role"
	case RuleMoveOnAfterCall, RuleMoveOnAfterCheck:
		if a.Promise != nil {
			return "Decide whether to move on from " + app.Company + ": no answer since their reply on " + day(a.Promise.Date)
		}
		return "Decide whether to move on from " + app.Company + ": no answer since the interview on " + interviewDay(a)
	case RuleFollowUpCall:
		return "Call " + target + " to follow up on the interview on " + interviewDay(a)
	case RuleLastCheck:
		return "Email " + target + " a last short follow-up on the interview on " + interviewDay(a)
	case RuleDeclineNote:
		return "Email " + target + " a short, kind note as you decline the offer"
	}
	return a.ID + " at " + app.Company
}

// Explain gives the reason for an action in a sentence or two.
func Explain(a *model.Action) string {
	if a.Rule == RuleConfirmReceipt && a.Kind == model.KindEmail {
		return "The posting asked for no phone calls, so confirm by email instead. " +
			"Once is enough: ask whether the role is still open and your application arrived."
	}
	return explanations[a.Rule]
}

// explanations holds the reason for each rule, in our own words.
var explanations = map[string]string{
	RuleApplyBy:           "The posting said when it stops taking applications. This reminder falls on that day, or on the business day before when it is a weekend or a holiday; apply before it closes, or drop the record.",
	RuleCheckConfirmation: "Application systems usually confirm a submission straight away. With no confirmation recorded, make sure the application was really sent and completed before chasing anyone.",
	RuleConfirmReceipt:    "One short call shows interest and catches a resume that went missing on the way. Call once, ask whether the role is open and your application arrived, then let them talk.",
	RuleStatusCheck1:      "A few lines asking where things stand keep your application in view without pressing.",
	RuleStatusCheck2:      "A second and final status note; writing more than once a week starts to count against you.",
	RuleMoveOn:            "The check-ins brought no answer. Mark the application ghosted and put your energy into openings that are moving.",
	RuleScreenFollowUp:    "A short note right after a phone screen brings you back to the recruiter's mind. Send it once, and only if you want the job.",
	RuleThankYou:          "Each interviewer should get a prompt, personal thank-you: your name, the date, the role, one thing you talked about and why you fit.",
	RuleThankYouNote:      "A mailed note on top of the email stands out in roles where etiquette counts.",
	RuleDecisionDay:       "The day they said they would decide. Nothing to do yet but watch for their answer.",
	RuleCheckIn:           "A few working days past the expected decision, a polite email shows you are still interested and asks where the process stands.",
	RuleAskNetwork:        "People you know inside the company can often find out what is holding the decision up.",
	RuleEmailManager:      "When the recruiter has gone quiet, the next step up is the hiring manager.",
	RuleCallManager:       "A direct call is the last thing to try. Prepare what you will say both live and on voicemail.",
	RuleMoveOnAfterCall:   "Silence after every step is an answer too, and says something about how they treat people. Put your time elsewhere.",
	RuleFollowUpCall:      "With no decision date given, a call after a week is fair. On voicemail, leave a message and send a short email the same day.",
	RuleLastCheck:         "One last short email in case the call brought nothing back; more contact than this does not help.",
	RuleMoveOnAfterCheck:  "No answer after a call and an email: consider the application over and move on.",
	RuleDeclineNote:       "A short, respectful note when you turn an offer down keeps the door open for later.",
}

// target names the addressees and the company: "Dana Smith (recruiter) at
// Acme Robotics", or the company alone when nobody is named.
func target(a *model.Action) string {
	if len(a.To) == 0 {
		return a.App.Company
	}
	return people(a.To) + " at " + a.App.Company
}

// managerTarget is target, or "the hiring manager at Acme Robotics" when
// the record names none.
func managerTarget(a *model.Action) string {
	if len(a.To) == 0 {
		return "the hiring manager at " + a.App.Company
	}
	return target(a)
}

// people lists contacts with their roles: "Dana Smith (recruiter) and Kim
// Wu (HR)".
func people(cs []model.Contact) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name
		if r := roleLabels[c.Role]; r != "" {
			names[i] += " (" + r + ")"
		}
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// roleLabels says each contact role in words.
var roleLabels = map[string]string{
	model.RoleRecruiter:     "recruiter",
	model.RoleHR:            "HR",
	model.RoleHiringManager: "hiring manager",
	model.RoleInterviewer:   "interviewer",
	model.RoleNetwork:       "network",
	model.RoleReferral:      "referral",
}

// interviewDay is the day of the event that started a, e.g. "17 November".
func interviewDay(a *model.Action) string {
	if a.Interview == nil {
		return day(a.Due)
	}
	return day(a.Interview.Date)
}

// day formats d as "17 November".
func day(d model.Date) string { return d.Format("2 January") }

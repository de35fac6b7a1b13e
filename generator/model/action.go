package model

// Kind is what sort of thing an action asks the job seeker to do.
type Kind string

// Action kinds.
const (
	KindCall      Kind = "call"
	KindEmail     Kind = "email"
	KindLetter    Kind = "letter"
	KindTask      Kind = "task"
	KindMilestone Kind = "milestone"
	KindDecision  Kind = "decision"
)

// State is where an action stands.
type State string

// Action states.
const (
	StatePending   State = "pending"
	StateDone      State = "done"
	StateSkipped   State = "skipped"
	StateCancelled State = "cancelled"
)

// Action is one dated follow-up the playbook derives from a record.
type Action struct {
	App    *Application
	ID     string // unique within the application: "confirm-receipt", "thank-you/lee-park", "check-in/r2"
	Rule   string // the rule id without suffixes: "thank-you", "check-in"
	Kind   Kind
	Due    Date
	State  State
	Source string // the playbook's source letters, e.g. "A,E"

	To     []Contact // addressees in the record; empty: the company in general, or nobody
	Round  int       // interview round for ladders and thank-yous; 0 otherwise
	Person string    // thank-you: the interviewer's name

	Interview *Event // the interview or screen that started it, if any
	Promise   *Event // the reply whose decision_expected started its ladder, if any
	DoneBy    *Event // the event that fulfilled it, when State is done

	// CancelledBy is the event that cancelled it, when State is cancelled;
	// nil when the record's status or confirmation date did.
	CancelledBy *Event
}

// ToNames returns the names of the addressees joined by ", ".
func (a *Action) ToNames() string {
	s := ""
	for i, c := range a.To {
		if i > 0 {
			s += ", "
		}
		s += c.Name
	}
	return s
}

// Pending reports whether the action is still to do.
func (a *Action) Pending() bool { return a.State == StatePending }

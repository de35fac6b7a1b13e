package plan

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// ActionID is an action id taken apart (see "Rule ids and action ids" in
// the package doc): the name before any suffix, the person a thank-you is
// for, the interview round and the number of a later phone screen.
type ActionID struct {
	Name    string // a rule id; every move-on action is named move-on
	Person  string // thank-you and thank-you-note: the slug of the person thanked
	Round   int    // the interview round of "/r<round>" (0: a reply before any interview)
	Screen  int    // the phone screen of "screen-follow-up/<n>", 0 when absent
	InRound bool   // the id carries "/r<round>"
}

// String returns the action id: the name, then the person, the screen
// and the round, each when set.
func (a ActionID) String() string {
	id := a.Name
	if a.Person != "" {
		id += "/" + a.Person
	}
	if a.Screen > 0 {
		id += "/" + strconv.Itoa(a.Screen)
	}
	if a.InRound {
		id += "/r" + strconv.Itoa(a.Round)
	}
	return id
}

// maxSuffix bounds the numbers of round and screen suffixes.
const maxSuffix = 999

// ParseActionID takes id apart. Name is always the part before the first
// slash, which the caller checks with Lookup. The error says what the
// suffix should be: "/r" and a round for any rule; a person's slug,
// optionally followed by a round, for a thank-you or a thank-you note; a
// screen number from 2 for screen-follow-up.
func ParseActionID(id string) (ActionID, error) {
	name, suffix, found := strings.Cut(id, "/")
	a := ActionID{Name: name}
	if !found {
		return a, nil
	}
	if Thanks(name) {
		a.Person = suffix
		if person, round, ok := cutRound(suffix); ok {
			a.Person, a.Round, a.InRound = person, round, true
		}
		if a.Person == "" {
			return a, fmt.Errorf("action id %q should be %s/ and the slug of a person's name, such as %s/lee-park", id, name, name)
		}
		return a, nil
	}
	if n, ok := parseRound(suffix); ok {
		a.Round, a.InRound = n, true
		return a, nil
	}
	if n, ok := number(suffix); ok && name == RuleScreenFollowUp && n >= 2 {
		a.Screen = n
		return a, nil
	}
	return a, fmt.Errorf("action id %q should be %s or %s/r and a round number, such as %s/r2", id, name, name, name)
}

// cutRound splits "<rest>/r<round>" when it ends in a valid round.
func cutRound(s string) (string, int, bool) {
	i := strings.LastIndex(s, "/")
	if i < 0 {
		return s, 0, false
	}
	n, ok := parseRound(s[i+1:])
	return s[:i], n, ok
}

// parseRound parses "r<round>": r0 (a reply before any interview), or r1 to
// r999 written without a leading zero.
func parseRound(s string) (int, bool) {
	if s == "r0" {
		return 0, true
	}
	if !strings.HasPrefix(s, "r") {
		return 0, false
	}
	return number(s[1:])
}

// number parses a number from 1 to maxSuffix written without a leading zero.
func number(s string) (int, bool) {
	if s == "" || s[0] == '0' || len(s) > 3 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n <= maxSuffix
}

// Thanks reports whether the actions of rule thank a person: their ids
// carry the person's slug.
func Thanks(rule string) bool { return rule == RuleThankYou || rule == RuleThankYouNote }

// FulfilledBy returns the type of the event that fulfils an action of the
// rule and kind (the kind the action has: confirm-receipt is an email when
// the record says no calls), the event done records; or "" when no event
// does: a decision or a milestone is settled by what you log about the
// application itself, and apply-by by applying (applied: set, the status
// wishlist removed). (A thank-you to the person of a phone screen fulfils
// its follow-up too; see the package doc.)
func FulfilledBy(rule string, kind model.Kind) string {
	switch {
	case rule == RuleThankYou:
		return model.EventThankYou
	case rule == RuleThankYouNote:
		return model.EventLetter
	case kind == model.KindCall:
		return model.EventCall
	case kind == model.KindEmail:
		return model.EventEmail
	case rule == RuleAskNetwork:
		return model.EventNetwork
	case rule == RuleCheckConfirmation:
		return model.EventConfirmation
	}
	return ""
}

package load

import (
	"fmt"
	"regexp"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// ruleIDs are the ids of the follow-up rules of the playbook engine: the
// keys of offsets and disabled, and the first part of an action id.
var ruleIDs = plan.RuleIDs()

// checkRule returns a message when id is not a rule id.
func checkRule(id string) string {
	if contains(ruleIDs, id) {
		return ""
	}
	return unknownValue("rule", id, ruleIDs)
}

// checkActionID returns a message when id is not the id of an action a
// record may name (plan.ParseActionID): a rule id, "<rule>/r<round>", or
// for a thank-you the slug of a person among people, optionally followed
// by "/r<round>".
func checkActionID(id string, people []string) string {
	a, err := plan.ParseActionID(id)
	if msg := checkRule(a.Name); msg != "" {
		return msg
	}
	if err != nil {
		return err.Error()
	}
	if a.Person == "" {
		return ""
	}
	slugs := make([]string, len(people))
	for i, p := range people {
		slugs[i] = model.Slugify(p)
		if slugs[i] == a.Person {
			return ""
		}
	}
	if s := suggest(a.Person, slugs); s != "" {
		return fmt.Sprintf("%q names nobody in this record, did you mean %q?", id, plan.ActionID{Name: a.Name, Person: s}.String())
	}
	return fmt.Sprintf("%q names nobody in this record (want %s/ and the slug of a contact's name, such as %s/lee-park)", id, a.Name, a.Name)
}

// checkOffset parses an offset such as "5bd" (business days) or "14d" (days).
func checkOffset(s string) (model.Offset, string) {
	m := offsetPattern.FindStringSubmatch(s)
	bad := fmt.Sprintf("invalid offset %q: want a number of days such as 14d, or business days such as 5bd", s)
	if m == nil {
		return model.Offset{}, bad
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
	}
	if n > maxOffset {
		return model.Offset{}, fmt.Sprintf("offset %q is too long: at most %d days", s, maxOffset)
	}
	return model.Offset{N: n, Business: m[2] == "bd"}, ""
}

const maxOffset = 365

var offsetPattern = regexp.MustCompile(`^([0-9]{1,4})(d|bd)$`)

package load

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// ruleIDs are the ids of the follow-up rules of the playbook engine: the
// keys of offsets and disabled, and the first part of an action id.
var ruleIDs = plan.RuleIDs()

var (
	roundSuffix  = regexp.MustCompile(`^r[1-9][0-9]{0,2}$`)
	screenSuffix = regexp.MustCompile(`^[2-9]$|^[1-9][0-9]{1,2}$`) // screen-follow-up/2 for a second screen
)

// checkRule returns a message when id is not a rule id.
func checkRule(id string) string {
	if contains(ruleIDs, id) {
		return ""
	}
	return unknownValue("rule", id, ruleIDs)
}

// checkActionID returns a message when id is neither a rule id nor the id of
// an action of the record: "thank-you/<person>" for a person among people
// (by slug, optionally followed by "/r<round>"), or "<rule>/r<round>".
func checkActionID(id string, people []string) string {
	rule, suffix, found := strings.Cut(id, "/")
	if msg := checkRule(rule); msg != "" {
		return msg
	}
	if !found {
		return ""
	}
	if rule == "thank-you" || rule == "thank-you-note" {
		if person, round, ok := strings.Cut(suffix, "/"); ok && roundSuffix.MatchString(round) {
			suffix = person
		}
		slugs := make([]string, len(people))
		for i, p := range people {
			slugs[i] = model.Slugify(p)
			if slugs[i] == suffix {
				return ""
			}
		}
		if s := suggest(suffix, slugs); s != "" {
			return fmt.Sprintf("%q names nobody in this record, did you mean %q?", id, rule+"/"+s)
		}
		return fmt.Sprintf("%q names nobody in this record (want %s/ and the slug of a contact's name, such as %s/lee-park)", id, rule, rule)
	}
	if roundSuffix.MatchString(suffix) || (rule == "screen-follow-up" && screenSuffix.MatchString(suffix)) {
		return ""
	}
	return fmt.Sprintf("action id %q should be %s or %s/r and a round number, such as %s/r2", id, rule, rule, rule)
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

package scripts

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// inline joins a block into one line with single spaces, so that a template
// may spread a sentence over several lines.
func inline(s string) string { return strings.Join(strings.Fields(s), " ") }

// items splits a block into one item per non-blank line; a leading "- " is
// dropped.
func items(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = inline(line)
		line = strings.TrimSpace(strings.TrimPrefix(line, "- "))
		if line != "" && line != "-" {
			out = append(out, line)
		}
	}
	return out
}

var blankLines = regexp.MustCompile(`\n{3,}`)

// paragraphs tidies a body: each line trimmed with single spaces, at most one
// blank line in a row, none at either end.
func paragraphs(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = inline(l)
	}
	return strings.TrimSpace(blankLines.ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

// mailto returns a mailto: URL (RFC 6068) with subject and body
// percent-encoded and line breaks as %0D%0A; addr may be empty.
func mailto(addr, subject, body string) string {
	body = strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\n", "\r\n")
	return "mailto:" + pctEncode(addr, "@,") + "?subject=" + pctEncode(subject, "") + "&body=" + pctEncode(body, "")
}

// pctEncode percent-encodes every byte of s but unreserved characters and
// those in keep.
func pctEncode(s, keep string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("-._~", c) >= 0 || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// recordLine returns the event to add to the record once the action is done
// (the one plan.FulfilledBy names), as one YAML flow mapping in a list: the
// due date, the type, the action and the addressees.
func recordLine(a *model.Action) string {
	var names []string
	for _, c := range addressees(a) {
		names = append(names, c.Name)
	}
	f := []string{"date: " + a.Due.String()}
	switch typ := plan.FulfilledBy(a.Rule, a.Kind); typ {
	case model.EventThankYou, model.EventLetter:
		f = append(f, "type: "+typ)
		if len(names) > 0 {
			f = append(f, "to: "+yamlList(names))
		}
	case model.EventCall:
		f = append(f, "type: "+model.EventCall)
		if len(names) > 0 {
			f = append(f, "to: "+yamlNames(names))
		}
		f = append(f, "action: "+yamlScalar(a.ID), "outcome: spoke")
	default:
		f = append(f, "type: "+model.EventEmail, "action: "+yamlScalar(a.ID))
		if len(names) > 0 {
			f = append(f, "to: "+yamlNames(names))
		}
	}
	return "- {" + strings.Join(f, ", ") + "}"
}

// yamlNames writes one name as a scalar, several as a list.
func yamlNames(names []string) string {
	if len(names) == 1 {
		return yamlScalar(names[0])
	}
	return yamlList(names)
}

func yamlList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = yamlScalar(n)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// plainScalar matches text that YAML reads back as the same string inside a
// flow collection without quotes.
var plainScalar = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} .'/_-]*$`)

// yamlWords are plain scalars YAML would read as something other than a string.
var yamlWords = map[string]bool{"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true,
	"y": true, "n": true, "null": true, "~": true, ".nan": true, ".inf": true}

// yamlScalar writes s plain when that is safe, else double-quoted.
func yamlScalar(s string) string {
	if plainScalar.MatchString(s) && !strings.HasSuffix(s, " ") && !yamlWords[strings.ToLower(s)] && !numeric(s) {
		return s
	}
	return strconv.Quote(s)
}

// numeric reports whether s starts like a number, which YAML might resolve
// to an int, float or timestamp.
func numeric(s string) bool { return s[0] >= '0' && s[0] <= '9' }

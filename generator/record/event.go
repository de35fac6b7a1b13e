package record

import (
	"regexp"
	"strconv"
	"strings"
)

// Event is an event to add, with its values as they will be written.
type Event struct {
	Date             string // YYYY-MM-DD, YYYY-MM-DDTHH:MM or RFC 3339
	Type             string
	To               []string
	From             string
	With             []string
	Round            int
	Topics           []Topic
	Action           string
	Outcome          string
	NextStep         string
	DecisionExpected string // YYYY-MM-DD
	Note             string
	UID              string // the invitation's UID
}

// Topic is what was discussed with one interviewer.
type Topic struct{ Name, Text string }

// Contact is a contact to add.
type Contact struct{ Name, Role, Email string }

// field is one key and its value, written in flow style.
type field struct{ key, val string }

// fields returns the keys of e that are set, in the order they are written.
func (e *Event) fields() []field {
	f := []field{{"date", e.Date}, {"type", e.Type}}
	add := func(key, val string) {
		if val != "" {
			f = append(f, field{key, val})
		}
	}
	if len(e.To) == 1 {
		add("to", scalar(e.To[0]))
	} else if len(e.To) > 1 {
		add("to", list(e.To))
	}
	add("from", scalarOrEmpty(e.From))
	if len(e.With) > 0 {
		add("with", list(e.With))
	}
	if e.Round > 0 {
		add("round", strconv.Itoa(e.Round))
	}
	if len(e.Topics) > 0 {
		parts := make([]string, len(e.Topics))
		for i, t := range e.Topics {
			parts[i] = scalar(t.Name) + ": " + scalar(t.Text)
		}
		add("topics", "{"+strings.Join(parts, ", ")+"}")
	}
	add("action", scalarOrEmpty(e.Action))
	add("outcome", scalarOrEmpty(e.Outcome))
	add("next_step", scalarOrEmpty(e.NextStep))
	add("decision_expected", e.DecisionExpected)
	add("note", scalarOrEmpty(e.Note))
	add("uid", scalarOrEmpty(e.UID))
	return f
}

// fields returns the keys of c that are set, in the order they are written.
func (c *Contact) fields() []field {
	f := []field{{"name", scalar(c.Name)}}
	if c.Role != "" {
		f = append(f, field{"role", c.Role})
	}
	if c.Email != "" {
		f = append(f, field{"email", scalar(c.Email)})
	}
	return f
}

// flowItem writes fields as one sequence item in flow style:
// "- {date: 2026-12-05, type: call}".
func flowItem(indent string, f []field) []string {
	parts := make([]string, len(f))
	for i, kv := range f {
		parts[i] = kv.key + ": " + kv.val
	}
	return []string{indent + "- {" + strings.Join(parts, ", ") + "}"}
}

// blockItem writes fields as one sequence item in block style, the keys
// after the first at the column keyIndent.
func blockItem(indent, keyIndent string, f []field) []string {
	out := make([]string, len(f))
	for i, kv := range f {
		prefix := keyIndent
		if i == 0 {
			prefix = indent + "- " + strings.Repeat(" ", max(0, len(keyIndent)-len(indent)-2))
		}
		out[i] = prefix + kv.key + ": " + kv.val
	}
	return out
}

// plainScalar matches text that YAML reads back as the same string, plain,
// inside a flow collection.
var plainScalar = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} .'/_@-]*$`)

// yamlWords are plain scalars YAML would read as something other than a string.
var yamlWords = map[string]bool{"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true,
	"y": true, "n": true, "null": true, "~": true}

// scalar writes s plain when that is safe, else double-quoted.
func scalar(s string) string {
	if plainScalar.MatchString(s) && !strings.HasSuffix(s, " ") && !yamlWords[strings.ToLower(s)] &&
		(s[0] < '0' || s[0] > '9') {
		return s
	}
	return strconv.Quote(s)
}

func scalarOrEmpty(s string) string {
	if s == "" {
		return ""
	}
	return scalar(s)
}

// list writes names as a flow list: "[Lee Park, Sam Ortiz]".
func list(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = scalar(n)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"text/template"

	"github.com/followup-dev/followup/generator/model"
)

// Record is what a new record file holds. Every field left empty stays in
// the file as a commented example, as in the record `followup new` writes.
type Record struct {
	Company, Role string
	Applied       model.Date // zero: not applied yet (give Status wishlist)
	Channel       string     // empty: left as a comment
	Source        string
	Link          string
	Location      string
	Salary        string
	Reference     string     // the employer's reference of the job
	ApplyBy       model.Date // the posting's last day; zero: not written
	Status        string     // a settable status, or empty
	Contacts      []model.Contact
	Events        []model.Event // only Date and Type are written
	Notes         string        // Markdown; written as a literal block
	// Example is the day the commented examples of events start from;
	// Applied when it is zero.
	Example model.Date
	// From says, by record key ("company"), where a value came from: it is
	// written as the comment of its line.
	From map[string]string
}

// RecordText returns the commented YAML text of r.
func RecordText(r Record) ([]byte, error) {
	example := r.Example
	if example.IsZero() {
		example = r.Applied
	}
	applied, applyBy := "", ""
	if !r.Applied.IsZero() {
		applied = r.Applied.String()
	}
	if !r.ApplyBy.IsZero() {
		applyBy = r.ApplyBy.String()
	}
	var contacts []map[string]string
	for _, c := range r.Contacts {
		contacts = append(contacts, map[string]string{
			"Name": yamlText(c.Name), "Role": c.Role, "Title": optText(c.Title),
			"Email": optText(c.Email), "Phone": optText(c.Phone),
		})
	}
	var events []string
	for _, e := range r.Events {
		events = append(events, fmt.Sprintf("{date: %s, type: %s}", e.Date, e.Type))
	}
	var b strings.Builder
	err := recordTemplate.Execute(&b, map[string]any{
		"Company":   yamlText(r.Company),
		"Role":      yamlText(r.Role),
		"Applied":   applied,
		"Channel":   r.Channel,
		"Source":    optText(r.Source),
		"Link":      optText(r.Link),
		"Location":  optText(r.Location),
		"Salary":    optText(r.Salary),
		"Reference": optText(r.Reference),
		"ApplyBy":   applyBy,
		"From":      r.From,
		"Status":    r.Status,
		"Contacts":  contacts,
		"Events":    events,
		"Notes":     notesBlock(r.Notes),
		"Example":   example.String(),
		"Screen":    example.AddDays(7).String(),
		"Interview": example.AddDays(14).String(),
		"Decision":  example.AddDays(24).String(),
	})
	return []byte(b.String()), err
}

// optText is yamlText of s, or "" when s is empty.
func optText(s string) string {
	if s == "" {
		return ""
	}
	return yamlText(s)
}

// notesBlock returns the lines of a literal block scalar holding s, each
// indented by two spaces, or "" when s is empty. Trailing spaces are
// dropped so that the block reads back as written.
func notesBlock(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t\r")
		if line == "" {
			b.WriteByte('\n')
			continue
		}
		b.WriteString("  " + line + "\n")
	}
	return b.String()
}

// WriteRecord writes data as the record content/applications/<slug>.yaml
// of the site in dir and returns its slash path. It never replaces a file:
// when one is there it fails with an error that wraps fs.ErrExist.
func WriteRecord(dir, slug string, data []byte) error {
	if !model.ValidSlug(slug) {
		return fmt.Errorf("%q is not a valid record name", slug)
	}
	err := writeNew(dir, model.RecordFile(slug), data)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: edit it, or remove it first (%w)", model.RecordFile(slug), err)
	}
	return err
}

var recordTemplate = template.Must(template.New("record").Parse(`# One application of the job hunt. The lines starting with # are optional
# fields: remove the # to use one. Dates are YYYY-MM-DD; times of day are
# YYYY-MM-DDTHH:MM in the site's time zone.
company: {{.Company}}{{with index .From "company"}}  # {{.}}{{end}}
role: {{.Role}}{{with index .From "role"}}  # {{.}}{{end}}
{{if .Applied}}applied: {{.Applied}}{{with index .From "applied"}}  # {{.}}{{end}}{{else}}# applied: {{.Example}}      # the day you apply; then remove the status line{{end}}
{{if .Channel}}channel: {{.Channel}}        # job-board | company-site | email | referral | recruiter | walk-in
{{- else}}# channel: job-board      # job-board | company-site | email | referral | recruiter | walk-in{{end}}
{{if .Source}}source: {{.Source}}{{with index .From "source"}}  # {{.}}{{end}}{{else}}# source: where you saw the posting{{end}}
{{if .Link}}link: {{.Link}}{{with index .From "link"}}  # {{.}}{{end}}{{else}}# link: https://jobs.example.com/123{{end}}
{{if .Location}}location: {{.Location}}{{with index .From "location"}}  # {{.}}{{end}}{{else}}# location: Remote{{end}}
{{if .Salary}}salary: {{.Salary}}        # private: left out of published builds{{with index .From "salary"}}; {{.}}{{end}}
{{- else}}# salary: 100-120k        # private: left out of published builds{{end}}
{{if .Reference}}reference: {{.Reference}}  # private{{with index .From "reference"}}; {{.}}{{end}}
{{end}}{{if .ApplyBy}}apply_by: {{.ApplyBy}}  # the posting's last day: a wishlist record is reminded of it{{with index .From "apply_by"}}; {{.}}{{end}}
{{end}}# no_calls: true          # the posting asked for no phone calls
# confirmation: {{.Example}}  # the day the automatic confirmation arrived
# pitch: One line on why you fit, used by the call scripts
{{if .Status}}status: {{.Status}}{{else}}# status: wishlist{{end}}        # or withdrawn, ghosted, closed; the rest follows from the events{{with index .From "status"}}; {{.}}{{end}}
# private: true           # leave this application out of published builds
# skip: [confirm-receipt] # follow-ups you chose not to do
{{if .Contacts}}
contacts:
{{- range .Contacts}}
  - name: {{.Name}}
{{- if .Role}}
    role: {{.Role}}
{{- end}}
{{- if .Title}}
    title: {{.Title}}
{{- end}}
{{- if .Email}}
    email: {{.Email}}   # private
{{- end}}
{{- if .Phone}}
    phone: {{.Phone}}   # private
{{- end}}
{{- end}}
{{else}}
# contacts:
#   - name: Dana Smith
#     role: recruiter     # recruiter | hr | hiring-manager | interviewer | network | referral
#     title: Talent Partner
#     email: dana@example.com   # private
#     phone: "+1 555 0100"      # private
{{end}}
{{if .Events}}events:                   # what happened, in any order
{{- range .Events}}
  - {{.}}
{{- end}}
{{else}}# events:                 # what happened, in any order
{{end}}#   - {date: {{.Screen}}, type: phone-screen, with: [Dana Smith]}
#   - date: {{.Interview}}T14:00
#     type: interview
#     with: [Lee Park]
#     topics: {Lee Park: what you talked about}
#     next_step: what they said comes next
#     decision_expected: {{.Decision}}
#   - {date: {{.Interview}}, type: thank-you, to: [Lee Park]}
#   - {date: {{.Decision}}, type: call, to: Dana Smith, outcome: voicemail}
{{if .Notes}}
notes: |                  # private, Markdown
{{.Notes}}{{else}}
# notes: |                # private, Markdown
#   Anything worth remembering.
{{end}}`))

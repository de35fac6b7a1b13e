package inbox

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
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

// UserRules is where a hunt adds phrases of its own, relative to its source.
const UserRules = "content/inbox.yaml"

// LoadRules returns the rules of rules.yaml and, when the hunt in source
// has one, those of its UserRules file added to them.
func LoadRules(source string) (*Rules, error) {
	var r Rules
	if err := decodeRules(defaultRules, &r); err != nil {
		return nil, fmt.Errorf("rules.yaml: %w", err)
	}
	data, err := os.ReadFile(filepath.Join(source, filepath.FromSlash(UserRules)))
	if errors.Is(err, fs.ErrNotExist) {
		return &r, nil
	}
	if err != nil {
		return nil, err
	}
	var u Rules
	if err := decodeRules(data, &u); err != nil {
		return nil, fmt.Errorf("%s: %w", UserRules, err)
	}
	r.Bulk = append(r.Bulk, u.Bulk...)
	r.Rejected = append(r.Rejected, u.Rejected...)
	r.Confirmation = append(r.Confirmation, u.Confirmation...)
	r.SharedDomains = append(r.SharedDomains, u.SharedDomains...)
	return &r, nil
}

func decodeRules(data []byte, r *Rules) error {
	d := yaml.NewDecoder(strings.NewReader(string(data)))
	d.KnownFields(true)
	if err := d.Decode(r); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
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

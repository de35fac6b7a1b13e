package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/gosimple/slug"
	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// maxSlug caps the length of a record's file name, without ".yaml".
const maxSlug = 60

// NewRecord writes content/applications/<slug>.yaml in the site dir: a
// commented template for a new application to company for role, applied
// today. The slug is the one given, or else made from the company and the
// role (see Slug). It returns the slash path of the new file and never
// replaces an existing one.
func NewRecord(dir string, today model.Date, company, role, slug string) (string, error) {
	company, role = strings.TrimSpace(company), strings.TrimSpace(role)
	for _, v := range []struct{ what, text string }{{"company", company}, {"role", role}} {
		if v.text == "" {
			return "", fmt.Errorf("new: the %s is empty", v.what)
		}
		if strings.IndexFunc(v.text, unicode.IsControl) >= 0 {
			return "", fmt.Errorf("new: the %s %q should be one line of text", v.what, v.text)
		}
	}
	switch {
	case slug != "" && !model.ValidSlug(slug):
		return "", fmt.Errorf("new: -slug %q is no file name: use lowercase letters, digits and single hyphens, such as acme-backend", slug)
	case slug == "":
		slug = Slug(company, role)
	}
	if slug == "" {
		return "", fmt.Errorf("new: cannot make a file name from %q and %q: choose one with -slug", company, role)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "site.yaml")); err != nil {
		return "", fmt.Errorf("new: %s is not a followup site (no content/site.yaml; followup init makes one): %w", dir, err)
	}
	rel := model.RecordFile(slug)
	p := filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(rel)))
	data, err := recordText(today, company, role)
	if err != nil {
		return "", fmt.Errorf("new: %w", err)
	}
	if _, errs := load.Application(nil, p, data); len(errs) > 0 {
		return "", fmt.Errorf("new: the template does not load: %w", errs.Err())
	}
	if err := writeNew(dir, rel, data); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("new: %s already exists: edit it, or name the role differently", p)
		}
		return "", fmt.Errorf("new: %w", err)
	}
	return p, nil
}

// Slug returns the record slug for an application to company for role,
// such as "acme-robotics-backend-engineer", at most 60 characters long.
// Latin letters lose their accents ("Zoë" → "zoe"); a name with letters of
// any other script is transliterated by github.com/gosimple/slug, whose
// tables read CJK as Mandarin pinyin and kana as romaji ("株式会社サンプル"
// → "zhu-shi-hui-she-sanpuru"), Cyrillic and Arabic letter by letter.
func Slug(company, role string) string {
	text := company + " " + role
	s := model.Slugify(text)
	if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) >= 0 {
		s = slug.MakeLang(text, "en")
	}
	if len(s) <= maxSlug {
		return s
	}
	s = s[:maxSlug]
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, "-")
}

// recordText fills the template of a new record.
func recordText(today model.Date, company, role string) ([]byte, error) {
	return RecordText(Record{Company: company, Role: role, Applied: today, Channel: model.ChannelJobBoard})
}

// yamlText returns s as a YAML scalar: plain when that reads back the same,
// else quoted.
func yamlText(s string) string {
	out, err := yaml.Marshal(s)
	if err != nil || strings.Count(string(out), "\n") != 1 {
		return fmt.Sprintf("%q", s)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// PostingPath returns the slash path, in the site, of the description of
// the posting the record slug was made from: content/applications/
// <slug>.posting.md, beside the record, which the loader does not read.
func PostingPath(slug string) string { return model.RecordsDir + "/" + slug + ".posting.md" }

// WritePosting writes the Markdown description of a record's posting to
// PostingPath(slug) in the site in dir. Like WriteRecord, it never
// replaces a file.
func WritePosting(dir, slug string, data []byte) error {
	if !model.ValidSlug(slug) {
		return fmt.Errorf("%q is not a valid record name", slug)
	}
	err := writeNew(dir, PostingPath(slug), data)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: %w", PostingPath(slug), err)
	}
	return err
}

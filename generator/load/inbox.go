package load

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/followup-dev/followup/generator/model"
)

// inboxKeys are the keys of model.InboxRulesFile, one list of phrases each.
var inboxKeys = []string{"bulk", "rejected", "confirmation", "shared_domains"}

// InboxRules decodes the phrases a hunt adds to followup inbox's rules
// from data, the file at path: a mapping of the keys of inboxKeys, each a
// list of texts. It returns nil and every problem found when the file is
// not valid.
func InboxRules(path string, data []byte) (*model.InboxRules, model.ErrorList) {
	d := &decoder{path: path}
	if !d.utf8Text(data) {
		return nil, d.errs
	}
	top, ok := d.parse(data)
	if !ok {
		return nil, d.errs
	}
	f := d.mapping(top, "the inbox rules", inboxKeys)
	r := &model.InboxRules{
		Bulk:          texts(d.strings(f, "bulk")),
		Rejected:      texts(d.strings(f, "rejected")),
		Confirmation:  texts(d.strings(f, "confirmation")),
		SharedDomains: texts(d.strings(f, "shared_domains")),
	}
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	return r, nil
}

// inboxRules loads model.InboxRulesFile into site when the hunt has one.
func (src *source) inboxRules(site *model.Site, errs *model.ErrorList) error {
	path := filepath.ToSlash(filepath.Join(src.dir, filepath.FromSlash(model.InboxRulesFile)))
	if _, err := os.Lstat(filepath.FromSlash(path)); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	data, ok, err := src.read(path, "", errs)
	if err != nil || !ok {
		return err
	}
	r, rerrs := InboxRules(path, data)
	*errs = append(*errs, rerrs...)
	site.InboxRules = r
	return nil
}

package load

import (
	"reflect"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestInboxRules reads the phrases a hunt adds to inbox's rules, and
// reports every problem of a bad file at its line and column, as the
// records' are: a misspelt key, a mapping where a list belongs, an empty
// phrase, and an alias.
func TestInboxRules(t *testing.T) {
	r, errs := InboxRules("content/inbox.yaml", []byte("# German rejections\nrejected:\n  - für andere Bewerber entschieden\nshared_domains: [jobs.example]\n"))
	want := &model.InboxRules{Rejected: []string{"für andere Bewerber entschieden"}, SharedDomains: []string{"jobs.example"}}
	if len(errs) > 0 || !reflect.DeepEqual(r, want) {
		t.Errorf("InboxRules = %+v, %v; want %+v", r, errs, want)
	}
	_, errs = InboxRules("content/inbox.yaml", []byte("rejekted: [x]\nshared_domains: {a: b}\nconfirmation: [\"\"]\n"))
	errs.Sort() // as they are printed
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	wantErrs := []string{
		`content/inbox.yaml:1:1: unknown key "rejekted", did you mean "rejected"?`,
		`content/inbox.yaml:2:17: "shared_domains" should be a list`,
		`content/inbox.yaml:3:16: each item of "confirmation" should be a non-empty text`,
	}
	if !reflect.DeepEqual(got, wantErrs) {
		t.Errorf("problems:\n%q\nwant:\n%q", got, wantErrs)
	}
	if _, errs := InboxRules("content/inbox.yaml", []byte("bulk: &a [x]\nrejected: *a\n")); len(errs) != 1 || errs[0].Line != 2 {
		t.Errorf("an alias: %v, want one problem on line 2", errs)
	}
}

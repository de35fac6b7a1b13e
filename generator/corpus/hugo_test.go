package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestHugoRecords checks that the Hugo comparison site has the two layouts
// and a page per record carrying the record's facts, people and history.
func TestHugoRecords(t *testing.T) {
	dir := t.TempDir()
	app := &model.Application{
		Company: "Globex", Role: "QA Engineer", Applied: model.NewDate(2026, 3, 2), Channel: "referral",
		Contacts: []model.Contact{{Name: "Lee Park", Role: "recruiter"}},
		Events:   []model.Event{{Date: model.NewDate(2026, 3, 9), Type: "phone-screen", With: []string{"Lee Park"}}},
		Notes:    "Ask about on-call.",
	}
	if err := HugoRecords(dir, []*model.Application{app}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"hugo.toml", "layouts/_default/single.html", "layouts/_default/list.html"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	page, err := os.ReadFile(filepath.Join(dir, "content", "posts", "p0.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`title: "Globex: QA Engineer"`, "- Applied: 2026-03-02", "| Lee Park | recruiter |  |",
		"- 2026-03-09: **phone-screen** with Lee Park", "Ask about on-call."} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
}

func TestHugoTiny(t *testing.T) {
	dir := t.TempDir()
	if err := HugoTiny(dir, 5); err != nil {
		t.Fatal(err)
	}
	pages, err := os.ReadDir(filepath.Join(dir, "content", "posts"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 5 {
		t.Errorf("%d pages, want 5", len(pages))
	}
}

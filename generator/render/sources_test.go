package render

import (
	"strings"
	"testing"
)

// TestPlanNamesSources checks that an application's plan names the sources
// of each action by whom they are, as the advice pages list them, rather
// than by the playbook's letters. confirm-receipt cites B and D; the
// fixture's advice lists B as "a recruiter" and no page lists D.
func TestPlanNamesSources(t *testing.T) {
	site, actions := fixture(t)
	files, err := Site(site, actions, Options{Private: true})
	if err != nil {
		t.Fatal(err)
	}
	page := string(files["applications/"+site.Applications[0].Slug+"/index.html"])
	if want := "· sources: a recruiter; D</p>"; !strings.Contains(page, want) {
		t.Errorf("the plan does not name confirm-receipt's sources as %q", want)
	}
	if strings.Contains(page, "sources B") {
		t.Error("the plan still names a source by its letter")
	}
}

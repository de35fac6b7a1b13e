package scaffold

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// TestNewActivity: the file is named by date and text, reads back as what
// was given, and a second activity of the same day and text takes the next
// name without touching the first; no temporary file is left.
func TestNewActivity(t *testing.T) {
	dir := newSite(t)
	day, _ := model.ParseDate("2026-01-14")
	act := model.Activity{Date: day, Type: model.ActivityWorkshop, Text: "Résumé workshop: part 1", Where: "WorkSource Seattle", Hours: 1.5}
	path, err := NewActivity(dir, act)
	if err != nil {
		t.Fatal(err)
	}
	if want := dir + "/content/activities/2026-01-14-resume-workshop-part-1.yaml"; path != want {
		t.Errorf("path %s, want %s", path, want)
	}
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "# An activity of the work-search log: what you did to find work that is no application.\n" +
		"date: 2026-01-14\ntype: workshop\ntext: 'Résumé workshop: part 1'\nwhere: WorkSource Seattle\nhours: 1.5\n"
	if string(first) != want {
		t.Errorf("file:\n%s\nwant:\n%s", first, want)
	}
	site, err := load.Site(dir)
	if err != nil {
		t.Fatal(err)
	}
	act.Slug, act.Path = "2026-01-14-resume-workshop-part-1", "content/activities/2026-01-14-resume-workshop-part-1.yaml"
	site.Activities[0].Path = strings.TrimPrefix(site.Activities[0].Path, dir+"/")
	if len(site.Activities) != 1 || !reflect.DeepEqual(*site.Activities[0], act) {
		t.Errorf("loaded %+v, want %+v", site.Activities, act)
	}
	act.Where, act.Hours = "", 0
	second, err := NewActivity(dir, act)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(second, "/2026-01-14-resume-workshop-part-1-2.yaml") {
		t.Errorf("second path %s", second)
	}
	if again, _ := os.ReadFile(path); string(again) != string(first) {
		t.Errorf("the first file changed:\n%s", again)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "content", "activities"))
	if len(entries) != 2 {
		t.Errorf("%d files in content/activities, want the 2 activities", len(entries))
	}
}

func TestNewActivityRefusesAFolderThatIsNoSite(t *testing.T) {
	day, _ := model.ParseDate("2026-01-14")
	if _, err := NewActivity(t.TempDir(), model.Activity{Date: day, Type: model.ActivityOther, Text: "x"}); err == nil {
		t.Error("an activity was written outside a site")
	}
}

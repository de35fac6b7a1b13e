package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/plan"
)

// TestWrite checks that a synthetic hunt loads without a problem, spans
// every stage, and is the same for the same seed.
func TestWrite(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := Write(a, 300, 7); err != nil {
		t.Fatal(err)
	}
	if err := Write(b, 300, 7); err != nil {
		t.Fatal(err)
	}
	site, err := load.Site(a)
	if err != nil {
		t.Fatalf("a synthetic hunt does not load:\n%v", err)
	}
	if got := len(site.Applications); got != 300 {
		t.Errorf("%d applications, want 300", got)
	}
	statuses := map[string]int{}
	for _, app := range site.Applications {
		statuses[plan.Status(app)]++
	}
	for _, s := range []string{"applied", "screening", "interviewing", "offer", "rejected", "ghosted"} {
		if statuses[s] == 0 {
			t.Errorf("no application is %s: %v", s, statuses)
		}
	}
	for _, app := range site.Applications[:20] {
		name := filepath.Join("content", "applications", app.Slug+".yaml")
		x, errA := os.ReadFile(filepath.Join(a, name))
		y, errB := os.ReadFile(filepath.Join(b, name))
		if errA != nil || errB != nil || string(x) != string(y) {
			t.Errorf("%s differs between two hunts of the same seed", name)
		}
	}
}

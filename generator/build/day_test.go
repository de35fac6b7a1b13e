package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestBuildDayIsAnInput: the same content built for the same day is
// byte-identical and, built again, has nothing to do; another day is a
// new build, whose feed carries the overdue follow-ups to it.
func TestBuildDayIsAnInput(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	src := t.TempDir()
	writeFiles(t, src, smallSite)
	monday, tuesday := model.NewDate(2026, 11, 16), model.NewDate(2026, 11, 17)
	first, err := Build(Options{Source: src, Today: monday})
	if err != nil {
		t.Fatal(err)
	}
	feed := func(dest string) []byte {
		data, err := os.ReadFile(filepath.Join(dest, "calendar.ics"))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	onMonday := feed(filepath.Join(src, "public"))
	// Acme applied on Monday 2 November: confirm-receipt was due Monday 9 November.
	if !strings.Contains(string(onMonday), "SUMMARY:Overdue since Mon 9 Nov: Call Acme Robotics to confirm your") {
		t.Errorf("the feed built on Monday 16 November does not carry confirm-receipt to it:\n%s", onMonday)
	}
	again, err := Build(Options{Source: src, Today: monday})
	if err != nil {
		t.Fatal(err)
	}
	if again.Stats.Written != 0 || again.Stats.Unchanged != first.Stats.Written {
		t.Errorf("the same day again: stats %+v, want nothing written", again.Stats)
	}
	elsewhere := filepath.Join(t.TempDir(), "out")
	if _, err := Build(Options{Source: src, Dest: elsewhere, Today: monday}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(feed(elsewhere), onMonday) {
		t.Error("two builds for the same day differ")
	}
	next, err := Build(Options{Source: src, Today: tuesday})
	if err != nil {
		t.Fatal(err)
	}
	if next.Stats.Written == 0 {
		t.Errorf("a new day: stats %+v, want the files that depend on the day written", next.Stats)
	}
	onTuesday := feed(filepath.Join(src, "public"))
	if bytes.Equal(onTuesday, onMonday) || !strings.Contains(string(onTuesday), "DTSTART;VALUE=DATE:20261117") {
		t.Error("the feed built on Tuesday does not move the overdue follow-ups to Tuesday")
	}
	index, _ := os.ReadFile(filepath.Join(src, "public", "index.html"))
	if !strings.Contains(string(index), "built for Tue 17 Nov 2026") {
		t.Error("the dashboard does not say the day it was built for")
	}
}

package write

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLock(t *testing.T) {
	t.Run("ErrBusy", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		first, err := Lock(dest)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Lock(dest); !errors.Is(err, ErrBusy) {
			t.Errorf("second lock: err = %v, want ErrBusy", err)
		}
		first.Unlock()
		again, err := Lock(dest)
		if err != nil {
			t.Fatalf("lock after unlock: %v", err)
		}
		again.Unlock()
	})

	t.Run("ErrBusyUntilParentIsMade", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "a", "b", "public")
		first, err := Lock(dest)
		if err != nil {
			t.Fatal(err)
		}
		defer first.Unlock()
		if _, err := os.Stat(filepath.Dir(dest)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("Lock made %s: %v", filepath.Dir(dest), err)
		}
		if _, err := first.Begin(); err != nil {
			t.Fatal(err)
		}
		if _, err := Lock(dest); !errors.Is(err, ErrBusy) {
			t.Errorf("lock once the parent is there: err = %v, want ErrBusy", err)
		}
	})

	t.Run("TidiesInterruptedBuild", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Dir(dest, siteV1); err != nil {
			t.Fatal(err)
		}
		before := readTree(t, dest)
		d, err := Lock(dest)
		if err != nil {
			t.Fatal(err)
		}
		// As a build killed between its two renames leaves it: the last
		// output moved aside, and a new one half assembled.
		if err := os.Rename(dest, d.aside()); err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, filepath.Join(d.staging(), "index.html"), "half")
		d.Unlock()
		d, err = Lock(dest)
		if err != nil {
			t.Fatal(err)
		}
		d.Unlock()
		sameTree(t, "after tidying", readTree(t, dest), before)
		if got := siblings(t, dest); len(got) != 0 {
			t.Errorf("left beside the destination: %v", got)
		}
	})
}

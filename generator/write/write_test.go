package write

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// Dir writes files into dest in one transaction, aborted on any error.
func Dir(dest string, files map[string][]byte) (Stats, error) {
	d, err := Lock(dest)
	if err != nil {
		return Stats{}, err
	}
	defer d.Unlock()
	tx, err := d.Begin()
	if err != nil {
		return Stats{}, err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := tx.Put(name, files[name]); err != nil {
			tx.Abort()
			return Stats{}, err
		}
	}
	return tx.Commit()
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDir(t *testing.T) {
	t.Run("WritesIntoNewDir", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		st, err := Dir(dest, map[string][]byte{"index.html": []byte("home"), "a/b/index.html": []byte("deep")})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := st.Written, 2; got != want {
			t.Errorf("written = %d, want %d", got, want)
		}
		tree := readTree(t, dest)
		if tree["index.html"] != "home" || tree["a/b/index.html"] != "deep" {
			t.Errorf("tree = %v", tree)
		}
		if _, ok := tree[Marker]; !ok {
			t.Errorf("no %s marker written", Marker)
		}
	})

	t.Run("ErrForeignDestKept", func(t *testing.T) {
		dest := t.TempDir()
		if err := os.WriteFile(filepath.Join(dest, "thesis.tex"), []byte("years of work"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Dir(dest, map[string][]byte{"index.html": []byte("home")})
		if !errors.Is(err, ErrForeignDest) {
			t.Fatalf("err = %v, want ErrForeignDest", err)
		}
		if got, want := len(readTree(t, dest)), 1; got != want {
			t.Errorf("dest has %d files after a refused write, want %d", got, want)
		}
	})

	t.Run("StalePagesRemovedOthersKept", func(t *testing.T) {
		dest := t.TempDir()
		if _, err := Dir(dest, map[string][]byte{"index.html": []byte("v1"), "applications/acme/index.html": []byte("acme")}); err != nil {
			t.Fatal(err)
		}
		// A file followup never wrote, such as a deploy tool's, stays.
		if err := os.WriteFile(filepath.Join(dest, "keep.txt"), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := Dir(dest, map[string][]byte{"index.html": []byte("v2")})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := st.Removed, 1; got != want {
			t.Errorf("removed = %d, want %d", got, want)
		}
		tree := readTree(t, dest)
		if _, ok := tree["applications/acme/index.html"]; ok {
			t.Error("page of a deleted record is still there")
		}
		if _, err := os.Stat(filepath.Join(dest, "applications")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("empty directory applications/ left behind: %v", err)
		}
		if tree["keep.txt"] != "mine" || tree["index.html"] != "v2" {
			t.Errorf("tree = %v", tree)
		}
	})

	t.Run("UnchangedFilesNotRewritten", func(t *testing.T) {
		dest := t.TempDir()
		files := map[string][]byte{"index.html": []byte("same"), "other.html": []byte("v1")}
		if _, err := Dir(dest, files); err != nil {
			t.Fatal(err)
		}
		old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
		p := filepath.Join(dest, "index.html")
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
		files["other.html"] = []byte("v2")
		st, err := Dir(dest, files)
		if err != nil {
			t.Fatal(err)
		}
		if st.Written != 1 || st.Unchanged != 1 {
			t.Errorf("stats = %+v, want 1 written and 1 unchanged", st)
		}
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.ModTime().Equal(old) {
			t.Errorf("unchanged file was rewritten (mtime %v)", fi.ModTime())
		}
	})

	t.Run("ErrPathOutsideDest", func(t *testing.T) {
		dest := t.TempDir()
		for _, name := range []string{"../escape.html", "/etc/passwd", "a/../../b", ""} {
			if _, err := Dir(dest, map[string][]byte{name: []byte("x")}); err == nil {
				t.Errorf("%q: no error", name)
			}
		}
		if got := len(readTree(t, dest)); got != 0 {
			t.Errorf("%d files written for refused paths", got)
		}
	})

	t.Run("ErrSymlinkInDest", func(t *testing.T) {
		dest, outside := t.TempDir(), t.TempDir()
		if _, err := Dir(dest, map[string][]byte{"index.html": []byte("x")}); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(outside, filepath.Join(dest, "applications")); err != nil {
			t.Fatal(err)
		}
		if _, err := Dir(dest, map[string][]byte{"applications/acme/index.html": []byte("x")}); err == nil {
			t.Error("wrote through a symbolic link")
		}
		if got := len(readTree(t, outside)); got != 0 {
			t.Errorf("%d files written outside dest", got)
		}
	})
}

func TestAbortLeavesOutputAsItWas(t *testing.T) {
	dest := t.TempDir()
	if _, err := Dir(dest, map[string][]byte{"index.html": []byte("v1"), "a/index.html": []byte("a1")}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)
	d, err := Lock(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Unlock()
	tx, err := d.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"index.html":       "v2",           // changed
		"a/index.html":     "a1",           // unchanged
		"a/new.html":       "new",          // new, in a directory that is there
		"b/c/d/index.html": "deep and new", // new, in new directories
	} {
		if err := tx.Put(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	tx.Abort()
	after := readTree(t, dest)
	if len(after) != len(before) {
		t.Errorf("files after abort: %v, want %v", after, before)
	}
	for name, data := range before {
		if after[name] != data {
			t.Errorf("%s = %q after abort, want %q", name, after[name], data)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "b")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("directory created by the aborted write is still there: %v", err)
	}
}

func TestPutSamePathTwice(t *testing.T) {
	d, err := Lock(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Unlock()
	tx, err := d.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Put("index.html", []byte("a")); err != nil {
		t.Fatal(err)
	}
	if err := tx.Put("index.html", []byte("b")); err == nil {
		t.Error("no error for a second file at the same path")
	}
}

package build

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/followup-dev/followup/generator/write"
)

// The output of a build depends only on its inputs: the files of content/
// and layouts/, the options, and the program itself. Build keeps a hash of
// them for each destination in the user's cache directory; when a build
// finds the same hash and every file of the last build still in place, it
// has nothing to do. A file edited by hand inside the destination is not
// noticed: delete it, or the destination, to have it rebuilt.

// inputKey returns the hash of everything the output of opts depends on.
func inputKey(opts Options) (string, error) {
	exe, err := executableHash()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "followup build\x00%s\x00%q\x00%v\x00%v\x00", exe, opts.BaseURL, opts.Private, opts.LiveReload)
	for _, dir := range []string{"content", "layouts"} {
		if err := hashTree(h, filepath.Join(opts.Source, dir)); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashTree writes the path, size and bytes of every file below root into h,
// in path order. Symbolic links are hashed as their targets' names.
func hashTree(h io.Writer, root string) error {
	var files []string
	links := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && p == root {
			return fs.SkipDir
		}
		if err != nil || d.IsDir() {
			return err
		}
		files = append(files, p)
		if d.Type()&fs.ModeSymlink != 0 {
			links[p] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	sums := make([][sha256.Size]byte, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for range 4 {
		wg.Go(func() {
			for i := range work {
				sums[i], errs[i] = fileHash(files[i], links[files[i]])
			}
		})
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for i, f := range files {
		fmt.Fprintf(h, "%s\x00%x\x00", filepath.ToSlash(f), sums[i])
	}
	return nil
}

// fileHash returns the hash of a file's bytes, or of a symbolic link's
// target name.
func fileHash(p string, link bool) ([sha256.Size]byte, error) {
	if link {
		target, err := os.Readlink(p)
		return sha256.Sum256([]byte("link:" + target)), err
	}
	data, err := os.ReadFile(p)
	return sha256.Sum256(data), err
}

var executableHash = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, bufio.NewReader(f)); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
})

// keyFile returns where the input hash of the last build into dest is kept,
// or "" when there is no cache directory.
func keyFile(dest string) string {
	cache, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	abs, err := filepath.Abs(dest)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(cache, "followup", "builds", hex.EncodeToString(sum[:12]))
}

// upToDate reports whether the last build into dest had the inputs key and
// all its files are still there, and how many files that is.
func upToDate(dest, key string) (int, bool) {
	kf := keyFile(dest)
	if kf == "" || key == "" {
		return 0, false
	}
	stored, err := os.ReadFile(kf)
	if err != nil || string(stored) != key {
		return 0, false
	}
	marker, err := os.ReadFile(filepath.Join(dest, write.Marker))
	if err != nil {
		return 0, false
	}
	n := 0
	for _, line := range strings.Split(string(marker), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fi, err := os.Lstat(filepath.Join(dest, filepath.FromSlash(line)))
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		n++
	}
	return n, true
}

// remember records the inputs key of a build into dest; failing to is no
// error: the next build then renders again.
func remember(dest, key string) {
	kf := keyFile(dest)
	if kf == "" || key == "" {
		return
	}
	if os.MkdirAll(filepath.Dir(kf), 0o755) == nil {
		os.WriteFile(kf, []byte(key), 0o644)
	}
}

// forget drops the key of dest, before a build that changes it.
func forget(dest string) {
	if kf := keyFile(dest); kf != "" {
		os.Remove(kf)
	}
}

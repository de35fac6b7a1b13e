package load

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/followup-dev/followup/generator/internal/parallel"
	"github.com/followup-dev/followup/generator/model"
)

// read reads the file at a slash path. A missing file (reported with the
// message missing), a link that leads outside the source directory or in a
// loop, or something other than a regular file is a content problem (ok is
// false).
func (src *source) read(path, missing string, errs *model.ErrorList) (data []byte, ok bool, err error) {
	name := filepath.FromSlash(path)
	real, ok, err := src.resolve(path, missing, errs)
	if !ok || err != nil {
		return nil, false, err
	}
	if !src.inside(real) {
		errs.Add(path, 0, 0, "symbolic link leads outside the source directory; copy the file in instead")
		return nil, false, nil
	}
	return readFile(path, name, errs)
}

// resolve follows the links of the file at a slash path. A missing file, a
// broken link or a loop of links is a content problem (ok is false).
func (src *source) resolve(path, missing string, errs *model.ErrorList) (real string, ok bool, err error) {
	name := filepath.FromSlash(path)
	real, err = filepath.EvalSymlinks(name)
	switch {
	case err == nil:
		return real, true, nil
	case errors.Is(err, fs.ErrNotExist):
		if _, lerr := os.Lstat(name); lerr == nil {
			errs.Add(path, 0, 0, "broken symbolic link")
		} else {
			errs.Add(path, 0, 0, "%s", missing)
		}
		return "", false, nil
	case isLoop(err):
		errs.Add(path, 0, 0, "%s", loopMessage)
		return "", false, nil
	}
	return "", false, fmt.Errorf("load: %s: %w", path, err)
}

const loopMessage = "symbolic link loop: the links lead back to themselves; replace the link by what it should name"

// isLoop reports whether err comes from following a loop of symbolic links.
// filepath.EvalSymlinks says so in words rather than with ELOOP.
func isLoop(err error) bool {
	return errors.Is(err, syscall.ELOOP) || strings.Contains(err.Error(), "too many links")
}

// readFile reads the file name (at the slash path for messages) when it is
// a regular file; anything else (a directory, a named pipe, a device) is a
// content problem rather than something to wait on. The file is opened
// without blocking and checked once open, so that a named pipe is seen for
// what it is before anything waits on it.
func readFile(path, name string, errs *model.ErrorList) ([]byte, bool, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		// A socket cannot be opened at all: say what it is.
		if fi, serr := os.Stat(name); serr == nil && !fi.Mode().IsRegular() {
			errs.Add(path, 0, 0, "%s", notRegular(fi.Mode()))
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("load: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, false, fmt.Errorf("load: %w", err)
	}
	if !fi.Mode().IsRegular() {
		errs.Add(path, 0, 0, "%s", notRegular(fi.Mode()))
		return nil, false, nil
	}
	buf := bytes.NewBuffer(make([]byte, 0, int(fi.Size())+bytes.MinRead))
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, false, fmt.Errorf("load: %w", err)
	}
	return buf.Bytes(), true, nil
}

// ReadRegularFile reads the file name as load.Site does: only a regular
// file, without waiting on a named pipe. Anything else is a *model.Error at
// the slash path.
func ReadRegularFile(path, name string) ([]byte, error) {
	var errs model.ErrorList
	data, ok, err := readFile(path, name, &errs)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errs[0]
	}
	return data, nil
}

// notRegular says what a file of the given mode is, where a file of text
// was expected.
func notRegular(m fs.FileMode) string {
	what := "not a regular file"
	switch {
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	}
	return fmt.Sprintf("this is %s, not a file of text: move it out of content/", what)
}

// inside reports whether the resolved path real is within the source directory.
func (src *source) inside(real string) bool {
	abs, err := filepath.Abs(real)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(src.root, abs)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// each calls decode with every file of content/<sub> ending in ext, on
// every core, and returns the results in name order. Hidden files and other
// extensions are passed over; a missing directory has no files. A name
// that looks meant for decoding but is not (the extension in capitals, a
// directory) is a problem rather than silently left out.
func each[T any](ctx context.Context, src *source, sub, ext string, errs *model.ErrorList, decode func(path string, data []byte) T) ([]T, error) {
	dir := contentPath(src.dir, sub)
	real, err := filepath.EvalSymlinks(filepath.FromSlash(dir))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil && isLoop(err):
		errs.Add(dir, 0, 0, "%s", loopMessage)
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("load: %s: %w", dir, err)
	}
	if !src.inside(real) {
		errs.Add(dir, 0, 0, "symbolic link leads outside the source directory")
		return nil, nil
	}
	entries, err := os.ReadDir(filepath.FromSlash(dir))
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	files := pick(dir, ext, entries, errs)
	type result struct {
		val  T
		ok   bool
		errs model.ErrorList
		err  error
	}
	results := make([]result, len(files))
	parallel.For(len(files), func(i int) bool {
		r := &results[i]
		if r.err = ctx.Err(); r.err != nil {
			r.err = fmt.Errorf("load: %w", r.err)
			return false
		}
		path := dir + "/" + files[i].Name()
		var data []byte
		if files[i].Type()&fs.ModeSymlink == 0 {
			// In a directory already known to be inside the source.
			data, r.ok, r.err = readFile(path, filepath.FromSlash(path), &r.errs)
		} else {
			data, r.ok, r.err = src.read(path, "missing file", &r.errs)
		}
		if r.ok {
			r.val = decode(path, data)
		}
		return true
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	var out []T
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		*errs = append(*errs, r.errs...)
		if r.ok {
			out = append(out, r.val)
		}
	}
	return out, nil
}

// pick returns the entries of the directory dir to decode: the files and
// links whose names end in ext, not hidden.
func pick(dir, ext string, entries []fs.DirEntry, errs *model.ErrorList) []fs.DirEntry {
	var files []fs.DirEntry
	for _, e := range entries {
		name := e.Name()
		lower := strings.ToLower(name)
		path := dir + "/" + name
		switch {
		case strings.HasPrefix(name, "."):
		case ext == ".yaml" && strings.HasSuffix(lower, ".yml"):
			errs.Add(path, 0, 0, "records end in .yaml: rename this file to %s", name[:len(name)-len(".yml")]+".yaml")
		case !strings.HasSuffix(lower, ext):
		case !strings.HasSuffix(name, ext):
			errs.Add(path, 0, 0, "the extension should be %s in lower case: rename this file to %s", ext, name[:len(name)-len(ext)]+ext)
		case e.IsDir():
			errs.Add(path, 0, 0, "this is a directory, but its name ends in %s like the files read here: rename it or move it out of content/", ext)
		default:
			files = append(files, e)
		}
	}
	return files
}

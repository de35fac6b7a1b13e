//go:build !linux

package write

import (
	"io/fs"
	"os"
	"path/filepath"
)

// dirHandle is a directory of the walk of the destination, opened when it
// is read.
type dirHandle struct{ path string }

// openDir opens the directory p.
func openDir(p string) (dirHandle, error) { return dirHandle{p}, nil }

// open opens the directory name inside h.
func (h dirHandle) open(name string) (dirHandle, error) {
	return dirHandle{filepath.Join(h.path, name)}, nil
}

func (h dirHandle) close() {}

// read returns the entries of the directory, which must not be a symbolic
// link where the system can tell, with the type of each.
func (h dirHandle) read() ([]dirEntry, error) {
	f, err := os.OpenFile(h.path, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return nil, err
	}
	entries, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	out := make([]dirEntry, len(entries))
	for i, e := range entries {
		out[i] = dirEntry{name: e.Name(), mode: e.Type()}
		if t := e.Type(); !t.IsDir() && !t.IsRegular() {
			out[i].mode = fs.ModeIrregular
		}
	}
	return out, nil
}

// stamp tells nothing here: every unchanged build walks the destination.
func (h dirHandle) stamp() (dirStamp, bool) { return dirStamp{}, false }

// stampAt tells nothing here.
func stampAt(string) (dirStamp, bool) { return dirStamp{}, false }

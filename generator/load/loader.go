package load

import (
	"bytes"
	"sync"
)

// Loader loads the site of one source directory again and again, keeping
// what it read: each file's bytes and what they decoded to. Its Site reads
// every file again, which is quick, and decodes only those whose bytes
// changed, through the same code as the function Site, so that a server
// that loads after every save gets the site a build would. A Loader is for
// one goroutine at a time.
type Loader struct {
	dir string
	mu  sync.Mutex // guards kept during the parallel decoding of a Site
	// kept is by slash path; nil in the Loader of the function Site, which
	// keeps nothing.
	kept     map[string]*kept
	settings []byte // what the kept records were decoded with
	seen     map[string]bool
}

// kept is one file as last read and decoded.
type kept struct {
	data []byte
	val  any
}

// NewLoader returns a Loader of the site whose source directory is dir,
// with nothing read yet.
func NewLoader(dir string) *Loader {
	return &Loader{dir: dir, kept: map[string]*kept{}}
}

// begin starts a Site: no file is seen yet.
func (l *Loader) begin() {
	if l.kept != nil {
		l.seen = map[string]bool{}
	}
}

// end forgets the files the last Site did not read: removed, renamed or
// passed over.
func (l *Loader) end() {
	for p := range l.kept {
		if !l.seen[p] {
			delete(l.kept, p)
		}
	}
	l.seen = nil
}

// settingsRead forgets every decoded file when the settings changed: a
// record's times are read in the site's time zone.
func (l *Loader) settingsRead(data []byte) {
	if l.kept != nil && !bytes.Equal(data, l.settings) {
		clear(l.kept)
		l.settings = bytes.Clone(data)
	}
}

// keep returns what decode gives for the file at path, or what it gave the
// last time the file held the same bytes.
func keep[T any](l *Loader, path string, data []byte, decode func() T) T {
	if l.kept == nil {
		return decode()
	}
	l.mu.Lock()
	k := l.kept[path]
	l.seen[path] = true
	l.mu.Unlock()
	if k != nil && bytes.Equal(k.data, data) {
		if v, ok := k.val.(T); ok {
			return v
		}
	}
	v := decode()
	l.mu.Lock()
	l.kept[path] = &kept{data: bytes.Clone(data), val: v}
	l.mu.Unlock()
	return v
}

// copy returns a copy of r with a copy of its application, which the site
// may change (its history) without changing what the Loader keeps.
func (r *record) copy() *record {
	c := *r
	if r.app != nil {
		app := *r.app
		c.app = &app
	}
	return &c
}

package build

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/followup-dev/followup/generator/internal/tz"
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/render"
	"github.com/followup-dev/followup/generator/write"

	"github.com/followup-dev/followup/generator/model"
)

// The output of a build depends only on its inputs: the files of content/
// and layouts/, the options (the build day among them), the zone rules, the
// program itself and, when the calendar stamps come from git, the commits
// of the content. Build keeps hashes of them for each destination in the
// user's cache directory. When a build finds the same inputs, every file
// of the last build still in place and nothing a write would refuse beside
// them (a symbolic link anywhere in the destination, which a publish would
// follow), it has nothing to do. The hashes are dropped before a build
// changes the destination and written, whole, once its new output is in
// place, so they never vouch for an output an interrupted build left. When only
// application records changed, it renders the pages that sum up every
// record and the files of the changed records, and keeps those of the
// others: an application's files depend on its record and on the inputs
// that are not records, nothing else. Beside the hashes is the snapshot
// of the last walk of the destination (see write.Dest.ListedSince), which
// spares an unchanged build the reading of its directories. A file edited
// by hand inside the destination is not noticed: delete it, or the
// destination, to have it rebuilt.

// inputs is what the output of a build depends on, hashed.
type inputs struct {
	key     string            // everything
	shared  string            // everything but the application records
	records map[string]string // the slug of each application record → its hash
	linked  bool              // content/ holds a symbolic link, whose target may be a record
}

// readInputs hashes everything the output of opts depends on.
func readInputs(opts Options) (*inputs, error) {
	exe, err := executableHash()
	if err != nil {
		return nil, err
	}
	all, shared := sha256.New(), sha256.New()
	head := fmt.Sprintf("followup build\x00%s\x00%s\x00%q\x00%v\x00%v\x00%v\x00%s\x00", exe, tz.Sum, opts.BaseURL, opts.Private, opts.Clear, opts.LiveReload, opts.Today)
	io.WriteString(all, head)
	io.WriteString(shared, head)
	in := &inputs{records: map[string]string{}}
	for _, dir := range []string{"content", "layouts"} {
		files, err := hashTree(filepath.Join(opts.Source, dir))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			in.linked = in.linked || f.link && dir == "content"
			line := fmt.Sprintf("%s\x00%x\x00", filepath.ToSlash(f.path), f.sum)
			io.WriteString(all, line)
			rel, err := filepath.Rel(opts.Source, f.path)
			slug, isRecord := model.RecordSlug(filepath.ToSlash(rel))
			if isRecord && err == nil && !f.link {
				in.records[slug] = hex.EncodeToString(f.sum[:])
			} else {
				io.WriteString(shared, line)
			}
		}
	}
	if err := hashHistory(opts.Source, in, all, shared); err != nil {
		return nil, err
	}
	in.key, in.shared = hex.EncodeToString(all.Sum(nil)), hex.EncodeToString(shared.Sum(nil))
	return in, nil
}

// hashHistory adds to the hashes what the calendar stamps take from git,
// when they do: the commits of each record go with its hash, those of the
// settings (and of records no longer there) with the shared inputs.
func hashHistory(source string, in *inputs, all, shared io.Writer) error {
	history, err := load.HistoryInputs(source)
	if err != nil {
		return err
	}
	for _, p := range slices.Sorted(maps.Keys(history)) {
		line := fmt.Sprintf("history\x00%s\x00%s\x00", p, history[p])
		io.WriteString(all, line)
		slug, isRecord := model.RecordSlug(p)
		if sum, ok := in.records[slug]; ok && isRecord {
			h := sha256.Sum256([]byte(sum + "\x00" + line))
			in.records[slug] = hex.EncodeToString(h[:])
			continue
		}
		io.WriteString(shared, line)
	}
	return nil
}

// hashedFile is a file below a tree and the hash of its bytes, or of its
// target's name for a symbolic link.
type hashedFile struct {
	path    string
	link    bool
	special bool // a FIFO, socket or device: never opened, which could wait for ever; the load stage refuses it
	sum     [sha256.Size]byte
}

// hashTree hashes every file below root, and returns them in path order.
func hashTree(root string) ([]hashedFile, error) {
	var files []hashedFile
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && p == root {
			return fs.SkipDir
		}
		if err != nil || d.IsDir() {
			return err
		}
		files = append(files, hashedFile{path: p, link: d.Type()&fs.ModeSymlink != 0, special: !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for range 4 {
		wg.Go(func() {
			buf := make([]byte, 0, 16<<10)
			for i := range work {
				if files[i].special {
					files[i].sum = sha256.Sum256([]byte("special file"))
					continue
				}
				files[i].sum, buf, errs[i] = fileHash(files[i].path, files[i].link, buf)
			}
		})
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	return files, errors.Join(errs...)
}

// fileHash returns the hash of a file's bytes, or of a symbolic link's
// target name. It reads the file into buf, and returns buf as it grew.
func fileHash(p string, link bool, buf []byte) ([sha256.Size]byte, []byte, error) {
	if link {
		target, err := os.Readlink(p)
		return sha256.Sum256([]byte("link:" + target)), buf, err
	}
	data, err := readFile(p, buf)
	if err != nil {
		return [sha256.Size]byte{}, buf, err
	}
	return sha256.Sum256(data), data, nil
}

// executableHash identifies the program: by the build ID the Go linker
// writes into an ELF binary, which is a hash of the rest of its content,
// else by a hash of the whole file, which takes a long hunt's unchanged
// rebuild a tenth of its time.
var executableHash = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	if id := goBuildID(exe); id != "" {
		return "go build ID " + id, nil
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

// goBuildID returns the Go build ID of the ELF binary exe, "" when it has
// none. The ID ends in a hash of the binary's content, without the ID.
func goBuildID(exe string) string {
	f, err := elf.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		return ""
	}
	note, err := s.Data()
	// An ELF note: name size, description size and type, 4 bytes each,
	// the name "Go\x00\x00", then the ID, "actionID/contentID" at least.
	if err != nil || len(note) < 16 || string(note[12:16]) != "Go\x00\x00" {
		return ""
	}
	size := int(f.ByteOrder.Uint32(note[4:8]))
	if size > len(note)-16 {
		return ""
	}
	id := string(note[16 : 16+size])
	if !strings.Contains(id, "/") {
		return ""
	}
	return id
}

// keyFile returns where the input hashes of the last build into dest are
// kept, or "" when there is no cache directory.
func keyFile(d *write.Dest) string {
	cache, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(d.Path()))
	return filepath.Join(cache, "followup", "builds", hex.EncodeToString(sum[:12]))
}

// lastInputs returns the inputs of the last build into dest, or nil.
func lastInputs(d *write.Dest) *inputs {
	kf := keyFile(d)
	if kf == "" {
		return nil
	}
	data, err := os.ReadFile(kf)
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) < 3 || lines[len(lines)-1] != keyEnd {
		return nil
	}
	lines = lines[:len(lines)-1]
	in := &inputs{key: lines[0], shared: lines[1], records: map[string]string{}}
	for _, line := range lines[2:] {
		slug, sum, ok := strings.Cut(line, " ")
		if !ok {
			return nil
		}
		in.records[slug] = sum
	}
	return in
}

// upToDate reports whether the last build into dest, of inputs last, had
// the inputs in and all its files are still there, and how many files that
// is.
func upToDate(listed func() ([]string, bool), last, in *inputs) (int, bool) {
	if in == nil || last == nil || last.key != in.key {
		return 0, false
	}
	names, ok := listed()
	return len(names), ok
}

// lastOutput starts looking for the files of the last build into d, when
// there was one (last), and returns a function that waits for what
// d.ListedSince found. The snapshot of the walk is kept beside the inputs.
func lastOutput(d *write.Dest, last *inputs) func() ([]string, bool) {
	if last == nil {
		return func() ([]string, bool) { return nil, false }
	}
	done := make(chan struct{})
	var names []string
	var ok bool
	go func() {
		defer close(done)
		kf := keyFile(d)
		if kf == "" {
			names, ok = d.Listed()
			return
		}
		sf := kf + ".walk"
		snap, _ := os.ReadFile(sf)
		var next []byte
		names, ok, next = d.ListedSince(snap)
		switch {
		case next == nil:
			os.Remove(sf)
		case !bytes.Equal(next, snap):
			writeAtomic(sf, next)
		}
	}()
	return func() ([]string, bool) {
		<-done
		return names, ok
	}
}

// changedRecords returns the slugs of the records that were added, changed
// or removed since the last build into dest, of inputs last, when nothing
// but records changed (ok). The files of the last build that belong to the
// other applications come too, when every one of them is still in place.
func changedRecords(listed func() ([]string, bool), last, in *inputs) (changed map[string]bool, keep []string, ok bool) {
	if in == nil || in.linked || last == nil || last.shared != in.shared {
		return nil, nil, false
	}
	changed = map[string]bool{}
	for slug, sum := range in.records {
		if last.records[slug] != sum {
			changed[slug] = true
		}
	}
	for slug := range last.records {
		if _, ok := in.records[slug]; !ok {
			changed[slug] = true
		}
	}
	names, ok := listed()
	for _, name := range names {
		if slug, isApp := render.RecordOf(name); isApp && !changed[slug] {
			keep = append(keep, name)
		}
	}
	return changed, keep, ok
}

// remember records the inputs of a build into d; failing to is no error:
// the next build then renders everything again. The record is written
// whole or not at all, ending with a line that says it is complete.
func remember(d *write.Dest, in *inputs) {
	kf := keyFile(d)
	if kf == "" || in == nil {
		return
	}
	var b strings.Builder
	b.WriteString(in.key + "\n" + in.shared + "\n")
	for _, slug := range slices.Sorted(maps.Keys(in.records)) {
		b.WriteString(slug + " " + in.records[slug] + "\n")
	}
	b.WriteString(keyEnd + "\n")
	if os.MkdirAll(filepath.Dir(kf), 0o755) != nil {
		return
	}
	writeAtomic(kf, []byte(b.String()))
}

// writeAtomic replaces the file p with data, or leaves it as it was.
func writeAtomic(p string, data []byte) {
	tmp := fmt.Sprintf("%s.%d.tmp", p, os.Getpid())
	if os.WriteFile(tmp, data, 0o644) != nil || os.Rename(tmp, p) != nil {
		os.Remove(tmp)
	}
}

// keyEnd ends a complete record of inputs.
const keyEnd = "end"

// forget drops the record of the inputs of the last build into d, before
// a build changes it.
func forget(d *write.Dest) {
	if kf := keyFile(d); kf != "" {
		os.Remove(kf)
		os.Remove(kf + ".walk")
	}
}

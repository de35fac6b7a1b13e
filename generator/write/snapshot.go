package write

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A walk of the destination reads every directory of the last build, which
// for a long hunt is most of an unchanged rebuild's time. A snapshot lets
// the next unchanged rebuild skip the reading: it holds the files the walk
// found and, for each directory, its device, inode and change time: every
// directory below the destination, the last build's or not, since a
// symbolic link added to any of them must stop the next build. Adding,
// removing or renaming an entry of a directory, a symbolic link put in
// the place of a file or a directory among them, changes the directory's
// change time, which no program can set back. So when every directory of
// the snapshot still has the stamp it had, and the marker the same bytes,
// the walk would find what it found. A file edited in place is not told
// by either, as Listed has never told it.
//
// A change time only moves with the file system's clock, which may lag
// behind by up to a tick (or a whole second, on file systems that keep no
// fractions): a directory changed within that time of its stamp could keep
// the stamp. A walk only vouches for a directory whose stamp is older than
// that, so a snapshot is made only once every directory has been still for
// a while: the first unchanged rebuild after a build walks.

// dirStamp tells a directory's state: its device, its inode and its change
// time in nanoseconds.
type dirStamp struct {
	dev, ino uint64
	ctime    int64
}

// stampedDir is a directory of the walk, by its slash path below the
// destination with a trailing slash ("" for the destination itself).
type stampedDir struct {
	path  string
	stamp dirStamp
}

// settled reports whether a directory of stamp s, read after now, can be
// vouched for: its change time is older than the lag of the clock that
// sets it, a second and a half on a file system that keeps whole seconds,
// else 50 ms, five ticks of the slowest kernel clock.
func settled(s dirStamp, now time.Time) bool {
	lag := 50 * time.Millisecond
	if s.ctime%int64(time.Second) == 0 {
		lag = 1500 * time.Millisecond
	}
	return s.ctime < now.Add(-lag).UnixNano()
}

const snapshotHeader = "followup walk 1"

// ListedSince is Listed, given the snapshot of an earlier call (nil for
// none). When the snapshot still holds, the destination is not walked.
// It also returns the snapshot of this call, nil when it can vouch for
// none: when a directory changed too recently, or the system tells no
// stamps.
func (d *Dest) ListedSince(snap []byte) (names []string, ok bool, next []byte) {
	t := &tree{root: d.path, shown: d.shown}
	marker, err := t.read(Marker)
	if err != nil {
		return nil, false, nil
	}
	sum := sha256.Sum256(marker)
	if names, ok := d.snapshotHolds(snap, hex.EncodeToString(sum[:])); ok {
		return names, true, snap
	}
	w, ok := d.walk(marker)
	if !ok {
		return nil, false, nil
	}
	if w.unsettled {
		return w.names, true, nil
	}
	return w.names, true, snapshot(hex.EncodeToString(sum[:]), w)
}

// snapshot writes the snapshot of walk w of a destination whose marker has
// the hash markerSum.
func snapshot(markerSum string, w *listWalk) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\nmarker %s\n", snapshotHeader, markerSum)
	for _, s := range w.stamps {
		fmt.Fprintf(&b, "d %d %d %d %s\n", s.stamp.dev, s.stamp.ino, s.stamp.ctime, s.path)
	}
	for _, n := range w.names {
		if strings.ContainsAny(n, "\n\r") {
			return nil
		}
		fmt.Fprintf(&b, "f %s\n", n)
	}
	b.WriteString("end\n")
	return b.Bytes()
}

// snapshotHolds returns the files of snapshot snap when the destination's
// marker still has the hash markerSum and every directory of snap still
// has its stamp.
func (d *Dest) snapshotHolds(snap []byte, markerSum string) ([]string, bool) {
	if len(snap) == 0 {
		return nil, false
	}
	sc := bufio.NewScanner(bytes.NewReader(snap))
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() || sc.Text() != snapshotHeader || !sc.Scan() || sc.Text() != "marker "+markerSum {
		return nil, false
	}
	var names []string
	dirs, ended := 0, false
	for sc.Scan() && !ended {
		kind, rest, _ := strings.Cut(sc.Text(), " ")
		switch kind {
		case "d":
			f := strings.SplitN(rest, " ", 4)
			if len(f) != 4 {
				return nil, false
			}
			dev, err1 := strconv.ParseUint(f[0], 10, 64)
			ino, err2 := strconv.ParseUint(f[1], 10, 64)
			ctime, err3 := strconv.ParseInt(f[2], 10, 64)
			if err1 != nil || err2 != nil || err3 != nil {
				return nil, false
			}
			if s, ok := stampAt(filepath.Join(d.path, filepath.FromSlash(f[3]))); !ok || s != (dirStamp{dev, ino, ctime}) {
				return nil, false
			}
			dirs++
		case "f":
			names = append(names, rest)
		case "end":
			ended = true
		default:
			return nil, false
		}
	}
	// The destination itself is one of the directories, always.
	return names, ended && dirs > 0 && sc.Err() == nil
}

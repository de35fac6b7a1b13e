package write

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"path"
	"slices"
	"strings"
)

// The marker names no path. Each of its lines is the SHA-256, in hex, of
// the slash path of a file of the build, or of a directory that holds one
// followed by a slash ("applications/"). A destination published as it is
// then tells no one an address they do not already know, such as the
// secret address of a calendar feed, whose 128 bits of secret cannot be
// recovered from its hash. The files and directories of the last build
// are found by walking the destination and hashing each path met.
//
// Older versions listed the paths themselves, one a line: such a line
// (anything but 64 hex digits) is read as the path it is, so an output of
// theirs is still followup's.

const markerHeader = "# Written by followup: a hash of the path of each file of the last build. Safe to delete with the directory.\n"

// last is what a marker says of the build that wrote it: the hashes of
// its files and directories, sorted, each once. No path of one hashes like
// a path of the other, a directory's ending with a slash.
type last [][sha256.Size]byte

// has reports whether the last build wrote the file or directory of sum.
func (l last) has(sum [sha256.Size]byte) bool {
	_, found := slices.BinarySearchFunc(l, sum, compareSums)
	return found
}

func compareSums(a, b [sha256.Size]byte) int { return bytes.Compare(a[:], b[:]) }

// pathSum is the hash the marker holds for the file name.
func pathSum(name string) [sha256.Size]byte { return sha256.Sum256([]byte(name)) }

// dirSum is the hash the marker holds for the directory dir.
func dirSum(dir string) [sha256.Size]byte {
	var buf [256]byte
	return sha256.Sum256(append(append(buf[:0], dir...), '/'))
}

// manifest returns the marker of a build of the files names.
func manifest(names []string) []byte {
	sums := map[string]bool{} // in hex
	for _, n := range names {
		sum := pathSum(n)
		sums[hex.EncodeToString(sum[:])] = true
		for d := path.Dir(n); d != "."; d = path.Dir(d) {
			sum := dirSum(d)
			sums[hex.EncodeToString(sum[:])] = true
		}
	}
	var b bytes.Buffer
	b.WriteString(markerHeader)
	for _, s := range slices.Sorted(maps.Keys(sums)) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// parseMarker reads a marker of this version or of an older one.
func parseMarker(data []byte) last {
	l := make(last, 0, bytes.Count(data, []byte("\n")))
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSuffix(line, "\n")
		var sum [sha256.Size]byte
		switch {
		case len(line) == hex.EncodedLen(sha256.Size) && isSum(line, sum[:]):
			l = append(l, sum)
		case line == "" || strings.HasPrefix(line, "#") || checkName(line) != nil:
		default: // a path, as older versions wrote it
			l = append(l, pathSum(line))
			for d := path.Dir(line); d != "."; d = path.Dir(d) {
				l = append(l, dirSum(d))
			}
		}
	}
	// A marker of this version is sorted already.
	if !slices.IsSortedFunc(l, compareSums) {
		slices.SortFunc(l, compareSums)
	}
	l = slices.Compact(l)
	if i, found := slices.BinarySearchFunc(l, pathSum(Marker), compareSums); found {
		l = slices.Delete(l, i, i+1)
	}
	return l
}

// hasFile reports whether the last build wrote the file name.
func (l last) hasFile(name string) bool { return l.has(pathSum(name)) }

// hasDir reports whether the last build wrote a file below the directory
// dir.
func (l last) hasDir(dir string) bool { return l.has(dirSum(dir)) }

// isSum reports whether line is a hash as the marker writes it, 64
// lowercase hex digits, and decodes it into sum.
func isSum(line string, sum []byte) bool {
	if len(line) != 2*len(sum) {
		return false
	}
	for i := range sum {
		hi, ok1 := lowerHex(line[2*i])
		lo, ok2 := lowerHex(line[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		sum[i] = hi<<4 | lo
	}
	return true
}

// lowerHex returns the value of c, a lowercase hex digit.
func lowerHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

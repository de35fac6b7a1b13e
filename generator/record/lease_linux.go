package record

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// openForWriting reports whether a process has the file of f, opened for
// reading, open for writing: a read lease is refused then. The lease, when
// granted, lasts until f is closed. Where leases are not allowed (a file
// of another user, a file system without them) it reports false.
func openForWriting(f *os.File) bool {
	_, err := unix.FcntlInt(f.Fd(), unix.F_SETLEASE, unix.F_RDLCK)
	return errors.Is(err, unix.EAGAIN)
}

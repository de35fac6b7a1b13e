package write

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// Exchange swaps the files or directories a and b in one step, so that a
// reader, a crash or a failure sees one or the other, never neither. It
// returns errors.ErrUnsupported where the file system cannot.
func Exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) {
		return errors.ErrUnsupported
	}
	if err != nil {
		return &os.LinkError{Op: "exchange", Old: a, New: b, Err: err}
	}
	return nil
}

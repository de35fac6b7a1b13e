//go:build unix

package build

import (
	"io/fs"

	"golang.org/x/sys/unix"
)

// readFile returns the bytes of the file p, read into buf and what it
// grows to. An unchanged rebuild reads every file of the content: this
// opens, reads and closes each without the polling os.File sets up. The
// open does not wait: a FIFO put in the place of a file reads as empty.
func readFile(p string, buf []byte) ([]byte, error) {
	fd, err := unix.Open(p, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NONBLOCK, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	defer unix.Close(fd)
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: p, Err: err}
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

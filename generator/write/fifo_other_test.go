//go:build !unix

package write

import "errors"

// mkfifo cannot make a FIFO here.
func mkfifo(string) error { return errors.ErrUnsupported }

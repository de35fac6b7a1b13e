//go:build unix

package load

import "syscall"

// openNonblock opens a named pipe without waiting for a writer, so that
// readFile can see what it is and refuse it.
const openNonblock = syscall.O_NONBLOCK

//go:build !linux

package record

import "os"

// openForWriting cannot tell here whether another process has the file
// open for writing.
func openForWriting(f *os.File) bool { return false }

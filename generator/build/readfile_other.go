//go:build !unix

package build

import "os"

// readFile returns the bytes of the file p.
func readFile(p string, _ []byte) ([]byte, error) { return os.ReadFile(p) }

//go:build !unix

package load

// openNonblock is zero where named pipes cannot sit among the files of a
// directory.
const openNonblock = 0

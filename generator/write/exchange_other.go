//go:build !linux

package write

import "errors"

// Exchange is not available here: the swap falls back to two renames.
func Exchange(a, b string) error { return errors.ErrUnsupported }

// Package fault lets tests stop or fail the write stage, or the write of
// a record, at a named point, as a killed process, a failing file system
// or an editor saving at that moment would. Outside tests no
// hook is set and At costs one atomic load.
package fault

import "sync/atomic"

var hook atomic.Pointer[func(point string) error]

// Set makes fn run at every point the write stage passes, until the
// returned function is called. An error fn returns is taken for the
// error of the operation at that point.
func Set(fn func(point string) error) (reset func()) {
	hook.Store(&fn)
	return func() { hook.Store(nil) }
}

// At runs the hook, if one is set, at point.
func At(point string) error {
	if fn := hook.Load(); fn != nil {
		return (*fn)(point)
	}
	return nil
}

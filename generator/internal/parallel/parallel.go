// Package parallel runs the steps of a stage on every core.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(i) for i in [0, n) on up to GOMAXPROCS goroutines, handing
// out indexes in order. When fn returns false, no further index is handed
// out; the calls already under way finish. For returns when all have.
func For(n int, fn func(i int) bool) {
	var (
		next    atomic.Int64
		stopped atomic.Bool
		wg      sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n && !stopped.Load(); i = int(next.Add(1) - 1) {
				if !fn(i) {
					stopped.Store(true)
				}
			}
		})
	}
	wg.Wait()
}

package parallel

import (
	"sync/atomic"
	"testing"
)

func TestFor(t *testing.T) {
	t.Run("EveryIndexOnce", func(t *testing.T) {
		seen := make([]atomic.Int32, 1000)
		For(len(seen), func(i int) bool { seen[i].Add(1); return true })
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Fatalf("index %d called %d times", i, got)
			}
		}
	})
	t.Run("StopsHandingOutWork", func(t *testing.T) {
		var calls atomic.Int32
		For(100000, func(i int) bool { calls.Add(1); return i < 10 })
		if got := calls.Load(); got >= 1000 {
			t.Errorf("%d calls after fn asked to stop at index 10", got)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		For(0, func(int) bool { t.Error("called for n = 0"); return true })
	})
}

// Package bound keeps the execution of a site's own templates within
// limits, so that a layout or script template that loops cannot hang a
// build. It has three guards: Ranges refuses, before anything runs, a
// range over an integer constant larger than a site could need; Run gives
// up on an execution that outlives its deadline or its context; and the
// writer Run hands out refuses output beyond a size.
//
// Go cannot stop a goroutine from outside: when Run gives up, the
// execution goes on in a goroutine of its own. A template that writes ends
// at its next write, which fails; one that loops without writing goes on
// until the program ends. In `followup build` that is at once; in
// `followup serve` the goroutine keeps a core busy until serve stops.
package bound

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// Defaults of Limits.
const (
	DefaultTimeout   = 30 * time.Second // how long one template may run
	DefaultMaxOutput = 256 << 20        // how many bytes one template may write
)

// Limits bound one execution of a template.
type Limits struct {
	Context   context.Context // nil: context.Background()
	Timeout   time.Duration   // 0: DefaultTimeout
	MaxOutput int64           // 0: DefaultMaxOutput
}

// ErrTooLarge is the error of a write past Limits.MaxOutput.
var ErrTooLarge = errors.New("output too large")

// ErrTimeout is the error of an execution that outlived Limits.Timeout.
var ErrTimeout = errors.New("still running")

func (l Limits) ctx() context.Context {
	if l.Context == nil {
		return context.Background()
	}
	return l.Context
}

func (l Limits) timeout() time.Duration {
	if l.Timeout <= 0 {
		return DefaultTimeout
	}
	return l.Timeout
}

func (l Limits) maxOutput() int64 {
	if l.MaxOutput <= 0 {
		return DefaultMaxOutput
	}
	return l.MaxOutput
}

// Err returns the error of the limits' context, if it is done.
func (l Limits) Err() error {
	return l.ctx().Err()
}

// Run calls exec with a writer that passes at most MaxOutput bytes on to
// w, in a goroutine of its own, and waits for it until the timeout or the
// end of the context. name says what runs, such as "layouts/index.html",
// and starts the error of a timeout or of too much output. The error of a
// context that ended is the context's, unwrapped.
//
// When Run gives up on exec, exec may still be running: the caller must
// not use w again, nor hand it on to be reused.
func Run(l Limits, name string, w io.Writer, exec func(w io.Writer) error) error {
	ctx := l.ctx()
	if err := ctx.Err(); err != nil {
		return err
	}
	lw := &limitWriter{w: w, left: l.maxOutput()}
	done := make(chan error, 1)
	go func() { done <- exec(lw) }()
	timer := time.NewTimer(l.timeout())
	defer timer.Stop()
	select {
	case err := <-done:
		if lw.tooLarge.Load() {
			return &Error{Name: name, Err: ErrTooLarge, Detail: fmt.Sprintf("(more than %d bytes)", l.maxOutput())}
		}
		return err
	case <-timer.C:
		lw.abandoned.Store(true)
		return &Error{Name: name, Err: ErrTimeout, Detail: fmt.Sprintf("after %v: does it loop?", l.timeout())}
	case <-ctx.Done():
		lw.abandoned.Store(true)
		return ctx.Err()
	}
}

// Error is an execution that went past a limit.
type Error struct {
	Name   string // what ran, as given to Run
	Err    error  // ErrTimeout or ErrTooLarge
	Detail string // such as "after 30s: does it loop?"
}

// Error reads "name: limit: detail".
func (e *Error) Error() string { return e.Name + ": " + e.Message() }

// Message is the error without the name.
func (e *Error) Message() string { return e.Err.Error() + " " + e.Detail }

// Unwrap returns the limit that was passed.
func (e *Error) Unwrap() error { return e.Err }

// limitWriter passes at most left bytes on to w, and none once its
// execution is abandoned.
type limitWriter struct {
	w         io.Writer
	left      int64
	tooLarge  atomic.Bool
	abandoned atomic.Bool
}

func (lw *limitWriter) Write(p []byte) (int, error) {
	if lw.abandoned.Load() {
		return 0, ErrTimeout
	}
	if int64(len(p)) > lw.left {
		lw.tooLarge.Store(true)
		return 0, ErrTooLarge
	}
	lw.left -= int64(len(p))
	return lw.w.Write(p)
}

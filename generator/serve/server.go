package serve

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
)

// Options are the choices of `followup serve`.
type Options struct {
	Source string        // the site's source directory; "." when empty
	Bind   string        // the address to listen on; 127.0.0.1 when empty
	Port   int           // the port; 0 picks a free one (the command's default is 1313)
	Poll   time.Duration // when above zero, compare the files at this interval instead of watching
	Log    io.Writer     // progress and build errors; os.Stderr when nil
}

// Server is a running `followup serve`.
type Server struct {
	opts     Options
	ctx      context.Context // ends when serve stops: it cancels a build under way
	abs      string          // the source directory, absolute
	ln       net.Listener
	http     *http.Server
	h        *handler
	loader   *load.Loader // reads the hunt, keeping what did not change
	queue    *queue
	watch    *watcher // nil when polling
	log      io.Writer
	instance string
	builds   int
	last     *rendered      // the last good build; nil before the first
	dirty    dirty          // what changed since then
	day      model.Date     // the day the last good build was made for
	loc      *time.Location // the site's time zone, as the last build read it

	wg       sync.WaitGroup
	done     chan struct{}
	serveErr error
}

// Run serves the site until ctx is cancelled (Ctrl-C), then stops cleanly.
func Run(ctx context.Context, opts Options) error {
	s, err := Start(ctx, opts)
	if err != nil {
		return err
	}
	how := "watching for changes"
	if opts.Poll > 0 {
		how = "polling for changes every " + opts.Poll.String()
	}
	fmt.Fprintf(s.log, "Serving %s (%s; press Ctrl-C to stop)\n", s.URL(), how)
	if s.h.capture.host != "" {
		fmt.Fprintf(s.log, "New application, and a bookmark that saves a job posting: %s%s%s\n", s.URL(), reservedDir, newPage)
	}
	return s.Wait()
}

// Start listens, builds the site and starts watching. The server stops when
// ctx is cancelled; Wait returns then. A content error in the first build
// does not stop it: the pages show the error until the file is fixed.
func Start(ctx context.Context, opts Options) (*Server, error) {
	if opts.Source == "" {
		opts.Source = "."
	}
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	s := &Server{opts: opts, ctx: ctx, log: &syncWriter{w: orStderr(opts.Log)}, done: make(chan struct{})}
	if err := s.init(); err != nil {
		return nil, err
	}
	ln, err := listen(opts.Bind, opts.Port)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	s.h.capture = newCapture(s.opts.Source, ln.Addr())
	if ip := net.ParseIP(opts.Bind); ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(s.log, "warning: %s is reachable from other machines, and serve shows every private field\n", ln.Addr())
	}
	// Watch before the first build, so that a save during it is not lost.
	watchCtx, stopWatching := context.WithCancel(ctx)
	if err := s.startWatching(watchCtx); err != nil {
		stopWatching()
		ln.Close()
		return nil, err
	}
	s.publish(s.buildSite(nil))
	s.goRun(func() { s.buildLoop(watchCtx) })
	s.http = &http.Server{
		Handler:           noFraming(newHostGuard(opts.Bind, ln.Addr(), s.h)),
		ReadHeaderTimeout: serverTimeouts.readHeader,
		ReadTimeout:       serverTimeouts.read,
		WriteTimeout:      serverTimeouts.write, // live-reload streams lift it
		IdleTimeout:       serverTimeouts.idle,
	}
	s.http.RegisterOnShutdown(s.h.reload.close)
	serveDone := make(chan struct{})
	go func() {
		defer close(serveDone)
		if err := s.http.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr = err
		}
	}()
	go func() {
		select {
		case <-ctx.Done():
		case <-serveDone:
		}
		s.shutdown(stopWatching)
		<-serveDone
		close(s.done)
	}()
	return s, nil
}

// serverTimeouts bound how long a connection may take to send a request,
// to take its answer and to stay idle, so that slow or stalled clients do
// not pile up. Rendering a summary page of a large hunt on its first
// request fits well within the write timeout.
var serverTimeouts = struct{ readHeader, read, write, idle time.Duration }{
	readHeader: 10 * time.Second,
	read:       30 * time.Second,
	write:      60 * time.Second,
	idle:       2 * time.Minute,
}

// startWatching follows content/ and layouts/, and the commits of the git
// work tree they are in, until ctx is done, with fsnotify or by polling.
func (s *Server) startWatching(ctx context.Context) error {
	roots := []string{filepath.Join(s.abs, "content"), filepath.Join(s.abs, "layouts")}
	marks := load.CommitMarks(s.abs) // a commit changes the calendar stamps
	if s.opts.Poll > 0 {
		before := scanTree(roots, marks)
		s.goRun(func() { poll(ctx, roots, marks, s.opts.Poll, before, s.queue) })
		return nil
	}
	w, err := newWatcher(s.abs, roots, s.queue, s.log)
	if err != nil {
		return err
	}
	if err := w.addMarks(marks); err != nil {
		w.close()
		return err
	}
	s.watch = w
	s.goRun(func() { w.run(ctx) })
	return nil
}

// init checks the source directory and makes the parts that need no port.
func (s *Server) init() error {
	abs, err := filepath.Abs(s.opts.Source)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		return fmt.Errorf("source %s: not a directory", s.opts.Source)
	}
	s.abs = abs
	s.loader = load.NewLoader(s.opts.Source)
	s.queue = newQueue()
	s.h = &handler{reload: newBroker()}
	var id [4]byte
	rand.Read(id[:])
	s.instance = hex.EncodeToString(id[:])
	return nil
}

// listen opens the port, saying plainly when it is taken.
func listen(bind string, port int) (net.Listener, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(port)))
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("port %d is in use: choose another with -port", port)
	}
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", net.JoinHostPort(bind, strconv.Itoa(port)), err)
	}
	return ln, nil
}

// shutdown ends the event streams, the open connections, the watcher and
// the build loop, in that order.
func (s *Server) shutdown(stopWatching context.CancelFunc) {
	s.h.reload.close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.http.Shutdown(ctx) //nolint:errcheck // connections still open after 5s are dropped
	stopWatching()
	if s.watch != nil {
		s.watch.close() //nolint:errcheck // nothing left to do about it
	}
	s.wg.Wait()
}

func (s *Server) goRun(fn func()) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		fn()
	}()
}

// Wait blocks until the server has stopped and returns why, when it was not
// a cancelled context.
func (s *Server) Wait() error {
	<-s.done
	return s.serveErr
}

// Addr returns the address the server listens on, such as 127.0.0.1:1313.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// URL returns the address of the site's home page, under its base path.
func (s *Server) URL() string {
	return "http://" + s.Addr() + s.h.current.Load().base
}

func orStderr(w io.Writer) io.Writer {
	if w == nil {
		return os.Stderr
	}
	return w
}

// syncWriter lets the watcher and the builder log to one writer.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

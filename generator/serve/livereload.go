package serve

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// broker sends server-sent events to every open page.
type broker struct {
	mu      sync.Mutex
	clients map[chan string]struct{}
	done    chan struct{} // closed on shutdown: every stream ends
	closed  bool
}

func newBroker() *broker {
	return &broker{clients: map[chan string]struct{}{}, done: make(chan struct{})}
}

// publish tells every open page that the build version is served.
func (b *broker) publish(version string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for c := range b.clients {
		select {
		case c <- version:
		default: // a reload is already on its way to that page
		}
	}
}

// close ends every stream, so that http.Server.Shutdown does not wait on them.
func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed {
		b.closed = true
		close(b.done)
	}
}

// maxStreams bounds the live-reload streams open at once: one per open
// page, and far more pages than anyone keeps open. Beyond it a page is told
// to try again later, so that a runaway script cannot hold every goroutine
// and file descriptor of the server.
const maxStreams = 64

// subscribe adds a stream, unless the server is shutting down or holds
// maxStreams already (full is then true).
func (b *broker) subscribe() (c chan string, full bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, false
	}
	if len(b.clients) >= maxStreams {
		return nil, true
	}
	c = make(chan string, 1)
	b.clients[c] = struct{}{}
	return c, false
}

func (b *broker) unsubscribe(c chan string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.clients, c)
}

// serveEvents streams events to one page: "hello" with the version served
// when it connects, then "reload" with each new version.
func (b *broker) serveEvents(w http.ResponseWriter, r *http.Request, version string) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c, full := b.subscribe()
	switch {
	case full:
		w.Header().Set("Retry-After", "5")
		http.Error(w, fmt.Sprintf("too many live-reload streams (%d): close some pages", maxStreams), http.StatusServiceUnavailable)
		return
	case c == nil:
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer b.unsubscribe(c)
	// A stream lasts as long as its page: lift the server's read and write
	// deadlines for this connection (the stream ends on shutdown instead).
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Time{})  //nolint:errcheck // not every writer has a connection (tests)
	rc.SetWriteDeadline(time.Time{}) //nolint:errcheck // likewise
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	fmt.Fprintf(w, "retry: %d\n\nevent: hello\ndata: %s\n\n", retryMillis, version)
	flusher.Flush()
	for {
		select {
		case v := <-c:
			if _, err := fmt.Fprintf(w, "event: reload\ndata: %s\n\n", v); err != nil {
				return
			}
			flusher.Flush()
		case <-r.Context().Done():
			return
		case <-b.done:
			return
		}
	}
}

// retryMillis is how long a page waits before reconnecting to the stream.
const retryMillis = 500

// clientScript returns the live-reload script. It knows the version served
// when it was fetched, right after its page: on reconnecting (the server
// restarted, the laptop slept) it reloads when it missed a build.
func clientScript(version string) []byte {
	return []byte(`(function () {
  "use strict";
  var seen = ` + strconv.Quote(version) + `;
  var url = document.currentScript.src.replace(/livereload\.js(\?.*)?$/, "events");
  function connect() {
    var es = new EventSource(url);
    es.addEventListener("hello", function (e) {
      if (seen !== e.data) { location.reload(); }
    });
    es.addEventListener("reload", function () { es.close(); location.reload(); });
    es.onerror = function () {
      if (es.readyState === EventSource.CLOSED) { setTimeout(connect, ` + strconv.Itoa(retryMillis*2) + `); }
    };
  }
  connect();
})();
`)
}

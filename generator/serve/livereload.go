package serve

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
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

func (b *broker) subscribe() (chan string, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, false
	}
	c := make(chan string, 1)
	b.clients[c] = struct{}{}
	return c, true
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
	c, ok := b.subscribe()
	if !ok {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer b.unsubscribe(c)
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

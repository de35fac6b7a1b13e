package serve

import (
	"net/http"
	"strings"
)

// frameAncestors is the Content-Security-Policy directive that keeps every
// page of serve out of frames, whatever site would hold them.
const frameAncestors = "frame-ancestors 'none'"

// noFraming sets, on every answer of next, the headers that forbid a
// browser to show it in a frame: X-Frame-Options DENY and the CSP
// directive frame-ancestors 'none' (the one of the two that browsers
// now follow; the first is for older ones). A page of another site
// that frames serve's pages, to have the owner click Done or Skip in
// them unawares, gets an empty frame instead. The headers are set as the
// answer starts, so that a policy a handler sets is merged, not replaced.
func noFraming(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fw := &framingWriter{ResponseWriter: w}
		next.ServeHTTP(fw, r)
		fw.start() // an answer with no body, whose headers go out now
	})
}

// framingWriter adds the headers of noFraming to an answer when its
// headers are written.
type framingWriter struct {
	http.ResponseWriter
	started bool
}

func (w *framingWriter) start() {
	if !w.started {
		w.started = true
		forbidFraming(w.Header())
	}
}

func (w *framingWriter) WriteHeader(code int) {
	w.start()
	w.ResponseWriter.WriteHeader(code)
}

func (w *framingWriter) Write(b []byte) (int, error) {
	w.start()
	return w.ResponseWriter.Write(b)
}

// Flush sends what was written: the live-reload stream needs it.
func (w *framingWriter) Flush() {
	w.start()
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the connection's own writer.
func (w *framingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// forbidFraming adds the headers of noFraming to h. A policy already
// there keeps its other directives: frame-ancestors is merged into it,
// replacing any of its own, rather than sent as a second policy.
func forbidFraming(h http.Header) {
	h.Set("X-Frame-Options", "DENY")
	directives := []string{}
	for _, policy := range h.Values("Content-Security-Policy") {
		for _, d := range strings.Split(policy, ";") {
			d = strings.TrimSpace(d)
			if d != "" && !strings.HasPrefix(strings.ToLower(d), "frame-ancestors") {
				directives = append(directives, d)
			}
		}
	}
	h.Set("Content-Security-Policy", strings.Join(append(directives, frameAncestors), "; "))
}

// notFetch reports whether r was sent by a browser for something other
// than a script's fetch: a form posted into a frame, an embed, a
// navigation. Browsers send Sec-Fetch-Dest on every request to a loopback
// address (a trustworthy origin); fetch() sends "empty". A request without
// the header comes from a client that is not a browser, which the Origin
// and token checks deal with.
func notFetch(r *http.Request) bool {
	dest := r.Header.Get("Sec-Fetch-Dest")
	return dest != "" && dest != "empty"
}

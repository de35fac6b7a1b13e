package serve

import (
	"bytes"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync/atomic"
	"time"

	"github.com/followup-dev/followup/generator/render"
)

// reservedDir is the directory, under the base path, of the server's own
// files: the live-reload script and its event stream.
const reservedDir = "__followup/"

// snapshot is what the server serves: one build's files, or the last good
// files and the error of the build that failed after them. A snapshot is
// never changed once published.
type snapshot struct {
	files     render.Files // every file but the summaries
	summaries *summaries   // rendered on request
	base      string       // the base URL's path, starting and ending in "/"
	err       error        // the last build's error; nil when files are current
	version   string       // changes with every build, e.g. "5f3a-12"
}

// handler serves the current snapshot and the live-reload endpoints.
type handler struct {
	current atomic.Pointer[snapshot]
	reload  *broker
	capture *capture // nil: no one-click recording
}

// ServeHTTP answers one request from the current snapshot.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.capture != nil && h.capture.owns(r) {
		h.capture.ServeHTTP(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	snap := h.current.Load()
	p := cleanPath(r.URL.Path)
	if rest, ok := reservedPath(p); ok {
		h.serveReserved(w, r, snap, rest)
		return
	}
	if p == "/" || p+"/" == snap.base {
		redirect(w, r, snap.base, http.StatusFound)
		return
	}
	if !strings.HasPrefix(p, snap.base) {
		serveNotFound(w, r, snap)
		return
	}
	rel := strings.TrimPrefix(p, snap.base)
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	if snap.err != nil && wantsHTML(r, rel) {
		serveError(w, r, snap)
		return
	}
	if data, ok, err := snap.file(rel); err != nil {
		serveError(w, r, &snapshot{err: err, base: snap.base})
		return
	} else if ok {
		serveBytes(w, r, rel, data, http.StatusOK)
		return
	}
	if snap.has(rel + "/index.html") {
		redirect(w, r, p+"/", http.StatusFound)
		return
	}
	serveNotFound(w, r, snap)
}

// file returns the file at the path rel, rendering a summary page on its
// first request.
func (s *snapshot) file(rel string) ([]byte, bool, error) {
	if data, ok := s.files[rel]; ok {
		return data, true, nil
	}
	return s.summaries.get(rel)
}

// has reports whether the snapshot holds a file at rel, without rendering it.
func (s *snapshot) has(rel string) bool {
	if _, ok := s.files[rel]; ok {
		return true
	}
	return s.summaries.pages()[rel] != nil
}

// cleanPath returns p rooted and cleaned, keeping a trailing slash.
func cleanPath(p string) string {
	if p == "" || p[0] != '/' {
		p = "/" + p
	}
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c
}

// reservedPath reports whether p is one of the server's own files, under
// any directory (pages built with an earlier base path still find them),
// and returns the file name below reservedDir.
func reservedPath(p string) (string, bool) {
	i := strings.LastIndex(p, "/"+reservedDir)
	if i < 0 {
		return "", false
	}
	return p[i+1+len(reservedDir):], true
}

func (h *handler) serveReserved(w http.ResponseWriter, r *http.Request, snap *snapshot, name string) {
	switch name {
	case "livereload.js":
		js := clientScript(snap.version)
		if h.capture != nil {
			js = append(js, h.capture.script()...)
		}
		serveBytes(w, r, name, js, http.StatusOK)
	case "events":
		h.reload.serveEvents(w, r, snap.version)
	default:
		http.NotFound(w, r)
	}
}

// wantsHTML reports whether the answer to r for the file rel is a page, so
// that a failed build shows its error page there.
func wantsHTML(r *http.Request, rel string) bool {
	if strings.HasSuffix(rel, ".html") {
		return true
	}
	return path.Ext(rel) == "" && strings.Contains(r.Header.Get("Accept"), "text/html")
}

// redirect sends the client to the path target, keeping the query.
func redirect(w http.ResponseWriter, r *http.Request, target string, code int) {
	u := url.URL{Path: target, RawQuery: r.URL.RawQuery}
	w.Header().Set("Location", u.String())
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
}

// serveNotFound answers with the site's 404.html, or plain text when the
// site has none.
func serveNotFound(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	if snap.err != nil && strings.Contains(r.Header.Get("Accept"), "text/html") {
		serveError(w, r, snap)
		return
	}
	if data, ok := snap.files["404.html"]; ok {
		serveBytes(w, r, "404.html", data, http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// serveBytes answers with data as the file name, with its content type.
func serveBytes(w http.ResponseWriter, r *http.Request, name string, data []byte, code int) {
	h := w.Header()
	h.Set("Content-Type", contentType(name, data))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if code == http.StatusOK {
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
		return
	}
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write(data) //nolint:errcheck // the client went away
	}
}

// textTypes are the content types of the files a site is made of.
var textTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".ics":  "text/calendar; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".svg":  "image/svg+xml",
	".json": "application/json",
	".xml":  "application/xml; charset=utf-8",
}

// contentType returns the Content-Type of the file name: by extension, or
// sniffed from data for an unknown one (CNAME, .nojekyll are plain text).
func contentType(name string, data []byte) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := textTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" && ext != "" {
		return t
	}
	return http.DetectContentType(data)
}

package serve

import (
	"crypto/rand"
	"crypto/subtle"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
	"github.com/followup-dev/followup/generator/record"
)

// capture records what happened from serve's pages in one click: Done and
// Skip for each pending action, on its application's page and beside it on
// every other page that lists it (the dashboard, the timeline, the call
// sheet), and a form to add an event of any type on an application's page.
// A decision offers its two answers instead: Move on (the record's status
// becomes ghosted) and Keep waiting (it is skipped). It makes exactly the
// edits of `followup done`, `skip` and `log` (package record); the watcher
// then rebuilds and the page reloads.
//
// It changes files on the owner's disk, so every request must name the
// loopback address and port the server is bound to in Host, or localhost
// and that port (which stops DNS rebinding: another site's name is never
// one of these), and an edit must be a POST whose Origin is the address
// the request is for (which stops other sites' pages), sent by a script's
// fetch (Sec-Fetch-Dest empty: never a form posted into a frame), and that
// carries the token of this process. Anything else gets 403 and changes
// nothing. No page of serve can be framed (see noFraming), and the page
// script draws no button inside a frame. Bound to
// another address, serve offers no capture at all.
type capture struct {
	source string
	token  string
	host   string // the address bound to, "127.0.0.1:1313"; "" when not bound to loopback
	bound  string // the address bound to, whatever it is: "0.0.0.0:1313"
	local  string // the same with localhost for its address, "localhost:1313"
	now    func() time.Time
	mu     sync.Mutex // one edit at a time
}

//go:embed capture.js
var captureScript []byte

// Reserved names of the capture endpoints, below reservedDir.
const (
	captureEdit    = "capture"
	captureActions = "capture/actions"
)

// newCapture returns the capture of a server of the site in source
// listening on addr.
func newCapture(source string, addr net.Addr) *capture {
	var b [32]byte
	rand.Read(b[:])
	c := &capture{source: source, token: hex.EncodeToString(b[:]), now: time.Now, bound: addr.String()}
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsLoopback() {
		c.host = tcp.String()
		c.local = net.JoinHostPort("localhost", strconv.Itoa(tcp.Port))
	}
	return c
}

// owns reports whether r is for one of the capture endpoints.
func (c *capture) owns(r *http.Request) bool {
	name, ok := reservedPath(cleanPath(r.URL.Path))
	return ok && (name == captureEdit || name == captureActions || name == newPage || name == newScript || name == newToken)
}

// script returns the page script that draws the buttons and the form, or
// nothing when capture is off.
func (c *capture) script() []byte {
	if c.host == "" {
		return nil
	}
	return captureScript
}

// ServeHTTP answers a capture endpoint, after the checks.
func (c *capture) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	name, _ := reservedPath(cleanPath(r.URL.Path))
	if c.host == "" {
		forbid(w, "capture is off: serve is bound to "+c.bound+", which other machines may reach; serve with -bind 127.0.0.1 to record from the pages")
		return
	}
	if r.Host != c.host && r.Host != c.local {
		forbid(w, "capture answers only requests to "+c.host+" or "+c.local)
		return
	}
	switch {
	case name == newPage || name == newScript:
		c.serveNew(w, r, name)
	case name == newToken && r.Method == http.MethodGet:
		if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
			forbid(w, "not from this site's pages")
			return
		}
		c.newToken(w)
	case name == captureActions && r.Method == http.MethodGet:
		if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
			forbid(w, "not from this site's pages")
			return
		}
		c.actions(w, r)
	case name == captureEdit && r.Method == http.MethodPost:
		r.Body = http.MaxBytesReader(w, r.Body, maxPostBody)
		if r.Header.Get("Origin") != "http://"+r.Host {
			forbid(w, "not from this site's pages")
			return
		}
		if notFetch(r) {
			forbid(w, "only the page's own script records, never a form or a frame")
			return
		}
		if err := r.ParseForm(); err != nil {
			forbid(w, "unreadable form")
			return
		}
		if subtle.ConstantTimeCompare([]byte(r.PostForm.Get("token")), []byte(c.token)) != 1 {
			forbid(w, "missing or wrong token: reload the page")
			return
		}
		c.edit(w, r)
	default:
		forbid(w, "method not allowed")
	}
}

// forbid answers 403.
func forbid(w http.ResponseWriter, why string) {
	answer(w, http.StatusForbidden, map[string]any{"ok": false, "error": why})
}

// answer writes v as JSON with the status code.
func answer(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// pendingAction is one pending action as the page script shows it.
type pendingAction struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Due     string `json:"due"`
	Summary string `json:"summary"`
}

// actions answers the token, the pending actions and the contacts of the
// application named by the query's app, with the lists the page's form
// offers: the call outcomes and the event types a record accepts.
func (c *capture) actions(w http.ResponseWriter, r *http.Request) {
	site, acts, err := build.Load(c.source)
	if err != nil {
		answer(w, http.StatusUnprocessableEntity, map[string]any{"ok": false, "error": err.Error()})
		return
	}
	slug := r.URL.Query().Get("app")
	var app *model.Application
	for _, a := range site.Applications {
		if a.Slug == slug {
			app = a
		}
	}
	if app == nil {
		answer(w, http.StatusNotFound, map[string]any{"ok": false, "error": "no application " + slug})
		return
	}
	pending := []pendingAction{}
	for _, a := range acts {
		if a.App == app && a.Pending() {
			pending = append(pending, pendingAction{a.ID, string(a.Kind), a.Due.String(), plan.Summary(a)})
		}
	}
	contacts := []string{}
	for _, ct := range app.Contacts {
		contacts = append(contacts, ct.Name)
	}
	answer(w, http.StatusOK, map[string]any{
		"ok": true, "token": c.token, "app": app.Slug, "pending": pending, "contacts": contacts,
		"types": model.EventTypes, "outcomes": model.CallOutcomes,
		"today": model.DateOf(c.now().In(site.Settings.Location)).String(),
	})
}

// edit makes the edit the form asks for.
func (c *capture) edit(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := r.PostForm
	opts := record.Options{Source: c.source, Now: c.now}
	var res *record.Result
	var err error
	switch f.Get("op") {
	case "done":
		res, err = record.Done(opts, f.Get("app"), f.Get("action"), f.Get("date"), f.Get("outcome"))
	case "skip":
		res, err = record.Skip(opts, f.Get("app"), f.Get("action"))
	case "moveon": // Move on, on a decision: the status ghosted
		res, err = record.MoveOn(opts, f.Get("app"), f.Get("action"))
	case previewOp, addOp:
		c.addPosting(w, r)
		return
	case "log":
		res, err = record.Log(opts, f.Get("app"), record.Event{
			Date: f.Get("date"), Type: f.Get("type"), To: names(f.Get("to")), With: names(f.Get("with")),
			From: f.Get("from"), Outcome: f.Get("outcome"), Note: f.Get("note"),
		}, "")
	default:
		err = errors.New("unknown operation " + f.Get("op"))
	}
	if err != nil {
		code := http.StatusUnprocessableEntity
		if errors.Is(err, record.ErrUsage) {
			code = http.StatusBadRequest
		}
		answer(w, code, map[string]any{"ok": false, "error": strings.TrimPrefix(err.Error(), "usage: ")})
		return
	}
	var out strings.Builder
	res.Write(&out)
	answer(w, http.StatusOK, map[string]any{"ok": true, "message": out.String()})
}

// names splits names separated by commas.
func names(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

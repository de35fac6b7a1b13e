// Package serve is `followup serve`: it builds the site in memory with every
// private field shown, serves it on the loopback address, watches the
// content and layouts, rebuilds on every save and reloads every open page.
// It builds for today in the hunt's time zone, and again at midnight there,
// since the build day decides what the feeds carry to today and which
// meetings the pages call scheduled.
//
// The site is served under the path of its base URL, as published: with
// base_url https://jordan.github.io/job-hunt/ the dashboard is at
// http://127.0.0.1:1313/job-hunt/, so every link the renderer writes from
// the base path works unchanged. A request for "/" (or the base path without
// its trailing slash) is redirected there with 302 Found, never a permanent
// redirect, since the base path may change while the server runs. Paths
// outside the base path get the site's 404.html with status 404.
//
// Only requests addressed to the server are answered: their Host must be
// the address and port it listens on (or localhost and the port, for a
// loopback address); any other gets 403 Forbidden, so that a page
// of another site that points its own name at 127.0.0.1 reads nothing.
// No answer may be shown in a frame: every one carries X-Frame-Options:
// DENY and Content-Security-Policy: frame-ancestors 'none', so a page of
// another site cannot frame serve's pages to have the owner click their
// buttons unawares.
// Connections have read, write and idle timeouts, which a live-reload
// stream lifts for itself, and at most 64 streams are open at once.
//
// The page <base>__followup/new is serve's New application form and the
// bookmarklet that fills it from a job posting (see newapp.go): saving
// goes through every check of the one-click recording (capture.go) and
// writes the record as followup add does.
//
// Files are served from memory: "index.html" for directory paths, "/x"
// redirected to "/x/" when x/index.html exists, and Cache-Control: no-store
// on every answer so the browser always shows the latest build.
//
// Live reload uses server-sent events: every page of a serve build loads
// <base>__followup/livereload.js, which listens to <base>__followup/events
// and reloads the page on a "reload" event, sent only after a build has
// finished and its files are served. The script reconnects by itself and
// reloads when it missed a build while disconnected.
//
// A failed build keeps the server running: every HTML page answers with an
// error page (status 500) listing each problem as path:line:col: message,
// with the live-reload script, so the page recovers when the file is fixed.
// Other files (CSS, feeds) are still served from the last good build.
//
// Saves are watched with fsnotify: every directory under content/ and
// layouts/ is watched, new directories are added as they appear, editor
// temporary files are ignored, and events are debounced. In a git work
// tree, HEAD and its log are watched too: a commit changes the calendar
// stamps. Every build reads the hunt through a load.Loader, the same code
// as build's: it decodes again only the files whose bytes changed, and
// does the rest anew (the checks across records, the warnings, the history
// git holds). When only records changed, each is planned on its own and only its pages
// are rendered again; the pages that sum up every record (dashboard,
// timeline, call sheet, calendar.ics) are rendered when first requested
// and kept until the next change. Anything else (site.yaml, advice,
// layouts/, content/scripts/, a commit) renders the whole site with a new
// renderer.
// Either way the files served are those a full build would write.
// Where the file system delivers no events, Options.Poll compares the
// modification time and size of every file at that interval instead.
package serve

// Package layouts holds the default html/template layouts, partials and
// static assets of a followup site. A site's own layouts/ directory
// overrides them file by file.
package layouts

import "embed"

// FS is every default layout file: base.html, the page layouts, partials/,
// assets/ and unlock/ (the unlock page and script of an encrypted build,
// kept out of assets/ so that other builds do not carry them).
//
//go:embed *.html partials assets unlock
var FS embed.FS

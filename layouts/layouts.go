// Package layouts holds the default html/template layouts, partials and
// static assets of a followup site. A site's own layouts/ directory
// overrides them file by file.
package layouts

import "embed"

// FS is every default layout file: base.html, the page layouts, partials/
// and assets/.
//
//go:embed *.html partials assets
var FS embed.FS

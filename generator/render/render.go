// Package render turns a loaded site and its plan into the files of the
// static site, in memory. It never touches the disk.
package render

import "github.com/followup-dev/followup/generator/model"

// Files maps slash paths relative to the output root ("index.html",
// "applications/acme/calendar.ics") to their bytes.
type Files map[string][]byte

// Options are the choices of one build.
type Options struct {
	BaseURL    string // absolute, ends in "/"; the settings' base_url unless overridden
	Private    bool   // show private fields (the site must already be filtered when false)
	LiveReload bool   // inject the live-reload script (serve only)
	LayoutsDir string // the site's own layouts/ directory, overriding the embedded files; "" for none
	ScriptsDir string // the site's own content/scripts/ directory; "" for none
}

// Site renders every file of the site.
func Site(site *model.Site, actions []*model.Action, opts Options) (Files, error) {
	return Files{}, nil
}

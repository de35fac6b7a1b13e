// Package content holds the embedded defaults of a site: the advice pages
// and the wording of the scripts. `followup init` copies them, and a site
// without its own content/scripts/ files falls back on them. The example
// hunt (site.yaml and applications/) is not embedded.
package content

import (
	"embed"
	"io/fs"
)

// Defaults holds the default advice/ and scripts/ (the settings of a new
// site come from generator/scaffold; site.yaml here is the example's).
//
//go:embed advice scripts
var Defaults embed.FS

// Scripts is the scripts/ directory of Defaults.
var Scripts = mustSub(Defaults, "scripts")

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // dir is a constant embedded above
	}
	return sub
}

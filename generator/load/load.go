// Package load reads a site's source directory into a model.Site: the
// settings, the application records and the advice pages. It is the first
// stage of the pipeline (load → plan → render → write).
package load

import (
	"errors"

	"github.com/followup-dev/followup/generator/model"
)

// Site loads the site whose source directory is dir. Content problems come
// back together as a model.ErrorList; I/O problems as other errors.
func Site(dir string) (*model.Site, error) {
	return nil, errors.New("load: not implemented")
}

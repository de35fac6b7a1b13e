package serve

import (
	"path/filepath"
	"strings"
)

// watchedExts are the extensions of the files a build reads.
var watchedExts = map[string]bool{
	".yaml": true, ".yml": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".tmpl": true, ".gohtml": true,
	".css": true, ".js": true, ".txt": true, ".svg": true, ".json": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".ico": true,
	".woff": true, ".woff2": true, ".ics": true, ".xml": true,
}

// relevantFile reports whether a change to the file named name can change
// the site: a file type the build reads, and not an editor's temporary file.
func relevantFile(name string) bool {
	base := filepath.Base(name)
	if ignoredName(base) {
		return false
	}
	return watchedExts[strings.ToLower(filepath.Ext(base))]
}

// ignoredName reports whether base is a hidden file or directory, or a file
// an editor writes while saving: vim's swap, backup and "4913" probe files,
// Emacs's lock and auto-save files, JetBrains's safe-write files and the
// usual temporary suffixes.
func ignoredName(base string) bool {
	switch {
	case base == "" || base == "4913":
		return true
	case strings.HasPrefix(base, ".") || strings.HasPrefix(base, "#"):
		return true // hidden files, .#lock, .x.swp, #auto-save#
	case strings.HasSuffix(base, "~"):
		return true
	case strings.Contains(base, "___jb_"):
		return true // x___jb_tmp___, x___jb_old___
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".swp", ".swo", ".swx", ".tmp", ".temp", ".bak", ".orig", ".part", ".crdownload":
		return true
	}
	return false
}

// ignoredDir reports whether the directory named base is never watched:
// hidden directories such as .git.
func ignoredDir(base string) bool {
	return strings.HasPrefix(base, ".")
}

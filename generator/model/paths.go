package model

import "strings"

// The places of a hunt's files, written once: where the records are in the
// source directory and where an application's files go in the output. All
// are slash paths relative to the source or to the output.
const (
	// RecordsDir holds the application records of a hunt.
	RecordsDir = "content/applications"
	// AppsDir holds the pages of each application in the output.
	AppsDir = "applications"
	// InboxRulesFile holds the phrases a hunt adds to followup inbox's.
	InboxRulesFile = "content/inbox.yaml"
)

// RecordFile returns the path of the record of the slug in the source:
// content/applications/<slug>.yaml.
func RecordFile(slug string) string { return RecordsDir + "/" + slug + ".yaml" }

// RecordSlug returns the slug of the record whose path in the source is
// rel (a slash path), when rel is a record: a file
// content/applications/<slug>.yaml directly in RecordsDir, its name not
// hidden (a leading dot).
func RecordSlug(rel string) (slug string, ok bool) {
	name, ok := strings.CutPrefix(rel, RecordsDir+"/")
	if !ok {
		return "", false
	}
	slug, ok = strings.CutSuffix(name, ".yaml")
	if !ok || slug == "" || strings.Contains(slug, "/") || strings.HasPrefix(slug, ".") {
		return "", false
	}
	return slug, true
}

// AppDir returns the output directory of the application with the slug
// (or the name an encrypted build gives it): applications/<slug>/.
func AppDir(slug string) string { return AppsDir + "/" + slug + "/" }

// AppFeed returns the output path of an application's calendar feed.
func AppFeed(slug string) string { return AppDir(slug) + "calendar.ics" }

// ScriptDir returns the output directory of the script of an action:
// applications/<slug>/scripts/<action id>/.
func ScriptDir(slug, actionID string) string { return AppDir(slug) + "scripts/" + actionID + "/" }

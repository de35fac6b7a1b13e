package scaffold

import (
	"runtime/debug"
	"strings"
)

// Module is the module path of followup, which the workflows Init writes
// run with `go run`.
const Module = "github.com/followup-dev/followup"

// placeholder marks, in an embedded workflow, where the command that runs
// followup goes.
const placeholder = "@@FOLLOWUP@@"

// Version returns the version of followup that info describes, as `go run
// module@version` takes it, or "" for a development build: one built from
// a work tree ("(devel)"), with uncommitted changes ("+dirty"), or without
// build information.
func Version(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return ""
	}
	v := info.Main.Version
	if !strings.HasPrefix(v, "v") || strings.Contains(v, "+") {
		return ""
	}
	return v
}

// runLine returns what replaces the placeholder of a workflow: the command
// that runs followup at version, pinned, so that the workflow keeps running
// the followup that wrote it. A development build has no version a
// workflow can fetch; then the command runs the newest release, and a shell
// comment above it says so. indent is the indentation of the placeholder,
// repeated on that comment's lines.
func runLine(version, indent string) string {
	if version != "" {
		return "go run " + Module + "/cmd/followup@" + version
	}
	return "# A development build of followup wrote this workflow: it has no version\n" +
		indent + "# to pin, so @latest runs the newest release. Put a version in its place\n" +
		indent + "# (go run " + Module + "/cmd/followup@vX.Y.Z) to keep the one you tested.\n" +
		indent + "go run " + Module + "/cmd/followup@latest"
}

// schedulePlaceholder is the line of an embedded workflow where the
// entries of its schedule go.
const schedulePlaceholder = "@@SCHEDULE@@"

// fillWorkflow returns the embedded workflow data with its placeholders
// replaced: the command that runs followup at o.Version, and the daily
// schedule in o.Location.
func fillWorkflow(data []byte, o Options) []byte {
	s := string(data)
	s = strings.Replace(s, schedulePlaceholder, schedule(o.Location, o.Year, "    "), 1)
	i := strings.Index(s, placeholder)
	if i < 0 {
		return []byte(s)
	}
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
	return []byte(strings.ReplaceAll(s, placeholder, runLine(o.Version, indent)))
}

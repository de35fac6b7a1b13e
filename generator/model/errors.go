package model

import (
	"fmt"
	"sort"
	"strings"
)

// Error is a problem in the content, at a place in a file.
type Error struct {
	Path string // slash path relative to the site source, e.g. content/applications/acme.yaml
	Line int    // 1-based; 0 when the whole file is concerned
	Col  int    // 1-based; 0 when unknown
	Msg  string
}

// Error formats e as path:line:col: message.
func (e *Error) Error() string {
	line, col := e.Line, e.Col
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, line, col, e.Msg)
}

// MaxErrors caps how many content errors a run reports.
const MaxErrors = 100

// ErrorList is every content error found in one run, in file and line order.
type ErrorList []*Error

// Add appends an error at path:line:col.
func (l *ErrorList) Add(path string, line, col int, format string, args ...any) {
	*l = append(*l, &Error{Path: path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by path, line and column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Err returns the list sorted as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Error prints one error a line, capped at MaxErrors.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == MaxErrors {
			fmt.Fprintf(&b, "... and %d more errors\n", len(l)-MaxErrors)
			break
		}
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

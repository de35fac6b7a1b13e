package serve

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
)

// errorLines returns the problems of a failed build one a line: content
// errors read path:line:col: message (model.ErrorList prints them so).
func errorLines(err error) []string {
	return strings.Split(strings.TrimSpace(err.Error()), "\n")
}

var errorPage = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Build failed · followup serve</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
h1 { color: #a40000; font-size: 1.5rem; }
ol { padding-left: 1.5rem; }
li { font: 14px/1.5 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
p { color: #555; }
</style>
</head>
<body>
<h1>The site did not build</h1>
<ol id="followup-errors">
{{range .Lines}}<li>{{.}}</li>
{{end}}</ol>
<p>Fix the file and save it: this page reloads by itself.</p>
<script src="{{.Script}}"></script>
</body>
</html>
`))

// serveError answers an HTML request with the error of the last build.
func serveError(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	var b bytes.Buffer
	data := struct {
		Lines  []string
		Script string
	}{errorLines(snap.err), snap.base + reservedDir + "livereload.js"}
	if err := errorPage.Execute(&b, data); err != nil {
		http.Error(w, snap.err.Error(), http.StatusInternalServerError)
		return
	}
	serveBytes(w, r, "error.html", b.Bytes(), http.StatusInternalServerError)
}

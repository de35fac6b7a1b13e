package serve

import (
	_ "embed"
	"html/template"
	"net/http"
	"strings"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/posting"
)

// The New application page: a bookmarklet, and a form that it fills from
// the job posting the owner is reading. The bookmarklet runs in the
// posting's page: it copies the page's title, its JSON-LD blocks, its og:
// tags and its canonical link into the fragment of the form page's address
// and opens it. A fragment is never sent over the network, so the posting
// goes nowhere but this tab; the form page, serve's own, sends it to serve
// with every check of capture (Host, Origin, a script's fetch, the token,
// no framing), and serve reads it as followup add reads a page (package
// posting).
const (
	newPage     = "new"
	newScript   = "new.js"
	newToken    = "capture/new"
	previewOp   = "preview" // read the posting: the fields it gives
	addOp       = "add"     // write the record, with the fields as edited
	maxPostBody = 4 << 20   // a posting's page data: posting.MaxPage, less what a page has but its data
)

//go:embed newapp.js
var newAppScript []byte

// newPageTemplate is the New application page. Its only script is
// new.js, of the same origin.
var newPageTemplate = template.Must(template.New("new").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>New application · followup serve</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
label { display: block; margin: .5rem 0; } input { width: 100%; box-sizing: border-box; }
.bookmarklet { display: inline-block; padding: .3rem .8rem; border: 1px solid; border-radius: .3rem; }
#notes li { color: #555; }
</style>
<script src="{{.Script}}" defer></script>
</head>
<body>
<h1>New application</h1>
<form id="new-app" hidden>
<label>Company <input name="company" required></label>
<label>Role <input name="role" required></label>
<label>Location <input name="location"></label>
<label>Salary (private) <input name="salary"></label>
<label>Link <input name="link" type="url"></label>
<label>Reference (private) <input name="reference"></label>
<label>Apply by <input name="apply_by" type="date"></label>
<label>Applied on (leave empty for the wishlist) <input name="applied" type="date"></label>
<button type="submit">Save</button>
<ul id="notes"></ul>
</form>
<p id="status" role="status"></p>
<h2>Save a posting in one click</h2>
<p>Drag this link to your browser's bookmarks bar:
<a class="bookmarklet" href="{{.Bookmarklet}}">Save to followup</a></p>
<p>On a job posting, click the bookmark: this page opens with the form
filled in from the posting (most job boards describe it for search
engines; a page that does not fills in its title only). Check it, then
Save: the record is written as <code>followup add</code> writes it, with
the posting's description beside it. The posting is copied into this
page's address after a <code>#</code>, which the browser never sends
anywhere: nothing leaves your computer, and only this serve, at this
address and port, can save it. The bookmark works while this serve runs
at {{.Host}}.</p>
</body>
</html>
`))

// bookmarklet is the bookmark's script, with FORM for the form page's
// address: it copies what the posting page tells a record into the form
// page's fragment and opens it.
const bookmarklet = `javascript:(function(){var h="<title>"+document.title.replace(/&/g,"&amp;").replace(/</g,"&lt;")+"</title>";` +
	`document.querySelectorAll('script[type="application/ld+json"],meta[property^="og:"],link[rel="canonical"]').forEach(function(e){h+=e.outerHTML;});` +
	`location.href="FORM#"+encodeURIComponent(JSON.stringify({url:location.href,html:h}));})()`

// serveNew answers the New application page and its script.
func (c *capture) serveNew(w http.ResponseWriter, r *http.Request, name string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		forbid(w, "method not allowed")
		return
	}
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'")
	forbidFraming(w.Header())
	if name == newScript {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(newAppScript)
		return
	}
	form := "http://" + r.Host + cleanPath(r.URL.Path)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	newPageTemplate.Execute(w, map[string]any{
		"Script":      newScript,
		"Host":        r.Host,
		"Bookmarklet": template.URL(strings.Replace(bookmarklet, "FORM", form, 1)),
	})
}

// newToken answers the token and today for the form page.
func (c *capture) newToken(w http.ResponseWriter) {
	s, _ := load.Settings(c.source)
	answer(w, http.StatusOK, map[string]any{"ok": true, "token": c.token,
		"today": model.DateOf(c.now().In(s.Location)).String()})
}

// addPosting reads the posting the form sends and, for addOp, writes its
// record with the form's fields.
func (c *capture) addPosting(w http.ResponseWriter, r *http.Request) {
	f := r.PostForm
	s, _ := load.Settings(c.source)
	opts := posting.Options{Context: r.Context(), Source: c.source, Today: model.DateOf(c.now().In(s.Location)),
		DryRun: f.Get("op") == previewOp}
	var edits map[string]string
	if !opts.DryRun {
		edits = map[string]string{}
		for _, k := range []string{"company", "role", "location", "salary", "link", "reference", "apply_by"} {
			if _, ok := f[k]; ok {
				edits[k] = f.Get(k)
			}
		}
		if a := f.Get("applied"); a != "" {
			d, err := model.ParseDate(a)
			if err != nil {
				answer(w, http.StatusBadRequest, map[string]any{"ok": false, "error": "applied: " + err.Error()})
				return
			}
			opts.Applied = d
		}
	}
	pageURL := f.Get("url")
	if !strings.HasPrefix(pageURL, "http://") && !strings.HasPrefix(pageURL, "https://") {
		pageURL = ""
	}
	res, err := posting.AddPage(opts, "the posting", []byte(f.Get("html")), pageURL, edits)
	if err != nil {
		answer(w, http.StatusUnprocessableEntity, map[string]any{"ok": false, "error": err.Error()})
		return
	}
	p := res.Posting
	applyBy := ""
	if !p.ApplyBy.IsZero() {
		applyBy = p.ApplyBy.String()
	}
	answer(w, http.StatusOK, map[string]any{"ok": true, "unread": p.Unread, "written": res.Written,
		"message": "wrote " + strings.Join(res.Written, " and "),
		"fields": map[string]string{"company": p.Company, "role": p.Role, "location": p.Location, "salary": p.Salary,
			"link": p.Link, "reference": p.Reference, "apply_by": applyBy}})
}

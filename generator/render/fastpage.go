package render

import "html/template"

// The Go forms of the pages a long hunt has most of, or biggest: an
// application's page, a script's page, the timeline and the call sheet. Like the partials in
// fastwrite.go, each writes the bytes html/template writes from the
// embedded layout, and is used only while the page's layout and the
// partials it calls are the embedded ones.

// MainHTML is the page as the "main" block of the embedded
// application.html writes it.
func (p applicationPage) MainHTML() template.HTML {
	return markup(p.size(), p.writeMain)
}

// writePage writes the whole page as the embedded layouts do.
func (p applicationPage) writePage(w *writer) {
	w.Grow(p.size() + 1500)
	p.writeHead(w, "")
	p.writeMain(w)
	p.writeTail(w)
}

// size is a guess at the length of the page's main block.
func (p applicationPage) size() int {
	return 2048 + 600*len(p.Plan) + 300*len(p.History) + len(p.Notes)
}

// writeMain writes the "main" block of application.html.
func (p applicationPage) writeMain(w *writer) {
	a := p.App
	w.raw("\n<p class=\"crumbs\"><a href=\"")
	w.url(p.Base)
	w.raw("\">Dashboard</a> › application</p>\n<h1>")
	w.text(a.Company)
	w.raw(` <span class="sub">`)
	w.text(a.Role)
	w.raw("</span></h1>\n<p class=\"status-line\">Status: <span class=\"status\">")
	w.text(a.StatusLabel)
	w.raw("</span></p>\n\n<section aria-labelledby=\"facts-title\">\n  <h2 id=\"facts-title\">The application</h2>\n  <dl class=\"facts\">")
	w.fact("Applied", a.Applied)
	w.fact("Channel", a.Channel)
	w.fact("Source", a.Source)
	w.fact("Location", a.Location)
	if a.Link != "" {
		w.raw(`<div><dt>Posting</dt><dd><a href="`)
		w.url(a.Link)
		w.raw(`" rel="noopener noreferrer">`)
		w.text(a.Link)
		w.raw(`</a></dd></div>`)
	}
	w.fact("Posting", a.LinkText)
	w.fact("Confirmation", a.Confirmation)
	w.fact("Pitch", a.Pitch)
	if a.NoCalls {
		w.raw(`<div><dt>Phone calls</dt><dd>The posting asked for none</dd></div>`)
	}
	w.fact("Salary", a.Salary)
	w.raw("\n  </dl>\n</section>")
	if len(p.Contacts) > 0 {
		p.writeContacts(w)
	}
	w.raw("\n\n<section aria-labelledby=\"plan-title\">\n  <h2 id=\"plan-title\">The plan</h2>")
	w.list(len(p.Plan), "\n  <ol class=\"actions plan\">", p.Plan.write, "\n  <p>No follow-up planned.</p>")
	w.raw("\n  <h3>Calendar</h3>\n  <p>Every follow-up of this application as a calendar you can subscribe to:</p>\n  ")
	p.Feed.write(w)
	w.raw("\n</section>\n\n<section aria-labelledby=\"history-title\">\n  <h2 id=\"history-title\">History</h2>")
	w.list(len(p.History), "\n  <ol class=\"timeline\">", p.History.writeHistory, "\n  <p>Nothing has happened yet.</p>")
	w.raw("\n</section>")
	if p.Notes != "" {
		w.raw("\n<section aria-labelledby=\"notes-title\" class=\"notes\">\n  <h2 id=\"notes-title\">Notes</h2>\n  ")
		w.raw(string(p.Notes))
		w.raw("\n</section>")
	}
}

// writeContacts writes the table of contacts of an application's page.
func (p applicationPage) writeContacts(w *writer) {
	w.raw("\n<section aria-labelledby=\"contacts-title\">\n  <h2 id=\"contacts-title\">Contacts</h2>\n  <div class=\"table-scroll\">\n  <table>\n",
		`    <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Title</th>`)
	if p.Private {
		w.raw(`<th scope="col">Email</th><th scope="col">Phone</th>`)
	}
	w.raw("</tr></thead>\n    <tbody>")
	for _, c := range p.Contacts {
		w.raw("\n      <tr><th scope=\"row\">")
		w.text(c.Name)
		w.raw(`</th><td>`)
		w.text(c.Role)
		w.raw(`</td><td>`)
		w.text(c.Title)
		w.raw(`</td>`)
		if p.Private {
			w.raw(`<td>`)
			w.text(c.Email)
			w.raw(`</td><td>`)
			w.phone(c.Phone, c.Tel)
			w.raw(`</td>`)
		}
		w.raw(`</tr>`)
	}
	w.raw("\n    </tbody>\n  </table>\n  </div>\n</section>")
}

// write writes the feed's links as the partial "feeds" does.
func (f feedView) write(w *writer) {
	w.raw("<ul class=\"feeds\">\n  <li><a href=\"")
	w.trustedURL(f.Webcal)
	w.raw("\">Subscribe (webcal)</a></li>\n  <li><a href=\"")
	w.url(f.Google)
	w.raw("\">Add to Google Calendar</a></li>\n  <li><a href=\"")
	w.url(f.HTTPS)
	w.raw("\">Feed URL (https)</a></li>\n</ul>")
}

// MainHTML is the page as the "main" block of the embedded script.html
// writes it.
func (p *scriptPage) MainHTML() template.HTML {
	return markup(p.size(), p.writeMain)
}

// writePage writes the whole page as the embedded layouts do.
func (p *scriptPage) writePage(w *writer) {
	w.Grow(p.size() + 1500)
	p.writeHead(w, "script-page")
	p.writeMain(w)
	p.writeTail(w)
}

// size is a guess at the length of the page's main block.
func (p *scriptPage) size() int {
	s := p.S
	return 2048 + len(s.Body) + len(s.Opening) + len(s.Purpose) + len(s.Pitch) + len(s.Voicemail) + len(s.Record)
}

// writeMain writes the "main" block of script.html.
func (p *scriptPage) writeMain(w *writer) {
	s := p.S
	w.raw(`<article class="script kind-`)
	w.text(string(s.Kind))
	w.raw("\">\n  <p class=\"crumbs noprint\"><a href=\"")
	w.url(p.AppURL)
	w.raw(`">`)
	w.text(p.Action.Company)
	w.raw("</a> › script</p>\n  <h1>")
	w.text(s.Title)
	w.raw("</h1>\n  <dl class=\"facts script-facts\">\n    <div><dt>Due</dt><dd data-due=\"")
	w.text(p.Action.Due)
	w.raw(`"><time datetime="`)
	w.text(p.Action.Due)
	w.raw(`">`)
	w.text(p.Action.DueText)
	w.raw(`</time><span class="badge" data-badge></span></dd></div>`)
	w.fact("To", s.To)
	if p.Phone != "" {
		w.raw(`<div><dt>Phone</dt><dd>`)
		w.phone(p.Phone, p.Tel)
		w.raw(`</dd></div>`)
	}
	w.fact("Email", p.Address)
	w.raw("\n    <div><dt>Application</dt><dd>")
	w.text(p.Action.Company)
	w.raw(", ")
	w.text(p.Action.Role)
	w.raw("</dd></div>\n  </dl>")
	if p.Call {
		w.section("Opening", s.Opening)
		w.section("Why you call", s.Purpose)
		w.section("Your line", s.Pitch)
		if len(s.Questions) > 0 {
			w.raw("\n  <h2>Questions</h2>\n  <ol>")
			w.items(s.Questions)
			w.raw("</ol>")
		}
		w.section("On voicemail", s.Voicemail)
	} else {
		if s.Subject != "" {
			w.raw("\n  <h2>Subject</h2>\n  <p class=\"subject\" id=\"subject\">")
			w.text(s.Subject)
			w.raw("</p>")
		}
		if p.Letter {
			w.raw("\n  <h2>Letter</h2>")
		} else {
			w.raw("\n  <h2>Body</h2>")
		}
		w.raw("\n  <pre class=\"letter\" id=\"body\">")
		w.text(s.Body)
		w.raw("</pre>\n  <p class=\"noprint actions-row\">")
		if p.Email && p.Mailto != "" {
			w.raw(`<a class="button" href="`)
			w.trustedURL(p.Mailto)
			w.raw(`">Open in your mail app</a> `)
		}
		w.raw("\n    <button type=\"button\" class=\"button\" data-copy=\"body\" hidden>Copy the text</button>",
			"\n    <span class=\"copied\" data-copied role=\"status\"></span>\n  </p>")
	}
	if len(s.Cautions) > 0 {
		w.raw("\n  <h2>Keep in mind</h2>\n  <ul>")
		w.items(s.Cautions)
		w.raw("</ul>")
	}
	if s.Afterwards != "" || s.Record != "" {
		w.raw("\n  <h2>Afterwards</h2>")
		if s.Afterwards != "" {
			w.raw(`<p>`)
			w.text(s.Afterwards)
			w.raw(`</p>`)
		}
		if s.Record != "" {
			if s.Afterwards == "" {
				w.raw(`<p>Add this line under <code>events:</code> in the record:</p>`)
			}
			w.raw("\n  <pre class=\"record\">")
			w.text(s.Record)
			w.raw("</pre>")
		}
	}
	w.raw("\n  <p class=\"noprint more\">\n    <a href=\"")
	w.url(p.TextURL)
	w.raw(`">Plain text</a> · <a href="`)
	w.url(p.AppURL)
	w.raw(`">Back to the application</a>`)
	if p.AdviceURL != "" {
		w.raw(` · <a href="`)
		w.url(p.AdviceURL)
		w.raw(`">Why this follow-up</a>`)
	}
	w.raw("\n  </p>\n</article>")
}

// writeHead writes what the embedded base.html writes before a page's
// "main" block, with bodyClass as the page's "bodyclass".
func (p page) writeHead(w *writer, bodyClass string) {
	w.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
		`<meta name="viewport" content="width=device-width, initial-scale=1">`)
	if p.NoIndex {
		w.raw("\n<meta name=\"robots\" content=\"noindex\">")
	}
	w.raw("\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
	w.text(p.HeadTitle)
	w.raw("</title>\n<link rel=\"icon\" href=\"")
	w.url(p.Base)
	w.raw("assets/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"")
	w.url(p.Base)
	w.raw("assets/style.css\">\n<script src=\"")
	w.url(p.Base)
	w.raw("assets/followup.js\" defer></script>")
	if p.LiveReload {
		w.raw("\n<script src=\"")
		w.url(p.Base)
		w.raw("__followup/livereload.js\"></script>")
	}
	w.raw("\n</head>\n<body class=\"", bodyClass, "\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
	p.writeHeader(w)
	w.raw("\n<main id=\"main\">\n")
}

// writeTail writes what base.html writes after a page's "main" block.
func (p page) writeTail(w *writer) {
	w.raw("\n</main>\n")
	p.writeFooter(w)
	w.raw("\n</body>\n</html>\n")
}

// writePage writes the whole page as the embedded layouts do.
func (p timelinePage) writePage(w *writer) {
	n := 2048
	for _, m := range p.Months {
		n += 200 + m.Items.size()
	}
	w.Grow(n + 150*len(p.Index))
	p.writeHead(w, "")
	p.writeMain(w)
	p.writeTail(w)
}

// writeMain writes the "main" block of timeline.html.
func (p timelinePage) writeMain(w *writer) {
	if len(p.Index) > 0 {
		w.raw("\n<h1>Timeline</h1>\n<p class=\"lede\">Every event and every follow-up, one page a month, the newest month first.</p>",
			"\n<ol class=\"months\">")
		for _, l := range p.Index {
			w.raw("\n  <li>")
			w.link(l.URL, l.Name)
			w.raw(` <span class="count">(`)
			w.text(l.Label)
			w.raw(`)</span></li>`)
		}
		w.raw("\n</ol>")
		return
	}
	if p.Month != "" {
		w.raw("\n<p class=\"crumbs\"><a href=\"")
		w.url(p.Base)
		w.raw("timeline/\">Timeline</a> › month</p>\n<h1>")
		w.text(p.Month)
		w.raw("</h1>")
	} else {
		w.raw("\n<h1>Timeline</h1>")
	}
	w.raw("\n<p class=\"lede\">Every event and every follow-up, by date. States are written out: ",
		`<span class="state state-pending">to do</span>, <span class="state state-done">done ✓</span>, `,
		`<span class="state state-skipped">skipped</span>, <span class="state state-cancelled">cancelled</span>.</p>`)
	for _, m := range p.Months {
		w.raw("\n<section aria-labelledby=\"m-")
		w.text(m.ID)
		w.raw("\">\n  <h2 id=\"m-")
		w.text(m.ID)
		w.raw(`">`)
		w.text(m.Name)
		w.raw("</h2>\n  <ol class=\"timeline\">")
		m.Items.write(w)
		w.raw("\n  </ol>\n</section>")
	}
	if len(p.Months) == 0 {
		w.raw("\n<p>Nothing yet: add an application in <code>content/applications/</code>.</p>")
	}
	if p.Older != nil || p.Newer != nil {
		w.raw("\n<nav class=\"pager\" aria-label=\"Months\">")
		if p.Older != nil {
			w.raw(`<a href="`)
			w.url(p.Older.URL)
			w.raw(`" rel="prev">← `)
			w.text(p.Older.Name)
			w.raw(`</a>`)
		}
		if p.Newer != nil {
			w.raw(`<a href="`)
			w.url(p.Newer.URL)
			w.raw(`" rel="next">`)
			w.text(p.Newer.Name)
			w.raw(` →</a>`)
		}
		w.raw("\n</nav>")
	}
}

// writePage writes the whole page as the embedded layouts do.
func (p callsPage) writePage(w *writer) {
	n := 2048
	for _, v := range p.Calls {
		n += v.size()
	}
	w.Grow(n)
	p.writeHead(w, "sheet")
	p.writeMain(w)
	p.writeTail(w)
}

// writeMain writes the "main" block of calls.html.
func (p callsPage) writeMain(w *writer) {
	w.raw(`<h1 data-window-title="Call sheet: the coming 7 days">Call sheet</h1>`,
		"\n<p class=\"lede\">Every call and email still to make, the earliest first. Print this page for a list to work through.</p>")
	if len(p.Calls) == 0 {
		w.raw("\n<p>No call or email to make.</p>")
		return
	}
	w.raw("\n<ol class=\"calls\" data-window=\"7\">")
	for _, v := range p.Calls {
		w.raw("\n  <li class=\"action kind-")
		w.text(v.Kind)
		w.raw(`" data-due="`)
		w.text(v.Due)
		w.raw("\">\n    <p class=\"when\"><time datetime=\"")
		w.text(v.Due)
		w.raw(`">`)
		w.text(v.DueText)
		w.raw(`</time> <span class="kind">`)
		w.text(v.KindLabel)
		w.raw("</span><span class=\"badge\" data-badge></span></p>\n    <p class=\"what\">")
		w.text(v.Summary)
		w.raw("</p>\n    <p class=\"meta\">")
		w.link(v.AppURL, v.Company)
		w.raw(`, `)
		w.text(v.Role)
		if v.To != "" {
			w.raw(` · `)
			w.text(v.To)
		}
		if v.Phone != "" {
			w.raw(` · `)
			w.phone(v.Phone, v.Tel)
		}
		if v.Email != "" {
			w.raw(` · `)
			w.text(v.Email)
		}
		if v.ScriptURL != "" {
			w.raw(` · <a href="`)
			w.url(v.ScriptURL)
			w.raw(`">script</a>`)
		}
		w.raw("</p>\n  </li>")
	}
	w.raw("\n</ol>\n<p class=\"window-note\" data-window-note hidden></p>",
		"\n<button type=\"button\" class=\"toggle\" data-window-toggle hidden>Show everything</button>")
}

// list writes an ordered list of n items, opened with open, or the
// paragraph empty when there is none.
func (w *writer) list(n int, open string, items func(w *writer), empty string) {
	if n == 0 {
		w.raw(empty)
		return
	}
	w.raw(open)
	items(w)
	w.raw("\n  </ol>")
}

// link writes a link to url reading text.
func (w *writer) link(url, text string) {
	w.raw(`<a href="`)
	w.url(url)
	w.raw(`">`)
	w.text(text)
	w.raw(`</a>`)
}

// fact writes one term of a list of facts, when it has a value.
func (w *writer) fact(term, value string) {
	if value != "" {
		w.raw(`<div><dt>`, term, `</dt><dd>`)
		w.text(value)
		w.raw(`</dd></div>`)
	}
}

// section writes a heading and a paragraph, when the paragraph has text.
func (w *writer) section(heading, text string) {
	if text != "" {
		w.raw(`<h2>`, heading, `</h2><p>`)
		w.text(text)
		w.raw(`</p>`)
	}
}

// items writes each of list as a list item.
func (w *writer) items(list []string) {
	for _, s := range list {
		w.raw(`<li>`)
		w.text(s)
		w.raw(`</li>`)
	}
}

// phone writes a phone number, as a link when it has a tel: URL.
func (w *writer) phone(number string, tel template.URL) {
	if tel == "" {
		w.text(number)
		return
	}
	w.raw(`<a href="`)
	w.trustedURL(tel)
	w.raw(`">`)
	w.text(number)
	w.raw(`</a>`)
}

// trustedURL writes a URL the code made (template.URL) into a quoted
// attribute: normalized and escaped, but not filtered for its scheme.
func (w *writer) trustedURL(u template.URL) {
	w.text(normalizeURL(string(u)))
}

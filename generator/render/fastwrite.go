package render

import "html/template"

// The Go forms of the embedded partials listed in fastPartials. Each
// writes the bytes html/template writes from the partial: the layout's
// markup as is, and each value escaped for where it stands.

// markup returns what write writes, with room for about size bytes.
func markup(size int, write func(w *writer)) template.HTML {
	var w writer
	w.Grow(size)
	write(&w)
	return template.HTML(w.String())
}

// HTML is the action as the embedded partial "action" writes it.
func (v actionView) HTML() template.HTML {
	return markup(v.size(), v.write)
}

// HTML is the actions as the embedded partial "action-items" writes them.
func (vs actionViews) HTML() template.HTML {
	n := 0
	for _, v := range vs {
		n += 5 + v.size()
	}
	return markup(n, vs.write)
}

// write writes the actions as the partial "action-items" does.
func (vs actionViews) write(w *writer) {
	for _, v := range vs {
		w.raw("\n    ")
		v.write(w)
	}
}

// write writes the action as the partial "action" does.
func (v actionView) write(w *writer) {
	w.raw(`<li class="`)
	w.text(v.Class)
	w.raw(`"`)
	if v.Pending {
		w.raw(` data-due="`)
		w.text(v.Due)
		w.raw(`"`)
	}
	w.raw(">\n  <p class=\"when\"><time datetime=\"")
	w.text(v.Due)
	w.raw(`">`)
	w.text(v.DueText)
	w.raw(`</time> <span class="state state-`)
	w.text(v.State)
	w.raw(`">`)
	w.text(v.StateLabel)
	w.raw(`</span>`)
	if v.Pending {
		w.raw(`<span class="badge" data-badge></span>`)
	}
	w.raw("</p>\n  <p class=\"what\">")
	if v.Cancelled {
		w.raw(`<del>`)
		w.text(v.Summary)
		w.raw(`</del>`)
	} else {
		w.text(v.Summary)
	}
	w.raw("</p>\n  <p class=\"meta\"><span class=\"kind\">")
	w.text(v.KindLabel)
	w.raw(`</span>`)
	v.writeMeta(w)
	w.raw(`</p>`)
	if v.Explain != "" {
		w.raw("\n  <p class=\"why\">")
		w.text(v.Explain)
		w.raw(`</p>`)
	}
	w.raw("\n</li>")
}

// size is a guess at the length of the action's markup.
func (v actionView) size() int {
	return 400 + size(v.Class, v.Due, v.Due, v.DueText, v.State, v.StateLabel, v.Summary, v.KindLabel,
		v.AppURL, v.Company, v.Role, v.To, v.DoneOn, v.ScriptURL, v.AdviceURL, v.Advice, v.Source, v.Explain)
}

// writeMeta writes the optional parts of an action's meta line.
func (v actionView) writeMeta(w *writer) {
	if !v.OwnPage {
		w.raw(` · `)
		w.link(v.AppURL, v.Company)
		w.raw(`, `)
		w.text(v.Role)
	}
	if v.To != "" {
		w.raw(` · to `)
		w.text(v.To)
	}
	if v.DoneOn != "" {
		w.raw(` · done on `)
		w.text(v.DoneOn)
	}
	if v.ScriptURL != "" {
		w.raw(` · <a href="`)
		w.url(v.ScriptURL)
		w.raw(`">script</a>`)
	}
	if v.AdviceURL != "" {
		w.raw(` · <a href="`)
		w.url(v.AdviceURL)
		w.raw(`">why: `)
		w.text(v.Advice)
		w.raw(`</a>`)
	}
	if v.Source != "" {
		w.raw(` · sources `)
		w.text(v.Source)
	}
}

// HTML is the event as the embedded partial "timeline-event" writes it.
func (v eventView) HTML() template.HTML {
	return markup(v.size(), v.writeTimeline)
}

// HTML is the entries as the embedded partial "timeline-items" writes
// them.
func (items timelineItems) HTML() template.HTML {
	return markup(items.size(), items.write)
}

// write writes the entries as the partial "timeline-items" does.
func (items timelineItems) write(w *writer) {
	for _, it := range items {
		w.raw("\n    ")
		if it.Event != nil {
			it.Event.writeTimeline(w)
		} else {
			it.Action.write(w)
		}
	}
}

// size is a guess at the length of the entries' markup.
func (items timelineItems) size() int {
	n := 0
	for _, it := range items {
		if it.Event != nil {
			n += 5 + it.Event.size()
		} else {
			n += 5 + it.Action.size()
		}
	}
	return n
}

// writeTimeline writes the event as the partial "timeline-event" does.
func (v eventView) writeTimeline(w *writer) {
	w.raw(`<li class="event">`, "\n      <p class=\"when\"><time datetime=\"")
	w.text(v.Date)
	w.raw(`">`)
	w.text(v.When)
	w.raw(`</time> <span class="state state-event">happened</span></p>`, "\n      <p class=\"what\">")
	w.text(v.Label)
	w.raw(` · `)
	w.link(v.AppURL, v.Company)
	w.raw(`</p>`)
	v.writeDetails(w)
	w.raw("\n    </li>")
}

// HistoryHTML is the event as the embedded partial "history-event", the
// history of an application's page, writes it.
func (v eventView) HistoryHTML() template.HTML {
	return markup(v.size(), v.writeHistory)
}

// HistoryHTML is the events as the embedded partial "history-items"
// writes them.
func (vs eventViews) HistoryHTML() template.HTML {
	n := 0
	for _, v := range vs {
		n += 5 + v.size()
	}
	return markup(n, vs.writeHistory)
}

// writeHistory writes the events as the partial "history-items" does.
func (vs eventViews) writeHistory(w *writer) {
	for _, v := range vs {
		w.raw("\n    ")
		v.writeHistory(w)
	}
}

// writeHistory writes the event as the partial "history-event" does.
func (v eventView) writeHistory(w *writer) {
	w.raw(`<li class="event">`, "\n      <p class=\"when\"><time datetime=\"")
	w.text(v.Date)
	w.raw(`">`)
	w.text(v.When)
	w.raw(`</time></p>`, "\n      <p class=\"what\">")
	w.text(v.Label)
	w.raw(`</p>`)
	v.writeDetails(w)
	w.raw("\n    </li>")
}

// size is a guess at the length of the event's markup.
func (v eventView) size() int {
	return 200 + size(v.Date, v.When, v.Label, v.AppURL, v.Company) + size(v.Details...) + 2*len(v.Details)
}

// writeDetails writes an event's details, when it has any.
func (v eventView) writeDetails(w *writer) {
	if len(v.Details) == 0 {
		return
	}
	w.raw("\n      <p class=\"meta\">")
	for i, d := range v.Details {
		if i > 0 {
			w.raw("; ")
		}
		w.text(d)
	}
	w.raw(`</p>`)
}

// HeaderHTML is the site's header as the embedded partial "header"
// writes it.
func (p page) HeaderHTML() template.HTML {
	return markup(400+5*len(p.Base)+len(p.SiteTitle), p.writeHeader)
}

// writeHeader writes the site's header as the partial "header" does.
func (p page) writeHeader(w *writer) {
	w.raw("<header class=\"site-header\">\n  <div class=\"wrap\">\n    <a class=\"site-title\" href=\"")
	w.url(p.Base)
	w.raw(`">`)
	w.text(p.SiteTitle)
	w.raw("</a>\n    <nav aria-label=\"Site\">\n      <ul>")
	for _, l := range [...]struct {
		path, name string
		current    bool
	}{
		{"", "Dashboard", p.InDashboard}, {"timeline/", "Timeline", p.InTimeline},
		{"calls/", "Call sheet", p.InCalls}, {"playbook/", "Playbook", p.InPlaybook},
	} {
		w.raw("\n        <li><a href=\"")
		w.url(p.Base)
		w.raw(l.path, `"`)
		if l.current {
			w.raw(` aria-current="page"`)
		}
		w.raw(">", l.name, "</a></li>")
	}
	w.raw("\n      </ul>\n    </nav>\n  </div>\n</header>")
}

// FooterHTML is the site's footer as the embedded partial "footer"
// writes it.
func (p page) FooterHTML() template.HTML {
	return markup(200+len(p.Owner), p.writeFooter)
}

// writeFooter writes the site's footer as the partial "footer" does.
func (p page) writeFooter(w *writer) {
	w.raw("<footer class=\"site-footer\">\n  <div class=\"wrap\">\n    <p>")
	if p.Owner != "" {
		w.text(p.Owner)
		w.raw("’s job hunt · ")
	}
	w.raw("Made with followup")
	if p.Private {
		w.raw(" · <strong>private build: shows contact details, salaries and notes</strong>")
	}
	w.raw("</p>\n  </div>\n</footer>")
}

// size is the length of the values a partial writes, a guess at the room
// it needs besides its markup.
func size(s ...string) int {
	n := 0
	for _, x := range s {
		n += len(x) + 2*len(x)/16
	}
	return n
}

package render

import (
	"bytes"
	"html/template"
	"slices"

	"github.com/followup-dev/followup/generator/model"
)

// playbookPage is the data of playbook/index.html.
type playbookPage struct {
	page
	Pages []adviceLink
	Rules []ruleGroup
	Feed  feedView // the site's feed
}

// adviceLink is an advice page in the index.
type adviceLink struct {
	Title   string
	Summary string
	Stage   string
	URL     string
}

// ruleView is one row of the table of rules.
type ruleView struct {
	ID        string
	Kind      string
	Due       string
	What      string
	Source    string
	AdviceURL string
}

// playbook builds the playbook index: the advice pages and the rules.
func (b *build) playbook() playbookPage {
	p := playbookPage{page: b.page("Playbook", "playbook"), Feed: b.feed("calendar.ics")}
	for _, a := range b.site.Advice {
		p.Pages = append(p.Pages, adviceLink{Title: a.Title, Summary: a.Summary, Stage: stageLabel(a.Stage), URL: b.url("playbook/" + a.Slug + "/")})
	}
	p.Rules = playbookRules(b.site.Settings.Playbook)
	for _, g := range p.Rules {
		for i, r := range g.Rules {
			if a := b.advice[r.ID]; a != nil {
				g.Rules[i].AdviceURL = b.url("playbook/" + a.Slug + "/")
			}
		}
	}
	return p
}

// advicePageData is the data of playbook/<slug>/index.html.
type advicePageData struct {
	page
	Summary string
	Stage   string
	Body    template.HTML // goldmark's rendering of the page's Markdown, raw HTML off
	Rules   []string      // the rules the page explains
	Sources []sourceView
}

// sourceView is one piece of further reading.
type sourceView struct {
	Tag   string
	Title string
	By    string
	Date  string
	URL   string // http(s) only, else ""
}

// advicePage renders one advice page's Markdown.
func (b *build) advicePage(a *model.AdvicePage) (advicePageData, error) {
	var buf bytes.Buffer
	if err := markdown(b.r.md, &buf, a.Body); err != nil {
		return advicePageData{}, err
	}
	d := advicePageData{
		page: b.page(a.Title, "playbook"), Summary: a.Summary, Stage: stageLabel(a.Stage),
		Body: template.HTML(buf.String()), Rules: slices.Clone(a.Actions),
	}
	for _, s := range a.Sources {
		d.Sources = append(d.Sources, sourceView{Tag: s.Tag, Title: s.Title, By: s.By, Date: s.Date, URL: webLink(s.URL)})
	}
	return d, nil
}

// stageLabels name the stages of advice front matter for readers; a page
// for any stage has no label.
var stageLabels = map[string]string{
	"applied": "After applying", "screening": "Screening", "interviewing": "Interviews",
	"waiting": "Waiting for a decision", "offer": "Offers", "any": "",
}

// stageLabel returns the reader's name of a stage, or the stage itself
// when it is one of the site's own.
func stageLabel(stage string) string {
	if label, ok := stageLabels[stage]; ok {
		return label
	}
	return stage
}

package render

import (
	"bytes"
	"html/template"
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// applicationPage is the data of applications/<slug>/index.html.
type applicationPage struct {
	page
	App      appFacts
	Contacts []contactView
	History  eventViews
	Plan     actionViews
	Feed     feedView
	Notes    template.HTML // Markdown rendered by goldmark, private builds only
}

// appFacts are the fields of a record, as text.
type appFacts struct {
	Company      string
	Role         string
	Status       string
	StatusLabel  string
	Applied      string
	Channel      string
	Source       string
	Link         string // http(s) only, else ""
	LinkText     string // the link as written, when it is not http(s)
	Location     string
	Salary       string // private builds only
	Confirmation string
	Pitch        string
	NoCalls      bool
}

// contactView is one contact of a record.
type contactView struct {
	Name  string
	Role  string
	Title string
	Email string // private builds only
	Phone string // private builds only
	Tel   template.URL
}

// feedView offers a calendar feed three ways.
type feedView struct {
	HTTPS  string
	Webcal template.URL
	Google string
	File   string // root-relative URL of the .ics file
	Help   string // root-relative URL of the calendar page, which says how to subscribe
}

// feed returns the links of the feed at an output path.
func (b *build) feed(p string) feedView {
	w, h, g := feedLinks(b.baseURL + p)
	return feedView{HTTPS: h, Webcal: w, Google: g, File: b.url(p), Help: b.url("calendar/")}
}

// application builds the page of one record.
func (b *build) application(app *model.Application) (applicationPage, error) {
	p := applicationPage{
		page: b.page(app.Company+": "+app.Role, ""),
		App:  b.facts(app),
		Feed: b.feed(model.AppFeed(app.Slug)),
	}
	p.Contacts = make([]contactView, 0, len(app.Contacts))
	p.History = make(eventViews, 0, len(app.Events))
	p.Plan = make(actionViews, 0, len(b.byApp[app.Slug]))
	for _, c := range app.Contacts {
		v := contactView{Name: c.Name, Role: c.Role, Title: c.Title}
		if b.private {
			v.Email, v.Phone, v.Tel = c.Email, c.Phone, telLink(c.Phone)
		}
		p.Contacts = append(p.Contacts, v)
	}
	for i := range app.Events {
		v := b.event(app, &app.Events[i])
		v.Cal = b.meetingCal(app, &app.Events[i])
		p.History = append(p.History, v)
	}
	for _, a := range b.byApp[app.Slug] {
		v := b.action(a)
		v.Explain, v.OwnPage, v.Source = plan.Explain(a), true, b.sourceNames(a)
		p.Plan = append(p.Plan, v)
	}
	if b.private && app.Notes != "" {
		var buf bytes.Buffer
		if err := markdown(b.r.md, &buf, []byte(app.Notes)); err != nil {
			return p, err
		}
		p.Notes = template.HTML(buf.String())
	}
	return p, nil
}

// facts returns the fields of a record a page shows.
func (b *build) facts(app *model.Application) appFacts {
	st := status(app)
	f := appFacts{
		Company: app.Company, Role: app.Role, Status: st, StatusLabel: statusLabel(st),
		Applied: dateText(app.Applied), Channel: app.Channel, Source: app.Source,
		Link: webLink(app.Link), Location: app.Location,
		Confirmation: dateText(app.Confirmation), Pitch: app.Pitch, NoCalls: app.NoCalls,
	}
	if f.Link == "" {
		f.LinkText = app.Link
	}
	if b.private {
		f.Salary = app.Salary
	}
	return f
}

// sourceNames names the sources of the rule of a, which plan gives as
// letters ("A,E"), as the plan shows them ("sources: X; Y"): by whom each is, as the advice pages list them (those
// explaining a first); a letter no page lists stays as it is.
func (b *build) sourceNames(a *model.Action) string {
	pages := b.site.Advice
	if p := b.adviceFor(a); p != nil {
		pages = append([]*model.AdvicePage{p}, pages...)
	}
	var names []string
	for _, tag := range strings.Split(a.Source, ",") {
		name := strings.TrimSpace(tag)
	find:
		for _, p := range pages {
			for _, s := range p.Sources {
				if s.Tag == name && s.By != "" {
					name = s.By
					break find
				}
			}
		}
		if name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "source: " + names[0]
	}
	return "sources: " + strings.Join(names, "; ")
}

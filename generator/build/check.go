package build

import (
	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// Check runs every stage of a build but the write: it loads the site, makes
// its plan, parses the layouts and scripts and renders every file, keeping
// none, so that what a build refuses, check refuses too. It renders the site
// as published and as a private build shows it, since either may be built;
// opts.Private and opts.Dest play no part. It returns the whole site,
// private records included, and its plan.
func Check(opts Options) (*model.Site, []*model.Action, error) {
	site, err := load.SiteContext(opts.ctx(), opts.Source)
	if err != nil {
		return nil, nil, err
	}
	for _, private := range []bool{false, true} {
		if private && site.Settings.Publish.Private {
			break // the published build is already the private one
		}
		o := opts
		o.Private = private
		if err := renderAll(site, o); err != nil {
			return nil, nil, err
		}
	}
	return site, plan.Actions(site.Applications, site.Settings.Playbook), nil
}

// renderAll renders every file of site as opts build it, and drops them.
func renderAll(site *model.Site, opts Options) error {
	shown, r, err := Prepare(site, opts)
	if err != nil {
		return err
	}
	p, err := r.Prepare(shown, plan.Actions(shown.Applications, shown.Settings.Playbook))
	if err != nil {
		return err
	}
	return p.Stream(func(string, []byte) error { return nil })
}

// Ahead returns a warning for each event of site that records what
// happened (anything but a phone screen or an interview) and is dated after
// today, and for each record applied after today: a typo, or something
// written down before it took place.
func Ahead(site *model.Site, today model.Date) model.ErrorList {
	var out model.ErrorList
	for _, a := range site.Applications {
		if a.Applied.After(today) {
			out.Add(a.Path, a.AppliedLine, 0, "applied %s, after today (%s): a record says when an application was sent; one still to send is on the wish list (status: wishlist)",
				a.Applied, today)
		}
		for i := range a.Events {
			e := &a.Events[i]
			if !plan.IsMeeting(e.Type) && e.Date.After(today) {
				out.Add(a.Path, e.Line, 0, "%s dated %s, after today (%s): only phone screens and interviews are written down ahead",
					e.Type, e.Date, today)
			}
		}
	}
	return out
}

package render

import (
	"slices"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// without returns the actions of every application but slug.
func without(actions []*model.Action, slug string) []*model.Action {
	return slices.DeleteFunc(slices.Clone(actions), func(a *model.Action) bool { return a.App.Slug == slug })
}

func TestUpdateRendersAsAFullPlan(t *testing.T) {
	for _, private := range []bool{false, true} {
		site, actions := fixture(t)
		r, err := New(Options{BaseURL: subBase, Private: private})
		if err != nil {
			t.Fatal(err)
		}
		p, err := r.Prepare(site, actions)
		if err != nil {
			t.Fatal(err)
		}
		full := func(site *model.Site, actions []*model.Action) Files {
			files, err := r.Site(site, actions)
			if err != nil {
				t.Fatal(err)
			}
			return files
		}
		update := func(site *model.Site, slug string, all []*model.Action) {
			t.Helper()
			if p, err = p.Update(site, slug, all); err != nil {
				t.Fatal(err)
			}
			files, err := p.Files()
			if err != nil {
				t.Fatal(err)
			}
			sameFiles(t, slug, files, full(site, all))
		}
		// Beta's confirmation is done now, and its letter gone.
		beta := *site.Applications[1]
		beta.Company = "Beta Foods Renamed"
		edited := *site
		edited.Applications = []*model.Application{site.Applications[0], &beta, site.Applications[2]}
		var betaActions []*model.Action
		for _, a := range actions {
			if a.App.Slug == "beta" && a.Rule == "confirm-receipt" {
				c := *a
				c.App, c.State = &beta, model.StateDone
				betaActions = append(betaActions, &c)
			}
		}
		update(&edited, "beta", append(without(actions, "beta"), betaActions...))
		// Acme is deleted.
		gone := edited
		gone.Applications = []*model.Application{&beta, site.Applications[2]}
		update(&gone, "acme", append(without(without(actions, "beta"), "acme"), betaActions...))
	}
}

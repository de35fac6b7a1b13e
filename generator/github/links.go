package github

import (
	"strings"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/scripts"
	"github.com/followup-dev/followup/generator/seal"
)

// siteLinks links to the pages of the published site: under base, at the
// opaque addresses of an encrypted build when keys are given, and only to
// pages the build holds.
type siteLinks struct {
	base    string
	keys    *seal.Keys // nil: a build in clear
	sealed  bool       // the build is encrypted
	private bool       // the build holds private records (publish.private)
}

// newLinks returns the links of the site as settings publish it; keys are
// those of an encrypted build, nil when the passphrase is not at hand.
func newLinks(settings *model.Settings, keys *seal.Keys) siteLinks {
	return siteLinks{base: settings.BaseURL, keys: keys, sealed: settings.Publish.Encrypt, private: settings.Publish.Private}
}

func (l siteLinks) App(app *model.Application) string {
	switch {
	case l.base == "":
		return ""
	case l.sealed && l.keys == nil:
		return ""
	case l.sealed:
		return l.base + model.AppDir(l.keys.ID(app.Slug, ""))
	case app.Private && !l.private:
		return ""
	}
	return l.base + model.AppDir(app.Slug)
}

func (l siteLinks) Script(a *model.Action) string {
	page := l.App(a.App)
	if page == "" {
		return ""
	}
	if l.sealed {
		return page + "scripts/" + l.keys.ID(a.App.Slug, a.ID) + "/"
	}
	return page + "scripts/" + a.ID + "/"
}

// scriptLines returns what gives the first lines of an action's script:
// the opening of a call, the subject of an email, the first line of a
// letter; none for other actions or when the script cannot be filled.
func scriptLines(site *model.Site, set *scripts.Set) ScriptLines {
	return func(a *model.Action) []string {
		switch a.Kind {
		case model.KindCall, model.KindEmail, model.KindLetter:
		default:
			return nil
		}
		sc, err := set.Render(site, a, scripts.Options{})
		if err != nil {
			return nil
		}
		var first string
		switch a.Kind {
		case model.KindCall:
			first = sc.Opening
		case model.KindEmail:
			first = "Subject: " + sc.Subject
		default:
			first, _, _ = strings.Cut(strings.TrimSpace(sc.Body), "\n")
		}
		return []string{cut(strings.Join(strings.Fields(first), " "), 240)}
	}
}

// cut shortens s to at most n characters, ending it with "…" when cut.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

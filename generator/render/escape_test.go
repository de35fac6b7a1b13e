package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

const (
	payloadScript = `<script>alert("x")</script>`
	payloadAttr   = `" onerror="alert(1)`
	payloadURL    = `javascript:alert(1)`
	payloadAll    = payloadScript + payloadAttr + "'><img src=x onerror=alert(2)>"
)

// hostile returns the fixture with an attack in every field a record, the
// settings or an advice page can carry.
func hostile(t *testing.T) (*model.Site, []*model.Action) {
	site, actions := fixture(t)
	site.Settings.Title = "Title " + payloadAll
	site.Settings.Owner.Name = "Owner " + payloadAll
	for _, app := range site.Applications {
		app.Company, app.Role = "Co "+payloadAll, "Role "+payloadAll
		app.Source, app.Location, app.Pitch = payloadAll, payloadAll, payloadAll
		app.Salary, app.Link = payloadAll, payloadURL
		app.Notes = "Notes <script>alert(3)</script> [click](javascript:alert(4)) <img src=x onerror=alert(5)>"
		for i := range app.Contacts {
			c := &app.Contacts[i]
			c.Title, c.Email, c.Phone = payloadAll, payloadAll, payloadAll
		}
		for i := range app.Events {
			e := &app.Events[i]
			e.Note, e.NextStep = payloadAll, payloadAll
		}
	}
	for _, p := range site.Advice {
		p.Title, p.Summary, p.Stage = payloadAll, payloadAll, payloadAll
		p.Body = append(p.Body, "\n<script>alert(6)</script>\n\n[x](javascript:alert(7))\n\n# "+payloadAll+"\n"...)
		p.Sources = []model.Source{{Tag: payloadAll, Title: payloadAll, By: payloadAll, URL: payloadURL, Date: payloadAll}}
	}
	for _, a := range actions {
		for i := range a.To {
			a.To[i].Title = payloadAll
		}
	}
	return site, actions
}

var (
	scriptTagRE = regexp.MustCompile(`(?i)<script\b[^>]*>`)
	ownScriptRE = regexp.MustCompile(`^<script src="/[^"]*assets/followup\.js" defer>$`)
	tagsRE      = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	quotedRE    = regexp.MustCompile(`"[^"]*"`)
	eventAttrRE = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	jsURLRE     = regexp.MustCompile(`(?i)(href|src)\s*=\s*["']?\s*javascript:`)
	rawImgRE    = regexp.MustCompile(`(?i)<img\b`)
)

// TestRecordValuesAreText renders hostile values in every field, private
// build included, and checks that none of them became markup.
func TestRecordValuesAreText(t *testing.T) {
	for _, private := range []bool{false, true} {
		site, actions := hostile(t)
		if !private {
			site = site.Public()
		}
		files, err := Site(site, actions, Options{BaseURL: "https://jordan.github.io/job-hunt/", Private: private})
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names(files) {
			if !strings.HasSuffix(name, ".html") {
				continue
			}
			s := string(files[name])
			for _, tag := range scriptTagRE.FindAllString(s, -1) {
				if !ownScriptRE.MatchString(tag) {
					t.Errorf("private %v: %s: a script tag that is not ours: %s", private, name, tag)
				}
			}
			for _, tag := range tagsRE.FindAllString(s, -1) {
				if eventAttrRE.MatchString(quotedRE.ReplaceAllString(tag, `""`)) {
					t.Errorf("private %v: %s: an event handler from a record: %s", private, name, tag)
				}
			}
			for _, re := range []*regexp.Regexp{jsURLRE, rawImgRE} {
				if m := re.FindString(s); m != "" {
					t.Errorf("private %v: %s: live markup from a record: %q", private, name, m)
				}
			}
		}
		// The values are still there, as text a reader sees.
		wantText(t, files, "applications/acme/index.html", "Co "+payloadAll, payloadURL)
		wantText(t, files, "index.html", "Title "+payloadAll)
	}
}

package load

import (
	"net/url"
	"path"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/model"
)

var (
	recordKeys = []string{"company", "role", "applied", "channel", "source", "link", "reference", "employer", "location", "salary",
		"apply_by", "no_calls", "confirmation", "mailed_notes", "pitch", "status", "id", "private", "skip",
		"contacts", "events", "notes"}
	contactKeys  = []string{"name", "role", "title", "email", "phone"}
	employerKeys = []string{"address", "phone", "web", "email"}
)

// record is an application being decoded, with the nodes later checks
// point at.
type record struct {
	decoder
	app    *model.Application
	loc    *time.Location
	uid    *yaml.Node // the id value, when set
	events []*rawEvent
	warns  model.ErrorList // problems that do not stop a build
}

// Application decodes the record at path (a slash path such as
// content/applications/acme.yaml, whose base name gives the slug) from data.
// Times without a zone are read in the site's time zone. It returns nil and
// every problem found when the record is not valid.
func Application(settings *model.Settings, path string, data []byte) (*model.Application, model.ErrorList) {
	r := decodeRecord(settings, path, data)
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	return r.app, nil
}

// decodeRecord decodes one record and keeps what the site-wide checks need.
func decodeRecord(settings *model.Settings, p string, data []byte) *record {
	r := &record{decoder: decoder{path: p}, loc: time.UTC}
	if settings != nil && settings.Location != nil {
		r.loc = settings.Location
	}
	slug := strings.TrimSuffix(path.Base(p), ".yaml")
	r.app = &model.Application{Slug: slug, Path: p}
	if !model.ValidSlug(slug) {
		r.errorf(nil, "file name %q is not a valid slug: use lowercase letters, digits and single hyphens%s",
			path.Base(p), slugHint(slug, ".yaml"))
	}
	if !r.utf8Text(data) {
		return r
	}
	top, ok := r.parse(data)
	if !ok {
		return r
	}
	f := r.mapping(top, "an application record", recordKeys)
	r.fields(f)
	r.contacts(f)
	r.decodeEvents(f)
	r.checkPeople()
	r.skip(f)
	return r
}

// slugHint suggests a file name for a name that is not a slug.
func slugHint(name, ext string) string {
	if s := model.Slugify(name); s != "" {
		return ", such as " + s + ext
	}
	return ""
}

// fields decodes the plain fields of the record.
func (r *record) fields(f fields) {
	a := r.app
	a.Company = r.required(f, "company")
	a.Role = r.required(f, "role")
	a.Status = r.status(f)
	if a.Status != model.StatusWishlist && !f.has("applied") && !f.misspelt["applied"] {
		r.errorf(f.node, `missing required key "applied" (the day you applied; only a record with status: wishlist may leave it out)`)
	}
	a.Applied = r.date(f, "applied")
	if f.has("applied") {
		a.AppliedLine = f.m["applied"].key.Line + r.offset
	}
	a.Channel = r.enum(f, "channel", "channel", model.Channels)
	a.Source = r.text(f, "source")
	a.Link = r.link(f, "link")
	a.Reference = r.text(f, "reference")
	a.Employer = r.employer(f.m["employer"].val)
	a.Location = r.text(f, "location")
	a.Salary = r.text(f, "salary")
	a.ApplyBy = r.date(f, "apply_by")
	a.NoCalls, _ = r.boolean(f, "no_calls")
	a.Confirmation = r.date(f, "confirmation")
	if b, ok := r.boolean(f, "mailed_notes"); ok {
		a.MailedNotes = &b
	}
	a.Pitch = r.text(f, "pitch")
	if v := r.scalar(f, "id"); v != nil && v.Value != "" {
		a.ID, r.uid = v.Value, v
	}
	a.Private, _ = r.boolean(f, "private")
	a.Notes = r.text(f, "notes")
}

// employer decodes how to reach the employer: {address, phone, web, email}.
func (d *decoder) employer(n *yaml.Node) model.Employer {
	f := d.mapping(n, `"employer"`, employerKeys)
	e := model.Employer{Address: d.text(f, "address"), Phone: d.text(f, "phone"), Web: d.link(f, "web")}
	if v := d.scalar(f, "email"); v != nil && v.Value != "" {
		if at := strings.IndexByte(v.Value, '@'); at <= 0 || at == len(v.Value)-1 || strings.ContainsAny(v.Value, " \t<>") {
			d.errorf(v, "\"email\" should be an address such as jobs@acme.example, not %q", v.Value)
		} else {
			e.Email = v.Value
		}
	}
	return e
}

// status decodes the status, which may only be one of the settable ones.
func (r *record) status(f fields) string {
	v := r.scalar(f, "status")
	if v == nil {
		return ""
	}
	if contains(model.SettableStatuses, v.Value) {
		return v.Value
	}
	derived := []string{model.StatusApplied, model.StatusScreening, model.StatusInterviewing,
		model.StatusOffer, model.StatusAccepted, model.StatusDeclined, model.StatusRejected}
	if contains(derived, v.Value) {
		r.errorf(v, "status %q is derived from the events and cannot be set (want %s)",
			v.Value, quoteList(model.SettableStatuses))
		return ""
	}
	r.errorf(v, "%s", unknownValue("status", v.Value, model.SettableStatuses))
	return ""
}

// link returns the value of key when it is an absolute http(s) address.
func (d *decoder) link(f fields, key string) string {
	v := d.scalar(f, key)
	if v == nil || v.Value == "" {
		return ""
	}
	u, err := url.Parse(v.Value)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		d.errorf(v, "%q should be an http or https address, not %q", key, v.Value)
		return ""
	}
	return v.Value
}

// contacts decodes the list of contacts.
func (r *record) contacts(f fields) {
	for _, n := range r.list(f, "contacts") {
		if n.Kind != yaml.MappingNode {
			r.errorf(n, "each contact should be a mapping with at least a name, such as {name: Dana Smith, role: recruiter}")
			continue
		}
		c := r.mapping(n, "a contact", contactKeys)
		ct := model.Contact{
			Name:  r.required(c, "name"),
			Role:  r.enum(c, "role", "contact role", model.ContactRoles),
			Title: r.text(c, "title"),
			Email: r.text(c, "email"),
			Phone: r.text(c, "phone"),
		}
		if ct.Name == "" {
			continue
		}
		if r.app.Contact(ct.Name) != nil {
			r.errorf(c.m["name"].val, "contact %q is listed twice", ct.Name)
			continue
		}
		r.app.Contacts = append(r.app.Contacts, ct)
	}
}

// skip decodes the actions the candidate chose not to take.
func (r *record) skip(f fields) {
	people := make([]string, len(r.app.Contacts))
	for i, c := range r.app.Contacts {
		people[i] = c.Name
	}
	for _, s := range r.strings(f, "skip") {
		if msg := checkActionID(s.text, people); msg != "" {
			r.errorf(s.node, "%s", msg)
			continue
		}
		r.app.Skip = append(r.app.Skip, s.text)
	}
}

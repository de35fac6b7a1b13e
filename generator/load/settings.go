package load

import (
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/followup-dev/followup/generator/holiday"
	"github.com/followup-dev/followup/generator/internal/tz"
	"github.com/followup-dev/followup/generator/model"
)

// DefaultTitle is the site title when content/site.yaml sets none.
const DefaultTitle = "Job hunt"

var (
	settingsKeys = []string{"title", "owner", "base_url", "timezone", "cname", "publish", "playbook", "report", "history", "feed"}
	ownerKeys    = []string{"name", "email", "phone"}
	publishKeys  = []string{"private", "indexable", "encrypt", "salt", "feed_secret_version"}
	playbookKeys = []string{"weekends", "mailed_notes", "offsets", "disabled", "interview_alarms", "holidays"}
	weekends     = []string{model.WeekendsNextMonday, model.WeekendsKeep}
	reportKeys   = []string{"rules", "per_week", "week_starts"}
	feedKeys     = []string{"overdue"}
)

// Settings loads content/site.yaml of the site in dir. Content problems come
// back as a model.ErrorList, a missing file among them; the settings are
// usable even then (Location is never nil).
func Settings(dir string) (model.Settings, error) {
	s := defaultSettings()
	src, err := newSource(dir)
	if err != nil {
		return s, err
	}
	var errs model.ErrorList
	if _, err := src.settings(&s, &errs); err != nil {
		return s, err
	}
	return s, errs.Err()
}

// defaultSettings are the settings of a site.yaml with nothing in it.
func defaultSettings() model.Settings {
	return model.Settings{
		Title:    DefaultTitle,
		Timezone: "UTC",
		Location: time.UTC,
		Playbook: model.Playbook{Weekends: model.WeekendsNextMonday, Reminders: DefaultReminders()},
		Report:   model.Report{WeekStarts: time.Monday},
		History:  model.HistoryAuto,
		Feed:     model.Feed{Overdue: model.OverdueToday},
	}
}

// SettingsFile decodes the settings file at path (a slash path for messages)
// from data. Even with problems the result is usable: Location is never nil.
func SettingsFile(path string, data []byte) (model.Settings, model.ErrorList) {
	d := &decoder{path: path}
	s := defaultSettings()
	if !d.utf8Text(data) {
		return s, d.errs
	}
	top, ok := d.parse(data)
	if !ok {
		return s, d.errs
	}
	f := d.mapping(top, "the settings", settingsKeys)
	if t := d.text(f, "title"); t != "" {
		s.Title = t
	}
	o := d.mapping(f.m["owner"].val, `"owner"`, ownerKeys)
	s.Owner = model.Owner{Name: d.text(o, "name"), Email: d.text(o, "email"), Phone: d.text(o, "phone")}
	s.BaseURL = d.baseURL(f)
	d.timezone(f, &s)
	s.CNAME = d.cname(f)
	p := d.mapping(f.m["publish"].val, `"publish"`, publishKeys)
	s.Publish.Private, _ = d.boolean(p, "private")
	s.Publish.Indexable, _ = d.boolean(p, "indexable")
	d.encryption(p, &s.Publish)
	d.playbook(f.m["playbook"].val, &s.Playbook)
	d.report(f.m["report"].val, &s.Report)
	feed := d.mapping(f.m["feed"].val, `"feed"`, feedKeys)
	if o := d.enum(feed, "overdue", "overdue setting", []string{model.OverdueToday, model.OverdueKeep}); o != "" {
		s.Feed.Overdue = o
	}
	d.history(f, &s)
	return s, d.errs
}

// baseURL checks base_url and returns it ending in "/".
func (d *decoder) baseURL(f fields) string {
	if !f.has("base_url") {
		d.errorf(f.node, `missing required key "base_url": the address the site is published at, such as https://you.github.io/job-hunt/`)
		return ""
	}
	v := d.scalar(f, "base_url")
	if v == nil {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(v.Value))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		d.errorf(v, "base_url %q should be an absolute http or https address, such as https://you.github.io/job-hunt/", v.Value)
		return ""
	}
	u.Host = strings.ToLower(u.Host)
	u.ForceQuery = false
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		u.RawPath = ""
	}
	return u.String()
}

// timezone sets the time zone, UTC when none is given.
func (d *decoder) timezone(f fields, s *model.Settings) {
	v := d.scalar(f, "timezone")
	if v == nil || v.Value == "" {
		return
	}
	loc, err := tz.Load(v.Value)
	if err != nil || v.Value == "Local" {
		d.errorf(v, "unknown time zone %q: want a name of the IANA time zone database, such as America/Chicago, Europe/Paris or UTC", v.Value)
		return
	}
	s.Timezone, s.Location = v.Value, loc
}

// cname returns the custom domain, a bare host name.
func (d *decoder) cname(f fields) string {
	v := d.scalar(f, "cname")
	if v == nil || v.Value == "" {
		return ""
	}
	host := v.Value
	if strings.ContainsAny(host, "/: \t\\") || strings.Trim(host, ".") == "" {
		d.errorf(v, "cname %q should be a bare host name, such as jobs.example.com", host)
		return ""
	}
	return strings.ToLower(host)
}

// playbook decodes the playbook section.
func (d *decoder) playbook(n *yaml.Node, pb *model.Playbook) {
	f := d.mapping(n, `"playbook"`, playbookKeys)
	if w := d.enum(f, "weekends", "weekends setting", weekends); w != "" {
		pb.Weekends = w
	}
	pb.MailedNotes, _ = d.boolean(f, "mailed_notes")
	if f.has("interview_alarms") {
		pb.Reminders = d.reminders(f)
	}
	if f.has("offsets") {
		pb.Offsets = d.offsets(f.m["offsets"].val)
	}
	d.holidays(f, pb)
	for _, id := range d.strings(f, "disabled") {
		if msg := checkRule(id.text); msg != "" {
			d.errorf(id.node, "%s", msg)
			continue
		}
		if pb.Disabled == nil {
			pb.Disabled = map[string]bool{}
		}
		pb.Disabled[id.text] = true
	}
}

// holidays decodes playbook.holidays: a country code, optionally with a
// region ("US", "DE-BY"), or a list of one code and days off of one's own
// ([DE-BY, 2026-12-24, 2026-12-31]), or days alone.
func (d *decoder) holidays(f fields, pb *model.Playbook) {
	for _, it := range d.strings(f, "holidays") {
		if day, err := model.ParseDate(it.text); err == nil {
			pb.ExtraDays = append(pb.ExtraDays, day)
			continue
		}
		switch err := holiday.Check(it.text); {
		case err != nil:
			d.errorf(it.node, "holidays: %v", err)
		case pb.Holidays != "":
			d.errorf(it.node, "holidays: one country only (%s already); other items are days, YYYY-MM-DD", pb.Holidays)
		default:
			pb.Holidays = strings.ToUpper(it.text)
		}
	}
}

// offsets decodes the mapping of rule ids to offsets.
func (d *decoder) offsets(n *yaml.Node) map[string]model.Offset {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, `"offsets" should be a mapping of rule ids to offsets, such as {confirm-receipt: 5bd}`)
		return nil
	}
	out := map[string]model.Offset{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if msg := checkRule(k.Value); k.Kind != yaml.ScalarNode || msg != "" {
			d.errorf(k, "%s", msg)
			continue
		}
		if _, dup := out[k.Value]; dup {
			d.errorf(k, "the offset of %q is set twice", k.Value)
			continue
		}
		if v.Kind != yaml.ScalarNode {
			d.errorf(v, "the offset of %q should be a value such as 5bd or 14d", k.Value)
			continue
		}
		o, msg := checkOffset(v.Value)
		if msg != "" {
			d.errorf(v, "%s", msg)
			continue
		}
		out[k.Value] = o
	}
	return out
}

// report decodes the settings of the work-search log.
func (d *decoder) report(n *yaml.Node, r *model.Report) {
	f := d.mapping(n, `"report"`, reportKeys)
	r.Rules = d.enum(f, "rules", "work-search rules", model.ReportRules)
	r.PerWeek, _ = d.integer(f, "per_week", 0, 100)
	if r.Rules == model.RulesTexas && r.PerWeek == 0 && !f.misspelt["per_week"] {
		d.errorf(f.m["rules"].val, "rules: us-tx takes the weekly number of activities from per_week: set the number your local workforce board asks, such as {rules: us-tx, per_week: 3}")
	}
	switch d.enum(f, "week_starts", "week start", []string{"monday", "sunday"}) {
	case "sunday":
		r.WeekStarts = time.Sunday
	case "monday":
		r.WeekStarts = time.Monday
	}
}

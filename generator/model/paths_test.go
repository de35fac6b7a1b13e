package model

import "testing"

// TestPaths checks the places of a hunt's files against the layout the
// README describes: records in content/applications, an application's
// pages, feed and scripts under applications/<slug>/ of the output.
func TestPaths(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{RecordFile("acme-robotics"), "content/applications/acme-robotics.yaml"},
		{AppDir("acme-robotics"), "applications/acme-robotics/"},
		{AppFeed("acme-robotics"), "applications/acme-robotics/calendar.ics"},
		{ScriptDir("acme-robotics", "thank-you/lee-park"), "applications/acme-robotics/scripts/thank-you/lee-park/"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

// TestRecordSlug checks which source paths are records: only a visible
// .yaml file directly in content/applications.
func TestRecordSlug(t *testing.T) {
	for _, c := range []struct {
		rel, slug string
		ok        bool
	}{
		{"content/applications/acme-robotics.yaml", "acme-robotics", true},
		{"content/applications/a.b.yaml", "a.b", true},
		{"content/applications/.acme.yaml", "", false},
		{"content/applications/.yaml", "", false},
		{"content/applications/acme.yml", "", false},
		{"content/applications/old/acme.yaml", "", false},
		{"content/site.yaml", "", false},
		{"acme.yaml", "", false},
		{"layouts/content/applications/acme.yaml", "", false},
	} {
		slug, ok := RecordSlug(c.rel)
		if slug != c.slug || ok != c.ok {
			t.Errorf("RecordSlug(%q) = %q, %v; want %q, %v", c.rel, slug, ok, c.slug, c.ok)
		}
		if ok && RecordFile(slug) != c.rel {
			t.Errorf("RecordFile(%q) = %q, want %q", slug, RecordFile(slug), c.rel)
		}
	}
}

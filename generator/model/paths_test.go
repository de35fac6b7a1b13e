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

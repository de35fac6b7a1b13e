package model

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2026-02-30", "2026-13-01", "26-11-03", "2026-11-3", "", "1899-12-31", "2201-01-01", "9999-01-03", "0000-01-01"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q): no error", s)
		}
	}
	for _, s := range []string{"1900-01-01", "2200-12-31"} {
		if _, err := ParseDate(s); err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
		}
	}
	d, err := ParseDate("2028-02-29")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.String(), "2028-02-29"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestAddBusinessDays(t *testing.T) {
	// 2026-11-13 is a Friday; 2026-11-14 a Saturday.
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-11-13", 1, "2026-11-16"}, // Friday + 1 = Monday
		{"2026-11-13", 5, "2026-11-20"}, // Friday + 5 = next Friday
		{"2026-11-14", 1, "2026-11-16"}, // Saturday + 1 = Monday
		{"2026-11-03", 2, "2026-11-05"}, // Tuesday + 2 = Thursday
		{"2026-11-03", 0, "2026-11-03"},
	} {
		d, _ := ParseDate(tc.from)
		if got := d.AddBusinessDays(tc.n).String(); got != tc.want {
			t.Errorf("%s + %d business days = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	l.Add("content/b.yaml", 3, 1, "second")
	l.Add("content/a.yaml", 7, 2, "first %s", "file")
	l.Add("content/b.yaml", 1, 5, "first")
	want := "content/a.yaml:7:2: first file\ncontent/b.yaml:1:5: first\ncontent/b.yaml:3:1: second"
	if got := l.Err().Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if (ErrorList{}).Err() != nil {
		t.Error("an empty list is an error")
	}
	var many ErrorList
	for range MaxErrors + 5 {
		many.Add("content/x.yaml", 1, 1, "bad")
	}
	msg := many.Error()
	if got := strings.Count(msg, "content/x.yaml"); got != MaxErrors {
		t.Errorf("%d errors printed, want the cap %d", got, MaxErrors)
	}
	if !strings.HasSuffix(msg, "... and 5 more errors") {
		t.Errorf("cap not announced: %q", msg[len(msg)-40:])
	}
}

func TestPublic(t *testing.T) {
	f := false
	site := &Site{
		Settings: Settings{Owner: Owner{Name: "Jordan", Email: "j@example.com", Phone: "+1 555"}},
		Applications: []*Application{
			{Slug: "open", Salary: "100k", Notes: "secret", MailedNotes: &f, Reference: "R-7",
				Employer: Employer{Address: "1 Main St", Phone: "+1 557", Web: "https://acme.example", Email: "jobs@acme.example"},
				Contacts: []Contact{{Name: "Dana", Email: "d@example.com", Phone: "+1 556"}},
				Events:   []Event{{Type: EventReply, From: "Dana", Note: "five days on site is too much"}}},
			{Slug: "hidden", Private: true},
		},
		Activities: []*Activity{{Slug: "fair", Type: ActivityJobFair, Text: "Spring job fair"}},
	}
	pub := site.Public()
	if len(pub.Applications) != 1 || pub.Applications[0].Slug != "open" {
		t.Fatalf("applications = %v", pub.Applications)
	}
	a := pub.Applications[0]
	if a.Salary != "" || a.Notes != "" || a.Contacts[0].Email != "" || a.Contacts[0].Phone != "" || a.Events[0].Note != "" ||
		a.Reference != "" || a.Employer != (Employer{}) {
		t.Errorf("private fields left: %+v", a)
	}
	if len(pub.Activities) != 0 {
		t.Errorf("activities left: %+v", pub.Activities)
	}
	if ev := a.Events[0]; ev.Type != EventReply || ev.From != "Dana" {
		t.Errorf("event = %+v, want the reply from Dana without its note", ev)
	}
	if pub.Settings.Owner.Email != "" || pub.Settings.Owner.Phone != "" || pub.Settings.Owner.Name != "Jordan" {
		t.Errorf("owner = %+v", pub.Settings.Owner)
	}
	if site.Applications[0].Salary != "100k" || site.Applications[0].Contacts[0].Email == "" || site.Applications[0].Events[0].Note == "" {
		t.Error("Public changed the original site")
	}
	if again := pub.Public(); again != pub {
		t.Error("Public copied a site that holds nothing private")
	}
	// Each private field alone makes Public copy.
	for _, mark := range []func(s *Site){
		func(s *Site) { s.Settings.Owner.Email = "x" }, func(s *Site) { s.Settings.Owner.Phone = "x" },
		func(s *Site) { s.Applications[0].Private = true }, func(s *Site) { s.Applications[0].Salary = "x" },
		func(s *Site) { s.Applications[0].Notes = "x" }, func(s *Site) { s.Applications[0].Contacts[0].Email = "x" },
		func(s *Site) { s.Applications[0].Contacts[0].Phone = "x" }, func(s *Site) { s.Applications[0].Events[0].Note = "x" },
		func(s *Site) { s.Applications[0].Reference = "x" }, func(s *Site) { s.Applications[0].Employer.Address = "x" },
		func(s *Site) { s.Applications[0].Employer.Web = "x" }, func(s *Site) { s.Activities = []*Activity{{Slug: "x"}} },
	} {
		s := &Site{Applications: []*Application{{Slug: "a", Contacts: []Contact{{Name: "Dana"}}, Events: []Event{{Type: EventNote}}}}}
		mark(s)
		if s.Public() == s {
			t.Errorf("Public returned a site with private fields as it was: %+v", s.Applications[0])
		}
	}
}

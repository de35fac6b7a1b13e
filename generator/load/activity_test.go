package load

import (
	"reflect"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

func TestActivity(t *testing.T) {
	const p = "content/activities/2026-01-14-resume-workshop.yaml"
	got, errs := Activity(p, []byte("date: 2026-01-14\ntype: workshop\ntext: Resume workshop\nwhere: WorkSource Seattle\nhours: 1.5\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := &model.Activity{Slug: "2026-01-14-resume-workshop", Path: p, Date: mustDate(t, "2026-01-14"),
		Type: model.ActivityWorkshop, Text: "Resume workshop", Where: "WorkSource Seattle", Hours: 1.5}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestActivityErrors(t *testing.T) {
	const p = "content/activities/fair.yaml:"
	cases := []struct {
		name, file, text string
		want             []string
	}{
		{"ErrUnknownKeyTypo", "fair.yaml", "date: 2026-01-14\ntype: job-fair\ntext: Spring fair\nwher: Expo hall\n",
			[]string{p + "4:1: unknown key \"wher\", did you mean \"where\"?"}},
		{"ErrUnknownType", "fair.yaml", "date: 2026-01-14\ntype: jobfair\ntext: Spring fair\n",
			[]string{p + "2:7: unknown activity type \"jobfair\", did you mean \"job-fair\"? (want workshop, job-fair, career-centre, networking or other)"}},
		{"ErrMissingDateAndText", "fair.yaml", "type: job-fair\n",
			[]string{p + "1:1: missing required key \"date\"", p + "1:1: missing required key \"text\""}},
		{"ErrBadHours", "fair.yaml", "date: 2026-01-14\ntype: other\ntext: x\nhours: -2\n",
			[]string{p + "4:8: \"hours\" should be a number of hours above 0 and at most 24, such as 2 or 1.5, not \"-2\""}},
		{"ErrHoursNotANumber", "fair.yaml", "date: 2026-01-14\ntype: other\ntext: x\nhours: two\n",
			[]string{p + "4:8: \"hours\" should be a number of hours above 0 and at most 24, such as 2 or 1.5, not \"two\""}},
		{"ErrBadDate", "fair.yaml", "date: 2026-02-30\ntype: other\ntext: x\n",
			[]string{p + "1:7: invalid date \"2026-02-30\": want YYYY-MM-DD, a real calendar day"}},
		{"ErrFileName", "Fair.yaml", "date: 2026-01-14\ntype: other\ntext: x\n",
			[]string{"content/activities/Fair.yaml:1:1: file name \"Fair.yaml\" is not a valid slug: use lowercase letters, digits and single hyphens, such as fair.yaml"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			act, errs := Activity("content/activities/"+c.file, []byte(c.text))
			if act != nil {
				t.Errorf("an activity with errors came back: %+v", act)
			}
			errs.Sort()
			var got []string
			for _, e := range errs {
				got = append(got, e.Error())
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestSiteActivities: the activities come sorted by date, then name, and a
// bad one is reported with the problems of the records.
func TestSiteActivities(t *testing.T) {
	files := map[string]string{
		"content/site.yaml":                  "base_url: https://example.com/\n",
		"content/activities/b-fair.yaml":     "date: 2026-01-14\ntype: job-fair\ntext: Fair\n",
		"content/activities/a-workshop.yaml": "date: 2026-01-14\ntype: workshop\ntext: Workshop\n",
		"content/activities/visit.yaml":      "date: 2026-01-12\ntype: career-centre\ntext: Visit\n",
	}
	site, err := Site(sitetest.New(t, files))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range site.Activities {
		got = append(got, a.Slug)
	}
	if want := []string{"visit", "a-workshop", "b-fair"}; !reflect.DeepEqual(got, want) {
		t.Errorf("activities %v, want %v", got, want)
	}
	files["content/activities/bad.yaml"] = "date: 2026-01-14\ntype: fair\ntext: x\n"
	files["content/applications/acme.yaml"] = "company: Acme\nrole: Dev\napplied: 2026-01-05\nemployer: {adress: 1 Main St}\n"
	_, err = Site(sitetest.New(t, files))
	list, ok := err.(model.ErrorList)
	if !ok || len(list) != 2 {
		t.Fatalf("err = %v, want the two problems", err)
	}
}

// TestEmployer: the reference and the employer's details are read, and a
// misspelt key or a bad address is an error at its place.
func TestEmployer(t *testing.T) {
	text := head + "reference: REQ-4411\nemployer:\n  address: 12 Harbor Rd, Tacoma WA\n  phone: \"+1 253 555 0100\"\n  web: https://acme.example/careers\n  email: jobs@acme.example\n"
	a, errs := Application(chicago(t), "content/applications/acme.yaml", []byte(text))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := model.Employer{Address: "12 Harbor Rd, Tacoma WA", Phone: "+1 253 555 0100", Web: "https://acme.example/careers", Email: "jobs@acme.example"}
	if a.Reference != "REQ-4411" || a.Employer != want {
		t.Errorf("reference %q, employer %+v", a.Reference, a.Employer)
	}
	const p = "content/applications/acme.yaml:"
	for _, c := range []struct{ text, want string }{
		{head + "employer: {adress: 1 Main St}\n", p + "4:12: unknown key \"adress\", did you mean \"address\"?"},
		{head + "employer: {web: acme.example}\n", p + "4:17: \"web\" should be an http or https address, not \"acme.example\""},
		{head + "employer: {email: jobs}\n", p + "4:19: \"email\" should be an address such as jobs@acme.example, not \"jobs\""},
		{head + "refrence: R-1\n", p + "4:1: unknown key \"refrence\", did you mean \"reference\"?"},
	} {
		if got := appErrors(t, "acme.yaml", c.text); !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("got %q\nwant %q", got, c.want)
		}
	}
}

func mustDate(t *testing.T, s string) model.Date {
	t.Helper()
	d, err := model.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

package posting

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/internal/sitetest"
	"github.com/followup-dev/followup/generator/model"
)

// site is a hunt in Chicago's time zone, where December is UTC-6.
func site(t *testing.T) string {
	return sitetest.New(t, map[string]string{"content/site.yaml": "title: Test\ntimezone: America/Chicago\n"})
}

// fields returns the lines of a record that are not comments: its values,
// each with the comment saying where it came from.
func fields(record []byte) string {
	var out []string
	for _, l := range strings.Split(string(record), "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestBoards reads a posting page in the shape of each board's and
// compares the values of the record, worked out from the page by hand.
func TestBoards(t *testing.T) {
	const today = "The posting as it read on 2026-12-07 is kept in content/applications/"
	tests := []struct {
		file, slug, want string
	}{
		// Greenhouse: one block; the title escaped twice (&amp;amp;), the
		// description escaped once; the city and state in addressLocality.
		{"greenhouse.html", "acme-robotics-backend-engineer-platform-infrastructure", `company: Acme Robotics  # from JobPosting hiringOrganization.name
role: Backend Engineer, Platform & Infrastructure  # from JobPosting title
source: job-boards.greenhouse.io  # from the link's host
link: https://job-boards.greenhouse.io/acmerobotics/jobs/4471203  # from the page's canonical link
location: Chicago, IL  # from JobPosting jobLocation
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `acme-robotics-backend-engineer-platform-infrastructure.posting.md.`},
		// Lever: validThrough a day without a time; the link from og:url.
		{"lever.html", "birchwood-law-site-reliability-engineer", `company: Birchwood Law  # from JobPosting hiringOrganization.name
role: Site Reliability Engineer  # from JobPosting title
source: jobs.lever.co  # from the link's host
link: https://jobs.lever.co/birchwood/5c1e2f3a-77aa-4b1c-9e10-0d2c8f4f9a11  # from the page's og:url
location: Des Moines, IA  # from JobPosting jobLocation
apply_by: 2026-12-31  # the posting's last day: a wishlist record is reminded of it; from JobPosting validThrough
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `birchwood-law-site-reliability-engineer.posting.md.`},
		// Ashby: remote, and baseSalary a QuantitativeValue with a range
		// (185000.00 written as 185000).
		{"ashby.html", "ion-studios-senior-go-developer", `company: Ion Studios  # from JobPosting hiringOrganization.name
role: Senior Go Developer  # from JobPosting title
source: jobs.ashbyhq.com  # from the link's host
link: https://jobs.ashbyhq.com/ion-studios/9b0f6c1e  # from the page's canonical link
location: Remote (United States)  # from JobPosting jobLocation
salary: 150000-185000 USD a year        # private: left out of published builds; from JobPosting baseSalary
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `ion-studios-senior-go-developer.posting.md.`},
		// Workday: identifier a PropertyValue; validThrough 04:59:59 UTC on
		// the 19th is 22:59:59 on the 18th in Chicago.
		{"workday.html", "cobalt-logistics-data-engineer", `company: Cobalt Logistics  # from JobPosting hiringOrganization.name
role: Data Engineer  # from JobPosting title
source: cobalt.wd5.myworkdayjobs.com  # from the link's host
link: https://cobalt.wd5.myworkdayjobs.com/en-US/careers/job/Dallas-TX/Data-Engineer_R-104233  # from the page's og:url
location: Dallas, TX, United States of America  # from JobPosting jobLocation
reference: R-104233  # private; from JobPosting identifier
apply_by: 2026-12-18  # the posting's last day: a wishlist record is reminded of it; from JobPosting validThrough
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `cobalt-logistics-data-engineer.posting.md.`},
		// Indeed: two blocks, the first a WebSite; a raw line break inside
		// the description's string; an hourly range; a local validThrough;
		// no address of the posting on the page.
		{"indeed.html", "dunmore-coffee-shift-lead", `company: Dunmore Coffee  # from JobPosting hiringOrganization.name
role: Shift Lead  # from JobPosting title
location: Portland, OR, US  # from JobPosting jobLocation
salary: 21.5-24 USD an hour        # private: left out of published builds; from JobPosting baseSalary
reference: 8f21c4d0a7b3e9f2  # private; from JobPosting identifier
apply_by: 2026-12-20  # the posting's last day: a wishlist record is reminded of it; from JobPosting validThrough
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `dunmore-coffee-shift-lead.posting.md.`},
		// Teamtailor: an @graph whose posting names its employer by @id;
		// markup in the title; two places; a monthly salary.
		{"teamtailor.html", "fjord-analytics-platform-engineer", `company: Fjord Analytics  # from JobPosting hiringOrganization.name
role: Platform Engineer  # from JobPosting title
source: career.fjord-analytics.example  # from the link's host
link: https://career.fjord-analytics.example/jobs/3310921-platform-engineer  # from the page's canonical link
location: Stockholm, Sweden; Göteborg, Sweden  # from JobPosting jobLocation
salary: 62000 SEK a month        # private: left out of published builds; from JobPosting baseSalary
reference: "3310921"  # private; from JobPosting identifier
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `fjord-analytics-platform-engineer.posting.md.`},
		// A careers page without JSON-LD: og:title and og:site_name; its
		// og:url is relative and a file has no address to resolve it.
		{"careers.html", "granite-bank-counsel-employment", `company: Granite Bank  # from the page's og:site_name
role: Counsel, Employment  # from the page's og:title
status: wishlist        # or withdrawn, ghosted, closed; the rest follows from the events
notes: |                  # private, Markdown
  ` + today + `granite-bank-counsel-employment.posting.md.`},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".html"), func(t *testing.T) {
			dir := site(t)
			res, err := Add(Options{Source: dir, Today: model.NewDate(2026, 12, 7)}, filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if res.Slug != tt.slug {
				t.Errorf("slug %s, want %s", res.Slug, tt.slug)
			}
			if got := fields(res.Record); got != tt.want {
				t.Errorf("record values:\n%s\nwant:\n%s", got, tt.want)
			}
			written, err := os.ReadFile(filepath.Join(dir, "content", "applications", tt.slug+".yaml"))
			if err != nil || string(written) != string(res.Record) {
				t.Errorf("the record written differs from the one made (%v)", err)
			}
		})
	}
}

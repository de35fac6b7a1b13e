// Package corpus writes synthetic job hunts of any size, for benchmarks:
// realistic, deterministic records across every stage, with contacts,
// events, notes and a few advice pages.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

const siteYAML = `title: A synthetic job hunt
owner: {name: Casey Example, email: casey@example.com}
base_url: https://casey.github.io/hunt/
timezone: America/Chicago
publish: {private: false, indexable: false}
playbook:
  weekends: next-monday
`

var (
	companies = []string{"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Aperture", "Black Mesa", "Oscorp", "Pied Piper"}
	suffixes  = []string{"Robotics", "Labs", "Systems", "Health", "Logistics", "Foods", "Energy", "Bank", "Games", "Media"}
	roles     = []string{"Backend Engineer", "Data Analyst", "Product Designer", "Site Reliability Engineer", "Store Manager", "Account Executive", "QA Engineer", "Technical Writer"}
	firsts    = []string{"Dana", "Lee", "Sam", "Alex", "Robin", "Kim", "Noa", "Jules", "Ari", "Mika", "Zoë", "José"}
	lasts     = []string{"Smith", "Park", "Ortiz", "Nguyen", "Müller", "Okafor", "Rossi", "Tanaka", "Silva", "Cohen"}
	endings   = []string{"rejected", "rejected", "rejected", "ghosted", "ghosted", "withdrew", "closed"}
	channels  = []string{"job-board", "company-site", "email", "referral", "recruiter", "walk-in"}
)

// Write writes a site of n applications into dir (which must not hold
// one already). The same n and seed always give the same files.
func Write(dir string, n int, seed uint64) error {
	for _, d := range []string{"applications", "advice"} {
		if err := os.MkdirAll(filepath.Join(dir, "content", d), 0o755); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "site.yaml"), []byte(siteYAML), 0o644); err != nil {
		return err
	}
	for i := range 3 {
		page := fmt.Sprintf("---\ntitle: Advice %d\nweight: %d\nsummary: Synthetic advice.\n---\n\n## Part %d\n\nCall once, then write.\n", i, (i+1)*10, i)
		if err := os.WriteFile(filepath.Join(dir, "content", "advice", fmt.Sprintf("advice-%d.md", i)), []byte(page), 0o644); err != nil {
			return err
		}
	}
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	for i := range n {
		slug, data := Record(r, i)
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(model.RecordFile(slug))), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Record returns the slug and YAML of the i-th synthetic application.
func Record(r *rand.Rand, i int) (string, []byte) {
	company := companies[r.IntN(len(companies))] + " " + suffixes[r.IntN(len(suffixes))]
	role := roles[r.IntN(len(roles))]
	slug := fmt.Sprintf("%s-%05d", strings.ToLower(strings.ReplaceAll(company, " ", "-")), i)
	applied := model.NewDate(2026, 1, 5).AddDays(r.IntN(320))
	channel := channels[r.IntN(len(channels))]
	recruiter := firsts[r.IntN(len(firsts))] + " " + lasts[r.IntN(len(lasts))]
	manager := firsts[r.IntN(len(firsts))] + " " + lasts[r.IntN(len(lasts))] + " Jr"
	interviewer := firsts[r.IntN(len(firsts))] + " " + lasts[r.IntN(len(lasts))] + " II"

	var b strings.Builder
	fmt.Fprintf(&b, "company: %s\nrole: %s\napplied: %s\nchannel: %s\n", company, role, applied, channel)
	fmt.Fprintf(&b, "link: https://jobs.example.com/%d\nlocation: Remote\nsalary: %d-%dk\n", i, 80+r.IntN(40), 130+r.IntN(40))
	fmt.Fprintf(&b, "pitch: Years of shipping %s work that customers noticed\n", strings.ToLower(role))
	if r.IntN(10) == 0 {
		b.WriteString("no_calls: true\n")
	}
	fmt.Fprintf(&b, "contacts:\n  - {name: %s, role: recruiter, email: r%d@example.com, phone: \"+1 555 %04d\"}\n", recruiter, i, i%10000)
	fmt.Fprintf(&b, "  - {name: %s, role: hiring-manager, title: Head of Team}\n", manager)
	b.WriteString("events:\n")
	status := ""
	stage := r.IntN(6) // 0 applied, 1 confirmed, 2 screened, 3 interviewed, 4 second round, 5 offer
	d := applied
	if stage >= 1 {
		d = d.AddDays(1 + r.IntN(3))
		fmt.Fprintf(&b, "  - {date: %s, type: confirmation}\n", d)
	}
	if stage >= 2 {
		d = d.AddDays(5 + r.IntN(10))
		fmt.Fprintf(&b, "  - {date: %s, type: phone-screen, with: [%s]}\n", d, recruiter)
	}
	for round := 1; round <= 2 && stage >= 2+round; round++ {
		d = d.AddDays(4 + r.IntN(10))
		fmt.Fprintf(&b, "  - date: %sT%02d:00\n    type: interview\n    with: [%s, %s]\n", d, 9+r.IntN(8), manager, interviewer)
		fmt.Fprintf(&b, "    topics: {%s: the team's roadmap}\n", interviewer)
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "    decision_expected: %s\n", d.AddDays(7+r.IntN(7)))
		}
		fmt.Fprintf(&b, "  - {date: %s, type: thank-you, to: [%s]}\n", d, manager)
	}
	if stage == 5 {
		d = d.AddDays(9)
		fmt.Fprintf(&b, "  - {date: %s, type: offer, from: %s}\n", d, recruiter)
	}
	// A long hunt is mostly history: an application older than two months
	// has usually ended one way or another.
	if applied.Before(model.NewDate(2026, 9, 20)) && r.IntN(10) < 8 {
		end := endings[r.IntN(len(endings))]
		if stage == 5 {
			end = []string{"accepted", "declined"}[r.IntN(2)]
		}
		if end == "ghosted" {
			status = "status: ghosted\n"
		} else {
			fmt.Fprintf(&b, "  - {date: %s, type: %s}\n", d.AddDays(10+r.IntN(20)), end)
		}
	}
	b.WriteString(status)
	fmt.Fprintf(&b, "notes: |\n  Synthetic record %d. Remember to *ask* about the team.\n", i)
	return slug, []byte(b.String())
}

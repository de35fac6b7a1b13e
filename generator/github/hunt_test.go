package github

// hunt is a hand-worked job hunt, seen on Monday 7 December 2026.
//
// acme applied Mon 23 Nov, confirmation the same day (no
// check-confirmation): confirm-receipt is due 5 business days later, Mon
// 30 Nov, a call to Dana Smith, 7 days late; status-check-1, 14 days after
// applying, is due today.
//
// beta (whose name holds Markdown) had a reply on 4 Nov, which cancels the
// steps after applying, and has an interview today at 14:00 with Lee Park:
// the thank-you to him is due the same day.
//
// gamma, private, applied Mon 16 Nov with no confirmation and no contact:
// check-confirmation is due 2 business days later, Wed 18 Nov (19 days
// late); confirm-receipt 5 business days later, Mon 23 Nov (14 days late);
// status-check-1 on Mon 30 Nov (7 days late); status-check-2, 21 days
// after applying, today.
var hunt = map[string]string{
	"content/site.yaml": `title: Jordan's hunt
base_url: https://jordan.github.io/hunt/
timezone: America/Chicago
history: content
playbook: {weekends: next-monday}
`,
	"content/applications/acme.yaml": `company: Acme Robotics
role: Backend Engineer
applied: 2026-11-23
channel: job-board
confirmation: 2026-11-23
contacts:
  - {name: Dana Smith, role: recruiter}
`,
	"content/applications/beta.yaml": `company: Beta *Labs* <!-- x -->
role: Data Engineer
applied: 2026-11-02
channel: job-board
confirmation: 2026-11-02
contacts:
  - {name: Lee Park, role: hiring-manager}
events:
  - {date: 2026-11-04, type: reply, from: Lee Park}
  - {date: 2026-12-07T14:00, type: interview, with: [Lee Park]}
`,
	"content/applications/gamma.yaml": `company: Gamma
role: SRE
applied: 2026-11-16
channel: job-board
private: true
`,
}

// dayOrder is the order of the tasks of the hunt's issue on 7 December:
// overdue by due day, then record, then action; due today by record; the
// meetings by time.
var dayOrder = []string{
	"gamma check-confirmation",
	"gamma confirm-receipt",
	"acme confirm-receipt",
	"gamma status-check-1",
	"acme status-check-1",
	"beta thank-you/lee-park",
	"gamma status-check-2",
	"beta ", // the interview
}

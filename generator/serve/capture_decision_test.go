package serve

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
)

// TestBrowserCaptureDecision checks that a pending decision offers its two
// answers, Move on and Keep waiting, instead of a Done that could only
// fail; that Move on marks the record ghosted with one added line; and that
// the form to add an event offers every event type of the record schema.
func TestBrowserCaptureDecision(t *testing.T) {
	ctx := browsertest.New(t, 1024, 768)
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	if err := chromedp.Run(ctx, chromedp.Navigate(s.URL()+appPage(1))); err != nil {
		t.Fatal(err)
	}
	waitPageText(t, ctx, "Record what happened")
	// Record 1 applied on Tuesday 3 November 2026 and logged nothing since:
	// move-on is pending, due 28 days later.
	row := `#followup-capture li[data-action="move-on"]`
	var labels []string
	var types []string
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`Array.from(document.querySelectorAll('`+row+` button')).map(b => b.textContent)`, &labels),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('.capture-add select[name="type"] option')).map(o => o.value)`, &types),
	); err != nil {
		t.Fatal(err)
	}
	if len(labels) != 2 || labels[0] != "Move on" || labels[1] != "Keep waiting" {
		t.Errorf("the decision offers %q, want [Move on, Keep waiting]", labels)
	}
	// DESIGN.md's event types, in its order.
	want := []string{"confirmation", "call", "email", "thank-you", "letter", "reply", "phone-screen", "interview",
		"network", "offer", "rejected", "withdrew", "declined", "accepted", "closed", "note"}
	if len(types) != len(want) {
		t.Errorf("Add an event offers %q, want %q", types, want)
	}
	for i := range min(len(types), len(want)) {
		if types[i] != want[i] {
			t.Errorf("event type %d is %q, want %q", i, types[i], want[i])
		}
	}
	if err := chromedp.Run(ctx, chromedp.Click(row+` .capture-move-on`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	wantRecord := "company: " + companyOf(1) + "\nrole: Backend Engineer\napplied: 2026-11-03\nchannel: job-board\nsalary: 120-140k\n" +
		"status: ghosted\ncontacts:\n  - {name: Dana Smith, role: recruiter, email: dana@example.test}\n"
	if waitRecordSuffix(t, recordPath(dir, 1), wantRecord) == "" {
		data, _ := os.ReadFile(recordPath(dir, 1))
		t.Fatalf("Move on left the record:\n%s", data)
	}
}

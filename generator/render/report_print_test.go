package render

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserReportPrintKeepsDates prints the work-search log of a private
// build at the width of an A4 sheet and checks that no date is broken in
// the middle ("Mon 2026-" / "11-30"): the day of the month, written
// YYYY-MM-DD, stays on one line.
func TestBrowserReportPrintKeepsDates(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	var files Files
	base := pagesServer(t, &files)
	site, actions := example(t)
	var err error
	if files, err = Site(site, actions, Options{BaseURL: base, Private: true}); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t, 794, 1123) // A4 at 96 pixels an inch
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	// For each date of the tables, the number of lines its YYYY-MM-DD part
	// takes, or -1 when it runs out of its cell.
	const lines = `Array.from(document.querySelectorAll(".week-table time"), el => {
		const text = el.firstChild, s = text.data, i = s.search(/[0-9]{4}-/);
		const r = document.createRange();
		r.setStart(text, i); r.setEnd(text, s.length);
		const n = new Set(Array.from(r.getClientRects(), q => Math.round(q.top))).size;
		return el.getBoundingClientRect().right > el.closest("td").getBoundingClientRect().right ? -1 : n;
	})`
	var counts []int
	err = chromedp.Run(ctx,
		emulation.SetEmulatedMedia().WithMedia("print"),
		chromedp.Navigate(base+"report/"),
		chromedp.WaitReady("footer"),
		chromedp.Evaluate(lines, &counts),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) == 0 {
		t.Fatal("the log lists no dated row")
	}
	for i, n := range counts {
		switch {
		case n < 0:
			t.Errorf("date %d of the log runs out of its cell when printed", i+1)
		case n != 1:
			t.Errorf("date %d of the log takes %d lines when printed", i+1, n)
		}
	}
}

package render

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/model"
)

// pdfPageRE matches a page object of a PDF, not the /Pages tree.
var pdfPageRE = regexp.MustCompile(`/Type\s*/Page\b[^s]`)

// TestScriptsPrintOnOnePage prints script pages of every kind to PDF on A4
// and on US Letter paper: each must fit one page.
func TestScriptsPrintOnOnePage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	site, actions := fixture(t)
	print := printer(t, site, actions)
	scripts := []string{
		"applications/acme/scripts/call-hiring-manager/",
		"applications/acme/scripts/check-in/",
		"applications/acme/scripts/thank-you/sam-ortiz/",
		"applications/beta/scripts/confirm-receipt/",
		"applications/beta/scripts/thank-you-note/pat-jones/",
	}
	// The page counter counts: the timeline takes more than one page.
	if n := len(pdfPageRE.FindAll(print("timeline/", 8.27, 11.69), -1)); n < 2 {
		t.Fatalf("the timeline prints on %d pages; the page count of a PDF is wrong", n)
	}
	for _, p := range scripts {
		for _, paper := range papers {
			pdf := print(p, paper.w, paper.h)
			if n := len(pdfPageRE.FindAll(pdf, -1)); n != 1 {
				t.Errorf("%s prints on %d %s pages, want 1", p, n, paper.name)
				name := fmt.Sprintf("print-%s-%s.pdf", paper.name, filepath.Base(filepath.Clean(p)))
				saveShot(t, name, pdf)
			}
		}
	}
}

// TestReportPrintsAWeekAPage prints the work-search log of the fixture,
// four weeks, on A4 and on US Letter: each week takes a sheet of its own.
func TestReportPrintsAWeekAPage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	site, actions := reportFixture(t)
	print := printer(t, site, actions)
	for _, paper := range papers {
		pdf := print("report/", paper.w, paper.h)
		if n := len(pdfPageRE.FindAll(pdf, -1)); n != 4 {
			t.Errorf("the report of 4 weeks prints on %d %s pages, want 4", n, paper.name)
			saveShot(t, "print-"+paper.name+"-report.pdf", pdf)
		}
	}
}

// papers are the sizes pages must print on.
var papers = []struct {
	name string
	w, h float64 // inches
}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}}

// printer serves the private site of site and actions and returns a
// function that prints its page at path p to PDF on paper of w by h inches.
func printer(t *testing.T, site *model.Site, actions []*model.Action) func(p string, w, h float64) []byte {
	t.Helper()
	var files Files
	base := pagesServer(t, &files)
	files, err := Site(site, actions, Options{BaseURL: base, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t, 1280, 900)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)
	return func(p string, w, h float64) []byte {
		t.Helper()
		var pdf []byte
		err := chromedp.Run(ctx,
			chromedp.Navigate(base+p),
			chromedp.WaitReady("footer"),
			chromedp.ActionFunc(func(ctx context.Context) error {
				var err error
				pdf, _, err = cdppage.PrintToPDF().WithPaperWidth(w).WithPaperHeight(h).Do(ctx)
				return err
			}),
		)
		if err != nil {
			t.Fatalf("print %s: %v", p, err)
		}
		return pdf
	}
}

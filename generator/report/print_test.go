package report

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
)

// pdfPageRE matches a page object of a PDF, not the /Pages tree.
var pdfPageRE = regexp.MustCompile(`/Type\s*/Page\b[^s]`)

// places are the report settings of every place the log knows.
var placeSettings = map[string]string{"plain": "{per_week: 3}", "us-ny": "{rules: us-ny}", "us-wa": "{rules: us-wa}",
	"us-tx": "{rules: us-tx, per_week: 3}", "uk": "{rules: uk}", "de": "{rules: de, per_week: 3}"}

func htmlOf(t *testing.T, report, from, to string) []byte {
	t.Helper()
	log, err := Make(loadHunt(t, report), Options{From: day(from), To: day(to), Today: day("2026-03-22")})
	if err != nil {
		t.Fatal(err)
	}
	layout, err := Layout(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, layout, log); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestHTMLStandalone: the page loads nothing else and has no navigation;
// each sheet carries the claimant's name, its claim week, the place's
// headings and the reason a week is short.
func TestHTMLStandalone(t *testing.T) {
	for _, c := range []struct {
		report string
		want   []string
	}{
		{"{rules: us-ny}", []string{`<html lang="en">`, "<h1>Work search record of Jordan Lee</h1>",
			"Claimant: <strong>Jordan Lee</strong>", "Week of Mon 2026-03-09 to Sun 2026-03-15",
			"<th>Person contacted (name or title)</th>", `<span class="reason">2 activities on 2 days; 3 on 3 days are asked</span>`,
			`<col style="width: 12%">`, `<td class="date">Tue<br><time datetime="2026-03-17">2026-03-17</time></td>`}},
		{"{rules: de, per_week: 3}", []string{`<html lang="de">`, "<h1>Nachweis der Eigenbemühungen: Jordan Lee</h1>",
			"Name: <strong>Jordan Lee</strong>", "Woche vom Mo 09.03.2026 bis So 15.03.2026",
			"<th>Art der Bewerbung</th>", `<td class="date">Di<br><time datetime="2026-03-17">17.03.2026</time></td>`, `<span class="reason">2 Aktivitäten; verlangt sind 3</span>`}},
	} {
		page := string(htmlOf(t, c.report, "2026-03-02", "2026-03-22"))
		for _, bad := range []string{"<nav", "<script", `rel="stylesheet"`, "<img", "/assets/"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s: the report holds %q", c.report, bad)
			}
		}
		if n := strings.Count(page, `<section class="week`); n != 3 {
			t.Errorf("%s: %d weeks, want 3", c.report, n)
		}
		if n := strings.Count(page, "<h1>"); n != 3 {
			t.Errorf("%s: %d sheet headings, want one a week", c.report, n)
		}
		for _, want := range append(c.want, "@page") {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the report lacks %q", c.report, want)
			}
		}
	}
}

// TestHTMLPrintsAWeekAPage prints the log of every place to PDF on A4 and
// on US Letter: one week takes one page, and three weeks take three.
func TestHTMLPrintsAWeekAPage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	pages := map[string][]byte{}
	for name, report := range placeSettings {
		// The third week, of five activities, is the longest.
		pages["/"+name+"/week"] = htmlOf(t, report, "2026-03-16", "2026-03-22")
		pages["/"+name+"/all"] = htmlOf(t, report, "2026-03-02", "2026-03-22")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(pages[r.URL.Path])
	}))
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 900)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	for _, paper := range []struct {
		name string
		w, h float64 // inches
	}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}} {
		for path := range pages {
			want := 3
			if strings.HasSuffix(path, "/week") {
				want = 1
			}
			if n := printedPages(t, ctx, srv.URL+path, paper.w, paper.h); n != want {
				t.Errorf("%s prints on %d %s pages, want %d", path, n, paper.name, want)
			}
		}
	}
}

// printedPages prints the page at url on paper of w by h inches and counts
// the pages of the PDF.
func printedPages(t *testing.T, ctx context.Context, url string, w, h float64) int {
	t.Helper()
	var pdf []byte
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.WaitReady("section.week"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = cdppage.PrintToPDF().WithPaperWidth(w).WithPaperHeight(h).Do(ctx)
			return err
		}),
	)
	if err != nil {
		t.Fatalf("print %s: %v", url, err)
	}
	return len(pdfPageRE.FindAll(pdf, -1))
}

// TestLayoutOverride: a site's layouts/report.html replaces the default,
// but not through a symlink out of layouts/.
func TestLayoutOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "secret.html")
	if err := os.WriteFile(outside, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "layouts", "report.html")); err != nil {
		t.Fatal(err)
	}
	if data, err := Layout(dir); err == nil {
		t.Errorf("Layout followed a symlink out of layouts/: %q", data)
	}
	if err := os.Remove(filepath.Join(dir, "layouts", "report.html")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "layouts", "report.html"), []byte("{{len .Weeks}} weeks"), 0o644); err != nil {
		t.Fatal(err)
	}
	layout, err := Layout(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, layout, &Log{Weeks: make([]Week, 3)}); err != nil || b.String() != "3 weeks" {
		t.Errorf("WriteHTML = %q, %v; want the site's layout", b.String(), err)
	}
}

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

func htmlOf(t *testing.T, from, to string) []byte {
	t.Helper()
	log, err := Make(loadFixture(t, ""), Options{From: day(from), To: day(to)})
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

// TestHTMLStandalone: the page loads nothing else, has no navigation, and
// marks the short week.
func TestHTMLStandalone(t *testing.T) {
	page := string(htmlOf(t, "2026-01-05", "2026-01-25"))
	for _, bad := range []string{"<nav", "<script", `rel="stylesheet"`, "<img", "/assets/"} {
		if strings.Contains(page, bad) {
			t.Errorf("the report holds %q", bad)
		}
	}
	if n := strings.Count(page, `<section class="week`); n != 3 {
		t.Errorf("%d weeks, want 3", n)
	}
	if n := strings.Count(page, `<section class="week short">`); n != 1 {
		t.Errorf("%d short weeks, want 1", n)
	}
	for _, want := range []string{"@page", "2 activities</span>, short of the 3 asked", "Week of Mon 2026-01-12 to Sun 2026-01-18"} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestHTMLPrintsAWeekAPage prints the report to PDF on A4 and on US Letter:
// one week takes one page, and three weeks take three.
func TestHTMLPrintsAWeekAPage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	pages := map[string][]byte{
		"/week": htmlOf(t, "2026-01-19", "2026-01-25"),
		"/all":  htmlOf(t, "2026-01-05", "2026-01-25"),
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(pages[r.URL.Path])
	}))
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 900)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for _, paper := range []struct {
		name string
		w, h float64 // inches
	}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}} {
		for path, want := range map[string]int{"/week": 1, "/all": 3} {
			var pdf []byte
			err := chromedp.Run(ctx,
				chromedp.Navigate(srv.URL+path),
				chromedp.WaitReady("section.week"),
				chromedp.ActionFunc(func(ctx context.Context) error {
					var err error
					pdf, _, err = cdppage.PrintToPDF().WithPaperWidth(paper.w).WithPaperHeight(paper.h).Do(ctx)
					return err
				}),
			)
			if err != nil {
				t.Fatalf("print %s: %v", path, err)
			}
			if n := len(pdfPageRE.FindAll(pdf, -1)); n != want {
				t.Errorf("%s prints on %d %s pages, want %d", path, n, paper.name, want)
			}
		}
	}
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

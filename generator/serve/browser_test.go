package serve

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
)

// waitPageText waits until the open page's text holds want, reading it again
// and again since the page reloads underneath.
func waitPageText(t *testing.T, ctx context.Context, want string) string {
	t.Helper()
	deadline := time.Now().Add(maxWait)
	var text string
	for time.Now().Before(deadline) {
		var got string
		err := chromedp.Run(ctx, chromedp.Evaluate(`document.body ? document.body.innerText : ""`, &got))
		if err == nil {
			text = got
			if strings.Contains(got, want) {
				return got
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the page never showed %q within %v; it shows:\n%s", want, maxWait, text)
	return ""
}

func TestBrowserReloads(t *testing.T) {
	ctx := browsertest.New(t, 1024, 768)
	dir := writeSite(t, t.TempDir(), 3)
	s := startServer(t, dir, 0)
	if err := chromedp.Run(ctx, chromedp.Navigate(s.URL()+appPage(1))); err != nil {
		t.Fatal(err)
	}
	waitPageText(t, ctx, companyOf(1))
	// The mark lives in this document only: gone once the page reloads.
	if err := chromedp.Run(ctx, chromedp.Evaluate(`window.followupMark = 1`, nil)); err != nil {
		t.Fatal(err)
	}

	t.Run("ReloadsAfterSave", func(t *testing.T) {
		writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Reloaded"))
		waitPageText(t, ctx, "Acme Reloaded")
		var marked bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(`window.followupMark === 1`, &marked)); err != nil {
			t.Fatal(err)
		}
		if marked {
			t.Error("the text changed but the page was not reloaded")
		}
	})
	t.Run("ShowsError", func(t *testing.T) {
		writeFile(t, recordPath(dir, 1), "company: Acme Broken\nrole: Backend Engineer\napplied: 2026-13-40\n")
		text := waitPageText(t, ctx, "content/applications/"+slugOf(1)+".yaml:3:")
		if strings.Contains(text, "Acme Broken") && !strings.Contains(text, "did not build") {
			t.Errorf("the broken record was rendered instead of the error:\n%s", text)
		}
	})
	t.Run("RecoversAfterFix", func(t *testing.T) {
		writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Fixed"))
		waitPageText(t, ctx, "Acme Fixed")
	})
}

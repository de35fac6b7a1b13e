package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
)

// postingPage is a job posting as Ashby writes one, with JSON-LD.
func postingPage(company, role string) string {
	return `<!DOCTYPE html><html><head><title>` + role + ` @ ` + company + `</title>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"JobPosting","title":"` + role + `",
"hiringOrganization":{"@type":"Organization","name":"` + company + `"},"jobLocationType":"TELECOMMUTE",
"validThrough":"2026-12-31","description":"<p>Game servers.</p>"}</script>
</head><body><h1>` + role + `</h1></body></html>`
}

// TestBrowserBookmarklet runs the bookmarklet on a posting served by
// another origin: serve's form opens filled in, and Save writes the record
// as followup add does. A page of that other origin cannot save one.
func TestBrowserBookmarklet(t *testing.T) {
	ctx := browsertest.New(t, 1024, 768)
	dir := writeSite(t, t.TempDir(), 1)
	s := startServer(t, dir, 0)
	board := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/other" {
			w.Write([]byte(postingPage("Other Co", "Tester")))
			return
		}
		w.Write([]byte(postingPage("Ion Studios", "Senior Go Developer")))
	}))
	defer board.Close()

	var code string
	if err := chromedp.Run(ctx, chromedp.Navigate(s.URL()+"__followup/new")); err != nil {
		t.Fatal(err)
	}
	waitPageText(t, ctx, "Save a posting in one click")
	// A browser runs a javascript: address percent-decoded.
	if err := chromedp.Run(ctx, chromedp.Evaluate(`decodeURIComponent(document.querySelector("a.bookmarklet").href)`, &code)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(code, "javascript:") {
		t.Fatalf("the bookmarklet is %q", code)
	}
	t.Run("FillsAndSaves", func(t *testing.T) {
		var company, applyBy string
		if err := chromedp.Run(ctx,
			chromedp.Navigate(board.URL+"/jobs/9b0f6c1e"),
			chromedp.Evaluate(strings.TrimPrefix(code, "javascript:"), nil),
		); err != nil {
			t.Fatal(err)
		}
		waitPageText(t, ctx, "New application")
		if err := chromedp.Run(ctx,
			chromedp.WaitVisible(`form[data-filled]`, chromedp.ByQuery),
			chromedp.Value(`input[name="company"]`, &company, chromedp.ByQuery),
			chromedp.Value(`input[name="apply_by"]`, &applyBy, chromedp.ByQuery),
		); err != nil {
			t.Fatal(err)
		}
		if company != "Ion Studios" || applyBy != "2026-12-31" {
			t.Errorf("the form has company %q, apply by %q; want Ion Studios, 2026-12-31", company, applyBy)
		}
		if err := chromedp.Run(ctx,
			chromedp.SetValue(`input[name="location"]`, "Remote (Americas)", chromedp.ByQuery),
			chromedp.Click(`button[type="submit"]`, chromedp.ByQuery),
		); err != nil {
			t.Fatal(err)
		}
		waitPageText(t, ctx, "wrote content/applications/ion-studios-senior-go-developer.yaml")
		rec, err := os.ReadFile(filepath.Join(dir, "content/applications/ion-studios-senior-go-developer.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			"\ncompany: Ion Studios  # from JobPosting hiringOrganization.name\n",
			"\nlocation: Remote (Americas)  # typed in by hand\n",
			"\napply_by: 2026-12-31  # the posting's last day: a wishlist record is reminded of it; from JobPosting validThrough\n",
			"\nlink: " + board.URL + "/jobs/9b0f6c1e  # from the address it was read from\n",
			"\nstatus: wishlist ",
		} {
			if !strings.Contains(string(rec), want) {
				t.Errorf("the record lacks %q:\n%s", want, rec)
			}
		}
	})
	t.Run("OtherOriginRefused", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(board.URL+"/other")); err != nil {
			t.Fatal(err)
		}
		// The posting's page tries for the token, then posts with it (as if
		// it had learnt it), by fetch and by a form: the Origin, and for the
		// form Sec-Fetch-Dest, refuse them.
		token := s.h.capture.token
		var tokenRead bool
		script := `(async () => {
			let read = false;
			try { const r = await fetch("` + s.URL() + `__followup/capture/new"); read = (await r.json()).ok; } catch (e) {}
			const body = new URLSearchParams({op: "add", token: "` + token + `", html: document.documentElement.outerHTML, url: location.href});
			try { await fetch("` + s.URL() + `__followup/capture", {method: "POST", mode: "no-cors", body}); } catch (e) {}
			return read;
		})()`
		if err := chromedp.Run(ctx, chromedp.Evaluate(script, &tokenRead, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })); err != nil {
			t.Fatal(err)
		}
		if tokenRead {
			t.Error("a page of another origin read serve's token")
		}
		form := `const f = document.createElement("form"); f.method = "POST"; f.action = "` + s.URL() + `__followup/capture";
			for (const [k, v] of Object.entries({op: "add", token: "` + token + `", html: document.documentElement.outerHTML, url: location.href})) {
				const i = document.createElement("input"); i.name = k; i.value = v; f.appendChild(i); }
			document.body.appendChild(f); f.submit();`
		if err := chromedp.Run(ctx, chromedp.Evaluate(form, nil)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		if _, err := os.Stat(filepath.Join(dir, "content/applications/other-co-tester.yaml")); err == nil {
			t.Error("a page of another origin wrote a record")
		}
	})
}

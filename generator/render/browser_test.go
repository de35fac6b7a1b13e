package render

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
	"github.com/followup-dev/followup/generator/model"
)

// saveShot keeps a screenshot or a PDF of a browser test in the directory
// named by FOLLOWUP_SHOTS, to look at; without it, nothing is kept.
func saveShot(t *testing.T, name string, data []byte) {
	t.Helper()
	dir := os.Getenv("FOLLOWUP_SHOTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// pagesServer serves, for the length of the test, the pages files holds
// when each request comes, under /job-hunt/, and returns their base URL.
func pagesServer(t *testing.T, files *Files) string {
	t.Helper()
	srv := httptest.NewServer(serveFiles(func() Files { return *files }, "/job-hunt/"))
	t.Cleanup(srv.Close)
	return srv.URL + "/job-hunt/"
}

// serveFiles serves files under prefix ("/job-hunt/") the way GitHub Pages
// does: a directory answers with its index.html, anything else missing
// with 404.html.
func serveFiles(files func() Files, prefix string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs := files()
		p, ok := strings.CutPrefix(r.URL.Path, prefix)
		if p == "" || strings.HasSuffix(p, "/") {
			p += "index.html"
		}
		data, found := fs[p]
		if !ok || !found {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(fs["404.html"])
			return
		}
		if ct := mime.TypeByExtension(path.Ext(p)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Write(data)
	})
}

// firstScript returns the directory of the first script page of a kind
// ("kind-email"), in path order.
func firstScript(files Files, kind string) string {
	for _, name := range names(files) {
		if strings.Contains(name, "/scripts/") && strings.HasSuffix(name, "/index.html") &&
			strings.Contains(string(files[name]), `<article class="script `+kind+`">`) {
			return strings.TrimSuffix(name, "index.html")
		}
	}
	return "no-script-of-" + kind + "/"
}

// browserSite renders the fixture with its pending actions moved around
// the real today, so that the browser script has something overdue,
// something due this week and something later to sort out.
func browserSite(t *testing.T, baseURL string) Files {
	site, actions := fixture(t)
	today := model.DateOf(time.Now())
	shifts := []int{-3, 2, 5, 30, 40, 50}
	n := 0
	for _, a := range actions {
		if a.Pending() && a.App.Slug != "gamma" {
			a.Due = today.AddDays(shifts[n%len(shifts)])
			n++
		}
	}
	files, err := Site(site.Public(), actions, Options{BaseURL: baseURL})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// newBrowser returns a Chromium context with a window width×height.
func newBrowser(t *testing.T, width, height int) context.Context {
	return browsertest.New(t, width, height)
}

// problems collects what went wrong in the browser while a page loaded.
type problems struct {
	mu   sync.Mutex
	list []string
}

func (p *problems) add(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, fmt.Sprintf(format, args...))
}

func (p *problems) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.list
	p.list = nil
	return out
}

// listen records console errors, exceptions, failed requests and error
// responses of the browser context.
func listen(ctx context.Context, p *problems) {
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning || ev.Type == runtime.APITypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				p.add("console %s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			p.add("exception: %s", ev.ExceptionDetails.Error())
		case *network.EventLoadingFailed:
			p.add("request failed: %s %s", ev.ErrorText, ev.BlockedReason)
		case *network.EventResponseReceived:
			if ev.Response.Status >= 400 {
				p.add("HTTP %d for %s", int(ev.Response.Status), ev.Response.URL)
			}
		case *network.EventRequestWillBeSent:
			if !strings.HasPrefix(ev.Request.URL, "http://127.0.0.1") && !strings.HasPrefix(ev.Request.URL, "data:") {
				p.add("request leaves the site: %s", ev.Request.URL)
			}
		}
	})
}

func TestBrowserPages(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	var files Files
	base := pagesServer(t, &files)
	site, actions := example(t)
	files, err := Site(site.Public(), actions, Options{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	// The work-search log is a page of private builds alone.
	private, err := Site(site, actions, Options{BaseURL: base, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	files["report/index.html"] = private["report/index.html"]
	pages := map[string]string{
		"dashboard": "", "timeline": "timeline/", "application": "applications/acme-robotics/",
		"calls": "calls/", "playbook": "playbook/", "advice": "playbook/where-advisers-disagree/",
		"script-email": firstScript(files, "kind-email"), "script-call": firstScript(files, "kind-call"),
		"404": "no/such/page/", "report": "report/",
	}
	order := []string{"dashboard", "timeline", "application", "calls", "playbook", "advice", "script-email", "script-call", "404", "report"}
	for _, width := range []int{1280, 390} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			ctx := newBrowser(t, width, 900)
			ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
			defer cancel()
			var p problems
			listen(ctx, &p)
			for _, name := range order {
				var shot []byte
				var overflow bool
				err := chromedp.Run(ctx,
					emulation.SetScrollbarsHidden(true),
					chromedp.EmulateViewport(int64(width), 900),
					chromedp.Navigate(base+pages[name]),
					chromedp.WaitReady("footer"),
					chromedp.Evaluate(`document.documentElement.scrollWidth > document.documentElement.clientWidth`, &overflow),
					chromedp.FullScreenshot(&shot, 100),
				)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				want404 := name == "404"
				for _, msg := range p.take() {
					if want404 && strings.Contains(msg, "HTTP 404 for "+base+pages[name]) {
						continue
					}
					t.Errorf("%s at %dpx: %s", name, width, msg)
				}
				if overflow {
					t.Errorf("%s at %dpx: the page scrolls sideways", name, width)
				}
				saveShot(t, fmt.Sprintf("%s-%d.png", name, width), shot)
			}
			var dark []byte
			err := chromedp.Run(ctx,
				emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}),
				chromedp.Navigate(base+pages["application"]),
				chromedp.WaitReady("footer"),
				chromedp.FullScreenshot(&dark, 100),
			)
			if err != nil {
				t.Fatal(err)
			}
			saveShot(t, fmt.Sprintf("application-dark-%d.png", width), dark)
		})
	}
}

// TestBrowserMarksDueDates checks the browser script against the viewer's
// own today: badges, the narrowed list and its toggle.
func TestBrowserMarksDueDates(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	var files Files
	base := pagesServer(t, &files)
	files = browserSite(t, base)
	ctx := newBrowser(t, 1280, 900)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var title, firstBadge, button string
	var visibleBefore, visibleAfter int
	count := `Array.from(document.querySelectorAll("ol[data-window] > li")).filter(li => !li.hidden).length`
	err := chromedp.Run(ctx,
		chromedp.Navigate(base),
		chromedp.WaitReady("footer"),
		chromedp.Text("#agenda-title", &title),
		chromedp.Text("ol[data-window] > li [data-badge]", &firstBadge),
		chromedp.Evaluate(count, &visibleBefore),
		chromedp.Text("[data-window-toggle]", &button),
		chromedp.Click("[data-window-toggle]"),
		chromedp.Evaluate(count, &visibleAfter),
	)
	if err != nil {
		t.Fatal(err)
	}
	if title != "Overdue and this week" {
		t.Errorf("agenda title = %q, want the script's %q", title, "Overdue and this week")
	}
	if firstBadge != "overdue by 3 days" {
		t.Errorf("first badge = %q, want %q", firstBadge, "overdue by 3 days")
	}
	// The next action of each application: Acme's 3 days ago, Beta's in 40 days.
	if visibleBefore != 1 || visibleAfter != 2 {
		t.Errorf("dashboard: visible actions: %d, then %d after %q; want 1, then 2", visibleBefore, visibleAfter, button)
	}
	// The call sheet's calls and emails: 3 days ago, in 5, 30 and 40 days.
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"calls/"),
		chromedp.WaitReady("footer"),
		chromedp.Evaluate(count, &visibleBefore),
		chromedp.Click("[data-window-toggle]"),
		chromedp.Evaluate(count, &visibleAfter),
	)
	if err != nil {
		t.Fatal(err)
	}
	if visibleBefore != 2 || visibleAfter != 4 {
		t.Errorf("call sheet: visible calls: %d, then %d; want 2, then 4", visibleBefore, visibleAfter)
	}
}

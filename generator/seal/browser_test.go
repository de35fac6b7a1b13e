package seal_test

import (
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/build"
	"github.com/followup-dev/followup/generator/internal/browsertest"
)

// site is an encrypted build served the way GitHub Pages serves it.
type site struct {
	base  string // the address of the site, ending in /job-hunt/
	files map[string][]byte
}

// serveSealed builds the encrypted example for a test server and serves it.
func serveSealed(t testing.TB) *site {
	t.Helper()
	s := &site{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := strings.CutPrefix(r.URL.Path, "/job-hunt/")
		if p == "" || strings.HasSuffix(p, "/") {
			p += "index.html"
		}
		data, found := s.files[p]
		if !ok || !found {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(s.files["404.html"])
			return
		}
		if ct := mime.TypeByExtension(path.Ext(p)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	s.base = srv.URL + "/job-hunt/"
	files, _, _, err := build.Sealed(nil, build.Options{Source: exampleSource(t), BaseURL: s.base, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	s.files = files
	return s
}

// shot keeps a screenshot in the directory named by FOLLOWUP_SHOTS, to
// look at; without it, nothing is taken.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("FOLLOWUP_SHOTS")
	if dir == "" {
		return
	}
	var png []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// await evaluates a JavaScript expression whose value may be a promise.
func await(expr string, res any) chromedp.Action {
	return chromedp.Evaluate(expr, res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	})
}

// unlock types a passphrase into the unlock page shown and submits it.
func unlock(pass string, remember bool) chromedp.Tasks {
	ts := chromedp.Tasks{
		chromedp.WaitVisible("#followup-passphrase", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("followup-passphrase").value = ""`, nil),
		chromedp.SendKeys("#followup-passphrase", pass, chromedp.ByID),
	}
	if remember {
		ts = append(ts, chromedp.Click("#followup-remember", chromedp.ByID))
	}
	return append(ts, chromedp.Click(`#followup-unlock button`, chromedp.ByQuery))
}

// follow clicks the link sel and waits for the page it leads to to show
// ready: the next page, not the one left, whose window had a mark. It asks
// again and again, since a page that is left takes its script context
// with it.
func follow(sel, ready string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		// Clicked from the page's script: the opened page is written
		// into the document while its scripts run, which leaves the
		// browser's node ids behind.
		click := `window.followupLeft = true; document.querySelector(` + strconv.Quote(sel) + `).click()`
		if err := chromedp.Run(ctx, chromedp.Evaluate(click, nil)); err != nil {
			return err
		}
		check := `window.followupLeft === undefined && !!document.querySelector(` + strconv.Quote(ready) + `)`
		for {
			var arrived bool
			if err := chromedp.Run(ctx, chromedp.Evaluate(check, &arrived)); err == nil && arrived {
				return nil
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("after a click on %s, no page with %s: %w", sel, ready, ctx.Err())
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
}

func TestBrowserOpensTheSite(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	s := serveSealed(t)
	ctx := browsertest.New(t, 1280, 900)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	run := func(what string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	var message string
	run("a wrong passphrase",
		chromedp.Navigate(s.base),
		unlock("not the passphrase", false),
		chromedp.WaitVisible("#followup-message", chromedp.ByID),
		chromedp.Poll(`document.getElementById("followup-message").textContent.startsWith("Wrong passphrase")`, nil),
		chromedp.Text("#followup-message", &message, chromedp.ByID))
	t.Logf("a wrong passphrase says: %s", message)
	shot(t, ctx, "unlock-wrong.png")

	var title, marked string
	run("the right passphrase",
		unlock(testPass, false),
		chromedp.WaitReady("footer", chromedp.ByQuery),
		chromedp.Title(&title),
		// followup.js ran on the opened page: it marks what is overdue.
		chromedp.Poll(`(() => {
			const t = Array.from(document.querySelectorAll("[data-badge]"), e => e.textContent).filter(Boolean).join("|");
			return t || false;
		})()`, &marked))
	shot(t, ctx, "unlock-dashboard.png")
	if !strings.Contains(title, "Jordan") {
		t.Errorf("the opened dashboard's title is %q", title)
	}
	if !strings.Contains(marked, "overdue by") && !strings.Contains(marked, "due ") {
		t.Errorf("no live date on the opened dashboard: %q", marked)
	}

	var h1 string
	run("an application page, without the passphrase again",
		follow(`main a[href*="/applications/"]`, "footer"),
		// Read by script, not by node: the opened page is written into
		// the document, which leaves the browser's node ids behind.
		chromedp.Poll(`(() => { const h = document.querySelector("h1"); return h ? h.textContent : false })()`, &h1,
			chromedp.WithPollingTimeout(30*time.Second)))
	if h1 == "" || strings.Contains(h1, "Encrypted") {
		t.Errorf("the application page shows %q", h1)
	}

	var pdf []byte
	run("a script page, printed",
		follow(`main a[href*="/scripts/"]:not([href$="/text/"])`, "footer"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = cdppage.PrintToPDF().WithPaperWidth(8.27).WithPaperHeight(11.69).Do(ctx)
			return err
		}))
	if n := len(regexp.MustCompile(`/Type\s*/Page\b[^s]`).FindAll(pdf, -1)); n != 1 {
		t.Errorf("the opened script page prints on %d A4 pages, want 1", n)
	}

	// The link is followed by Navigate, which waits for the new page: a
	// click could let the wait below find the script page's own text.
	var text, href string
	run("a plain-text script",
		chromedp.Evaluate(`document.querySelector('a[href$="/text/"]').href`, &href),
		chromedp.ActionFunc(func(ctx context.Context) error { return chromedp.Navigate(href).Do(ctx) }),
		chromedp.Poll(`(() => { const p = document.querySelector("pre"); return p ? p.textContent : false })()`, &text,
			chromedp.WithPollingTimeout(30*time.Second)))
	if !strings.Contains(text, "Jordan Lee") {
		t.Errorf("the plain-text script reads %q", text)
	}

	var stored string
	var kept []keptKey
	run("lock",
		chromedp.Click("#followup-lock", chromedp.ByID),
		chromedp.WaitVisible("#followup-passphrase", chromedp.ByID),
		chromedp.Evaluate(`Object.keys(sessionStorage).concat(Object.keys(localStorage)).join(",")`, &stored),
		await(keptKeys, &kept))
	if stored != "" || len(kept) != 0 {
		t.Errorf("after lock, the browser still keeps %q and %d keys in IndexedDB", stored, len(kept))
	}

	run("remember on this device",
		chromedp.Navigate(s.base+"calls/"),
		unlock(testPass, true),
		chromedp.WaitReady("footer", chromedp.ByQuery),
		chromedp.Evaluate(`Object.values(sessionStorage).concat(Object.values(localStorage)).join(",")`, &stored),
		await(keptKeys, &kept))
	if stored != "" {
		t.Errorf("a remembered key is also kept as text: %q", stored)
	}
	if len(kept) != 1 || kept[0] != (keptKey{Type: "CryptoKey", Algorithm: "AES-GCM", Export: "InvalidAccessError"}) {
		t.Errorf("IndexedDB keeps %+v, want one AES-GCM CryptoKey that cannot be exported", kept)
	}
	// A new session (sessionStorage cleared) opens with the remembered key.
	run("a new visit",
		chromedp.Evaluate(`sessionStorage.clear()`, nil),
		chromedp.Navigate(s.base+"timeline/"),
		chromedp.WaitReady("footer", chromedp.ByQuery))
}

// keptKey is what the page can tell of a key remembered in IndexedDB.
type keptKey struct {
	Type, Algorithm string
	Extractable     bool
	Export          string // what exporting it gives: the error's name, or "exported"
}

// keptKeys is a script that lists the keys unlock.js remembers, as keptKey.
const keptKeys = `new Promise((resolve, reject) => {
	const req = indexedDB.open("followup", 1);
	req.onupgradeneeded = () => req.result.createObjectStore("keys");
	req.onerror = () => reject(req.error);
	req.onsuccess = () => {
		const db = req.result, all = db.transaction("keys").objectStore("keys").getAll();
		all.onsuccess = async () => {
			db.close();
			resolve(await Promise.all(all.result.map(async (v) => ({
				type: v.key.constructor.name, algorithm: v.key.algorithm && v.key.algorithm.name, extractable: v.key.extractable,
				export: await crypto.subtle.exportKey("raw", v.key).then(() => "exported", (e) => e.name),
			}))));
		};
	};
})`

// TestBrowserRunsTheVectors has WebCrypto, through unlock.js, open the
// test vectors that the Go side opens in TestVectors.
func TestBrowserRunsTheVectors(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	s := serveSealed(t)
	ctx := browsertest.New(t, 800, 600)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(s.base), chromedp.WaitVisible("#followup-passphrase", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	for _, v := range readVectors(t) {
		t.Run(v.Name, func(t *testing.T) {
			args, _ := json.Marshal(v)
			var got struct{ Key, Check, Result, Text string }
			js := fmt.Sprintf(`(async (v) => {
				const u = window.followupUnlock;
				const salt = new Uint8Array(v.salt.match(/../g).map(h => parseInt(h, 16)));
				const hex = (b) => Array.from(b, x => x.toString(16).padStart(2, "0")).join("");
				const keys = await u.deriveKey(v.passphrase, salt, v.iterations);
				const r = {key: hex(keys.key), check: hex(keys.check)};
				try {
					return Object.assign(r, {result: "open", text: await u.open(keys, v.envelope, v.at)});
				} catch (e) {
					return Object.assign(r, {result: e.reason || "error", text: String(e)});
				}
			})(%s)`, args)
			if err := chromedp.Run(ctx, await(js, &got)); err != nil {
				t.Fatal(err)
			}
			if got.Key != v.Key || got.Check != v.Check {
				t.Errorf("WebCrypto's K_enc = %s and check value %s, want %s and %s", got.Key, got.Check, v.Key, v.Check)
			}
			if got.Result != v.Expect {
				t.Fatalf("WebCrypto: %s (%s), want %s", got.Result, got.Text, v.Expect)
			}
			if v.Expect == "open" && got.Text != v.Plaintext {
				t.Errorf("WebCrypto opens to %q, want %q", got.Text, v.Plaintext)
			}
		})
	}
}

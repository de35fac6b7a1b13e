package seal_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
	"github.com/followup-dev/followup/generator/seal"
)

// TestBrowserRefusesSwappedAndDamagedPages copies one application page of
// the encrypted example over another and flips one bit of a third: with
// the key saved by unlocking the dashboard, and with the passphrase typed
// on the page itself, neither opens, and each says why rather than that
// the passphrase is wrong.
func TestBrowserRefusesSwappedAndDamagedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	s := serveSealed(t)
	var apps []string
	for name := range s.files {
		if strings.HasPrefix(name, "applications/") && strings.Count(name, "/") == 2 && strings.HasSuffix(name, "/index.html") {
			apps = append(apps, name)
		}
	}
	if len(apps) < 3 {
		t.Fatalf("only %d application pages", len(apps))
	}
	slices.Sort(apps)
	moved, damaged := apps[0], apps[2]
	s.files[apps[0]], s.files[apps[1]] = s.files[apps[1]], s.files[apps[0]]
	s.files[damaged] = flipBit(t, s.files[damaged])

	ctx := browsertest.New(t, 1024, 768)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	says := func(page, want string, actions ...chromedp.Action) {
		t.Helper()
		var message string
		all := append([]chromedp.Action{chromedp.Navigate(s.base + strings.TrimSuffix(page, "index.html"))}, actions...)
		all = append(all, chromedp.Poll(`document.getElementById("followup-message") && document.getElementById("followup-message").textContent.startsWith(`+strconv.Quote(want)+`)`, nil),
			chromedp.Text("#followup-message", &message, chromedp.ByID))
		if err := chromedp.Run(ctx, all...); err != nil {
			t.Fatalf("%s: %v (want a message starting %q)", page, err, want)
		}
		var footer bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(`!!document.querySelector("footer")`, &footer)); err != nil || footer {
			t.Errorf("%s opened (%v)", page, err)
		}
		t.Logf("%s says: %s", page, message)
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(s.base), unlock(testPass, false), chromedp.WaitReady("footer", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	says(moved, "This page was made for another address")
	says(damaged, "This page is damaged")
	if err := chromedp.Run(ctx, chromedp.Evaluate(`sessionStorage.clear(); localStorage.clear()`, nil)); err != nil {
		t.Fatal(err)
	}
	says(damaged, "This page is damaged", unlock(testPass, false))
}

// flipBit returns the unlock page with one bit of its ciphertext flipped.
func flipBit(t *testing.T, page []byte) []byte {
	t.Helper()
	env, err := seal.Unwrap(page)
	if err != nil {
		t.Fatal(err)
	}
	was, _ := json.Marshal(env)
	env.CT[len(env.CT)/2] ^= 0x10
	now, _ := json.Marshal(env)
	if !bytes.Contains(page, was) {
		t.Fatal("the unlock page does not hold its envelope as JSON")
	}
	return bytes.Replace(page, was, now, 1)
}

// TestBrowserRefusesAChangedScript changes the clear followup.js of the
// encrypted example, as whoever can push to the published site could: the
// opened page, which pins the script's hash, does not run it.
func TestBrowserRefusesAChangedScript(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	s := serveSealed(t)
	s.files["assets/followup.js"] = append(bytes.Clone(s.files["assets/followup.js"]), "\nwindow.followupChanged = true;\n"...)
	ctx := browsertest.New(t, 1024, 768)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(s.base), unlock(testPass, false), chromedp.WaitReady("footer", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // the script would have run by now
	var changed, marked bool
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`window.followupChanged === true`, &changed),
		chromedp.Evaluate(`Array.from(document.querySelectorAll("[data-badge]"), e => e.textContent).join("") !== ""`, &marked),
	); err != nil {
		t.Fatal(err)
	}
	if changed || marked {
		t.Errorf("the changed script ran on the opened page (its line ran: %v; it marked dates: %v)", changed, marked)
	}
}

package seal_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
	"github.com/followup-dev/followup/generator/seal"
)

// BenchmarkUnlockInChromium measures what typing the passphrase costs in
// headless Chromium: the key derivation (PBKDF2 at seal.Iterations, then
// HKDF) and opening the dashboard's envelope, through unlock.js.
func BenchmarkUnlockInChromium(b *testing.B) {
	s := serveSealed(b)
	ctx := browsertest.New(b, 800, 600)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(s.base), chromedp.WaitVisible("#followup-passphrase", chromedp.ByID)); err != nil {
		b.Fatal(err)
	}
	js := `(async () => {
		const u = window.followupUnlock;
		const env = JSON.parse(document.getElementById("followup-sealed").textContent);
		const key = await u.deriveKey(` + "`" + testPass + "`" + `, u.bytes(env.salt), env.iter);
		return (await u.open(key, env)).length;
	})()`
	b.ResetTimer()
	for range b.N {
		var n int
		if err := chromedp.Run(ctx, await(js, &n)); err != nil || n == 0 {
			b.Fatalf("unlock: %d bytes, %v", n, err)
		}
	}
}

// BenchmarkDeriveKeys measures the Go side's key derivation, once per build.
func BenchmarkDeriveKeys(b *testing.B) {
	for range b.N {
		if _, err := seal.DeriveKeys(testPass, testSalt, seal.Iterations, 0); err != nil {
			b.Fatal(err)
		}
	}
}

package seal_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/followup-dev/followup/generator/seal"
)

var testSalt = []byte("0123456789abcdef")

func keys(t testing.TB, pass string, feedVersion int) *seal.Keys {
	t.Helper()
	k, err := seal.DeriveKeys(pass, testSalt, seal.Iterations, feedVersion)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestNonceFollowsPathAndContent(t *testing.T) {
	k := keys(t, "pass", 0)
	a := k.Seal("index.html", seal.TypeHTML, []byte("<p>a</p>"))
	if b := k.Seal("index.html", seal.TypeHTML, []byte("<p>a</p>")); !bytes.Equal(a.Nonce, b.Nonce) || !bytes.Equal(a.CT, b.CT) {
		t.Error("the same file sealed twice gives two envelopes")
	}
	if b := k.Seal("index.html", seal.TypeHTML, []byte("<p>b</p>")); bytes.Equal(a.Nonce, b.Nonce) {
		t.Error("two contents at one path share a nonce")
	}
	if b := k.Seal("404.html", seal.TypeHTML, []byte("<p>a</p>")); bytes.Equal(a.Nonce, b.Nonce) {
		t.Error("one content at two paths shares a nonce")
	}
	if b := k.Seal("index.html", seal.TypeText, []byte("<p>a</p>")); bytes.Equal(a.Nonce, b.Nonce) {
		t.Error("one content at one path as two types shares a nonce")
	}
	// The length prefix keeps the path and the content apart.
	x := k.Seal("ab", seal.TypeHTML, []byte("c"))
	if y := k.Seal("a", seal.TypeHTML, []byte("bc")); bytes.Equal(x.Nonce, y.Nonce) {
		t.Error(`("ab", "c") and ("a", "bc") share a nonce`)
	}
}

func TestWrongKeyFails(t *testing.T) {
	env := keys(t, "right", 0).Seal("index.html", seal.TypeHTML, []byte("<p>secret</p>"))
	if got, err := keys(t, "wrong", 0).Open("index.html", env); !errors.Is(err, seal.ErrWrongKey) {
		t.Errorf("Open with another passphrase = %q, %v; want ErrWrongKey", got, err)
	}
	other, err := seal.DeriveKeys("right", []byte("fedcba9876543210"), seal.Iterations, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Open("index.html", env); !errors.Is(err, seal.ErrWrongKey) {
		t.Errorf("Open with another salt: %v; want ErrWrongKey", err)
	}
}

func TestFeedVersionMovesFeedsOnly(t *testing.T) {
	v0, v1 := keys(t, "pass", 0), keys(t, "pass", 1)
	if v0.FeedToken("") == v1.FeedToken("") || v0.FeedToken("acme") == v1.FeedToken("acme") {
		t.Error("a new feed secret version keeps a feed's address")
	}
	if v0.ID("acme", "") != v1.ID("acme", "") || v0.ID("acme", "check-in/r1") != v1.ID("acme", "check-in/r1") {
		t.Error("a new feed secret version moves the pages")
	}
	if !bytes.Equal(v0.EncryptionKey(), v1.EncryptionKey()) {
		t.Error("a new feed secret version changes the page key")
	}
	if got := len(v0.FeedToken("acme")); got != 32 {
		t.Errorf("a feed token has %d hex digits, want 32 (128 bits)", got)
	}
}

func TestIDsDependOnThePassphrase(t *testing.T) {
	a, b := keys(t, "one", 0), keys(t, "two", 0)
	if a.ID("acme", "") == b.ID("acme", "") || a.ID("acme", "x") == b.ID("acme", "x") || a.FeedToken("") == b.FeedToken("") {
		t.Error("an id or a feed address does not change with the passphrase")
	}
	if a.ID("acme", "") == a.ID("acme", "x") || a.ID("ac", "me") == a.ID("acme", "") {
		t.Error("two different addresses share an id")
	}
}

func TestDeriveKeysRefuses(t *testing.T) {
	if _, err := seal.DeriveKeys("", testSalt, seal.Iterations, 0); err == nil {
		t.Error("an empty passphrase derives keys")
	}
	if _, err := seal.DeriveKeys("p", testSalt[:8], seal.Iterations, 0); err == nil {
		t.Error("an 8-byte salt derives keys")
	}
}

// TestSwappedPagesDoNotOpen copies the envelope of one page over another:
// at the other's address it does not open, whether its path says where it
// was sealed for (moved) or was rewritten to the new address (damaged,
// since the path is authenticated). The not-found page opens anywhere.
func TestSwappedPagesDoNotOpen(t *testing.T) {
	k := keys(t, "pass", 0)
	a, b := "applications/0123456789abcdef/index.html", "applications/fedcba9876543210/index.html"
	envA := k.Seal(a, seal.TypeHTML, []byte("<p>Acme</p>"))
	envB := k.Seal(b, seal.TypeHTML, []byte("<p>Globex</p>"))
	if got, err := k.Open(a, envA); err != nil || string(got) != "<p>Acme</p>" {
		t.Fatalf("at its own address: %q, %v", got, err)
	}
	if got, err := k.Open(a, envB); !errors.Is(err, seal.ErrMoved) {
		t.Errorf("B at A's address = %q, %v; want ErrMoved", got, err)
	}
	envB.Path = a
	if got, err := k.Open(a, envB); !errors.Is(err, seal.ErrDamaged) {
		t.Errorf("B relabelled as A = %q, %v; want ErrDamaged", got, err)
	}
	nf := k.Seal(seal.NotFoundPage, seal.TypeHTML, []byte("<p>Not found</p>"))
	if got, err := k.Open("no/such/page/index.html", nf); err != nil || string(got) != "<p>Not found</p>" {
		t.Errorf("the not-found page elsewhere: %q, %v", got, err)
	}
}

// TestFlippedByteIsDamaged flips one bit of each part of an envelope: with
// the right passphrase each is damaged, never a wrong passphrase; with a
// wrong one it is the passphrase that is wrong.
func TestFlippedByteIsDamaged(t *testing.T) {
	k, wrong := keys(t, "right", 0), keys(t, "wrong", 0)
	const at = "index.html"
	for _, c := range []struct {
		name   string
		tamper func(e *seal.Envelope)
	}{
		{"FirstByteOfCiphertext", func(e *seal.Envelope) { e.CT[0] ^= 1 }},
		{"LastByteOfCiphertext", func(e *seal.Envelope) { e.CT[len(e.CT)-17] ^= 0x80 }},
		{"Tag", func(e *seal.Envelope) { e.CT[len(e.CT)-1] ^= 1 }},
		{"Nonce", func(e *seal.Envelope) { e.Nonce[11] ^= 1 }},
		{"Type", func(e *seal.Envelope) { e.Type = seal.TypeText }},
		{"Truncated", func(e *seal.Envelope) { e.CT = e.CT[:len(e.CT)-1] }},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := k.Seal(at, seal.TypeHTML, []byte("<p>secret</p>"))
			c.tamper(&env)
			if got, err := k.Open(at, env); !errors.Is(err, seal.ErrDamaged) {
				t.Errorf("Open = %q, %v; want ErrDamaged", got, err)
			}
			if _, err := wrong.Open(at, env); !errors.Is(err, seal.ErrWrongKey) {
				t.Errorf("Open with a wrong passphrase: %v; want ErrWrongKey", err)
			}
		})
	}
}

package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
)

// Iterations is the PBKDF2 iteration count of every site: OWASP's figure
// for PBKDF2-HMAC-SHA256 in 2023.
const Iterations = 600_000

// SaltSize is the length of a site's salt in bytes.
const SaltSize = 16

// Version is the version of the envelope Seal writes and Open reads.
const Version = 2

// NotFoundPage is the one sealed page that opens at any address: the host
// serves it wherever no file is.
const NotFoundPage = "404.html"

// Why Open refuses an envelope made with a site's passphrase and salt.
var (
	// ErrWrongKey: the envelope was sealed under another passphrase or
	// salt (its check value is not the keys').
	ErrWrongKey = errors.New("seal: the envelope does not open with this passphrase")
	// ErrDamaged: the check value is the keys', but the envelope was
	// changed since it was sealed (a byte of it, its type or its path).
	ErrDamaged = errors.New("seal: the envelope was changed since it was sealed: the page is damaged")
	// ErrMoved: the envelope was sealed for another address than the
	// one it was found at, as when one page is copied over another.
	ErrMoved = errors.New("seal: the envelope was sealed for another address")
)

// Keys are the keys of one site, derived from its passphrase and salt.
type Keys struct {
	salt  []byte
	iter  int
	enc   []byte // K_enc, kept for the test vectors
	aead  cipher.AEAD
	non   []byte // K_nonce
	check []byte // the key check value
	id    []byte // K_id
	feed  []byte // K_feed
}

// DeriveKeys derives the keys of a site from its passphrase, its salt
// (SaltSize bytes), the PBKDF2 iteration count (Iterations for a site) and
// the feed secret version.
func DeriveKeys(passphrase string, salt []byte, iter, feedVersion int) (*Keys, error) {
	if passphrase == "" {
		return nil, errors.New("seal: empty passphrase")
	}
	if len(salt) != SaltSize {
		return nil, fmt.Errorf("seal: salt of %d bytes, want %d", len(salt), SaltSize)
	}
	m, err := pbkdf2.Key(sha256.New, passphrase, salt, iter, 32)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	k := &Keys{salt: append([]byte(nil), salt...), iter: iter}
	sub := func(info string) []byte {
		if err != nil {
			return nil
		}
		var b []byte
		b, err = hkdf.Key(sha256.New, m, nil, info, 32)
		return b
	}
	k.enc = sub("followup v2 encryption")
	k.non = sub("followup v2 nonce")
	if k.check = sub("followup v2 check"); k.check != nil {
		k.check = k.check[:checkSize]
	}
	k.id = sub("followup v1 id")
	k.feed = sub("followup v1 feed " + strconv.Itoa(feedVersion))
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	block, err := aes.NewCipher(k.enc)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	if k.aead, err = cipher.NewGCM(block); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return k, nil
}

// Envelope is one sealed file, as the unlock page carries it in JSON.
type Envelope struct {
	V     int    `json:"v"`
	KDF   string `json:"kdf"`
	Iter  int    `json:"iter"`
	Salt  []byte `json:"salt"`
	Check []byte `json:"check"` // the key check value of the keys it was sealed with
	Path  string `json:"path"`  // the address it was sealed for
	Nonce []byte `json:"nonce"`
	Type  string `json:"type"`
	CT    []byte `json:"ct"`
}

// checkSize is the length of the key check value in bytes.
const checkSize = 16

// Types of sealed files.
const (
	TypeHTML = "html" // a page: the browser replaces the document by it
	TypeText = "text" // a plain-text script: the browser shows it as text
)

// additionalData is the data GCM authenticates beside the content of a
// file of type typ published at path.
func additionalData(typ, path string) []byte {
	return []byte("followup v2\x00" + typ + "\x00" + path)
}

// Seal encrypts the content of the file published at path, of type typ.
// The same path, type and content always give the same envelope.
func (k *Keys) Seal(path, typ string, content []byte) Envelope {
	ad := additionalData(typ, path)
	mac := hmac.New(sha256.New, k.non)
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(ad)))
	mac.Write(n[:])
	mac.Write(ad)
	mac.Write(content)
	nonce := mac.Sum(nil)[:k.aead.NonceSize()]
	return Envelope{
		V: Version, KDF: "pbkdf2-sha256", Iter: k.iter, Salt: k.salt, Check: k.check, Path: path,
		Nonce: nonce, Type: typ, CT: k.aead.Seal(nil, nonce, content, ad),
	}
}

// Open decrypts the envelope found at the address at, made by Seal with
// the same keys for that address (or for NotFoundPage). It fails with
// ErrMoved for an envelope sealed for another address, ErrWrongKey for one
// sealed under other keys and ErrDamaged for one changed since.
func (k *Keys) Open(at string, e Envelope) ([]byte, error) {
	if e.V != Version || len(e.Nonce) != k.aead.NonceSize() {
		return nil, fmt.Errorf("seal: envelope version %d with a nonce of %d bytes, want version %d and 12 bytes", e.V, len(e.Nonce), Version)
	}
	if e.Path != at && e.Path != NotFoundPage {
		return nil, ErrMoved
	}
	pt, err := k.aead.Open(nil, e.Nonce, e.CT, additionalData(e.Type, e.Path))
	switch {
	case err == nil:
		return pt, nil
	case hmac.Equal(e.Check, k.check):
		return nil, ErrDamaged
	}
	return nil, ErrWrongKey
}

// ID returns the opaque id of a record's slug, or of an action of it when
// action is not empty: 16 hex digits.
func (k *Keys) ID(slug, action string) string {
	if action == "" {
		return k.mac(k.id, 8, "app", slug)
	}
	return k.mac(k.id, 8, "action", slug, action)
}

// FeedToken returns the secret part of a feed's address: 32 hex digits.
// The site's feed is FeedToken(""), an application's FeedToken(slug).
func (k *Keys) FeedToken(slug string) string {
	if slug == "" {
		return k.mac(k.feed, 16, "site")
	}
	return k.mac(k.feed, 16, "app", slug)
}

// mac returns the first n bytes, in hex, of the HMAC under key of the
// parts joined by zero bytes.
func (k *Keys) mac(key []byte, n int, parts ...string) string {
	h := hmac.New(sha256.New, key)
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:n])
}

// EncryptionKey returns K_enc, what the browser keeps to open pages.
func (k *Keys) EncryptionKey() []byte { return append([]byte(nil), k.enc...) }

// CheckValue returns the key check value the envelopes carry.
func (k *Keys) CheckValue() []byte { return append([]byte(nil), k.check...) }

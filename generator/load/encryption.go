package load

import (
	"crypto/rand"
	"encoding/hex"
	"math"

	"github.com/followup-dev/followup/generator/model"
)

// SaltSize is the length in bytes of publish.salt, written as hex digits.
const SaltSize = 16

// encryption reads the keys of publish: that say how a build is encrypted:
// encrypt, salt and feed_secret_version. A site that turns encryption on
// needs its salt.
func (d *decoder) encryption(f fields, p *model.Publish) {
	p.Encrypt, _ = d.boolean(f, "encrypt")
	p.FeedSecretVersion, _ = d.integer(f, "feed_secret_version", 0, math.MaxInt32)
	if v := d.scalar(f, "salt"); v != nil {
		b, err := hex.DecodeString(v.Value)
		if err != nil || len(b) != SaltSize {
			d.errorf(v, `"salt" should be %d hex digits (%d random bytes), such as %s`, 2*SaltSize, SaltSize, NewSalt())
		} else {
			p.Salt = b
		}
		return
	}
	if p.Encrypt && f.node != nil {
		d.errorf(f.node, `"encrypt" is true but "salt" is missing: add salt: %s under publish (%d random bytes made for this site, kept so that rebuilds derive the same keys)`, NewSalt(), SaltSize)
	}
}

// NewSalt returns a fresh random salt as publish.salt writes it.
func NewSalt() string {
	b := make([]byte, SaltSize)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}

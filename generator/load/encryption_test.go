package load

import (
	"bytes"
	"regexp"
	"testing"
)

func TestEncryptionSettings(t *testing.T) {
	s, errs := SettingsFile("content/site.yaml", []byte("base_url: https://x.example/\n"+
		"publish:\n  encrypt: true\n  salt: 00112233445566778899AABBCCDDEEFF\n  feed_secret_version: 3\n"))
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	want := []byte{0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff}
	if !s.Publish.Encrypt || !bytes.Equal(s.Publish.Salt, want) || s.Publish.FeedSecretVersion != 3 {
		t.Errorf("publish = %+v", s.Publish)
	}
}

func TestEncryptionSettingsErrors(t *testing.T) {
	const base = "base_url: https://x.example/\n"
	// A fresh salt is suggested: 32 hex digits, different every time.
	salt := `[0-9a-f]{32}`
	cases := []struct{ name, text, want string }{
		{"ErrNoSalt", base + "publish:\n  encrypt: true\n",
			`^content/site\.yaml:3:3: "encrypt" is true but "salt" is missing: add salt: ` + salt + ` under publish`},
		{"ErrShortSalt", base + "publish: {salt: 0011}\n",
			`^content/site\.yaml:2:17: "salt" should be 32 hex digits \(16 random bytes\), such as ` + salt + `$`},
		{"ErrSaltNotHex", base + "publish: {salt: 0011223344556677889XAABBCCDDEEFF}\n",
			`^content/site\.yaml:2:17: "salt" should be 32 hex digits`},
		{"ErrFeedVersion", base + "publish: {feed_secret_version: -1}\n",
			`^content/site\.yaml:2:32: "feed_secret_version" should be a whole number from 0 to`},
		{"ErrEncryptNotBool", base + "publish: {encrypt: yes please}\n",
			`^content/site\.yaml:2:20: "encrypt" should be true or false`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := SettingsFile("content/site.yaml", []byte(c.text))
			if len(errs) != 1 || !regexp.MustCompile(c.want).MatchString(errs[0].Error()) {
				t.Errorf("errors %v, want one matching %s", errs, c.want)
			}
		})
	}
}

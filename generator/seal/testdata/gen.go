//go:build ignore

// gen writes the test vectors of the envelope into testdata/vectors/: run
// it from generator/seal with `go run ./testdata/gen.go`. Each vector says
// what opening it must give (expect:), for the Go and the browser side.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"

	"github.com/followup-dev/followup/generator/seal"
)

type vector struct {
	name, comment, pass, sealPass, path, typ, content, expect string
	tamper                                                    func(*seal.Envelope)
}

func main() {
	salt, _ := hex.DecodeString("00112233445566778899aabbccddeeff")
	vs := []vector{
		{name: "page", comment: "A page opens to its exact bytes.", pass: "correct horse battery staple",
			path: "index.html", typ: "html", content: "<!DOCTYPE html>\n<title>Jordan's job hunt</title>\n<p>Acme Robotics & Lee Park</p>\n"},
		{name: "text", comment: "A plain-text script with CRLF, accents and a character outside the BMP.", pass: "pässwörd 🔑",
			path: "applications/0123456789abcdef/scripts/fedcba9876543210/text/index.html", typ: "text", content: "Subject: Merci, Zoë\r\n\r\nÀ bientôt 😀\r\n"},
		{name: "empty", comment: "An empty file.", pass: "x", path: "404.html", typ: "html", content: ""},
		{name: "wrong-passphrase", comment: "Sealed under another passphrase: GCM's tag check fails.", pass: "correct horse battery stapler",
			sealPass: "correct horse battery staple", path: "index.html", typ: "html", content: "<p>secret</p>", expect: "wrong key"},
		{name: "tampered", comment: "One bit of the ciphertext flipped.", pass: "correct horse battery staple",
			path: "index.html", typ: "html", content: "<p>secret</p>", expect: "wrong key",
			tamper: func(e *seal.Envelope) { e.CT[0] ^= 1 }},
		{name: "wrong-type", comment: "The type is authenticated data: a page relabelled as text does not open.", pass: "correct horse battery staple",
			path: "index.html", typ: "html", content: "<p>secret</p>", expect: "wrong key",
			tamper: func(e *seal.Envelope) { e.Type = "text" }},
	}
	for _, v := range vs {
		sp := v.sealPass
		if sp == "" {
			sp = v.pass
		}
		k, err := seal.DeriveKeys(sp, salt, seal.Iterations, 0)
		if err != nil {
			log.Fatal(err)
		}
		env := k.Seal(v.path, v.typ, []byte(v.content))
		if v.tamper != nil {
			v.tamper(&env)
		}
		j, err := json.Marshal(env)
		if err != nil {
			log.Fatal(err)
		}
		expect := v.expect
		if expect == "" {
			expect = "open " + strconv.Quote(v.content)
		}
		own, err := seal.DeriveKeys(v.pass, salt, seal.Iterations, 0)
		if err != nil {
			log.Fatal(err)
		}
		text := fmt.Sprintf("# %s\npassphrase: %s\nsalt: %x\niterations: %d\npath: %s\nkey: %x\nenvelope: %s\nexpect: %s\n",
			v.comment, strconv.Quote(v.pass), salt, seal.Iterations, v.path, own.EncryptionKey(), j, expect)
		if err := os.WriteFile(filepath.Join("testdata", "vectors", v.name+".txt"), []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

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
	name, comment, pass, sealPass, path, at, typ, content, expect string
	tamper                                                        func(*seal.Envelope)
}

func main() {
	salt, _ := hex.DecodeString("00112233445566778899aabbccddeeff")
	const pass = "correct horse battery staple"
	const a, b = "applications/0123456789abcdef/index.html", "applications/fedcba9876543210/index.html"
	vs := []vector{
		{name: "page", comment: "A page opens to its exact bytes.", pass: pass,
			path: "index.html", typ: "html", content: "<!DOCTYPE html>\n<title>Jordan's job hunt</title>\n<p>Acme Robotics & Lee Park</p>\n"},
		{name: "text", comment: "A plain-text script with CRLF, accents and a character outside the BMP.", pass: "pässwörd 🔑",
			path: "applications/0123456789abcdef/scripts/fedcba9876543210/text/index.html", typ: "text", content: "Subject: Merci, Zoë\r\n\r\nÀ bientôt 😀\r\n"},
		{name: "empty", comment: "An empty file.", pass: "x", path: "404.html", typ: "html", content: ""},
		{name: "not-found", comment: "The not-found page, which the host serves wherever no file is, opens at any address.", pass: pass,
			path: "404.html", at: a, typ: "html", content: "<p>No such page</p>"},
		{name: "wrong-passphrase", comment: "Sealed under another passphrase: the check value is not this passphrase's.", pass: "correct horse battery stapler",
			sealPass: pass, path: "index.html", typ: "html", content: "<p>secret</p>", expect: "wrong passphrase"},
		{name: "tampered", comment: "One bit of the ciphertext flipped: the check value is the passphrase's, GCM's tag check fails.", pass: pass,
			path: "index.html", typ: "html", content: "<p>secret</p>", expect: "damaged",
			tamper: func(e *seal.Envelope) { e.CT[0] ^= 1 }},
		{name: "wrong-type", comment: "The type is authenticated: a page relabelled as text is damaged.", pass: pass,
			path: "index.html", typ: "html", content: "<p>secret</p>", expect: "damaged",
			tamper: func(e *seal.Envelope) { e.Type = "text" }},
		{name: "swapped", comment: "The page sealed for B, found at A (copied over it): it was sealed for another address.", pass: pass,
			path: b, at: a, typ: "html", content: "<p>Globex</p>", expect: "moved"},
		{name: "relabelled", comment: "The page sealed for B, its path rewritten to A and found there: the path is authenticated, so it is damaged.", pass: pass,
			path: b, at: a, typ: "html", content: "<p>Globex</p>", expect: "damaged",
			tamper: func(e *seal.Envelope) { e.Path = a }},
	}
	for _, v := range vs {
		write(v, salt)
	}
}

// write seals the vector v under salt and writes its file.
func write(v vector, salt []byte) {
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
	at := v.at
	if at == "" {
		at = v.path
	}
	own, err := seal.DeriveKeys(v.pass, salt, seal.Iterations, 0)
	if err != nil {
		log.Fatal(err)
	}
	text := fmt.Sprintf("# %s\npassphrase: %s\nsalt: %x\niterations: %d\nat: %s\nkey: %x\ncheck: %x\nenvelope: %s\nexpect: %s\n",
		v.comment, strconv.Quote(v.pass), salt, seal.Iterations, at, own.EncryptionKey(), own.CheckValue(), j, expect)
	if err := os.WriteFile(filepath.Join("testdata", "vectors", v.name+".txt"), []byte(text), 0o644); err != nil {
		log.Fatal(err)
	}
}

package seal_test

import (
	"bytes"
	"crypto/sha512"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/seal"
)

// sri is the Subresource Integrity metadata of data as the W3C
// recommendation writes it with SHA-384: the algorithm, a hyphen and the
// base64 of the digest.
func sri(data []byte) string {
	sum := sha512.Sum384(data)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
}

// TestPagesPinTheirAssets opens every page of the encrypted example and
// finds its script and style sheet pinned to the bytes of the files the
// build holds, and the plain-text scripts untouched.
func TestPagesPinTheirAssets(t *testing.T) {
	files, _, _ := sealed(t, exampleSource(t), testPass)
	k := keys(t, testPass, 0)
	want := []string{
		`<script src="/job-hunt/assets/followup.js" integrity="` + sri(files["assets/followup.js"]) + `" defer></script>`,
		`<link rel="stylesheet" href="/job-hunt/assets/style.css" integrity="` + sri(files["assets/style.css"]) + `">`,
	}
	pages := 0
	for name, data := range files {
		if !bytes.Contains(data, []byte(`id="followup-sealed"`)) {
			continue
		}
		env, err := seal.Unwrap(data)
		if err != nil {
			t.Fatal(err)
		}
		page, err := k.Open(name, env)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if env.Type == seal.TypeText {
			if bytes.Contains(page, []byte("integrity=")) {
				t.Errorf("%s: a plain-text script got an integrity attribute", name)
			}
			continue
		}
		pages++
		for _, w := range want {
			if !strings.Contains(string(page), w) {
				t.Errorf("%s lacks %s", name, w)
			}
		}
	}
	if pages < 30 {
		t.Errorf("only %d pages checked", pages)
	}
}

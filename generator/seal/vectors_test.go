package seal_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/seal"
)

// vector is one file of testdata/vectors, made by testdata/gen.go.
type vector struct {
	Name       string          `json:"name"`
	Passphrase string          `json:"passphrase"`
	Salt       string          `json:"salt"` // hex
	Iterations int             `json:"iterations"`
	At         string          `json:"at"`    // the address it is found at
	Key        string          `json:"key"`   // K_enc, hex
	Check      string          `json:"check"` // the key check value, hex
	Envelope   json.RawMessage `json:"envelope"`
	Expect     string          `json:"expect"` // "wrong passphrase", "damaged", "moved", or "open" and Plaintext
	Plaintext  string          `json:"plaintext"`
}

// readVectors parses every vector of testdata/vectors.
func readVectors(t testing.TB) []vector {
	t.Helper()
	files, err := filepath.Glob("testdata/vectors/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no vectors in testdata/vectors (%v)", err)
	}
	var vs []vector
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v := vector{Name: strings.TrimSuffix(filepath.Base(f), ".txt")}
		for line := range strings.Lines(string(data)) {
			line = strings.TrimSuffix(line, "\n")
			if strings.HasPrefix(line, "#") || line == "" {
				continue
			}
			key, val, ok := strings.Cut(line, ": ")
			if !ok {
				t.Fatalf("%s: line %q is not key: value", f, line)
			}
			switch key {
			case "passphrase":
				v.Passphrase, err = strconv.Unquote(val)
			case "salt":
				v.Salt = val
			case "iterations":
				v.Iterations, err = strconv.Atoi(val)
			case "at":
				v.At = val
			case "key":
				v.Key = val
			case "check":
				v.Check = val
			case "envelope":
				v.Envelope = json.RawMessage(val)
			case "expect":
				if rest, ok := strings.CutPrefix(val, "open "); ok {
					v.Expect = "open"
					v.Plaintext, err = strconv.Unquote(rest)
				} else {
					v.Expect = val
				}
			default:
				t.Fatalf("%s: unknown key %q", f, key)
			}
			if err != nil {
				t.Fatalf("%s: %s: %v", f, key, err)
			}
		}
		vs = append(vs, v)
	}
	return vs
}

func TestVectors(t *testing.T) {
	for _, v := range readVectors(t) {
		t.Run(v.Name, func(t *testing.T) {
			salt, err := hex.DecodeString(v.Salt)
			if err != nil {
				t.Fatal(err)
			}
			k, err := seal.DeriveKeys(v.Passphrase, salt, v.Iterations, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := hex.EncodeToString(k.EncryptionKey()); got != v.Key {
				t.Errorf("K_enc = %s, want %s", got, v.Key)
			}
			if got := hex.EncodeToString(k.CheckValue()); got != v.Check {
				t.Errorf("check value = %s, want %s", got, v.Check)
			}
			var env seal.Envelope
			if err := json.Unmarshal(v.Envelope, &env); err != nil {
				t.Fatal(err)
			}
			got, err := k.Open(v.At, env)
			if v.Expect == "open" {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				if !bytes.Equal(got, []byte(v.Plaintext)) {
					t.Errorf("Open = %q, want %q", got, v.Plaintext)
				}
				// Sealing again gives the very same envelope: the nonce
				// comes from the path, type and content, not from chance.
				again, _ := json.Marshal(k.Seal(env.Path, env.Type, got))
				if !bytes.Equal(again, v.Envelope) {
					t.Errorf("Seal again = %s, want %s", again, v.Envelope)
				}
				return
			}
			want, ok := map[string]error{"wrong passphrase": seal.ErrWrongKey, "damaged": seal.ErrDamaged, "moved": seal.ErrMoved}[v.Expect]
			if !ok {
				t.Fatalf("unknown expect %q", v.Expect)
			}
			if !errors.Is(err, want) {
				t.Errorf("Open = %q, %v; want %v", got, err, want)
			}
		})
	}
}

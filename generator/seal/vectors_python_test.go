package seal_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"

	"github.com/followup-dev/followup/generator/internal/toolcheck"
)

// openInPython opens each vector of stdin (a JSON array) as the package
// doc specifies, written from the spec with Python's hashlib and hmac
// (PBKDF2, and HKDF as RFC 5869 defines it) and the AES-GCM of the
// cryptography package, and prints what each gives.
const openInPython = `
import base64, hashlib, hmac, json, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.exceptions import InvalidTag

def hkdf(ikm, info, n):
    prk = hmac.new(bytes(32), ikm, hashlib.sha256).digest()  # extract, salt empty
    out, t, i = b"", b"", 1
    while len(out) < n:
        t = hmac.new(prk, t + info.encode() + bytes([i]), hashlib.sha256).digest()
        out, i = out + t, i + 1
    return out[:n]

results = []
for v in json.load(sys.stdin):
    m = hashlib.pbkdf2_hmac("sha256", v["passphrase"].encode(), bytes.fromhex(v["salt"]), v["iterations"], 32)
    key, check = hkdf(m, "followup v2 encryption", 32), hkdf(m, "followup v2 check", 16)
    env = v["envelope"]
    r = {"key": key.hex(), "check": check.hex()}
    if env["path"] != v["at"] and env["path"] != "404.html":
        r["result"] = "moved"
    else:
        ad = b"followup v2\x00" + env["type"].encode() + b"\x00" + env["path"].encode()
        try:
            r["text"] = AESGCM(key).decrypt(base64.b64decode(env["nonce"]), base64.b64decode(env["ct"]), ad).decode()
            r["result"] = "open"
        except InvalidTag:
            r["result"] = "damaged" if base64.b64decode(env["check"]) == check else "wrong passphrase"
    results.append(r)
json.dump(results, sys.stdout)
`

// TestVectorsInPython has an implementation of the envelope's spec in
// Python, which shares no code with this package, open the test vectors.
func TestVectorsInPython(t *testing.T) {
	if exec.Command("python3", "-c", "import cryptography").Run() != nil {
		toolcheck.Missing(t, "python3 with cryptography", "apt-get install python3-cryptography")
	}
	vs := readVectors(t)
	in, err := json.Marshal(vs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "-c", openInPython)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var got []struct{ Key, Check, Result, Text string }
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(vs) {
		t.Fatalf("python3 printed %s (%v)", out, err)
	}
	for i, v := range vs {
		g := got[i]
		if g.Key != v.Key || g.Check != v.Check {
			t.Errorf("%s: Python's K_enc %s and check value %s, want %s and %s", v.Name, g.Key, g.Check, v.Key, v.Check)
		}
		if g.Result != v.Expect || v.Expect == "open" && g.Text != v.Plaintext {
			t.Errorf("%s: Python: %s %q, want %s %q", v.Name, g.Result, g.Text, v.Expect, v.Plaintext)
		}
	}
}

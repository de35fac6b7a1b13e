package serve

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewApplicationChecks checks the New application page's headers and
// that saving a posting passes every check of capture: a foreign Origin
// or token is refused and writes nothing; serve's own page writes it.
func TestNewApplicationChecks(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 1)
	s := startServer(t, dir, 0)
	res, err := http.Get(s.URL() + "__followup/new")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if csp := res.Header.Get("Content-Security-Policy"); res.StatusCode != 200 || !strings.Contains(csp, "frame-ancestors 'none'") ||
		!strings.Contains(csp, "default-src 'self'") || res.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("status %d, CSP %q, X-Frame-Options %q", res.StatusCode, csp, res.Header.Get("X-Frame-Options"))
	}
	req, _ := http.NewRequest(http.MethodGet, s.URL()+"__followup/capture/new", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("the token asked from another site: %v %v, want 403", res.StatusCode, err)
	}
	page := postingPage("Ion Studios", "Go Developer")
	form := func(token string) url.Values {
		return url.Values{"op": {"add"}, "token": {token}, "html": {page}, "url": {"https://jobs.example/1"}, "company": {"Ion Studios"}}
	}
	host := s.Addr()
	rec := filepath.Join(dir, "content/applications/ion-studios-go-developer.yaml")
	for _, tt := range []struct {
		name, origin, token string
	}{
		{"OtherOrigin", "https://jobs.example", s.h.capture.token},
		{"NoToken", "http://" + host, ""},
		{"WrongToken", "http://" + host, "0000"},
	} {
		if code := capturePost(t, s, host, tt.origin, form(tt.token)); code != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", tt.name, code)
		}
		if _, err := os.Stat(rec); err == nil {
			t.Fatalf("%s: the record was written", tt.name)
		}
	}
	if code := capturePost(t, s, host, "http://"+host, form(s.h.capture.token)); code != http.StatusOK {
		t.Errorf("from serve's page: status %d, want 200", code)
	}
	if b, err := os.ReadFile(rec); err != nil || !strings.Contains(string(b), "\nlink: https://jobs.example/1  # from the address it was read from\n") {
		t.Errorf("record (%v):\n%s", err, b)
	}
}

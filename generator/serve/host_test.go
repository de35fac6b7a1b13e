package serve

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// getHost fetches the site-relative path rel of s, naming host in the
// request's Host header, and returns the status and body. The body of an
// event stream, which does not end, is not read.
func getHost(t *testing.T, s *Server, host, rel string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.URL()+rel, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.Header.Get("Content-Type") == "text/event-stream" {
		return res.StatusCode, ""
	}
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(b)
}

// TestForeignHost plays a page of another site that pointed its name at
// 127.0.0.1: the browser sends that name as Host, and the server must
// answer 403 with none of the private site in the body.
func TestForeignHost(t *testing.T) {
	s := startServer(t, writeSite(t, t.TempDir(), 3), 0)
	_, port, _ := net.SplitHostPort(s.Addr())
	private := []string{"120-140k", "dana@example.test", "jordan@example.com", "+1 555 0199", "Northwind", "Dana Smith"}
	for _, host := range []string{
		"attacker.example:" + port,
		"127.0.0.1.attacker.example:" + port,
		"attacker.example",
		"127.0.0.1:1",       // another port
		"127.0.0.2:" + port, // a loopback address not listened on
		"localhost.attacker.example:" + port,
	} {
		for _, rel := range []string{"", appPage(0), "calendar.ics", appPage(0) + "calendar.ics", "__followup/events", "no-such-page"} {
			code, body := getHost(t, s, host, rel)
			if code != http.StatusForbidden {
				t.Errorf("Host %q, %s: status %d, want 403", host, rel, code)
			}
			for _, p := range private {
				if strings.Contains(body, p) {
					t.Errorf("Host %q, %s: the answer holds %q", host, rel, p)
				}
			}
		}
	}
	for _, host := range []string{s.Addr(), "localhost:" + port, "LocalHost:" + port} {
		if code, body := getHost(t, s, host, appPage(0)); code != http.StatusOK || !strings.Contains(body, "120-140k") {
			t.Errorf("Host %q: status %d, want the private page", host, code)
		}
	}
}

// TestHostGuard checks which Host headers name the server, for each kind
// of address it may listen on.
func TestHostGuard(t *testing.T) {
	cases := []struct {
		bind, listen, local string // -bind, the address listened on, the address a request came in on
		allow, deny         []string
	}{
		{"127.0.0.1", "127.0.0.1:1313", "127.0.0.1:1313",
			[]string{"127.0.0.1:1313", "localhost:1313", "LOCALHOST:1313"},
			[]string{"127.0.0.1", "localhost", "127.0.0.1:80", "evil.example:1313", "[::1]:1313", "localhost.:1313"}},
		{"::1", "[::1]:1313", "[::1]:1313",
			[]string{"[::1]:1313", "[0:0:0:0:0:0:0:1]:1313", "localhost:1313"},
			[]string{"[::1]:1314", "127.0.0.1:1313", "::1", "evil.example:1313"}},
		{"127.0.0.1", "127.0.0.1:80", "127.0.0.1:80",
			[]string{"127.0.0.1", "127.0.0.1:80", "localhost"},
			[]string{"evil.example", "127.0.0.1:8080"}},
		{"0.0.0.0", "0.0.0.0:1313", "192.168.1.20:1313",
			[]string{"192.168.1.20:1313", "localhost:1313"},
			[]string{"192.168.1.21:1313", "0.0.0.0:1313x", "evil.example:1313"}},
		{"192.168.1.20", "192.168.1.20:1313", "192.168.1.20:1313",
			[]string{"192.168.1.20:1313"},
			[]string{"localhost:1313", "127.0.0.1:1313", "evil.example:1313"}},
		{"box.lan", "192.168.1.20:1313", "192.168.1.20:1313",
			[]string{"box.lan:1313", "BOX.lan:1313", "192.168.1.20:1313"},
			[]string{"localhost:1313", "evil.example:1313", "box.lan.evil.example:1313"}},
	}
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") })
	for _, c := range cases {
		listen, err := net.ResolveTCPAddr("tcp", c.listen)
		if err != nil {
			t.Fatal(err)
		}
		local, err := net.ResolveTCPAddr("tcp", c.local)
		if err != nil {
			t.Fatal(err)
		}
		g := newHostGuard(c.bind, listen, ok)
		for want, hosts := range map[int][]string{http.StatusOK: c.allow, http.StatusForbidden: c.deny} {
			for _, host := range hosts {
				req := httptest.NewRequest(http.MethodGet, "/", nil)
				req.Host = host
				req = req.WithContext(context.WithValue(req.Context(), http.LocalAddrContextKey, local))
				rec := httptest.NewRecorder()
				g.ServeHTTP(rec, req)
				if rec.Code != want {
					t.Errorf("bind %s, Host %q: status %d, want %d", c.bind, host, rec.Code, want)
				}
				if want != http.StatusOK && strings.Contains(rec.Body.String(), "secret") {
					t.Errorf("bind %s, Host %q: the answer holds the page", c.bind, host)
				}
			}
		}
	}
}

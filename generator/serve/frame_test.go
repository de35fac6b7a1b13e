package serve

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
)

// do sends one request to s at the site-relative path rel, with the
// headers given (a "Host" entry sets the Host), and returns the answer
// with its body closed.
func do(t *testing.T, s *Server, method, rel string, body url.Values, headers map[string]string) *http.Response {
	t.Helper()
	var req *http.Request
	var err error
	if body != nil {
		req, err = http.NewRequest(method, s.URL()+rel, strings.NewReader(body.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req, err = http.NewRequest(method, s.URL()+rel, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		if k == "Host" {
			req.Host = v
		} else {
			req.Header.Set(k, v)
		}
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Header.Get("Content-Type") == "text/event-stream" {
		// Read the first event, so the stream's headers are those it keeps.
		bufio.NewReader(res.Body).ReadString('\n') //nolint:errcheck // only the headers matter
	}
	res.Body.Close()
	return res
}

// checkNoFraming fails the test unless res forbids framing: the two
// headers, each once, with exactly the values browsers read.
func checkNoFraming(t *testing.T, res *http.Response) {
	t.Helper()
	if got := res.Header.Values("X-Frame-Options"); len(got) != 1 || got[0] != "DENY" {
		t.Errorf("X-Frame-Options = %q, want one DENY", got)
	}
	if got := res.Header.Values("Content-Security-Policy"); len(got) != 1 || got[0] != "frame-ancestors 'none'" {
		t.Errorf("Content-Security-Policy = %q, want one frame-ancestors 'none'", got)
	}
}

// TestNoFramingOnEveryAnswer asks serve for every kind of answer it gives
// and finds framing forbidden on each.
func TestNoFramingOnEveryAnswer(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	waitText(t, s, appPage(1), companyOf(1))
	host := s.Addr()
	edit := func(token string) url.Values {
		return url.Values{"token": {token}, "op": {"skip"}, "app": {slugOf(1)}, "action": {"status-check-2"}}
	}
	fromPage := map[string]string{"Origin": "http://" + host, "Sec-Fetch-Dest": "empty", "Sec-Fetch-Site": "same-origin"}
	tests := []struct {
		name, method, rel string
		body              url.Values
		headers           map[string]string
		code              int
	}{
		{"Page", "GET", appPage(1), nil, nil, 200},
		{"Dashboard", "GET", "", nil, nil, 200},
		{"Asset", "GET", "assets/style.css", nil, nil, 200},
		{"Feed", "GET", "calendar.ics", nil, nil, 200},
		{"Head", "HEAD", appPage(1), nil, nil, 200},
		{"NotFound", "GET", "applications/nobody/", nil, nil, 404},
		{"RedirectToDirectory", "GET", "calls", nil, nil, 302},
		{"RedirectToBase", "GET", "../", nil, nil, 302},
		{"MethodNotAllowed", "PUT", appPage(1), url.Values{}, nil, 405},
		{"HostRefused", "GET", appPage(1), nil, map[string]string{"Host": "evil.example:" + portOf(host)}, 403},
		{"LiveReloadScript", "GET", "__followup/livereload.js", nil, nil, 200},
		{"LiveReloadStream", "GET", "__followup/events", nil, nil, 200},
		{"CaptureActions", "GET", "__followup/capture/actions?app=" + slugOf(1), nil, nil, 200},
		{"CaptureRefused", "POST", "__followup/capture", edit("wrong"), fromPage, 403},
		{"CaptureDone", "POST", "__followup/capture", edit(s.h.capture.token), fromPage, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, s, tt.method, tt.rel, tt.body, tt.headers)
			if res.StatusCode != tt.code {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.code)
			}
			checkNoFraming(t, res)
		})
	}
	t.Run("ErrorPage", func(t *testing.T) {
		writeFile(t, recordPath(dir, 1), "compnay: Acme\nrole: Backend Engineer\napplied: 2026-11-03\n")
		waitFor(t, s, appPage(1), "error page", func(code int, _ string) bool { return code == 500 })
		checkNoFraming(t, do(t, s, "GET", appPage(1), nil, nil))
	})
}

// TestForbidFramingMergesPolicy checks that a policy already set keeps its
// other directives and loses its own frame-ancestors, in one header.
func TestForbidFramingMergesPolicy(t *testing.T) {
	h := http.Header{}
	h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors *; img-src data:;")
	forbidFraming(h)
	want := "default-src 'self'; img-src data:; frame-ancestors 'none'"
	if got := h.Values("Content-Security-Policy"); len(got) != 1 || got[0] != want {
		t.Errorf("policy %q, want [%q]", got, want)
	}
	if got := h.Get("X-Frame-Options"); got != "DENY" {
		t.Errorf("X-Frame-Options %q, want DENY", got)
	}
}

// TestCaptureOnlyFromFetch checks that an edit that passes every other
// check is refused when the browser says it was not sent by a script's
// fetch: a form posted into a frame, an embed, a navigation.
func TestCaptureOnlyFromFetch(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	before, err := os.ReadFile(recordPath(dir, 1))
	if err != nil {
		t.Fatal(err)
	}
	form := url.Values{"token": {s.h.capture.token}, "op": {"skip"}, "app": {slugOf(1)}, "action": {"status-check-2"}}
	for _, dest := range []string{"iframe", "frame", "embed", "object", "document", "fencedframe"} {
		t.Run(dest, func(t *testing.T) {
			res := do(t, s, "POST", "__followup/capture", form, map[string]string{
				"Origin": "http://" + s.Addr(), "Sec-Fetch-Dest": dest, "Sec-Fetch-Site": "same-origin"})
			if res.StatusCode != http.StatusForbidden {
				t.Errorf("status %d, want 403", res.StatusCode)
			}
		})
	}
	if after, _ := os.ReadFile(recordPath(dir, 1)); string(after) != string(before) {
		t.Fatalf("a refused request changed the record:\n%s", after)
	}
	res := do(t, s, "POST", "__followup/capture", form, map[string]string{
		"Origin": "http://" + s.Addr(), "Sec-Fetch-Dest": "empty", "Sec-Fetch-Site": "same-origin"})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("from fetch: status %d, want 200", res.StatusCode)
	}
	after, _ := os.ReadFile(recordPath(dir, 1))
	if want := strings.Replace(string(before), "contacts:", "skip: [status-check-2]\ncontacts:", 1); string(after) != want {
		t.Errorf("record after the skip:\n%s\nwant:\n%s", after, want)
	}
}

// TestNoFramingMergesAHandlersPolicy has a handler set its own policy,
// after the server's headers were begun: the answer carries one policy,
// the handler's directives and frame-ancestors 'none'; and an answer with
// no body gets the headers too.
func TestNoFramingMergesAHandlersPolicy(t *testing.T) {
	h := noFraming(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/empty" {
			return
		}
		w.Header().Set("Content-Security-Policy", "default-src 'self'")
		w.Write([]byte("page"))
	}))
	for path, want := range map[string]string{
		"/page":  "default-src 'self'; frame-ancestors 'none'",
		"/empty": "frame-ancestors 'none'",
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if got := rec.Result().Header.Values("Content-Security-Policy"); len(got) != 1 || got[0] != want {
			t.Errorf("%s: policy %q, want [%q]", path, got, want)
		}
		if got := rec.Result().Header.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("%s: X-Frame-Options %q", path, got)
		}
	}
}

package serve

import (
	"bufio"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/render"
)

// testFiles is a small built site, as the renderer hands it over.
var testFiles = render.Files{
	"index.html":                     []byte("<h1>Dashboard</h1>"),
	"applications/acme/index.html":   []byte("<h1>Acme Robotics</h1>"),
	"applications/acme/calendar.ics": []byte("BEGIN:VCALENDAR\r\n"),
	"assets/site.css":                []byte("body{}"),
	"assets/site.js":                 []byte("void 0"),
	"robots.txt":                     []byte("User-agent: *\n"),
	"404.html":                       []byte("<h1>No such page</h1>"),
	".nojekyll":                      []byte(""),
}

func newTestHandler(err error) *handler {
	h := &handler{reload: newBroker()}
	h.current.Store(&snapshot{files: testFiles, base: "/job-hunt/", err: err, version: "v1"})
	return h
}

func get(t *testing.T, h http.Handler, method, target, accept string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestServeFiles(t *testing.T) {
	h := newTestHandler(nil)
	tests := []struct {
		name, target      string
		code              int
		contentType, body string
	}{
		{"Home", "/job-hunt/", 200, "text/html; charset=utf-8", "<h1>Dashboard</h1>"},
		{"IndexOfDirectory", "/job-hunt/applications/acme/", 200, "text/html; charset=utf-8", "<h1>Acme Robotics</h1>"},
		{"IndexByName", "/job-hunt/index.html", 200, "text/html; charset=utf-8", "<h1>Dashboard</h1>"},
		{"Calendar", "/job-hunt/applications/acme/calendar.ics", 200, "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\n"},
		{"Stylesheet", "/job-hunt/assets/site.css", 200, "text/css; charset=utf-8", "body{}"},
		{"Script", "/job-hunt/assets/site.js", 200, "text/javascript; charset=utf-8", "void 0"},
		{"Text", "/job-hunt/robots.txt", 200, "text/plain; charset=utf-8", "User-agent: *\n"},
		{"DotDotStaysInside", "/job-hunt/assets/../robots.txt", 200, "text/plain; charset=utf-8", "User-agent: *\n"},
		{"ErrNotFoundUsesSite404", "/job-hunt/applications/nobody/", 404, "text/html; charset=utf-8", "<h1>No such page</h1>"},
		{"ErrOutsideBasePath", "/elsewhere/index.html", 404, "text/html; charset=utf-8", "<h1>No such page</h1>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, h, "GET", tt.target, "")
			if got, want := res.StatusCode, tt.code; got != want {
				t.Errorf("status = %d, want %d", got, want)
			}
			if got, want := res.Header.Get("Content-Type"), tt.contentType; got != want {
				t.Errorf("Content-Type = %q, want %q", got, want)
			}
			if got, want := body(t, res), tt.body; got != want {
				t.Errorf("body = %q, want %q", got, want)
			}
			if got := res.Header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", got)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	h := newTestHandler(nil)
	tests := []struct{ name, target, location string }{
		{"RootToBasePath", "/", "/job-hunt/"},
		{"BasePathWithoutSlash", "/job-hunt", "/job-hunt/"},
		{"DirectoryWithoutSlash", "/job-hunt/applications/acme", "/job-hunt/applications/acme/"},
		{"KeepsQuery", "/job-hunt/applications/acme?print=1", "/job-hunt/applications/acme/?print=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, h, "GET", tt.target, "")
			if got, want := res.StatusCode, http.StatusFound; got != want {
				t.Errorf("status = %d, want %d", got, want)
			}
			if got, want := res.Header.Get("Location"), tt.location; got != want {
				t.Errorf("Location = %q, want %q", got, want)
			}
		})
	}
}

func TestMethods(t *testing.T) {
	h := newTestHandler(nil)
	t.Run("HeadHasNoBody", func(t *testing.T) {
		res := get(t, h, "HEAD", "/job-hunt/", "")
		if res.StatusCode != 200 || body(t, res) != "" {
			t.Errorf("HEAD: status %d, body %q; want 200 and no body", res.StatusCode, body(t, res))
		}
	})
	t.Run("ErrPost", func(t *testing.T) {
		if got := get(t, h, "POST", "/job-hunt/", "").StatusCode; got != http.StatusMethodNotAllowed {
			t.Errorf("POST: status %d, want 405", got)
		}
	})
}

func TestErrorPage(t *testing.T) {
	var errs model.ErrorList
	errs.Add("content/applications/acme.yaml", 3, 1, `unknown key "compnay", did you mean "company"?`)
	errs.Add("content/applications/zeta.yaml", 7, 5, "invalid date <b>x</b>")
	h := newTestHandler(errs.Err())

	for _, target := range []string{"/job-hunt/", "/job-hunt/applications/acme/", "/job-hunt/timeline/"} {
		res := get(t, h, "GET", target, "text/html,application/xhtml+xml")
		page := body(t, res)
		if res.StatusCode != http.StatusInternalServerError {
			t.Errorf("%s: status %d, want 500", target, res.StatusCode)
		}
		for _, want := range []string{
			`content/applications/acme.yaml:3:1: unknown key &#34;compnay&#34;, did you mean &#34;company&#34;?`,
			`content/applications/zeta.yaml:7:5: invalid date &lt;b&gt;x&lt;/b&gt;`,
			`<script src="/job-hunt/__followup/livereload.js"></script>`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: error page lacks %q:\n%s", target, want, page)
			}
		}
	}
	t.Run("AssetsStillServed", func(t *testing.T) {
		res := get(t, h, "GET", "/job-hunt/assets/site.css", "text/css,*/*")
		if res.StatusCode != 200 || body(t, res) != "body{}" {
			t.Errorf("stylesheet during a failed build: status %d", res.StatusCode)
		}
	})
}

func TestLiveReloadScript(t *testing.T) {
	h := newTestHandler(nil)
	for _, target := range []string{"/job-hunt/__followup/livereload.js", "/__followup/livereload.js", "/old-base/__followup/livereload.js"} {
		res := get(t, h, "GET", target, "")
		js := body(t, res)
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
			t.Errorf("%s: status %d, Content-Type %q", target, res.StatusCode, res.Header.Get("Content-Type"))
		}
		for _, want := range []string{"new EventSource(", `"reload"`, `var seen = "v1";`} {
			if !strings.Contains(js, want) {
				t.Errorf("%s lacks %q", target, want)
			}
		}
	}
}

func TestEvents(t *testing.T) {
	h := newTestHandler(nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	defer h.reload.close()
	res, err := http.Get(srv.URL + "/job-hunt/__followup/events")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if got, want := res.Header.Get("Content-Type"), "text/event-stream"; got != want {
		t.Fatalf("Content-Type = %q, want %q", got, want)
	}
	events := make(chan string, 8)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "event:") || strings.HasPrefix(line, "data:") {
				events <- line
			}
		}
		close(events)
	}()
	next := func() string {
		select {
		case e := <-events:
			return e
		case <-time.After(5 * time.Second):
			t.Fatal("no event within 5s")
			return ""
		}
	}
	for _, want := range []string{"event: hello", "data: v1"} {
		if got := next(); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	h.reload.publish("v2")
	for _, want := range []string{"event: reload", "data: v2"} {
		if got := next(); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}

package serve

import (
	"bytes"
	"context"
	"html"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// maxWait bounds every wait for a change to be served: far above the
// expected tens of milliseconds, so a slow machine does not fail a test.
const maxWait = 15 * time.Second

// startServer serves the site in dir on a free port until the test ends.
func startServer(t testing.TB, dir string, poll time.Duration) *Server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var log bytes.Buffer
	s, err := Start(ctx, Options{Source: dir, Port: 0, Poll: poll, Log: &syncWriter{w: &log}})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		if err := s.Wait(); err != nil {
			t.Errorf("server stopped with %v", err)
		}
		if t.Failed() {
			t.Logf("server log:\n%s", log.String())
		}
	})
	return s
}

// fetch returns the status and body of the page at the site-relative path.
func fetch(s *Server, rel string) (int, string, error) {
	res, err := http.Get(s.URL() + rel)
	if err != nil {
		return 0, "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res.StatusCode, string(b), err
}

// waitFor polls the page at rel until ok accepts it, or fails the test
// after maxWait.
func waitFor(t testing.TB, s *Server, rel, what string, ok func(code int, body string) bool) {
	t.Helper()
	deadline := time.Now().Add(maxWait)
	var code int
	var body string
	var err error
	for time.Now().Before(deadline) {
		if code, body, err = fetch(s, rel); err == nil && ok(code, body) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("%s: not served within %v (last: status %d, error %v)\n%s", what, maxWait, code, err, body)
}

// waitText waits until the page at rel is served with status 200 and holds text.
func waitText(t testing.TB, s *Server, rel, text string) {
	t.Helper()
	waitFor(t, s, rel, "page "+rel+" showing "+text, func(code int, body string) bool {
		return code == http.StatusOK && strings.Contains(body, text)
	})
}

func appPage(i int) string { return "applications/" + slugOf(i) + "/" }

func TestWatch(t *testing.T) {
	t.Run("PlainWrite", func(t *testing.T) {
		dir := writeSite(t, t.TempDir(), 3)
		s := startServer(t, dir, 0)
		waitText(t, s, appPage(1), companyOf(1))
		writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Written"))
		waitText(t, s, appPage(1), "Acme Written")
		waitText(t, s, "", "Acme Written")
	})
	t.Run("RenameOver", func(t *testing.T) {
		dir := writeSite(t, t.TempDir(), 3)
		s := startServer(t, dir, 0)
		waitText(t, s, appPage(2), companyOf(2))
		tmp := filepath.Join(dir, "content", "applications", ".company-00002.yaml.tmp")
		writeFile(t, tmp, recordYAML(2, "Acme Renamed"))
		if err := os.Rename(tmp, recordPath(dir, 2)); err != nil {
			t.Fatal(err)
		}
		waitText(t, s, appPage(2), "Acme Renamed")
	})
	t.Run("VimSave", func(t *testing.T) {
		dir := writeSite(t, t.TempDir(), 3)
		s := startServer(t, dir, 0)
		waitText(t, s, appPage(0), companyOf(0))
		vimSave(t, recordPath(dir, 0), recordYAML(0, "Acme Vim"))
		waitText(t, s, appPage(0), "Acme Vim")
	})
	t.Run("CreateInNewDirectory", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "content", "site.yaml"), testSettings)
		s := startServer(t, dir, 0)
		waitFor(t, s, "", "dashboard", func(code int, _ string) bool { return code == http.StatusOK })
		writeFile(t, recordPath(dir, 7), recordYAML(7, "Acme Fresh")) // makes content/applications/
		waitText(t, s, appPage(7), "Acme Fresh")
		waitText(t, s, "", "Acme Fresh")
	})
	t.Run("Delete", func(t *testing.T) {
		dir := writeSite(t, t.TempDir(), 3)
		s := startServer(t, dir, 0)
		waitText(t, s, "", companyOf(1))
		if err := os.Remove(recordPath(dir, 1)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, s, appPage(1), "deleted record's page gone", func(code int, _ string) bool {
			return code == http.StatusNotFound
		})
		waitFor(t, s, "", "dashboard without the deleted record", func(code int, body string) bool {
			return code == http.StatusOK && !strings.Contains(body, companyOf(1)) && strings.Contains(body, companyOf(2))
		})
	})
	t.Run("Poll", func(t *testing.T) {
		dir := writeSite(t, t.TempDir(), 3)
		s := startServer(t, dir, 50*time.Millisecond)
		waitText(t, s, appPage(1), companyOf(1))
		writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Polled"))
		waitText(t, s, appPage(1), "Acme Polled")
	})
}

// vimSave saves as vim does by default: probe file, backup by rename, new
// file, backup removed.
func vimSave(t *testing.T, name, text string) {
	t.Helper()
	probe := filepath.Join(filepath.Dir(name), "4913")
	writeFile(t, probe, "")
	os.Remove(probe)
	if err := os.Rename(name, name+"~"); err != nil {
		t.Fatal(err)
	}
	writeFile(t, name, text)
	os.Remove(name + "~")
}

func TestErrorRecovers(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 3)
	s := startServer(t, dir, 0)
	waitText(t, s, appPage(1), companyOf(1))
	writeFile(t, recordPath(dir, 1), "compnay: Acme\nrole: Backend Engineer\napplied: 2026-11-03\n")
	want := "content/applications/" + slugOf(1) + ".yaml:1:1: "
	for _, page := range []string{"", appPage(1), appPage(2)} {
		waitFor(t, s, page, "error page", func(code int, body string) bool {
			return code == http.StatusInternalServerError && strings.Contains(body, want) &&
				strings.Contains(body, "__followup/livereload.js")
		})
	}
	writeFile(t, recordPath(dir, 1), recordYAML(1, "Acme Fixed"))
	waitText(t, s, appPage(1), "Acme Fixed")
}

func TestPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	dir := writeSite(t, t.TempDir(), 1)
	_, err = Start(context.Background(), Options{Source: dir, Port: port, Log: io.Discard})
	if err == nil {
		t.Fatal("Start on a busy port succeeded")
	}
	if got, want := err.Error(), "is in use: choose another with -port"; !strings.Contains(got, want) {
		t.Errorf("error = %q, want it to say %q", got, want)
	}
}

func TestShutdown(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 1)
	ctx, cancel := context.WithCancel(context.Background())
	s, err := Start(ctx, Options{Source: dir, Log: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	// An open event stream must not hold the shutdown.
	res, err := http.Get("http://" + s.Addr() + "/__followup/events")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	cancel()
	done := make(chan error)
	go func() { done <- s.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Wait = %v, want nil", err)
		}
	case <-time.After(maxWait):
		t.Fatal("server did not stop after cancel")
	}
	if _, err := http.Get("http://" + s.Addr() + "/"); err == nil {
		t.Errorf("server still answers after shutdown")
	}
}

// localLink finds the site-local links and sources of a page.
var localLink = regexp.MustCompile(`(?:href|src)="(/[^"#]*)`)

func TestEveryLinkWorks(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 3)
	s := startServer(t, dir, 0)
	seen := map[string]bool{}
	queue := []string{"/job-hunt/"}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		res, err := http.Get("http://" + s.Addr() + html.UnescapeString(p))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", p, res.StatusCode)
			continue
		}
		for _, m := range localLink.FindAllStringSubmatch(string(page), -1) {
			queue = append(queue, m[1])
		}
	}
	for _, want := range []string{"/job-hunt/" + appPage(1), "/job-hunt/timeline/", "/job-hunt/__followup/livereload.js"} {
		if !seen[want] {
			t.Errorf("no page links to %s", want)
		}
	}
}

package posting

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestFetch adds a posting served by a local server: the page's relative
// og:url resolves against the address it was read from.
func TestFetch(t *testing.T) {
	page, err := os.ReadFile("testdata/careers.html")
	if err != nil {
		t.Fatal(err)
	}
	var agent string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		agent = r.UserAgent()
		if r.URL.Path != "/careers/counsel-employment" {
			http.Redirect(w, r, "/careers/counsel-employment", http.StatusFound)
			return
		}
		w.Write(page)
	}))
	defer srv.Close()
	dir := site(t)
	res, err := Add(Options{Source: dir, Today: model.NewDate(2026, 12, 7)}, srv.URL+"/j/123")
	if err != nil {
		t.Fatal(err)
	}
	if agent != UserAgent {
		t.Errorf("user agent %q, want %q", agent, UserAgent)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	want := "link: " + srv.URL + "/careers/counsel-employment  # from the page's og:url"
	if !strings.Contains(string(res.Record), "\n"+want+"\n") {
		t.Errorf("record:\n%s\nwant the line %q", res.Record, want)
	}
	if want := "source: 127.0.0.1  # from the link's host"; !strings.Contains(string(res.Record), want) || !strings.HasPrefix(host, "127.0.0.1:") {
		t.Errorf("record:\n%s\nwant the line %q", res.Record, want)
	}
	md, err := os.ReadFile(filepath.Join(dir, "content/applications/granite-bank-counsel-employment.posting.md"))
	wantMD := "# Counsel, Employment at Granite Bank\n\nSaved on 2026-12-07 from <" + srv.URL +
		"/careers/counsel-employment>.\n\nAdvise the bank on employment law.\n"
	if err != nil || string(md) != wantMD {
		t.Errorf("description %q (%v), want %q", md, err, wantMD)
	}
	want1 := "the page holds no schema.org JobPosting data: the role and the company come from its title and og: tags"
	if got := res.Posting.Unread; len(got) != 4 || got[0] != want1 || got[1] != "no location on the page" {
		t.Errorf("unread %q, want %q and no location, salary, reference", got, want1)
	}
}

// TestFetchRefuses checks the limits of a fetch: the size of the page,
// with and without a Content-Length, and the scheme.
func TestFetchRefuses(t *testing.T) {
	big := strings.Repeat("<p>posting</p>", MaxPage/14+1) // 14 bytes each: more than MaxPage
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.Write([]byte(big[:1024]))
			w.(http.Flusher).Flush() // no Content-Length from here on
		} else {
			w.Header().Set("Content-Length", "9999999")
		}
		w.Write([]byte(big))
	}))
	defer srv.Close()
	for _, tt := range []struct{ url, want string }{
		{srv.URL + "/sized", "the page is 9999999 bytes, more than the 5242880 read"},
		{srv.URL + "/chunked", "the page is more than the 5242880 bytes read"},
		{"file:///etc/passwd", `"file:///etc/passwd" is not an http(s) address`},
		{"ftp://example.com/job.html", `"ftp://example.com/job.html" is not an http(s) address`},
	} {
		dir := site(t)
		_, err := Add(Options{Source: dir, Today: model.NewDate(2026, 12, 7)}, tt.url)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.url, err, tt.want)
		}
		if entries, _ := os.ReadDir(filepath.Join(dir, "content/applications")); len(entries) != 0 {
			t.Errorf("%s: wrote %d files, want none", tt.url, len(entries))
		}
	}
	t.Run("File", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "big.html")
		if err := os.WriteFile(p, []byte(big), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Add(Options{Source: site(t)}, p)
		if err == nil || !strings.Contains(err.Error(), "is more than the 5242880 bytes a posting page may have") {
			t.Errorf("error %v, want the page refused", err)
		}
	})
}

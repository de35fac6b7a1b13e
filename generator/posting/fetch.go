package posting

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Limits of a fetch.
const (
	// MaxPage is the most bytes a posting page may have: the largest
	// boards' pages are a few hundred kilobytes.
	MaxPage = 5 << 20
	// Timeout is how long a fetch may take, redirects included.
	Timeout = 30 * time.Second
	// UserAgent names the program, and nothing of the person who runs it.
	UserAgent = "followup (reads one job posting)"
)

// Fetch reads the page at the http(s) address u, at most max bytes (MaxPage
// when max is 0), with client (a client with Timeout when nil). Redirects
// are followed only to http(s) addresses. It returns the page and the
// address it came from after redirects.
func Fetch(ctx context.Context, client *http.Client, u string, max int64) ([]byte, string, error) {
	if !httpURL(u) {
		return nil, "", fmt.Errorf("%q is not an http(s) address", u)
	}
	if max <= 0 {
		max = MaxPage
	}
	c := http.Client{Timeout: Timeout}
	if client != nil {
		c = *client
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		if !httpURL(req.URL.String()) {
			return fmt.Errorf("redirected to %s, which is not an http(s) address", req.URL.Redacted())
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	resp, err := c.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", fmt.Errorf("%s: the server answered %s", u, resp.Status)
	}
	if resp.ContentLength > max {
		return nil, "", fmt.Errorf("%s: the page is %d bytes, more than the %d read", u, resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", u, err)
	}
	if int64(len(body)) > max {
		return nil, "", fmt.Errorf("%s: the page is more than the %d bytes read", u, max)
	}
	return body, resp.Request.URL.String(), nil
}

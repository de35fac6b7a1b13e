package serve

import (
	"bufio"
	"net/http"
	"strings"
	"testing"
	"time"
)

// openStream opens the live-reload stream of s with client and returns the
// response; with status 200, its first event has been read.
func openStream(t *testing.T, client *http.Client, s *Server) (*http.Response, *bufio.Reader) {
	t.Helper()
	res, err := client.Get(s.URL() + "__followup/events")
	if err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(res.Body)
	if res.StatusCode == http.StatusOK {
		if ev := nextEvent(t, r); ev != "hello" {
			t.Fatalf("first event %q, want hello", ev)
		}
	}
	return res, r
}

// nextEvent reads the stream up to its next event and returns its name;
// "" when the stream ended.
func nextEvent(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	for {
		line, err := r.ReadString('\n')
		if name, ok := strings.CutPrefix(line, "event: "); ok {
			return strings.TrimSpace(name)
		}
		if err != nil {
			return ""
		}
	}
}

// TestStreamsBounded opens as many live-reload streams as the server
// allows: one more is refused with 503 until one of them closes.
func TestStreamsBounded(t *testing.T) {
	s := startServer(t, writeSite(t, t.TempDir(), 1), 0)
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	var open []*http.Response
	defer func() {
		for _, res := range open {
			res.Body.Close()
		}
	}()
	for i := range maxStreams {
		res, _ := openStream(t, client, s)
		open = append(open, res)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("stream %d: status %d, want 200", i+1, res.StatusCode)
		}
	}
	res, _ := openStream(t, client, s)
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Fatalf("stream %d: status %d, Retry-After %q; want 503 with Retry-After", maxStreams+1, res.StatusCode, res.Header.Get("Retry-After"))
	}
	open[0].Body.Close()
	open = open[1:]
	deadline := time.Now().Add(maxWait)
	for {
		res, _ := openStream(t, client, s)
		if res.StatusCode == http.StatusOK {
			open = append(open, res)
			break
		}
		res.Body.Close()
		if time.Now().After(deadline) {
			t.Fatalf("a closed stream still counts after %v", maxWait)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestStreamOutlivesTimeouts keeps a live-reload stream open past the
// server's read and write timeouts: a reload still reaches the page.
func TestStreamOutlivesTimeouts(t *testing.T) {
	saved := serverTimeouts
	serverTimeouts.read, serverTimeouts.write = 20*time.Millisecond, 20*time.Millisecond
	t.Cleanup(func() { serverTimeouts = saved })
	s := startServer(t, writeSite(t, t.TempDir(), 1), 0)
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	res, r := openStream(t, &http.Client{Transport: tr}, s)
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	time.Sleep(10 * serverTimeouts.write) // both deadlines pass
	s.h.reload.publish("v-next")
	if ev := nextEvent(t, r); ev != "reload" {
		t.Errorf("after the timeouts the stream gave %q, want reload", ev)
	}
}

package serve

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestRefusalsNameTheAddresses checks what a server bound to every address
// (-bind 0.0.0.0) says when it refuses: capture names the address it is
// bound to, and a request for another host gets the addresses that are
// answered, among them localhost and the loopback address, which every
// machine has.
func TestRefusalsNameTheAddresses(t *testing.T) {
	addr := &net.TCPAddr{IP: net.IPv4zero, Port: 1313}
	t.Run("Capture", func(t *testing.T) {
		w := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "http://192.0.2.7:1313/__followup/capture", nil)
		newCapture(".", addr).ServeHTTP(w, req)
		if w.Code != http.StatusForbidden || !strings.Contains(w.Body.String(), "capture is off: serve is bound to 0.0.0.0:1313, which other machines may reach; serve with -bind 127.0.0.1") {
			t.Errorf("%d %s", w.Code, w.Body)
		}
	})
	t.Run("Host", func(t *testing.T) {
		w := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "http://evil.example:1313/", nil)
		newHostGuard("0.0.0.0", addr, http.NotFoundHandler()).ServeHTTP(w, req)
		body := w.Body.String()
		if w.Code != http.StatusForbidden || !strings.Contains(body, "answers only requests for localhost:1313, ") || !strings.Contains(body, "127.0.0.1:1313") {
			t.Errorf("%d %s", w.Code, body)
		}
	})
}

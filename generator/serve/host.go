package serve

import (
	"fmt"
	"net"
	"net/http"
	"strings"
)

// hostGuard passes on only the requests addressed to the server by the
// address it listens on. Without it, a page of another site could point
// its own name at 127.0.0.1 (DNS rebinding) and read the private site
// through the user's browser: the browser sends that name as Host, which no
// such page can change.
type hostGuard struct {
	bind  string // the -bind address as given, lower case: an IP or a name
	ip    net.IP // the address listened on
	port  string
	local bool // the address is a loopback or unspecified one: localhost is accepted
	next  http.Handler
}

// newHostGuard guards next for a server that was asked to listen on bind
// and listens on addr.
func newHostGuard(bind string, addr net.Addr, next http.Handler) *hostGuard {
	g := &hostGuard{bind: strings.ToLower(strings.Trim(bind, "[]")), next: next}
	if tcp, ok := addr.(*net.TCPAddr); ok {
		g.ip, g.port = tcp.IP, fmt.Sprint(tcp.Port)
	}
	g.local = g.ip != nil && (g.ip.IsLoopback() || g.ip.IsUnspecified())
	return g
}

// ServeHTTP answers 403 Forbidden to a request for another host,
// with a body that says only that.
func (g *hostGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !g.allowed(r) {
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, "forbidden: this server answers only requests for "+g.names(), http.StatusForbidden)
		return
	}
	g.next.ServeHTTP(w, r)
}

// names lists the addresses the server answers for, with the port: for an
// unspecified address (0.0.0.0), those of the machine and localhost.
func (g *hostGuard) names() string {
	if g.ip == nil || !g.ip.IsUnspecified() {
		return net.JoinHostPort(g.ip.String(), g.port)
	}
	out := []string{"localhost:" + g.port}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if ipn, ok := a.(*net.IPNet); ok && (g.ip.To4() == nil || ipn.IP.To4() != nil) {
			out = append(out, net.JoinHostPort(ipn.IP.String(), g.port))
		}
	}
	return strings.Join(out, ", ")
}

// allowed reports whether the Host of r names the server: the address it
// listens on, the name it was asked to listen on, or localhost for a
// loopback address, each with the port. For an unspecified address
// (0.0.0.0), the address the request came in on stands for it.
func (g *hostGuard) allowed(r *http.Request) bool {
	host, port, err := net.SplitHostPort(r.Host)
	if err != nil { // no port: the default one
		host, port = r.Host, "80"
	}
	if port != g.port || host == "" {
		return false
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	if host == g.bind || host == "localhost" && g.local {
		return true
	}
	ip := net.ParseIP(host)
	switch {
	case ip == nil || g.ip == nil:
		return false
	case ip.Equal(g.ip):
		return true
	case g.ip.IsUnspecified():
		local, ok := r.Context().Value(http.LocalAddrContextKey).(*net.TCPAddr)
		return ok && ip.Equal(local.IP)
	}
	return false
}

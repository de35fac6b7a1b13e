package seal

import (
	"strings"
	"testing"
)

// TestRewriteFeedUnfoldsAndFolds rewrites a link that a fold split, and
// that comes out longer than a line may be, worked out by hand: "URL:"
// (4 octets), "https://" (8), the host and path "jordan.github.io/job-hunt/"
// (26), "applications/" (13), the id and its slash (17) and "scripts" (7)
// fill the 75 octets of a line (RFC 5545 section 3.1); the rest, 18
// octets, goes to a continuation that starts with a space. A folded line without a
// link comes out as it went in.
func TestRewriteFeedUnfoldsAndFolds(t *testing.T) {
	rw := strings.NewReplacer(
		"jordan.github.io/job-hunt/applications/acme/scripts/call-back/",
		"jordan.github.io/job-hunt/applications/0123456789abcdef/scripts/fedcba9876543210/")
	summary := "SUMMARY:" + strings.Repeat("a", 67) + "\r\n " + strings.Repeat("b", 10) + "\r\n"
	in := "BEGIN:VCALENDAR\r\n" +
		"URL:https://jordan.github.io/job-hunt/applic\r\n\tations/acme/scri\r\n pts/call-back/\r\n" +
		summary +
		"END:VCALENDAR\r\n"
	want := "BEGIN:VCALENDAR\r\n" +
		"URL:https://jordan.github.io/job-hunt/applications/0123456789abcdef/scripts\r\n" +
		" /fedcba9876543210/\r\n" +
		summary +
		"END:VCALENDAR\r\n"
	if got := string(rewriteFeed(rw, []byte(in))); got != want {
		t.Errorf("rewriteFeed:\n got %q\nwant %q", got, want)
	}
}

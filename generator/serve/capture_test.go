package serve

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
	"github.com/followup-dev/followup/generator/model"
)

// capturePost sends a form to the edit endpoint with the Host and Origin
// given ("" leaves Origin out) and returns the status.
func capturePost(t *testing.T, s *Server, host, origin string, form url.Values) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL()+"__followup/capture", strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

// TestCaptureRefusals checks that every request failing a check gets 403
// and leaves the record as it was, and that one passing them edits it.
func TestCaptureRefusals(t *testing.T) {
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	host := s.Addr()
	origin := "http://" + host
	token := s.h.capture.token
	form := func(tok string) url.Values {
		return url.Values{"token": {tok}, "op": {"log"}, "app": {slugOf(1)}, "type": {"note"},
			"date": {"2026-11-20"}, "note": {"from the page"}}
	}
	before, err := os.ReadFile(recordPath(dir, 1))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, host, origin string
		form               url.Values
	}{
		{"NoToken", host, origin, form("")},
		{"WrongToken", host, origin, form(strings.Repeat("0", len(token)))},
		{"ForeignOrigin", host, "http://evil.example", form(token)},
		{"NoOrigin", host, "", form(token)},
		{"OtherPortOrigin", host, "http://127.0.0.1:1", form(token)},
		{"HostOfAnotherName", "evil.example:" + portOf(host), origin, form(token)},
		{"LocalhostOriginFor127", host, "http://localhost:" + portOf(host), form(token)},
		{"127OriginForLocalhost", "localhost:" + portOf(host), origin, form(token)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code := capturePost(t, s, tc.host, tc.origin, tc.form); code != http.StatusForbidden {
				t.Errorf("status %d, want 403", code)
			}
		})
	}
	t.Run("GetOfTheEdit", func(t *testing.T) {
		if code, _, err := fetch(s, "__followup/capture?"+form(token).Encode()); err != nil || code != http.StatusForbidden {
			t.Errorf("status %d (%v), want 403", code, err)
		}
	})
	t.Run("ActionsFromAnotherSite", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, s.URL()+"__followup/capture/actions?app="+slugOf(1), nil)
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("status %d, want 403", res.StatusCode)
		}
	})
	if after, _ := os.ReadFile(recordPath(dir, 1)); string(after) != string(before) {
		t.Fatalf("a refused request changed the record:\n%s", after)
	}
	t.Run("AllChecksPass", func(t *testing.T) {
		if code := capturePost(t, s, host, origin, form(token)); code != http.StatusOK {
			t.Fatalf("status %d, want 200", code)
		}
		after, _ := os.ReadFile(recordPath(dir, 1))
		if want := string(before) + "events:\n  - {date: 2026-11-20, type: note, note: from the page}\n"; string(after) != want {
			t.Errorf("record:\n%s\nwant:\n%s", after, want)
		}
	})
	// A page opened at localhost:PORT, which the server answers too, can
	// record as well.
	t.Run("AllChecksPassOnLocalhost", func(t *testing.T) {
		local := "localhost:" + portOf(host)
		f := form(token)
		f.Set("note", "from localhost")
		if code := capturePost(t, s, local, "http://"+local, f); code != http.StatusOK {
			t.Fatalf("status %d, want 200", code)
		}
		after, _ := os.ReadFile(recordPath(dir, 1))
		if !strings.HasSuffix(string(after), "  - {date: 2026-11-20, type: note, note: from localhost}\n") {
			t.Errorf("record:\n%s", after)
		}
	})
}

func portOf(hostport string) string {
	_, port, _ := net.SplitHostPort(hostport)
	return port
}

// TestCaptureOffBeyondLoopback checks that a server bound to an address
// other machines reach offers no capture.
func TestCaptureOffBeyondLoopback(t *testing.T) {
	c := newCapture(".", &net.TCPAddr{IP: net.IPv4zero, Port: 1313})
	if c.host != "" || c.script() != nil {
		t.Errorf("capture on for 0.0.0.0: host %q", c.host)
	}
	if c := newCapture(".", &net.TCPAddr{IP: net.IPv6loopback, Port: 1313}); c.host != "[::1]:1313" {
		t.Errorf("host for ::1 = %q", c.host)
	}
}

// TestBrowserCaptureDone clicks Done on a planned call and sees the action
// done on the page once it has reloaded.
func TestBrowserCaptureDone(t *testing.T) {
	ctx := browsertest.New(t, 1024, 768)
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	if err := chromedp.Run(ctx, chromedp.Navigate(s.URL()+appPage(1))); err != nil {
		t.Fatal(err)
	}
	waitPageText(t, ctx, "Record what happened")
	row := `#followup-capture li[data-action="confirm-receipt"]`
	// The form offers the event types and call outcomes a record accepts,
	// the lists serve hands the page.
	var types, outcomes []string
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`Array.from(document.querySelectorAll('form.capture-add select[name="type"] option'), o => o.value)`, &types),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('`+row+` select[name="outcome"] option'), o => o.value)`, &outcomes),
	); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(types, model.EventTypes) {
		t.Errorf("event types offered %q, want %q", types, model.EventTypes)
	}
	if want := append([]string{""}, model.CallOutcomes...); !slices.Equal(outcomes, want) {
		t.Errorf("call outcomes offered %q, want %q", outcomes, want)
	}
	if err := chromedp.Run(ctx,
		chromedp.SetValue(row+` input[name="date"]`, "2026-11-10", chromedp.ByQuery),
		chromedp.SetValue(row+` select[name="outcome"]`, "voicemail", chromedp.ByQuery),
		chromedp.Evaluate(`window.followupMark = 1`, nil),
		chromedp.Click(row+` .capture-done`, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	// After the reload the plan lists the call as done, on the day given.
	waitPageText(t, ctx, "done on Tue 10 Nov 2026")
	var marked, stillPending bool
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`window.followupMark === 1`, &marked),
		chromedp.Evaluate(`!!document.querySelector('`+row+`')`, &stillPending),
	); err != nil {
		t.Fatal(err)
	}
	if marked {
		t.Error("the page did not reload")
	}
	if stillPending {
		t.Error("confirm-receipt is still offered as pending")
	}
	data, _ := os.ReadFile(recordPath(dir, 1))
	if !strings.HasSuffix(string(data), "events:\n  - {date: 2026-11-10, type: call, to: Dana Smith, action: confirm-receipt, outcome: voicemail}\n") {
		t.Errorf("record:\n%s", data)
	}
}

// TestBrowserCaptureDoneFromOtherPages checks that the dashboard offers
// Done and Skip beside every pending action it lists, and clicks Done
// beside a pending call on the call sheet, where the calls of every
// application are: the call is recorded in its own application's record
// alone, and after the reload it is no longer offered.
func TestBrowserCaptureDoneFromOtherPages(t *testing.T) {
	ctx := browsertest.New(t, 1024, 768)
	ctx, cancel := context.WithTimeout(ctx, 4*maxWait)
	defer cancel()
	dir := writeSite(t, t.TempDir(), 3)
	s := startServer(t, dir, 0)
	var pending, buttons int
	if err := chromedp.Run(ctx,
		chromedp.Navigate(s.URL()),
		chromedp.WaitVisible(`main li[data-action] .capture-done`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("main li.is-pending").length`, &pending),
		chromedp.Evaluate(`document.querySelectorAll("main li.is-pending .capture-done").length`, &buttons),
	); err != nil {
		t.Fatal(err)
	}
	if pending == 0 || buttons != pending {
		t.Errorf("the dashboard lists %d pending actions and offers Done beside %d", pending, buttons)
	}

	row := `main li[data-app="` + slugOf(1) + `"][data-action="confirm-receipt"]`
	if err := chromedp.Run(ctx,
		chromedp.Navigate(s.URL()+"calls/"),
		chromedp.WaitVisible(row+` .capture-done`, chromedp.ByQuery),
		chromedp.SetValue(row+` input[name="date"]`, "2026-11-10", chromedp.ByQuery),
		chromedp.SetValue(row+` select[name="outcome"]`, "spoke", chromedp.ByQuery),
		chromedp.Evaluate(`window.followupMark = 1`, nil),
		chromedp.Click(row+` .capture-done`, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if waitRecordSuffix(t, recordPath(dir, 1), "events:\n  - {date: 2026-11-10, type: call, to: Dana Smith, action: confirm-receipt, outcome: spoke}\n") == "" {
		t.Fatalf("the record of %s did not get the call", slugOf(1))
	}
	for _, i := range []int{0, 2} {
		if other, _ := os.ReadFile(recordPath(dir, i)); string(other) != recordYAML(i, companyOf(i)) {
			t.Errorf("the record of %s changed:\n%s", slugOf(i), other)
		}
	}
	deadline := time.Now().Add(maxWait)
	for {
		var marked, stillPending bool
		if err := chromedp.Run(ctx,
			chromedp.Evaluate(`window.followupMark === 1`, &marked),
			chromedp.Evaluate(`!!document.querySelector('`+row+`')`, &stillPending),
		); err != nil {
			t.Fatal(err)
		}
		if !marked && !stillPending {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the edit: page reloaded %v, call still offered %v", !marked, stillPending)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitRecordSuffix waits for the file name to end in suffix and returns
// it, or "" when it does not in time.
func waitRecordSuffix(t *testing.T, name, suffix string) string {
	t.Helper()
	deadline := time.Now().Add(maxWait)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(name); err == nil && strings.HasSuffix(string(data), suffix) {
			return string(data)
		}
		time.Sleep(50 * time.Millisecond)
	}
	data, _ := os.ReadFile(name)
	t.Logf("record:\n%s", data)
	return ""
}

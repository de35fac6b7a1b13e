package serve

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/followup-dev/followup/generator/internal/browsertest"
)

// skipRow is the row of the application page's first pending action.
const skipRow = `#followup-capture li[data-action="confirm-receipt"]`

// TestBrowserFramedCaptureRefused has a page of another local origin frame
// an application page over its whole window and click where Skip is: the
// frame shows nothing of the page, and the record is unchanged. The same
// click on the page opened by itself skips the action, so the click was
// aimed right.
func TestBrowserFramedCaptureRefused(t *testing.T) {
	ctx := browsertest.New(t, 1024, 2400) // tall enough to show the button without scrolling
	ctx, cancel := context.WithTimeout(ctx, 4*maxWait)
	defer cancel()
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	target := s.URL() + appPage(1)
	var box []float64
	if err := chromedp.Run(ctx,
		chromedp.Navigate(target),
		chromedp.WaitVisible(skipRow+" .capture-skip", chromedp.ByQuery),
		chromedp.Evaluate(`(function(r){return [r.left+r.width/2, r.top+r.height/2]})(document.querySelector('`+skipRow+` .capture-skip').getBoundingClientRect())`, &box),
	); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(recordPath(dir, 1))
	if err != nil {
		t.Fatal(err)
	}

	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!DOCTYPE html><title>A harmless page</title>
<style>html,body{margin:0;height:100%%}iframe{border:0;position:fixed;left:0;top:0;width:100%%;height:100%%}</style>
<iframe id="f" src="%s" onload="window.framed = true"></iframe>`, target)
	}))
	defer evil.Close()
	if err := chromedp.Run(ctx,
		chromedp.Navigate(evil.URL),
		chromedp.Poll(`window.framed === true`, nil, chromedp.WithPollingTimeout(maxWait)),
	); err != nil {
		t.Fatal(err)
	}
	checkFrameEmpty(t, ctx, target)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(box[0], box[1])); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // an edit from the page takes milliseconds
	if after, _ := os.ReadFile(recordPath(dir, 1)); string(after) != string(before) {
		t.Fatalf("the click in the frame changed the record:\n%s", after)
	}

	if err := chromedp.Run(ctx,
		chromedp.Navigate(target),
		chromedp.WaitVisible(skipRow+" .capture-skip", chromedp.ByQuery),
		chromedp.MouseClickXY(box[0], box[1]),
	); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(before), "contacts:", "skip: [confirm-receipt]\ncontacts:", 1)
	if waitRecordSuffix(t, recordPath(dir, 1), want) == "" {
		t.Fatal("the same click on the page itself did not skip the action: the test aims wrong")
	}
}

// checkFrameEmpty fails the test when the one frame of the open page holds
// the document at target: a frame a browser refuses to fill holds its own
// error page instead.
func checkFrameEmpty(t *testing.T, ctx context.Context, target string) {
	t.Helper()
	var tree *page.FrameTree
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		tree, err = page.GetFrameTree().Do(ctx)
		return err
	})); err != nil {
		t.Fatal(err)
	}
	if len(tree.ChildFrames) != 1 {
		t.Fatalf("the page has %d frames, want 1", len(tree.ChildFrames))
	}
	if f := tree.ChildFrames[0].Frame; f.URL == target || f.UnreachableURL != target {
		t.Errorf("the frame holds %q (unreachable %q), want the browser's error page for %s", f.URL, f.UnreachableURL, target)
	}
}

// TestBrowserFormIntoFrameRefused posts, from the application page itself,
// a form with the right token into a frame of that page: the browser sends
// it as a frame's navigation, which the server refuses; the record is
// unchanged.
func TestBrowserFormIntoFrameRefused(t *testing.T) {
	ctx := browsertest.New(t, 1024, 768)
	ctx, cancel := context.WithTimeout(ctx, 4*maxWait)
	defer cancel()
	dir := writeSite(t, t.TempDir(), 2)
	s := startServer(t, dir, 0)
	before, err := os.ReadFile(recordPath(dir, 1))
	if err != nil {
		t.Fatal(err)
	}
	post := `(function () {
  var f = document.createElement("iframe"); f.name = "sink";
  document.body.appendChild(f);
  var form = document.createElement("form");
  form.method = "POST"; form.target = "sink"; form.action = "` + s.URL() + `__followup/capture";
  var fields = {token: "` + s.h.capture.token + `", op: "skip", app: "` + slugOf(1) + `", action: "confirm-receipt"};
  Object.keys(fields).forEach(function (k) {
    var i = document.createElement("input"); i.type = "hidden"; i.name = k; i.value = fields[k]; form.appendChild(i);
  });
  document.body.appendChild(form);
  form.submit();
})()`
	if err := chromedp.Run(ctx,
		chromedp.Navigate(s.URL()+appPage(1)),
		chromedp.WaitVisible(skipRow+" .capture-skip", chromedp.ByQuery),
		chromedp.Evaluate(post, nil),
	); err != nil {
		t.Fatal(err)
	}
	waitFrameAt(t, ctx, s.URL()+"__followup/capture")
	if after, _ := os.ReadFile(recordPath(dir, 1)); string(after) != string(before) {
		t.Fatalf("the form posted into a frame changed the record:\n%s", after)
	}
}

// waitFrameAt waits until the one frame of the open page has been to url,
// whether the browser showed the answer or its own error page.
func waitFrameAt(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	deadline := time.Now().Add(maxWait)
	for time.Now().Before(deadline) {
		var tree *page.FrameTree
		err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			tree, err = page.GetFrameTree().Do(ctx)
			return err
		}))
		if err == nil && len(tree.ChildFrames) == 1 {
			if f := tree.ChildFrames[0].Frame; f.URL == url || f.UnreachableURL == url {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the frame never went to %s", url)
}

package render

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserNoteLineBreaks checks that an event's note of several lines
// shows them as lines on its application's page, as the record has them.
func TestBrowserNoteLineBreaks(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	site, actions := fixture(t)
	app := site.Applications[0]
	app.Events[0].Note = "Asked about the team.\nThey hire in January."
	var files Files
	base := pagesServer(t, &files)
	var err error
	if files, err = Site(site, actions, Options{BaseURL: base, Private: true}); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t, 1024, 768)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var shown []string
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"applications/"+app.Slug+"/"),
		chromedp.WaitReady("footer"),
		chromedp.Evaluate(`Array.from(document.querySelectorAll(".event .meta"), p => p.innerText)`, &shown),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shown {
		if strings.Contains(s, "Asked about the team.\nThey hire in January.") {
			return
		}
	}
	t.Errorf("no event shows the note on two lines; the events read %q", shown)
}

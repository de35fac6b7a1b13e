package bound

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"text/template"
	"time"
)

// TestRanges expects each error at the count's byte offset in its line,
// counted from 0 as text/template counts, in the file the range is in.
func TestRanges(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"ErrHugeConstant", "a\n{{range 100000000000}}{{end}}", "template: t:2:8: range over 100000000000: at most 10000"},
		{"ErrHugeWithVariable", "{{range $i := 20000}}{{$i}}{{end}}", "template: t:1:8: range over 20000"},
		{"ErrFloatConstant", "{{if true}}{{range 1e11}}{{end}}{{end}}", "template: t:1:19: range over 100000000000"},
		{"ErrNested", "{{range 2000}}{{with .}}{{range 1000}}x{{end}}{{end}}{{end}}", "template: t:1:32: ranges nested here run their body 2000000 times"},
		{"ErrInDefine", "{{define \"x\"}}{{range 99999}}{{end}}{{end}}", "template: t:1:22: range over 99999"},
		{"OKSmall", "{{range 10000}}{{range 100}}{{end}}{{end}}", ""},
		{"OKData", "{{range .}}{{range .}}{{end}}{{end}}", ""},
		{"OKElse", "{{range 5}}{{else}}{{range 10}}{{end}}{{end}}", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tmpl := template.Must(template.New("t").Parse(c.src))
			var got []string
			for _, d := range tmpl.Templates() {
				for _, err := range Ranges(d.Tree) {
					got = append(got, err.Error())
				}
			}
			if c.want == "" {
				if len(got) > 0 {
					t.Errorf("errors %q, want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
				t.Errorf("errors %q, want one starting %q", got, c.want)
			}
		})
	}
}

// looping is a template the static check lets through that runs for ever:
// its count comes from the data.
var looping = template.Must(template.New("loop").Parse("{{range .}}{{end}}"))

func TestRun(t *testing.T) {
	t.Run("ErrTimeoutNamesTemplate", func(t *testing.T) {
		err := Run(Limits{Timeout: 50 * time.Millisecond}, "layouts/loop.html", io.Discard, func(w io.Writer) error {
			return looping.Execute(w, int64(1)<<62)
		})
		if !errors.Is(err, ErrTimeout) || !strings.HasPrefix(err.Error(), "layouts/loop.html: ") {
			t.Errorf("err = %v, want ErrTimeout naming layouts/loop.html", err)
		}
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		go cancel()
		err := Run(Limits{Context: ctx, Timeout: time.Hour}, "loop", io.Discard, func(w io.Writer) error {
			return looping.Execute(w, int64(1)<<62)
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		big := template.Must(template.New("big").Parse("{{range .}}0123456789{{end}}"))
		var b strings.Builder
		err := Run(Limits{MaxOutput: 1000}, "content/scripts/big.tmpl", &b, func(w io.Writer) error {
			return big.Execute(w, 1_000_000)
		})
		if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "content/scripts/big.tmpl: ") {
			t.Errorf("err = %v, want ErrTooLarge naming the file", err)
		}
		if b.Len() != 1000 {
			t.Errorf("%d bytes written, want the 1000 allowed", b.Len())
		}
	})
	t.Run("OK", func(t *testing.T) {
		var b strings.Builder
		err := Run(Limits{}, "t", &b, func(w io.Writer) error {
			return template.Must(template.New("t").Parse("{{range 3}}{{.}}{{end}}")).Execute(w, nil)
		})
		if err != nil || b.String() != "012" {
			t.Errorf("got %q, %v; want \"012\"", b.String(), err)
		}
	})
}

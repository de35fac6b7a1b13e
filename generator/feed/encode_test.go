package feed

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Plain", "Acme Robotics", "Acme Robotics"},
		{"Backslash", `C:\jobs`, `C:\\jobs`},
		{"BackslashBeforeN", `a\nb`, `a\\nb`},
		{"Semicolon", "a;b", `a\;b`},
		{"Comma", "Acme, Inc.", `Acme\, Inc.`},
		{"Newline", "one\ntwo", `one\ntwo`},
		{"CRLF", "one\r\ntwo", `one\ntwo`},
		{"LoneCR", "one\rtwo", `one\ntwo`},
		{"AllTogether", "a\\;,\n", `a\\\;\,\n`},
		{"ColonAndQuotesUnchanged", `say "hi": now`, `say "hi": now`},
		{"Tab", "a\tb", "a b"},
		{"ControlsDropped", "a\x00b\x07c\x1bd\x7fe\u0085f\u009bg", "abcdefg"},
		{"InvalidUTF8", "a\xffb", "a\uFFFDb"},
		{"Unicode", "Café 東京 🎉", "Café 東京 🎉"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := escapeText(tc.in); got != tc.want {
				t.Errorf("escapeText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLineDropsControls(t *testing.T) {
	var w contentWriter
	w.line("URL", "https://x.example/a\r\nb\tc")
	if got, want := string(w.bytes()), "URL:https://x.example/abc\r\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFoldByHand(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"Exactly75", "SUMMARY:" + strings.Repeat("a", 67),
			"SUMMARY:" + strings.Repeat("a", 67) + "\r\n"},
		{"76", "SUMMARY:" + strings.Repeat("a", 68),
			"SUMMARY:" + strings.Repeat("a", 67) + "\r\n a\r\n"},
		{"ContinuationHoldsSpacePlus74", "X:" + strings.Repeat("a", 73+74+1),
			"X:" + strings.Repeat("a", 73) + "\r\n " + strings.Repeat("a", 74) + "\r\n a\r\n"},
		// 8 + 33×2 = 74 octets: a 34th é would make 76.
		{"Accents", "SUMMARY:" + strings.Repeat("é", 40),
			"SUMMARY:" + strings.Repeat("é", 33) + "\r\n " + strings.Repeat("é", 7) + "\r\n"},
		// 2 + 18×4 = 74 octets.
		{"Emoji", "X:" + strings.Repeat("🎉", 20),
			"X:" + strings.Repeat("🎉", 18) + "\r\n " + strings.Repeat("🎉", 2) + "\r\n"},
		// 12 + 62 = 74 octets: the escape \, goes whole to the next line.
		{"EscapeKeptWhole", "DESCRIPTION:" + strings.Repeat("a", 62) + `\,b`,
			"DESCRIPTION:" + strings.Repeat("a", 62) + "\r\n \\,b\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w contentWriter
			w.fold(tc.line)
			if got := string(w.bytes()); got != tc.want {
				t.Errorf("fold:\n got %q\nwant %q", got, tc.want)
			}
			if got := string(Fold(tc.line)); got != tc.want {
				t.Errorf("Fold:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestFoldLongMultibyteText(t *testing.T) {
	texts := map[string]string{
		"Accents": strings.Repeat("Réunion à l'école, déjà vu; ", 12),
		"CJK":     strings.Repeat("東京の面接は午後三時から、担当は佐藤さん。", 10),
		"Emoji":   strings.Repeat("Offer 🎉👩🏽‍💻 signed ✍️; ", 15),
		"Mixed":   strings.Repeat("a é 東 🎉 \\ ; , \n", 20),
	}
	for name, text := range texts {
		// Shifting the start moves every fold point across the characters.
		for shift := 0; shift < 4; shift++ {
			t.Run(name+"/"+strings.Repeat("x", shift), func(t *testing.T) {
				var w contentWriter
				value := strings.Repeat("x", shift) + text
				w.text("DESCRIPTION", value)
				checkFolded(t, string(w.bytes()), "DESCRIPTION:"+escapeText(value))
			})
		}
	}
}

// checkFolded checks that out is logical line folded right: CRLF after
// each physical line, each at most 75 octets of whole characters, each full
// unless the next character would not fit, and unfolding gives back line.
func checkFolded(t *testing.T, out, line string) {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatalf("output does not end in CRLF: %q", out)
	}
	physical := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
	for i, p := range physical {
		if len(p) > maxOctets {
			t.Errorf("line %d has %d octets: %q", i, len(p), p)
		}
		if !utf8.ValidString(p) {
			t.Errorf("line %d splits a character: %q", i, p)
		}
		if strings.ContainsAny(p, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i, p)
		}
		if i > 0 && !strings.HasPrefix(p, " ") {
			t.Errorf("continuation line %d does not start with a space: %q", i, p)
		}
		if i+1 < len(physical) {
			next := physical[i+1][1:]
			if room := maxOctets - len(p); room >= unitLen(next, 0) {
				t.Errorf("line %d folded early: %d octets left, next unit %q", i, room, next[:unitLen(next, 0)])
			}
		}
	}
	if got := strings.ReplaceAll(out, "\r\n ", ""); got != line+"\r\n" {
		t.Errorf("unfolded text differs:\n got %q\nwant %q", got, line+"\r\n")
	}
}

package inbox

import (
	"bufio"
	"slices"
	"strings"
	"testing"
)

// TestEachMboxMessage splits an mbox as RFC 4155 and mboxrd have it: a
// message starts at a "From " line after an empty one (or first); a "From "
// line inside a paragraph is body; ">From " and ">>From " lose one '>';
// lines end in CRLF, whatever they ended in.
func TestEachMboxMessage(t *testing.T) {
	in := "From a@x Mon Nov 16 08:00:00 2026\n" +
		"Subject: one\r\n" +
		"\n" +
		">From the start\n" +
		"it went well.\n" +
		"From here it is body.\n" +
		">>From twice quoted\n" +
		"\n" +
		"From b@x Tue Nov 17 09:00:00 2026\n" +
		"Subject: two\n" +
		"\n" +
		"last line without an end"
	var got []string
	if err := eachMboxMessage(bufio.NewReader(strings.NewReader(in)), func(raw []byte) { got = append(got, string(raw)) }); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Subject: one\r\n\r\nFrom the start\r\nit went well.\r\nFrom here it is body.\r\n>From twice quoted\r\n\r\n",
		"Subject: two\r\n\r\nlast line without an end\r\n",
	}
	if !slices.Equal(got, want) {
		t.Errorf("messages:\n%q\nwant:\n%q", got, want)
	}
}

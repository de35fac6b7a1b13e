package github

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`log acme call -to "Dana Smith" -outcome voicemail`, []string{"log", "acme", "call", "-to", "Dana Smith", "-outcome", "voicemail"}},
		{`log  acme	note -note 'it''s'`, []string{"log", "acme", "note", "-note", "its"}},
		{`a "b \" c \\ \$ d" e`, []string{"a", `b " c \ \$ d`, "e"}}, // in double quotes only \" and \\ lose their backslash
		{`a\ b \'c`, []string{"a b", "'c"}},
		{`$(rm -rf ~); echo >x | y && z`, []string{"$(rm", "-rf", "~);", "echo", ">x", "|", "y", "&&", "z"}},
		{`-note ""`, []string{"-note", ""}},
		{`log acme call -to “Dana Smith” -note ‘on the train’`, []string{"log", "acme", "call", "-to", "Dana Smith", "-note", "on the train"}},
		{"  ", nil},
	} {
		got, err := Split(c.in)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("Split(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{`log "acme`, `log 'acme`, `log acme\`} {
		if got, err := Split(in); err == nil {
			t.Errorf("Split(%q) = %q, want an error", in, got)
		}
	}
}

func TestTasks(t *testing.T) {
	body := "<!-- followup daily 2026-12-07 -->\n" +
		"- [x] **A**: call <!-- followup acme confirm-receipt -->\n" +
		"- [ ] **B** \\<\\!-- followup beta x --\\> <!-- followup beta thank-you/lee-park -->\n" +
		"  > - [ ] not a task <!-- followup acme status-check-1 -->\n" +
		"- [X] 14:00 **B**: Interview <!-- followup meeting beta -->\n" +
		"- [ ] mine, without a marker\n" +
		"- [ ] <!-- followup meeting beta status-check-1 -->\n"
	got := Tasks(body)
	want := []Task{
		{App: "acme", Action: "confirm-receipt", Ticked: true},
		{App: "beta", Action: "thank-you/lee-park"},
		{App: "beta", Ticked: true},
	}
	if len(got) != len(want) {
		t.Fatalf("Tasks = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].App != want[i].App || got[i].Action != want[i].Action || got[i].Ticked != want[i].Ticked {
			t.Errorf("task %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestEscape(t *testing.T) {
	if got, want := escape("Acme <!-- x --> @dana *b* [l](u)\n- [ ] $x$"), `Acme \<\!-- x --\> \@dana \*b\* \[l\]\(u\) - \[ \] \$x\$`; got != want {
		t.Errorf("escape = %s, want %s", got, want)
	}
}

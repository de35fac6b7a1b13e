package plan

import (
	"strings"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

func TestWriteText(t *testing.T) {
	app := &model.Application{Slug: "acme", Company: "Acme"}
	actions := []*model.Action{
		{App: app, ID: "confirm-receipt", Kind: model.KindCall, Due: model.NewDate(2026, 11, 10), State: model.StatePending,
			To: []model.Contact{{Name: "Dana Smith"}}},
		{App: app, ID: "move-on", Kind: model.KindDecision, Due: model.NewDate(2026, 12, 1), State: model.StateCancelled},
	}
	var b strings.Builder
	if err := WriteText(&b, actions); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"DUE         STATE      APPLICATION  ACTION           KIND      TO\n" +
		"2026-11-10  pending    acme         confirm-receipt  call      Dana Smith\n" +
		"2026-12-01  cancelled  acme         move-on          decision  -\n"
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

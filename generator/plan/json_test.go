package plan

import (
	"bytes"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

func TestWriteJSON(t *testing.T) {
	a := record(t, event(t, "2026-11-09", model.EventCall))
	a.Company = "Acme & Sons <Robotics>"
	m := plan(a, model.Playbook{})
	var b bytes.Buffer
	if err := WriteJSON(&b, []*model.Action{m["check-confirmation"], m["confirm-receipt"]}); err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "application": "acme",
    "company": "Acme & Sons <Robotics>",
    "role": "Backend Engineer",
    "action": "check-confirmation",
    "kind": "task",
    "due": "2026-11-05",
    "to": "",
    "state": "pending",
    "source": "E"
  },
  {
    "application": "acme",
    "company": "Acme & Sons <Robotics>",
    "role": "Backend Engineer",
    "action": "confirm-receipt",
    "kind": "call",
    "due": "2026-11-10",
    "to": "Dana Smith",
    "state": "done",
    "source": "B,D"
  }
]
`
	if got := b.String(); got != want {
		t.Errorf("WriteJSON =\n%s\nwant\n%s", got, want)
	}
	b.Reset()
	if err := WriteJSON(&b, nil); err != nil || b.String() != "[]\n" {
		t.Errorf("no actions: %q, %v; want \"[]\\n\"", b.String(), err)
	}
}

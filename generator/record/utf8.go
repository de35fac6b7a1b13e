package record

import (
	"fmt"
	"unicode/utf8"
)

// Text that is not UTF-8 is refused before it is written: quoted in the
// record, a stray byte would be escaped as \xNN, which YAML reads back as
// the character U+00NN, another text than the one given.

// checkText refuses a value of ev that is not UTF-8, naming its flag.
func (ev *Event) checkText() error {
	for _, f := range []struct {
		flag string
		vals []string
	}{
		{"-date", []string{ev.Date}}, {"-to", ev.To}, {"-from", []string{ev.From}}, {"-with", ev.With},
		{"-action", []string{ev.Action}}, {"-outcome", []string{ev.Outcome}}, {"-next-step", []string{ev.NextStep}},
		{"-decision", []string{ev.DecisionExpected}}, {"-note", []string{ev.Note}},
	} {
		if err := utf8Text(f.flag, f.vals...); err != nil {
			return usagef("%v", err)
		}
	}
	for _, t := range ev.Topics {
		if err := utf8Text("-topic", t.Name, t.Text); err != nil {
			return usagef("%v", err)
		}
	}
	return nil
}

// checkText refuses a name or an address of inv that is not UTF-8.
func (inv *Invitation) checkText() error {
	if err := utf8Text("the organiser", inv.Organizer.Name, inv.Organizer.Email); err != nil {
		return err
	}
	return utf8Text("an attendee", inv.With...)
}

// utf8Text returns an error naming where when one of vals is not UTF-8
// text.
func utf8Text(where string, vals ...string) error {
	for _, v := range vals {
		for i := 0; i < len(v); {
			r, size := utf8.DecodeRuneInString(v[i:])
			if r == utf8.RuneError && size == 1 {
				return fmt.Errorf("%s: %q is not UTF-8 text (the byte %#x at offset %d): give it in UTF-8", where, v, v[i], i)
			}
			i += size
		}
	}
	return nil
}

package scripts

import (
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// PlainText returns the script as plain text, for the file beside the page.
// An email reads as a message ready to copy (To, Subject, the body); a call
// as its sections under headings; each ends with the line to record.
func (sc *Script) PlainText() string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	section := func(title, text string) {
		if text != "" {
			line("")
			line(title)
			line(text)
		}
	}
	list := func(title string, xs []string) {
		if len(xs) > 0 {
			section(title, "- "+strings.Join(xs, "\n- "))
		}
	}
	switch sc.Kind {
	case model.KindEmail:
		line("To: " + sc.header)
		line("Subject: " + sc.Subject)
		line("")
		line(sc.Body)
	case model.KindLetter:
		line("To: " + sc.To)
		line("")
		line(sc.Body)
	default:
		line(sc.Title)
		line("")
		line("Call: " + sc.To)
		if sc.Phone != "" {
			line("Phone: " + sc.Phone)
		}
		section("Opening", sc.Opening)
		section("Purpose", sc.Purpose)
		section("Your pitch", sc.Pitch)
		list("Questions", sc.Questions)
		section("Voicemail (under 30 seconds)", sc.Voicemail)
	}
	if sc.Kind != model.KindCall {
		line("")
		line("----")
	}
	list("Cautions", sc.Cautions)
	section("Afterwards", sc.Afterwards)
	section("Add to the record's events", sc.Record)
	return b.String()
}

package report

import (
	"fmt"

	"github.com/followup-dev/followup/generator/model"
)

// german is the log in German, for a Nachweis der Eigenbemühungen.
var german = &words{
	tag: "de", dayNames: [7]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"}, dateLayout: "02.01.2006",
	activity: [2]string{"Aktivität", "Aktivitäten"}, day: [2]string{"Tag", "Tagen"},
	weekOf: "Woche vom %s bis %s", short: "%s; verlangt sind %d", onDays: "%s an %s", shortDays: "%s; verlangt sind %d an %d Tagen",
	asked: "Verlangt: %d Aktivitäten je Woche", askedDays: "Verlangt: %d Aktivitäten je Woche, an %d verschiedenen Tagen",
	rulesOf: "Vorgaben: %s", titleOf: "%s: %s", none: "Keine Aktivität in dieser Woche.", met: "erfüllt", claimant: "Name",
	weekCol: [2]string{"Woche", "Prüfung der Woche"}, ref: "%s (Kennziffer %s)", kinds: germanKinds,
	cellText: germanCell,
}

var germanKinds = map[string]string{
	model.ActivityWorkshop:     "Workshop",
	model.ActivityJobFair:      "Jobmesse",
	model.ActivityCareerCentre: "Beratungsgespräch",
	model.ActivityNetworking:   "Netzwerkveranstaltung",
	model.ActivityOther:        "Sonstige Bemühung",
}

var germanHow = map[string]string{
	HowOnline: "online", HowEmail: "per E-Mail", HowPhone: "telefonisch", HowInPerson: "persönlich",
	HowInterview: "persönlich", HowMail: "per Post", HowNetwork: "über einen Kontakt",
}

var germanOutcomes = map[string]string{"spoke": "gesprochen", "voicemail": "Mailbox", "no answer": "nicht erreicht"}

// germanCell returns the German text of the cells whose words differ by
// language.
func germanCell(key string, a *Activity) (string, bool) {
	switch key {
	case "how":
		return germanHow[a.How], true
	case "done":
		return withNote(germanDone(a), a), true
	case "art":
		if a.isOther() {
			return withNote(germanDone(a), a), true
		}
		return withNote(germanHow[a.How]+" – "+germanDone(a), a), true
	case "result":
		return germanResult(a.Status, a.StatusRound), true
	case "kind":
		if a.isOther() {
			return germanKinds[a.Kind], true
		}
		return "Kontakt zum Arbeitgeber", true
	}
	return "", false
}

// germanDone says in German what was done.
func germanDone(a *Activity) string {
	switch a.Kind {
	case KindApplied:
		switch a.Detail {
		case model.ChannelReferral:
			return "Bewerbung auf Empfehlung"
		case model.ChannelRecruiter:
			return "Bewerbung über Personalvermittlung"
		}
		return "Bewerbung"
	case model.EventCall:
		if o := germanOutcomes[a.Detail]; o != "" {
			return "Nachfrage (" + o + ")"
		}
		return "Nachfrage"
	case model.EventEmail:
		return "Nachfrage"
	case model.EventThankYou, model.EventLetter:
		return "Dank nach dem Gespräch"
	case model.EventPhoneScreen:
		return "Telefoninterview"
	case model.EventInterview:
		return fmt.Sprintf("Vorstellungsgespräch, Runde %d", a.Round)
	case model.EventNetwork:
		return "Nachfrage über einen Kontakt"
	}
	s := germanKinds[a.Kind] + ": " + a.Detail
	if a.Hours > 0 {
		s += fmt.Sprintf(" (%s Std.)", germanNumber(a.Hours))
	}
	return s
}

// germanNumber writes a number with a decimal comma: 1,5.
func germanNumber(f float64) string {
	s := fmt.Sprintf("%g", f)
	for i := range s {
		if s[i] == '.' {
			return s[:i] + "," + s[i+1:]
		}
	}
	return s
}

// germanResult says in German where an application stands.
func germanResult(status string, round int) string {
	switch status {
	case "":
		return ""
	case model.StatusApplied:
		return "Antwort ausstehend"
	case model.StatusScreening:
		return "Telefoninterview geführt, nächster Schritt offen"
	case model.StatusInterviewing:
		return fmt.Sprintf("im Auswahlverfahren (Runde %d)", round)
	case model.StatusOffer:
		return "Angebot erhalten"
	case model.StatusAccepted:
		return "Angebot angenommen"
	case model.StatusDeclined:
		return "Angebot abgelehnt"
	case model.StatusRejected:
		return "Absage"
	case model.StatusWithdrawn:
		return "Bewerbung zurückgezogen"
	case model.StatusGhosted:
		return "keine Antwort"
	case model.StatusClosed:
		return "Stelle nicht mehr besetzt"
	}
	return status
}

package feed

import (
	"crypto/sha256"
	"time"

	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/plan"
)

// fingerprint is the hash of what the feed writes for an event, its UID
// included, with no DTSTAMP, LAST-MODIFIED or SEQUENCE of its own.
type fingerprint [sha256.Size]byte

// revised is where an event stands in the history of its record: the
// fingerprint it has had since at, and how many times it changed.
type revised struct {
	fp       fingerprint
	at       time.Time
	sequence int
}

// fingerprints returns the fingerprint of each event of app with settings,
// by UID, as the feed would write them at baseURL.
func fingerprints(settings *model.Settings, app *model.Application, actions []*model.Action, baseURL string) map[string]fingerprint {
	events := appEvents(settings, app, actions, baseURL)
	out := make(map[string]fingerprint, len(events))
	for i := range events {
		out[events[i].uid] = events[i].fingerprint()
	}
	return out
}

// fingerprint returns the fingerprint of e, whatever its stamps.
func (e event) fingerprint() fingerprint {
	e.stamp, e.sequence = time.Time{}, 0
	var w contentWriter
	e.encode(&w)
	return sha256.Sum256(w.bytes())
}

// history returns, for each UID that the committed states of app have
// held, its fingerprint in the last of them, since when, and how many
// times it changed, as the package documentation explains. now holds the
// fingerprints of the events as they are, which are those of the last
// state when the work tree is clean.
func history(h *model.History, baseURL string, now map[string]fingerprint) map[string]*revised {
	out := map[string]*revised{}
	for i, r := range h.Revisions {
		fps := now
		if i < len(h.Revisions)-1 || !h.Clean {
			fps = fingerprints(r.Settings, r.App, plan.Actions([]*model.Application{r.App}, r.Settings.Playbook), baseURL)
		}
		for uid, fp := range fps {
			switch st := out[uid]; {
			case st == nil && i == 0:
				out[uid] = &revised{fp: fp, at: r.Time, sequence: h.Before}
			case st == nil:
				out[uid] = &revised{fp: fp, at: r.Time}
			case st.fp != fp:
				st.fp, st.at = fp, r.Time
				st.sequence++
			}
		}
	}
	return out
}

// stampFromHistory stamps events, the events of app now, from its history:
// an event whose fingerprint is the one of the last commit keeps the stamp
// of the revision it has had it since; one that differs, or that no commit
// holds, is one revision further, made when the files were written.
func stampFromHistory(app *model.Application, events []event, baseURL string) {
	now := make(map[string]fingerprint, len(events))
	for i := range events {
		now[events[i].uid] = events[i].fingerprint()
	}
	past := history(app.History, baseURL, now)
	for i := range events {
		e := &events[i]
		switch st := past[e.uid]; {
		case st == nil:
			e.stamp, e.sequence = app.History.Modified, 0
		case st.fp != now[e.uid]:
			e.stamp, e.sequence = app.History.Modified, st.sequence+1
		default:
			e.stamp, e.sequence = st.at, st.sequence
		}
	}
}

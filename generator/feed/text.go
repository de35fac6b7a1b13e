package feed

import (
	"slices"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// Rules for the text a record puts in a feed, beyond RFC 5545's escaping.
//
// A one-line field (a company, a role, a name) may still hold a line break,
// from a YAML block or a "\n" escape. SUMMARY and the calendar name are one
// line in every client, so each line break in them becomes a space.
//
// A value may hold bidirectional control characters (U+202E, right-to-left
// override, and the like). Inside a sentence such as "Round 1 interview
// with NAME — ROLE at COMPANY", one could reverse the words that follow
// it. So each value that holds one is isolated: wrapped in U+2068 FIRST
// STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, which end, at the end
// of the value, every embedding, override and isolate the value opened
// (Unicode Standard Annex 9, rule X6a). An isolate the value closes without
// opening it would end the wrapping early, so it is dropped.

const (
	fsi = '\u2068' // FIRST STRONG ISOLATE
	pdi = '\u2069' // POP DIRECTIONAL ISOLATE
)

// oneLine returns s with each line break (CRLF, CR, LF, NEL, or the line
// and paragraph separators) replaced by a space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\u0085\u2028\u2029") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.Map(func(r rune) rune {
		switch r {
		case '\r', '\n', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}

// isBidi reports whether r is a bidirectional formatting character.
func isBidi(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// hasBidi reports whether s holds a bidirectional formatting character.
func hasBidi(s string) bool { return strings.IndexFunc(s, isBidi) >= 0 }

// isolate returns s, isolated from the text around it when it holds a
// bidirectional formatting character.
func isolate(s string) string {
	if !hasBidi(s) {
		return s
	}
	var b strings.Builder
	b.WriteRune(fsi)
	open := 0 // isolates the value opened and has not closed
	for _, r := range s {
		switch {
		case r >= '\u2066' && r <= '\u2068':
			open++
		case r == pdi && open == 0:
			continue
		case r == pdi:
			open--
		}
		b.WriteRune(r)
	}
	for ; open > 0; open-- {
		b.WriteRune(pdi)
	}
	b.WriteRune(pdi)
	return b.String()
}

// isolated returns app with every text value isolated, or app itself when
// none needs it. Names are isolated the same way everywhere, so that a name
// still finds its contact.
func isolated(app *model.Application) *model.Application {
	if !appHasBidi(app) {
		return app
	}
	c := *app
	c.Company, c.Role, c.Location = isolate(app.Company), isolate(app.Role), isolate(app.Location)
	c.Contacts = make([]model.Contact, len(app.Contacts))
	for i, ct := range app.Contacts {
		ct.Name, ct.Title = isolate(ct.Name), isolate(ct.Title)
		c.Contacts[i] = ct
	}
	c.Events = make([]model.Event, len(app.Events))
	for i, ev := range app.Events {
		ev.With, ev.To = isolateAll(ev.With), isolateAll(ev.To)
		ev.From, ev.NextStep, ev.Note = isolate(ev.From), isolate(ev.NextStep), isolate(ev.Note)
		if ev.Topics != nil {
			topics := make(map[string]string, len(ev.Topics))
			for name, topic := range ev.Topics {
				topics[isolate(name)] = isolate(topic)
			}
			ev.Topics = topics
		}
		c.Events[i] = ev
	}
	return &c
}

// isolatedAction returns a with the values of iso, the isolated copy of its
// application, or a itself when iso is its own application.
func isolatedAction(a *model.Action, iso *model.Application) *model.Action {
	if a.App == iso {
		return a
	}
	c := *a
	c.App, c.Person = iso, isolate(a.Person)
	c.To = make([]model.Contact, len(a.To))
	for i, ct := range a.To {
		ct.Name, ct.Title = isolate(ct.Name), isolate(ct.Title)
		c.To[i] = ct
	}
	if a.Interview != nil {
		for i := range a.App.Events {
			if &a.App.Events[i] == a.Interview {
				c.Interview = &iso.Events[i]
			}
		}
	}
	return &c
}

// isolateAll isolates each of names.
func isolateAll(names []string) []string {
	if names == nil {
		return nil
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = isolate(n)
	}
	return out
}

// appHasBidi reports whether any text value of app holds a bidirectional
// formatting character.
func appHasBidi(app *model.Application) bool {
	if hasBidi(app.Company) || hasBidi(app.Role) || hasBidi(app.Location) {
		return true
	}
	for _, ct := range app.Contacts {
		if hasBidi(ct.Name) || hasBidi(ct.Title) {
			return true
		}
	}
	for _, ev := range app.Events {
		if hasBidi(ev.From) || hasBidi(ev.NextStep) || hasBidi(ev.Note) ||
			slices.ContainsFunc(ev.With, hasBidi) || slices.ContainsFunc(ev.To, hasBidi) {
			return true
		}
		for name, topic := range ev.Topics {
			if hasBidi(name) || hasBidi(topic) {
				return true
			}
		}
	}
	return false
}

package posting

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// location reads jobLocation and jobLocationType: "Remote" for a
// TELECOMMUTE job (with applicantLocationRequirements in brackets), then
// each place not named already as "locality, region, country", separated
// by "; ".
func (g *graph) location(p node) string {
	var parts, where []string
	if strings.EqualFold(text(p["jobLocationType"]), "TELECOMMUTE") {
		remote := "Remote"
		for _, r := range all(p["applicantLocationRequirements"]) {
			if s := text(g.resolve(r)); s != "" {
				where = append(where, s)
			}
		}
		if len(where) > 0 {
			remote += " (" + strings.Join(where, ", ") + ")"
		}
		parts = append(parts, remote)
	}
	for _, pl := range all(p["jobLocation"]) {
		if s := g.place(g.resolve(pl)); s != "" && !contains(parts, s) && !contains(where, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// place reads a Place: its address (a PostalAddress or text), else its name.
func (g *graph) place(v any) string {
	n, ok := v.(node)
	if !ok {
		return text(v)
	}
	addr := g.resolve(n["address"])
	a, ok := addr.(node)
	if !ok {
		if s := text(addr); s != "" {
			return s
		}
		return text(n["name"])
	}
	var parts []string
	for _, k := range []string{"addressLocality", "addressRegion", "addressCountry"} {
		if s := text(g.resolve(a[k])); s != "" && !contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// salary reads baseSalary, a MonetaryAmount whose value is a number or a
// QuantitativeValue: "120000-140000 USD a year", "55 EUR an hour".
func salary(v any) string {
	m, ok := first(v).(node)
	if !ok {
		return text(v)
	}
	amount, unit := "", text(m["unitText"])
	switch q := first(m["value"]).(type) {
	case node:
		lo, hi := number(q["minValue"]), number(q["maxValue"])
		switch {
		case lo != "" && hi != "" && lo != hi:
			amount = lo + "-" + hi
		case lo != "":
			amount = lo
		case hi != "":
			amount = "up to " + hi
		default:
			amount = number(q["value"])
		}
		if u := text(q["unitText"]); u != "" {
			unit = u
		}
	default:
		amount = number(q)
	}
	if amount == "" {
		return ""
	}
	if c := text(m["currency"]); c != "" {
		amount += " " + c
	}
	if u, ok := units[strings.ToUpper(unit)]; ok {
		amount += " " + u
	} else if unit != "" {
		amount += " per " + strings.ToLower(unit)
	}
	return amount
}

// units are the unitText values schema.org names for a salary.
var units = map[string]string{"HOUR": "an hour", "DAY": "a day", "WEEK": "a week", "MONTH": "a month", "YEAR": "a year"}

// number returns a JSON number or numeric string as written, without a
// fraction of zeros ("120000.00" → "120000").
func number(v any) string {
	var s string
	switch v := v.(type) {
	case json.Number:
		s = v.String()
	case string:
		s = strings.TrimSpace(v)
	default:
		return ""
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int64(f)) {
		return strconv.FormatInt(int64(f), 10)
	}
	return s
}

// reference reads identifier: a PropertyValue's value, or text.
func reference(v any) string {
	if n, ok := first(v).(node); ok {
		if s := text(n["value"]); s != "" {
			return s
		}
	}
	return text(v)
}

// day reads a schema.org Date or DateTime: a day as written, or the day a
// time with an offset falls on in loc ("2026-12-31T23:59:59-05:00").
func day(v any, loc *time.Location) (model.Date, bool) {
	s := text(v)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return model.DateOf(t.In(loc)), true
		}
	}
	if len(s) >= 10 && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
		if d, err := model.ParseDate(s[:10]); err == nil {
			return d, true
		}
	}
	return model.Date{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

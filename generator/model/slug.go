package model

import (
	"regexp"
	"strings"
)

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidSlug reports whether s is a slug: lowercase ASCII letters and digits
// in runs joined by single hyphens, such as "acme-robotics-backend".
func ValidSlug(s string) bool { return slugPattern.MatchString(s) }

// Slugify turns text into a slug: letters are lowercased, simple accents are
// folded ("Zoë Müller" → "zoe-muller"), and every other run of characters
// becomes one hyphen. It returns "" when nothing usable is left.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		folded, ok := foldRune(r)
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if folded == "" {
			continue // a combining accent: dropped
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(folded)
	}
	return b.String()
}

// foldRune returns the ASCII letters or digits r stands for, if any; a
// combining accent stands for nothing but is still part of a word.
func foldRune(r rune) (string, bool) {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r), true
	case r < 0x80:
		return "", false
	case r >= 0x300 && r <= 0x36f:
		return "", true
	}
	for _, f := range accentFolds {
		if strings.ContainsRune(f.from, r) {
			return f.to, true
		}
	}
	return "", false
}

// accentFolds maps lowercase Latin letters with diacritics to plain ASCII.
var accentFolds = []struct{ from, to string }{
	{"àáâãäåāăą", "a"}, {"æ", "ae"}, {"çćĉċč", "c"}, {"ďđð", "d"},
	{"èéêëēĕėęě", "e"}, {"ĝğġģ", "g"}, {"ĥħ", "h"}, {"ìíîïĩīĭįı", "i"},
	{"ĳ", "ij"}, {"ĵ", "j"}, {"ķ", "k"}, {"ĺļľŀł", "l"}, {"ñńņňŉ", "n"},
	{"òóôõöøōŏő", "o"}, {"œ", "oe"}, {"ŕŗř", "r"}, {"śŝşšș", "s"}, {"ß", "ss"},
	{"ţťŧț", "t"}, {"þ", "th"}, {"ùúûüũūŭůűų", "u"}, {"ŵ", "w"}, {"ýÿŷ", "y"},
	{"źżž", "z"},
}

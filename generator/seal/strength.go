package seal

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The salt and every sealed page are public, so anyone can try guesses of
// the passphrase offline, at the cost of PBKDF2 for each. What resists
// that is a passphrase of several words picked at random: four words from
// a list of 7,776 (a diceware list) are 51 bits, some 10^15 guesses. A
// passphrase is taken as weak when it has fewer than MinWords words,
// counted without repeats, or fewer than MinChars characters; no rule
// tells how a passphrase was picked, so this one catches only the plainly
// short or guessable.

// MinWords and MinChars are what a passphrase below is warned of.
const (
	MinWords = 4
	MinChars = 16
)

// Weak says what makes the passphrase easy to guess, or "" when it has at
// least MinWords words (runs of letters and digits, each counted once
// whatever its case) and at least MinChars characters.
func Weak(passphrase string) string {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(passphrase, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		words[strings.ToLower(w)] = true
	}
	chars := utf8.RuneCountInString(passphrase)
	switch {
	case len(words) < MinWords && chars < MinChars:
		return fmt.Sprintf("it has %s and %s, fewer than %d and %d", count(len(words), "word"), count(chars, "character"), MinWords, MinChars)
	case len(words) < MinWords:
		return fmt.Sprintf("it has %s, fewer than %d", count(len(words), "word"), MinWords)
	case chars < MinChars:
		return fmt.Sprintf("it has %s, fewer than %d", count(chars, "character"), MinChars)
	}
	return ""
}

// count writes n things, "1 word" or "2 words".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

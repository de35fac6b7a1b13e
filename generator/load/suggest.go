package load

import (
	"fmt"
	"strings"
)

// unknownKey says that key is not one of known, with a suggestion when one
// is close.
func unknownKey(key string, known []string) string {
	if s := suggest(key, known); s != "" {
		return fmt.Sprintf("unknown key %q, did you mean %q?", key, s)
	}
	return fmt.Sprintf("unknown key %q (valid keys: %s)", key, strings.Join(known, ", "))
}

// unknownValue says that got is not a valid what, listing the valid ones.
func unknownValue(what, got string, valid []string) string {
	if s := suggest(got, valid); s != "" {
		return fmt.Sprintf("unknown %s %q, did you mean %q? (want %s)", what, got, s, quoteList(valid))
	}
	return fmt.Sprintf("unknown %s %q (want %s)", what, got, quoteList(valid))
}

// suggest returns the candidate closest to word when it is close enough to
// be a likely typo, else "".
func suggest(word string, candidates []string) string {
	w := strings.ToLower(word)
	best, bestDist := "", -1
	for _, c := range candidates {
		d := distance(w, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := len([]rune(best)) / 3
	if limit < 1 {
		limit = 1
	}
	if limit > 3 {
		limit = 3
	}
	if best == "" || bestDist > limit {
		return ""
	}
	return best
}

// distance returns the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours each count one.
func distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	if len(s) > 64 || len(t) > 64 {
		return len(s) + len(t) // far apart, and not worth the work
	}
	rows := make([][]int, len(s)+1)
	for i := range rows {
		rows[i] = make([]int, len(t)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(s)][len(t)]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quoteList formats valid as `a, b or c`.
func quoteList(valid []string) string {
	switch len(valid) {
	case 0:
		return ""
	case 1:
		return valid[0]
	}
	return fmt.Sprintf("%s or %s", strings.Join(valid[:len(valid)-1], ", "), valid[len(valid)-1])
}

// UnknownValue says that got is not a valid what, with the valid one it
// probably meant, for a value given on the command line rather than in a
// file: "unknown activity type "worksop", did you mean "workshop"? (...)".
func UnknownValue(what, got string, valid []string) string { return unknownValue(what, got, valid) }

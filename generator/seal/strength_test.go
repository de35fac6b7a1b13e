package seal_test

import (
	"testing"

	"github.com/followup-dev/followup/generator/seal"
)

// TestWeak counts words and characters by hand: a word is a run of
// letters and digits, counted once however often it comes.
func TestWeak(t *testing.T) {
	for _, c := range []struct {
		name, pass string
		weak       bool
	}{
		{"FourWords", "correct horse battery staple", false},            // 4 words, 28 characters
		{"FourWordsWithHyphens", "correct-horse-battery-staple", false}, // 4 words, 28 characters
		{"FiveAccentedWords", "élan ötzi çava ñame übel", false},        // 5 words, 24 characters
		{"ThreeWords", "correct horse battery", true},                   // 3 words
		{"OneLongWord", "Tr0ub4dor&3Tr0ub4dor&3", true},                 // "Tr0ub4dor", "3Tr0ub4dor", "3": 3 words, 22 characters
		{"FourShortWords", "a b c d e f", true},                         // 6 words, 11 characters
		{"FourWordsFifteenCharacters", "ab cd ef gh ijk", true},         // 5 words, 15 characters
		{"FourWordsSixteenCharacters", "ab cd ef gh ijkl", false},       // 5 words, 16 characters
		{"OneWordRepeated", "hunter hunter hunter hunter", true},        // 1 different word
		{"RepeatedInOtherCase", "Job job JOB jOb", true},                // 1 different word
		{"Empty", "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := seal.Weak(c.pass); (got != "") != c.weak {
				t.Errorf("Weak(%q) = %q, want weak %v", c.pass, got, c.weak)
			}
		})
	}
}

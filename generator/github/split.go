package github

import (
	"errors"
	"strings"
)

// Split splits a command line into words as a POSIX shell would split a
// simple command, and does nothing else: no variable, glob, command or
// redirection is special, so `$(x)`, `;` and `>` are text. Words are
// separated by blanks; 'single quotes' keep everything to the next one;
// "double quotes" keep everything but \" and \\; a backslash outside
// quotes keeps the next character. The curly quotes that phones type
// (“…”, ‘…’) quote as the straight ones do.
func Split(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	var quote rune   // 0, '\'' or '"'
	escaped := false // the last character was a backslash
	for _, r := range s {
		switch {
		case escaped:
			if quote == '"' && r != '"' && r != '\\' && r != '”' {
				w.WriteByte('\\')
			}
			w.WriteRune(r)
			escaped = false
		case quote == '\'':
			if r == '\'' || r == '’' {
				quote = 0
			} else {
				w.WriteRune(r)
			}
		case quote == '"':
			switch r {
			case '"', '”':
				quote = 0
			case '\\':
				escaped = true
			default:
				w.WriteRune(r)
			}
		case r == '\\':
			escaped, inWord = true, true
		case r == '\'' || r == '‘':
			quote, inWord = '\'', true
		case r == '"' || r == '“':
			quote, inWord = '"', true
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, errors.New("a quote is not closed")
	}
	if escaped {
		return nil, errors.New("the line ends with a backslash")
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

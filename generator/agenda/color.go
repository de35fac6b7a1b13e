package agenda

import "github.com/followup-dev/followup/generator/model"

// ANSI styles.
const (
	reset   = "\x1b[0m"
	bold    = "\x1b[1m"
	red     = "\x1b[31m"
	boldRed = "\x1b[1;31m"
	green   = "\x1b[32m"
	yellow  = "\x1b[33m"
	blue    = "\x1b[34m"
	magenta = "\x1b[35m"
	cyan    = "\x1b[36m"
)

// kindColors gives each kind of action its colour.
var kindColors = map[model.Kind]string{
	model.KindCall:      yellow,
	model.KindEmail:     cyan,
	model.KindLetter:    magenta,
	model.KindTask:      green,
	model.KindMilestone: blue,
	model.KindDecision:  bold,
}

// paint wraps s in the style when colours are on.
func (p *printer) paint(style, s string) string {
	if !p.color || style == "" {
		return s
	}
	return style + s + reset
}

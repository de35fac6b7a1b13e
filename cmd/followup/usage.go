package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is what the usage of one command says, written once: followup
// help, followup COMMAND -h and the README's command table are made from it.
type command struct {
	name  string // "build"; "github today" for a subcommand
	usage string // the usage line after "followup ", naming every flag
	help  string // what it does, in Markdown, as the README shows it
}

// lookupCommand returns the command of the table with the given name.
func lookupCommand(name string) command {
	for _, c := range commandTable {
		if c.name == name {
			return c
		}
	}
	panic("followup: no command " + name + " in commandTable")
}

const usageHead = `followup turns a job hunt kept as YAML records into a static site,
calendar feeds and printable follow-up scripts.

Usage:
`

const usageFoot = `
Run "followup help COMMAND" or "followup COMMAND -h" for what a command does
and its flags.
Exit codes: 0 success, 1 invalid content or failure, 2 bad usage.
`

// printUsage writes the usage of followup: one line per command.
func printUsage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commandTable {
		fmt.Fprintf(w, "  followup %s\n", c.usage)
	}
	fmt.Fprint(w, usageFoot)
}

// printCommandUsage writes the usage of one command: its usage line, what
// it does and, given its flag set, its flags.
func printCommandUsage(w io.Writer, c command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: followup %s\n\n%s\n", c.usage, wrap(c.help, 78))
	if fs != nil {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// help prints the usage of the commands named in args (all of them when
// none): "followup help log", "followup help github today".
func help(w io.Writer, args []string) error {
	if len(args) == 0 {
		printUsage(w)
		return nil
	}
	name := strings.Join(args, " ")
	var found bool
	for _, c := range commandTable {
		if c.name == name || strings.HasPrefix(c.name, name+" ") {
			printCommandUsage(w, c, nil)
			found = true
		}
	}
	if !found {
		return fmt.Errorf("%w: no command %q; run followup help", errUsage, name)
	}
	return nil
}

// wrap breaks text into lines of at most width runes, between words.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		l := len([]rune(word))
		switch {
		case n == 0:
		case n+1+l > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}

// readmeTable returns the README's command table made from commandTable.
func readmeTable() string {
	var b strings.Builder
	b.WriteString("| command | what it does |\n|---|---|\n")
	for _, c := range commandTable {
		esc := strings.NewReplacer("|", `\|`)
		fmt.Fprintf(&b, "| `followup %s` | %s |\n", esc.Replace(c.usage), esc.Replace(c.help))
	}
	return b.String()
}

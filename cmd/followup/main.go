// Command followup turns a job hunt kept as YAML records into a static
// site, calendar feeds and printable follow-up scripts.
//
// This package only parses flags and maps errors to exit codes; the work is
// done by the packages of generator/.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/followup-dev/followup/generator/model"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // invalid content, or any other failure
	exitUsage   = 2
)

// errUsage marks an error of the command line.
var errUsage = errors.New("usage")

// env is what a command reads from and writes to, so tests can run main's logic.
type env struct {
	stdout, stderr io.Writer
	now            func() time.Time
	isTerminal     bool
	getenv         func(string) string
	ctx            context.Context
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal cancels the command; a second one ends the process
	// at once.
	context.AfterFunc(ctx, stop)
	e := &env{stdout: os.Stdout, stderr: os.Stderr, now: time.Now, isTerminal: isTerminal(os.Stdout), getenv: os.Getenv, ctx: ctx}
	os.Exit(run(e, os.Args[1:]))
}

// run executes one command line and returns its exit code.
func run(e *env, args []string) int {
	switch {
	case len(args) == 0:
		printUsage(e.stderr)
		return exitUsage
	case args[0] == "-h" || args[0] == "-help" || args[0] == "--help":
		printUsage(e.stdout)
		return exitOK
	case args[0] == "help":
		if err := help(e.stdout, args[1:]); err != nil {
			fmt.Fprintf(e.stderr, "followup help: %v\n", strings.TrimPrefix(err.Error(), "usage: "))
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "followup: unknown command %q\n\n", args[0])
		printUsage(e.stderr)
		return exitUsage
	}
	err := cmd(e, args[1:])
	var list model.ErrorList
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "followup %s: %v\n", args[0], strings.TrimPrefix(err.Error(), "usage: "))
		return exitUsage
	case errors.As(err, &list):
		fmt.Fprintln(e.stderr, list.Error())
		fmt.Fprintf(e.stderr, "followup: %d problem%s in the content\n", len(list), plural(len(list)))
		return exitContent
	default:
		fmt.Fprintf(e.stderr, "followup: %v\n", err)
		return exitContent
	}
}

var commands = map[string]func(*env, []string) error{
	"build":    cmdBuild,
	"serve":    cmdServe,
	"check":    cmdCheck,
	"plan":     cmdPlan,
	"agenda":   cmdAgenda,
	"new":      cmdNew,
	"init":     cmdInit,
	"log":      cmdLog,
	"done":     cmdDone,
	"skip":     cmdSkip,
	"import":   cmdImport,
	"export":   cmdExport,
	"report":   cmdReport,
	"activity": cmdActivity,
	"add":      cmdAdd,
	"inbox":    cmdInbox,
	"github":   cmdGithub,
}

// newFlags returns the flag set of the command of commandTable with the
// given name, which reports errors instead of exiting and prints the
// command's usage for -h.
func newFlags(e *env, name string) *flag.FlagSet {
	c := lookupCommand(name)
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { printCommandUsage(e.stderr, c, fs) }
	return fs
}

// parse parses args, whose flags may stand before, between or after the
// nargs positional arguments (or before a "--" that ends the flags), and
// returns those.
func parse(fs *flag.FlagSet, args []string, nargs int) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	if len(pos) != nargs {
		fs.Usage()
		return nil, fmt.Errorf("%w: want %d argument%s, got %d", errUsage, nargs, plural(nargs), len(pos))
	}
	return pos, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

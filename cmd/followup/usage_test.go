package main

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var updateREADME = flag.Bool("update-readme", false, "rewrite the README's command table from commandTable")

const readmePath = "../../README.md"

// TestREADMECommands checks that the README's command table is the one
// commandTable makes; -update-readme rewrites it.
func TestREADMECommands(t *testing.T) {
	data, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "| command | what it does |\n")
	if start < 0 {
		t.Fatal("README.md has no command table")
	}
	end := start + strings.Index(text[start:], "\n\n") + 1
	want := readmeTable()
	if got := text[start:end]; got != want {
		if *updateREADME {
			if err := os.WriteFile(readmePath, []byte(text[:start]+want+text[end:]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("README.md's command table differs from commandTable at row %d:\n got %s\nwant %s\n(go test ./cmd/followup -run TestREADMECommands -update-readme rewrites it)", i, gl[i], wl[i])
			}
		}
		t.Fatalf("README.md's command table has %d lines, commandTable makes %d", len(gl), len(wl))
	}
}

// TestUsageNamesEveryFlag checks that each command's usage line names
// exactly the flags the command defines, as its -h lists them.
func TestUsageNamesEveryFlag(t *testing.T) {
	inUsage := regexp.MustCompile(`\[-([a-z][a-z-]*)|\s-([a-z][a-z-]*)`)
	defined := regexp.MustCompile(`(?m)^  -([a-z][a-z-]*)`)
	for _, c := range commandTable {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, nil, append(strings.Fields(c.name), "-h")...)
			if code != 0 || !strings.HasPrefix(stderr, "Usage: followup "+c.usage+"\n") {
				t.Fatalf("followup %s -h: exit %d, printed\n%s", c.name, code, stderr)
			}
			var want, got []string
			for _, m := range inUsage.FindAllStringSubmatch(c.usage, -1) {
				want = append(want, m[1]+m[2])
			}
			for _, m := range defined.FindAllStringSubmatch(stderr, -1) {
				got = append(got, m[1])
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(slices.Compact(want), got) {
				t.Errorf("the usage line names the flags %q; the command defines %q", slices.Compact(want), got)
			}
		})
	}
}

// TestEveryCommandInTable checks that every command run dispatches to has
// its usage in commandTable, and every entry of the table a command.
func TestEveryCommandInTable(t *testing.T) {
	named := map[string]bool{}
	for _, c := range commandTable {
		first := strings.Fields(c.name)[0]
		named[first] = true
		if commands[first] == nil {
			t.Errorf("commandTable has %q, which no command runs", c.name)
		}
	}
	for name := range commands {
		if !named[name] {
			t.Errorf("command %q has no usage in commandTable", name)
		}
	}
}

// TestHelpOfOneCommand checks that followup help COMMAND prints its usage.
func TestHelpOfOneCommand(t *testing.T) {
	code, stdout, _ := runCmd(t, nil, "help", "github")
	if code != 0 || !strings.Contains(stdout, "Usage: followup github today") || !strings.Contains(stdout, "Usage: followup github event") {
		t.Errorf("followup help github: exit %d\n%s", code, stdout)
	}
	if code, _, _ := runCmd(t, nil, "help", "nonesuch"); code != exitUsage {
		t.Errorf("followup help nonesuch: exit %d, want %d", code, exitUsage)
	}
}

package build

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followup-dev/followup/generator/internal/fault"
)

// The tests below run a private build in a child process (this test
// binary again) and kill it with SIGKILL part way, then run a plain build
// into the same destination and compare it file by file with a clean one.

const childEnv = "FOLLOWUP_TEST_BUILD_CHILD"

// buildChild is the child's main: a private build of the source and
// destination in its environment. With FOLLOWUP_TEST_PAUSE=point:n it
// says "paused" on its standard output when the write passes point for
// the nth time, and waits there to be killed.
func buildChild() int {
	if spec := os.Getenv("FOLLOWUP_TEST_PAUSE"); spec != "" {
		point, nth, _ := strings.Cut(spec, ":")
		n, _ := strconv.Atoi(nth)
		noExchange := os.Getenv("FOLLOWUP_TEST_NO_EXCHANGE") != ""
		var mu sync.Mutex
		seen := map[string]int{}
		fault.Set(func(p string) error {
			mu.Lock()
			seen[p]++
			here := p == point && seen[p] == n
			mu.Unlock()
			if here {
				fmt.Println("paused")
				select {}
			}
			if p == "exchange" && noExchange {
				return errors.ErrUnsupported
			}
			return nil
		})
	}
	_, err := Build(Options{Source: os.Getenv("FOLLOWUP_TEST_SOURCE"), Dest: os.Getenv("FOLLOWUP_TEST_DEST"), Private: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// child returns the command of a private build into dest, its extra
// environment added.
func child(t *testing.T, src, dest string, env ...string) *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), append([]string{childEnv + "=1", "FOLLOWUP_TEST_SOURCE=" + src, "FOLLOWUP_TEST_DEST=" + dest}, env...)...)
	cmd.Stderr = os.Stderr
	return cmd
}

// privateSite is smallSite with private bytes in it.
func privateSite() map[string]string {
	site := map[string]string{}
	for k, v := range smallSite {
		site[k] = v
	}
	site["content/applications/acme.yaml"] = "company: Acme Robotics\nrole: Engineer\napplied: 2026-11-02\nsalary: 31337 zorkmids\n" +
		"contacts:\n  - {name: Dana Smith, role: recruiter, email: dana.secret@acme.example, phone: \"+1 555 0142\"}\n" +
		"notes: |\n  Zorkmid negotiation strategy.\n"
	return site
}

var privateBytes = []string{"31337 zorkmids", "dana.secret@acme.example", "555 0142", "Zorkmid negotiation", "Initech"}

// checkLikeClean fails unless dest holds exactly the files of clean, and
// nothing private, and nothing is left beside it.
func checkLikeClean(t *testing.T, dest, clean string) {
	t.Helper()
	got, want := readDir(t, dest), readDir(t, clean)
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s differs from a clean build's", name)
		}
	}
	for name, data := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s is not in a clean build", name)
		}
		for _, secret := range privateBytes {
			if bytes.Contains(data, []byte(secret)) {
				t.Errorf("%s holds the private %q", name, secret)
			}
		}
	}
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != filepath.Base(dest) {
			t.Errorf("%s left beside the destination", e.Name())
		}
	}
}

func TestBuildKilledThenBuilt(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, privateSite())
	clean := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: clean}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, pause, noExchange string }{
		{"AtStaging", "staged:1", ""},
		{"AfterFirstFile", "put:1", ""},
		{"PartWay", "put:12", ""},
		{"BeforeSwap", "commit:1", ""},
		{"AfterSwap", "swapped:1", ""},
		{"BetweenTwoRenames", "rename:2", "1"},
		{"AfterTwoRenames", "swapped:1", "1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
				t.Fatal(err)
			}
			env := []string{"FOLLOWUP_TEST_PAUSE=" + tc.pause}
			if tc.noExchange != "" {
				env = append(env, "FOLLOWUP_TEST_NO_EXCHANGE=1")
			}
			cmd := child(t, src, dest, env...)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(out).ReadString('\n')
			cmd.Process.Kill()
			cmd.Wait()
			if line != "paused\n" {
				t.Fatalf("the private build never reached %s", tc.pause)
			}
			if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
				t.Fatal(err)
			}
			checkLikeClean(t, dest, clean)
		})
	}
}

// TestBuildKilledWhenPrivateBytesAppear kills a private build as soon as
// a file of the private record appears anywhere beside or inside the
// destination, wherever the build writes it: no hook tells the child where
// to stop.
func TestBuildKilledWhenPrivateBytesAppear(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, privateSite())
	clean := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: clean}); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
		t.Fatal(err)
	}
	cmd := child(t, src, dest)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	for found := false; !found; {
		select {
		case <-exited:
			found = true // ended first: the build after it must still be clean
		default:
		}
		filepath.WalkDir(filepath.Dir(dest), func(p string, d fs.DirEntry, err error) error {
			found = found || strings.Contains(p, "initech")
			return nil
		})
		time.Sleep(time.Millisecond)
	}
	cmd.Process.Kill()
	<-exited
	if _, err := Build(Options{Source: src, Dest: dest}); err != nil {
		t.Fatal(err)
	}
	checkLikeClean(t, dest, clean)
}
